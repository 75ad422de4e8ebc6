//! One action proposed for the whole map, with who it serves and "Add to plan".

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::show::show_if;
use crate::components::text::isolated;
use crate::domain::suggestions;
use crate::features::summary::actions::MapAction;
use crate::i18n::{fill, plural, user_list, K};

/// "Ana, Luis and 3 more", each name isolated (see `i18n::user`).
pub fn names_line(names: &[String], shown: usize, more: &str) -> String {
    let head = user_list(&names[..names.len().min(shown)]);
    let rest = names.len().saturating_sub(shown);
    if rest == 0 {
        head
    } else {
        format!("{head} {}", fill(more, &[("n", &rest.to_string())]))
    }
}

/// One proposed action with who it serves and "Add to plan".
#[component]
pub fn TopAction(rank: usize, action: MapAction) -> impl IntoView {
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
            let who = plural(count, K::PeopleOne, K::PeopleN, lang());
            // On paper there is no way to see the rest: print every name.
            (
                format!("{who}: {}", names_line(&names, 3, store.t(K::AndNMore))),
                format!("{who}: {}", user_list(&names)),
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
                    view! { <span class="screen-only">{isolated(&short)}</span><span class="print-inline">{isolated(&full)}</span> }
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
    use crate::i18n::user;

    #[test]
    fn names_line_counts_the_rest() {
        let names: Vec<String> = ["Ana", "Luis", "Bea", "Cai", "Dan"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            plain(names_line(&names, 3, "and {n} more")),
            "Ana, Luis, Bea and 2 more"
        );
        assert_eq!(
            plain(names_line(&names[..2], 3, "and {n} more")),
            "Ana, Luis"
        );
        // Each name is isolated on its own; the count is the app's.
        assert_eq!(
            names_line(&names[..2], 1, "and {n} more"),
            format!("{} and 1 more", user("Ana"))
        );
    }
}
