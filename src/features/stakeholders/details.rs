//! A stakeholder's page: the way into the questionnaire, their results, then their details
//! (name, role, notes) and, under "Advanced", their answers as JSON.

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::components::show::show_if;
use crate::domain::questionnaire;
use crate::domain::state::Edit;
use crate::domain::workspace::Stakeholder;
use crate::features::hearing::compare::Hearing;
use crate::features::invites::ask::InvitesPanel;
use crate::features::results::panel::Results;
use crate::features::stakeholders::answers_panel::AnswersPanel;
use crate::i18n::{fill, K};

/// The stakeholder's editable details and the way into the questionnaire.
#[component]
pub fn Details(id: u32, stakeholder: Memo<Option<Stakeholder>>) -> impl IntoView {
    let store = use_store();
    let field = move |f: fn(&Stakeholder) -> String| {
        move || stakeholder.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let save = move |name: Option<String>, role: Option<String>, notes: Option<String>| {
        let Some(s) = stakeholder.get_untracked() else {
            return;
        };
        store.edit(Edit::EditStakeholder {
            id,
            name: name.unwrap_or(s.name),
            role: role.unwrap_or(s.role),
            notes: notes.unwrap_or(s.notes),
        });
    };
    let progress = move || {
        stakeholder.with(|s| {
            s.as_ref()
                .map(|s| questionnaire::progress(&s.answers))
                .unwrap_or((0, 0))
        })
    };
    let ro = move || store.read_only();
    view! {
        <nav class="crumbs">
            <a href="#/" class="crumbs__back" on:click=move |ev| { ev.prevent_default(); store.go(View::List); }>
                "← " {store.tr(K::BackToList)}
            </a>
        </nav>
        <section class="panel stakeholder" aria-labelledby="stakeholder-name">
            <h2 id="stakeholder-name" class="stakeholder__name" data-testid="stakeholder-title"><bdi>{field(|s| s.name.clone())}</bdi></h2>
            {show_if(move || !ro(), move || view! {
                <div class="stakeholder__actions">
                    // Once every question is answered, the main action is reviewing the answers.
                    <a class="btn btn--primary"
                        data-testid=move || { let (k, n) = progress(); if k == n { "review-answers" } else { "start-questionnaire" } }
                        href=move || { let (k, n) = progress(); format!("#{}", if k == n { View::Review(id) } else { View::Questionnaire(id, None) }.path()) }>
                        {move || {
                            let (k, n) = progress();
                            if k == 0 { store.t(K::StartQuestionnaire) } else if k < n { store.t(K::ContinueQuestionnaire) } else { store.t(K::ReviewAnswers) }
                        }}
                        <span class="btn__meta">{move || { let (k, n) = progress(); fill(store.t(K::ProgressOf), &[("k", &k.to_string()), ("n", &n.to_string())]) }}</span>
                    </a>
                    {show_if(move || { let (k, n) = progress(); k > 0 && k < n }, move || view! {
                        <a class="btn" data-testid="review-answers" href=move || format!("#{}", View::Review(id).path())>
                            {store.tr(K::ReviewAnswers)}
                        </a>
                    })}
                </div>
            })}
        </section>
        // The result leads; the details that rarely change come after it.
        <Results id=id/>
        <section class="panel stakeholder-details" aria-labelledby="details-title">
            <h2 id="details-title" class="panel__title">{store.tr(K::Details)}</h2>
            <div class="stakeholder__fields">
                <label class="field" for="sh-name">
                    <span class="field__label">{store.tr(K::NameLabel)}</span>
                    <input id="sh-name" class="input" type="text" maxlength="10000" disabled=ro
                        prop:value=field(|s| s.name.clone())
                        on:input=move |ev| save(Some(event_target_value(&ev)), None, None)
                        on:change=move |ev| {
                            // A name can't be blank: leaving the field empty puts the saved name back.
                            if event_target_value(&ev).trim().is_empty() {
                                let input: web_sys::HtmlInputElement = event_target(&ev);
                                input.set_value(&field(|s| s.name.clone())());
                            }
                        } />
                </label>
                <label class="field" for="sh-role">
                    <span class="field__label">{store.tr(K::RoleLabel)}</span>
                    <input id="sh-role" class="input" type="text" disabled=ro data-testid="sh-role"
                        prop:value=field(|s| s.role.clone())
                        on:input=move |ev| save(None, Some(event_target_value(&ev)), None) />
                </label>
                <label class="field stakeholder__notes" for="sh-notes">
                    <span class="field__label">{store.tr(K::NotesLabel)}</span>
                    <textarea id="sh-notes" class="input" rows="2" disabled=ro data-testid="sh-notes"
                        prop:value=field(|s| s.notes.clone())
                        on:input=move |ev| save(None, None, Some(event_target_value(&ev)))></textarea>
                </label>
            </div>
        </section>
        <Hearing id=id/>
        <InvitesPanel id=id/>
        <AnswersPanel id=id stakeholder=stakeholder/>
    }
}
