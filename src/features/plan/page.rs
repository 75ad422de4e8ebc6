//! The Plan tab's page: a form to add actions, and the actions grouped by status, highest
//! priority first.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::list::{keyed_list, row};
use crate::components::show::{show_else, show_if};
use crate::domain::order;
use crate::domain::plan::{PlanItem, Status};
use crate::domain::state::Edit;
use crate::features::plan::row::PlanRow;
use crate::features::plan::status_key;
use crate::i18n::K;

/// The Plan tab: a form to add an action, and the actions grouped by status.
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
    let empty = move || store.with_map(|m| m.plan.is_empty()).unwrap_or(true);
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
            }, move || view! { <p class="muted plan__help">{store.tr(K::PlanPriorityHelp)}</p> })}
            {Status::ALL.into_iter().map(|status| {
                let items = move || {
                    store.with_map(|m| {
                        let mut v: Vec<PlanItem> = m.plan.iter().filter(|p| p.status == status).cloned().collect();
                        order::sort_by(&mut v, |a, b| b.priority.cmp(&a.priority).then(a.id.cmp(&b.id)));
                        v
                    }).unwrap_or_default()
                };
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
                                items().into_iter().map(|item| row(item.id, move || view! { <PlanRow item=item/> })).collect()
                            })}
                        </ul>
                    })}
                }
            }).collect_view()}
        </section>
    }
}
