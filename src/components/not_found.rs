//! What a stakeholder's pages show when the stakeholder is not there.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::i18n::K;

/// What a stakeholder's pages show when there is no such stakeholder (deleted, or a stale link).
#[component]
pub fn NotFoundPanel() -> impl IntoView {
    let store = use_store();
    view! {
        <section class="panel">
            <p class="empty" role="alert">{store.tr(K::NotFound)}</p>
            <a class="btn" href="#/">{store.tr(K::BackToList)}</a>
        </section>
    }
}
