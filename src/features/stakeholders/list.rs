//! The stakeholder list: add, open, rename and delete (with Undo), plus the first-visit welcome.

use std::fmt::Write;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::components::dialog::NameDialog;
use crate::components::markup::{bdi, esc, push_chip, push_health, push_mini_axis};
use crate::components::role_flag::push_role_flag;
use crate::components::show::show_if;
use crate::components::show_more::ShowMore;
use crate::domain::placement::{place, Placement};
use crate::domain::questionnaire;
use crate::domain::state::{Action, Edit, Outcome};
use crate::domain::workspace::Stakeholder;
use crate::domain::Lang;
use crate::features::stakeholders::bring_list::{pasted_list, BringList};
use crate::features::stakeholders::welcome::Welcome;
use crate::i18n::{fill, fmt_int, user, K};

/// Rows rendered per page of the list.
const PAGE: usize = 100;

#[component]
pub fn StakeholderList() -> impl IntoView {
    let store = use_store();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let name_input = NodeRef::<leptos::html::Input>::new();
    // Several lines pasted into the name open the list preview (see `bring_list`).
    let incoming = RwSignal::new(None::<String>);

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
        let added = store.edit(Edit::AddStakeholder {
            name: n.clone(),
            role: role.get_untracked(),
            notes: String::new(),
        });
        store.announce.set(fill(
            store.t_untracked(K::StakeholderAdded),
            &[("name", &user(n.trim()))],
        ));
        name.set(String::new());
        role.set(String::new());
        offer_questions(added, name_input);
    };

    let count = move || store.with_map(|m| m.stakeholders.len()).unwrap_or(0);
    // Long lists render a page at a time, so a map of a thousand people opens at once.
    let limit = RwSignal::new(PAGE);
    // A memo: the "Showing" text, the button and the no-match note all read it, so one scan
    // per change instead of one per reader.
    let matching = Memo::new(move |_| {
        let q = query.get().to_lowercase();
        store
            .with_map(|m| {
                m.stakeholders
                    .iter()
                    .filter(|s| matches_query(s, &q))
                    .count()
            })
            .unwrap_or(0)
    });
    // The rows are one piece of markup, rebuilt when the map, the filter, the page, the
    // language or read-only mode change: a hundred rows parse in a few milliseconds, where
    // building them node by node, with their subscriptions, took a good part of a second.
    let rows = move || {
        let q = query.get().to_lowercase();
        let limit = limit.get();
        let lang = store.lang.get();
        let read_only = store.read_only();
        let mut out = String::new();
        // Only the rows shown are placed here: opening a big map does not wait for everyone's
        // placement (the map and summary compute those when they are opened).
        store.with_map(|m| {
            let shown = m
                .stakeholders
                .iter()
                .filter(|s| matches_query(s, &q))
                .take(limit);
            for s in shown {
                push_row(&mut out, s, place(&s.answers).as_ref(), lang, read_only);
            }
        });
        out
    };
    let renaming = RwSignal::new(None::<(u32, String)>);
    let rename_open = RwSignal::new(false);
    let rename = Callback::new(move |new_name: String| {
        let Some((id, _)) = renaming.get_untracked() else {
            return;
        };
        let (role, notes) = store
            .with_map(|m| m.stakeholder(id).map(|s| (s.role.clone(), s.notes.clone())))
            .flatten()
            .unwrap_or_default();
        store.edit(Edit::EditStakeholder {
            id,
            name: new_name,
            role,
            notes,
        });
        // The row was rebuilt: give focus back to its Rename button.
        request_animation_frame(move || {
            focus(&format!("[data-action=rename][data-id=\"{id}\"]"));
        });
    });

    let delete = move |id: u32, ev: &leptos::ev::MouseEvent| {
        // Where keyboard focus goes once the row is gone: the name of the row that takes its
        // place (not its Delete button, so pressing Enter again can't delete someone else).
        let row_index = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("li").ok().flatten())
            .map(|li| {
                let mut i = 0;
                let mut prev = li.previous_element_sibling();
                while let Some(p) = prev {
                    i += 1;
                    prev = p.previous_element_sibling();
                }
                i
            });
        let target = store.target();
        let found = store
            .with_map_untracked(|m| {
                m.stakeholders
                    .iter()
                    .position(|s| s.id == id)
                    .map(|i| (i, m.stakeholders[i].clone()))
            })
            .flatten();
        if let Some((index, stakeholder)) = found {
            if store.edit(Edit::DeleteStakeholder { id }) != Outcome::Removed {
                return;
            }
            let text = fill(
                store.t_untracked(K::Deleted),
                &[("name", &user(&stakeholder.name))],
            );
            store.toast(
                text,
                Some(vec![Action::edit(
                    &target,
                    Edit::RestoreStakeholder { index, stakeholder },
                )]),
            );
            if let Some(i) = row_index {
                request_animation_frame(move || focus_row_control(i, "open"));
            }
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
            "rename" => {
                let name = store
                    .with_map(|m| m.stakeholder(id).map(|s| s.name.clone()))
                    .flatten()
                    .unwrap_or_default();
                renaming.set(Some((id, name)));
                rename_open.set(true);
            }
            "delete" => delete(id, &ev),
            _ => {}
        }
    };

    let focus_add = Callback::new(move |_| {
        if let Some(i) = name_input.get() {
            let _ = i.focus();
        }
    });

    view! {
        // A shared map is read-only: no empty "add" panel above its list.
        {show_if(move || !store.read_only(), move || view! {
            <section class="panel" aria-labelledby="add-heading">
                <form class="add-form" on:submit=add data-testid="add-form" novalidate>
                    <h2 id="add-heading" class="panel__title">{store.tr(K::AddStakeholderHeading)}</h2>
                    <div class="add-form__fields">
                        <label class="field add-form__name" for="new-name">
                            <span class="field__label">{store.tr(K::NameLabel)}</span>
                            <input id="new-name" class="input" type="text" node_ref=name_input maxlength="10000"
                                data-testid="new-name" autocomplete="off"
                                placeholder=store.tr(K::NamePlaceholder)
                                aria-invalid=move || if error.get() { Some("true") } else { None }
                                aria-describedby=move || if error.get() { Some("new-name-error") } else { None }
                                prop:value=move || name.get()
                                on:input=move |ev| { name.set(event_target_value(&ev)); error.set(false); }
                                on:paste=move |ev| if let Some(text) = pasted_list(&ev) { ev.prevent_default(); incoming.set(Some(text)); } />
                        </label>
                        <label class="field add-form__role" for="new-role">
                            <span class="field__label">{store.tr(K::RoleLabel)}</span>
                            <input id="new-role" class="input" type="text" data-testid="new-role" autocomplete="off"
                                placeholder=store.tr(K::RolePlaceholder)
                                prop:value=move || role.get()
                                on:input=move |ev| role.set(event_target_value(&ev)) />
                        </label>
                        <button type="submit" class="btn btn--primary add-form__submit" data-testid="add-button">
                            {store.tr(K::Add)}
                        </button>
                    </div>
                    {show_if(move || error.get(), move || view! {
                        <p id="new-name-error" class="field__error" role="alert">{store.tr(K::NameRequired)}</p>
                    })}
                </form>
                <BringList incoming=incoming/>
            </section>
        })}

        {show_if(move || count() == 0 && !store.read_only(), move || view! {
            <Welcome on_start=focus_add/>
        })}

        {show_if(move || { count() > 0 }, move || view! {
            <section class="panel" aria-labelledby="list-heading">
                <div class="panel__head">
                    <h2 id="list-heading" class="panel__title">
                        {store.tr(K::StakeholdersHeading)}
                        {" "}
                        <span class="panel__count" data-testid="stakeholder-count">
                            {move || fill(store.t(K::StakeholderCount), &[("n", &fmt_int(count(), store.lang.get()))])}
                        </span>
                    </h2>
                    {show_if(move || { count() > 8 }, move || view! {
                        <label class="field field--inline" for="list-search">
                            <span class="sr-only">{store.tr(K::FilterList)}</span>
                            <input id="list-search" type="search" class="input input--small"
                                placeholder=store.tr(K::FilterList)
                                prop:value=move || query.get()
                                on:input=move |ev| query.set(event_target_value(&ev)) />
                        </label>
                    })}
                </div>
                // Rows are markup; their links and buttons are handled here, by `data-action`.
                <ul class="stakeholders" data-testid="stakeholder-list" on:click=on_row_click inner_html=rows>
                </ul>
                <ShowMore limit=limit total=matching page=PAGE showing_id="list-showing" more_id="show-more"/>
                {show_if(move || !query.get().is_empty() && matching.get() == 0, move || view! {
                    <p class="empty">{store.tr(K::NoMatches)}</p>
                })}
            </section>
        })}
        <NameDialog open=rename_open testid="rename-dialog"
            title=Signal::derive(move || {
                let name = renaming.with(|r| r.as_ref().map(|(_, n)| n.clone()).unwrap_or_default());
                fill(store.t(K::RenameLabel), &[("name", &user(&name))])
            })
            initial=Signal::derive(move || renaming.with(|r| r.as_ref().map(|(_, n)| n.clone()).unwrap_or_default()))
            confirm=Signal::derive(move || store.t(K::SaveName).to_string())
            on_done=rename/>
    }
}

/// Whether a stakeholder's name or role contains `q` (already lower-case; empty matches all).
fn matches_query(s: &Stakeholder, q: &str) -> bool {
    q.is_empty() || s.name.to_lowercase().contains(q) || s.role.to_lowercase().contains(q)
}

/// After an add, the next step is one key away: focus goes to the new row's "Answer
/// questions", so Enter starts its questionnaire (the name field otherwise).
fn offer_questions(added: Outcome, name_input: NodeRef<leptos::html::Input>) {
    let Outcome::Added(id) = added else {
        if let Some(i) = name_input.get_untracked() {
            let _ = i.focus();
        }
        return;
    };
    // The row is markup, rebuilt with the list: once it is in the page.
    request_animation_frame(move || {
        if !focus(&format!("[data-action=answer][data-id=\"{id}\"]")) {
            if let Some(i) = name_input.get_untracked() {
                let _ = i.focus();
            }
        }
    });
}

/// Focuses the first element matching `selector`, if any.
fn focus(selector: &str) -> bool {
    let found = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    found.is_some_and(|el| el.focus().is_ok())
}

/// Focuses a control of the row now at position `i` (or the last row); with no rows left, the
/// name field for adding someone.
fn focus_row_control(i: usize, action: &str) {
    let rows = document().query_selector_all("[data-testid=stakeholder-row]");
    let count = rows.as_ref().map_or(0, |r| r.length() as usize);
    if count > 0 {
        let at = i.min(count - 1) + 1;
        let sel = format!("[data-testid=stakeholder-row]:nth-child({at}) [data-action={action}]");
        if focus(&sel) || focus(&format!("[data-testid=stakeholder-row]:nth-child({at}) a")) {
            return;
        }
    }
    focus("#new-name");
}

/// The `data-action` and `data-id` of the row control an event came from.
fn row_action(ev: &leptos::ev::MouseEvent) -> Option<(String, u32)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let control = el.closest("[data-action]").ok()??;
    let id = control.get_attribute("data-id")?.parse().ok()?;
    Some((control.get_attribute("data-action")?, id))
}

/// A row: name and role (a link to the stakeholder), position, types, health and progress,
/// and rename and delete buttons unless the map is read-only.
fn push_row(
    out: &mut String,
    row: &Stakeholder,
    placement: Option<&Placement>,
    lang: Lang,
    read_only: bool,
) {
    let t = |k: K| k.get(lang);
    // Name and role in `<bdi>`: their direction marks stay inside them.
    let name = bdi(&row.name);
    let _ = write!(
        out,
        "<li class=\"stakeholder-row\" data-testid=\"stakeholder-row\" data-id=\"{}\">\
         <a class=\"stakeholder-row__main\" href=\"#{}\" data-action=\"open\" data-id=\"{}\">\
         <span class=\"stakeholder-row__name\" data-testid=\"stakeholder-name\">{name}</span>\
         <span class=\"stakeholder-row__role\">{}</span></a><div class=\"stakeholder-row__facts\">",
        row.id,
        View::Stakeholder(row.id).path(),
        row.id,
        bdi(&row.role),
    );
    match placement {
        Some(p) => {
            push_mini_axis(out, p.axis);
            let axis = fill(t(K::AxisValue), &[("n", &p.axis.to_string())]);
            let _ = write!(
                out,
                "<span class=\"stakeholder-row__axis\">{}</span><span class=\"stakeholder-row__types\">",
                esc(&axis)
            );
            for ty in &p.types {
                push_chip(out, *ty, lang);
            }
            out.push_str("</span>");
            push_role_flag(out, p.role, p.side, lang);
            push_health(out, p.health, lang);
        }
        None => {
            let _ = write!(
                out,
                "<span class=\"muted\">{}</span>",
                esc(t(K::NotAssessed))
            );
        }
    }
    let (answered, asked) = questionnaire::progress(&row.answers);
    let progress = fill(
        t(K::ProgressOf),
        &[("k", &answered.to_string()), ("n", &asked.to_string())],
    );
    let _ = write!(
        out,
        "<span class=\"stakeholder-row__progress\" data-testid=\"progress\">{}</span></div>",
        esc(&progress)
    );
    if !read_only {
        out.push_str("<div class=\"stakeholder-row__actions\">");
        // Someone with no answers yet: their questionnaire is the next step.
        if answered == 0 {
            let _ = write!(
                out,
                "<a class=\"btn btn--small btn--primary\" href=\"#{}\" data-testid=\"answer-questions\" \
                 data-action=\"answer\" data-id=\"{}\" aria-label=\"{}\">{}</a>",
                View::Questionnaire(row.id, None).path(),
                row.id,
                esc(&fill(t(K::AnswerQuestionsNamed), &[("name", &user(&row.name))])),
                esc(t(K::AnswerQuestions)),
            );
        }
        let _ = write!(
            out,
            "\
             <button type=\"button\" class=\"btn btn--small btn--ghost\" data-testid=\"rename\" data-action=\"rename\" data-id=\"{id}\" aria-label=\"{}\">{}</button>\
             <button type=\"button\" class=\"btn btn--small btn--ghost btn--danger-text\" data-testid=\"delete\" data-action=\"delete\" data-id=\"{id}\" aria-label=\"{}\">{}</button></div>",
            esc(&fill(t(K::RenameNamed), &[("name", &user(&row.name))])),
            esc(t(K::Rename)),
            esc(&fill(t(K::DeleteNamed), &[("name", &user(&row.name))])),
            esc(t(K::Delete)),
            id = row.id,
        );
    }
    out.push_str("</li>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::placement::place;

    fn row(name: &str, answers: &[(&str, &str)]) -> Stakeholder {
        Stakeholder {
            id: 7,
            name: name.into(),
            role: "Chef <b>".into(),
            notes: String::new(),
            answers: answers
                .iter()
                .map(|(q, o)| (q.to_string(), o.to_string()))
                .collect(),
        }
    }

    fn markup(s: &Stakeholder, p: Option<&Placement>, read_only: bool) -> String {
        let mut out = String::new();
        push_row(&mut out, s, p, Lang::En, read_only);
        out
    }

    #[test]
    fn names_and_roles_are_text_and_buttons_name_their_person() {
        let html = markup(&row("<img onerror=x> & \"Co\"", &[]), None, false);
        assert!(html.starts_with(
            "<li class=\"stakeholder-row\" data-testid=\"stakeholder-row\" data-id=\"7\">"
        ));
        assert!(html.ends_with("</li>"));
        assert!(html.contains("<bdi>&lt;img onerror=x&gt; &amp; &quot;Co&quot;</bdi></span>"));
        assert!(html.contains("<bdi>Chef &lt;b&gt;</bdi>"));
        assert!(!html.contains("<img"));
        assert!(html.contains("data-action=\"rename\" data-id=\"7\""));
        assert!(html.contains("data-action=\"delete\" data-id=\"7\""));
        assert!(html.contains("aria-label=\"Delete \u{2068}&lt;img"));
        assert!(html.contains("href=\"#/s/7\""));
        assert!(html.contains("Not assessed"));
    }

    #[test]
    fn a_hostile_name_is_isolated_from_the_row_around_it() {
        let html = markup(&row("\u{202e}evil", &[]), None, false);
        // Element content: in `<bdi>`, with no invisible marks added to the visible text.
        assert!(html.contains("data-testid=\"stakeholder-name\"><bdi>\u{202e}evil</bdi></span>"));
        // Attributes: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
        assert!(html.contains("aria-label=\"Rename \u{2068}\u{202e}evil\u{2069}\""));
        assert!(html.contains("aria-label=\"Delete \u{2068}\u{202e}evil\u{2069}\""));
        // An ordinary name reads exactly as before once the markup is parsed.
        let plain = markup(&row("Ana", &[]), None, false);
        assert!(plain.contains(">Ana</bdi></span>"));
        // A name that looks like a placeholder stays as written.
        let braces = markup(&row("{n} {name}", &[]), None, false);
        assert!(braces.contains("<bdi>{n} {name}</bdi>"));
        assert!(braces.contains("aria-label=\"Delete \u{2068}{n} {name}\u{2069}\""));
    }

    #[test]
    fn read_only_rows_have_no_edit_buttons_and_placed_rows_show_facts() {
        let answers = crate::domain::examples::parse_answers(
            "pays.we_pay produces.daily info.full contact.daily meaning.workplace judges.process",
        );
        let answers: Vec<(&str, &str)> = answers
            .iter()
            .map(|(q, o)| (q.as_str(), o.as_str()))
            .collect();
        let r = row("Ana", &answers);
        let p = place(&r.answers).expect("placed");
        let html = markup(&r, Some(&p), true);
        assert!(!html.contains("data-action=\"rename\""));
        assert!(html.contains("mini-axis"));
        assert!(html.contains(&format!("stakeholder-row__axis\">{} of 100<", p.axis)));
        assert!(html.contains("health-dot"));
        assert!(html.contains("data-testid=\"progress\""));
        assert!(!html.contains("role-flag"), "one role: no flag");
    }

    #[test]
    fn a_row_flags_two_roles_and_work_through_another_firm() {
        for (pays, flag) in [
            ("pays.both", "Also buys from you"),
            ("pays.through", "Works for you through another firm"),
        ] {
            let r = row(
                "Eva",
                &[
                    ("pays", pays),
                    ("contact", "contact.daily"),
                    ("meaning", "meaning.project"),
                ],
            );
            let p = place(&r.answers).expect("placed");
            let html = markup(&r, Some(&p), false);
            assert!(html.contains(&format!(">{flag}</span>")), "{html}");
            assert!(html.contains(&format!("data-role=\"{}\"", p.role.id())));
        }
    }
}
