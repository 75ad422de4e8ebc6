//! Small browser helpers shared by components: downloads, clipboard, dialogs, dates.

use wasm_bindgen::JsCast;

use crate::codec::text_file::{encoding_of, Encoding};

/// Offers `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let doc = leptos::prelude::document();
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Today's date as `YYYY-MM-DD` in local time.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The local date (`YYYY-MM-DD`) and time (`HH:MM`) of a moment in milliseconds.
pub fn local_date_time(ms: f64) -> (String, String) {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    (
        format!(
            "{:04}-{:02}-{:02}",
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date()
        ),
        format!("{:02}:{:02}", d.get_hours(), d.get_minutes()),
    )
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A file-name-safe slug of a map name: letters and digits of any script, lower-cased, and
/// runs of anything else as one `-`.
pub fn slug(name: &str) -> String {
    let s: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "orbita".into()
    } else {
        s.chars().take(40).collect()
    }
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Focuses the element with `id`, if it is there and can take focus.
pub fn focus_id(id: &str) -> bool {
    leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}

/// The file just chosen in the file input an event came from, with the input emptied so the
/// same file can be chosen again.
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

/// A file's text and the encoding it was read in (worked out from its bytes, see
/// [`encoding_of`]), or `None` if it could not be read.
pub async fn file_text(file: web_sys::File) -> Option<(String, Encoding)> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    let encoding = encoding_of(&bytes.to_vec());
    // The browser's decoder drops a byte-order mark, as reading the file as text did.
    let text = web_sys::TextDecoder::new_with_label(encoding.label())
        .ok()?
        .decode_with_buffer_source(&bytes)
        .ok()?;
    Some((text, encoding))
}

/// Scrolls the box matching `list` (a scrolling, positioned element) just enough to show its
/// child matching `item`, without moving the page.
pub fn scroll_within(list: &str, item: &str) {
    let doc = leptos::prelude::document();
    let (Ok(Some(list)), Ok(Some(item))) = (doc.query_selector(list), doc.query_selector(item))
    else {
        return;
    };
    let (Ok(list), Ok(item)) = (
        list.dyn_into::<web_sys::HtmlElement>(),
        item.dyn_into::<web_sys::HtmlElement>(),
    ) else {
        return;
    };
    let (top, bottom) = (item.offset_top(), item.offset_top() + item.offset_height());
    if top < list.scroll_top() {
        list.set_scroll_top(top);
    } else if bottom > list.scroll_top() + list.client_height() {
        list.set_scroll_top(bottom - list.client_height());
    }
}

/// Scrolls the first element matching `selector` into view, as little as needed.
pub fn scroll_to(selector: &str) {
    let Ok(Some(el)) = leptos::prelude::document().query_selector(selector) else {
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
    opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Whether keyboard focus is lost: on `<body>` (or nowhere), as after the focused element
/// was removed or hidden.
pub fn focus_lost() -> bool {
    let doc = leptos::prelude::document();
    doc.active_element()
        .is_none_or(|el| doc.body().is_some_and(|b| el == *b))
}

/// Focuses the heading of the page in `<main>` (making it focusable from script only),
/// without scrolling to it.
pub fn focus_page_heading() {
    let Some(heading) = leptos::prelude::document()
        .query_selector("main h2")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = heading.focus_with_options(&opts);
}

/// After a dialog closes: if focus was lost, puts it back on what opened the dialog; when that
/// was an item of a menu that has closed since, on the menu's button; when it is gone, on the
/// page's heading.
pub fn restore_focus(opener: Option<web_sys::Element>) {
    if !focus_lost() {
        return;
    }
    let body = leptos::prelude::document().body();
    let Some(opener) = opener.filter(|o| o.is_connected() && body.is_none_or(|b| *o != *b)) else {
        focus_page_heading();
        return;
    };
    // An opener inside closed menus: the button of the outermost menu that is on screen (a
    // menu whose button is hidden, such as the header's "⋯" on a wide screen, shows its
    // items in place), else the opener itself.
    let mut candidates = vec![opener.clone()];
    let mut at = opener.parent_element();
    while let Some(menu) = at.and_then(|p| p.closest("details:not([open])").ok().flatten()) {
        if let Some(summary) = menu.query_selector(":scope > summary").ok().flatten() {
            candidates.push(summary);
        }
        at = menu.parent_element();
    }
    for el in candidates.into_iter().rev() {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
            if !focus_lost() {
                return;
            }
        }
    }
}

/// Closes a `<details>` menu.
pub fn close_menu(details: leptos::prelude::NodeRef<leptos::html::Details>) {
    use leptos::prelude::GetUntracked;
    if let Some(d) = details.get_untracked() {
        d.set_open(false);
    }
}

/// Closes a `<details>` menu and puts focus on its button (after Escape, or an item that
/// acts in place), so the keyboard keeps its spot.
pub fn close_menu_to_button(details: leptos::prelude::NodeRef<leptos::html::Details>) {
    use leptos::prelude::GetUntracked;
    close_menu(details);
    let summary = details
        .get_untracked()
        .and_then(|d| d.query_selector("summary").ok().flatten())
        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(s) = summary {
        let _ = s.focus();
    }
}

/// Makes a `<details>` menu behave like a menu: Escape closes it and puts focus back on its
/// button; it also closes when keyboard focus moves out of it or the user presses anywhere
/// outside it. Returns the `keydown` and `focusout` handlers to attach to the `<details>`.
pub fn menu_behaviour(
    details: leptos::prelude::NodeRef<leptos::html::Details>,
) -> (
    impl Fn(web_sys::KeyboardEvent) + Copy,
    impl Fn(web_sys::FocusEvent) + Copy,
) {
    use leptos::prelude::*;
    let contains = move |target: Option<web_sys::EventTarget>| {
        let node = target.and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        details
            .get_untracked()
            .is_some_and(|d| d.contains(node.as_ref()))
    };
    let close = move || close_menu(details);
    let outside_press = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if details.get_untracked().is_some_and(|d| d.open()) && !contains(ev.target()) {
            close();
        }
    });
    on_cleanup(move || outside_press.remove());
    let keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && details.get_untracked().is_some_and(|d| d.open()) {
            close_menu_to_button(details);
        }
    };
    // A click elsewhere gives no related target; the pointer handler above covers that.
    let focusout = move |ev: web_sys::FocusEvent| {
        let to = ev.related_target();
        if to.is_some() && !contains(to) {
            close();
        }
    };
    (keydown, focusout)
}

/// A signal that follows a CSS media query (such as `(prefers-color-scheme: dark)`) for the
/// life of the page; `false` where the browser can't say.
pub fn media_signal(query: &str) -> leptos::prelude::RwSignal<bool> {
    use leptos::prelude::{Set, Update};
    let state = leptos::prelude::RwSignal::new(false);
    if let Ok(Some(mq)) = leptos::prelude::window().match_media(query) {
        state.set(mq.matches());
        let on_change = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
            move |ev: web_sys::Event| {
                if let Some(mq) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::MediaQueryList>().ok())
                {
                    state.update(|s| *s = mq.matches());
                }
            },
        );
        let _ = mq.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // Lives as long as the page.
        on_change.forget();
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_of_any_script_and_drop_symbols() {
        assert_eq!(slug("Panadería Ñandú — 2027"), "panadería-ñandú-2027");
        assert_eq!(slug("Café · Москва × 東京!"), "café-москва-東京");
        assert_eq!(slug("→ ★ ©"), "orbita");
        assert_eq!(slug(&"a".repeat(50)).len(), 40);
    }
}
