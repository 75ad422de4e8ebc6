//! The printed report (print-only): the orbit map with its legend, the table, each
//! stakeholder's placement with their top suggestions, and the plan grouped by status.

use leptos::prelude::*;

use crate::domain::order;
use crate::domain::state::{PlanItem, Status};
use crate::domain::suggestions::suggest;
use crate::domain::Lang;
use crate::i18n::{fill, fmt_date, K};
use crate::ui::ctx::{use_placements, use_store};
use crate::ui::map_table::MapTable;
use crate::ui::orbit_map::{dot_types_text, map_dots, placed, Dot, Legend, OrbitSvg};
use crate::ui::plan::status_key;
use crate::ui::widgets::{side_class, HealthDot, MiniAxis};

/// Suggestions shown per stakeholder in the report.
const REPORT_SUGGESTIONS: usize = 3;

/// One stakeholder in the report, with the levers that would help them most.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    dot: Dot,
    /// `(lever id, why)` for the top suggestions.
    top: Vec<(&'static str, crate::domain::Text)>,
}

#[component]
pub fn Report() -> impl IntoView {
    let store = use_store();
    let placements = use_placements();
    let data = map_dots(store, placements);
    let dots = Signal::derive(move || data.with(|m| m.dots.clone()));
    let entries = Memo::new(move |_| {
        placements.0.with(|ps| {
            store
                .with_map(|m| {
                    let mut v: Vec<Entry> = placed(m, ps)
                        .map(|(s, p)| Entry {
                            dot: Dot::new(s.id, &s.name, &s.role, p),
                            top: suggest(p, &s.answers)
                                .into_iter()
                                .take(REPORT_SUGGESTIONS)
                                .map(|x| (x.lever.id, x.why))
                                .collect(),
                        })
                        .collect();
                    // Most inside first, as the map reads from the centre out.
                    order::sort_by(&mut v, |a, b| {
                        b.dot
                            .axis
                            .cmp(&a.dot.axis)
                            .then(a.dot.name.cmp(&b.dot.name))
                    });
                    v
                })
                .unwrap_or_default()
        })
    });
    let plan = Memo::new(move |_| store.with_map(|m| m.plan.clone()).unwrap_or_default());

    view! {
        <section class="report print-only" data-testid="report">
            <section class="report__section report__map">
                <h2 class="report__title">{move || store.t(K::MapHeading)}</h2>
                <p class="muted">{move || store.t(K::MapIntro)}</p>
                <div class="report__map-grid">
                    <OrbitSvg dots=dots/>
                    <Legend/>
                </div>
            </section>
            <section class="report__section">
                <h2 class="report__title">{move || store.t(K::TableCaption)}</h2>
                <MapTable dots=dots printable=true/>
            </section>
            <section class="report__section">
                <h2 class="report__title">{move || store.t(K::ReportStakeholders)}</h2>
                <div class="report__cards">
                    <For
                        each=move || {
                            let lang = store.lang.get();
                            entries.get().into_iter().map(move |e| (lang, e)).collect::<Vec<_>>()
                        }
                        key=|(lang, e)| (*lang, e.dot.key(), e.top.iter().map(|t| t.0).collect::<Vec<_>>())
                        let:item
                    >
                        <ReportCard entry=item.1 lang=item.0/>
                    </For>
                </div>
            </section>
            <section class="report__section">
                <h2 class="report__title">{move || store.t(K::PlanHeading)}</h2>
                {move || plan.with(|items| {
                    if items.is_empty() {
                        return view! { <p class="muted">{move || store.t(K::ReportNoPlan)}</p> }.into_any();
                    }
                    Status::ALL
                        .into_iter()
                        .filter_map(|status| {
                            let mut group: Vec<PlanItem> = items.iter().filter(|i| i.status == status).cloned().collect();
                            if group.is_empty() {
                                return None;
                            }
                            order::sort_by_key(&mut group, |i| std::cmp::Reverse(i.priority));
                            Some(view! {
                                <h3 class="report__subtitle">{move || store.t(status_key(status))}</h3>
                                <ul class="report__plan">
                                    {group.into_iter().map(|item| view! { <ReportPlanItem item=item/> }).collect_view()}
                                </ul>
                            })
                        })
                        .collect_view()
                        .into_any()
                })}
            </section>
        </section>
    }
}

/// One stakeholder's card, in a fixed language (the list re-renders when it changes).
#[component]
fn ReportCard(entry: Entry, lang: Lang) -> impl IntoView {
    let d = entry.dot;
    let side = d.side;
    view! {
        <article class="report-card" data-testid="report-card">
            <h3 class="report-card__name">{d.name.clone()}</h3>
            {(!d.role.is_empty()).then(|| view! { <p class="report-card__role muted">{d.role.clone()}</p> })}
            <p class="report-card__facts">
                <span class="report-card__axis">
                    <MiniAxis axis=d.axis/>
                    {fill(K::AxisValue.get(lang), &[("n", &d.axis.to_string())])}
                </span>
                <span class=format!("side-tag side-tag--{}", side_class(side))>{side.label().get(lang)}</span>
                <span>{dot_types_text(&d, lang)}</span>
                <HealthDot health=d.health/>
            </p>
            {(!entry.top.is_empty()).then(|| view! {
                <ol class="report-card__suggestions">
                    {entry.top.iter().filter_map(|(id, why)| {
                        let lever = crate::domain::suggestions::lever(id)?;
                        Some(view! {
                            <li>
                                <strong>{lever.title.get(lang)}</strong>
                                " — "
                                <span>{why.get(lang)}</span>
                            </li>
                        })
                    }).collect_view()}
                </ol>
            })}
        </article>
    }
}

/// The plan's modifier for a status (colours the item's edge).
fn status_class(s: Status) -> &'static str {
    match s {
        Status::Todo => "todo",
        Status::Doing => "doing",
        Status::Done => "done",
    }
}

#[component]
fn ReportPlanItem(item: PlanItem) -> impl IntoView {
    let store = use_store();
    let lang = move || store.lang.get();
    let served = item.stakeholders.clone();
    let names = move || {
        store
            .with_map(|m| {
                served
                    .iter()
                    .filter_map(|id| m.stakeholder(*id).map(|s| s.name.clone()))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    };
    let meta = {
        let owner = item.owner.clone();
        let due = item.due.clone();
        move || {
            let mut parts = Vec::new();
            if !owner.trim().is_empty() {
                parts.push(format!("{}: {}", store.t(K::Owner), owner));
            }
            if !due.is_empty() {
                parts.push(format!(
                    "{}: {}",
                    store.t(K::DueDate),
                    fmt_date(&due, lang())
                ));
            }
            parts.join(" · ")
        }
    };
    view! {
        <li class=format!("plan-item report-plan-item plan-item--{}", status_class(item.status))>
            <div class="plan-item__head">
                <span class="plan-item__title">{item.title.clone()}</span>
                <span class="plan-item__priority">
                    <span class="sr-only">{move || store.t(K::Priority)}": "</span>{item.priority}
                </span>
            </div>
            <p class="plan-item__for muted">{meta}</p>
            {move || {
                let names = names();
                (!names.is_empty()).then(|| view! { <p class="plan-item__for muted">{move || store.t(K::Serves)}": "{names}</p> })
            }}
        </li>
    }
}
