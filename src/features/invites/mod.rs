//! Hearing stakeholders themselves: "Ask them" makes an invite link and its QR code; the
//! respondent's page answers it on their own device; the reply link they send back is
//! previewed, checked and added here through the one door.

pub(crate) mod ask;
pub(crate) mod link_box;
pub(crate) mod qr;
pub(crate) mod reply_preview;
pub(crate) mod respondent;

/// The fragment key of invite links (`#i=<payload>`).
pub const INVITE_KEY: &str = "i=";
/// The fragment key of reply links (`#r=<payload>`).
pub const REPLY_KEY: &str = "r=";

/// This page's address with `#<key><payload>`: a link that opens the same build of the app.
pub fn link(key: &str, payload: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    format!("{base}#{key}{payload}")
}

/// The payload of the current address's fragment when it starts with `key`.
pub fn fragment_payload(key: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix('#')?
        .strip_prefix(key)
        .map(str::to_string)
}

/// Whether this page was opened from an invite link: it then shows only the respondent's page.
pub fn is_invite_page() -> bool {
    fragment_payload(INVITE_KEY).is_some()
}
