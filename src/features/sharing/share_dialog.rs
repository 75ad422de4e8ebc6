//! The Share button and dialog: builds the link, copies it, shows its length and what it means.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::codec::share::ShareOptions;
use crate::components::dialog::Modal;
use crate::components::show::show_if;
use crate::domain::workspace::Map;
use crate::features::hearing::share_option::IncludeReplies;
use crate::i18n::{plural, K};
use crate::web::dom;

/// Links longer than this get a warning that chat apps may cut them.
pub const LONG_LINK: usize = 2_000;

#[component]
pub fn ShareButton() -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(false);
    let without_notes = RwSignal::new(false);
    let with_replies = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    // The link is built (compressed by the browser) whenever the dialog opens, the option
    // changes or the map changes while it is open; `None` while none can be made.
    let link = RwSignal::new(Some(String::new()));
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let opts = ShareOptions {
            include_notes_and_plan: !without_notes.get(),
            include_replies: with_replies.get(),
        };
        let map = if open.get() {
            store.with_map(Map::clone)
        } else {
            None
        };
        generation.update_value(|g| *g = g.wrapping_add(1));
        let mine = generation.get_value();
        let Some(map) = map else {
            link.set(Some(String::new()));
            return;
        };
        leptos::task::spawn_local(async move {
            let made = crate::web::compression::encode(&map, opts)
                .await
                .map(|p| crate::web::compression::link_for(&p));
            // A newer request (another option, an edit) owns the link now.
            if generation.get_value() == mine {
                link.set(made);
            }
        });
    });
    let link_text = move || link.get().unwrap_or_default();
    let long = move || link.with(|l| l.as_ref().is_some_and(|l| l.len() > LONG_LINK));
    let copy = move |_| {
        let Some(text) = link.get_untracked().filter(|l| !l.is_empty()) else {
            return;
        };
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
                <IncludeReplies checked=with_replies on_change=move || copied.set(None)/>
                <label class="field" for="share-link">
                    <span class="field__label">{store.tr(K::ShareLink)}</span>
                    <textarea id="share-link" class="input share__link" readonly rows="4" data-testid="share-link"
                        prop:value=link_text
                        on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                                t.select();
                            }
                        }></textarea>
                </label>
                <p class="share__meta" data-testid="share-length">
                    {move || plural(link.with(|l| l.as_ref().map_or(0, |l| l.chars().count())), K::LinkLengthOne, K::LinkLength, store.lang.get())}
                </p>
                {show_if(long, move || view! {
                    <p class="notice notice--warn" data-testid="share-long">{store.tr(K::LinkTooLong)}</p>
                })}
                {show_if(move || link.with(Option::is_none), move || view! {
                    <p class="notice notice--warn" role="alert" data-testid="share-unsupported">{store.tr(K::ShareUnsupported)}</p>
                })}
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
