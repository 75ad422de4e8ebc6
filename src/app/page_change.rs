//! What happens when the page in `<main>` changes: a new page starts at the top, and back or
//! forward returns to where that page was scrolled; focus lost with the old page (the link or
//! button that was pressed is gone) goes to the new page's heading, so keyboard and
//! screen-reader users start reading there rather than at the end of the document. Coming
//! back to a page puts focus on the person's link or map marker it was left from instead.

use std::cell::RefCell;

use crate::app::route::View;
use crate::web::dom;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Pages whose return spot is remembered, most recent last.
const RETURN_SPOTS: usize = 8;

thread_local! {
    /// Per page left from a person's link or marker (an element with `data-id`), that id.
    static RETURN_TO: RefCell<Vec<(View, u32)>> = const { RefCell::new(Vec::new()) };
}

/// How long scrolling must pause before its position is written into the history entry.
const SETTLE_MS: u64 = 150;

pub fn start(page: Memo<View>) {
    // Each history entry keeps its page's scroll position as its state; new entries have none.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let scroll_listener = window_event_listener(leptos::ev::scroll, move |_| {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            || {
                let w = window();
                let y = w.scroll_y().unwrap_or(0.0);
                if let Ok(h) = w.history() {
                    let _ = h.replace_state(&wasm_bindgen::JsValue::from_f64(y), "");
                }
            },
            std::time::Duration::from_millis(SETTLE_MS),
        )
        .ok();
        pending.set_value(handle);
    });
    on_cleanup(move || scroll_listener.remove());

    Effect::new(move |previous: Option<View>| {
        let now = page.get();
        if previous.is_some_and(|p| p != now) {
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let page = now.clone();
            request_animation_frame(move || settle(page));
        }
        now
    });
}

/// The scroll position kept in the current history entry; 0 for a new entry.
fn saved_y() -> f64 {
    window()
        .history()
        .ok()
        .and_then(|h| h.state().ok())
        .and_then(|s| s.as_f64())
        .unwrap_or(0.0)
}

/// Called as the address moves away from page `from`, before the next page renders: notes
/// the person whose link or marker is in hand there, then goes to the top, or to where a
/// revisited page was. Done now, while the old page's layout is still clean, it costs next
/// to nothing; after the new page renders it would force a layout of it.
pub fn before_change(from: View) {
    if let Some(id) = focused_item() {
        RETURN_TO.with(|r| {
            let mut r = r.borrow_mut();
            r.retain(|(v, _)| *v != from);
            if r.len() >= RETURN_SPOTS {
                r.remove(0);
            }
            r.push((from, id));
        });
    }
    window().scroll_to_with_x_and_y(0.0, saved_y());
}

/// The `data-id` of the focused element in `<main>`: a person's link, or a map marker.
fn focused_item() -> Option<u32> {
    let el = document().active_element()?;
    el.closest("main").ok().flatten()?;
    el.get_attribute("data-id")?.parse().ok()
}

/// After the new page has rendered: a revisited page's scroll position (the old page may
/// have been too short to reach it), then focus if it was lost.
fn settle(page: View) {
    let y = saved_y();
    if y > 0.0 {
        window().scroll_to_with_x_and_y(0.0, y);
    }
    // Focus once the page is painted: `focus()` lays the page out first, which for a map of a
    // thousand markers would hold up its first frame.
    set_timeout(move || rescue_focus(&page), std::time::Duration::ZERO);
}

/// Puts lost focus back on the link or marker the page was left from, or on its heading.
fn rescue_focus(page: &View) {
    let spot = RETURN_TO.with(|r| {
        let mut r = r.borrow_mut();
        let at = r.iter().position(|(v, _)| v == page)?;
        Some(r.remove(at).1)
    });
    if !dom::focus_lost() {
        return;
    }
    let back = spot.and_then(|id| {
        document()
            .query_selector(&format!(
                "main :is(a, button, [tabindex])[data-id=\"{id}\"]"
            ))
            .ok()
            .flatten()
    });
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    // A link is an HTML element, a map marker an SVG one.
    let focused = back.is_some_and(|el| match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(html) => html.focus_with_options(&opts).is_ok(),
        Err(el) => el
            .dyn_into::<web_sys::SvgElement>()
            .is_ok_and(|svg| svg.focus_with_options(&opts).is_ok()),
    });
    if !focused {
        dom::focus_page_heading();
    }
}
