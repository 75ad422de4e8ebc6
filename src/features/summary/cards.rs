//! The summary's counts and chain cards as markup: static for a given summary and language,
//! so one string each rather than a view tree.

use std::fmt::Write;

use crate::components::classes::{band_class, side_class};
use crate::components::markup::{esc, num, push_chip};
use crate::components::role_flag::push_role_icon;
use crate::domain::model::{Band, CustomerType, Role, Side};
use crate::domain::summary::{MapSummary, SideHealth};
use crate::domain::Lang;
use crate::i18n::{fill, fmt_int, one_or_many, plural, K};

/// Appends a score out of 100 as a bar, with its number and band in words.
fn push_score_bar(out: &mut String, label: K, score: Option<u8>, testid: &str, lang: Lang) {
    let band = score.map(Band::from_score);
    out.push_str("<div class=\"score-bar score-bar--");
    out.push_str(band_class(band));
    out.push_str("\" data-testid=\"");
    out.push_str(testid);
    out.push('"');
    if let Some(s) = score {
        let _ = write!(out, " data-score=\"{s}\"");
    }
    out.push_str("><span class=\"score-bar__label\">");
    out.push_str(&esc(label.get(lang)));
    out.push_str(
        "</span><svg class=\"score-bar__svg\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" \
         aria-hidden=\"true\"><rect class=\"score-bar__track\" x=\"0\" y=\"0\" width=\"100\" height=\"10\" rx=\"5\"></rect>",
    );
    if let Some(s) = score {
        let _ = write!(
            out,
            "<rect class=\"score-bar__fill\" x=\"0\" y=\"0\" width=\"{s}\" height=\"10\" rx=\"5\"></rect>"
        );
    }
    out.push_str("</svg><span class=\"score-bar__value\">");
    match (score, band) {
        (Some(s), Some(b)) => {
            let _ = write!(out, "{s} / 100 · {}", esc(b.label().get(lang)));
        }
        _ => out.push_str(&esc(K::HealthUnknownShort.get(lang))),
    }
    out.push_str("</span></div>");
}

/// How many on one half are at risk, of how many, and how many the average is of; nothing
/// when no one is placed on that half.
fn push_at_risk(out: &mut String, c: SideHealth, inside: bool, lang: Lang) {
    if c.people == 0 {
        return;
    }
    let _ = write!(
        out,
        "<p class=\"summary-chain__counts\" data-testid=\"at-risk-{}\" data-at-risk=\"{}\" data-people=\"{}\" data-rated=\"{}\">",
        if inside { "inside" } else { "outside" },
        c.at_risk,
        c.people,
        c.rated
    );
    if c.rated == 0 {
        out.push_str(&esc(K::HealthNoneRated.get(lang)));
    } else {
        let (one, many) = if inside {
            (K::AtRiskInsideOne, K::AtRiskInside)
        } else {
            (K::AtRiskOutsideOne, K::AtRiskOutside)
        };
        let at_risk = fill(
            one_or_many(c.people, one, many).get(lang),
            &[
                ("k", &fmt_int(c.at_risk, lang)),
                ("n", &fmt_int(c.people, lang)),
            ],
        );
        let _ = write!(
            out,
            "<strong>{}</strong> · {}",
            esc(&at_risk),
            esc(&plural(c.rated, K::HealthMeanOfOne, K::HealthMeanOf, lang))
        );
    }
    out.push_str("</p>");
}

/// The inside-to-outside chain card's content: both sides' health, what it means, a first step.
pub fn chain_markup(s: &MapSummary, lang: Lang) -> String {
    let mut out = String::with_capacity(1024);
    out.push_str("<h3 id=\"chain-title\" class=\"summary-card__title\">");
    out.push_str(&esc(K::ChainHeading.get(lang)));
    out.push_str("</h3><div class=\"summary-chain__bars\">");
    for (label, score, counts, inside, testid) in [
        (
            K::HealthInside,
            s.health_inside,
            s.inside,
            true,
            "health-inside",
        ),
        (
            K::HealthOutside,
            s.health_outside,
            s.outside,
            false,
            "health-outside",
        ),
    ] {
        out.push_str("<div class=\"summary-chain__side\">");
        push_score_bar(&mut out, label, score, testid, lang);
        push_at_risk(&mut out, counts, inside, lang);
        out.push_str("</div>");
    }
    out.push_str("</div><p class=\"summary-chain__message\" data-testid=\"chain-message\">");
    out.push_str(&esc(s.chain.message().get(lang)));
    out.push_str("</p>");
    if let Some(step) = s.chain.first_step() {
        out.push_str("<p class=\"summary-chain__step\"><strong>");
        out.push_str(&esc(K::FirstStep.get(lang)));
        out.push_str(": </strong>");
        out.push_str(&esc(step.get(lang)));
        out.push_str("</p>");
    }
    out
}

/// Counts per side with a stacked bar, and per type with descriptions: two summary cards.
/// Static for a given summary and language, so one string rather than a view tree.
pub fn counts_markup(s: &MapSummary, lang: Lang) -> String {
    let mut out = String::with_capacity(4096);
    let total = s.placed.max(1) as f64;
    let card = |out: &mut String, id: &str, title: K| {
        let _ = write!(
            out,
            "<section class=\"summary-card\" aria-labelledby=\"{id}\"><h3 id=\"{id}\" class=\"summary-card__title\">{}</h3>",
            esc(title.get(lang))
        );
    };

    card(&mut out, "per-side-title", K::PerSide);
    out.push_str(
        "<svg class=\"stack\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">",
    );
    let mut x = 0.0;
    for (side, n) in &s.per_side {
        let w = 100.0 * *n as f64 / total;
        let _ = write!(
            out,
            "<rect class=\"stack__part stack__part--{}\" x=\"{}\" y=\"0\" width=\"{}\" height=\"10\"></rect>",
            side_class(*side),
            num(x),
            num(w)
        );
        x += w;
    }
    out.push_str("</svg><ul class=\"side-counts\">");
    for side in Side::ALL {
        let n = s
            .per_side
            .iter()
            .find(|(x, _)| *x == side)
            .map_or(0, |(_, n)| *n);
        let c = side_class(side);
        let _ = write!(
            out,
            "<li class=\"side-count side-count--{c}\" data-testid=\"side-count\" data-side=\"{c}\">\
             <span class=\"legend__swatch legend__swatch--{c}\" aria-hidden=\"true\"></span>\
             <strong class=\"side-count__n\" data-testid=\"side-count-n\">{}</strong>\
             <span class=\"side-count__text\"><span class=\"side-count__label\">{}</span>\
             <span class=\"side-count__desc\">{}</span></span></li>",
            fmt_int(n, lang),
            esc(side.label().get(lang)),
            esc(side.description().get(lang))
        );
    }
    out.push_str("</ul>");
    let ties = [
        (
            s.two_roles,
            K::TwoRolesCountOne,
            K::TwoRolesCount,
            Role::TwoRoles,
        ),
        (
            s.through_firm,
            K::ThroughFirmCountOne,
            K::ThroughFirmCount,
            Role::ThroughAnotherFirm,
        ),
    ];
    if ties.iter().any(|(n, ..)| *n > 0) {
        out.push_str("<ul class=\"summary-ties\" data-testid=\"summary-ties\">");
        for (n, one, many, role) in ties.into_iter().filter(|(n, ..)| *n > 0) {
            let _ = write!(
                out,
                "<li class=\"summary-tie\" data-testid=\"summary-tie\" data-role=\"{}\" data-count=\"{n}\">",
                role.id()
            );
            push_role_icon(&mut out, role);
            let _ = write!(
                out,
                "<span>{}</span></li>",
                esc(&plural(n, one, many, lang))
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");

    card(&mut out, "per-type-title", K::PerType);
    out.push_str("<div class=\"type-groups\">");
    for (inside, heading) in [(false, K::HalfExternal), (true, K::HalfInternal)] {
        let _ = write!(
            out,
            "<div class=\"type-group\"><h4 class=\"type-group__title\">{}</h4><ul class=\"type-group__list\">",
            esc(heading.get(lang))
        );
        for t in CustomerType::ALL
            .into_iter()
            .filter(|t| t.is_internal() == inside)
        {
            let n = s
                .per_type
                .iter()
                .find(|(x, _)| *x == t)
                .map_or(0, |(_, n)| *n);
            let id = t.id();
            let _ = write!(
                out,
                "<li class=\"type-count type-count--{id}\" data-testid=\"type-count\" data-type=\"{id}\">\
                 <div class=\"type-count__head\">"
            );
            push_chip(&mut out, t, lang);
            let _ = write!(
                out,
                "<strong class=\"type-count__n\">{}</strong></div>\
                 <svg class=\"type-count__bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
                 <rect class=\"type-count__track\" x=\"0\" y=\"0\" width=\"100\" height=\"6\" rx=\"3\"></rect>\
                 <rect class=\"type-count__fill\" x=\"0\" y=\"0\" width=\"{}\" height=\"6\" rx=\"3\"></rect></svg>\
                 <p class=\"type-count__desc\">{}</p></li>",
                fmt_int(n, lang),
                num(100.0 * n as f64 / total),
                esc(t.description().get(lang))
            );
        }
        out.push_str("</ul></div>");
    }
    let _ = write!(
        out,
        "</div><p class=\"summary-card__note muted\" data-testid=\"per-type-note\">{}</p></section>",
        esc(K::PerTypeNote.get(lang))
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::summary::{summarize, Chain};

    fn sample_summary() -> MapSummary {
        MapSummary {
            total: 1205,
            placed: 1200,
            per_side: vec![
                (Side::External, 600),
                (Side::Middle, 300),
                (Side::Internal, 300),
            ],
            per_type: CustomerType::ALL
                .into_iter()
                .enumerate()
                .map(|(i, t)| (t, if i == 0 { 1200 } else { i * 10 }))
                .collect(),
            health_inside: Some(40),
            health_outside: None,
            inside: SideHealth {
                people: 8,
                rated: 6,
                at_risk: 3,
            },
            outside: SideHealth {
                people: 1,
                rated: 0,
                at_risk: 0,
            },
            two_roles: 1,
            through_firm: 0,
            chain: Chain::InsideLags { gap: 25 },
        }
    }

    /// The value of `attr` on the element that carries `marker` (the first after it).
    fn attr_after<'a>(m: &'a str, marker: &str, attr: &str) -> &'a str {
        let from = m.find(marker).expect("marker present");
        let rest = &m[from..];
        let at = rest.find(&format!("{attr}=\"")).expect("attribute present") + attr.len() + 2;
        &rest[at..at + rest[at..].find('"').unwrap()]
    }

    #[test]
    fn counts_markup_has_every_side_and_type_with_numbers_and_bars() {
        let s = sample_summary();
        let m = counts_markup(&s, Lang::En);
        assert_eq!(m.matches("data-testid=\"side-count\"").count(), 3);
        assert_eq!(m.matches("data-testid=\"type-count\"").count(), 6);
        // Sides in Side::ALL order, numbers grouped in the interface language.
        let sides: Vec<&str> = m
            .match_indices("data-side=\"")
            .map(|(i, _)| &m[i + 11..i + 11 + m[i + 11..].find('"').unwrap()])
            .collect();
        assert_eq!(sides, Side::ALL.map(side_class));
        assert!(m.contains(">600</strong>") && m.contains(">300</strong>"));
        assert!(counts_markup(&s, Lang::Es).contains(">1.200</strong>"));
        assert!(m.contains(">1,200</strong>"));
        // The stacked bar: each side's share, laid end to end.
        assert_eq!(attr_after(&m, "stack__part--external", "width"), "50");
        assert_eq!(attr_after(&m, "stack__part--middle", "x"), "50");
        assert_eq!(attr_after(&m, "stack__part--internal", "x"), "75");
        assert_eq!(attr_after(&m, "stack__part--internal", "width"), "25");
        // A type's bar is its share of the placed stakeholders.
        let first = CustomerType::ALL[0].id();
        assert_eq!(
            attr_after(&m, &format!("type-count--{first}"), "data-type"),
            first
        );
        let fill_of_first = &m[m.find(&format!("type-count--{first}")).unwrap()..];
        assert_eq!(
            attr_after(fill_of_first, "type-count__fill", "width"),
            "100"
        );
        // Headings and descriptions follow the language.
        assert!(m.contains(&esc(K::PerSide.get(Lang::En))));
        assert!(counts_markup(&s, Lang::Es).contains(&esc(K::PerType.get(Lang::Es))));
        // Why the types may not add up to the people placed.
        assert!(m.contains(&esc(K::PerTypeNote.get(Lang::En))));
        for t in CustomerType::ALL {
            assert!(
                m.contains(&esc(t.description().get(Lang::En))),
                "{}",
                t.id()
            );
        }
        // Nobody placed: no division by zero, empty bars.
        let empty = summarize(0, []);
        let m = counts_markup(&empty, Lang::En);
        assert!(!m.contains("NaN") && !m.contains("inf"));
        assert_eq!(m.matches(">0</strong>").count(), 9);
    }

    #[test]
    fn chain_markup_shows_known_and_unknown_health_and_the_first_step() {
        let s = sample_summary();
        let m = chain_markup(&s, Lang::En);
        assert_eq!(attr_after(&m, "health-inside", "data-score"), "40");
        assert!(m.contains("40 / 100 · "));
        assert_eq!(attr_after(&m, "score-bar__fill", "width"), "40");
        assert_eq!(
            m.matches("score-bar__fill").count(),
            1,
            "no fill without a score"
        );
        let outside = &m[m.find("health-outside").unwrap()..];
        assert!(!outside[..outside.find('>').unwrap()].contains("data-score"));
        assert!(outside.contains(&esc(K::HealthUnknownShort.get(Lang::En))));
        assert!(m.contains(&esc(s.chain.message().get(Lang::En))));
        let step = s
            .chain
            .first_step()
            .expect("a lagging side has a first step");
        assert!(chain_markup(&s, Lang::Es).contains(&esc(step.get(Lang::Es))));
        // Nobody placed: both sides unknown, and the message says what to answer first.
        let none = chain_markup(&summarize(0, []), Lang::En);
        assert!(!none.contains("data-score") && !none.contains("score-bar__fill"));
        assert_eq!(none.matches("score-bar--unknown").count(), 2);
        let first = Chain::NotEnoughData.first_step().unwrap();
        assert!(none.contains(&esc(first.get(Lang::En))));
        assert!(!none.contains("at-risk-"), "no one placed: no counts");
    }

    #[test]
    fn each_half_says_how_many_are_at_risk_and_what_the_average_is_of() {
        let mut s = sample_summary();
        let m = chain_markup(&s, Lang::En);
        assert_eq!(attr_after(&m, "at-risk-inside", "data-at-risk"), "3");
        assert!(m.contains(
            "<strong>3\u{a0}of\u{a0}8 people inside at risk</strong> · Average of 6 people with enough health answers"
        ));
        // One person outside, without enough answers: no "0 of 1 at risk" as if they were fine.
        let outside = &m[m.find("at-risk-outside").unwrap()..];
        assert!(outside.contains(&esc(K::HealthNoneRated.get(Lang::En))));
        assert!(!m.contains("of\u{a0}1 person outside"));
        s.outside = SideHealth {
            people: 1,
            rated: 1,
            at_risk: 1,
        };
        s.inside.rated = 1;
        let m = chain_markup(&s, Lang::En);
        assert!(m.contains("1\u{a0}of\u{a0}1 person outside at risk"));
        assert!(m.contains("Average of 1 person with enough health answers"));
        let es = chain_markup(&s, Lang::Es);
        assert!(es.contains("<strong>3\u{a0}de\u{a0}8 personas de dentro en riesgo</strong> · Media de 1 persona con bastantes respuestas de salud"));
        assert!(es.contains("1\u{a0}de\u{a0}1 persona de fuera en riesgo"));
    }

    #[test]
    fn people_tied_in_two_ways_are_counted_beside_the_sides() {
        let mut s = sample_summary();
        let m = counts_markup(&s, Lang::En);
        assert_eq!(m.matches("data-testid=\"summary-tie\"").count(), 1);
        assert!(m.contains(">1 person works with you and also buys from you</span></li>"));
        s.two_roles = 0;
        s.through_firm = 3;
        let es = counts_markup(&s, Lang::Es);
        assert!(es.contains(">3 personas trabajan para ti a través de otra empresa</span></li>"));
        assert!(!es.contains("two-roles"));
        s.through_firm = 0;
        assert!(!counts_markup(&s, Lang::En).contains("summary-ties"));
    }
}
