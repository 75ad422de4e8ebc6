//! Preferences, loading at start-up, and the one save effect with the listeners that flush it
//! and follow other tabs (the saving itself is `app::sync`).

use js_sys::JsString;
use leptos::prelude::*;

use crate::app::store::{Banner, SaveStatus, Store};
use crate::app::sync::{Block, Incoming, Sync};
use crate::codec::prefs::Prefs;
use crate::codec::{decode_stored, LoadError, Loaded, MigrateCtx, Stamp, SCHEMA_VERSION};
use crate::domain::workspace::Workspace;
use crate::domain::Lang;
use crate::i18n::K;
use crate::web::dom::now_ms;
use crate::web::ids::new_map_id;
use crate::web::storage::{self, Kept, StorageError, PREFS_KEY, WORKSPACE_KEY};

pub fn load_prefs() -> Prefs {
    storage::read_json(PREFS_KEY).unwrap_or_default()
}

pub fn save_prefs(prefs: &Prefs) {
    // Preferences are a convenience: a failed write is not worth a banner.
    let _ = storage::write_json(PREFS_KEY, prefs);
}

/// The browser's preferred language on a first visit.
pub fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// How to read saved data: a map an old version lacked, and a name that cannot be read, are
/// named in the interface language.
pub fn migrate_ctx(lang: Lang) -> MigrateCtx {
    MigrateCtx {
        map_id: new_map_id(),
        map_name: K::DefaultMapName.get(lang).to_string(),
        unnamed: K::Unnamed.get(lang).to_string(),
    }
}

/// What start-up found in storage.
pub struct Boot {
    pub ws: Workspace,
    pub banners: Vec<Banner>,
    pub save: SaveStatus,
    /// The stamp of what storage held and its text (left in the browser).
    pub stored: Option<(Stamp, JsString)>,
    pub block: Option<Block>,
    /// False when storage already holds exactly this workspace in this version: start-up then
    /// skips its first save (encoding a big map only to find it unchanged).
    pub needs_write: bool,
}

impl Boot {
    fn fresh(ctx: &MigrateCtx, now: f64) -> Workspace {
        let mut ws = Workspace::with_map(ctx.map_id.clone(), ctx.map_name.clone());
        ws.maps[0].created_at = Some(now);
        ws
    }
}

/// Keeps an untouched copy of `raw`; `None` when it could not be written.
fn back_up(raw: &str, why: Kept) -> Option<String> {
    storage::back_up(raw, why, now_ms())
}

pub fn boot(lang: Lang) -> Boot {
    let ctx = migrate_ctx(lang);
    let now = now_ms();
    let starting = |banners, save, block| Boot {
        ws: Boot::fresh(&ctx, now),
        banners,
        save,
        stored: None,
        block,
        needs_write: true,
    };
    let text = match storage::read_text(WORKSPACE_KEY) {
        Err(_) => {
            return starting(
                vec![Banner::StorageUnavailable],
                SaveStatus::Failed(StorageError::Unavailable),
                None,
            )
        }
        Ok(None) => return starting(vec![], SaveStatus::Saved, None),
        Ok(Some(text)) => text,
    };
    let raw = String::from(&text);
    match decode_stored(&raw, &ctx) {
        Ok(loaded) => {
            let mut banners = vec![];
            // Values were reset: the original goes to a backup before it is written over.
            if !loaded.reset.is_empty() {
                match back_up(&raw, Kept::Repaired) {
                    Some(key) => banners.push(Banner::Repaired {
                        backup_key: key,
                        detail: loaded.reset.join("; "),
                    }),
                    None => {
                        return starting(
                            vec![Banner::Corrupt {
                                backup_key: WORKSPACE_KEY.to_string(),
                                blocked: true,
                            }],
                            SaveStatus::Blocked,
                            Some(Block::Unreadable),
                        )
                    }
                }
            }
            // Data of an earlier version is kept as it was before it is updated and written
            // over; if it cannot be kept, the update still happens (nothing is lost: the
            // update reads every value).
            if loaded.version < SCHEMA_VERSION {
                let _ = back_up(&raw, Kept::Updated);
            }
            let Loaded {
                mut ws,
                stamp,
                mut needs_write,
                ..
            } = loaded;
            if ws.maps.is_empty() {
                ws = Boot::fresh(&ctx, now);
                needs_write = true;
            }
            Boot {
                ws,
                banners,
                save: SaveStatus::Saved,
                stored: Some((stamp, text)),
                block: None,
                needs_write,
            }
        }
        Err(LoadError::FutureVersion(_)) => starting(
            vec![Banner::FutureVersion],
            SaveStatus::Blocked,
            Some(Block::Newer),
        ),
        Err(_) => match back_up(&raw, Kept::Unreadable) {
            Some(key) => starting(
                vec![Banner::Corrupt {
                    backup_key: key,
                    blocked: false,
                }],
                SaveStatus::Saved,
                None,
            ),
            // Without a backup, the unreadable original must stay where it is.
            None => starting(
                vec![Banner::Corrupt {
                    backup_key: WORKSPACE_KEY.to_string(),
                    blocked: true,
                }],
                SaveStatus::Blocked,
                Some(Block::Unreadable),
            ),
        },
    }
}

/// Saves every change (one effect), and follows changes made in other tabs.
pub fn start(store: Store, sync: Sync, needs_write: bool) {
    // Ask the browser not to evict our data under storage pressure; refusal changes nothing.
    if let Ok(promise) = window().navigator().storage().persist() {
        let _ = promise;
    }
    provide_context(sync);

    // Saving runs just after the next frame, so the change paints first; several changes in one
    // frame make one write. Leaving the page flushes at once, so nothing is lost on close.
    let pending = StoredValue::new(false);
    let flush = move || {
        if !pending.get_value() {
            return;
        }
        pending.set_value(false);
        sync.save_now();
    };
    // A render effect runs its first time right here, before anything else at start-up can
    // change the workspace, so skipping that first run never skips a real change.
    // Whether the user changed anything in this tab: leaving with such a change unsaved asks first.
    let changed = StoredValue::new(false);
    let saver = RenderEffect::new(move |prev: Option<()>| {
        store.track_revision();
        if prev.is_some() {
            changed.set_value(true);
        }
        if (prev.is_none() && !needs_write) || pending.get_value() {
            return;
        }
        pending.set_value(true);
        if !sync.blocked() {
            store.save.set(SaveStatus::Pending);
        }
        request_animation_frame(move || set_timeout(flush, std::time::Duration::ZERO));
    });
    // It stops when dropped: keep it as long as the app.
    StoredValue::new_local(saver);
    // A reload keeps this tab's open map; other tabs keep theirs.
    Effect::new(move |_| storage::set_tab_map(&store.current_id()));

    let hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    // Storage full, unavailable or another tab's version in the way: the browser asks before
    // the tab closes, as the banner already said the work is only in this tab.
    let leave = window_event_listener(leptos::ev::beforeunload, move |ev| {
        flush();
        let unsaved = match store.save.get_untracked() {
            SaveStatus::Failed(_) => true,
            SaveStatus::Blocked => changed.get_value(),
            _ => false,
        };
        if unsaved && !store.read_only() {
            ev.prevent_default();
            ev.set_return_value("");
        }
    });
    on_cleanup(move || {
        hide.remove();
        hidden.remove();
        leave.remove();
    });

    // Every save another tab makes is joined with this tab's state at once, unsaved changes
    // included; whatever must be saved then is saved by the effect above.
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(WORKSPACE_KEY) {
            return;
        }
        if let Some(raw) = storage::event_text(&ev) {
            // A merge is written at once, so the other tab sees both changes as soon as it can.
            if sync.incoming(&raw) == Incoming::Merged {
                pending.set_value(false);
                sync.save_now();
            }
        }
    });
    on_cleanup(move || handle.remove());

    // A gentle reminder to export a map with real content that has gone a while without a
    // backup; once per session, so dismissing it sticks.
    let reminded = StoredValue::new(false);
    Effect::new(move |_| {
        let stale = store.with_map(|m| {
            m.needs_backup(
                now_ms(),
                BACKUP_REMINDER_MIN_STAKEHOLDERS,
                BACKUP_REMINDER_AFTER_MS,
            )
        });
        if stale == Some(true) && !store.read_only() {
            if !reminded.get_value() {
                reminded.set_value(true);
                store.add_banner(Banner::BackupReminder);
            }
        } else {
            store.remove_banner(|b| *b == Banner::BackupReminder);
        }
    });
}

/// Maps smaller than this are not worth nagging about.
const BACKUP_REMINDER_MIN_STAKEHOLDERS: usize = 10;
/// Two weeks.
const BACKUP_REMINDER_AFTER_MS: f64 = 14.0 * 24.0 * 3600.0 * 1000.0;
