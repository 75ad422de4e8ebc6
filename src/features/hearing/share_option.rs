//! The share dialog's "Include their replies" option: off by default, and offered only when
//! the map holds something stakeholders said about themselves.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::show::show_if;
use crate::domain::invites::GROUP_MIN;
use crate::i18n::{fill, K};

/// A checkbox bound to `checked`; `on_change` runs after each change (the link is remade).
#[component]
pub fn IncludeReplies(
    checked: RwSignal<bool>,
    on_change: impl Fn() + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let store = use_store();
    let any = move || {
        store
            .with_map(|m| !m.replies.is_empty() || !m.tallies.is_empty())
            .unwrap_or(false)
    };
    show_if(any, move || {
        view! {
            <label class="check">
                <input type="checkbox" data-testid="share-with-replies" aria-describedby="share-replies-help"
                    prop:checked=move || checked.get()
                    on:change=move |ev| { checked.set(event_target_checked(&ev)); on_change(); } />
                {store.tr(K::ShareIncludeReplies)}
            </label>
            <p id="share-replies-help" class="muted share__help">
                {move || fill(store.t(K::ShareIncludeRepliesHelp), &[("min", &GROUP_MIN.to_string())])}
            </p>
        }
    })
}
