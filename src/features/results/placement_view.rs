//! A placed stakeholder's results: the placement, and the suggestions with "Add to plan".

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::show::show_if;
use crate::domain::hearing::suggestions_for;
use crate::domain::placement::Placement;
use crate::domain::questionnaire::Answers;
use crate::domain::suggestions;
use crate::domain::Lang;
use crate::features::results::placement_markup::placement_markup;
use crate::i18n::{plural, K};

/// Suggestions shown before "Show N more": the strongest ones lead.
pub const LEADING: usize = 3;

/// A lever's source in the interface language: the background articles are named in words,
/// published works by their (language-neutral) citation.
pub fn source_label(source: &'static str, lang: Lang) -> &'static str {
    let key = match source.strip_prefix("Source article: ") {
        Some("external customers") => K::SrcExternal,
        Some("internal customers") => K::SrcInternal,
        Some("customer types") => K::SrcTypes,
        _ if source == suggestions::ENPS => K::SrcEnps,
        _ if source == suggestions::CHAIN => K::SrcChain,
        // Author, year and a model's name or acronym read the same in both languages.
        _ => return source,
    };
    key.get(lang)
}

/// The placement and the suggestions for it.
#[component]
pub fn PlacementView(id: u32, p: Placement, answers: Memo<Answers>) -> impl IntoView {
    let store = use_store();
    let p2 = p.clone();
    // A memo, so a change elsewhere in the map (adding one of them to the plan) keeps the
    // list, and the keyboard focus in it, where it is.
    let suggestions = Memo::new(move |_| {
        answers.with(|a| {
            store
                .with_map(|m| suggestions_for(m, id, &p2, a))
                .unwrap_or_default()
        })
    });
    let in_plan = move |lever: &str| {
        store
            .with_map(|m| {
                m.plan
                    .iter()
                    .any(|i| i.lever.as_deref() == Some(lever) && i.stakeholders.contains(&id))
            })
            .unwrap_or(false)
    };
    let show_all = RwSignal::new(false);
    view! {
        <div class="contents" inner_html=move || answers.with(|a| placement_markup(&p, a, store.lang.get()))></div>
        <h3 class="section-title">{store.tr(K::SuggestionsHeading)}</h3>
        {move || {
            let list = suggestions.get();
            if list.is_empty() {
                return view! { <p class="muted">{store.tr(K::NoSuggestions)}</p> }.into_any();
            }
            let total = list.len();
            let hidden = total.saturating_sub(LEADING);
            let shown = if show_all.get() { total } else { LEADING };
            view! {
                <ol class="suggestions" data-testid="suggestions">
                    {list.into_iter().take(shown).map(|s| {
                        let lever = s.lever;
                        let score = s.score;
                        let added = move || in_plan(lever.id);
                        let add = move |_| store.add_lever_to_plan(lever, vec![id], score);
                        view! {
                            <li class="suggestion" data-testid="suggestion" data-lever=lever.id>
                                <div class="suggestion__body">
                                    <h4 class="suggestion__title">{move || lever.title.get(store.lang.get())}</h4>
                                    <p class="suggestion__why">{move || s.why.get(store.lang.get())}</p>
                                    <p class="suggestion__detail">{move || lever.detail.get(store.lang.get())}</p>
                                    <p class="suggestion__source muted">{store.tr(K::SourceLabel)}": "{move || source_label(lever.source, store.lang.get())}</p>
                                </div>
                                {show_if(move || !store.read_only(), move || view! {
                                    // Stays focusable once added (aria-disabled), so keyboard focus isn't lost.
                                    <button class="btn btn--small" data-testid="add-to-plan" aria-disabled=move || added().then_some("true")
                                        aria-label=move || format!("{}: {}", store.t(if added() { K::InPlan } else { K::AddToPlan }), lever.title.get(store.lang.get()))
                                        on:click=move |ev| if !added() { add(ev) }>
                                        {move || if added() { store.t(K::InPlan) } else { store.t(K::AddToPlan) }}
                                    </button>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
                {(hidden > 0).then(|| view! {
                    <button type="button" class="btn btn--ghost suggestions__more" data-testid="more-suggestions"
                        aria-expanded=move || if show_all.get() { "true" } else { "false" }
                        on:click=move |_| show_all.update(|a| *a = !*a)>
                        {move || if show_all.get() {
                            store.t(K::ShowFewerSuggestions).to_string()
                        } else {
                            plural(hidden, K::ShowOneMoreSuggestion, K::ShowMoreSuggestions, store.lang.get())
                        }}
                    </button>
                })}
            }.into_any()
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::suggestions::levers;

    #[test]
    fn every_lever_source_reads_in_both_languages() {
        for lever in levers() {
            let es = source_label(lever.source, Lang::Es);
            let en = source_label(lever.source, Lang::En);
            assert!(
                !es.is_empty() && !en.is_empty(),
                "{} has no source",
                lever.id
            );
            assert!(
                !es.starts_with("Source article"),
                "{}: untranslated source",
                lever.id
            );
            // Any words in brackets beyond an acronym are in the language shown.
            for english in ["variant", "chain", "customers", "types"] {
                assert!(!es.contains(english), "{}: {es}", lever.id);
            }
        }
    }
}
