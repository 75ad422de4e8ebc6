//! One action of the plan: a compact line (title, who it serves, owner, due date with its
//! overdue or due-soon mark, status, priority) that opens its editor in place.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::show::show_if;
use crate::components::text::isolated;
use crate::domain::plan::{due_mark, DueMark, PlanItem, Status};
use crate::domain::state::{Action, Edit, Outcome};
use crate::domain::suggestions::lever;
use crate::features::plan::status_key;
use crate::i18n::{fill, fmt_date, fmt_int, one_or_many, user, user_list, K};
use crate::web::dom::focus_id;

/// The words for a due mark: "Overdue · 3 days", "Due today", "Due in 2 days".
pub fn due_mark_text(mark: DueMark, lang: crate::domain::Lang) -> String {
    let (n, one, many) = match mark {
        DueMark::Overdue(n) => (n, K::OverdueOne, K::OverdueMany),
        DueMark::Today => return K::DueToday.get(lang).to_string(),
        DueMark::Soon(n) => (n, K::DueSoonOne, K::DueSoonMany),
    };
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    fill(
        one_or_many(n, one, many).get(lang),
        &[("n", &fmt_int(n, lang))],
    )
}

/// The class of a due mark: `overdue` or `soon` (today counts as soon).
pub fn due_mark_class(mark: DueMark) -> &'static str {
    match mark {
        DueMark::Overdue(_) => "overdue",
        DueMark::Today | DueMark::Soon(_) => "soon",
    }
}

/// One plan item: a compact line that opens (click, Enter) its editor in place: title,
/// priority, how-to and who it serves, owner, due date and status. Escape closes it.
#[component]
pub fn PlanRow(
    item: PlanItem,
    /// The action whose editor is open on the page, if any.
    editing: RwSignal<Option<u32>>,
    /// Today as `YYYY-MM-DD`, for the overdue and due-soon marks.
    today: StoredValue<String>,
) -> impl IntoView {
    let store = use_store();
    let id = item.id;
    // The row's current item: it follows edits, Undo and other tabs without being rebuilt.
    let current = Memo::new(move |_| {
        store
            .with_map(|m| m.plan.iter().find(|p| p.id == id).cloned())
            .flatten()
    });
    let field = move |get: fn(&PlanItem) -> String| {
        move || current.with(|c| c.as_ref().map(get).unwrap_or_default())
    };
    // A suggestion's own title follows the interface language; one the user wrote stays.
    let title = move || {
        let lang = store.lang.get();
        current.with(|c| {
            c.as_ref()
                .map(|c| c.title_in(lang).to_string())
                .unwrap_or_default()
        })
    };
    let names = move || {
        current.with(|c| {
            let Some(c) = c else { return String::new() };
            store
                .with_map(|m| user_list(&m.names_of(&c.stakeholders)))
                .unwrap_or_default()
        })
    };
    let update = move |f: &dyn Fn(&mut PlanItem)| {
        if let Some(mut next) = current.get_untracked() {
            f(&mut next);
            store.edit(Edit::UpdatePlanItem { item: next });
        }
    };
    let delete = move |_| {
        let Some(item) = current.get_untracked() else {
            return;
        };
        let index = store
            .with_map(|m| m.plan.iter().position(|p| p.id == id))
            .flatten()
            .unwrap_or(0);
        let target = store.target();
        if store.edit(Edit::DeletePlanItem { id }) != Outcome::Removed {
            return;
        }
        store.toast(
            store.t_untracked(K::ActionDeleted).to_string(),
            Some(vec![Action::edit(
                &target,
                Edit::RestorePlanItem { index, item },
            )]),
        );
    };
    let ro = move || store.read_only();
    let status = item.status;
    let open = move || editing.get() == Some(id);
    let open_id = format!("plan-open-{id}");
    let close = move || {
        editing.set(None);
        request_animation_frame(move || {
            focus_id(&format!("plan-open-{id}"));
        });
    };
    let mark = move || current.with(|c| c.as_ref().and_then(|c| due_mark(c, &today.read_value())));
    let owner = field(|p| p.owner.trim().to_string());
    let due = move || fmt_date(&field(|p| p.due.clone())(), store.lang.get());
    view! {
        <li class=format!("plan-item plan-item--{}", status.id()) class:plan-item--open=open
            data-testid="plan-item" data-id=id>
            <button type="button" id=open_id class="plan-row" data-testid="plan-open"
                aria-expanded=move || if open() { "true" } else { "false" }
                aria-controls=format!("plan-edit-{id}")
                on:click=move |_| {
                    if open() {
                        editing.set(None);
                    } else {
                        editing.set(Some(id));
                        // Into the editor, at its first field.
                        request_animation_frame(move || { focus_id(&format!("title-{id}")); });
                    }
                }>
                <span class="plan-row__title"><bdi>{title}</bdi></span>
                <span class="plan-row__meta">
                    {move || {
                        let names = names();
                        (!names.is_empty()).then(|| view! {
                            <span class="plan-row__for"><span class="sr-only">{store.tr(K::Serves)}": "</span>{isolated(&names)}</span>
                        })
                    }}
                    <span class="plan-row__owner" class:muted=move || owner().is_empty()>
                        <span class="sr-only">{store.tr(K::Owner)}": "</span>
                        {move || { let o = owner(); if o.is_empty() { store.t(K::NoOwner).to_string().into_any() } else { view! { <bdi>{o}</bdi> }.into_any() } }}
                    </span>
                    <span class="plan-row__due" class:muted=move || due().is_empty()>
                        <span class="sr-only">{store.tr(K::DueDate)}": "</span>
                        {move || { let d = due(); if d.is_empty() { store.t(K::NoDueDate).to_string() } else { d } }}
                    </span>
                    {move || mark().map(|m| view! {
                        <span class=format!("due-mark due-mark--{}", due_mark_class(m)) data-testid="due-mark">
                            {due_mark_text(m, store.lang.get())}
                        </span>
                    })}
                    <span class=format!("plan-row__status plan-row__status--{}", status.id())>
                        <span class="sr-only">{store.tr(K::Status)}": "</span>{move || store.t(status_key(status))}
                    </span>
                    <span class="plan-row__priority" data-testid="plan-row-priority">
                        <span class="sr-only">{store.tr(K::Priority)}": "</span>
                        {move || current.with(|c| c.as_ref().map_or(0, |c| c.priority))}
                    </span>
                </span>
            </button>
            {show_if(open, move || view! {
            <div class="plan-item__editor" id=format!("plan-edit-{id}") data-testid="plan-editor"
                on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { ev.prevent_default(); ev.stop_propagation(); close(); }>
            <div class="plan-item__head">                <label class="sr-only" for=format!("title-{id}")>{store.tr(K::ActionTitle)}</label>
                // A one-line title that wraps, so a long one is read in full on a phone.
                <textarea id=format!("title-{id}") class="input plan-item__title" rows="1" prop:value=title disabled=ro
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); }
                    on:input=move |ev| {
                        let v = event_target_value(&ev).replace(['\n', '\r'], " ");
                        update(&|p| p.title = v.clone());
                    }
                    on:change=move |ev| {
                        // A title can't be blank: leaving it empty puts the saved one back.
                        if event_target_value(&ev).trim().is_empty() {
                            let input: web_sys::HtmlTextAreaElement = event_target(&ev);
                            input.set_value(&title());
                        }
                    }></textarea>
                <label class="plan-item__priority" for=format!("priority-{id}")>
                    <span class="plan-item__priority-label">{store.tr(K::Priority)}": "</span>
                    <input id=format!("priority-{id}") class="input input--small plan-item__priority-input" type="number"
                        min="0" max="100" step="5" inputmode="numeric" data-testid="plan-priority" disabled=ro
                        prop:value=move || current.with(|c| c.as_ref().map_or(0, |c| c.priority)).to_string()
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            match input.value().trim().parse::<i64>() {
                                Ok(n) => {
                                    let n = n.clamp(0, 100) as u8;
                                    update(&|p| p.priority = n);
                                    input.set_value(&n.to_string());
                                    // Higher first: the item may move, and keeps focus on its priority.
                                    request_animation_frame(move || { focus_id(&format!("priority-{id}")); });
                                }
                                Err(_) => input.set_value(&current.with_untracked(|c| c.as_ref().map_or(0, |c| c.priority)).to_string()),
                            }
                        } />
                </label>
            </div>
            {move || {
                let lang = store.lang.get();
                current
                    .with(|c| c.as_ref().and_then(|c| c.lever.as_deref()).and_then(lever))
                    .map(|l| view! { <p class="plan-item__how">{l.detail.get(lang)}</p> })
            }}
            {move || {
                let names = names();
                (!names.is_empty()).then(|| view! { <p class="plan-item__for muted">{store.tr(K::Serves)}": "{isolated(&names)}</p> })
            }}
            <div class="plan-item__fields">
                <label class="field field--compact" for=format!("owner-{id}")
                    class:plan-field--empty=move || current.with(|c| c.as_ref().is_none_or(|c| c.owner.trim().is_empty()))>
                    <span class="field__label">{store.tr(K::Owner)}</span>
                    <input id=format!("owner-{id}") class="input input--small" type="text" prop:value=field(|p| p.owner.clone()) disabled=ro
                        on:input=move |ev| { let v = event_target_value(&ev); update(&|p| p.owner = v.clone()); } />
                </label>
                <label class="field field--compact" for=format!("due-{id}")
                    class:plan-field--empty=move || current.with(|c| c.as_ref().is_none_or(|c| c.due.is_empty()))>
                    <span class="field__label">{store.tr(K::DueDate)}</span>
                    <input id=format!("due-{id}") class="input input--small" type="date" prop:value=field(|p| p.due.clone()) disabled=ro
                        aria-describedby=format!("due-text-{id}")
                        on:change=move |ev| { let v = event_target_value(&ev); update(&|p| p.due = v.clone()); } />
                    <span id=format!("due-text-{id}") class="sr-only">{move || fmt_date(&field(|p| p.due.clone())(), store.lang.get())}</span>
                </label>
                <label class="field field--compact" for=format!("status-{id}")>
                    <span class="field__label">{store.tr(K::Status)}</span>
                    <select id=format!("status-{id}") class="input input--small" data-testid="plan-status" disabled=ro
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            let s = Status::from_id(&v).unwrap_or_default();
                            update(&|p| p.status = s);
                            // The item moves to its new group as a new row: keep focus on its status.
                            request_animation_frame(move || {
                                focus_id(&format!("status-{id}"));
                            });
                        }>
                        {Status::ALL.into_iter().map(|s| view! {
                            <option value=s.id() selected=s == status>{move || store.t(status_key(s))}</option>
                        }).collect_view()}
                    </select>
                </label>
                {show_if(move || !ro(), move || view! {
                    <button class="btn btn--small btn--ghost btn--danger-text plan-item__delete" data-testid="delete-action"
                        aria-label=move || fill(store.t(K::DeleteAction), &[("title", &user(&title()))])
                        on:click=delete>{store.tr(K::Delete)}</button>
                })}
                <button type="button" class="btn btn--small plan-item__close" data-testid="plan-close"
                    on:click=move |_| close()>{store.tr(K::DoneEditing)}</button>
            </div>
            </div>
            })}
        </li>
    }
}
