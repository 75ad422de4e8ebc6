//! The Share button and dialog: builds the link, copies it, shows its length and what it means.

use leptos::prelude::*;

use crate::codec::share::{encode_share, ShareOptions};
use crate::i18n::{fill, fmt_int, K};
use crate::ui::ctx::use_store;
use crate::ui::dialogs::Modal;
use crate::ui::dom;

/// Links longer than this get a warning that chat apps may cut them.
pub const LONG_LINK: usize = 2_000;

#[component]
pub fn ShareButton() -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(false);
    let without_notes = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let link = Memo::new(move |_| {
        if !open.get() {
            return String::new();
        }
        let opts = ShareOptions {
            include_notes_and_plan: !without_notes.get(),
        };
        store
            .with_map(|m| crate::share::link_for(&encode_share(m, opts)))
            .unwrap_or_default()
    });
    let copy = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = dom::copy_text(&text).await;
            copied.set(Some(ok));
            let key = if ok { K::LinkCopied } else { K::CopyFailed };
            store.announce.set(store.t_untracked(key).to_string());
        });
    };
    view! {
        <button class="btn btn--ghost" data-testid="share-button"
            on:click=move |_| { copied.set(None); open.set(true); }>
            {store.tr(K::Share)}
        </button>
        <Modal open=open on_close=Callback::new(move |_| open.set(false)) testid="share-dialog"
            wide=true labelledby="share-title">
            <div class="dialog__body">
                <h2 class="dialog__title" id="share-title">{store.tr(K::ShareHeading)}</h2>
                <p class="notice">{store.tr(K::ShareExplain)}</p>
                <label class="check">
                    <input type="checkbox" data-testid="share-without-notes"
                        prop:checked=move || without_notes.get()
                        on:change=move |ev| { without_notes.set(event_target_checked(&ev)); copied.set(None); } />
                    {store.tr(K::ShareWithoutNotes)}
                </label>
                <label class="field" for="share-link">
                    <span class="field__label">{store.tr(K::ShareLink)}</span>
                    <textarea id="share-link" class="input share__link" readonly rows="4" data-testid="share-link"
                        prop:value=move || link.get()
                        on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                                t.select();
                            }
                        }></textarea>
                </label>
                <p class="share__meta" data-testid="share-length">
                    {move || fill(store.t(K::LinkLength), &[("n", &fmt_int(link.with(|l| l.chars().count()), store.lang.get()))])}
                </p>
                <Show when=move || link.with(|l| l.len() > LONG_LINK)>
                    <p class="notice notice--warn" data-testid="share-long">{store.tr(K::LinkTooLong)}</p>
                </Show>
                {move || copied.get().map(|ok| view! {
                    <p class=if ok { "notice notice--ok" } else { "notice notice--warn" } role="status" data-testid="share-copied">
                        {store.t(if ok { K::LinkCopied } else { K::CopyFailed })}
                    </p>
                })}
                <div class="dialog__actions">
                    <button class="btn btn--ghost" on:click=move |_| open.set(false)>{store.tr(K::Close)}</button>
                    <button class="btn btn--primary" data-testid="copy-link" on:click=copy>{store.tr(K::CopyLink)}</button>
                </div>
            </div>
        </Modal>
    }
}
