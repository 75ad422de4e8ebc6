//! Paging for long lists: "Showing k of n" and a button for the next page.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::show::show_if;
use crate::i18n::{fill, fmt_int, K};

/// "Showing k of n" and a button for the next `page`, while some are still hidden.
#[component]
pub fn ShowMore(
    limit: RwSignal<usize>,
    #[prop(into)] total: Signal<usize>,
    page: usize,
    /// Test ids of the "Showing" text and of the button.
    showing_id: &'static str,
    more_id: &'static str,
) -> impl IntoView {
    let store = use_store();
    view! {
        {show_if(move || { total.get() > limit.get() }, move || view! {
            <div class="more">
                <p class="muted" data-testid=showing_id>
                    {move || {
                        let lang = store.lang.get();
                        fill(store.t(K::ShowingN), &[("k", &fmt_int(limit.get(), lang)), ("n", &fmt_int(total.get(), lang))])
                    }}
                </p>
                <button class="btn" data-testid=more_id on:click=move |_| limit.update(|l| *l += page)>
                    {store.tr(K::ShowMore)}
                </button>
            </div>
        })}
    }
}
