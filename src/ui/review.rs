//! Review of every answer before finishing, each editable in place.

use leptos::prelude::*;

use crate::domain::questionnaire::{self, DONT_KNOW, DONT_KNOW_LABEL};
use crate::domain::state::Action;
use crate::i18n::K;
use crate::route::View;
use crate::ui::ctx::use_store;

#[component]
pub fn ReviewView(id: u32) -> impl IntoView {
    let store = use_store();
    let answers = Memo::new(move |_| {
        store
            .with_map(|m| m.stakeholder(id).map(|s| s.answers.clone()))
            .flatten()
    });
    let name = Memo::new(move |_| {
        store
            .with_map(|m| m.stakeholder(id).map(|s| s.name.clone()))
            .flatten()
            .unwrap_or_default()
    });
    view! {
        <nav class="crumbs">
            <a href=format!("#{}", View::Stakeholder(id).path()) class="crumbs__back">"← " {move || name.get()}</a>
        </nav>
        <section class="panel review" aria-labelledby="review-title" data-testid="review">
            <h2 id="review-title" class="panel__title">{move || store.t(K::ReviewHeading)}</h2>
            <p class="muted">{move || store.t(K::ReviewIntro)}</p>
            <ol class="review__list">
                {move || {
                    let Some(a) = answers.get() else { return ().into_any() };
                    questionnaire::path(&a).into_iter().map(|q| {
                        let current = a.get(q.id).cloned().unwrap_or_default();
                        let select_id = format!("review-{}", q.id);
                        view! {
                            <li class="review__item" data-testid="review-item" data-question=q.id>
                                <label class="review__q" for=select_id.clone()>{move || q.prompt.get(store.lang.get())}</label>
                                <select id=select_id class="input review__select" data-testid="review-select"
                                    on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        if v.is_empty() {
                                            store.dispatch(Action::ClearAnswer { id, question: q.id.to_string() });
                                        } else {
                                            store.dispatch(Action::SetAnswer { id, question: q.id.to_string(), option: v });
                                        }
                                    }>
                                    <option value="" selected=current.is_empty()>{move || store.t(K::Unanswered)}</option>
                                    {q.options.iter().map(|o| view! {
                                        <option value=o.id selected=current == o.id>{move || o.label.get(store.lang.get())}</option>
                                    }).collect_view()}
                                    <option value=DONT_KNOW selected=current == DONT_KNOW>{move || DONT_KNOW_LABEL.get(store.lang.get())}</option>
                                </select>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ol>
            <div class="review__actions">
                <a class="btn btn--ghost" href=format!("#{}", View::Questionnaire(id, None).path())>{move || store.t(K::ContinueQuestionnaire)}</a>
                <a class="btn btn--primary" data-testid="see-result" href=format!("#{}", View::Stakeholder(id).path())>{move || store.t(K::SeeTheResult)}</a>
            </div>
        </section>
    }
}
