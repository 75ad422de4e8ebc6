//! The modal `<dialog>` every dialog is built on: focus trap, Escape and focus return come
//! with the native element.

use leptos::prelude::*;

use crate::components::show::show_if;

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
    /// Id of the element that describes the dialog.
    #[prop(optional, into)]
    describedby: Option<String>,
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
                aria-labelledby=labelledby.clone() aria-describedby=describedby.clone() role=alert.then_some("alertdialog")>
                {children()}
            </dialog>
        })}
    }
}
