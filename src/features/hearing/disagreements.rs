//! The summary card naming where the two views disagree most: the stakeholders whose own
//! answers are furthest from the manager's, each with the biggest difference in words.

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::domain::hearing::{disagreements, voice};
use crate::domain::Lang;
use crate::i18n::{fill, one_or_many, K};

/// One line of the card: who, how many replied (a group), and the biggest gap in words.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    id: u32,
    name: String,
    group: Option<usize>,
    es: String,
    en: String,
}

/// The card, once anyone on the map has answered about themselves and may be shown.
#[component]
pub fn Disagreements() -> impl IntoView {
    let store = use_store();
    let lines = Memo::new(move |_| {
        store
            .with_map(|m| {
                if !m
                    .stakeholders
                    .iter()
                    .any(|s| voice(m, s.id).is_some_and(|v| v.shown()))
                {
                    return None;
                }
                Some(
                    disagreements(m)
                        .into_iter()
                        .filter_map(|(id, v, c)| {
                            let g = c.biggest()?;
                            Some(Line {
                                id,
                                name: m.stakeholder(id)?.name.clone(),
                                group: v.group.then_some(v.replies),
                                es: g.words(Lang::Es, v.group),
                                en: g.words(Lang::En, v.group),
                            })
                        })
                        .collect::<Vec<_>>(),
                )
            })
            .flatten()
    });
    move || {
        lines.get().map(|list| {
            let empty = list.is_empty();
            view! {
                <section class="summary-card hearing-summary" aria-labelledby="heard-title" data-testid="disagreements">
                    <h3 id="heard-title" class="summary-card__title">{store.tr(K::HearSummaryHeading)}</h3>
                    <p class="muted summary-card__intro">{store.tr(if empty { K::HearSummaryAgree } else { K::HearSummaryIntro })}</p>
                    <ol class="disagreements">
                        {list.into_iter().map(|l| {
                            let id = l.id;
                            let replies = l.group.map(|n| {
                                let key = one_or_many(n, K::HearRepliesOne, K::HearRepliesN);
                                view! { <span class="muted">" · "{move || fill(store.t(key), &[("n", &n.to_string())])}</span> }
                            });
                            view! {
                                <li class="disagreement" data-testid="disagreement" data-id=id>
                                    <a class="disagreement__who" href=format!("#{}", View::Stakeholder(id).path())
                                        on:click=move |ev| { ev.prevent_default(); store.go(View::Stakeholder(id)); }>
                                        <bdi>{l.name.clone()}</bdi>
                                    </a>
                                    {replies}
                                    <p class="disagreement__gap">{move || if store.lang.get() == Lang::Es { l.es.clone() } else { l.en.clone() }}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
            }
        })
    }
}
