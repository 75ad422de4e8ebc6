//! What happens when the page in `<main>` changes: a new page starts at the top, and back or
//! forward returns to where that page was scrolled; focus lost with the old page (the link or
//! button that was pressed is gone) goes to the new page's heading, so keyboard and
//! screen-reader users start reading there rather than at the end of the document.

use crate::route::View;
use crate::ui::dom;
use leptos::prelude::*;

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
            request_animation_frame(settle);
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

/// Called as the address moves to another page, before that page renders: goes to the top,
/// or to where a revisited page was. Done now, while the old page's layout is still clean,
/// it costs next to nothing; after the new page renders it would force a layout of it.
pub fn before_change() {
    window().scroll_to_with_x_and_y(0.0, saved_y());
}

/// After the new page has rendered: a revisited page's scroll position (the old page may
/// have been too short to reach it), then focus if it was lost.
fn settle() {
    let y = saved_y();
    if y > 0.0 {
        window().scroll_to_with_x_and_y(0.0, y);
    }
    // Focus once the page is painted: `focus()` lays the page out first, which for a map of a
    // thousand markers would hold up its first frame.
    set_timeout(rescue_focus, std::time::Duration::ZERO);
}

/// Puts lost focus on the page's heading.
fn rescue_focus() {
    if dom::focus_lost() {
        dom::focus_page_heading();
    }
}
