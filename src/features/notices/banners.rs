//! Problem banners: what happened, in plain words, and what to do next.

use leptos::prelude::*;

use crate::app::persist::Persist;
use crate::app::store::{use_store, Banner};
use crate::components::list::{keyed_list, row};
use crate::i18n::K;
use crate::web::dom;
use crate::web::storage;

#[component]
pub fn Banners() -> impl IntoView {
    let store = use_store();
    let render = move |b: Banner| {
        let dismiss = {
            let b = b.clone();
            move |_| store.remove_banner(|x| *x == b)
        };
        let (kind, text, extra) = match &b {
            Banner::StorageUnavailable => ("error", K::StorageUnavailable, None),
            Banner::StorageFull => ("error", K::StorageFull, None),
            Banner::FutureVersion => ("warn", K::StorageFuture, None),
            Banner::Share(k) => ("error", *k, None),
            Banner::BackupReminder => (
                "info",
                K::BackupReminder,
                Some(
                    view! {
                        <button class="btn btn--small" data-testid="backup-export"
                            on:click=move |_| crate::features::sharing::export_menu::export_json(store, false)>
                            {store.tr(K::ExportThisMap)}
                        </button>
                    }
                    .into_any(),
                ),
            ),
            Banner::Corrupt { backup_key } => (
                "error",
                K::StorageCorrupt,
                Some(backup_button(backup_key.clone()).into_any()),
            ),
            Banner::Repaired { backup_key, detail } => {
                let detail = detail.clone();
                (
                    "warn",
                    K::StorageRepaired,
                    Some(view! {
                        <p class="banner__detail">{store.tr(K::TechnicalDetail)}" "<code lang="en">{detail}</code></p>
                        {backup_button(backup_key.clone())}
                    }.into_any()),
                )
            }
            Banner::Conflict { theirs } => {
                let theirs = theirs.clone();
                let persist = expect_context::<Persist>();
                let b2 = b.clone();
                let b3 = b.clone();
                (
                    "warn",
                    K::ConflictTitle,
                    Some(view! {
                        <button class="btn btn--small" data-testid="conflict-theirs" on:click=move |_| {
                            persist.use_theirs(store, theirs.clone());
                            store.remove_banner(|x| *x == b2);
                        }>{store.tr(K::UseOtherVersion)}</button>
                        <button class="btn btn--small" data-testid="conflict-mine" on:click=move |_| {
                            persist.keep_mine(store);
                            store.remove_banner(|x| *x == b3);
                        }>{store.tr(K::KeepMine)}</button>
                    }.into_any()),
                )
            }
        };
        view! {
            <div class=format!("banner banner--{kind}") role="alert" data-testid=format!("banner-{kind}")>
                <p class="banner__text">{move || store.t(text)}</p>
                <div class="banner__actions">
                    {extra}
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
