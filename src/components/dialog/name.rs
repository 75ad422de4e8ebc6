//! A dialog that asks for a name.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::dialog::Modal;
use crate::components::text::isolated;
use crate::i18n::K;

/// Asks for a name (new map, rename…).
#[component]
pub fn NameDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// Heading and input label; user text in it marked by `i18n::user`.
    title: Signal<String>,
    /// Text the input starts with when opened.
    initial: Signal<String>,
    /// Label of the confirm button.
    confirm: Signal<String>,
    /// Called with the trimmed, non-empty name.
    on_done: Callback<String>,
    #[prop(into)] testid: String,
) -> impl IntoView {
    let store = use_store();
    let value = RwSignal::new(String::new());
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if open.get() {
            value.set(initial.get_untracked());
            // The suggested name is selected, so typing replaces it.
            request_animation_frame(move || {
                if let Some(i) = input.get_untracked() {
                    let _ = i.focus();
                    i.select();
                }
            });
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = value.get_untracked().trim().to_string();
        if !v.is_empty() {
            on_done.run(v);
            open.set(false);
        }
    };
    let input_id = format!("{testid}-input");
    let label_for = input_id.clone();
    view! {
        <Modal open=open on_close=Callback::new(move |_| open.set(false)) testid=testid.clone()
            labelledby=format!("{testid}-title")>
            <form class="dialog__body" on:submit=submit>
                <h2 class="dialog__title" id=format!("{testid}-title")>{move || isolated(&title.get())}</h2>
                <label class="field" for=label_for.clone()>
                    <span class="field__label">{store.tr(K::NameLabel)}</span>
                    <input id=input_id.clone() class="input" type="text" required maxlength="10000" node_ref=input
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev)) />
                </label>
                <div class="dialog__actions">
                    <button type="button" class="btn btn--ghost" on:click=move |_| open.set(false)>
                        {store.tr(K::Cancel)}
                    </button>
                    <button type="submit" class="btn btn--primary">{move || confirm.get()}</button>
                </div>
            </form>
        </Modal>
    }
}
