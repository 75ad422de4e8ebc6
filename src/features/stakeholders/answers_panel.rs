//! A stakeholder's answers in the documented JSON format, with a paste box to import others.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::codec::answers::{answers_to_json, parse_answers_json};
use crate::components::show::show_if;
use crate::components::text::isolated;
use crate::domain::state::Edit;
use crate::domain::workspace::Stakeholder;
use crate::i18n::{fill, user, K};

/// The answers in the documented JSON format, and a paste box to import others.
#[component]
pub fn AnswersPanel(id: u32, stakeholder: Memo<Option<Stakeholder>>) -> impl IntoView {
    let store = use_store();
    let json = move || {
        stakeholder.with(|s| {
            s.as_ref()
                .map(|s| answers_to_json(&s.answers))
                .unwrap_or_default()
        })
    };
    let draft = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<(bool, String)>);
    let import = move |_| {
        let text = draft.get_untracked().unwrap_or_else(json);
        match parse_answers_json(&text) {
            Ok(answers) => {
                store.edit(Edit::ReplaceAnswers { id, answers });
                draft.set(None);
                message.set(Some((
                    true,
                    store.t_untracked(K::AnswersImported).to_string(),
                )));
            }
            Err(e) => message.set(Some((
                false,
                // The field may be a key the user pasted; the message marks what it quotes.
                fill(
                    store.t_untracked(K::AnswersInvalid),
                    &[("field", &user(&e.field)), ("msg", &e.message)],
                ),
            ))),
        }
    };
    view! {
        <details class="panel answers-panel" data-testid="answers-panel">
            // Closed until asked for: the raw answers are for moving them between maps or tools.
            <summary class="panel__title answers-panel__summary">
                {store.tr(K::Advanced)}
                <span class="answers-panel__what">{store.tr(K::AnswersHeading)}</span>
            </summary>
            <p class="muted">{store.tr(K::AnswersHelp)}</p>
            <label class="field" for="answers-json">
                <span class="sr-only">{store.tr(K::AnswersHeading)}</span>
                <textarea id="answers-json" class="input input--mono" rows="10" data-testid="answers-json"
                    readonly=move || store.read_only()
                    prop:value=move || draft.get().unwrap_or_else(json)
                    on:input=move |ev| { draft.set(Some(event_target_value(&ev))); message.set(None); }></textarea>
            </label>
            {move || message.get().map(|(ok, text)| view! {
                <p class=if ok { "notice notice--ok" } else { "notice notice--error" } role="alert" data-testid="answers-message">{isolated(&text)}</p>
            })}
            {show_if(move || !store.read_only(), move || view! {
                <button class="btn" data-testid="import-answers" on:click=import>{store.tr(K::ImportAnswers)}</button>
            })}
        </details>
    }
}
