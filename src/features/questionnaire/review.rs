//! Review of every answer before finishing, each editable in place.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::components::back_link::BackToStakeholder;
use crate::components::list::{keyed_list, row};
use crate::components::not_found::NotFoundPanel;
use crate::components::show::show_else;
use crate::domain::questionnaire::{self, DONT_KNOW, DONT_KNOW_LABEL};
use crate::domain::state::Edit;
use crate::i18n::K;

/// Answers longer than this (in characters) may not fit a phone-width select.
const LONG_ANSWER: usize = 28;

#[component]
pub fn ReviewView(id: u32) -> impl IntoView {
    let store = use_store();
    let answers = store.answers_memo(id);
    let name = store.name_memo(id);
    let path = Memo::new(move |_| {
        answers.with(|a| {
            a.as_ref()
                .map(|a| {
                    questionnaire::path(a)
                        .iter()
                        .map(|q| q.id)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <BackToStakeholder id=id name=name/>
        {show_else(move || answers.with(Option::is_some), move || view! {
        <section class="panel review" aria-labelledby="review-title" data-testid="review">
            <h2 id="review-title" class="panel__title">{store.tr(K::ReviewHeading)}</h2>
            <p class="muted" data-testid="review-intro">
                {move || store.t(if store.read_only() { K::ReviewIntroReadOnly } else { K::ReviewIntro })}
            </p>
            <ol class="review__list">
                // Keyed by question: changing an answer updates that one select (and adds or
                // removes the questions it opens or closes) instead of rebuilding the list.
                {keyed_list(move || path.get().into_iter().map(|qid| row(qid, move || {
                    questionnaire::question(qid).map(|q| {
                        let current = Memo::new(move |_| {
                            answers.with(|a| a.as_ref().and_then(|a| a.get(q.id).cloned()).unwrap_or_default())
                        });
                        let select_id = format!("review-{}", q.id);
                        view! {
                            <li class="review__item" data-testid="review-item" data-question=q.id>
                                <label class="review__q" for=select_id.clone()>{move || q.prompt.get(store.lang.get())}</label>
                                <select id=select_id class="input review__select" data-testid="review-select"
                                    on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        if v.is_empty() {
                                            store.edit(Edit::ClearAnswer { id, question: q.id.to_string() });
                                        } else {
                                            store.edit(Edit::SetAnswer { id, question: q.id.to_string(), option: v });
                                        }
                                        // A refused change (a read-only map) shows the answer kept.
                                        if let Some(select) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                                            select.set_value(&current.get_untracked());
                                        }
                                    }>
                                    <option value="" prop:selected=move || current.with(|c| c.is_empty())>{store.tr(K::Unanswered)}</option>
                                    {q.shown().into_iter().map(|o| view! {
                                        <option value=o.id prop:selected=move || current.with(|c| c == o.id)>{move || o.label.get(store.lang.get())}</option>
                                    }).collect_view()}
                                    <option value=DONT_KNOW prop:selected=move || current.with(|c| c == DONT_KNOW)>{move || DONT_KNOW_LABEL.get(store.lang.get())}</option>
                                </select>
                                // On narrow screens the select cuts long answers short: a long
                                // chosen one is also written out in full (the select already
                                // names it to assistive technology).
                                {move || current.with(|c| q.option(c).map(|o| o.label.get(store.lang.get())))
                                    .filter(|label| label.chars().count() > LONG_ANSWER)
                                    .map(|label| view! { <p class="review__chosen" aria-hidden="true">{label}</p> })}
                            </li>
                        }
                    })
                })).collect())}
            </ol>
            <div class="review__actions">
                <a class="btn btn--ghost" href=format!("#{}", View::Questionnaire(id, None).path())>{store.tr(K::ContinueQuestionnaire)}</a>
                <a class="btn btn--primary" data-testid="see-result" href=format!("#{}", View::Stakeholder(id).path())>{store.tr(K::SeeTheResult)}</a>
            </div>
        </section>
        }, || view! { <NotFoundPanel/> })}
    }
}
