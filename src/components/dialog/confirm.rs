//! A dialog that asks to confirm a destructive action.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::dialog::Modal;
use crate::components::text::isolated;
use crate::i18n::K;

/// Asks to confirm a destructive action.
#[component]
pub fn ConfirmDialog(
    open: RwSignal<bool>,
    /// The question, in plain words; user text in it marked by `i18n::user`.
    message: Signal<String>,
    /// A second line, e.g. that Undo is possible.
    detail: Signal<String>,
    /// Label of the confirm button.
    confirm: Signal<String>,
    on_confirm: Callback<()>,
    #[prop(into)] testid: String,
) -> impl IntoView {
    let store = use_store();
    // The question names the dialog, and the second line describes it, for screen readers.
    let title = format!("{testid}-title");
    let described = format!("{testid}-detail");
    view! {
        <Modal open=open on_close=Callback::new(move |_| open.set(false)) testid=testid
            labelledby=title.clone() describedby=described.clone() alert=true>
            <div class="dialog__body">
                <h2 class="dialog__title" id=title.clone()>{move || isolated(&message.get())}</h2>
                <p id=described.clone()>{move || detail.get()}</p>
                <div class="dialog__actions">
                    <button type="button" class="btn btn--ghost" autofocus on:click=move |_| open.set(false)>
                        {store.tr(K::Cancel)}
                    </button>
                    <button type="button" class="btn btn--danger" on:click=move |_| {
                        on_confirm.run(());
                        open.set(false);
                    }>{move || confirm.get()}</button>
                </div>
            </div>
        </Modal>
    }
}
