//! STUB — the orbit map view (replaced by the full map, filters and table).

use leptos::prelude::*;

use crate::i18n::K;
use crate::ui::ctx::use_store;

#[component]
pub fn MapView() -> impl IntoView {
    let store = use_store();
    view! { <section class="panel"><h2 class="panel__title">{move || store.t(K::MapHeading)}</h2></section> }
}
