//! The only code that touches localStorage, through gloo-storage. Every call returns a
//! Result or an Option; nothing here panics, also when storage is disabled or full.

use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use js_sys::JsString;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

// `getItem` and `setItem` with the value as the browser's own string. The saved workspace of a
// big map is megabytes: kept and compared on the browser's side (`===`), it is never copied
// into the app's memory just to find it unchanged.
#[wasm_bindgen]
extern "C" {
    /// The page's `Storage`, its values seen as the browser's strings.
    #[wasm_bindgen(js_name = Storage)]
    type TextStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_text(this: &TextStorage, key: &str) -> Result<Option<JsString>, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_text(this: &TextStorage, key: &str, value: &JsString) -> Result<(), JsValue>;

    #[wasm_bindgen(js_name = StorageEvent)]
    type TextStorageEvent;
    #[wasm_bindgen(method, getter, js_name = newValue)]
    fn new_text(this: &TextStorageEvent) -> Option<JsString>;
}

pub const WORKSPACE_KEY: &str = "orbita.workspace";
pub const PREFS_KEY: &str = "orbita.prefs";
pub const BACKUP_PREFIX: &str = "orbita.backup.";

/// Why a read or write failed, in terms the UI can explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is disabled or blocked (private mode, browser policy).
    Unavailable,
    /// The browser refused the write because the quota is used up.
    Full,
    /// The write seemed to work but reading it back gave something else.
    NotVerified,
}

/// Whether localStorage can be used. gloo-storage's `raw()` throws (ending the app) when it
/// cannot, so every call checks this first.
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    if available() {
        Ok(LocalStorage::raw())
    } else {
        Err(StorageError::Unavailable)
    }
}

fn text_storage() -> Result<TextStorage, StorageError> {
    storage().map(JsCast::unchecked_into)
}

/// A browser exception from a write: `QuotaExceededError` means full, anything else that
/// storage is not usable.
fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&err, &"name".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if name.contains("Quota") {
        StorageError::Full
    } else {
        StorageError::Unavailable
    }
}

/// The text under `key`, as stored.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    read_text(key).map(|text| text.map(String::from))
}

/// The text under `key`, left in the browser.
pub fn read_text(key: &str) -> Result<Option<JsString>, StorageError> {
    text_storage()?.get_text(key).map_err(classify)
}

/// Writes `value` as it is and reads it back, so a silently dropped write is reported, not
/// trusted.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    write_text(key, &JsString::from(value))
}

/// [`write`] for text already in the browser.
pub fn write_text(key: &str, value: &JsString) -> Result<(), StorageError> {
    let storage = text_storage()?;
    storage.set_text(key, value).map_err(classify)?;
    match storage.get_text(key) {
        Ok(Some(back)) if back == *value => Ok(()),
        _ => Err(StorageError::NotVerified),
    }
}

/// What another tab wrote, as a storage event tells it; `None` when the key was removed.
pub fn event_text(ev: &web_sys::StorageEvent) -> Option<JsString> {
    ev.unchecked_ref::<TextStorageEvent>().new_text()
}

/// The value under `key` read as JSON; `None` when it is missing, unreadable or storage is
/// not available.
pub fn read_json<T: DeserializeOwned>(key: &str) -> Option<T> {
    if !available() {
        return None;
    }
    LocalStorage::get(key).ok()
}

/// Writes `value` as JSON.
pub fn write_json<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::set(key, value).map_err(|e| match e {
        GlooError::JsError(e) if e.name.contains("Quota") => StorageError::Full,
        _ => StorageError::Unavailable,
    })
}

pub fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}

/// Why a copy of the saved data was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// The data could not be read at all.
    Unreadable,
    /// Some values could not be read and took their defaults.
    Repaired,
    /// The data was written by an earlier version and updated to this one.
    Updated,
    /// A copy from a build that did not say why.
    Unknown,
}

impl Kept {
    fn id(self) -> &'static str {
        match self {
            Kept::Unreadable => "unreadable",
            Kept::Repaired => "repaired",
            Kept::Updated => "updated",
            Kept::Unknown => "",
        }
    }
}

/// A kept copy of the saved data.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub key: String,
    /// When it was kept, in milliseconds since the epoch.
    pub at_ms: f64,
    pub why: Kept,
    /// Its size in characters.
    pub chars: usize,
}

/// Keeps an untouched copy of `raw` under `orbita.backup.<ms>.<why>`; its key, or `None`
/// when it could not be written.
pub fn back_up(raw: &str, why: Kept, now_ms: f64) -> Option<String> {
    let key = format!("{BACKUP_PREFIX}{}.{}", now_ms as u64, why.id());
    write(&key, raw).ok().map(|()| key)
}

/// Every kept copy, newest first.
pub fn backups() -> Vec<Backup> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let mut out: Vec<Backup> = (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let rest = key.strip_prefix(BACKUP_PREFIX)?;
            let (ms, why) = rest.split_once('.').unwrap_or((rest, ""));
            let why = [Kept::Unreadable, Kept::Repaired, Kept::Updated]
                .into_iter()
                .find(|k| k.id() == why)
                .unwrap_or(Kept::Unknown);
            let chars = storage.get_item(&key).ok().flatten()?.chars().count();
            Some(Backup {
                at_ms: ms.parse().unwrap_or(0.0),
                key,
                why,
                chars,
            })
        })
        .collect();
    out.sort_by(|a, b| b.at_ms.total_cmp(&a.at_ms));
    out
}

/// The map this tab has open, kept in the tab's own sessionStorage: a reload keeps it, and
/// other tabs keep theirs.
const TAB_MAP_KEY: &str = "orbita.tab.map";

fn session_available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.session_storage(), Ok(Some(_))))
}

/// The map this tab had open before a reload, if any.
pub fn tab_map() -> Option<String> {
    if !session_available() {
        return None;
    }
    SessionStorage::get(TAB_MAP_KEY).ok()
}

/// Remembers the map this tab has open; losing it only costs a reload the open map.
pub fn set_tab_map(id: &str) {
    if session_available() {
        let _ = SessionStorage::set(TAB_MAP_KEY, id);
    }
}

/// How this tab's plan is filtered and sorted, kept in the tab's sessionStorage so a reload
/// (and the printed plan) keeps it.
const PLAN_FILTER_KEY: &str = "orbita.tab.plan";

/// The plan filter this tab had before a reload; anything unreadable is the default.
pub fn plan_filter() -> crate::domain::plan::PlanFilter {
    if !session_available() {
        return Default::default();
    }
    SessionStorage::get(PLAN_FILTER_KEY).unwrap_or_default()
}

/// Remembers this tab's plan filter.
pub fn set_plan_filter(f: &crate::domain::plan::PlanFilter) {
    if session_available() {
        let _ = SessionStorage::set(PLAN_FILTER_KEY, f);
    }
}

/// Session keys of folded banners start with this, then the banner's name.
const FOLDED_PREFIX: &str = "orbita.tab.folded.";

/// Whether the user folded banner `name` in this tab.
pub fn banner_folded(name: &str) -> bool {
    session_available()
        && SessionStorage::get::<bool>(&format!("{FOLDED_PREFIX}{name}")).unwrap_or(false)
}

/// Remembers, for this tab, whether banner `name` is folded.
pub fn set_banner_folded(name: &str, folded: bool) {
    if session_available() {
        let key = format!("{FOLDED_PREFIX}{name}");
        if folded {
            let _ = SessionStorage::set(&key, true);
        } else {
            SessionStorage::delete(&key);
        }
    }
}
