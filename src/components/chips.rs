//! The small visual widgets drawn from markup: the external ↔ internal mini bar, a type chip
//! and a health dot.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::markup;
use crate::domain::model::{CustomerType, Health};
use crate::domain::Lang;

/// Markup in a box that takes no room of its own (`.contents`), so the markup's elements lay
/// out as if they were children of the parent.
fn contents(markup: String) -> impl IntoView {
    view! { <span class="contents" inner_html=markup></span> }
}

/// A tiny external ↔ internal bar for lists.
#[component]
pub fn MiniAxis(axis: u8) -> impl IntoView {
    let mut out = String::new();
    markup::push_mini_axis(&mut out, axis);
    contents(out)
}

/// Chip with a type's shape icon and name, following the interface language.
#[component]
pub fn TypeChip(t: CustomerType) -> impl IntoView {
    live_contents(move |out, lang| markup::push_chip(out, t, lang))
}

/// Health as a small dot plus its band name, following the interface language.
#[component]
pub fn HealthDot(health: Option<Health>) -> impl IntoView {
    live_contents(move |out, lang| markup::push_health(out, health, lang))
}

/// Markup in a `.contents` box, rebuilt in the interface language whenever it changes.
fn live_contents(build: impl Fn(&mut String, Lang) + Send + Sync + 'static) -> impl IntoView {
    let store = use_store();
    view! {
        <span class="contents" inner_html=move || {
            let mut out = String::new();
            build(&mut out, store.lang.get());
            out
        }></span>
    }
}
