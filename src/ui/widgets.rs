//! Small presentational pieces reused across views: axis bar, type chip, health dot.

use leptos::prelude::*;

use crate::domain::placement::{Band, CustomerType, Health, Placement, Side};
use crate::domain::Lang;
use crate::i18n::K;
use crate::ui::ctx::use_store;
use crate::ui::svg::{num, shape};

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

pub fn band_class(b: Option<Band>) -> &'static str {
    match b {
        Some(Band::Thriving) => "thriving",
        Some(Band::Fine) => "fine",
        Some(Band::AtRisk) => "at-risk",
        None => "unknown",
    }
}

/// Names of the placement's types joined for reading ("Loyal · Operative").
pub fn types_text(p: &Placement, lang: Lang) -> String {
    p.types
        .iter()
        .map(|t| t.label().get(lang))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A lever's source in the interface language: the background articles are named in words,
/// published works by their (language-neutral) citation.
pub fn source_label(source: &'static str, lang: Lang) -> &'static str {
    let key = match source.strip_prefix("Source article: ") {
        Some("external customers") => K::SrcExternal,
        Some("internal customers") => K::SrcInternal,
        Some("customer types") => K::SrcTypes,
        _ => return source,
    };
    key.get(lang)
}

/// A tiny external ↔ internal bar for lists.
#[component]
pub fn MiniAxis(axis: u8) -> impl IntoView {
    let x = num(f64::from(axis.min(100)) - 1.5);
    view! {
        <svg class="mini-axis" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect class="mini-axis__track" x="0" y="4" width="100" height="2" rx="1"></rect>
            <rect class="mini-axis__marker" x=x y="0" width="3" height="10" rx="1"></rect>
        </svg>
    }
}

/// Chip with a type's shape icon and name, following the interface language.
#[component]
pub fn TypeChip(t: CustomerType) -> impl IntoView {
    let store = use_store();
    move || type_chip(t, store.lang.get())
}

/// [`TypeChip`] in a fixed language, for rows that are rebuilt when the language changes.
pub fn type_chip(t: CustomerType, lang: Lang) -> impl IntoView {
    view! {
        <span class=format!("chip chip--{}", type_class(t))>
            <svg class="chip__icon" viewBox="-6 -6 12 12" aria-hidden="true" inner_html=shape(Some(t), 5.0)></svg>
            {t.label().get(lang)}
        </span>
    }
}

/// Health as a small dot plus its band name, following the interface language.
#[component]
pub fn HealthDot(health: Option<Health>) -> impl IntoView {
    let store = use_store();
    move || health_dot(health, store.lang.get())
}

/// [`HealthDot`] in a fixed language.
pub fn health_dot(health: Option<Health>, lang: Lang) -> impl IntoView {
    let class = format!(
        "health-dot health-dot--{}",
        band_class(health.map(|h| h.band))
    );
    let text = match health {
        Some(h) => format!("{} · {}", h.band.label().get(lang), h.score),
        None => K::HealthUnknownShort.get(lang).to_string(),
    };
    view! {
        <span class=class>
            <span class="health-dot__dot" aria-hidden="true"></span>
            {text}
        </span>
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
        }
    }
}
