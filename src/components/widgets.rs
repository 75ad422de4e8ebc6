//! Small presentational pieces reused across views: axis bar, type chip, health dot.

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::components::markup;
use crate::domain::model::{CustomerType, Health, Side};
use crate::domain::suggestions;
use crate::domain::Lang;
use crate::i18n::{fill, fmt_int, K};

/// CSS modifier for a type (colour and shape).
pub fn type_class(t: CustomerType) -> &'static str {
    t.id()
}

pub fn side_class(s: Side) -> &'static str {
    match s {
        Side::External => "external",
        Side::Middle => "middle",
        Side::Internal => "internal",
    }
}

pub use crate::components::markup::band_id as band_class;

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

/// Markup in a box that takes no room of its own (`.contents`), so the markup's elements lay
/// out as if they were children of the parent.
fn contents(markup: String) -> impl IntoView {
    view! { <span class="contents" inner_html=markup></span> }
}

/// The "← name" link back to a stakeholder's page; "← Back to the list" when there is no such
/// stakeholder (`name` is empty), so the link always says where it goes.
#[component]
pub fn BackToStakeholder(id: u32, name: Memo<String>) -> impl IntoView {
    let store = use_store();
    let gone = move || name.with(String::is_empty);
    view! {
        <nav class="crumbs">
            <a href=move || if gone() { "#/".to_string() } else { format!("#{}", View::Stakeholder(id).path()) }
                class="crumbs__back">
                "← " {move || if gone() { store.t(K::BackToList).to_string() } else { name.get() }}
            </a>
        </nav>
    }
}

/// What a stakeholder's pages show when there is no such stakeholder (deleted, or a stale link).
#[component]
pub fn NotFoundPanel() -> impl IntoView {
    let store = use_store();
    view! {
        <section class="panel">
            <p class="empty" role="alert">{store.tr(K::NotFound)}</p>
            <a class="btn" href="#/">{store.tr(K::BackToList)}</a>
        </section>
    }
}

/// A tiny external ↔ internal bar for lists.
#[component]
pub fn MiniAxis(axis: u8) -> impl IntoView {
    let mut out = String::new();
    markup::push_mini_axis(&mut out, axis);
    contents(out)
}

/// Chip with a type's shape icon and name, following the interface language.
#[component]
pub fn TypeChip(t: CustomerType) -> impl IntoView {
    live_contents(move |out, lang| markup::push_chip(out, t, lang))
}

/// Health as a small dot plus its band name, following the interface language.
#[component]
pub fn HealthDot(health: Option<Health>) -> impl IntoView {
    live_contents(move |out, lang| markup::push_health(out, health, lang))
}

/// Markup in a `.contents` box, rebuilt in the interface language whenever it changes.
fn live_contents(build: impl Fn(&mut String, Lang) + Send + Sync + 'static) -> impl IntoView {
    let store = use_store();
    view! {
        <span class="contents" inner_html=move || {
            let mut out = String::new();
            build(&mut out, store.lang.get());
            out
        }></span>
    }
}

/// "Showing k of n" and a button for the next `page`, while some are still hidden.
#[component]
pub fn ShowMore(
    limit: RwSignal<usize>,
    #[prop(into)] total: Signal<usize>,
    page: usize,
    /// Test ids of the "Showing" text and of the button.
    showing_id: &'static str,
    more_id: &'static str,
) -> impl IntoView {
    let store = use_store();
    view! {
        {show_if(move || { total.get() > limit.get() }, move || view! {
            <div class="more">
                <p class="muted" data-testid=showing_id>
                    {move || {
                        let lang = store.lang.get();
                        fill(store.t(K::ShowingN), &[("k", &fmt_int(limit.get(), lang)), ("n", &fmt_int(total.get(), lang))])
                    }}
                </p>
                <button class="btn" data-testid=more_id on:click=move |_| limit.update(|l| *l += page)>
                    {store.tr(K::ShowMore)}
                </button>
            </div>
        })}
    }
}

/// One row of a [`keyed_list`]: its key, and what builds its view when the key first appears.
pub struct Row {
    key: u64,
    view: Box<dyn FnOnce() -> AnyView + Send>,
}

/// A row keyed by anything hashable: rows with equal keys are the same row.
pub fn row<K: std::hash::Hash, V: IntoView + 'static>(
    key: K,
    view: impl FnOnce() -> V + Send + 'static,
) -> Row {
    use std::hash::{DefaultHasher, Hasher};
    let mut h = DefaultHasher::new();
    key.hash(&mut h);
    Row {
        key: h.finish(),
        view: Box::new(move || view().into_any()),
    }
}

/// A keyed list, like `<For>`: a row keeps its DOM, focus and state while its key stays, and
/// only new keys build views. Every list in the app goes through this one, so `For`'s diffing
/// code is compiled once instead of once per list (several kilobytes of wasm each).
pub fn keyed_list(rows: impl Fn() -> Vec<Row> + Send + 'static) -> AnyView {
    let rows: Box<dyn Fn() -> Vec<Row> + Send> = Box::new(rows);
    view! { <For each=move || rows() key=|r: &Row| r.key children=|r: Row| (r.view)()/> }.into_any()
}

type ViewFn = std::sync::Arc<dyn Fn() -> AnyView + Send + Sync>;

/// `view` while `when` holds, as `<Show>` does (the condition is memoised, so the view is
/// rebuilt only when it flips). The closures are erased, so this code is compiled once for
/// the whole app rather than once per use.
pub fn show_if<V: IntoView + 'static>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
) -> AnyView {
    shown(
        std::sync::Arc::new(when),
        std::sync::Arc::new(move || view().into_any()),
        None,
    )
}

/// `view` while `when` holds, else `fallback`; see [`show_if`].
pub fn show_else<V: IntoView + 'static, F: IntoView + 'static>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
    fallback: impl Fn() -> F + Send + Sync + 'static,
) -> AnyView {
    shown(
        std::sync::Arc::new(when),
        std::sync::Arc::new(move || view().into_any()),
        Some(std::sync::Arc::new(move || fallback().into_any())),
    )
}

fn shown(
    when: std::sync::Arc<dyn Fn() -> bool + Send + Sync>,
    view: ViewFn,
    fallback: Option<ViewFn>,
) -> AnyView {
    let when = ArcMemo::new(move |_| when());
    (move || {
        if when.get() {
            view()
        } else {
            fallback.as_ref().map_or_else(|| ().into_any(), |f| f())
        }
    })
    .into_any()
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
