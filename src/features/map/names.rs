//! The names on the map as a list, ordered by position on the axis (most inside first): on a
//! phone the names are read here, on a wide screen it sits beside the map. A tap on an entry
//! rings its marker; a tap on a marker marks its entry.

use std::fmt::Write;

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::classes::{band_class, type_class};
use crate::components::markup::{esc, shape};
use crate::components::show_more::ShowMore;
use crate::domain::{order, Lang};
use crate::features::map::dots::Dot;
use crate::features::map::interaction::{id_within, set_if_changed, ActiveMarker};
use crate::i18n::{fill, plural, K};
use crate::web::dom::{scroll_to, scroll_within};

/// How many more names each "Show more" adds to a long list.
const PAGE: usize = 100;

/// The dots in list order: most inside first, then by name.
pub fn by_axis(dots: &[Dot]) -> Vec<&Dot> {
    // Each name lower-cased once, not at every comparison (a map can hold thousands).
    let mut v: Vec<(String, &Dot)> = dots.iter().map(|d| (d.name.to_lowercase(), d)).collect();
    order::sort_by(&mut v, |(a_name, a), (b_name, b)| {
        b.axis
            .cmp(&a.axis)
            .then_with(|| a_name.cmp(b_name))
            .then(a.id.cmp(&b.id))
    });
    v.into_iter().map(|(_, d)| d).collect()
}

/// The list's entries as markup: one button per name, with its type's shape and health
/// colour and its place on the axis. Built as one string, as the markers are: a map of
/// thousands gets its list in one go.
pub fn entries_markup(dots: &[&Dot], lang: Lang) -> String {
    let mut out = String::with_capacity(dots.len() * 360);
    for d in dots {
        let t = d.types.first().copied();
        let axis = fill(K::AxisValue.get(lang), &[("n", &d.axis.to_string())]);
        let _ = write!(
            out,
            "<li><button type=\"button\" class=\"names__entry\" data-testid=\"name-entry\" data-id=\"{}\">\
             <svg class=\"names__icon\" viewBox=\"-16 -16 32 32\" aria-hidden=\"true\">\
             <g class=\"orbit-map__marker--{} orbit-map__marker--{}\">{}</g></svg>\
             <bdi class=\"names__name\">{}</bdi><span class=\"names__axis\">{}</span></button></li>",
            d.id,
            t.map(type_class).unwrap_or("none"),
            band_class(d.band()),
            shape(t, 12.0),
            esc(&d.name),
            esc(&axis),
        );
    }
    out
}

/// The list of names beside (or, on a phone, under) the map.
#[component]
pub fn NameList(
    #[prop(into)] dots: Signal<Vec<Dot>>,
    picked: RwSignal<Option<u32>>,
    active: ActiveMarker,
) -> impl IntoView {
    let store = use_store();
    let list = NodeRef::<leptos::html::Ol>::new();
    // A long list comes a page at a time, as the stakeholder list does.
    let limit = RwSignal::new(PAGE);
    let entries = Memo::new(move |_| {
        let lang = store.lang.get();
        let shown = limit.get();
        dots.with(|v| {
            let ordered = by_axis(v);
            entries_markup(&ordered[..ordered.len().min(shown)], lang)
        })
    });
    // The picked name is marked, and brought into view within the list (the page stays)
    // when it was picked on the map; one further down shows more of the list first.
    let scroll_pending = StoredValue::new(false);
    let show_picked = move |ol: &web_sys::Element| {
        let id = picked.get_untracked();
        let found = mark_current(ol, id);
        match id {
            Some(id) if found && scroll_pending.get_value() => {
                scroll_pending.set_value(false);
                request_animation_frame(move || {
                    scroll_within(".names__list", &format!(".names__entry[data-id=\"{id}\"]"));
                });
            }
            Some(id) if !found => {
                let at = dots.with_untracked(|v| by_axis(v).iter().position(|d| d.id == id));
                if let Some(at) = at {
                    limit.set((at / PAGE + 1) * PAGE);
                }
            }
            _ => {}
        }
    };
    // The entries are drawn here rather than by an `inner_html` attribute, so the mark is
    // set on the entries just drawn.
    Effect::new(move |_| {
        let html = entries.get();
        if let Some(ol) = list.get() {
            ol.set_inner_html(&html);
            show_picked(&ol);
        }
    });
    Effect::new(move |_| {
        picked.track();
        scroll_pending.set_value(true);
        if let Some(ol) = list.get_untracked() {
            show_picked(&ol);
        }
    });
    let pick = move |ev: leptos::ev::MouseEvent| {
        let Some(id) = id_within(&ev, ".names__entry") else {
            return;
        };
        picked.set(Some(id));
        set_if_changed(active.focused, Some(id));
        request_animation_frame(move || {
            scroll_to(&format!(".orbit-map__marker[data-id=\"{id}\"]"));
        });
    };
    let count = move || dots.with(Vec::len);
    view! {
        <section class="names" aria-labelledby="names-title" data-testid="name-list">
            <h3 id="names-title" class="names__title">
                {store.tr(K::NamesHeading)}
                " "
                <span class="panel__count">{move || plural(count(), K::PeopleOne, K::PeopleN, store.lang.get())}</span>
            </h3>
            <p class="names__hint muted">{store.tr(K::NamesHint)}</p>
            <ol class="names__list" node_ref=list on:click=pick></ol>
            <ShowMore limit=limit total=Signal::derive(count) page=PAGE showing_id="names-showing" more_id="names-more"/>
        </section>
    }
}

/// Marks the entry of `id` as the current one, and no other; false when it is not shown.
fn mark_current(list: &web_sys::Element, id: Option<u32>) -> bool {
    if let Ok(Some(old)) = list.query_selector(".names__entry[aria-current]") {
        let _ = old.remove_attribute("aria-current");
    }
    let Some(id) = id else { return false };
    match list.query_selector(&format!(".names__entry[data-id=\"{id}\"]")) {
        Ok(Some(entry)) => entry.set_attribute("aria-current", "true").is_ok(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::CustomerType;
    use crate::features::map::dots::tests::test_dot;

    #[test]
    fn names_are_listed_most_inside_first() {
        let dots = vec![
            test_dot(1, "Zoe", 20, &[CustomerType::Loyal], None),
            test_dot(2, "bea", 90, &[], Some(80)),
            test_dot(3, "Ana", 90, &[CustomerType::Operative], Some(10)),
            test_dot(4, "Luis", 50, &[], None),
        ];
        let names: Vec<&str> = by_axis(&dots).iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["Ana", "bea", "Luis", "Zoe"]);
    }

    #[test]
    fn entries_are_buttons_with_the_name_isolated_and_escaped() {
        let dots = vec![
            test_dot(
                7,
                "<b>Ana</b> \u{202e}x",
                90,
                &[CustomerType::Operative],
                Some(80),
            ),
            test_dot(9, "Luis", 20, &[], None),
        ];
        let html = entries_markup(&by_axis(&dots), Lang::En);
        assert_eq!(html.matches("<li><button type=\"button\"").count(), 2);
        assert!(html.contains("data-id=\"7\""), "{html}");
        assert!(
            html.contains("<bdi class=\"names__name\">&lt;b&gt;Ana&lt;/b&gt; \u{202e}x</bdi>"),
            "{html}"
        );
        assert!(!html.contains("<b>"));
        // Most inside first.
        assert!(html.find("data-id=\"7\"") < html.find("data-id=\"9\""));
    }
}
