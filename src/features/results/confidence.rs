//! How sure a placement is, in words: the percentage, what lowers it (answers skipped or
//! given as "I don't know", and answers that point different ways), and each pair of answers
//! that pulls apart named in a sentence built from the two questions and the answers given.

use std::fmt::Write;

use crate::components::markup::esc;
use crate::domain::placement::Placement;
use crate::domain::questionnaire::{self, Answers};
use crate::domain::Lang;
use crate::i18n::{fill, plural, K};

/// "64 %" / "64%": a percentage as the language writes it (unbreakable in Spanish).
pub fn percent(n: u8, lang: Lang) -> String {
    fill(K::PercentValue.get(lang), &[("n", &n.to_string())])
}

/// The sentence naming one contradiction: the answer that points outside (to `outward`) and
/// the one that points inside (to `inward`), each with its question's short name. `None` when
/// either question has no listed answer in `answers`.
pub fn contradiction_sentence(
    outward: &str,
    inward: &str,
    answers: &Answers,
    lang: Lang,
) -> Option<String> {
    let said = |id: &str| -> Option<(&'static str, &'static str)> {
        let q = questionnaire::question(id)?;
        let o = q.option(answers.get(id)?)?;
        Some((q.short.get(lang), o.label.get(lang)))
    };
    let (qa, a) = said(outward)?;
    let (qb, b) = said(inward)?;
    Some(fill(
        K::Contradiction.get(lang),
        &[("a", a), ("qa", qa), ("b", b), ("qb", qb)],
    ))
}

/// The confidence fact: a meter, the percentage and what lowers it.
pub fn push_confidence(out: &mut String, p: &Placement, lang: Lang) {
    let c = p.confidence;
    let label = esc(K::ConfidenceLabel.get(lang));
    let _ = write!(
        out,
        "<div class=\"facts__item\"><dt>{label}</dt><dd>\
         <span class=\"confidence__value\"><meter class=\"meter\" min=\"0\" max=\"100\" low=\"40\" high=\"70\" \
         optimum=\"100\" value=\"{c}\" aria-label=\"{label}\"></meter>\
         <strong data-testid=\"confidence\" data-confidence=\"{c}\">{}</strong></span>\
         <ul class=\"confidence__why\" data-testid=\"confidence-why\">",
        esc(&percent(c, lang)),
    );
    let mut item = |testid: &str, text: &str| {
        let _ = write!(out, "<li data-testid=\"{testid}\">{}</li>", esc(text));
    };
    if c >= 100 {
        item("confidence-full", K::ConfidenceFull.get(lang));
    }
    if p.coverage < 100 {
        item(
            "confidence-coverage",
            &fill(
                K::ConfidenceCoverage.get(lang),
                &[("n", &p.coverage.to_string())],
            ),
        );
    }
    let spread = usize::from(p.coverage.saturating_sub(c));
    if spread > 0 {
        item(
            "confidence-spread",
            &plural(spread, K::ConfidenceSpreadOne, K::ConfidenceSpread, lang),
        );
    }
    let _ = write!(
        out,
        "</ul><span class=\"facts__desc\">{}</span></dd></div>",
        esc(K::ConfidenceHelp.get(lang))
    );
}

/// The answers that pull apart, each in a sentence, and what to do about them; nothing when
/// the answers agree.
pub fn push_contradictions(out: &mut String, p: &Placement, answers: &Answers, lang: Lang) {
    let sentences: Vec<String> = p
        .contradictions
        .iter()
        .filter_map(|(a, b)| contradiction_sentence(a, b, answers, lang))
        .collect();
    if sentences.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<h3 class=\"section-title\">{}</h3><ul class=\"contradictions\" data-testid=\"contradictions\">",
        esc(K::ContradictionsHeading.get(lang))
    );
    for s in sentences {
        let _ = write!(
            out,
            "<li class=\"contradiction\" data-testid=\"contradiction\">{}</li>",
            esc(&s)
        );
    }
    let _ = write!(
        out,
        "</ul><p class=\"muted contradictions__hint\">{}</p>",
        esc(K::ContradictionsHint.get(lang))
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::placement::place;
    use crate::domain::questionnaire::{answers_from, DONT_KNOW};

    /// Pays for what they buy and sees only what's public, yet works with the team every day
    /// and calls the business their workplace.
    const TORN: &[(&str, &str)] = &[
        ("pays", "pays.they_pay"),
        ("produces", "produces.no"),
        ("info", "info.public"),
        ("contact", "contact.daily"),
        ("meaning", "meaning.workplace"),
        ("judges", "judges.result"),
    ];

    #[test]
    fn a_contradiction_reads_as_what_was_said_on_each_side() {
        let a = answers_from(TORN);
        assert_eq!(
            contradiction_sentence("info", "contact", &a, Lang::En).unwrap(),
            "You said “Only what's public: your website, shop or menu” (Access to information), \
             which points outside, yet “Every day” (Work with your staff), which points inside."
        );
        assert_eq!(
            contradiction_sentence("info", "contact", &a, Lang::Es).unwrap(),
            "Dijiste «Solo lo público: tu web, tu tienda, tu carta» (Acceso a información), que \
             apunta hacia fuera, pero también «Todos los días» (Trato con tu equipo), que apunta \
             hacia dentro."
        );
        // Nothing to name without a real answer on both sides.
        let mut b = a.clone();
        b.insert("contact".into(), DONT_KNOW.into());
        assert_eq!(
            contradiction_sentence("info", "contact", &b, Lang::En),
            None
        );
        assert_eq!(
            contradiction_sentence("info", "nonsense", &a, Lang::En),
            None
        );
    }

    #[test]
    fn torn_answers_lower_confidence_and_each_pair_is_named() {
        let a = answers_from(TORN);
        let p = place(&a).unwrap();
        assert!(!p.contradictions.is_empty());
        assert!(
            p.confidence < p.coverage,
            "{} < {}",
            p.confidence,
            p.coverage
        );
        let mut out = String::new();
        push_confidence(&mut out, &p, Lang::En);
        assert!(out.contains(&format!("data-confidence=\"{}\"", p.confidence)));
        assert!(out.contains(&format!(">{}%</strong>", p.confidence)));
        let lost = usize::from(p.coverage - p.confidence);
        assert!(
            out.contains(&format!("take off {lost} more points")),
            "{out}"
        );
        assert!(out.contains(&format!("covers {}% of what counts", p.coverage)));
        assert!(!out.contains("confidence-full"));

        let mut out = String::new();
        push_contradictions(&mut out, &p, &a, Lang::Es);
        assert_eq!(
            out.matches("data-testid=\"contradiction\"").count(),
            p.contradictions.len()
        );
        for (x, y) in &p.contradictions {
            let s = contradiction_sentence(x, y, &a, Lang::Es).unwrap();
            assert!(out.contains(&esc(&s)), "{s}");
        }
        assert!(out.contains(&esc(K::ContradictionsHint.get(Lang::Es))));
    }

    #[test]
    fn agreeing_complete_answers_say_so_and_name_nothing() {
        let mut p = place(&answers_from(TORN)).unwrap();
        p.confidence = 100;
        p.coverage = 100;
        p.contradictions.clear();
        let mut out = String::new();
        push_confidence(&mut out, &p, Lang::Es);
        assert!(out.contains("data-testid=\"confidence-full\""));
        assert!(
            out.contains(">100\u{a0}%</strong>"),
            "no break inside the figure"
        );
        assert!(!out.contains("confidence-coverage") && !out.contains("confidence-spread"));
        let mut none = String::new();
        push_contradictions(&mut none, &p, &Answers::new(), Lang::En);
        assert_eq!(none, "");
    }

    #[test]
    fn one_point_off_reads_in_the_singular() {
        let mut p = place(&answers_from(TORN)).unwrap();
        p.coverage = 80;
        p.confidence = 79;
        let mut out = String::new();
        push_confidence(&mut out, &p, Lang::En);
        assert!(out.contains("take off 1 more point."), "{out}");
        let mut es = String::new();
        push_confidence(&mut es, &p, Lang::Es);
        assert!(es.contains("le quitan 1 punto más."), "{es}");
    }
}
