//! A banner that folds to a one-line strip, remembered for the tab.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::i18n::K;
use crate::web::storage;

/// Whether banner `name` is folded: starts as the user left it in this tab, and is kept.
pub fn folded(name: String) -> RwSignal<bool> {
    let state = RwSignal::new(storage::banner_folded(&name));
    Effect::new(move |first: Option<()>| {
        let now = state.get();
        if first.is_some() {
            storage::set_banner_folded(&name, now);
        }
    });
    state
}

/// The button that folds a banner to one line and unfolds it.
#[component]
pub fn FoldButton(folded: RwSignal<bool>, testid: &'static str) -> impl IntoView {
    let store = use_store();
    let label = move || {
        store.t(if folded.get() {
            K::UnfoldBanner
        } else {
            K::FoldBanner
        })
    };
    view! {
        <button type="button" class="btn btn--small btn--ghost btn--icon banner__fold" data-testid=testid
            aria-expanded=move || if folded.get() { "false" } else { "true" }
            aria-label=label title=label
            on:click=move |_| folded.update(|f| *f = !*f)>
            <svg viewBox="0 0 24 24" aria-hidden="true" class="icon banner__fold-icon">
                <path d="M6 15l6-6 6 6" fill="none"></path>
            </svg>
        </button>
    }
}
