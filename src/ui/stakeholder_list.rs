//! The stakeholder list: add, open, rename and delete (with Undo), plus the first-visit welcome.

use std::fmt::Write;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::placement::Placement;
use crate::domain::questionnaire;
use crate::domain::state::Action;
use crate::domain::Lang;
use crate::i18n::{fill, fmt_int, K};
use crate::route::View;
use crate::ui::ctx::{use_placements, use_store};
use crate::ui::markup::{esc, push_chip, push_health, push_mini_axis};
use crate::ui::welcome::Welcome;

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

    let delete = move |id: u32| {
        let found = store.ws.with_untracked(|w| {
            w.current_map().and_then(|m| {
                m.stakeholders
                    .iter()
                    .position(|s| s.id == id)
                    .map(|i| (i, m.stakeholders[i].clone()))
            })
        });
        if let Some((index, stakeholder)) = found {
            let text = fill(
                store.t_untracked(K::Deleted),
                &[("name", &stakeholder.name)],
            );
            store.dispatch(Action::DeleteStakeholder { id });
            store.toast(
                text,
                Some(vec![Action::RestoreStakeholder { index, stakeholder }]),
            );
        }
    };
    let on_row_click = move |ev: leptos::ev::MouseEvent| {
        let Some((action, id)) = row_action(&ev) else {
            return;
        };
        match action.as_str() {
            "open" if store.read_only() => {
                // A shared map keeps its link in the URL: navigate within it.
                ev.prevent_default();
                store.go(View::Stakeholder(id));
            }
            "rename" => editing.set(Some(id)),
            "delete" => delete(id),
            _ => {}
        }
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
                // Rows are markup; their links and buttons are handled here, by `data-action`.
                <ul class="stakeholders" data-testid="stakeholder-list" on:click=on_row_click>
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
                            let markup = row_markup(&Row { id, name: sname, role: srole, answers, lang, read_only, editing: false }, placement.as_ref());
                            view! {
                                <li class="stakeholder-row" data-testid="stakeholder-row" data-id=id inner_html=markup></li>
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

/// The `data-action` and `data-id` of the row control an event came from.
fn row_action(ev: &leptos::ev::MouseEvent) -> Option<(String, u32)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let control = el.closest("[data-action]").ok()??;
    let id = control.get_attribute("data-id")?.parse().ok()?;
    Some((control.get_attribute("data-action")?, id))
}

/// A row's content: name and role (a link to the stakeholder), position, types, health and
/// progress, and rename and delete buttons unless the map is read-only.
fn row_markup(row: &Row, placement: Option<&Placement>) -> String {
    let t = |k: K| k.get(row.lang);
    let name = esc(&row.name);
    let mut out = String::with_capacity(1024);
    let _ = write!(
        out,
        "<a class=\"stakeholder-row__main\" href=\"#{}\" data-action=\"open\" data-id=\"{}\">\
         <span class=\"stakeholder-row__name\" data-testid=\"stakeholder-name\">{name}</span>\
         <span class=\"stakeholder-row__role\">{}</span></a><div class=\"stakeholder-row__facts\">",
        View::Stakeholder(row.id).path(),
        row.id,
        esc(&row.role),
    );
    match placement {
        Some(p) => {
            push_mini_axis(&mut out, p.axis);
            let axis = fill(t(K::AxisValue), &[("n", &p.axis.to_string())]);
            let _ = write!(
                out,
                "<span class=\"stakeholder-row__axis\">{}</span><span class=\"stakeholder-row__types\">",
                esc(&axis)
            );
            for ty in &p.types {
                push_chip(&mut out, *ty, row.lang);
            }
            out.push_str("</span>");
            push_health(&mut out, p.health, row.lang);
        }
        None => {
            let _ = write!(
                out,
                "<span class=\"muted\">{}</span>",
                esc(t(K::NotAssessed))
            );
        }
    }
    let path = questionnaire::path(&row.answers);
    let answered = path
        .iter()
        .filter(|q| row.answers.contains_key(q.id))
        .count();
    let progress = fill(
        t(K::ProgressOf),
        &[("k", &answered.to_string()), ("n", &path.len().to_string())],
    );
    let _ = write!(
        out,
        "<span class=\"stakeholder-row__progress\" data-testid=\"progress\">{}</span></div>",
        esc(&progress)
    );
    if !row.read_only {
        let _ = write!(
            out,
            "<div class=\"stakeholder-row__actions\">\
             <button type=\"button\" class=\"btn btn--small btn--ghost\" data-testid=\"rename\" data-action=\"rename\" data-id=\"{id}\" aria-label=\"{}\">{}</button>\
             <button type=\"button\" class=\"btn btn--small btn--ghost btn--danger-text\" data-testid=\"delete\" data-action=\"delete\" data-id=\"{id}\" aria-label=\"{}\">{}</button></div>",
            esc(&fill(t(K::RenameNamed), &[("name", &row.name)])),
            esc(t(K::Rename)),
            esc(&fill(t(K::DeleteNamed), &[("name", &row.name)])),
            esc(t(K::Delete)),
            id = row.id,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::placement::place;

    fn row(name: &str, read_only: bool, answers: &[(&str, &str)]) -> Row {
        Row {
            id: 7,
            name: name.into(),
            role: "Chef <b>".into(),
            answers: answers
                .iter()
                .map(|(q, o)| (q.to_string(), o.to_string()))
                .collect(),
            lang: Lang::En,
            read_only,
            editing: false,
        }
    }

    #[test]
    fn names_and_roles_are_text_and_buttons_name_their_person() {
        let html = row_markup(&row("<img onerror=x> & \"Co\"", false, &[]), None);
        assert!(html.contains("&lt;img onerror=x&gt; &amp; &quot;Co&quot;</span>"));
        assert!(html.contains("Chef &lt;b&gt;"));
        assert!(!html.contains("<img"));
        assert!(html.contains("data-action=\"rename\" data-id=\"7\""));
        assert!(html.contains("data-action=\"delete\" data-id=\"7\""));
        assert!(html.contains("aria-label=\"Delete &lt;img"));
        assert!(html.contains("href=\"#/s/7\""));
        assert!(html.contains("Not assessed"));
    }

    #[test]
    fn read_only_rows_have_no_edit_buttons_and_placed_rows_show_facts() {
        let answers = crate::examples::parse_answers(
            "pays.we_pay produces.daily info.full contact.daily meaning.workplace judges.process",
        );
        let answers: Vec<(&str, &str)> = answers
            .iter()
            .map(|(q, o)| (q.as_str(), o.as_str()))
            .collect();
        let r = row("Ana", true, &answers);
        let p = place(&r.answers).expect("placed");
        let html = row_markup(&r, Some(&p));
        assert!(!html.contains("data-action=\"rename\""));
        assert!(html.contains("mini-axis"));
        assert!(html.contains(&format!("stakeholder-row__axis\">{} of 100<", p.axis)));
        assert!(html.contains("health-dot"));
        assert!(html.contains("data-testid=\"progress\""));
    }
}
