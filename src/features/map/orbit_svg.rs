//! The SVG orbit map: every placed stakeholder around the business, nearer the centre the
//! more inside they are, in a sector for their type.

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::features::hearing::map_lines::lines_markup;
use crate::features::map::dots::Dot;
use crate::features::map::geometry::{density, marker_reach, LABEL_MAX, VIEW_BOX};
use crate::features::map::interaction::{
    into_card, mark_picked, marker_id, move_marker_focus, set_if_changed, take_tab_stop,
    ActiveMarker,
};
use crate::features::map::labels::place_labels;
use crate::features::map::markup::{backdrop_markup, labels_markup, markers_markup};
use crate::i18n::K;

/// The SVG orbit map of `dots`. With `active` it is interactive: markers take focus, describe
/// themselves, report hover and focus, and open the stakeholder on click, Enter or Space.
/// Without it, it is a static picture (the printed report).
#[component]
pub fn OrbitSvg(
    /// Markers to draw, already filtered.
    #[prop(into)]
    dots: Signal<Vec<Dot>>,
    /// Hover and focus state for the details card; `None` for a static map.
    #[prop(optional)]
    active: Option<ActiveMarker>,
    /// The marker picked here or in the name list: ringed, and its entry in the list with it.
    #[prop(optional)]
    picked: Option<RwSignal<Option<u32>>>,
) -> impl IntoView {
    let store = use_store();
    let interactive = active.is_some();
    let count = Memo::new(move |_| dots.with(|v| v.len()));
    let labels = Memo::new(move |_| {
        dots.with(|v| {
            if v.len() > LABEL_MAX {
                return Vec::new();
            }
            let items: Vec<(u32, f64, f64, &str)> = v
                .iter()
                .map(|d| (d.id, d.x, d.y, d.name.as_str()))
                .collect();
            place_labels(&items, marker_reach(v.len()))
        })
    });
    // One string for all markers: a thousand of them parse in a few milliseconds, while
    // building them node by node takes most of a second. It is set here rather than by an
    // `inner_html` attribute, so the picked marker is marked on the markers just drawn, and
    // picking another only marks it.
    let markers = NodeRef::<leptos::svg::G>::new();
    Effect::new(move |_| {
        let html = dots.with(|v| markers_markup(v, store.lang.get(), interactive));
        if let Some(g) = markers.get() {
            g.set_inner_html(&html);
            mark_picked(&g, picked.and_then(|p| p.get_untracked()));
        }
    });
    Effect::new(move |_| {
        let id = picked.and_then(|p| p.get());
        if let Some(g) = markers.get_untracked() {
            mark_picked(&g, id);
        }
    });
    let open = move |id: u32| store.go(View::Stakeholder(id));
    // On a touch screen there is no hover: the first tap on a marker shows its card (which has
    // its own Open button), and a tap on the marker whose card is showing opens it.
    // `Some(card shown when the finger came down)` for a touch press, `None` otherwise.
    let touch_press = StoredValue::new(None::<Option<u32>>);
    let on_press = move |ev: leptos::ev::PointerEvent| {
        let shown = active.and_then(|a| a.get_untracked());
        touch_press.set_value((ev.pointer_type() == "touch").then_some(shown));
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !interactive {
            return;
        }
        let Some(id) = marker_id(&ev) else { return };
        if let Some(p) = picked {
            set_if_changed(p, Some(id));
        }
        match touch_press.get_value() {
            Some(shown) if shown != Some(id) => {
                if let Some(a) = active {
                    set_if_changed(a.focused, Some(id));
                    set_if_changed(a.hovered, Some(id));
                }
            }
            _ => open(id),
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if !interactive {
            return;
        }
        let key = ev.key();
        if key == "Enter" || key == " " {
            if let Some(id) = marker_id(&ev) {
                ev.prevent_default();
                open(id);
            }
        } else if move_marker_focus(&ev, &key) {
            ev.prevent_default();
        }
    };
    let on_over = move |ev: leptos::ev::MouseEvent| {
        if let Some(a) = active {
            set_if_changed(a.hovered, marker_id(&ev));
        }
    };
    let on_leave = move |_| {
        if let Some(a) = active {
            set_if_changed(a.hovered, None);
        }
    };
    let on_focus_in = move |ev: leptos::ev::FocusEvent| {
        take_tab_stop(&ev);
        if let Some(a) = active {
            set_if_changed(a.focused, marker_id(&ev));
        }
    };
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        // Tab from a marker goes to its card's Open link: the card must stay to receive it.
        if let Some(a) = active {
            if !into_card(&ev) {
                set_if_changed(a.focused, None);
            }
        }
    };

    view! {
        <svg
            class=move || format!("orbit-map orbit-map--{}", density(count.get()).1)
            viewBox=VIEW_BOX
            role="group"
            aria-label=store.tr(K::MapLabel)
            data-testid=if interactive { "orbit-map" } else { "report-map" }
            on:pointerdown=on_press
            on:click=on_click
            on:keydown=on_key
            on:mouseover=on_over
            on:mouseleave=on_leave
            on:focusin=on_focus_in
            on:focusout=on_focus_out
        >
            <g class="orbit-map__backdrop" aria-hidden="true" inner_html=move || backdrop_markup(store.lang.get())></g>
            <g class="orbit-map__heard" inner_html=move || dots.with(|v| lines_markup(v, store.lang.get()))></g>
            <g class="orbit-map__markers" node_ref=markers></g>
            <g class="orbit-map__labels" aria-hidden="true" inner_html=move || labels.with(|l| labels_markup(l))></g>
        </svg>
    }
}
