//! A placement as markup: the axis bar, side, types and confidence, the reasons that moved it
//! most, and how things are going. Static for a placement and a language, so one string
//! rather than a view tree.

use std::fmt::Write;

use crate::components::classes::{band_class, side_class};
use crate::components::markup::{esc, push_chip};
use crate::domain::model::{EXTERNAL_MAX, INTERNAL_MIN};
use crate::domain::placement::Placement;
use crate::domain::questionnaire;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::placement::place;

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
}
