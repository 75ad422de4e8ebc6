//! A stakeholder's results: axis, side and type, confidence, reasons, health and suggestions.

use leptos::prelude::*;

use crate::app::store::{use_placements, use_store};
use crate::features::results::placement_view::PlacementView;
use crate::i18n::K;

/// The Results panel of a stakeholder's page, or why there are no results yet.
#[component]
pub fn Results(id: u32) -> impl IntoView {
    let store = use_store();
    let placements = use_placements();
    let placement = Memo::new(move |_| {
        placements.0.with(|v| {
            v.iter()
                .find(|(sid, _)| *sid == id)
                .and_then(|(_, p)| p.clone())
        })
    });
    let answers = Memo::new(move |_| {
        store
            .with_map(|m| m.stakeholder(id).map(|s| s.answers.clone()))
            .flatten()
            .unwrap_or_default()
    });
    view! {
        <section class="panel results" aria-labelledby="results-title" data-testid="results">
            <h2 id="results-title" class="panel__title">{store.tr(K::ResultsHeading)}</h2>
            {move || match placement.get() {
                None => {
                    // Answered, but only with "I don't know" where it counts: starting is not the advice.
                    let key = if answers.with(|a| a.is_empty()) { K::NotPlacedYet } else { K::NotPlacedUnknown };
                    view! { <p class="empty" data-testid="not-placed">{move || store.t(key)}</p> }.into_any()
                }
                Some(p) => view! { <PlacementView id=id p=p answers=answers/> }.into_any(),
            }}
        </section>
    }
}
