//! Loading at start-up, the one save effect, and syncing with other tabs through `storage` events.

use leptos::prelude::*;

use crate::app::store::{Banner, SaveStatus, Store};
use crate::codec::{
    decode_stored, decode_workspace, encode_workspace, LoadError, Loaded, MigrateCtx,
};
use crate::domain::merge;
use crate::domain::state::Workspace;
use crate::domain::Lang;
use crate::i18n::K;
use crate::json::Json;
use crate::web::storage::{self, StorageError, BACKUP_PREFIX, PREFS_KEY, WORKSPACE_KEY};

/// Colour theme choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// Per-browser preferences, kept apart from the maps.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Prefs {
    pub lang: Option<Lang>,
    pub theme: Theme,
}

impl Prefs {
    /// `{"lang":"es","theme":"dark"}`; `lang` is `null` until the user picks one. Anything
    /// unreadable is the default: preferences are a convenience.
    pub fn from_json(raw: &str) -> Prefs {
        let Ok(json) = crate::json::parse(raw) else {
            return Prefs::default();
        };
        let field = |name| json.get(name).and_then(Json::as_str);
        Prefs {
            lang: field("lang")
                .and_then(|code| [Lang::Es, Lang::En].into_iter().find(|l| l.code() == code)),
            theme: match field("theme") {
                Some("light") => Theme::Light,
                Some("dark") => Theme::Dark,
                _ => Theme::System,
            },
        }
    }

    pub fn to_json(&self) -> String {
        let mut w = crate::json::Writer::new(false);
        w.begin_object();
        w.key("lang");
        match self.lang {
            Some(lang) => w.str(lang.code()),
            None => w.null(),
        }
        w.str_field(
            "theme",
            match self.theme {
                Theme::System => "system",
                Theme::Light => "light",
                Theme::Dark => "dark",
            },
        );
        w.end_object();
        w.finish()
    }
}

pub fn load_prefs() -> Prefs {
    storage::read(PREFS_KEY)
        .ok()
        .flatten()
        .map(|raw| Prefs::from_json(&raw))
        .unwrap_or_default()
}

pub fn save_prefs(prefs: &Prefs) {
    // Preferences are a convenience: a failed write is not worth a banner.
    let _ = storage::write(PREFS_KEY, &prefs.to_json());
}

/// The browser's preferred language on a first visit.
pub fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// A fresh id for a map: time plus randomness, base 36.
pub fn new_map_id() -> String {
    let now = js_sys::Date::now() as u64;
    let rnd = (js_sys::Math::random() * 1e9) as u64;
    format!("m{}{}", to_base36(now), to_base36(rnd))
}

fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// What start-up found in storage.
pub struct Boot {
    pub ws: Workspace,
    pub banners: Vec<Banner>,
    /// True when writing would destroy data we could not read (newer version, failed backup).
    pub blocked: bool,
    /// The raw text storage held at start, to detect writes by other tabs.
    pub last_raw: Option<String>,
    pub save: SaveStatus,
    /// False when storage already holds exactly this workspace in this version: start-up then
    /// skips its first save (encoding a big map only to find it unchanged).
    pub needs_write: bool,
}

pub fn boot(lang: Lang) -> Boot {
    let ctx = MigrateCtx {
        map_id: new_map_id(),
        map_name: K::DefaultMapName.get(lang).to_string(),
    };
    let fresh = || Workspace::with_map(ctx.map_id.clone(), ctx.map_name.clone());
    match storage::read(WORKSPACE_KEY) {
        Err(_) => Boot {
            ws: fresh(),
            banners: vec![Banner::StorageUnavailable],
            blocked: false,
            last_raw: None,
            save: SaveStatus::Failed(StorageError::Unavailable),
            needs_write: true,
        },
        Ok(None) => Boot {
            ws: fresh(),
            banners: vec![],
            blocked: false,
            last_raw: None,
            save: SaveStatus::Saved,
            needs_write: true,
        },
        Ok(Some(raw)) => match decode_stored(&raw, &ctx) {
            Ok(Loaded {
                mut ws,
                mut needs_write,
                reset,
            }) => {
                if ws.maps.is_empty() {
                    ws = fresh();
                    needs_write = true;
                }
                // Values were reset: the original goes to a backup before it is written over.
                let mut banners = vec![];
                if !reset.is_empty() {
                    let key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
                    if storage::write(&key, &raw).is_ok() {
                        banners.push(Banner::Repaired {
                            backup_key: key,
                            detail: reset.join("; "),
                        });
                    } else {
                        banners.push(Banner::Corrupt {
                            backup_key: WORKSPACE_KEY.to_string(),
                        });
                        return Boot {
                            ws: fresh(),
                            banners,
                            blocked: true,
                            last_raw: Some(raw),
                            save: SaveStatus::Blocked,
                            needs_write: true,
                        };
                    }
                }
                Boot {
                    ws,
                    banners,
                    blocked: false,
                    last_raw: Some(raw),
                    save: SaveStatus::Saved,
                    needs_write,
                }
            }
            Err(LoadError::FutureVersion(_)) => Boot {
                ws: fresh(),
                banners: vec![Banner::FutureVersion],
                blocked: true,
                last_raw: Some(raw),
                save: SaveStatus::Blocked,
                needs_write: true,
            },
            Err(_) => {
                let key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
                let backed_up = storage::write(&key, &raw).is_ok();
                Boot {
                    ws: fresh(),
                    banners: vec![Banner::Corrupt {
                        backup_key: if backed_up {
                            key
                        } else {
                            WORKSPACE_KEY.to_string()
                        },
                    }],
                    // Without a backup, the unreadable original must stay where it is.
                    blocked: !backed_up,
                    last_raw: Some(raw),
                    save: if backed_up {
                        SaveStatus::Saved
                    } else {
                        SaveStatus::Blocked
                    },
                    needs_write: true,
                }
            }
        },
    }
}

/// Saves every change (one effect), and follows changes made in other tabs.
pub fn start(store: Store, blocked: bool, last_raw: Option<String>, needs_write: bool) {
    // Ask the browser not to evict our data under storage pressure; refusal changes nothing.
    if let Ok(promise) = window().navigator().storage().persist() {
        let _ = promise;
    }
    let last = StoredValue::new(last_raw);
    let blocked = StoredValue::new(blocked);
    provide_context(Persist { last });

    // Saving runs just after the next frame, so the change paints first; several changes in one
    // frame make one write. Leaving the page flushes at once, so nothing is lost on close.
    let pending = StoredValue::new(false);
    let flush = move || {
        if !pending.get_value() {
            return;
        }
        pending.set_value(false);
        save_now(store, last, blocked);
    };
    // A render effect runs its first time right here, before anything else at start-up can
    // change the workspace, so skipping that first run never skips a real change.
    // Whether the user changed anything in this tab: leaving with such a change unsaved asks first.
    let changed = StoredValue::new(false);
    let saver = RenderEffect::new(move |prev: Option<()>| {
        store.ws.track();
        if prev.is_some() {
            changed.set_value(true);
        }
        if (prev.is_none() && !needs_write) || pending.get_value() {
            return;
        }
        pending.set_value(true);
        store.save.set(SaveStatus::Pending);
        request_animation_frame(move || set_timeout(flush, std::time::Duration::ZERO));
    });
    // It stops when dropped: keep it as long as the app.
    StoredValue::new_local(saver);
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

    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(WORKSPACE_KEY) {
            return;
        }
        let Some(new_raw) = ev.new_value() else {
            return;
        };
        if last.with_value(|l| l.as_deref() == Some(new_raw.as_str())) || blocked.get_value() {
            return;
        }
        // A change made here and not saved yet would be lost by taking theirs: both are merged
        // and saved; if they clash, saving finds their newer version and asks which to keep.
        if pending.get_value() {
            if merge_theirs(store, last, &new_raw) {
                store.toast(store.t_untracked(K::OtherTabMerged).to_string(), None);
            }
            flush();
            return;
        }
        if let Ok(ws) = decode_workspace(&new_raw, &migrate_ctx(store)) {
            last.set_value(Some(new_raw));
            store.ws.set(ws);
            store.toast(store.t_untracked(K::OtherTabChanged).to_string(), None);
        }
    });
    on_cleanup(move || handle.remove());

    // A gentle reminder to export when a map with real content has not been exported for a while;
    // once per session, so dismissing it sticks.
    let reminded = StoredValue::new(false);
    Effect::new(move |_| {
        let stale = store.ws.with(|w| {
            w.current_map().is_some_and(|m| {
                m.stakeholders.len() >= BACKUP_REMINDER_MIN_STAKEHOLDERS
                    && m.exported_at
                        .is_none_or(|at| js_sys::Date::now() - at > BACKUP_REMINDER_AFTER_MS)
            })
        });
        if stale && !store.read_only() {
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

/// Writes the workspace unless it is unchanged, blocked, or another tab saved in between.
fn save_now(store: Store, last: StoredValue<Option<String>>, blocked: StoredValue<bool>) {
    if blocked.get_value() {
        store.save.set(SaveStatus::Blocked);
        return;
    }
    let raw = store.ws.with_untracked(encode_workspace);
    if last.with_value(|l| l.as_deref() == Some(raw.as_str())) {
        store.save.set(SaveStatus::Saved);
        return;
    }
    // Never write over a newer version another tab saved since we last looked: merge with it,
    // or, when both changed the same thing, ask.
    match storage::read(WORKSPACE_KEY) {
        Ok(current) if current != last.get_value() => {
            if let Some(theirs) = current {
                if !merge_theirs(store, last, &theirs) {
                    store.add_banner(Banner::Conflict { theirs });
                    store.save.set(SaveStatus::Blocked);
                    return;
                }
                store.toast(store.t_untracked(K::OtherTabMerged).to_string(), None);
                let raw = store.ws.with_untracked(encode_workspace);
                write(store, last, raw);
                return;
            }
        }
        Err(e) => {
            fail(store, e);
            return;
        }
        _ => {}
    }
    write(store, last, raw);
}

/// How to read another tab's saved workspace: a map an old version lacked is named in the
/// current language.
fn migrate_ctx(store: Store) -> MigrateCtx {
    MigrateCtx {
        map_id: new_map_id(),
        map_name: K::DefaultMapName
            .get(store.lang.get_untracked())
            .to_string(),
    }
}

/// Merges another tab's saved `theirs` into this tab's workspace, from the version both
/// started from (the one this tab last read or wrote). Afterwards `theirs` counts as read, so
/// the merged workspace may be written over it. `false`, changing nothing, when the two clash
/// or either cannot be read.
fn merge_theirs(store: Store, last: StoredValue<Option<String>>, theirs_raw: &str) -> bool {
    let ctx = migrate_ctx(store);
    let Ok(theirs) = decode_workspace(theirs_raw, &ctx) else {
        return false;
    };
    let base = match last.with_value(|l| l.as_deref().map(|raw| decode_workspace(raw, &ctx))) {
        Some(Ok(base)) => base,
        Some(Err(_)) => return false,
        None => Workspace::default(),
    };
    let Ok(merged) = store
        .ws
        .with_untracked(|mine| merge::workspaces(&base, mine, &theirs))
    else {
        return false;
    };
    last.set_value(Some(theirs_raw.to_string()));
    store.ws.set(merged);
    true
}

fn write(store: Store, last: StoredValue<Option<String>>, raw: String) {
    match storage::write(WORKSPACE_KEY, &raw) {
        Ok(()) => {
            last.set_value(Some(raw));
            store.save.set(SaveStatus::Saved);
            store.remove_banner(|b| matches!(b, Banner::StorageFull | Banner::StorageUnavailable));
        }
        Err(e) => fail(store, e),
    }
}

fn fail(store: Store, e: StorageError) {
    store.add_banner(match e {
        StorageError::Full | StorageError::NotVerified => Banner::StorageFull,
        StorageError::Unavailable => Banner::StorageUnavailable,
    });
    store.save.set(SaveStatus::Failed(e));
}

/// Handles for resolving a conflict with another tab.
#[derive(Clone, Copy)]
pub struct Persist {
    last: StoredValue<Option<String>>,
}

impl Persist {
    /// Takes the other tab's version.
    pub fn use_theirs(&self, store: Store, theirs: String) {
        if let Ok(ws) = decode_workspace(&theirs, &migrate_ctx(store)) {
            self.last.set_value(Some(theirs));
            store.ws.set(ws);
            store.save.set(SaveStatus::Saved);
        }
    }

    /// Keeps this tab's version, writing it over the other's by the user's explicit choice.
    pub fn keep_mine(&self, store: Store) {
        let raw = store.ws.with_untracked(encode_workspace);
        write(store, self.last, raw);
    }
}

#[cfg(test)]
mod prefs_tests {
    use super::*;

    #[test]
    fn prefs_read_what_they_write_and_what_earlier_builds_wrote() {
        let none = Prefs::default();
        assert_eq!(none.to_json(), r#"{"lang":null,"theme":"system"}"#);
        assert_eq!(Prefs::from_json(&none.to_json()), none);
        let chosen = Prefs {
            lang: Some(Lang::Es),
            theme: Theme::Dark,
        };
        assert_eq!(Prefs::from_json(&chosen.to_json()), chosen);
        // As serde wrote them before: the same shape.
        assert_eq!(
            Prefs::from_json(r#"{"lang":"en","theme":"light"}"#),
            Prefs {
                lang: Some(Lang::En),
                theme: Theme::Light
            }
        );
    }

    #[test]
    fn unreadable_prefs_are_the_defaults() {
        for raw in [
            "",
            "nope",
            "[]",
            r#"{"lang":"fr","theme":"neon"}"#,
            r#"{"lang":5}"#,
        ] {
            assert_eq!(Prefs::from_json(raw), Prefs::default(), "{raw}");
        }
        // One good value survives a bad neighbour.
        assert_eq!(
            Prefs::from_json(r#"{"lang":"es","theme":7}"#).lang,
            Some(Lang::Es)
        );
    }
}
