//! A reply link opened in the owner's Órbita: what it is for, checked against its invite
//! before anything is offered, and "Add to <stakeholder>" through the one door.

use leptos::prelude::*;

use crate::app::route::{Route, View};
use crate::app::store::{navigate, use_store, Store};
use crate::codec::invite::{decode_reply, LinkError, ReplyLink};
use crate::components::dialog::Modal;
use crate::components::text::isolated;
use crate::domain::invites::{fit, Fit};
use crate::domain::state::{Action, Outcome, Target};
use crate::i18n::{fill, one_or_many, user, K};
use crate::web::dom;

/// What the preview shows for a reply link.
#[derive(Clone, Debug, PartialEq)]
enum Preview {
    /// It cannot be added; the message says why.
    Refused(K),
    Ready {
        map: String,
        map_name: String,
        stakeholder: u32,
        name: String,
        group: bool,
        link: Box<ReplyLink>,
    },
}

fn preview(store: Store, payload: &str) -> Preview {
    let link = match decode_reply(payload) {
        Ok(link) => link,
        Err(LinkError::FutureVersion) => return Preview::Refused(K::ReplyFuture),
        Err(_) => return Preview::Refused(K::ReplyDamaged),
    };
    store.with_ws(|ws| {
        let found = ws.maps.iter().find_map(|m| {
            let invite = m.invites.iter().find(|i| i.id == link.reply.invite)?;
            Some((m, invite))
        });
        let Some((map, invite)) = found else {
            return Preview::Refused(K::ReplyNoInvite);
        };
        match fit(map, &link.reply, &link.signed) {
            Fit::New => Preview::Ready {
                map: map.id.clone(),
                map_name: map.name.clone(),
                stakeholder: invite.stakeholder,
                name: map
                    .stakeholder(invite.stakeholder)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                group: invite.group,
                link: Box::new(link.clone()),
            },
            Fit::Forged => Preview::Refused(K::ReplyForged),
            Fit::Duplicate => Preview::Refused(K::ReplyDuplicate),
            Fit::NoInvite => Preview::Refused(K::ReplyNoInvite),
        }
    })
}

/// Takes reply links out of the address (so a reload does not open them again) into the
/// preview, and reloads into the respondent's page when an invite link is opened here.
fn watch(incoming: RwSignal<Option<String>>, store: Store) {
    let check = move || {
        if super::is_invite_page() {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
            return;
        }
        let Some(payload) = super::fragment_payload(super::REPLY_KEY) else {
            return;
        };
        incoming.set(Some(payload));
        if let Some(w) = web_sys::window() {
            if let Ok(h) = w.history() {
                let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"));
            }
        }
        store.route.set(Route::default());
    };
    check();
    let listener = window_event_listener(leptos::ev::hashchange, move |_| check());
    on_cleanup(move || listener.remove());
}

/// The reply preview dialog; it opens by itself when a reply link is opened.
#[component]
pub fn ReplyPreview() -> impl IntoView {
    let store = use_store();
    let incoming = RwSignal::new(None::<String>);
    watch(incoming, store);
    let open = Signal::derive(move || incoming.with(Option::is_some));
    let shown = Memo::new(move |_| incoming.get().map(|p| preview(store, &p)));
    let close = move || incoming.set(None);
    let t = move |k: K| store.t(k);
    let add = move |_| {
        let Some(Preview::Ready {
            map,
            stakeholder,
            name,
            link,
            ..
        }) = shown.get_untracked()
        else {
            return;
        };
        let ReplyLink {
            mut reply, signed, ..
        } = *link;
        reply.received_at = dom::now_ms();
        let outcome = store.dispatch(Action::AttachReply {
            map: Target::Own(map.clone()),
            reply,
            signed,
        });
        if outcome == Outcome::Nothing {
            return;
        }
        close();
        store.dispatch(Action::Open { id: map });
        navigate(Route {
            view: View::Stakeholder(stakeholder),
            share: None,
        });
        store.toast(
            fill(store.t_untracked(K::ReplyAdded), &[("name", &user(&name))]),
            None,
        );
    };
    view! {
        <Modal open=open on_close=Callback::new(move |_| close()) testid="reply-preview" labelledby="reply-title">
            <div class="dialog__body">
                <h2 class="dialog__title" id="reply-title">{t(K::ReplyHeading)}</h2>
                {move || match shown.get() {
                    None => ().into_any(),
                    Some(Preview::Refused(k)) => view! {
                        <p class="notice notice--warn" role="alert" data-testid="reply-refused">{t(k)}</p>
                        <div class="dialog__actions">
                            <button type="button" class="btn btn--primary" data-testid="reply-close" on:click=move |_| close()>{t(K::Close)}</button>
                        </div>
                    }.into_any(),
                    Some(Preview::Ready { map_name, name, group, link, .. }) => {
                        let answers = link.reply.answers.len();
                        let unread = link.reply.unread;
                        let for_line = fill(t(K::ReplyFor), &[("name", &user(&name)), ("map", &user(&map_name))]);
                        let add_label = fill(t(K::AddReplyTo), &[("name", &user(&name))]);
                        view! {
                            <p data-testid="reply-for">{isolated(&for_line)}</p>
                            <p>{t(if group { K::ReplyGroup } else { K::ReplyPerson })}</p>
                            <p data-testid="reply-answers">{fill(t(one_or_many(answers, K::ReplyAnswersOne, K::ReplyAnswersN)), &[("n", &answers.to_string())])}</p>
                            {(unread > 0).then(|| view! {
                                <p class="notice" data-testid="reply-unread">{fill(t(K::ReplyUnread), &[("n", &unread.to_string())])}</p>
                            })}
                            <div class="dialog__actions">
                                <button type="button" class="btn btn--ghost" on:click=move |_| close()>{t(K::NotNow)}</button>
                                <button type="button" class="btn btn--primary" data-testid="reply-add" on:click=add>{isolated(&add_label)}</button>
                            </div>
                        }.into_any()
                    }
                }}
            </div>
        </Modal>
    }
}
