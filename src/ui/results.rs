//! A stakeholder's results: axis, side and type, confidence, reasons, health and suggestions.

use leptos::prelude::*;

use crate::domain::placement::{Placement, EXTERNAL_MAX, INTERNAL_MIN};
use crate::domain::questionnaire::{self, Answers};
use crate::domain::state::{Action, PlanItem, Status};
use crate::domain::suggestions::suggest;
use crate::i18n::{fill, K};
use crate::ui::ctx::{use_placements, use_store};
use crate::ui::widgets::{band_class, side_class, source_label, TypeChip};

/// The horizontal external ↔ internal bar with the stakeholder's marker.
#[component]
pub fn AxisBar(axis: u8) -> impl IntoView {
    let store = use_store();
    let x = axis.min(100);
    let (ext, int) = (EXTERNAL_MAX, INTERNAL_MIN);
    view! {
        <figure class="axis" data-testid="axis" data-axis=axis>
            <svg class="axis__svg" viewBox="-3 0 106 12" role="img"
                aria-label=move || format!("{}: {}", store.t(K::AxisLabel), fill(store.t(K::AxisValue), &[("n", &axis.to_string())]))>
                <rect class="axis__zone axis__zone--external" x="0" y="4" width=ext height="4"></rect>
                <rect class="axis__zone axis__zone--middle" x=ext y="4" width=int - ext height="4"></rect>
                <rect class="axis__zone axis__zone--internal" x=int y="4" width=100 - int height="4"></rect>
                <line class="axis__marker-line" x1=x x2=x y1="0.5" y2="11.5"></line>
                <circle class="axis__marker" cx=x cy="6" r="2.6"></circle>
            </svg>
            <figcaption class="axis__caption">
                <span>"← " {move || store.t(K::AxisOutside)}</span>
                <strong data-testid="axis-value">{move || fill(store.t(K::AxisValue), &[("n", &axis.to_string())])}</strong>
                <span>{move || store.t(K::AxisInside)} " →"</span>
            </figcaption>
        </figure>
    }
}

#[component]
pub fn Results(id: u32) -> impl IntoView {
    let store = use_store();
    let placements = use_placements();
    let placement = Memo::new(move |_| {
        placements.0.with(|v| {
            v.iter()
                .find(|(sid, _)| *sid == id)
                .and_then(|(_, p)| p.clone())
        })
    });
    let answers = Memo::new(move |_| {
        store
            .with_map(|m| m.stakeholder(id).map(|s| s.answers.clone()))
            .flatten()
            .unwrap_or_default()
    });
    view! {
        <section class="panel results" aria-labelledby="results-title" data-testid="results">
            <h2 id="results-title" class="panel__title">{move || store.t(K::ResultsHeading)}</h2>
            {move || match placement.get() {
                None => view! { <p class="empty" data-testid="not-placed">{move || store.t(K::NotPlacedYet)}</p> }.into_any(),
                Some(p) => view! { <PlacementView id=id p=p answers=answers/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn PlacementView(id: u32, p: Placement, answers: Memo<Answers>) -> impl IntoView {
    let store = use_store();
    let side = p.side;
    let types = p.types.clone();
    let type_ids = types.iter().map(|t| t.id()).collect::<Vec<_>>().join(",");
    let reasons = p.reasons.clone();
    let health = p.health;
    let confidence = p.confidence;
    let p2 = p.clone();
    let suggestions = move || answers.with(|a| suggest(&p2, a));
    let in_plan = move |lever: &str| {
        store
            .with_map(|m| {
                m.plan
                    .iter()
                    .any(|i| i.lever.as_deref() == Some(lever) && i.stakeholders.contains(&id))
            })
            .unwrap_or(false)
    };
    view! {
        <AxisBar axis=p.axis/>
        <p class="results__thresholds muted">
            {move || fill(store.t(K::ThresholdsHelp), &[("ext", &EXTERNAL_MAX.to_string()), ("int", &INTERNAL_MIN.to_string())])}
        </p>
        <dl class="facts">
            <div class="facts__item">
                <dt>{move || store.t(K::SideLabel)}</dt>
                <dd>
                    <strong class=format!("side side--{}", side_class(side)) data-testid="result-side" data-side=side_class(side)>
                        {move || side.label().get(store.lang.get())}
                    </strong>
                    <span class="facts__desc">{move || side.description().get(store.lang.get())}</span>
                </dd>
            </div>
            <div class="facts__item">
                <dt>{move || store.t(K::TypeLabel)}</dt>
                <dd data-testid="result-types" data-types=type_ids>
                    {if types.is_empty() {
                        view! { <span class="muted">{move || store.t(K::NoTypeYet)}</span> }.into_any()
                    } else {
                        types.iter().map(|t| {
                            let t = *t;
                            view! {
                                <div class="facts__type">
                                    <TypeChip t=t/>
                                    <span class="facts__desc">{move || t.description().get(store.lang.get())}</span>
                                </div>
                            }
                        }).collect_view().into_any()
                    }}
                </dd>
            </div>
            <div class="facts__item">
                <dt>{move || store.t(K::ConfidenceLabel)}</dt>
                <dd>
                    <meter class="meter" min="0" max="100" low="40" high="70" optimum="100" value=confidence
                        aria-label=move || store.t(K::ConfidenceLabel)></meter>
                    <span data-testid="confidence">{confidence}"%"</span>
                    <span class="facts__desc">{move || store.t(K::ConfidenceHelp)}</span>
                </dd>
            </div>
        </dl>

        <h3 class="section-title">{move || store.t(K::WhyHeading)}</h3>
        <ul class="reasons" data-testid="reasons">
            {reasons.into_iter().take(5).map(|r| {
                let q = questionnaire::question(r.question);
                let (class, arrow, dir) = match r.points.signum() {
                    1 => ("reason reason--in", "→●", K::MovesInward),
                    -1 => ("reason reason--out", "←○", K::MovesOutward),
                    _ => ("reason reason--neutral", "↔", K::Neutral),
                };
                view! {
                    <li class=class>
                        <span class="reason__arrow" aria-hidden="true">{arrow}</span>
                        <span>
                            {move || {
                                let lang = store.lang.get();
                                let label = q.and_then(|q| questionnaire::option_label(q, r.option)).map(|t| t.get(lang)).unwrap_or(r.option);
                                format!("{}: {}", q.map(|q| q.short.get(lang)).unwrap_or(r.question), label)
                            }}
                            <span class="reason__dir">" (" {move || store.t(dir)} ")"</span>
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>

        <h3 class="section-title">{move || store.t(K::HealthHeading)}</h3>
        {match health {
            None => view! { <p class="muted" data-testid="health-unknown">{move || store.t(K::HealthUnknown)}</p> }.into_any(),
            Some(h) => view! {
                <div class=format!("health health--{}", band_class(Some(h.band))) data-testid="health">
                    <svg class="health__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="health__track" x="0" y="0" width="100" height="8"></rect>
                        <rect class="health__fill" x="0" y="0" width=h.score height="8"></rect>
                    </svg>
                    <p><strong data-testid="health-band">{move || h.band.label().get(store.lang.get())}</strong>" · "{h.score}" / 100"</p>
                </div>
            }.into_any(),
        }}

        <h3 class="section-title">{move || store.t(K::SuggestionsHeading)}</h3>
        {move || {
            let list = suggestions();
            if list.is_empty() {
                return view! { <p class="muted">{move || store.t(K::NoSuggestions)}</p> }.into_any();
            }
            view! {
                <ol class="suggestions" data-testid="suggestions">
                    {list.into_iter().map(|s| {
                        let lever = s.lever;
                        let score = s.score;
                        let added = move || in_plan(lever.id);
                        let add = move |_| {
                            let title = lever.title.get(store.lang.get_untracked()).to_string();
                            store.dispatch(Action::AddPlanItem { item: PlanItem {
                                id: 0, title: title.clone(), lever: Some(lever.id.to_string()), stakeholders: vec![id],
                                owner: String::new(), due: String::new(), status: Status::Todo, priority: score,
                            }});
                            store.toast(fill(store.t_untracked(K::AddedToPlan), &[("title", &title)]), None);
                        };
                        view! {
                            <li class="suggestion" data-testid="suggestion" data-lever=lever.id>
                                <div class="suggestion__body">
                                    <h4 class="suggestion__title">{move || lever.title.get(store.lang.get())}</h4>
                                    <p class="suggestion__why">{move || s.why.get(store.lang.get())}</p>
                                    <p class="suggestion__detail">{move || lever.detail.get(store.lang.get())}</p>
                                    <p class="suggestion__source muted">{move || store.t(K::SourceLabel)}": "{move || source_label(lever.source, store.lang.get())}</p>
                                </div>
                                <Show when=move || !store.read_only()>
                                    <button class="btn btn--small" data-testid="add-to-plan" disabled=added
                                        aria-label=move || format!("{}: {}", store.t(K::AddToPlan), lever.title.get(store.lang.get()))
                                        on:click=add>
                                        {move || if added() { store.t(K::InPlan) } else { store.t(K::AddToPlan) }}
                                    </button>
                                </Show>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}
