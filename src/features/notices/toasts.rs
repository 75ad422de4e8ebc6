//! Toasts: short confirmations, with Undo for destructive actions.

use leptos::prelude::*;

use crate::components::text::isolated;

use crate::app::store::use_store;
use crate::components::list::{keyed_list, row};
use crate::i18n::K;

#[component]
pub fn Toasts() -> impl IntoView {
    let store = use_store();
    view! {
        // A landmark while it holds notices, so nothing on the page sits outside one.
        <div class="toasts" data-testid="toasts"
            role=move || store.toasts.with(|t| (!t.is_empty()).then_some("region"))
            aria-label=move || store.toasts.with(|t| (!t.is_empty()).then(|| store.t(K::Notifications)))>
            {keyed_list(move || store.toasts.get().into_iter().map(|toast| row(toast.id, move || {
                    let id = toast.id;
                    let undo = toast.undo.clone();
                    view! {
                        <div class="toast" data-testid="toast">
                            <span class="toast__text">{isolated(&toast.text)}</span>
                            {undo.map(|actions| view! {
                                <button class="btn btn--small btn--inverse" data-testid="undo" on:click=move |_| {
                                    for a in actions.clone() {
                                        store.dispatch(a);
                                    }
                                    store.toasts.update(|t| t.retain(|x| x.id != id));
                                    store.announce.set(store.t_untracked(K::Restored).to_string());
                                }>{store.tr(K::Undo)}</button>
                            })}
                            <button class="btn btn--small btn--inverse btn--icon" aria-label=store.tr(K::Dismiss)
                                on:click=move |_| store.toasts.update(|t| t.retain(|x| x.id != id))>"✕"</button>
                        </div>
                    }
                })).collect())}
        </div>
    }
}
