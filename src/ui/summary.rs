//! The Summary tab: how many people are inside and outside, how each side is doing (with the
//! inside-to-outside chain insight), the five actions that would help most across the map, and
//! the printed report.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::order;
use crate::domain::placement::{Band, CustomerType, Side};
use crate::domain::state::{Action, PlanItem, Status};
use crate::domain::suggestions::{self, suggest, Suggestion};
use crate::domain::summary::{summarize, MapSummary};
use crate::domain::Text;
use crate::i18n::{fill, fmt_int, K};
use crate::ui::ctx::{use_placements, use_store};
use crate::ui::markup::num;
use crate::ui::orbit_map::placed;
use crate::ui::report::Report;
use crate::ui::widgets::{band_class, side_class, TypeChip};

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

/// A score out of 100 as a bar, with its number and band in words.
#[component]
fn ScoreBar(label: K, score: Option<u8>, testid: &'static str) -> impl IntoView {
    let store = use_store();
    let band = score.map(Band::from_score);
    view! {
        <div class=format!("score-bar score-bar--{}", band_class(band)) data-testid=testid data-score=score>
            <span class="score-bar__label">{move || store.t(label)}</span>
            <svg class="score-bar__svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect class="score-bar__track" x="0" y="0" width="100" height="10" rx="5"></rect>
                {score.map(|s| view! { <rect class="score-bar__fill" x="0" y="0" width=s height="10" rx="5"></rect> })}
            </svg>
            <span class="score-bar__value">
                {move || match (score, band) {
                    (Some(s), Some(b)) => format!("{s} / 100 · {}", b.label().get(store.lang.get())),
                    _ => store.t(K::HealthUnknownShort).to_string(),
                }}
            </span>
        </div>
    }
}

/// Counts per side with a stacked bar, and per type with descriptions.
#[component]
fn Counts(summary: Memo<MapSummary>) -> impl IntoView {
    let store = use_store();
    let lang = move || store.lang.get();
    let side_bar = move || {
        summary.with(|s| {
            let total = s.placed.max(1) as f64;
            let mut x = 0.0;
            s.per_side
                .iter()
                .map(|(side, n)| {
                    let w = 100.0 * *n as f64 / total;
                    let at = x;
                    x += w;
                    view! { <rect class=format!("stack__part stack__part--{}", side_class(*side)) x=num(at) y="0" width=num(w) height="10"></rect> }
                })
                .collect_view()
        })
    };
    let side_rows = Side::ALL
        .into_iter()
        .map(|side| {
            let n = move || summary.with(|s| s.per_side.iter().find(|(x, _)| *x == side).map_or(0, |(_, n)| *n));
            view! {
                <li class=format!("side-count side-count--{}", side_class(side)) data-testid="side-count" data-side=side_class(side)>
                    <span class=format!("legend__swatch legend__swatch--{}", side_class(side)) aria-hidden="true"></span>
                    <strong class="side-count__n" data-testid="side-count-n">{move || fmt_int(n(), lang())}</strong>
                    <span class="side-count__text">
                        <span class="side-count__label">{move || side.label().get(lang())}</span>
                        <span class="side-count__desc">{move || side.description().get(lang())}</span>
                    </span>
                </li>
            }
        })
        .collect_view();
    let type_group = move |inside: bool, heading: K| {
        let rows = CustomerType::ALL
            .into_iter()
            .filter(|t| t.is_internal() == inside)
            .map(|t| {
                let n = move || summary.with(|s| s.per_type.iter().find(|(x, _)| *x == t).map_or(0, |(_, n)| *n));
                let w = move || summary.with(|s| num(100.0 * n() as f64 / s.placed.max(1) as f64));
                view! {
                    <li class=format!("type-count type-count--{}", t.id()) data-testid="type-count" data-type=t.id()>
                        <div class="type-count__head">
                            <TypeChip t=t/>
                            <strong class="type-count__n">{move || fmt_int(n(), lang())}</strong>
                        </div>
                        <svg class="type-count__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                            <rect class="type-count__track" x="0" y="0" width="100" height="6" rx="3"></rect>
                            <rect class="type-count__fill" x="0" y="0" width=w height="6" rx="3"></rect>
                        </svg>
                        <p class="type-count__desc">{move || t.description().get(lang())}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="type-group">
                <h4 class="type-group__title">{move || store.t(heading)}</h4>
                <ul class="type-group__list">{rows}</ul>
            </div>
        }
    };
    view! {
        <section class="summary-card" aria-labelledby="per-side-title">
            <h3 id="per-side-title" class="summary-card__title">{move || store.t(K::PerSide)}</h3>
            <svg class="stack" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">{side_bar}</svg>
            <ul class="side-counts">{side_rows}</ul>
        </section>
        <section class="summary-card" aria-labelledby="per-type-title">
            <h3 id="per-type-title" class="summary-card__title">{move || store.t(K::PerType)}</h3>
            <div class="type-groups">
                {type_group(false, K::HalfExternal)}
                {type_group(true, K::HalfInternal)}
            </div>
        </section>
    }
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
                    {move || fill(store.t(K::ReportDate), &[("date", &crate::i18n::fmt_date(&crate::ui::dom::today_iso(), lang()))])}
                </p>
            </header>
            <div class="panel__head">
                <div>
                    <h2 id="summary-title" class="panel__title">{move || store.t(K::SummaryHeading)}</h2>
                    <p class="muted summary__intro">{move || store.t(K::SummaryIntro)}</p>
                </div>
                <button type="button" class="btn no-print" data-testid="summary-print" on:click=print>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z" fill="none"></path>
                    </svg>
                    {move || store.t(K::PrintReport)}
                </button>
            </div>
            <p class="summary__placed" data-testid="placed-of-total">
                {move || summary.with(|s| fill(store.t(K::PlacedOfTotal), &[("k", &fmt_int(s.placed, lang())), ("n", &fmt_int(s.total, lang()))]))}
            </p>
            <div class="summary__grid">
                <Counts summary=summary/>
            </div>

            <section class="summary-card summary-chain" aria-labelledby="chain-title" data-testid="chain">
                <h3 id="chain-title" class="summary-card__title">{move || store.t(K::ChainHeading)}</h3>
                <div class="summary-chain__bars">
                    {move || {
                        let (i, o) = summary.with(|s| (s.health_inside, s.health_outside));
                        view! {
                            <ScoreBar label=K::HealthInside score=i testid="health-inside"/>
                            <ScoreBar label=K::HealthOutside score=o testid="health-outside"/>
                        }
                    }}
                </div>
                <p class="summary-chain__message" data-testid="chain-message">
                    {move || summary.with(|s| s.chain.message().get(lang()))}
                </p>
                {move || summary.with(|s| s.chain.first_step()).map(|step| view! {
                    <p class="summary-chain__step">
                        <strong>{move || store.t(K::FirstStep)}": "</strong>
                        {move || step.get(lang())}
                    </p>
                })}
            </section>

            <section class="summary-card" aria-labelledby="top-title" data-testid="top-actions">
                <h3 id="top-title" class="summary-card__title">{move || store.t(K::TopActions)}</h3>
                <Show
                    when=move || actions.with(|a| !a.is_empty())
                    fallback=move || view! { <p class="muted">{move || store.t(K::NoTopActions)}</p> }
                >
                    <p class="muted summary-card__intro">{move || store.t(K::TopActionsIntro)}</p>
                    <ol class="top-actions">
                        <For each=move || actions.get().into_iter().enumerate() key=|(i, a)| (*i, a.lever, a.priority, a.people.clone()) let:item>
                            <TopAction rank=item.0 + 1 action=item.1/>
                        </For>
                    </ol>
                </Show>
            </section>
        </section>
        <Show when=show_report>
            <Report/>
        </Show>
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
            let names: Vec<String> = store
                .with_map(|m| {
                    people
                        .iter()
                        .filter_map(|id| m.stakeholder(*id).map(|s| s.name.clone()))
                        .collect()
                })
                .unwrap_or_default();
            let who = if count == 1 {
                store.t(K::PeopleOne).to_string()
            } else {
                fill(store.t(K::PeopleN), &[("n", &fmt_int(count, lang()))])
            };
            format!("{who}: {}", names_line(&names, 3, store.t(K::AndNMore)))
        }
    };
    let in_plan = move || {
        store
            .with_map(|m| m.plan.iter().any(|i| i.lever.as_deref() == Some(lever.id)))
            .unwrap_or(false)
    };
    let priority = action.priority;
    let why = action.why;
    let add = move |_| {
        let title = lever.title.get(store.lang.get_untracked()).to_string();
        store.dispatch(Action::AddPlanItem {
            item: PlanItem {
                id: 0,
                title: title.clone(),
                lever: Some(lever.id.to_string()),
                stakeholders: people.clone(),
                owner: String::new(),
                due: String::new(),
                status: Status::Todo,
                priority,
            },
        });
        store.toast(
            fill(store.t_untracked(K::AddedToPlan), &[("title", &title)]),
            None,
        );
    };
    view! {
        <li class="top-action" data-testid="top-action" data-lever=lever.id>
            <span class="top-action__rank" aria-hidden="true">{rank}</span>
            <div class="top-action__body">
                <h4 class="top-action__title">{move || lever.title.get(lang())}</h4>
                <p class="top-action__why">{move || why.get(lang())}</p>
                <p class="top-action__detail">{move || lever.detail.get(lang())}</p>
                <p class="top-action__for muted" data-testid="top-action-for">{names}</p>
            </div>
            <div class="top-action__side">
                <span class="plan-item__priority" title=move || store.t(K::Priority)>
                    <span class="sr-only">{move || store.t(K::Priority)}": "</span>{priority}
                </span>
                <Show when=move || !store.read_only()>
                    <button type="button" class="btn btn--small" data-testid="top-action-add" disabled=in_plan
                        aria-label=move || format!("{}: {}", store.t(K::AddToPlan), lever.title.get(lang()))
                        on:click=add.clone()>
                        {move || if in_plan() { store.t(K::InPlan) } else { store.t(K::AddToPlan) }}
                    </button>
                </Show>
            </div>
        </li>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

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
