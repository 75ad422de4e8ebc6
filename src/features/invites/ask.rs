//! "Ask them" on a stakeholder's page: the invites made for them, with their reply counts,
//! and the dialog that makes one (person or group, what it shows) and hands out its link.

use leptos::prelude::*;

use super::link_box::LinkBox;
use crate::app::store::use_store;
use crate::codec::invite::{encode_invite, InviteLink};
use crate::components::dialog::{ConfirmDialog, Modal};
use crate::components::show::show_if;
use crate::components::text::isolated;
use crate::domain::invites::{reply_count, Invite};
use crate::domain::questionnaire::{self, QUESTIONNAIRE_VERSION};
use crate::domain::state::Action;
use crate::domain::Lang;
use crate::i18n::{fill, plural, user, K};
use crate::web::{crypto, dom};

/// The invite link of a saved invite, in `lang`.
fn invite_link(invite: &Invite, lang: Lang) -> Option<String> {
    let payload = encode_invite(&InviteLink {
        invite: invite.id.clone(),
        group: invite.group,
        questionnaire: QUESTIONNAIRE_VERSION,
        questions: questionnaire::all().len() as u32,
        key: invite.key_bytes()?,
        business: invite.business.clone(),
        address: invite.address.clone(),
        lang,
    });
    Some(super::link(super::INVITE_KEY, &payload))
}

/// The "Their own view" panel of stakeholder `id`.
#[component]
pub fn InvitesPanel(id: u32) -> impl IntoView {
    let store = use_store();
    let invites = Memo::new(move |_| {
        store
            .with_map(|m| {
                m.invites
                    .iter()
                    .filter(|i| i.stakeholder == id)
                    .map(|i| (i.clone(), reply_count(m, &i.id)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let open = RwSignal::new(false);
    // The invite whose link the dialog shows; `None` while it asks what to make.
    let shown = RwSignal::new(None::<String>);
    let deleting = RwSignal::new(None::<String>);
    let confirm_open = RwSignal::new(false);
    Effect::new(move |_| {
        if !confirm_open.get() {
            deleting.set(None);
        }
    });
    let ask = move |_| {
        shown.set(None);
        open.set(true);
    };
    view! {
        <section class="panel invites" aria-labelledby="invites-title" data-testid="invites">
            <h2 id="invites-title" class="panel__title">{store.tr(K::InvitesHeading)}</h2>
            {move || invites.with(Vec::is_empty).then(|| view! {
                <p class="empty" data-testid="invites-empty">{store.tr(K::InvitesEmpty)}</p>
            })}
            <ul class="invites__list">
                <For each=move || invites.get() key=|(i, n)| (i.id.clone(), *n) let:item>
                    {
                        let (invite, count) = item;
                        let (day, _) = dom::local_date_time(invite.created_at);
                        let group = invite.group;
                        let id_show = invite.id.clone();
                        let id_delete = invite.id.clone();
                        view! {
                            <li class="invites__item" data-testid="invite">
                                <span class="invites__what">
                                    {move || fill(store.t(if group { K::InviteGroupItem } else { K::InvitePersonItem }), &[("date", &day)])}
                                </span>
                                <span class="invites__count" data-testid="invite-replies">
                                    {move || plural(count, K::RepliesOne, K::RepliesN, store.lang.get())}
                                </span>
                                {(group && count < crate::domain::invites::GROUP_MIN).then(|| view! {
                                    <span class="invites__note">{store.tr(K::GroupWaiting)}</span>
                                })}
                                <span class="invites__actions">
                                    <button type="button" class="btn btn--ghost btn--small" data-testid="invite-show"
                                        on:click=move |_| { shown.set(Some(id_show.clone())); open.set(true); }>
                                        {store.tr(K::ShowInvite)}
                                    </button>
                                    {show_if(move || !store.read_only(), move || {
                                        let id_delete = id_delete.clone();
                                        view! {
                                            <button type="button" class="btn btn--ghost btn--small" data-testid="invite-delete"
                                                on:click=move |_| { deleting.set(Some(id_delete.clone())); confirm_open.set(true); }>
                                                {store.tr(K::DeleteInvite)}
                                            </button>
                                        }
                                    })}
                                </span>
                            </li>
                        }
                    }
                </For>
            </ul>
            {show_if(move || !store.read_only(), move || view! {
                <button type="button" class="btn btn--primary" data-testid="ask-them" on:click=ask>
                    {store.tr(K::AskThem)}
                </button>
            })}
        </section>
        <AskDialog id=id open=open shown=shown/>
        <ConfirmDialog open=confirm_open
            message=Signal::derive(move || store.t(K::DeleteInviteQuestion).to_string())
            detail=Signal::derive(move || store.t(K::DeleteInviteBody).to_string())
            confirm=Signal::derive(move || store.t(K::DeleteInvite).to_string())
            on_confirm=Callback::new(move |_| {
                if let Some(invite) = deleting.get_untracked() {
                    let map = store.target();
                    if store.dispatch(Action::DeleteInvite { map, id: invite }) != crate::domain::state::Outcome::Nothing {
                        store.toast(store.t_untracked(K::InviteDeleted).to_string(), None);
                    }
                }
            })
            testid="confirm-delete-invite"/>
    }
}

/// Asks what the invite shows, makes it, then shows its link and QR code.
#[component]
fn AskDialog(id: u32, open: RwSignal<bool>, shown: RwSignal<Option<String>>) -> impl IntoView {
    let store = use_store();
    let group = RwSignal::new(false);
    let business = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let lang = RwSignal::new(Lang::Es);
    let no_crypto = RwSignal::new(false);
    // Each time it opens to ask, the form starts from the map's and the stakeholder's names.
    Effect::new(move |_| {
        if open.get() && shown.with_untracked(Option::is_none) {
            let (map_name, name) = store
                .with_map_untracked(|m| {
                    (
                        m.name.clone(),
                        m.stakeholder(id)
                            .map(|s| s.name.clone())
                            .unwrap_or_default(),
                    )
                })
                .unwrap_or_default();
            group.set(false);
            business.set(map_name);
            address.set(name);
            lang.set(store.lang.get_untracked());
            no_crypto.set(false);
        }
    });
    let name = store.name_memo(id);
    let invite = Memo::new(move |_| {
        let wanted = shown.get()?;
        store
            .with_map(|m| m.invites.iter().find(|i| i.id == wanted).cloned())
            .flatten()
    });
    let link = Signal::derive(move || {
        invite
            .get()
            .and_then(|i| invite_link(&i, lang.get()))
            .unwrap_or_default()
    });
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(invite_id), Some(key)) = (crypto::new_id(), crypto::new_key()) else {
            no_crypto.set(true);
            return;
        };
        let invite = Invite {
            id: invite_id.clone(),
            stakeholder: id,
            group: group.get_untracked(),
            key,
            business: business.get_untracked().trim().to_string(),
            address: address.get_untracked().trim().to_string(),
            created_at: dom::now_ms(),
        };
        let map = store.target();
        if store.dispatch(Action::CreateInvite { map, invite })
            != crate::domain::state::Outcome::Nothing
        {
            shown.set(Some(invite_id));
        }
    };
    let t = move |k: K| store.t(k);
    let heading = move || {
        isolated(&fill(
            store.t(K::AskHeading),
            &[("name", &user(&name.get()))],
        ))
    };
    view! {
        <Modal open=open on_close=Callback::new(move |_| open.set(false)) testid="ask-dialog" wide=true labelledby="ask-title">
            <div class="dialog__body ask">
                <h2 class="dialog__title" id="ask-title">{heading}</h2>
                {move || match shown.get() {
                    None => view! {
                        <form class="ask__form" on:submit=make>
                            <p class="notice">{t(K::AskExplain)}</p>
                            <fieldset class="ask__who">
                                <legend class="field__label">{t(K::AskWho)}</legend>
                                <WhoChoice group=group value=false title=K::AskPerson help=K::AskPersonHelp/>
                                <WhoChoice group=group value=true title=K::AskGroup help=K::AskGroupHelp/>
                            </fieldset>
                            <TextField id="ask-business" label=K::AskBusiness help=K::AskBusinessHelp value=business/>
                            <TextField id="ask-address" label=K::AskAddress help=K::AskAddressHelp value=address/>
                            <LangChoice lang=lang/>
                            {move || no_crypto.get().then(|| view! {
                                <p class="notice notice--warn" role="alert">{t(K::InviteNoCrypto)}</p>
                            })}
                            <div class="dialog__actions">
                                <button type="button" class="btn btn--ghost" on:click=move |_| open.set(false)>{t(K::Cancel)}</button>
                                <button type="submit" class="btn btn--primary" data-testid="ask-make">{t(K::MakeInvite)}</button>
                            </div>
                        </form>
                    }.into_any(),
                    Some(_) => view! {
                        <p class="notice notice--ok">{t(K::InviteMade)}</p>
                        <LangChoice lang=lang/>
                        <LinkBox link=link lang=store.lang label=K::InviteLinkLabel qr_label=K::InviteQrLabel
                            title=Signal::derive(move || name.get()) testid="invite"/>
                        <div class="dialog__actions">
                            <button type="button" class="btn btn--ghost" data-testid="ask-close" on:click=move |_| open.set(false)>{t(K::Close)}</button>
                        </div>
                    }.into_any(),
                }}
            </div>
        </Modal>
    }
}

/// Person or group: one of the two choices.
#[component]
fn WhoChoice(group: RwSignal<bool>, value: bool, title: K, help: K) -> impl IntoView {
    let store = use_store();
    view! {
        <label class="choice">
            <input type="radio" name="ask-who" prop:checked=move || group.get() == value
                on:change=move |_| group.set(value)/>
            <span><strong>{store.tr(title)}</strong><span class="choice__help">{store.tr(help)}</span></span>
        </label>
    }
}

/// A short text the invite shows, with what leaving it empty does.
#[component]
fn TextField(id: &'static str, label: K, help: K, value: RwSignal<String>) -> impl IntoView {
    let store = use_store();
    let help_id = format!("{id}-help");
    view! {
        <label class="field" for=id>
            <span class="field__label">{store.tr(label)}</span>
            <input id=id class="input" type="text" maxlength="120" data-testid=id
                aria-describedby=help_id.clone()
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            <span class="field__help" id=help_id>{store.tr(help)}</span>
        </label>
    }
}

/// The language the respondent's page opens in (they can switch it there).
#[component]
fn LangChoice(lang: RwSignal<Lang>) -> impl IntoView {
    let store = use_store();
    view! {
        <label class="field" for="ask-lang">
            <span class="field__label">{store.tr(K::AskLanguage)}</span>
            <select id="ask-lang" class="input" data-testid="ask-lang"
                on:change=move |ev| lang.set(Lang::from_tag(&event_target_value(&ev)))>
                <option value="es" selected=move || lang.get() == Lang::Es>"Español"</option>
                <option value="en" selected=move || lang.get() == Lang::En>"English"</option>
            </select>
        </label>
    }
}
