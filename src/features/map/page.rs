//! The Map tab: filters, the orbit map with its details card and legend, or the same data as
//! a table.

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::{use_placements, use_store};
use crate::components::show::{show_else, show_if};
use crate::features::map::dots::{map_dots, FilterKind, Filters};
use crate::features::map::filters::FilterGroup;
use crate::features::map::geometry::PHONE_ZOOM;
use crate::features::map::interaction::ActiveMarker;
use crate::features::map::legend::Legend;
use crate::features::map::marker_card::MarkerCard;
use crate::features::map::names::NameList;
use crate::features::map::orbit_svg::OrbitSvg;
use crate::features::map::table::MapTable;
use crate::i18n::{fill, fmt_int, K};

/// Whether the screen is phone-narrow (the same query as map.css), kept current.
#[derive(Clone, Copy)]
struct PhoneWidth(RwSignal<bool>);

/// Starts watching the screen width; called once by the app.
pub fn watch_phone_width() {
    provide_context(PhoneWidth(crate::web::dom::media_signal(
        "(max-width: 600px)",
    )));
}

/// [`PHONE_ZOOM`] on a phone-narrow screen, else 1.
fn phone_zoom() -> Signal<f64> {
    let narrow = use_context::<PhoneWidth>().map(|p| p.0);
    Signal::derive(move || {
        if narrow.is_some_and(|n| n.get()) {
            PHONE_ZOOM
        } else {
            1.0
        }
    })
}

/// The Map tab: filters, the orbit map with details and legend, or the same data as a table.
#[component]
pub fn MapView() -> impl IntoView {
    let store = use_store();
    let data = map_dots(store, use_placements(), phone_zoom());
    let filters = RwSignal::new(Filters::default());
    let as_table = Memo::new(move |_| store.route.with(|r| r.view == View::MapTable));
    let active = ActiveMarker::default();
    let picked = RwSignal::new(None::<u32>);
    let visible = Memo::new(move |_| {
        let f = filters.get();
        data.with(|m| {
            m.dots
                .iter()
                .filter(|d| f.keeps(d))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let placed = move || data.with(|m| m.dots.len());
    let unplaced = move || data.with(|m| m.total - m.dots.len());
    // Filters start folded on phones, where they would push the map off the screen.
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w > 600.0);
    let card_dot = Signal::derive(move || {
        let id = active.get()?;
        visible.with(|v| v.iter().find(|d| d.id == id).cloned())
    });

    let lang = move || store.lang.get();

    let toggle = move |table: bool, key: K, testid: &'static str| {
        view! {
            <button type="button" class="seg__btn" data-testid=testid
                aria-pressed=move || if as_table.get() == table { "true" } else { "false" }
                on:click=move |_| store.replace_view(if table { View::MapTable } else { View::Map })>
                {move || store.t(key)}
            </button>
        }
    };

    view! {
        <section class="panel orbit" aria-labelledby="map-title" data-testid="map-view">
            <div class="panel__head orbit__head">
                <div class="orbit__titles">
                    <h2 id="map-title" class="panel__title">{store.tr(K::MapHeading)}</h2>
                    <p class="orbit__intro muted">{store.tr(K::MapIntro)}</p>
                </div>
                {show_if(move || { placed() > 0 }, move || view! {
                    <div class="seg no-print" role="group" aria-label=store.tr(K::MapHeading)>
                        {toggle(false, K::ShowMap, "show-map")}
                        {toggle(true, K::ShowTable, "show-table")}
                    </div>
                })}
            </div>
            {show_else(move || { placed() > 0 }, move || view! {
                <details class="filters no-print" open=wide>
                    <summary class="filters__summary">{store.tr(K::Filters)}</summary>
                    <div class="filters__groups">
                        <FilterGroup legend=K::FilterSide kind=FilterKind::Side filters=filters/>
                        <FilterGroup legend=K::FilterType kind=FilterKind::Type filters=filters/>
                        <FilterGroup legend=K::FilterHealth kind=FilterKind::Health filters=filters/>
                    </div>
                </details>
                <p class="orbit__status" role="status">
                    <span data-testid="showing">
                        {move || fill(store.t(K::ShowingN), &[
                            ("k", &fmt_int(visible.with(|v| v.len()), lang())),
                            ("n", &fmt_int(placed(), lang())),
                        ])}
                    </span>
                    {show_if(move || { unplaced() > 0 }, move || view! {
                        <span class="orbit__unplaced" data-testid="unplaced">
                            {move || fill(store.t(K::Unplaced), &[("n", &fmt_int(unplaced(), lang()))])}
                        </span>
                    })}
                </p>
                {show_if(move || visible.with(|v| v.is_empty()), move || view! {
                    <p class="orbit__none notice" data-testid="no-matches">
                        {store.tr(K::NoFilterMatches)} " "
                        <button type="button" class="btn btn--small" on:click=move |_| filters.set(Filters::default())>
                            {store.tr(K::ClearFilters)}
                        </button>
                    </p>
                })}
                {show_else(move || as_table.get(), move || view! {
                    <MapTable dots=visible/>
                }, move || view! {
                        <div class="orbit__layout">
                            <figure class="orbit__figure">
                                <OrbitSvg dots=visible active=active picked=picked/>
                            </figure>
                            <aside class="orbit__aside">
                                <MarkerCard dot=card_dot active=active/>
                                <NameList dots=visible picked=picked active=active/>
                            </aside>
                        </div>
                        <Legend/>
                    })}
            }, move || view! {
                    <div class="orbit__empty" data-testid="map-empty">
                        <svg class="orbit__empty-art" viewBox="-50 -50 100 100" aria-hidden="true">
                            <circle class="orbit__empty-ring" r="44"></circle>
                            <circle class="orbit__empty-ring" r="28"></circle>
                            <circle class="orbit-map__core" r="12"></circle>
                        </svg>
                        <div>
                            <p class="orbit__empty-text">{store.tr(K::MapEmpty)}</p>
                            {show_if(move || { unplaced() > 0 }, move || view! {
                                <p class="muted">{move || fill(store.t(K::Unplaced), &[("n", &fmt_int(unplaced(), lang()))])}</p>
                            })}
                            <a class="btn btn--primary" href=format!("#{}", View::List.path())
                                on:click=move |ev| { ev.prevent_default(); store.go(View::List); }>
                                {store.tr(K::GoToList)}
                            </a>
                        </div>
                    </div>
                })}
        </section>
    }
}
