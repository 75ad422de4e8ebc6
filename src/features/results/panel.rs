//! A stakeholder's results: axis, side and type, confidence, reasons, health and suggestions.

use std::fmt::Write;

use leptos::prelude::*;

use crate::app::store::{use_placements, use_store};
use crate::components::classes::{band_class, side_class};
use crate::components::markup::{esc, push_chip};
use crate::components::show::show_if;
use crate::domain::model::{EXTERNAL_MAX, INTERNAL_MIN};
use crate::domain::placement::Placement;
use crate::domain::questionnaire::{self, Answers};
use crate::domain::suggestions::{self, suggest};
use crate::domain::Lang;
use crate::i18n::{fill, K};

/// The horizontal external ↔ internal bar with the stakeholder's marker.
fn push_axis_bar(out: &mut String, axis: u8, lang: Lang) {
    let x = axis.min(100);
    let (ext, int) = (EXTERNAL_MAX, INTERNAL_MIN);
    let value = esc(&fill(K::AxisValue.get(lang), &[("n", &axis.to_string())]));
    let _ = write!(
        out,
        "<figure class=\"axis\" data-testid=\"axis\" data-axis=\"{axis}\">\
         <svg class=\"axis__svg\" viewBox=\"-3 0 106 12\" role=\"img\" aria-label=\"{}: {value}\">\
         <rect class=\"axis__zone axis__zone--external\" x=\"0\" y=\"4\" width=\"{ext}\" height=\"4\"></rect>\
         <rect class=\"axis__zone axis__zone--middle\" x=\"{ext}\" y=\"4\" width=\"{}\" height=\"4\"></rect>\
         <rect class=\"axis__zone axis__zone--internal\" x=\"{int}\" y=\"4\" width=\"{}\" height=\"4\"></rect>\
         <line class=\"axis__marker-line\" x1=\"{x}\" x2=\"{x}\" y1=\"0.5\" y2=\"11.5\"></line>\
         <circle class=\"axis__marker\" cx=\"{x}\" cy=\"6\" r=\"2.6\"></circle></svg>\
         <figcaption class=\"axis__caption\"><span>← {}</span>\
         <strong data-testid=\"axis-value\">{value}</strong><span>{} →</span></figcaption></figure>",
        esc(K::AxisLabel.get(lang)),
        int - ext,
        100 - int,
        esc(K::AxisOutside.get(lang)),
        esc(K::AxisInside.get(lang)),
    );
}

/// Everything about a placement but the suggestions: the axis, side, types and confidence,
/// the reasons that moved it most, and how things are going. Static for a placement and a
/// language, so one string rather than a view tree.
pub fn placement_markup(p: &Placement, lang: Lang) -> String {
    let mut out = String::with_capacity(4096);
    let t = |k: K| esc(k.get(lang));
    push_axis_bar(&mut out, p.axis, lang);
    let _ = write!(
        out,
        "<p class=\"results__thresholds muted\">{}</p><dl class=\"facts\">",
        esc(&fill(
            K::ThresholdsHelp.get(lang),
            &[
                ("ext", &EXTERNAL_MAX.to_string()),
                ("int", &INTERNAL_MIN.to_string())
            ]
        ))
    );
    let side = side_class(p.side);
    let _ = write!(
        out,
        "<div class=\"facts__item\"><dt>{}</dt><dd><strong class=\"side side--{side}\" \
         data-testid=\"result-side\" data-side=\"{side}\">{}</strong>\
         <span class=\"facts__desc\">{}</span></dd></div>",
        t(K::SideLabel),
        esc(p.side.label().get(lang)),
        esc(p.side.description().get(lang)),
    );
    let ids: Vec<&str> = p.types.iter().map(|t| t.id()).collect();
    let _ = write!(
        out,
        "<div class=\"facts__item\"><dt>{}</dt><dd data-testid=\"result-types\" data-types=\"{}\">",
        t(K::TypeLabel),
        ids.join(",")
    );
    if p.types.is_empty() {
        let none = if p.complete {
            K::NoClearType
        } else {
            K::NoTypeYet
        };
        let _ = write!(out, "<span class=\"muted\">{}</span>", t(none));
    }
    for ty in &p.types {
        out.push_str("<div class=\"facts__type\">");
        push_chip(&mut out, *ty, lang);
        let _ = write!(
            out,
            "<span class=\"facts__desc\">{}</span></div>",
            esc(ty.description().get(lang))
        );
    }
    let c = p.confidence;
    let _ = write!(
        out,
        "</dd></div><div class=\"facts__item\"><dt>{label}</dt><dd>\
         <meter class=\"meter\" min=\"0\" max=\"100\" low=\"40\" high=\"70\" optimum=\"100\" value=\"{c}\" \
         aria-label=\"{label}\"></meter><span data-testid=\"confidence\">{c}%</span>\
         <span class=\"facts__desc\">{}</span></dd></div></dl>",
        t(K::ConfidenceHelp),
        label = t(K::ConfidenceLabel),
    );

    let _ = write!(
        out,
        "<h3 class=\"section-title\">{}</h3><ul class=\"reasons\" data-testid=\"reasons\">",
        t(K::WhyHeading)
    );
    for r in p.reasons.iter().take(5) {
        let q = questionnaire::question(r.question);
        let (class, arrow, dir) = match r.points.signum() {
            1 => ("reason--in", "→●", K::MovesInward),
            -1 => ("reason--out", "←○", K::MovesOutward),
            _ => ("reason--neutral", "↔", K::Neutral),
        };
        let label = q
            .and_then(|q| questionnaire::option_label(q, r.option))
            .map(|t| t.get(lang))
            .unwrap_or(r.option);
        let _ = write!(
            out,
            "<li class=\"reason {class}\"><span class=\"reason__arrow\" aria-hidden=\"true\">{arrow}</span>\
             <span>{}: {}<span class=\"reason__dir\"> ({})</span></span></li>",
            esc(q.map(|q| q.short.get(lang)).unwrap_or(r.question)),
            esc(label),
            t(dir),
        );
    }
    let _ = write!(
        out,
        "</ul><h3 class=\"section-title\">{}</h3>",
        t(K::HealthHeading)
    );
    match p.health {
        None => {
            let _ = write!(
                out,
                "<p class=\"muted\" data-testid=\"health-unknown\">{}</p>",
                t(K::HealthUnknown)
            );
        }
        Some(h) => {
            let _ = write!(
                out,
                "<div class=\"health health--{}\" data-testid=\"health\">\
                 <svg class=\"health__bar\" viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
                 <rect class=\"health__track\" x=\"0\" y=\"0\" width=\"100\" height=\"8\"></rect>\
                 <rect class=\"health__fill\" x=\"0\" y=\"0\" width=\"{s}\" height=\"8\"></rect></svg>\
                 <p><strong data-testid=\"health-band\">{}</strong> · {s} / 100</p></div>",
                band_class(Some(h.band)),
                esc(h.band.label().get(lang)),
                s = h.score,
            );
        }
    }
    out
}

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

#[component]
fn PlacementView(id: u32, p: Placement, answers: Memo<Answers>) -> impl IntoView {
    let store = use_store();
    let p2 = p.clone();
    let suggestions = move || answers.with(|a| suggest(&p2, a));
    let in_plan = move |lever: &str| {
        store
            .with_map(|m| {
                m.plan
                    .iter()
                    .any(|i| i.lever.as_deref() == Some(lever) && i.stakeholders.contains(&id))
            })
            .unwrap_or(false)
    };
    view! {
        <div class="contents" inner_html=move || placement_markup(&p, store.lang.get())></div>
        <h3 class="section-title">{store.tr(K::SuggestionsHeading)}</h3>
        {move || {
            let list = suggestions();
            if list.is_empty() {
                return view! { <p class="muted">{store.tr(K::NoSuggestions)}</p> }.into_any();
            }
            view! {
                <ol class="suggestions" data-testid="suggestions">
                    {list.into_iter().map(|s| {
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
            }.into_any()
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::placement::place;
    use crate::domain::suggestions::levers;

    /// A fully answered stakeholder from the sample generator, with types and health.
    fn placed_person() -> Placement {
        crate::domain::sample::generate_map(40, 7)
            .stakeholders
            .iter()
            .filter_map(|s| place(&s.answers))
            .find(|p| {
                p.complete && !p.types.is_empty() && p.health.is_some() && p.reasons.len() > 5
            })
            .expect("the sample has a fully answered person")
    }

    #[test]
    fn placement_markup_states_the_placement_and_why() {
        let p = placed_person();
        let m = placement_markup(&p, Lang::En);
        assert!(m.contains(&format!("data-axis=\"{}\"", p.axis)));
        assert!(
            m.contains(&format!("cx=\"{}\"", p.axis)),
            "marker at the axis value"
        );
        assert!(m.contains(&format!("data-side=\"{}\"", side_class(p.side))));
        let ids: Vec<&str> = p.types.iter().map(|t| t.id()).collect();
        assert!(m.contains(&format!("data-types=\"{}\"", ids.join(","))));
        assert!(m.contains(&format!("value=\"{0}\"", p.confidence)));
        assert!(m.contains(&format!(">{}%<", p.confidence)));
        // The five strongest reasons, each naming the question and the answer given.
        assert_eq!(m.matches("<li class=\"reason ").count(), 5);
        let r = &p.reasons[0];
        let q = questionnaire::question(r.question).unwrap();
        let answer = questionnaire::option_label(q, r.option).unwrap();
        assert!(m.contains(&format!(
            "{}: {}",
            esc(q.short.get(Lang::En)),
            esc(answer.get(Lang::En))
        )));
        let h = p.health.expect("health known");
        assert!(m.contains(&format!("width=\"{}\"", h.score)));
        assert!(m.contains(&esc(h.band.label().get(Lang::En))));
        assert!(!m.contains("health-unknown"));
        // The same in Spanish.
        let es = placement_markup(&p, Lang::Es);
        assert!(es.contains(&esc(K::WhyHeading.get(Lang::Es))));
        assert!(es.contains(&esc(p.side.label().get(Lang::Es))));
    }

    #[test]
    fn placement_markup_without_types_or_health() {
        let mut p = placed_person();
        p.types.clear();
        p.health = None;
        p.axis = 250;
        p.complete = false;
        let m = placement_markup(&p, Lang::En);
        assert!(m.contains("data-types=\"\""));
        assert!(m.contains(&esc(K::NoTypeYet.get(Lang::En))));
        // Every question answered and still no type: not "yet", but no clear one.
        p.complete = true;
        let done = placement_markup(&p, Lang::En);
        assert!(done.contains(&esc(K::NoClearType.get(Lang::En))));
        assert!(!done.contains(&esc(K::NoTypeYet.get(Lang::En))));
        assert!(m.contains("data-testid=\"health-unknown\""));
        assert!(m.contains("cx=\"100\""), "the marker stays on the bar");
    }

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
