//! One stakeholder: details (name, role, notes), its results, and its answers as JSON.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::not_found::NotFoundPanel;
use crate::features::stakeholders::details::Details;

/// A stakeholder's page, or a not-found panel when there is no such stakeholder.
#[component]
pub fn StakeholderView(id: u32) -> impl IntoView {
    let store = use_store();
    let stakeholder = Memo::new(move |_| store.with_map(|m| m.stakeholder(id).cloned()).flatten());
    view! {
        {move || match stakeholder.get() {
            None => view! { <NotFoundPanel/> }.into_any(),
            Some(_) => view! { <Details id=id stakeholder=stakeholder/> }.into_any(),
        }}
    }
}
