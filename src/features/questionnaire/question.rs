//! The guided questionnaire: one question at a time, saved on every choice, keyboard-first.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::components::back_link::BackToStakeholder;
use crate::components::not_found::NotFoundPanel;
use crate::domain::questionnaire::{self, DONT_KNOW, DONT_KNOW_LABEL};
use crate::domain::state::Edit;
use crate::i18n::{fill, user, K};

#[component]
pub fn QuestionnaireView(id: u32, question: Option<String>) -> impl IntoView {
    let store = use_store();
    let answers = store.answers_memo(id);
    let name = store.name_memo(id);

    let unknown = question.clone();
    // Resolve which question to show: the one in the URL if it is on the path, else the first unanswered.
    let current = Memo::new(move |_| {
        answers.with(|a| {
            let a = a.as_ref()?;
            let path = questionnaire::path(a);
            let pos = question
                .as_deref()
                .and_then(|q| path.iter().position(|p| p.id == q))
                .or_else(|| path.iter().position(|p| !questionnaire::is_answered(p, a)));
            Some((pos, path.len()))
        })
    });
    // A question id that is not on this stakeholder's path (a mistyped or outdated link, or one
    // from before an answer changed the path) is replaced by the next open question, and said so.
    let told = StoredValue::new(false);
    // Without a question id in the URL, put the resolved one there so a reload resumes exactly here.
    Effect::new(move |_| {
        if store.read_only() {
            return;
        }
        if let Some(q) = unknown.as_deref().filter(|_| !told.get_value()) {
            let off_path = answers.with(|a| {
                a.as_ref()
                    .is_some_and(|a| !questionnaire::path(a).iter().any(|p| p.id == q))
            });
            if off_path {
                told.set_value(true);
                let who = name.get_untracked();
                store.toast(
                    fill(
                        store.t_untracked(K::QuestionNotOnPath),
                        &[("name", &user(&who))],
                    ),
                    None,
                );
            }
        }
        match current.get() {
            Some((Some(pos), _)) => {
                let qid =
                    answers.with_untracked(|a| a.as_ref().map(|a| questionnaire::path(a)[pos].id));
                if let Some(qid) = qid {
                    let want = View::Questionnaire(id, Some(qid.to_string()));
                    if store.route.with_untracked(|r| r.view != want) {
                        store.replace_view(want);
                    }
                }
            }
            Some((None, _)) => store.go(View::Review(id)),
            None => {}
        }
    });

    let fieldset = NodeRef::<leptos::html::Fieldset>::new();
    let choose = move |option: String| {
        let Some((Some(pos), _)) = current.get_untracked() else {
            return;
        };
        let qid = answers
            .with_untracked(|a| a.as_ref().map(|a| questionnaire::path(a)[pos].id))
            .unwrap_or_default();
        store.edit(Edit::SetAnswer {
            id,
            question: qid.to_string(),
            option,
        });
        // A refused change (a read-only map) leaves the answer as it was: so must the radios,
        // which the browser checked on the click itself.
        let now = answers
            .with_untracked(|a| a.as_ref().and_then(|a| a.get(qid).cloned()))
            .unwrap_or_default();
        if let Some(set) = fieldset.get_untracked() {
            if let Ok(radios) = set.query_selector_all("input[type=radio]") {
                for i in 0..radios.length() {
                    if let Some(r) = radios
                        .get(i)
                        .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        r.set_checked(r.value() == now);
                    }
                }
            }
        }
    };
    let go_next = move || {
        let Some((Some(pos), _)) = current.get_untracked() else {
            return;
        };
        answers.with_untracked(|a| {
            let Some(a) = a else { return };
            let path = questionnaire::path(a);
            let q = path[pos];
            if !questionnaire::is_answered(q, a) {
                store
                    .announce
                    .set(store.t_untracked(K::ChooseAnOption).to_string());
                return;
            }
            match path.get(pos + 1) {
                Some(next) => store.go(View::Questionnaire(id, Some(next.id.to_string()))),
                None => store.go(View::Review(id)),
            }
        });
    };
    let go_back = move || {
        let Some((Some(pos), _)) = current.get_untracked() else {
            return;
        };
        if pos == 0 {
            store.go(View::Stakeholder(id));
            return;
        }
        let prev =
            answers.with_untracked(|a| a.as_ref().map(|a| questionnaire::path(a)[pos - 1].id));
        if let Some(prev) = prev {
            store.go(View::Questionnaire(id, Some(prev.to_string())));
        }
    };

    // Focus the chosen option (or the first) whenever the question changes.
    Effect::new(move |_| {
        let _ = current.get();
        request_animation_frame(move || {
            if let Some(fs) = fieldset.try_get().flatten() {
                let target = fs
                    .query_selector("input:checked")
                    .ok()
                    .flatten()
                    .or_else(|| fs.query_selector("input").ok().flatten());
                if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            }
        });
    });

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if key == "Escape" {
            ev.prevent_default();
            store.go(View::Stakeholder(id));
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        if key == "Enter" {
            // On a radio or the form itself, Enter goes on (buttons keep their own Enter).
            let on_button = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlButtonElement>().ok())
                .is_some();
            if !on_button {
                ev.prevent_default();
                go_next();
            }
            return;
        }
        let mut chars = key.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            let option = answers.with_untracked(|a| {
                let a = a.as_ref()?;
                let (Some(pos), _) = current.get_untracked()? else {
                    return None;
                };
                questionnaire::choice_for_key(questionnaire::path(a)[pos], c)
            });
            if let Some(o) = option {
                ev.prevent_default();
                choose(o.to_string());
                // Move focus with the choice at once, so arrows continue from there.
                crate::web::dom::focus_id(&format!("opt-{}", o.replace('.', "-")));
            }
        }
    };

    view! {
        <BackToStakeholder id=id name=name/>
        {move || {
            let Some((Some(pos), total)) = current.get() else {
                return view! { <NotFoundPanel/> }.into_any();
            };
            // Only the question's identity is tracked here; the chosen option is tracked per
            // option below, so choosing does not rebuild the question (focus stays put).
            let Some(q) = answers.with_untracked(|a| a.as_ref().map(|a| questionnaire::path(a)[pos])) else { return ().into_any() };
            let selected = move || answers.with(|a| a.as_ref().and_then(|a| a.get(q.id).cloned()));
            let mut opts: Vec<(String, crate::domain::Text)> = q.shown().into_iter().map(|o| (o.id.to_string(), o.label)).collect();
            opts.push((DONT_KNOW.to_string(), DONT_KNOW_LABEL));
            let keys = questionnaire::shortcut_keys(q);
            let pct = (pos * 100 / total.max(1)) as u32;
            let is_last = pos + 1 == total;
            view! {
                <section class="panel questionnaire" aria-labelledby="q-progress" data-testid="questionnaire" data-question=q.id>
                    <div class="questionnaire__progress">
                        <p id="q-progress" class="questionnaire__count" data-testid="q-progress">
                            {move || fill(store.t(K::QuestionKOfN), &[("k", &(pos + 1).to_string()), ("n", &total.to_string())])}
                            " · " {move || q.section.label().get(store.lang.get())}
                        </p>
                        <progress class="progress" max="100" value=pct aria-labelledby="q-progress"></progress>
                    </div>
                    <form class="questionnaire__form" on:submit=move |ev| { ev.prevent_default(); go_next(); } on:keydown=on_key>
                        <fieldset class="question" node_ref=fieldset aria-describedby="q-help">
                            <legend class="question__prompt" data-testid="q-prompt">{move || q.prompt.get(store.lang.get())}</legend>
                            <p id="q-help" class="question__help">{move || q.help.get(store.lang.get())}</p>
                            <div class="options">
                                {opts.into_iter().enumerate().map(|(i, (oid, label))| {
                                    let dk = oid == DONT_KNOW;
                                    let input_id = format!("opt-{}", oid.replace('.', "-"));
                                    let label_for = input_id.clone();
                                    let is_checked = {
                                        let oid = oid.clone();
                                        move || selected().as_deref() == Some(oid.as_str())
                                    };
                                    let oid2 = oid.clone();
                                    let is_checked2 = is_checked.clone();
                                    view! {
                                        <label class="option" class:option--dk=dk class:option--checked=is_checked2 for=label_for data-testid="option" data-option=oid.clone()>
                                            <input type="radio" name="answer" id=input_id value=oid.clone() prop:checked=is_checked
                                                on:change=move |_| choose(oid2.clone()) />
                                            <span class="option__key" aria-hidden="true">{keys[i].map(String::from)}</span>
                                            <span class="option__label">{move || label.get(store.lang.get())}</span>
                                        </label>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset>
                        <div class="questionnaire__nav">
                            <button type="button" class="btn btn--ghost" data-testid="q-back" on:click=move |_| go_back()>"← " {store.tr(K::Back)}</button>
                            <button type="button" class="btn btn--ghost" data-testid="q-exit" on:click=move |_| store.go(View::Stakeholder(id))>{store.tr(K::ExitQuestionnaire)}</button>
                            <button type="submit" class="btn btn--primary" data-testid="q-next" disabled=move || selected().is_none()>
                                {move || if is_last { store.t(K::Finish) } else { store.t(K::Next) }} " →"
                            </button>
                        </div>
                        <p class="questionnaire__hint muted">{store.tr(K::KeyboardHint)}</p>
                    </form>
                </section>
            }.into_any()
        }}
    }
}
