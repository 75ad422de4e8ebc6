//! STUB — the dashboard and printable report (replaced by the full summary).

use leptos::prelude::*;

use crate::i18n::K;
use crate::ui::ctx::use_store;

#[component]
pub fn SummaryView() -> impl IntoView {
    let store = use_store();
    view! { <section class="panel"><h2 class="panel__title">{move || store.t(K::SummaryHeading)}</h2></section> }
}
