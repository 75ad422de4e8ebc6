//! The link back to a stakeholder's page from the pages about them.

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::i18n::K;

/// The "← name" link back to a stakeholder's page; "← Back to the list" when there is no such
/// stakeholder (`name` is empty), so the link always says where it goes.
#[component]
pub fn BackToStakeholder(id: u32, name: Memo<String>) -> impl IntoView {
    let store = use_store();
    let gone = move || name.with(String::is_empty);
    view! {
        <nav class="crumbs">
            <a href=move || if gone() { "#/".to_string() } else { format!("#{}", View::Stakeholder(id).path()) }
                class="crumbs__back">
                "← " {move || if gone() { store.t(K::BackToList).into_any() } else { view! { <bdi>{name.get()}</bdi> }.into_any() }}
            </a>
        </nav>
    }
}
