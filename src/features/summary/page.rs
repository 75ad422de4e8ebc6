//! The Summary tab: how many people are inside and outside, how each side is doing (with the
//! inside-to-outside chain insight), the five actions that would help most across the map, and
//! the printed report.

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::{use_placements, use_store};
use crate::components::list::{keyed_list, row};
use crate::components::show::{show_else, show_if};
use crate::components::text::isolated;
use crate::domain::hearing::suggestions_for;
use crate::domain::suggestions::Suggestion;
use crate::domain::summary::summarize;
use crate::features::hearing::disagreements::Disagreements;
use crate::features::map::dots::placed;
use crate::features::summary::actions::{top_actions, TOP_N};
use crate::features::summary::cards::{chain_markup, counts_markup};
use crate::features::summary::report::Report;
use crate::features::summary::top_action::TopAction;
use crate::i18n::{fill, fmt_int, one_or_many, user, K};

/// Up to this many placed stakeholders the printed report is kept ready at all times.
const EAGER_REPORT_MAX: usize = 150;

/// The Summary tab and, for printing, the full report.
#[component]
pub fn SummaryView() -> impl IntoView {
    let store = use_store();
    let placements = use_placements();
    let lang = move || store.lang.get();

    let summary = Memo::new(move |_| {
        placements.0.with(|ps| {
            store
                .with_map(|m| summarize(m.stakeholders.len(), placed(m, ps).map(|(_, p)| p)))
                .unwrap_or_else(|| summarize(0, []))
        })
    });
    let actions = Memo::new(move |_| {
        placements.0.with(|ps| {
            store
                .with_map(|m| {
                    let per_person: Vec<(u32, Vec<Suggestion>)> = placed(m, ps)
                        .map(|(s, p)| (s.id, suggestions_for(m, s.id, p, &s.answers)))
                        .collect();
                    top_actions(&per_person, TOP_N)
                })
                .unwrap_or_default()
        })
    });
    let map_name = move || store.with_map(|m| m.name.clone()).unwrap_or_default();
    // The report is built for printing only on big maps, where keeping thousands of hidden
    // nodes would slow every change; `beforeprint` covers the browser's own Print command.
    let printing = RwSignal::new(false);
    let before = window_event_listener_untyped("beforeprint", move |_| {
        let _ = printing.try_set(true);
    });
    let after = window_event_listener_untyped("afterprint", move |_| {
        let _ = printing.try_set(false);
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    let placed_any = move || summary.with(|s| s.placed > 0);
    let show_report = move || printing.get() || summary.with(|s| s.placed <= EAGER_REPORT_MAX);
    let print = move |_| {
        printing.set(true);
        // One frame for the report to render before the print dialog takes its snapshot.
        request_animation_frame(|| {
            let _ = window().print();
        });
    };

    view! {
        <section class="panel summary" aria-labelledby="summary-title" data-testid="summary">
            <header class="report-head print-only">
                <p class="report-head__title">{move || isolated(&fill(store.t(K::ReportTitle), &[("name", &user(&map_name()))]))}</p>
                <p class="report-head__date">
                    {move || fill(store.t(K::ReportDate), &[("date", &crate::i18n::fmt_date(&crate::web::dom::today_iso(), lang()))])}
                </p>
            </header>
            <div class="panel__head">
                <div>
                    <h2 id="summary-title" class="panel__title">{store.tr(K::SummaryHeading)}</h2>
                    <p class="muted summary__intro">{store.tr(K::SummaryIntro)}</p>
                </div>
                {show_if(placed_any, move || view! {
                    <button type="button" class="btn no-print" data-testid="summary-print" on:click=print>
                        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                            <path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z" fill="none"></path>
                        </svg>
                        {store.tr(K::PrintReport)}
                    </button>
                })}
            </div>
            <p class="summary__placed" data-testid="placed-of-total">
                {move || summary.with(|s| {
                    let key = one_or_many(s.total, K::PlacedOfOne, K::PlacedOfTotal);
                    fill(store.t(key), &[("k", &fmt_int(s.placed, lang())), ("n", &fmt_int(s.total, lang()))])
                })}
            </p>
            {show_else(placed_any, move || view! {
            <div class="summary__grid" inner_html=move || summary.with(|s| counts_markup(s, lang()))></div>

            <section class="summary-card summary-chain" aria-labelledby="chain-title" data-testid="chain"
                inner_html=move || summary.with(|s| chain_markup(s, lang()))>
            </section>
            <Disagreements/>

            <section class="summary-card" aria-labelledby="top-title" data-testid="top-actions">
                <h3 id="top-title" class="summary-card__title">{store.tr(K::TopActions)}</h3>
                {show_else(move || actions.with(|a| !a.is_empty()), move || view! {
                    <p class="muted summary-card__intro">{store.tr(K::TopActionsIntro)}</p>
                    <ol class="top-actions">
                        {keyed_list(move || actions.get().into_iter().enumerate().map(|(i, a)| {
                            row((i, a.lever, a.priority, a.people.clone()), move || view! { <TopAction rank=i + 1 action=a/> })
                        }).collect())}
                    </ol>
                }, move || view! { <p class="muted">{store.tr(K::NoTopActions)}</p> })}
            </section>
            }, move || view! {
                <div class="summary__empty" data-testid="summary-empty">
                    <p>{store.tr(K::SummaryEmpty)}</p>
                    <a class="btn btn--primary" href=format!("#{}", View::List.path())
                        on:click=move |ev| { ev.prevent_default(); store.go(View::List); }>
                        {store.tr(K::GoToList)}
                    </a>
                </div>
            })}
        </section>
        {show_if(show_report, move || view! {
            <Report/>
        })}
    }
}
