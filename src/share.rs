//! Builds share URLs from the page's own address; the payload rides in the fragment, so it never
//! reaches a server.

use crate::route::{Route, View};

/// The full link for a share payload, on whatever host and sub-path the app runs.
pub fn link_for(payload: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let fragment = Route {
        view: View::List,
        share: Some(payload.to_string()),
    }
    .to_fragment();
    format!("{base}{fragment}")
}
