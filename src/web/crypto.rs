//! The browser's cryptographic random source (`crypto.getRandomValues`): invite keys and the
//! ids of invites and replies.

use crate::domain::invites::{to_hex, KEY_BYTES};

/// `n` random bytes; `None` only in a browser without Web Crypto, where nothing secret is made.
pub fn random_bytes(n: usize) -> Option<Vec<u8>> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut bytes = vec![0u8; n];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// A fresh invite key, as the map saves it (hex).
pub fn new_key() -> Option<String> {
    random_bytes(KEY_BYTES).map(|b| to_hex(&b))
}

/// A fresh random id of 72 bits, such as `k3Jx_9aQm2Zt` (URL-safe).
pub fn new_id() -> Option<String> {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bytes = random_bytes(12)?;
    Some(
        bytes
            .iter()
            .map(|b| ALPHABET[usize::from(b & 63)] as char)
            .collect(),
    )
}
