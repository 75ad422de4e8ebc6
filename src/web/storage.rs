//! The only code that touches localStorage, through gloo-storage. Every call returns a
//! Result or an Option; nothing here panics, also when storage is disabled or full.

use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

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
    storage()?.get_item(key).map_err(classify)
}

/// Writes `value` as it is and reads it back, so a silently dropped write is reported, not
/// trusted.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = storage()?;
    storage.set_item(key, value).map_err(classify)?;
    match storage.get_item(key) {
        Ok(Some(back)) if back == value => Ok(()),
        _ => Err(StorageError::NotVerified),
    }
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

/// Keys of kept backups of unreadable data, oldest first.
pub fn backup_keys() -> Vec<String> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let len = LocalStorage::length();
    let mut keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    keys.sort();
    keys
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
