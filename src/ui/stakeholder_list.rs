//! The stakeholder list: add, open, rename and delete (with Undo), plus the first-visit welcome.

use leptos::prelude::*;

use crate::domain::questionnaire;
use crate::domain::state::Action;
use crate::domain::Lang;
use crate::i18n::{fill, fmt_int, K};
use crate::route::View;
use crate::ui::ctx::{use_placements, use_store};
use crate::ui::welcome::Welcome;
use crate::ui::widgets::{health_dot, type_chip, MiniAxis};

/// Rows rendered per page of the list.
const PAGE: usize = 100;

/// One row of the list with everything it shows (see `rows` in [`StakeholderList`]).
#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    id: u32,
    name: String,
    role: String,
    answers: crate::domain::questionnaire::Answers,
    lang: Lang,
    read_only: bool,
    editing: bool,
}

#[component]
pub fn StakeholderList() -> impl IntoView {
    let store = use_store();
    let placements = use_placements();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let editing = RwSignal::new(None::<u32>);
    let name_input = NodeRef::<leptos::html::Input>::new();

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        if n.trim().is_empty() {
            error.set(true);
            if let Some(i) = name_input.get() {
                let _ = i.focus();
            }
            return;
        }
        error.set(false);
        store.dispatch(Action::AddStakeholder {
            name: n.clone(),
            role: role.get_untracked(),
            notes: String::new(),
        });
        store.announce.set(n.trim().to_string());
        name.set(String::new());
        role.set(String::new());
        if let Some(i) = name_input.get() {
            let _ = i.focus();
        }
    };

    let count = move || store.with_map(|m| m.stakeholders.len()).unwrap_or(0);
    // Long lists render a page at a time, so a map of a thousand people opens at once.
    let limit = RwSignal::new(PAGE);
    let matching = move || {
        let q = query.get().to_lowercase();
        store
            .with_map(|m| {
                m.stakeholders
                    .iter()
                    .filter(|s| {
                        q.is_empty()
                            || s.name.to_lowercase().contains(&q)
                            || s.role.to_lowercase().contains(&q)
                    })
                    .count()
            })
            .unwrap_or(0)
    };
    // Each row carries what it shows, including the language, read-only mode and whether it is
    // being renamed: a row is then built once, without subscriptions of its own, and rebuilt
    // only when one of these changes. A hundred rows with a dozen subscriptions each made the
    // list slow to open and every language switch slow.
    let rows = move || {
        let q = query.get().to_lowercase();
        let limit = limit.get();
        let lang = store.lang.get();
        let read_only = store.read_only();
        let editing = editing.get();
        store
            .with_map(|m| {
                m.stakeholders
                    .iter()
                    .filter(|s| {
                        q.is_empty()
                            || s.name.to_lowercase().contains(&q)
                            || s.role.to_lowercase().contains(&q)
                    })
                    .take(limit)
                    .map(|s| Row {
                        id: s.id,
                        name: s.name.clone(),
                        role: s.role.clone(),
                        answers: s.answers.clone(),
                        lang,
                        read_only,
                        editing: editing == Some(s.id),
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };

    let focus_add = Callback::new(move |_| {
        if let Some(i) = name_input.get() {
            let _ = i.focus();
        }
    });

    view! {
        <section class="panel" aria-labelledby="add-heading">
            <Show when=move || !store.read_only()>
                <form class="add-form" on:submit=add data-testid="add-form" novalidate>
                    <h2 id="add-heading" class="panel__title">{move || store.t(K::AddStakeholderHeading)}</h2>
                    <div class="add-form__fields">
                        <label class="field add-form__name" for="new-name">
                            <span class="field__label">{move || store.t(K::NameLabel)}</span>
                            <input id="new-name" class="input" type="text" node_ref=name_input maxlength="10000"
                                data-testid="new-name" autocomplete="off"
                                placeholder=move || store.t(K::NamePlaceholder)
                                aria-invalid=move || if error.get() { Some("true") } else { None }
                                aria-describedby=move || if error.get() { Some("new-name-error") } else { None }
                                prop:value=move || name.get()
                                on:input=move |ev| { name.set(event_target_value(&ev)); error.set(false); } />
                        </label>
                        <label class="field add-form__role" for="new-role">
                            <span class="field__label">{move || store.t(K::RoleLabel)}</span>
                            <input id="new-role" class="input" type="text" data-testid="new-role" autocomplete="off"
                                placeholder=move || store.t(K::RolePlaceholder)
                                prop:value=move || role.get()
                                on:input=move |ev| role.set(event_target_value(&ev)) />
                        </label>
                        <button type="submit" class="btn btn--primary add-form__submit" data-testid="add-button">
                            {move || store.t(K::Add)}
                        </button>
                    </div>
                    <Show when=move || error.get()>
                        <p id="new-name-error" class="field__error" role="alert">{move || store.t(K::NameRequired)}</p>
                    </Show>
                </form>
            </Show>
        </section>

        <Show when=move || count() == 0 && !store.read_only()>
            <Welcome on_start=focus_add/>
        </Show>

        <Show when=move || { count() > 0 }>
            <section class="panel" aria-labelledby="list-heading">
                <div class="panel__head">
                    <h2 id="list-heading" class="panel__title">
                        {move || store.t(K::StakeholdersHeading)}
                        <span class="panel__count" data-testid="stakeholder-count">
                            {move || fill(store.t(K::StakeholderCount), &[("n", &fmt_int(count(), store.lang.get()))])}
                        </span>
                    </h2>
                    <Show when=move || { count() > 8 }>
                        <label class="field field--inline" for="list-search">
                            <span class="sr-only">{move || store.t(K::FilterList)}</span>
                            <input id="list-search" type="search" class="input input--small"
                                placeholder=move || store.t(K::FilterList)
                                prop:value=move || query.get()
                                on:input=move |ev| query.set(event_target_value(&ev)) />
                        </label>
                    </Show>
                </div>
                <ul class="stakeholders" data-testid="stakeholder-list">
                    <For each=rows key=|r| r.clone() let:row>
                        {
                            let Row { id, name: sname, role: srole, answers, lang, read_only, editing: is_editing } = row;
                            let t = move |k: K| k.get(lang);
                            if is_editing {
                                let edit_value = RwSignal::new(sname.clone());
                                let save_edit = move || {
                                    let new_name = edit_value.get_untracked();
                                    let (r, n) = store.with_map(|m| m.stakeholder(id).map(|s| (s.role.clone(), s.notes.clone()))).flatten().unwrap_or_default();
                                    store.dispatch(Action::EditStakeholder { id, name: new_name, role: r, notes: n });
                                    editing.set(None);
                                };
                                return view! {
                                    <li class="stakeholder-row" data-testid="stakeholder-row" data-id=id>
                                        <form class="rename-form" on:submit=move |ev| { ev.prevent_default(); save_edit(); }>
                                            <label class="field" for=format!("rename-{id}")>
                                                <span class="field__label">{fill(t(K::RenameLabel), &[("name", &sname)])}</span>
                                                <input id=format!("rename-{id}") class="input" type="text" data-testid="rename-input" autofocus maxlength="10000"
                                                    prop:value=move || edit_value.get()
                                                    on:input=move |ev| edit_value.set(event_target_value(&ev))
                                                    on:keydown=move |ev| if ev.key() == "Escape" { editing.set(None); } />
                                            </label>
                                            <button type="submit" class="btn btn--small btn--primary" data-testid="rename-save">{t(K::SaveName)}</button>
                                            <button type="button" class="btn btn--small btn--ghost" on:click=move |_| editing.set(None)>{t(K::Cancel)}</button>
                                        </form>
                                    </li>
                                }.into_any();
                            }
                            let placement = placements.get_untracked(id);
                            let path = questionnaire::path(&answers);
                            let answered = path.iter().filter(|q| answers.contains_key(q.id)).count();
                            let total = path.len();
                            let delete = move |_: leptos::ev::MouseEvent| {
                                let found = store.ws.with_untracked(|w| w.current_map().and_then(|m| {
                                    m.stakeholders.iter().position(|s| s.id == id).map(|i| (i, m.stakeholders[i].clone()))
                                }));
                                if let Some((index, stakeholder)) = found {
                                    let text = fill(store.t_untracked(K::Deleted), &[("name", &stakeholder.name)]);
                                    store.dispatch(Action::DeleteStakeholder { id });
                                    store.toast(text, Some(vec![Action::RestoreStakeholder { index, stakeholder }]));
                                }
                            };
                            let facts = match placement {
                                Some(p) => view! {
                                    <MiniAxis axis=p.axis/>
                                    <span class="stakeholder-row__axis">{fill(t(K::AxisValue), &[("n", &p.axis.to_string())])}</span>
                                    <span class="stakeholder-row__types">
                                        {p.types.iter().map(|ty| type_chip(*ty, lang)).collect_view()}
                                    </span>
                                    {health_dot(p.health, lang)}
                                }.into_any(),
                                None => view! { <span class="muted">{t(K::NotAssessed)}</span> }.into_any(),
                            };
                            let actions = (!read_only).then(|| view! {
                                <div class="stakeholder-row__actions">
                                    <button class="btn btn--small btn--ghost" data-testid="rename"
                                        aria-label=fill(t(K::RenameNamed), &[("name", &sname)])
                                        on:click=move |_| editing.set(Some(id))>{t(K::Rename)}</button>
                                    <button class="btn btn--small btn--ghost btn--danger-text" data-testid="delete"
                                        aria-label=fill(t(K::DeleteNamed), &[("name", &sname)])
                                        on:click=delete>{t(K::Delete)}</button>
                                </div>
                            });
                            view! {
                                <li class="stakeholder-row" data-testid="stakeholder-row" data-id=id>
                                    <a class="stakeholder-row__main" href=format!("#{}", View::Stakeholder(id).path())
                                        on:click=move |ev| { if read_only { ev.prevent_default(); store.go(View::Stakeholder(id)); } }>
                                        <span class="stakeholder-row__name" data-testid="stakeholder-name">{sname.clone()}</span>
                                        <span class="stakeholder-row__role">{srole}</span>
                                    </a>
                                    <div class="stakeholder-row__facts">
                                        {facts}
                                        <span class="stakeholder-row__progress" data-testid="progress">
                                            {fill(t(K::ProgressOf), &[("k", &answered.to_string()), ("n", &total.to_string())])}
                                        </span>
                                    </div>
                                    {actions}
                                </li>
                            }.into_any()
                        }
                    </For>
                </ul>
                <Show when=move || { matching() > limit.get() }>
                    <div class="stakeholders__more">
                        <p class="muted" data-testid="list-showing">
                            {move || fill(store.t(K::ShowingN), &[("k", &fmt_int(limit.get(), store.lang.get())), ("n", &fmt_int(matching(), store.lang.get()))])}
                        </p>
                        <button class="btn" data-testid="show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                            {move || store.t(K::ShowMore)}
                        </button>
                    </div>
                </Show>
                <Show when=move || !query.get().is_empty() && rows().is_empty()>
                    <p class="empty">{move || store.t(K::NoMatches)}</p>
                </Show>
            </section>
        </Show>
    }
}
