//! The map's filter checkboxes: one group each for sides, types and health.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::classes::{band_class, side_class, type_class};
use crate::components::markup::shape;
use crate::domain::model::{Band, CustomerType, Side};
use crate::domain::Text;
use crate::features::map::dots::{FilterKind, Filters};
use crate::i18n::K;

/// One checkbox's test id, label and icon.
fn filter_items(g: FilterKind) -> Vec<(&'static str, Text, Option<AnyView>)> {
    match g {
        FilterKind::Side => Side::ALL
            .into_iter()
            .map(|s| {
                let icon = view! { <span class=format!("legend__swatch legend__swatch--{}", side_class(s)) aria-hidden="true"></span> };
                (s.id(), s.label(), Some(icon.into_any()))
            })
            .collect(),
        FilterKind::Type => CustomerType::ALL
            .into_iter()
            .map(|t| {
                let icon = view! {
                    <svg class=format!("filter__icon orbit-map__marker--{}", type_class(t)) viewBox="-7 -7 14 14" aria-hidden="true"
                        inner_html=shape(Some(t), 6.0)></svg>
                };
                (t.id(), t.label(), Some(icon.into_any()))
            })
            .chain(std::iter::once(("no-type", K::NoType.text(), None)))
            .collect(),
        FilterKind::Health => Band::ALL
            .into_iter()
            .map(|b| {
                let icon = view! {
                    <span class=format!("health-dot health-dot--{}", band_class(Some(b))) aria-hidden="true"><span class="health-dot__dot"></span></span>
                };
                (b.id(), b.label(), Some(icon.into_any()))
            })
            .chain(std::iter::once(("no-health", K::HealthUnknownShort.text(), None)))
            .collect(),
    }
}

/// One group of filter checkboxes with an "All" reset.
#[component]
pub fn FilterGroup(legend: K, kind: FilterKind, filters: RwSignal<Filters>) -> impl IntoView {
    let store = use_store();
    let all = move || filters.with(|f| f.group(kind).iter().all(|x| *x));
    let reset = move |_| filters.update(|f| f.group_mut(kind).iter_mut().for_each(|x| *x = true));
    let boxes = filter_items(kind)
        .into_iter()
        .enumerate()
        .map(|(i, (id, label, icon))| {
            let checked = move || filters.with(|f| f.group(kind)[i]);
            view! {
                <label class="filter">
                    <input type="checkbox" data-testid=format!("filter-{id}")
                        prop:checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            filters.update(|f| f.group_mut(kind)[i] = on);
                        } />
                    {icon}
                    <span>{move || label.get(store.lang.get())}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="filters__group">
            <legend class="filters__legend">{move || store.t(legend)}</legend>
            <div class="filters__items">
                {boxes}
                <button type="button" class="btn btn--small btn--ghost filters__all" disabled=all on:click=reset>
                    {store.tr(K::All)}
                </button>
            </div>
        </fieldset>
    }
}
