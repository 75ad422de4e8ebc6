//! Recovery: every copy of the saved data Órbita kept (unreadable data, values reset, an
//! older format updated), with when and why, to download or restore as new maps.

use leptos::prelude::*;

use crate::app::persist::migrate_ctx;
use crate::app::store::use_store;
use crate::codec::decode_import;
use crate::components::dialog::Modal;
use crate::domain::state::Action;
use crate::i18n::{fill, fmt_date, fmt_int, K};
use crate::web::dom::{download, local_date_time, now_ms};
use crate::web::ids::new_map_id;
use crate::web::storage::{self, Backup, Kept};

fn why_key(why: Kept) -> K {
    match why {
        Kept::Unreadable => K::KeptUnreadable,
        Kept::Repaired => K::KeptRepaired,
        Kept::Updated => K::KeptUpdated,
        Kept::Unknown => K::KeptUnknown,
    }
}

/// The Recovery dialog; its list is read from storage each time it opens.
#[component]
pub fn RecoveryDialog(open: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let backups = Memo::new(move |_| {
        if open.get() {
            storage::backups()
        } else {
            Vec::new()
        }
    });
    // The key of a copy that could not be restored, to say so beside it.
    let failed = RwSignal::new(None::<String>);
    let restore = move |b: &Backup| {
        let Ok(Some(raw)) = storage::read(&b.key) else {
            failed.set(Some(b.key.clone()));
            return;
        };
        let lang = store.lang.get_untracked();
        match decode_import(&raw, &migrate_ctx(lang)) {
            Ok((maps, _)) if !maps.is_empty() => {
                for mut map in maps {
                    map.id = new_map_id();
                    map.name = fill(K::RecoveredName.get(lang), &[("name", &map.name)]);
                    map.created_at = Some(now_ms());
                    store.dispatch(Action::AddMap { map });
                }
                open.set(false);
                store.toast(store.t_untracked(K::RestoredAsNew).to_string(), None);
            }
            _ => failed.set(Some(b.key.clone())),
        }
    };
    let row = move |b: Backup| {
        let lang = store.lang.get();
        let (date, time) = local_date_time(b.at_ms);
        let when = format!("{} {time}", fmt_date(&date, lang));
        let size = fill(store.t(K::KeptSize), &[("n", &fmt_int(b.chars, lang))]);
        let key = b.key.clone();
        let failed_here = {
            let key = key.clone();
            move || failed.with(|f| f.as_deref() == Some(key.as_str()))
        };
        let file = format!("orbita-backup-{date}.json");
        let down = {
            let key = key.clone();
            move |_| {
                if let Ok(Some(raw)) = storage::read(&key) {
                    download(&file, "application/json", &raw);
                }
            }
        };
        let b2 = b.clone();
        view! {
            <li class="recovery__item" data-testid="recovery-item">
                <div class="recovery__what">
                    <strong>{when}</strong>
                    <span>{move || store.t(why_key(b.why))}</span>
                    <span class="muted">{size}</span>
                </div>
                <div class="recovery__actions">
                    <button class="btn btn--small" data-testid="recovery-download" on:click=down>
                        {store.tr(K::DownloadBackup)}
                    </button>
                    <button class="btn btn--small" data-testid="recovery-restore"
                        on:click=move |_| restore(&b2)>{store.tr(K::RestoreAsNewMap)}</button>
                </div>
                {move || failed_here().then(|| view! {
                    <p class="notice notice--error" role="alert" data-testid="recovery-failed">{store.tr(K::RestoreFailed)}</p>
                })}
            </li>
        }
    };
    view! {
        <Modal open=open on_close=Callback::new(move |_| { failed.set(None); open.set(false); })
            testid="recovery-dialog" wide=true labelledby="recovery-title">
            <div class="dialog__body">
                <h2 id="recovery-title" class="dialog__title">{store.tr(K::Recovery)}</h2>
                <p>{store.tr(K::RecoveryIntro)}</p>
                {move || {
                    let list = backups.get();
                    if list.is_empty() {
                        view! { <p class="muted" data-testid="recovery-empty">{store.tr(K::RecoveryEmpty)}</p> }.into_any()
                    } else {
                        view! { <ul class="recovery">{list.into_iter().map(row).collect_view()}</ul> }.into_any()
                    }
                }}
                <div class="dialog__actions">
                    <button class="btn btn--ghost" on:click=move |_| open.set(false)>{store.tr(K::Close)}</button>
                </div>
            </div>
        </Modal>
    }
}
