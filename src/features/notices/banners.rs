//! Problem banners: what happened, in plain words, and what to do next.

use leptos::prelude::*;

use crate::app::store::{use_store, Banner};
use crate::app::sync::{use_sync, Choice};
use crate::components::list::{keyed_list, row};
use crate::components::text::isolated;
use crate::domain::state::{Action, Target};
use crate::i18n::{fill, one_or_many, user_list, K};
use crate::web::dom;
use crate::web::storage;

#[component]
pub fn Banners() -> impl IntoView {
    let store = use_store();
    let sync = use_sync();
    let render = move |b: Banner| {
        let dismiss = {
            let b = b.clone();
            move |_| store.remove_banner(|x| *x == b)
        };
        // The message: a text, and the user text it names (maps' names, each isolated), if any.
        let (kind, text, named): (&str, K, Option<(&str, String)>) = match &b {
            Banner::StorageUnavailable => ("error", K::StorageUnavailable, None),
            Banner::StorageFull => ("error", K::StorageFull, None),
            Banner::StorageDropped => ("error", K::StorageDropped, None),
            Banner::ImportTooBig { names, .. } => match names.len() {
                1 => ("error", K::ImportTooBig, Some(("name", user_list(names)))),
                _ => (
                    "error",
                    K::ImportTooBigMany,
                    Some(("names", user_list(names))),
                ),
            },
            Banner::FutureVersion => ("warn", K::StorageFuture, None),
            Banner::NewerVersionElsewhere => ("warn", K::NewerVersionElsewhere, None),
            Banner::Share(k) => ("error", *k, None),
            Banner::BackupReminder => ("info", K::BackupReminder, None),
            Banner::Corrupt { blocked: false, .. } => ("error", K::StorageCorrupt, None),
            Banner::Corrupt { blocked: true, .. } => ("error", K::StorageCorruptBlocked, None),
            Banner::Repaired { .. } => ("warn", K::StorageRepaired, None),
            Banner::Conflict { .. } => ("warn", K::ConflictTitle, None),
        };
        let extra = match b.clone() {
            Banner::BackupReminder => Some(
                view! {
                    <button class="btn btn--small" data-testid="backup-export"
                        on:click=move |_| crate::features::sharing::export_menu::export_json(store, false)>
                        {store.tr(K::ExportThisMap)}
                    </button>
                }
                .into_any(),
            ),
            Banner::ImportTooBig { ids, .. } => Some({
                let label = one_or_many(ids.len(), K::RemoveImported, K::RemoveImportedMany);
                view! {
                    <button class="btn btn--small" data-testid="remove-imported" on:click=move |_| {
                        for id in ids.clone() {
                            store.dispatch(Action::DeleteMap { map: Target::Own(id) });
                        }
                    }>{store.tr(label)}</button>
                }
                .into_any()
            }),
            Banner::Corrupt { backup_key, .. } => Some(backup_button(backup_key).into_any()),
            Banner::Repaired { backup_key, detail } => Some(
                view! {
                    <p class="banner__detail">{store.tr(K::TechnicalDetail)}" "<code lang="en">{detail}</code></p>
                    {backup_button(backup_key)}
                }
                .into_any(),
            ),
            Banner::Conflict { maps } => Some(
                view! {
                    <p class="banner__detail" data-testid="conflict-maps">
                        {move || isolated(&fill(store.t(K::ConflictMaps), &[("names", &user_list(&maps))]))}
                    </p>
                    <button class="btn btn--small" data-testid="conflict-theirs"
                        on:click=move |_| sync.resolve(Choice::Theirs)>{store.tr(K::UseOtherVersion)}</button>
                    <button class="btn btn--small" data-testid="conflict-mine"
                        on:click=move |_| sync.resolve(Choice::Mine)>{store.tr(K::KeepMine)}</button>
                    <button class="btn btn--small" data-testid="conflict-both"
                        on:click=move |_| sync.resolve(Choice::Both)>{store.tr(K::KeepBoth)}</button>
                }
                .into_any(),
            ),
            _ => None,
        };
        let message = move || {
            let t = store.t(text);
            match &named {
                Some((key, value)) => isolated(&fill(t, &[(key, value)])).into_any(),
                None => t.into_any(),
            }
        };
        let folded = crate::components::fold::folded(format!("{text:?}"));
        view! {
            <div class=format!("banner banner--{kind}") class:banner--folded=move || folded.get() role="alert" data-testid=format!("banner-{kind}")>
                <p class="banner__text">{message}</p>
                <div class="banner__actions">
                    <div class="banner__extra">{extra}</div>
                    <crate::components::fold::FoldButton folded=folded testid="banner-fold"/>
                    <button class="btn btn--small btn--ghost" on:click=dismiss aria-label=store.tr(K::Dismiss)>"✕"</button>
                </div>
            </div>
        }
    };
    view! {
        <div class="banners">
            {keyed_list(move || {
                store.banners.get().into_iter().map(|b| row(b.clone(), move || render(b))).collect()
            })}
        </div>
    }
}

/// Downloads the untouched copy of the saved data kept under `key`.
fn backup_button(key: String) -> impl IntoView {
    let store = use_store();
    let download = move |_| {
        if let Ok(Some(raw)) = storage::read(&key) {
            dom::download("orbita-backup.json", "application/json", &raw);
        }
    };
    view! {
        <button class="btn btn--small" data-testid="download-backup" on:click=download>
            {store.tr(K::DownloadBackup)}
        </button>
    }
}
