//! A link to pass on: the text to select, Copy, the phone's share sheet where the browser has
//! one, and its QR code. Shared by the invite (owner) and the reply (respondent).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::Lang;
use crate::i18n::K;
use crate::web::dom;

/// Whether the browser offers a share sheet (`navigator.share`).
fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

async fn share(title: &str, url: &str) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    // Closing the sheet without choosing rejects the promise: nothing to report.
    let _ = wasm_bindgen_futures::JsFuture::from(w.navigator().share_with_data(&data)).await;
}

#[component]
pub fn LinkBox(
    #[prop(into)] link: Signal<String>,
    #[prop(into)] lang: Signal<Lang>,
    /// Names the link's text box.
    label: K,
    /// Names the QR code.
    qr_label: K,
    /// The share sheet's title.
    #[prop(into)]
    title: Signal<String>,
    /// Prefix of the parts' test ids (`-link`, `-copy`, `-share`, `-qr`, `-copied`).
    testid: &'static str,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    Effect::new(move |_| {
        link.track();
        copied.set(None);
    });
    let t = move |k: K| k.get(lang.get());
    let copy = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            copied.set(Some(dom::copy_text(&text).await));
        });
    };
    let share_sheet = can_share();
    let qr = Memo::new(move |_| super::qr::svg(&link.get()).unwrap_or_default());
    let id = format!("{testid}-text");
    let label_for = id.clone();
    view! {
        <div class="link-box">
            <label class="field" for=label_for>
                <span class="field__label">{move || t(label)}</span>
                <textarea id=id class="input link-box__text" readonly rows="3"
                    data-testid=format!("{testid}-link") prop:value=move || link.get()
                    on:focus=move |ev| {
                        if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                            t.select();
                        }
                    }></textarea>
            </label>
            <div class="link-box__actions">
                <button type="button" class="btn btn--primary" data-testid=format!("{testid}-copy") on:click=copy>
                    {move || t(K::CopyLink)}
                </button>
                {share_sheet.then(|| view! {
                    <button type="button" class="btn btn--ghost" data-testid=format!("{testid}-share")
                        on:click=move |_| {
                            let (title, url) = (title.get_untracked(), link.get_untracked());
                            leptos::task::spawn_local(async move { share(&title, &url).await });
                        }>
                        {move || t(K::ShareSheet)}
                    </button>
                })}
            </div>
            <p class="link-box__status" role="status" data-testid=format!("{testid}-copied")>
                {move || copied.get().map(|ok| t(if ok { K::LinkCopied } else { K::CopyFailed }))}
            </p>
            <div class="link-box__qr" role="img" aria-label=move || t(qr_label)
                data-testid=format!("{testid}-qr") inner_html=move || qr.get()></div>
        </div>
    }
}
