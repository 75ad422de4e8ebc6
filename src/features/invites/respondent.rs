//! The respondent's page, all that an invite link shows: a short questionnaire in their own
//! words, one question at a time, in their language, and at the end the reply link to send
//! back. Answers are kept on their device under the invite's own key, so a reload resumes;
//! the respondent's own Órbita maps, if any, are never read or written.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::link_box::LinkBox;
use crate::codec::invite::{decode_invite, encode_reply, InviteLink, LinkError};
use crate::components::text::isolated;
use crate::domain::questionnaire::{
    self, respondent, Answers, Question, DONT_KNOW, DONT_KNOW_LABEL,
};
use crate::domain::Lang;
use crate::i18n::{fill, user, K};
use crate::web::{crypto, storage};

/// Where answers to one invite are kept on the respondent's device.
fn progress_key(invite: &str) -> String {
    format!("orbita.invite.{invite}")
}

/// What the respondent has done so far, kept after every change.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Progress {
    #[serde(default)]
    answers: Answers,
    /// The reply's id, made once, so the same reply sent twice is recognised.
    #[serde(default)]
    reply: String,
    #[serde(default)]
    lang: Option<String>,
    /// The question on screen, or none before starting.
    #[serde(default)]
    at: Option<String>,
    #[serde(default)]
    done: bool,
}

/// The questions on the respondent's path, each with its words for them.
fn asked_path(answers: &Answers) -> Vec<(&'static Question, &'static respondent::Asked)> {
    questionnaire::path(answers)
        .into_iter()
        .filter_map(|q| Some((q, respondent::asked(q.id)?)))
        .collect()
}

/// The whole page for the invite in the address.
#[component]
pub fn RespondentApp() -> impl IntoView {
    let payload = super::fragment_payload(super::INVITE_KEY).unwrap_or_default();
    match decode_invite(&payload) {
        Ok(invite) => view! { <Respondent invite=invite/> }.into_any(),
        Err(e) => {
            let lang = web_sys::window()
                .and_then(|w| w.navigator().language())
                .map_or(Lang::En, |l| Lang::from_tag(&l));
            set_document_lang(lang);
            let body = if e == LinkError::FutureVersion {
                K::RespFutureBody
            } else {
                K::RespBrokenBody
            };
            view! {
                <main class="resp" id="main">
                    <section class="resp__card" data-testid="respondent-broken">
                        <h1 class="resp__title">{K::RespBroken.get(lang)}</h1>
                        <p>{body.get(lang)}</p>
                    </section>
                </main>
            }
            .into_any()
        }
    }
}

fn set_document_lang(lang: Lang) {
    let doc = document();
    if let Some(el) = doc.document_element() {
        let _ = el.set_attribute("lang", lang.code());
    }
    doc.set_title(K::AppName.get(lang));
}

#[component]
fn Respondent(invite: InviteLink) -> impl IntoView {
    let key = progress_key(&invite.invite);
    let saved: Progress = storage::read_json(&key).unwrap_or_default();
    let lang = RwSignal::new(saved.lang.as_deref().map_or(invite.lang, Lang::from_tag));
    let progress = RwSignal::new(saved);
    let kept = RwSignal::new(true);
    let invite = StoredValue::new(invite);
    // Every change is kept at once: a reload (or a phone that drops the tab) resumes here.
    Effect::new(move |first: Option<()>| {
        let p = progress.get();
        if first.is_some() {
            kept.set(storage::write_json(&key, &p).is_ok());
        }
    });
    Effect::new(move |_| set_document_lang(lang.get()));
    let t = move |k: K| k.get(lang.get());
    let set_lang = move |l: Lang| {
        lang.set(l);
        progress.update(|p| p.lang = Some(l.code().to_string()));
    };
    let business = invite.with_value(|i| i.business.clone());
    let lang_button = move |l: Lang, label: &'static str| {
        view! {
            <button type="button" class="resp__lang" lang=l.code() aria-pressed=move || (lang.get() == l).to_string()
                data-testid=format!("resp-lang-{}", l.code()) on:click=move |_| set_lang(l)>{label}</button>
        }
    };
    view! {
        <div class="resp-page">
            <header class="resp__top">
                <p class="resp__business"><bdi>{business}</bdi></p>
                <div class="resp__langs" role="group" aria-label=move || t(K::Language)>
                    {lang_button(Lang::Es, "Español")}
                    {lang_button(Lang::En, "English")}
                </div>
            </header>
            <main class="resp" id="main">
                {move || (!kept.get()).then(|| view! {
                    <p class="notice notice--warn" role="alert">{t(K::RespNotKept)}</p>
                })}
                {move || {
                    let (at, done) = progress.with(|p| (p.at.clone(), p.done));
                    match (done, at) {
                        (true, _) => view! { <Done invite=invite progress=progress lang=lang/> }.into_any(),
                        (false, Some(q)) => view! { <Ask question=q progress=progress lang=lang/> }.into_any(),
                        (false, None) => view! { <Intro invite=invite progress=progress lang=lang/> }.into_any(),
                    }
                }}
            </main>
        </div>
    }
}

#[component]
fn Intro(
    invite: StoredValue<InviteLink>,
    progress: RwSignal<Progress>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let t = move |k: K| k.get(lang.get());
    let (address, business, group) =
        invite.with_value(|i| (i.address.clone(), i.business.clone(), i.group));
    let hello = {
        let address = address.clone();
        move || match address.as_str() {
            "" => t(K::RespHelloPlain).to_string(),
            a => fill(t(K::RespHello), &[("name", &user(a))]),
        }
    };
    let intro = {
        let business = business.clone();
        move || match business.as_str() {
            "" => t(K::RespIntroPlain).to_string(),
            b => fill(t(K::RespIntro), &[("business", &user(b))]),
        }
    };
    let count = move || asked_path(&progress.with(|p| p.answers.clone())).len();
    let started = move || progress.with(|p| !p.answers.is_empty());
    let start = move |_| {
        if progress.with_untracked(|p| p.reply.is_empty()) {
            let Some(id) = crypto::new_id() else {
                return;
            };
            progress.update(|p| p.reply = id);
        }
        let answers = progress.with_untracked(|p| p.answers.clone());
        let path = asked_path(&answers);
        let first = path
            .iter()
            .find(|(q, _)| !answers.contains_key(q.id))
            .or(path.first())
            .map(|(q, _)| q.id.to_string());
        progress.update(|p| p.at = first);
    };
    view! {
        <section class="resp__card" aria-labelledby="resp-title" data-testid="respondent-intro">
            <h1 class="resp__title" id="resp-title">{move || isolated(&hello())}</h1>
            <p class="resp__lead">{move || isolated(&intro())}</p>
            <p>{move || fill(t(K::RespHowLong), &[("n", &count().to_string())])}</p>
            <div class="resp__note" data-testid="respondent-note">
                <h2 class="resp__note-title">{move || t(K::RespSharedTitle)}</h2>
                <p>{move || t(K::RespShared)}</p>
                {group.then(|| view! { <p>{move || t(K::RespSharedGroup)}</p> })}
            </div>
            <button type="button" class="btn btn--primary resp__go" data-testid="resp-start" on:click=start>
                {move || t(if started() { K::RespContinue } else { K::RespStart })}
            </button>
        </section>
    }
}

#[component]
fn Ask(question: String, progress: RwSignal<Progress>, lang: RwSignal<Lang>) -> impl IntoView {
    let t = move |k: K| k.get(lang.get());
    let path = Memo::new(move |_| {
        asked_path(&progress.with(|p| p.answers.clone()))
            .into_iter()
            .map(|(q, _)| q.id)
            .collect::<Vec<_>>()
    });
    let Some((q, asked)) = questionnaire::question(&question).zip(respondent::asked(&question))
    else {
        // A question this build does not ask (an older save): start over at the first.
        progress.update(|p| p.at = None);
        return ().into_any();
    };
    let index = move || path.with(|p| p.iter().position(|id| *id == q.id).unwrap_or(0));
    let chosen = move || progress.with(|p| p.answers.get(q.id).cloned());
    let choose = move |option: &'static str| {
        progress.update(|p| {
            p.answers.insert(q.id.to_string(), option.to_string());
        });
    };
    let go = move |step: isize| {
        let ids = path.get_untracked();
        let at = ids.iter().position(|id| *id == q.id).unwrap_or(0) as isize + step;
        progress.update(
            |p| match usize::try_from(at).ok().and_then(|i| ids.get(i)) {
                Some(id) => p.at = Some((*id).to_string()),
                None if step > 0 => p.done = true,
                None => p.at = None,
            },
        );
    };
    let last = move || path.with(|p| p.last() == Some(&q.id));
    let label = move |id: &str| {
        asked
            .options
            .iter()
            .find(|(o, _)| *o == id)
            .map_or("", |(_, text)| text.get(lang.get()))
    };
    let scale = q.options.len() > 8;
    let options: Vec<&'static str> = q
        .shown()
        .into_iter()
        .map(|o| o.id)
        .chain([DONT_KNOW])
        .collect();
    view! {
        <form class="resp__card resp__question" data-testid="respondent-question" data-question=q.id
            on:submit=move |ev| { ev.prevent_default(); go(1); }>
            <h1 class="resp__progress" data-testid="resp-progress">
                {move || fill(t(K::RespProgress), &[("k", &(index() + 1).to_string()), ("n", &path.with(Vec::len).to_string())])}
            </h1>
            <fieldset class="resp__fieldset">
                <legend class="resp__prompt" id="resp-prompt">{move || asked.prompt.get(lang.get())}</legend>
                <p class="resp__help">{move || asked.help.get(lang.get())}</p>
                <div class="resp__options" class:resp__options--scale=scale>
                    {options.into_iter().map(|o| {
                        let text = move || if o == DONT_KNOW { DONT_KNOW_LABEL.get(lang.get()) } else { label(o) };
                        view! {
                            <label class="resp__option" class:resp__option--dk=o == DONT_KNOW>
                                <input type="radio" name="resp-answer" value=o
                                    prop:checked=move || chosen().as_deref() == Some(o)
                                    on:change=move |_| choose(o)/>
                                <span>{text}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="resp__nav">
                <button type="button" class="btn btn--ghost" data-testid="resp-back" on:click=move |_| go(-1)>{move || t(K::Back)}</button>
                <button type="submit" class="btn btn--primary" data-testid="resp-next" disabled=move || chosen().is_none()>
                    {move || t(if last() { K::RespFinish } else { K::Next })}
                </button>
            </div>
        </form>
    }
    .into_any()
}

#[component]
fn Done(
    invite: StoredValue<InviteLink>,
    progress: RwSignal<Progress>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let t = move |k: K| k.get(lang.get());
    let link = Signal::derive(move || {
        let (answers, reply) = progress.with(|p| (p.answers.clone(), p.reply.clone()));
        // Only the answers on the path they took: a changed early answer leaves others behind.
        let on_path: Answers = asked_path(&answers)
            .into_iter()
            .filter_map(|(q, _)| Some((q.id.to_string(), answers.get(q.id)?.clone())))
            .collect();
        let payload = invite.with_value(|i| encode_reply(i, &reply, &on_path));
        super::link(super::REPLY_KEY, &payload)
    });
    let business = invite.with_value(|i| i.business.clone());
    let body = move || match business.as_str() {
        "" => t(K::RespDonePlain).to_string(),
        b => fill(t(K::RespDone), &[("business", &user(b))]),
    };
    let change = move |_| {
        let last = asked_path(&progress.with_untracked(|p| p.answers.clone()))
            .last()
            .map(|(q, _)| q.id.to_string());
        progress.update(|p| {
            p.done = false;
            p.at = last;
        });
    };
    view! {
        <section class="resp__card" aria-labelledby="resp-done" data-testid="respondent-done">
            <h1 class="resp__title" id="resp-done">{move || t(K::RespDoneTitle)}</h1>
            <p>{move || isolated(&body())}</p>
            <LinkBox link=link lang=lang label=K::ReplyLinkLabel qr_label=K::ReplyQrLabel
                title=Signal::derive(move || t(K::ReplyLinkLabel).to_string()) testid="reply"/>
            <button type="button" class="btn btn--ghost" data-testid="resp-change" on:click=change>{move || t(K::RespChange)}</button>
        </section>
    }
}
