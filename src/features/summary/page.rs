//! The Summary tab: how many people are inside and outside, how each side is doing (with the
//! inside-to-outside chain insight), the five actions that would help most across the map, and
//! the printed report.

use std::collections::HashMap;
use std::fmt::Write;

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::{use_placements, use_store};
use crate::components::classes::{band_class, side_class};
use crate::components::list::{keyed_list, row};
use crate::components::markup::{esc, num, push_chip};
use crate::components::show::{show_else, show_if};
use crate::domain::model::{Band, CustomerType, Side};
use crate::domain::order;
use crate::domain::suggestions::{self, suggest, Suggestion};
use crate::domain::summary::{summarize, MapSummary};
use crate::domain::{Lang, Text};
use crate::features::map::dots::placed;
use crate::features::summary::report::Report;
use crate::i18n::{fill, fmt_int, K};

/// How many actions the dashboard proposes.
pub const TOP_N: usize = 5;
/// Up to this many placed stakeholders the printed report is kept ready at all times.
const EAGER_REPORT_MAX: usize = 150;
/// Share (%) of an action's priority that comes from its best score; the rest from its reach.
const SCORE_WEIGHT: u32 = 70;

/// One lever proposed for the whole map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapAction {
    pub lever: &'static str,
    /// 0–100: mostly how urgent it is for the person who needs it most, partly how many it serves.
    pub priority: u8,
    /// Stakeholders it was suggested for, most urgent first.
    pub people: Vec<u32>,
    /// Why, from the stakeholder who needs it most.
    pub why: Text,
}

/// Merges every stakeholder's suggestions into map-wide actions, one per lever, best first.
///
/// `priority = round(0.7 · best score + 0.3 · 100 · people served / placed)`, so a lever that
/// is urgent for one person still ranks, and one that helps many ranks higher. Ties go to the
/// lever serving more people, then to catalogue order.
pub fn top_actions(per_person: &[(u32, Vec<Suggestion>)], limit: usize) -> Vec<MapAction> {
    /// What one lever gathers across people.
    struct Tally {
        best: u8,
        why: Text,
        /// `(score, stakeholder id)`.
        people: Vec<(u8, u32)>,
    }
    let placed = per_person.len().max(1) as u32;
    let mut by_lever: HashMap<&'static str, Tally> = HashMap::new();
    for (id, list) in per_person {
        for s in list {
            let e = by_lever.entry(s.lever.id).or_insert(Tally {
                best: s.score,
                why: s.why,
                people: Vec::new(),
            });
            if s.score > e.best {
                e.best = s.score;
                e.why = s.why;
            }
            e.people.push((s.score, *id));
        }
    }
    let order = |id: &str| {
        suggestions::levers()
            .iter()
            .position(|l| l.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut out: Vec<MapAction> = by_lever
        .into_iter()
        .map(
            |(
                lever,
                Tally {
                    best,
                    why,
                    mut people,
                },
            )| {
                order::sort_by(&mut people, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                let reach = 100 * people.len() as u32 / placed;
                let priority =
                    (SCORE_WEIGHT * u32::from(best) + (100 - SCORE_WEIGHT) * reach + 50) / 100;
                MapAction {
                    lever,
                    priority: priority.min(100) as u8,
                    people: people.into_iter().map(|(_, id)| id).collect(),
                    why,
                }
            },
        )
        .collect();
    order::sort_by(&mut out, |a, b| {
        b.priority
            .cmp(&a.priority)
            .then(b.people.len().cmp(&a.people.len()))
            .then(order(a.lever).cmp(&order(b.lever)))
    });
    out.truncate(limit);
    out
}

/// "Ana, Luis and 3 more".
pub fn names_line(names: &[String], shown: usize, more: &str) -> String {
    let head = names
        .iter()
        .take(shown)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let rest = names.len().saturating_sub(shown);
    if rest == 0 {
        head
    } else {
        format!("{head} {}", fill(more, &[("n", &rest.to_string())]))
    }
}

/// Appends a score out of 100 as a bar, with its number and band in words.
fn push_score_bar(out: &mut String, label: K, score: Option<u8>, testid: &str, lang: Lang) {
    let band = score.map(Band::from_score);
    out.push_str("<div class=\"score-bar score-bar--");
    out.push_str(band_class(band));
    out.push_str("\" data-testid=\"");
    out.push_str(testid);
    out.push('"');
    if let Some(s) = score {
        let _ = write!(out, " data-score=\"{s}\"");
    }
    out.push_str("><span class=\"score-bar__label\">");
    out.push_str(&esc(label.get(lang)));
    out.push_str(
        "</span><svg class=\"score-bar__svg\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" \
         aria-hidden=\"true\"><rect class=\"score-bar__track\" x=\"0\" y=\"0\" width=\"100\" height=\"10\" rx=\"5\"></rect>",
    );
    if let Some(s) = score {
        let _ = write!(
            out,
            "<rect class=\"score-bar__fill\" x=\"0\" y=\"0\" width=\"{s}\" height=\"10\" rx=\"5\"></rect>"
        );
    }
    out.push_str("</svg><span class=\"score-bar__value\">");
    match (score, band) {
        (Some(s), Some(b)) => {
            let _ = write!(out, "{s} / 100 · {}", esc(b.label().get(lang)));
        }
        _ => out.push_str(&esc(K::HealthUnknownShort.get(lang))),
    }
    out.push_str("</span></div>");
}

/// The inside-to-outside chain card's content: both sides' health, what it means, a first step.
pub fn chain_markup(s: &MapSummary, lang: Lang) -> String {
    let mut out = String::with_capacity(1024);
    out.push_str("<h3 id=\"chain-title\" class=\"summary-card__title\">");
    out.push_str(&esc(K::ChainHeading.get(lang)));
    out.push_str("</h3><div class=\"summary-chain__bars\">");
    push_score_bar(
        &mut out,
        K::HealthInside,
        s.health_inside,
        "health-inside",
        lang,
    );
    push_score_bar(
        &mut out,
        K::HealthOutside,
        s.health_outside,
        "health-outside",
        lang,
    );
    out.push_str("</div><p class=\"summary-chain__message\" data-testid=\"chain-message\">");
    out.push_str(&esc(s.chain.message().get(lang)));
    out.push_str("</p>");
    if let Some(step) = s.chain.first_step() {
        out.push_str("<p class=\"summary-chain__step\"><strong>");
        out.push_str(&esc(K::FirstStep.get(lang)));
        out.push_str(": </strong>");
        out.push_str(&esc(step.get(lang)));
        out.push_str("</p>");
    }
    out
}

/// Counts per side with a stacked bar, and per type with descriptions: two summary cards.
/// Static for a given summary and language, so one string rather than a view tree.
pub fn counts_markup(s: &MapSummary, lang: Lang) -> String {
    let mut out = String::with_capacity(4096);
    let total = s.placed.max(1) as f64;
    let card = |out: &mut String, id: &str, title: K| {
        let _ = write!(
            out,
            "<section class=\"summary-card\" aria-labelledby=\"{id}\"><h3 id=\"{id}\" class=\"summary-card__title\">{}</h3>",
            esc(title.get(lang))
        );
    };

    card(&mut out, "per-side-title", K::PerSide);
    out.push_str(
        "<svg class=\"stack\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">",
    );
    let mut x = 0.0;
    for (side, n) in &s.per_side {
        let w = 100.0 * *n as f64 / total;
        let _ = write!(
            out,
            "<rect class=\"stack__part stack__part--{}\" x=\"{}\" y=\"0\" width=\"{}\" height=\"10\"></rect>",
            side_class(*side),
            num(x),
            num(w)
        );
        x += w;
    }
    out.push_str("</svg><ul class=\"side-counts\">");
    for side in Side::ALL {
        let n = s
            .per_side
            .iter()
            .find(|(x, _)| *x == side)
            .map_or(0, |(_, n)| *n);
        let c = side_class(side);
        let _ = write!(
            out,
            "<li class=\"side-count side-count--{c}\" data-testid=\"side-count\" data-side=\"{c}\">\
             <span class=\"legend__swatch legend__swatch--{c}\" aria-hidden=\"true\"></span>\
             <strong class=\"side-count__n\" data-testid=\"side-count-n\">{}</strong>\
             <span class=\"side-count__text\"><span class=\"side-count__label\">{}</span>\
             <span class=\"side-count__desc\">{}</span></span></li>",
            fmt_int(n, lang),
            esc(side.label().get(lang)),
            esc(side.description().get(lang))
        );
    }
    out.push_str("</ul></section>");

    card(&mut out, "per-type-title", K::PerType);
    out.push_str("<div class=\"type-groups\">");
    for (inside, heading) in [(false, K::HalfExternal), (true, K::HalfInternal)] {
        let _ = write!(
            out,
            "<div class=\"type-group\"><h4 class=\"type-group__title\">{}</h4><ul class=\"type-group__list\">",
            esc(heading.get(lang))
        );
        for t in CustomerType::ALL
            .into_iter()
            .filter(|t| t.is_internal() == inside)
        {
            let n = s
                .per_type
                .iter()
                .find(|(x, _)| *x == t)
                .map_or(0, |(_, n)| *n);
            let id = t.id();
            let _ = write!(
                out,
                "<li class=\"type-count type-count--{id}\" data-testid=\"type-count\" data-type=\"{id}\">\
                 <div class=\"type-count__head\">"
            );
            push_chip(&mut out, t, lang);
            let _ = write!(
                out,
                "<strong class=\"type-count__n\">{}</strong></div>\
                 <svg class=\"type-count__bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
                 <rect class=\"type-count__track\" x=\"0\" y=\"0\" width=\"100\" height=\"6\" rx=\"3\"></rect>\
                 <rect class=\"type-count__fill\" x=\"0\" y=\"0\" width=\"{}\" height=\"6\" rx=\"3\"></rect></svg>\
                 <p class=\"type-count__desc\">{}</p></li>",
                fmt_int(n, lang),
                num(100.0 * n as f64 / total),
                esc(t.description().get(lang))
            );
        }
        out.push_str("</ul></div>");
    }
    let _ = write!(
        out,
        "</div><p class=\"summary-card__note muted\" data-testid=\"per-type-note\">{}</p></section>",
        esc(K::PerTypeNote.get(lang))
    );
    out
}

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
                        .map(|(s, p)| (s.id, suggest(p, &s.answers)))
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
                <p class="report-head__title">{move || fill(store.t(K::ReportTitle), &[("name", &map_name())])}</p>
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
                    let key = if s.total == 1 { K::PlacedOfOne } else { K::PlacedOfTotal };
                    fill(store.t(key), &[("k", &fmt_int(s.placed, lang())), ("n", &fmt_int(s.total, lang()))])
                })}
            </p>
            {show_else(placed_any, move || view! {
            <div class="summary__grid" inner_html=move || summary.with(|s| counts_markup(s, lang()))></div>

            <section class="summary-card summary-chain" aria-labelledby="chain-title" data-testid="chain"
                inner_html=move || summary.with(|s| chain_markup(s, lang()))>
            </section>

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

/// One proposed action with who it serves and "Add to plan".
#[component]
fn TopAction(rank: usize, action: MapAction) -> impl IntoView {
    let store = use_store();
    let lang = move || store.lang.get();
    let Some(lever) = suggestions::lever(action.lever) else {
        return ().into_any();
    };
    let people = action.people.clone();
    let count = people.len();
    let names = {
        let people = people.clone();
        move || {
            let names = store.with_map(|m| m.names_of(&people)).unwrap_or_default();
            let who = if count == 1 {
                store.t(K::PeopleOne).to_string()
            } else {
                fill(store.t(K::PeopleN), &[("n", &fmt_int(count, lang()))])
            };
            // On paper there is no way to see the rest: print every name.
            (
                format!("{who}: {}", names_line(&names, 3, store.t(K::AndNMore))),
                format!("{who}: {}", names.join(", ")),
            )
        }
    };
    // The people this action serves who are not yet in a plan item for it: "In the plan" only
    // once there are none, and Add to plan adds just them.
    let missing = {
        let people = people.clone();
        Memo::new(move |_| {
            store
                .with_map(|m| {
                    people
                        .iter()
                        .copied()
                        .filter(|p| {
                            !m.plan.iter().any(|i| {
                                i.lever.as_deref() == Some(lever.id) && i.stakeholders.contains(p)
                            })
                        })
                        .collect::<Vec<u32>>()
                })
                .unwrap_or_default()
        })
    };
    let in_plan = move || missing.with(|m| m.is_empty());
    let priority = action.priority;
    let why = action.why;
    let add = move |_| store.add_lever_to_plan(lever, missing.get_untracked(), priority);
    view! {
        <li class="top-action" data-testid="top-action" data-lever=lever.id>
            <span class="top-action__rank" aria-hidden="true">{rank}</span>
            <div class="top-action__body">
                <h4 class="top-action__title">{move || lever.title.get(lang())}</h4>
                <p class="top-action__why">{move || why.get(lang())}</p>
                <p class="top-action__detail">{move || lever.detail.get(lang())}</p>
                <p class="top-action__for muted" data-testid="top-action-for">{move || {
                    let (short, full) = names();
                    view! { <span class="screen-only">{short}</span><span class="print-inline">{full}</span> }
                }}</p>
            </div>
            <div class="top-action__side">
                <span class="plan-item__priority">
                    <span class="plan-item__priority-label">{store.tr(K::Priority)}": "</span>{priority}
                </span>
                {show_if(move || !store.read_only(), move || view! {
                    <button type="button" class="btn btn--small" data-testid="top-action-add" aria-disabled=move || in_plan().then_some("true")
                        aria-label=move || format!("{}: {}", store.t(if in_plan() { K::InPlan } else { K::AddToPlan }), lever.title.get(lang()))
                        on:click=move |ev| if !in_plan() { add(ev) }>
                        {move || if in_plan() { store.t(K::InPlan) } else { store.t(K::AddToPlan) }}
                    </button>
                })}
            </div>
        </li>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::summary::Chain;

    fn s(lever: &str, score: u8) -> Suggestion {
        Suggestion {
            lever: suggestions::lever(lever).expect("lever exists"),
            score,
            why: Text::new("por qué", "why"),
        }
    }

    fn some_levers() -> Vec<&'static str> {
        suggestions::levers().iter().take(4).map(|l| l.id).collect()
    }

    #[test]
    fn merges_the_same_lever_across_people() {
        let l = some_levers();
        let per = vec![
            (1, vec![s(l[0], 80), s(l[1], 40)]),
            (2, vec![s(l[0], 60)]),
            (3, vec![s(l[2], 90)]),
        ];
        let top = top_actions(&per, 5);
        assert_eq!(top.len(), 3);
        let first = top.iter().find(|a| a.lever == l[0]).unwrap();
        assert_eq!(first.people, vec![1, 2], "most urgent first");
        // 0.7 · 80 + 0.3 · 66 = 75.8
        assert_eq!(first.priority, 76);
        let lone = top.iter().find(|a| a.lever == l[2]).unwrap();
        // 0.7 · 90 + 0.3 · 33 = 72.9
        assert_eq!(lone.priority, 73);
        assert_eq!(top[0].lever, l[0]);
        assert!(top.windows(2).all(|w| w[0].priority >= w[1].priority));
    }

    #[test]
    fn keeps_only_the_limit_and_handles_nobody() {
        let l = some_levers();
        let per: Vec<(u32, Vec<Suggestion>)> = (1..=3)
            .map(|i| (i, l.iter().map(|id| s(id, 50)).collect()))
            .collect();
        assert_eq!(top_actions(&per, 2).len(), 2);
        // Equal priorities: catalogue order.
        let top = top_actions(&per, 4);
        assert_eq!(top.iter().map(|a| a.lever).collect::<Vec<_>>(), l);
        assert!(top_actions(&[], 5).is_empty());
    }

    fn sample_summary() -> MapSummary {
        MapSummary {
            total: 1205,
            placed: 1200,
            per_side: vec![
                (Side::External, 600),
                (Side::Middle, 300),
                (Side::Internal, 300),
            ],
            per_type: CustomerType::ALL
                .into_iter()
                .enumerate()
                .map(|(i, t)| (t, if i == 0 { 1200 } else { i * 10 }))
                .collect(),
            health_inside: Some(40),
            health_outside: None,
            chain: Chain::InsideLags { gap: 25 },
        }
    }

    /// The value of `attr` on the element that carries `marker` (the first after it).
    fn attr_after<'a>(m: &'a str, marker: &str, attr: &str) -> &'a str {
        let from = m.find(marker).expect("marker present");
        let rest = &m[from..];
        let at = rest.find(&format!("{attr}=\"")).expect("attribute present") + attr.len() + 2;
        &rest[at..at + rest[at..].find('"').unwrap()]
    }

    #[test]
    fn counts_markup_has_every_side_and_type_with_numbers_and_bars() {
        let s = sample_summary();
        let m = counts_markup(&s, Lang::En);
        assert_eq!(m.matches("data-testid=\"side-count\"").count(), 3);
        assert_eq!(m.matches("data-testid=\"type-count\"").count(), 6);
        // Sides in Side::ALL order, numbers grouped in the interface language.
        let sides: Vec<&str> = m
            .match_indices("data-side=\"")
            .map(|(i, _)| &m[i + 11..i + 11 + m[i + 11..].find('"').unwrap()])
            .collect();
        assert_eq!(sides, Side::ALL.map(side_class));
        assert!(m.contains(">600</strong>") && m.contains(">300</strong>"));
        assert!(counts_markup(&s, Lang::Es).contains(">1.200</strong>"));
        assert!(m.contains(">1,200</strong>"));
        // The stacked bar: each side's share, laid end to end.
        assert_eq!(attr_after(&m, "stack__part--external", "width"), "50");
        assert_eq!(attr_after(&m, "stack__part--middle", "x"), "50");
        assert_eq!(attr_after(&m, "stack__part--internal", "x"), "75");
        assert_eq!(attr_after(&m, "stack__part--internal", "width"), "25");
        // A type's bar is its share of the placed stakeholders.
        let first = CustomerType::ALL[0].id();
        assert_eq!(
            attr_after(&m, &format!("type-count--{first}"), "data-type"),
            first
        );
        let fill_of_first = &m[m.find(&format!("type-count--{first}")).unwrap()..];
        assert_eq!(
            attr_after(fill_of_first, "type-count__fill", "width"),
            "100"
        );
        // Headings and descriptions follow the language.
        assert!(m.contains(&esc(K::PerSide.get(Lang::En))));
        assert!(counts_markup(&s, Lang::Es).contains(&esc(K::PerType.get(Lang::Es))));
        // Why the types may not add up to the people placed.
        assert!(m.contains(&esc(K::PerTypeNote.get(Lang::En))));
        for t in CustomerType::ALL {
            assert!(
                m.contains(&esc(t.description().get(Lang::En))),
                "{}",
                t.id()
            );
        }
        // Nobody placed: no division by zero, empty bars.
        let empty = summarize(0, []);
        let m = counts_markup(&empty, Lang::En);
        assert!(!m.contains("NaN") && !m.contains("inf"));
        assert_eq!(m.matches(">0</strong>").count(), 9);
    }

    #[test]
    fn chain_markup_shows_known_and_unknown_health_and_the_first_step() {
        let s = sample_summary();
        let m = chain_markup(&s, Lang::En);
        assert_eq!(attr_after(&m, "health-inside", "data-score"), "40");
        assert!(m.contains("40 / 100 · "));
        assert_eq!(attr_after(&m, "score-bar__fill", "width"), "40");
        assert_eq!(
            m.matches("score-bar__fill").count(),
            1,
            "no fill without a score"
        );
        let outside = &m[m.find("health-outside").unwrap()..];
        assert!(!outside[..outside.find('>').unwrap()].contains("data-score"));
        assert!(outside.contains(&esc(K::HealthUnknownShort.get(Lang::En))));
        assert!(m.contains(&esc(s.chain.message().get(Lang::En))));
        let step = s
            .chain
            .first_step()
            .expect("a lagging side has a first step");
        assert!(chain_markup(&s, Lang::Es).contains(&esc(step.get(Lang::Es))));
        // Nobody placed: both sides unknown, and the message says what to answer first.
        let none = chain_markup(&summarize(0, []), Lang::En);
        assert!(!none.contains("data-score") && !none.contains("score-bar__fill"));
        assert_eq!(none.matches("score-bar--unknown").count(), 2);
        let first = Chain::NotEnoughData.first_step().unwrap();
        assert!(none.contains(&esc(first.get(Lang::En))));
    }

    #[test]
    fn names_line_counts_the_rest() {
        let names: Vec<String> = ["Ana", "Luis", "Bea", "Cai", "Dan"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            names_line(&names, 3, "and {n} more"),
            "Ana, Luis, Bea and 2 more"
        );
        assert_eq!(names_line(&names[..2], 3, "and {n} more"), "Ana, Luis");
    }
}
