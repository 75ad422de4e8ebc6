//! The names on the map as a list, ordered by position on the axis (most inside first): on a
//! phone the names are read here, on a wide screen it sits beside the map. A tap on an entry
//! rings its marker; a tap on a marker marks its entry.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::classes::{band_class, type_class};
use crate::components::markup::shape;
use crate::domain::order;
use crate::features::map::dots::Dot;
use crate::features::map::interaction::{set_if_changed, ActiveMarker};
use crate::i18n::{fill, plural, K};
use crate::web::dom::{scroll_to, scroll_within};

/// The dots in list order: most inside first, then by name.
pub fn by_axis(dots: &[Dot]) -> Vec<&Dot> {
    let mut v: Vec<&Dot> = dots.iter().collect();
    order::sort_by(&mut v, |a, b| {
        b.axis
            .cmp(&a.axis)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then(a.id.cmp(&b.id))
    });
    v
}

/// The list of names beside (or, on a phone, under) the map.
#[component]
pub fn NameList(
    #[prop(into)] dots: Signal<Vec<Dot>>,
    picked: RwSignal<Option<u32>>,
    active: ActiveMarker,
) -> impl IntoView {
    let store = use_store();
    // A marker picked on the map brings its entry into view: the list scrolls, the page stays.
    Effect::new(move |_| {
        if let Some(id) = picked.get() {
            request_animation_frame(move || {
                scroll_within(".names__list", &format!(".names__entry[data-id=\"{id}\"]"));
            });
        }
    });
    let pick = move |id: u32| {
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
            <ol class="names__list">
                {move || {
                    let lang = store.lang.get();
                    dots.with(|v| {
                        by_axis(v)
                            .into_iter()
                            .map(|d| {
                                let id = d.id;
                                let t = d.types.first().copied();
                                let icon = format!(
                                    "<g class=\"orbit-map__marker--{} orbit-map__marker--{}\">{}</g>",
                                    t.map(type_class).unwrap_or("none"),
                                    band_class(d.band()),
                                    shape(t, 12.0)
                                );
                                let axis = fill(K::AxisValue.get(lang), &[("n", &d.axis.to_string())]);
                                view! {
                                    <li>
                                        <button type="button" class="names__entry" data-testid="name-entry" data-id=id
                                            aria-current=move || (picked.get() == Some(id)).then_some("true")
                                            on:click=move |_| pick(id)>
                                            <svg class="names__icon" viewBox="-16 -16 32 32" aria-hidden="true" inner_html=icon></svg>
                                            <bdi class="names__name">{d.name.clone()}</bdi>
                                            <span class="names__axis">{axis}</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    })
                }}
            </ol>
        </section>
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
}
