//! Órbita: map a business's internal and external customers in the browser.
//!
//! Dependencies point down only: `features` → `app` → `codec` / `web` → `domain`.
//! `domain`, `codec` and `i18n` are pure (no browser, clock or randomness) and public, so the
//! native tests reach them; the rest is private to the crate, so rustc reports dead code.

pub mod codec;
pub mod domain;
pub mod i18n;
pub mod web;

mod app;
mod components;
mod features;

pub use app::App;

/// Mounts the page: an invite link shows only the respondent's page (it never loads the
/// visitor's own maps); anything else, the whole app.
pub fn mount() {
    if features::invites::is_invite_page() {
        leptos::mount::mount_to_body(features::invites::respondent::RespondentApp);
    } else {
        leptos::mount::mount_to_body(App);
    }
}
