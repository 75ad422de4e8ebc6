//! The only code that touches localStorage. Every call returns a Result; nothing here panics.

use wasm_bindgen::JsCast;

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

fn local() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    // `local_storage()` itself throws when storage is disabled; map both failure shapes.
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(StorageError::Unavailable),
    }
}

fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    let name = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .or_else(|| {
            js_sys::Reflect::get(&err, &"name".into())
                .ok()
                .and_then(|v| v.as_string())
        })
        .unwrap_or_default();
    if name.contains("Quota") {
        StorageError::Full
    } else {
        StorageError::Unavailable
    }
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local()?.get_item(key).map_err(classify)
}

/// Writes and reads back, so a silently dropped write is reported, not trusted.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = local()?;
    storage.set_item(key, value).map_err(classify)?;
    match storage.get_item(key) {
        Ok(Some(back)) if back == value => Ok(()),
        _ => Err(StorageError::NotVerified),
    }
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?.remove_item(key).map_err(classify)
}

/// Keys of kept backups of unreadable data, oldest first.
pub fn backup_keys() -> Vec<String> {
    let Ok(storage) = local() else {
        return Vec::new();
    };
    let len = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    keys.sort();
    keys
}
