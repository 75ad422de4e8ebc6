//! The guided questionnaire: one question at a time, saved on every choice, keyboard-first,
//! sized to fit a phone's first screen. A tap on an option (or its key) records it and goes on;
//! Back, the browser's Back and a swipe to the right bring the previous question back.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::components::back_link::BackToStakeholder;
use crate::components::not_found::NotFoundPanel;
use crate::domain::questionnaire::{self, DONT_KNOW, DONT_KNOW_LABEL};
use crate::domain::state::Edit;
use crate::i18n::{fill, user, K};

/// How far (in CSS pixels) a pointer must travel sideways, mostly level, to count as a swipe.
const SWIPE: f64 = 60.0;

/// Whether the window is wide enough to show each question's explanation open.
fn wide() -> bool {
    window()
        .match_media("(min-width: 761px)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The question the URL names, if the page is a questionnaire.
fn question_in_url(view: &View) -> Option<String> {
    match view {
        View::Questionnaire(_, q) => q.clone(),
        _ => None,
    }
}

#[component]
pub fn QuestionnaireView(id: u32) -> impl IntoView {
    let store = use_store();
    let answers = store.answers_memo(id);
    let name = store.name_memo(id);
    // The page stays mounted from question to question (no jump to the top, no rebuild of the
    // frame): the question comes from the URL, so Back in the browser works as expected.
    // While the address moves on to another page, this one keeps its question until it goes.
    let here = move || {
        store
            .route
            .with(|r| matches!(r.view, View::Questionnaire(i, _) if i == id))
    };
    let question = Memo::new(move |prev: Option<&Option<String>>| {
        if here() {
            store.route.with(|r| question_in_url(&r.view))
        } else {
            prev.cloned().flatten()
        }
    });

    // Resolve which question to show: the one in the URL if it is on the path, else the first unanswered.
    let current = Memo::new(move |_| {
        let question = question.get();
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
    let unknown = question.get_untracked();
    let told = StoredValue::new(false);
    // Without a question id in the URL, put the resolved one there so a reload resumes exactly
    // here; with every question answered, go on to the review. Both only move the address, so
    // they apply to a read-only map too (its answers are refused by the store, not hidden).
    Effect::new(move |_| {
        if !here() {
            return;
        }
        if let Some(q) = unknown.as_deref().filter(|_| !told.get_value()) {
            let off_path = answers.with(|a| {
                a.as_ref()
                    .is_some_and(|a| !questionnaire::path(a).iter().any(|p| p.id == q))
            });
            if off_path {
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
        told.set_value(true);
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
    // Records `option` for the question shown; true when it was recorded (a read-only map
    // refuses it, and the radios then show the answer kept).
    let choose = move |option: String| -> bool {
        let Some((Some(pos), _)) = current.get_untracked() else {
            return false;
        };
        let qid = answers
            .with_untracked(|a| a.as_ref().map(|a| questionnaire::path(a)[pos].id))
            .unwrap_or_default();
        store.edit(Edit::SetAnswer {
            id,
            question: qid.to_string(),
            option: option.clone(),
        });
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
        // A read-only map refuses every choice (and says so): nothing to move on from.
        now == option && !store.read_only()
    };
    // The next question, or the result after the last one.
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
                None => store.go(View::Stakeholder(id)),
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
    let choose_and_go = move |option: String| {
        if choose(option) {
            go_next();
        }
    };

    // Focus the chosen option (or the first) whenever the question changes, without scrolling.
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
                    let opts = web_sys::FocusOptions::new();
                    opts.set_prevent_scroll(true);
                    let _ = el.focus_with_options(&opts);
                }
            }
        });
    });

    // A choice made with a pointer goes on by itself; one made with the arrow keys only
    // moves the selection (Enter, Space or the option's key go on).
    let by_pointer = StoredValue::new(false);
    // A sideways swipe: where it started, and whether the click that ends it must be ignored.
    let swipe_from = StoredValue::new(None::<(f64, f64)>);
    let swiped = StoredValue::new(false);
    let on_pointer_down = move |ev: leptos::ev::PointerEvent| {
        by_pointer.set_value(true);
        swiped.set_value(false);
        swipe_from.set_value(Some((f64::from(ev.client_x()), f64::from(ev.client_y()))));
    };
    let on_pointer_up = move |ev: leptos::ev::PointerEvent| {
        let Some((x0, y0)) = swipe_from.get_value() else {
            return;
        };
        swipe_from.set_value(None);
        let dx = f64::from(ev.client_x()) - x0;
        let dy = f64::from(ev.client_y()) - y0;
        if dx.abs() >= SWIPE && dx.abs() > 2.0 * dy.abs() {
            swiped.set_value(true);
            if dx > 0.0 {
                go_back();
            } else {
                go_next();
            }
        }
    };
    // The click that ends a swipe chooses nothing.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if swiped.get_value() {
            swiped.set_value(false);
            ev.prevent_default();
        }
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        by_pointer.set_value(false);
        let key = ev.key();
        if key == "Escape" {
            ev.prevent_default();
            store.go(View::Stakeholder(id));
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let on_radio = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|i| i.type_() == "radio");
        if key == " " {
            // Space on an option chooses it and goes on, as a tap does.
            if let Some(radio) = on_radio {
                ev.prevent_default();
                choose_and_go(radio.value());
            }
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
                choose_and_go(o.to_string());
            }
        }
    };

    view! {
        <div class="questionnaire-page" on:pointerdown=on_pointer_down on:pointerup=on_pointer_up
            on:pointercancel=move |_| swipe_from.set_value(None) on:click=on_click>
        {move || {
            let (pos, total) = match current.get() {
                Some((Some(pos), total)) => (pos, total),
                // Every question is answered: the effect above goes on to the review.
                Some((None, _)) => return ().into_any(),
                None => return view! { <BackToStakeholder id=id name=name/><NotFoundPanel/> }.into_any(),
            };
            // Only the question's identity is tracked here; the chosen option is tracked per
            // option below, so choosing does not rebuild the question (focus stays put).
            let Some(q) = answers.with_untracked(|a| a.as_ref().map(|a| questionnaire::path(a)[pos])) else { return ().into_any() };
            let selected = move || answers.with(|a| a.as_ref().and_then(|a| a.get(q.id).cloned()));
            let mut opts: Vec<(String, crate::domain::Text)> = q.shown().into_iter().map(|o| (o.id.to_string(), o.label)).collect();
            opts.push((DONT_KNOW.to_string(), DONT_KNOW_LABEL));
            let keys = questionnaire::shortcut_keys(q);
            // Many options go in two columns where there is room (1–5 left, 6… right).
            let many = keys.len() > 6;
            let scale = questionnaire::is_scale(q);
            let pct = (pos * 100 / total.max(1)) as u32;
            let is_last = pos + 1 == total;
            let option = move |i: usize, oid: String, label: crate::domain::Text| {
                let dk = oid == DONT_KNOW;
                let key = keys[i];
                let input_id = format!("opt-{}", oid.replace('.', "-"));
                let label_for = input_id.clone();
                let is_checked = {
                    let oid = oid.clone();
                    move || selected().as_deref() == Some(oid.as_str())
                };
                let oid2 = oid.clone();
                let oid3 = oid.clone();
                let is_checked2 = is_checked.clone();
                // On the scale the number is its own key; only 10 and "I don't know" show one.
                let show_key = !(scale && label.en == key.to_string());
                view! {
                    <label class="option" class:option--cell=scale && !dk class:option--dk=dk class:option--checked=is_checked2
                        for=label_for data-testid="option" data-option=oid.clone() data-key=key.to_string()>
                        // A tap goes on even on the answer already chosen (no change then);
                        // the arrow keys only move the choice.
                        <input type="radio" name="answer" id=input_id value=oid.clone() prop:checked=is_checked
                            on:click=move |_| if by_pointer.get_value() && !swiped.get_value() { choose_and_go(oid2.clone()); }
                            on:change=move |_| if !by_pointer.get_value() { choose(oid3.clone()); } />
                        {show_key.then(|| view! { <span class="option__key" aria-hidden="true">{key.to_string()}</span> })}
                        <span class="option__label">{move || label.get(store.lang.get())}</span>
                    </label>
                }
            };
            let dk = opts.pop().map(|(oid, label)| option(opts.len(), oid, label));
            let listed = opts.into_iter().enumerate().map(|(i, (oid, label))| option(i, oid, label)).collect_view();
            view! {
                <section class="panel questionnaire" aria-labelledby="q-progress" data-testid="questionnaire" data-question=q.id>
                <div class="questionnaire__top">
                    <BackToStakeholder id=id name=name/>
                    <p id="q-progress" class="questionnaire__count" data-testid="q-progress">
                        {move || fill(store.t(K::QuestionKOfN), &[("k", &(pos + 1).to_string()), ("n", &total.to_string())])}
                        <span class="questionnaire__section">" · " {move || q.section.label().get(store.lang.get())}</span>
                    </p>
                </div>
                <progress class="progress" max="100" value=pct aria-labelledby="q-progress"></progress>
                <form class="questionnaire__form" on:submit=move |ev| { ev.prevent_default(); go_next(); } on:keydown=on_key>
                    <fieldset class="question" class:question--scale=scale node_ref=fieldset aria-describedby="q-help">
                        <legend class="question__prompt" data-testid="q-prompt">{move || q.prompt.get(store.lang.get())}</legend>
                        <details class="question__why" open=wide()>
                            <summary class="question__why-summary">{store.tr(K::WhyWeAsk)}</summary>
                            <p id="q-help" class="question__help">{move || q.help.get(store.lang.get())}</p>
                        </details>
                        {if scale {
                            view! {
                                <div class="scale">
                                    <div class="scale__cells">{listed}</div>
                                    <p class="scale__ends" aria-hidden="true">
                                        <span>{store.tr(K::ScaleLow)}</span><span>{store.tr(K::ScaleHigh)}</span>
                                    </p>
                                </div>
                                <div class="options">{dk}</div>
                            }.into_any()
                        } else {
                            view! {
                                <div class="options" class:options--many=many>{listed}{dk}</div>
                            }.into_any()
                        }}
                    </fieldset>
                    <div class="questionnaire__nav">
                        <button type="button" class="btn btn--ghost" data-testid="q-back" on:click=move |_| go_back()>"← " {store.tr(K::Back)}</button>
                        <button type="submit" class="btn btn--primary" data-testid="q-next" disabled=move || selected().is_none()>
                            {move || if is_last { store.t(K::Finish) } else { store.t(K::Next) }} " →"
                        </button>
                    </div>
                    <p class="questionnaire__hint muted">{store.tr(K::KeyboardHint)}</p>
                </form>
                </section>
            }.into_any()
        }}
        </div>
    }
}
