//! A placement as markup: the axis bar, side (with a flag for two roles or another firm),
//! types and confidence, the reasons that moved it most, the answers that pull apart, and how
//! things are going. Static for a placement, its answers and a language, so one string rather
//! than a view tree.

use std::fmt::Write;

use crate::components::classes::side_class;
use crate::components::markup::{esc, push_chip};
use crate::components::role_flag::push_role_flag;
use crate::domain::model::{CustomerType, EXTERNAL_MAX, INTERNAL_MIN};
use crate::domain::placement::Placement;
use crate::domain::questionnaire::{self, Answers};
use crate::domain::Lang;
use crate::features::results::confidence::{push_confidence, push_contradictions};
use crate::features::results::health::push_health_section;
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

/// What to say before a type: which role it is about when the types come one from each side
/// (two roles, or the middle), "close second" for a runner-up on the same side, else nothing.
fn type_lead(types: &[CustomerType], i: usize) -> Option<(K, &'static str)> {
    let (first, second) = (types.first()?, types.get(1)?);
    if first.is_internal() != second.is_internal() {
        let key = if types[i].is_internal() {
            K::TypeWhenWorking
        } else {
            K::TypeWhenBuying
        };
        return Some((key, "type-side"));
    }
    (i == 1).then_some((K::TypeCloseSecond, "runner-up"))
}

/// Everything about a placement but the suggestions: the axis, side, types and confidence,
/// the reasons that moved it most, the answers that pull apart, and how things are going.
/// `answers` are the ones the placement comes from, to name what pulls apart.
pub fn placement_markup(p: &Placement, answers: &Answers, lang: Lang) -> String {
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
        "<div class=\"facts__item\"><dt>{}</dt><dd data-testid=\"result-role\" data-role=\"{}\">\
         <strong class=\"side side--{side}\" data-testid=\"result-side\" data-side=\"{side}\">{}</strong>\
         <span class=\"facts__desc\">{}</span>",
        t(K::SideLabel),
        p.role.id(),
        esc(p.side.label().get(lang)),
        esc(p.side.description().get(lang)),
    );
    if let Some(why) = p.role.explanation() {
        push_role_flag(&mut out, p.role, p.side, lang);
        let _ = write!(
            out,
            "<span class=\"facts__desc\">{}</span>",
            esc(why.get(lang))
        );
    }
    out.push_str("</dd></div>");
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
    for (i, ty) in p.types.iter().enumerate() {
        out.push_str("<div class=\"facts__type\">");
        if let Some((lead, testid)) = type_lead(&p.types, i) {
            let _ = write!(
                out,
                "<span class=\"facts__lead\" data-testid=\"{testid}\">{}</span>",
                t(lead)
            );
        }
        push_chip(&mut out, *ty, lang);
        let _ = write!(
            out,
            "<span class=\"facts__desc\">{}</span></div>",
            esc(ty.description().get(lang))
        );
    }
    out.push_str("</dd></div>");
    push_confidence(&mut out, p, lang);
    out.push_str("</dl>");

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
    out.push_str("</ul>");
    push_contradictions(&mut out, p, answers, lang);
    push_health_section(&mut out, p, lang);
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
        let m = placement_markup(&p, &Answers::new(), Lang::En);
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
        let es = placement_markup(&p, &Answers::new(), Lang::Es);
        assert!(es.contains(&esc(K::WhyHeading.get(Lang::Es))));
        assert!(es.contains(&esc(p.side.label().get(Lang::Es))));
    }

    /// Works with the team every day and also shops weekly: two roles.
    const TWO_ROLES: &[(&str, &str)] = &[
        ("pays", "pays.both"),
        ("contact", "contact.daily"),
        ("meaning", "meaning.both"),
        ("ext.frequency", "ext.frequency.weekly"),
        ("int.customers", "int.customers.core"),
    ];

    #[test]
    fn two_roles_are_flagged_with_a_type_for_each_role() {
        let a = questionnaire::answers_from(TWO_ROLES);
        let p = place(&a).unwrap();
        let m = placement_markup(&p, &a, Lang::En);
        assert!(m.contains("data-testid=\"result-role\" data-role=\"two-roles\""));
        assert!(m.contains(">Also buys from you</span>"), "{m}");
        assert!(m.contains(&esc(p.role.explanation().unwrap().get(Lang::En))));
        assert!(m.contains("data-types=\"executive,loyal\""));
        // Each type says which role it is about, in the order shown.
        let leads: Vec<&str> = m
            .match_indices("data-testid=\"type-side\">")
            .map(|(i, t)| &m[i + t.len()..i + t.len() + m[i + t.len()..].find('<').unwrap()])
            .collect();
        assert_eq!(
            leads,
            [
                K::TypeWhenWorking.get(Lang::En),
                K::TypeWhenBuying.get(Lang::En)
            ]
        );
        assert!(!m.contains("runner-up"));
        let es = placement_markup(&p, &a, Lang::Es);
        assert!(es.contains(">También te compra</span>"));
    }

    #[test]
    fn a_close_runner_up_is_shown_as_such_and_a_single_role_has_no_flag() {
        let a = questionnaire::answers_from(&[
            ("pays", "pays.they_pay"),
            ("ext.frequency", "ext.frequency.weekly"),
            ("ext.decision", "ext.decision.impulse"),
        ]);
        let p = place(&a).unwrap();
        assert_eq!(p.types, [CustomerType::Impulsive, CustomerType::Loyal]);
        let m = placement_markup(&p, &a, Lang::En);
        assert_eq!(m.matches("data-testid=\"runner-up\"").count(), 1);
        let second = m.find("data-testid=\"runner-up\"").unwrap();
        assert!(m[second..].contains(&esc(K::TypeCloseSecond.get(Lang::En))));
        assert!(
            m.find("chip--impulsive").unwrap() < second && second < m.find("chip--loyal").unwrap(),
            "the runner-up label sits before the second type"
        );
        assert!(!m.contains("role-flag") && m.contains("data-role=\"single\""));
    }

    #[test]
    fn placement_markup_without_types_or_health() {
        let mut p = placed_person();
        p.types.clear();
        p.health = None;
        p.axis = 250;
        p.complete = false;
        let m = placement_markup(&p, &Answers::new(), Lang::En);
        assert!(m.contains("data-types=\"\""));
        assert!(m.contains(&esc(K::NoTypeYet.get(Lang::En))));
        // Every question answered and still no type: not "yet", but no clear one.
        p.complete = true;
        let done = placement_markup(&p, &Answers::new(), Lang::En);
        assert!(done.contains(&esc(K::NoClearType.get(Lang::En))));
        assert!(!done.contains(&esc(K::NoTypeYet.get(Lang::En))));
        assert!(m.contains("data-testid=\"health-unknown\""));
        assert!(m.contains("cx=\"100\""), "the marker stays on the bar");
    }
}
