//! The Plan tab's page: a form to add actions, filters (status, owner, stakeholder) and the
//! sort (priority or due date), and the actions grouped by status as compact rows.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::list::{keyed_list, row};
use crate::components::show::{show_else, show_if};
use crate::domain::plan::{owners, sorted, PlanFilter, PlanItem, PlanSort, Status};
use crate::domain::state::Edit;
use crate::features::plan::row::PlanRow;
use crate::features::plan::status_key;
use crate::i18n::{fill, fmt_int, K};
use crate::web::dom::today_iso;
use crate::web::storage::{plan_filter, set_plan_filter};

/// The Plan tab: a form to add an action, filters and sort, and the actions by status.
#[component]
pub fn PlanView() -> impl IntoView {
    let store = use_store();
    let title = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = title.get_untracked();
        if t.trim().is_empty() {
            return;
        }
        store.edit(Edit::AddPlanItem {
            item: PlanItem {
                id: 0,
                title: t,
                lever: None,
                stakeholders: vec![],
                owner: String::new(),
                due: String::new(),
                status: Status::Todo,
                priority: 50,
            },
        });
        title.set(String::new());
    };
    let filter = RwSignal::new(plan_filter());
    Effect::new(move |_| filter.with(set_plan_filter));
    let editing = RwSignal::new(None::<u32>);
    let today = StoredValue::new(today_iso());
    let total = move || store.with_map(|m| m.plan.len()).unwrap_or(0);
    let empty = move || total() == 0;
    // The items shown, in order (filtered, then sorted), as `(status, item)`.
    let shown = Memo::new(move |_| {
        let f = filter.get();
        store
            .with_map(|m| {
                sorted(&m.plan, f.sort)
                    .into_iter()
                    .filter(|i| f.keeps(i))
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <section class="panel plan" aria-labelledby="plan-title" data-testid="plan">
            <h2 id="plan-title" class="panel__title">{store.tr(K::PlanHeading)}</h2>
            {show_if(move || !store.read_only(), move || view! {
                <form class="plan__add" on:submit=add>
                    <label class="field" for="new-action">
                        <span class="field__label">{store.tr(K::NewAction)}</span>
                        <input id="new-action" class="input" type="text" data-testid="new-action"
                            prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev)) />
                    </label>
                    <button type="submit" class="btn btn--primary">{store.tr(K::AddAction)}</button>
                </form>
            })}
            {show_else(empty, move || view! {
                <p class="empty" data-testid="plan-empty">{store.tr(K::PlanEmpty)}</p>
            }, move || view! {
                <p class="muted plan__help">{store.tr(K::PlanPriorityHelp)}</p>
                <PlanFilters filter=filter/>
                <p class="plan__showing muted" role="status" data-testid="plan-showing">
                    {move || filter.with(PlanFilter::is_filtering).then(|| fill(store.t(K::PlanShowing), &[
                        ("k", &fmt_int(shown.with(Vec::len), store.lang.get())),
                        ("n", &fmt_int(total(), store.lang.get())),
                    ]))}
                </p>
                {show_if(move || shown.with(Vec::is_empty), move || view! {
                    <p class="notice plan__none" data-testid="plan-no-matches">
                        {store.tr(K::PlanNoMatches)} " "
                        <button type="button" class="btn btn--small" on:click=move |_| filter.update(|f| {
                            *f = PlanFilter { sort: f.sort, ..PlanFilter::default() };
                        })>{store.tr(K::PlanClearFilters)}</button>
                    </p>
                })}
            })}
            {Status::ALL.into_iter().map(|status| {
                let items = move || shown.with(|v| v.iter().filter(|p| p.status == status).cloned().collect::<Vec<_>>());
                view! {
                    {show_if(move || !items().is_empty(), move || view! {
                        <h3 class=format!("section-title plan__group plan__group--{}", status.id())>
                            {move || store.t(status_key(status))}
                            // A space, so the heading reads "To do 7" rather than "To do7".
                            {" "}
                            <span class="panel__count">{move || items().len()}</span>
                        </h3>
                        <ul class="plan__list" data-testid=format!("plan-{}", status.id())>
                            // Keyed by id: editing a field updates the row in place, so keyboard
                            // focus stays where the user moved it.
                            {keyed_list(move || {
                                items().into_iter().map(|item| row(item.id, move || view! {
                                    <PlanRow item=item editing=editing today=today/>
                                })).collect()
                            })}
                        </ul>
                    })}
                }
            }).collect_view()}
        </section>
    }
}

/// The plan's filters (status, owner, stakeholder) and sort, as choices that apply at once.
#[component]
fn PlanFilters(filter: RwSignal<PlanFilter>) -> impl IntoView {
    let store = use_store();
    let all = move || store.t(K::FilterAll);
    let owner_list = move || store.with_map(|m| owners(&m.plan)).unwrap_or_default();
    // The people the plan serves, in the map's order.
    let people = move || {
        store
            .with_map(|m| {
                m.stakeholders
                    .iter()
                    .filter(|s| m.plan.iter().any(|p| p.stakeholders.contains(&s.id)))
                    .map(|s| (s.id, s.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    view! {
        <div class="plan-filters no-print" role="group" aria-label=store.tr(K::PlanFilters) data-testid="plan-filters">
            <label class="field field--compact" for="plan-filter-status">
                <span class="field__label">{store.tr(K::Status)}</span>
                <select id="plan-filter-status" class="input input--small" data-testid="filter-status"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.update(|f| f.status = Status::from_id(&v));
                    }>
                    <option value="" prop:selected=move || filter.with(|f| f.status.is_none())>{all}</option>
                    {Status::ALL.into_iter().map(|s| view! {
                        <option value=s.id() prop:selected=move || filter.with(|f| f.status == Some(s))>{move || store.t(status_key(s))}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field field--compact" for="plan-filter-owner">
                <span class="field__label">{store.tr(K::Owner)}</span>
                <select id="plan-filter-owner" class="input input--small" data-testid="filter-owner"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.update(|f| f.owner = (!v.is_empty()).then_some(v));
                    }>
                    <option value="" prop:selected=move || filter.with(|f| f.owner.is_none())>{all}</option>
                    {move || owner_list().into_iter().map(|o| {
                        let chosen = o.clone();
                        view! {
                            <option value=o.clone() prop:selected=move || filter.with(|f| f.owner.as_deref().is_some_and(|x| x.trim().eq_ignore_ascii_case(chosen.trim())))>{o.clone()}</option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <label class="field field--compact" for="plan-filter-person">
                <span class="field__label">{store.tr(K::FilterPerson)}</span>
                <select id="plan-filter-person" class="input input--small" data-testid="filter-person"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.update(|f| f.stakeholder = v.parse().ok());
                    }>
                    <option value="" prop:selected=move || filter.with(|f| f.stakeholder.is_none())>{all}</option>
                    {move || people().into_iter().map(|(id, name)| view! {
                        <option value=id.to_string() prop:selected=move || filter.with(|f| f.stakeholder == Some(id))>{name}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field field--compact" for="plan-sort">
                <span class="field__label">{store.tr(K::PlanSortBy)}</span>
                <select id="plan-sort" class="input input--small" data-testid="plan-sort"
                    on:change=move |ev| {
                        let sort = if event_target_value(&ev) == "due" { PlanSort::Due } else { PlanSort::Priority };
                        filter.update(|f| f.sort = sort);
                    }>
                    <option value="priority" prop:selected=move || filter.with(|f| f.sort == PlanSort::Priority)>{store.tr(K::SortPriority)}</option>
                    <option value="due" prop:selected=move || filter.with(|f| f.sort == PlanSort::Due)>{store.tr(K::SortDue)}</option>
                </select>
            </label>
        </div>
    }
}
