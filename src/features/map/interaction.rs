//! Pointer and keyboard on the map's markers: which marker is pointed at or focused, the map
//! as a single Tab stop, and the arrow keys that move between markers.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The marker under a pointer or keyboard event, if any.
pub fn marker_id(ev: &web_sys::Event) -> Option<u32> {
    id_within(ev, ".orbit-map__marker[data-id]")
}

/// The `data-id` of the element matching `selector` that an event landed in, if any.
pub fn id_within(ev: &web_sys::Event, selector: &str) -> Option<u32> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(selector)
        .ok()??
        .get_attribute("data-id")?
        .parse()
        .ok()
}

/// The class of the marker picked on the map or in the name list (ringed).
const PICKED: &str = "orbit-map__marker--picked";

/// Marks the marker of `id` in `group` as picked (ringed, and current), and no other. Picking
/// marks two markers instead of drawing them all again.
pub fn mark_picked(group: &web_sys::Element, id: Option<u32>) {
    if let Ok(Some(old)) = group.query_selector(&format!(":scope > .{PICKED}")) {
        let _ = old.class_list().remove_1(PICKED);
        let _ = old.remove_attribute("aria-current");
    }
    let Some(id) = id else { return };
    if let Ok(Some(marker)) = group.query_selector(&format!(":scope > [data-id=\"{id}\"]")) {
        let _ = marker.class_list().add_1(PICKED);
        let _ = marker.set_attribute("aria-current", "true");
    }
}

/// Where an arrow key moves focus among `len` markers from the one at `at`: Right and Down go
/// to the next marker (around the clock), Left and Up to the previous one, Home and End to the
/// first and last; both ends wrap. `None` for any other key.
pub fn roving_target(key: &str, at: usize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    match key {
        "ArrowRight" | "ArrowDown" => Some((at + 1) % len),
        "ArrowLeft" | "ArrowUp" => Some((at + len - 1) % len),
        "Home" => Some(0),
        "End" => Some(len - 1),
        _ => None,
    }
}

/// The marker an event happened on (the event's own target, not a child) and the group
/// holding all markers.
fn event_marker(ev: &web_sys::Event) -> Option<(web_sys::Element, web_sys::Element)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    if !el.has_attribute("data-id") {
        return None;
    }
    let group = el.parent_element()?;
    Some((el, group))
}

/// The map is one Tab stop: only one marker has `tabindex="0"` (the first, or the last one
/// focused) and the arrow keys move between them. Makes the marker that just took focus the
/// map's Tab stop.
pub fn take_tab_stop(ev: &web_sys::FocusEvent) {
    let Some((el, group)) = event_marker(ev) else {
        return;
    };
    if el.get_attribute("tabindex").as_deref() != Some("-1") {
        return;
    }
    if let Ok(Some(old)) = group.query_selector(":scope > [tabindex=\"0\"]") {
        let _ = old.set_attribute("tabindex", "-1");
    }
    let _ = el.set_attribute("tabindex", "0");
}

/// Moves focus to the marker an arrow key points at; `true` if it did.
pub fn move_marker_focus(ev: &web_sys::KeyboardEvent, key: &str) -> bool {
    let Some((el, group)) = event_marker(ev) else {
        return false;
    };
    let markers = group.children();
    let len = markers.length() as usize;
    let Some(at) = (0..len).find(|&i| markers.item(i as u32).as_ref() == Some(&el)) else {
        return false;
    };
    let Some(to) = roving_target(key, at, len) else {
        return false;
    };
    match markers
        .item(to as u32)
        .and_then(|m| m.dyn_into::<web_sys::SvgElement>().ok())
    {
        Some(m) => m.focus().is_ok(),
        None => false,
    }
}

/// Whether focus is moving into the marker card.
pub fn into_card(ev: &web_sys::FocusEvent) -> bool {
    ev.related_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".marker-card").ok().flatten())
        .is_some()
}

/// The marker being pointed at and the one with keyboard focus.
#[derive(Clone, Copy)]
pub struct ActiveMarker {
    pub hovered: RwSignal<Option<u32>>,
    pub focused: RwSignal<Option<u32>>,
}

impl Default for ActiveMarker {
    fn default() -> ActiveMarker {
        ActiveMarker {
            hovered: RwSignal::new(None),
            focused: RwSignal::new(None),
        }
    }
}

impl ActiveMarker {
    pub fn get(&self) -> Option<u32> {
        self.hovered.get().or_else(|| self.focused.get())
    }

    pub fn get_untracked(&self) -> Option<u32> {
        self.hovered
            .get_untracked()
            .or_else(|| self.focused.get_untracked())
    }
}

pub fn set_if_changed(s: RwSignal<Option<u32>>, v: Option<u32>) {
    // Focus leaves a marker as the view is torn down (opening a stakeholder), when the
    // signal may already be gone.
    if s.try_get_untracked().is_some_and(|now| now != v) {
        let _ = s.try_set(v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_keys_move_around_the_markers_and_wrap() {
        assert_eq!(roving_target("ArrowRight", 0, 3), Some(1));
        assert_eq!(roving_target("ArrowDown", 2, 3), Some(0));
        assert_eq!(roving_target("ArrowLeft", 0, 3), Some(2));
        assert_eq!(roving_target("ArrowUp", 2, 3), Some(1));
        assert_eq!(roving_target("Home", 2, 3), Some(0));
        assert_eq!(roving_target("End", 0, 3), Some(2));
        assert_eq!(roving_target("Tab", 0, 3), None);
        assert_eq!(roving_target("ArrowRight", 0, 0), None);
        assert_eq!(roving_target("ArrowRight", 0, 1), Some(0));
    }
}
