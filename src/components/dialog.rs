//! Modal dialogs on the native `<dialog>` element: focus trap, Escape and focus return for free.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::widgets::show_if;
use crate::i18n::K;

/// A modal `<dialog>`, built the first time it opens (start-up builds none of them) and kept
/// from then on, so it closes natively and hands focus back to where it was.
#[component]
pub fn Modal(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// Called when the dialog closes itself (Escape).
    on_close: Callback<()>,
    #[prop(into)] testid: String,
    /// Extra class, e.g. `dialog--wide`.
    #[prop(optional)]
    wide: bool,
    /// Id of the element that names the dialog.
    #[prop(optional, into)]
    labelledby: Option<String>,
    /// A confirmation of something destructive (`role="alertdialog"`).
    #[prop(optional)]
    alert: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Dialog>::new();
    let built = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open.get());
    // What had focus when the dialog opened, to return to if closing loses focus.
    let opener = StoredValue::new_local(None::<web_sys::Element>);
    Effect::new(move |_| {
        let want = open.get();
        if let Some(d) = node.get() {
            if want && !d.open() {
                opener.set_value(document().active_element());
                let _ = d.show_modal();
            } else if !want && d.open() {
                d.close();
            }
        }
    });
    view! {
        {show_if(move || built.get(), move || view! {
            <dialog class=if wide { "dialog dialog--wide" } else { "dialog" } node_ref=node
                on:close=move |_| {
                    on_close.run(());
                    request_animation_frame(move || {
                        crate::web::dom::restore_focus(opener.try_get_value().flatten());
                    });
                } data-testid=testid.clone()
                aria-labelledby=labelledby.clone() role=alert.then_some("alertdialog")>
                {children()}
            </dialog>
        })}
    }
}

/// Asks for a name (new map, rename…).
#[component]
pub fn NameDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// Heading and input label.
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
                <h2 class="dialog__title" id=format!("{testid}-title")>{move || title.get()}</h2>
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

/// Asks to confirm a destructive action.
#[component]
pub fn ConfirmDialog(
    open: RwSignal<bool>,
    /// The question, in plain words.
    message: Signal<String>,
    /// A second line, e.g. that Undo is possible.
    detail: Signal<String>,
    /// Label of the confirm button.
    confirm: Signal<String>,
    on_confirm: Callback<()>,
    #[prop(into)] testid: String,
) -> impl IntoView {
    let store = use_store();
    view! {
        <Modal open=open on_close=Callback::new(move |_| open.set(false)) testid=testid alert=true>
            <div class="dialog__body">
                <h2 class="dialog__title">{move || message.get()}</h2>
                <p>{move || detail.get()}</p>
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
