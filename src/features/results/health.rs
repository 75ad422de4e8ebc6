//! A stakeholder's experience health on the results: the band and score with how many answers
//! it rests on, or, with too few answers that say something real, how many there are of the
//! ones needed and that any will do (no single question is required).

use std::fmt::Write;

use crate::components::classes::band_class;
use crate::components::markup::esc;
use crate::domain::placement::{Placement, MIN_HEALTH_ANSWERS};
use crate::domain::Lang;
use crate::i18n::{fill, plural, K};

/// The health heading and section of a placement.
pub fn push_health_section(out: &mut String, p: &Placement, lang: Lang) {
    let _ = write!(
        out,
        "<h3 class=\"section-title\">{}</h3>",
        esc(K::HealthHeading.get(lang))
    );
    let need = MIN_HEALTH_ANSWERS.to_string();
    match p.health {
        None => {
            let k = p.health_answers.to_string();
            let _ = write!(
                out,
                "<p class=\"health-unknown\" data-testid=\"health-unknown\" data-health-answers=\"{k}\">{}</p>\
                 <p class=\"muted health-unknown__hint\">{}</p>",
                esc(&fill(K::HealthUnknown.get(lang), &[("k", &k), ("n", &need)])),
                esc(&fill(K::HealthUnknownHint.get(lang), &[("n", &need)])),
            );
        }
        Some(h) => {
            let _ = write!(
                out,
                "<div class=\"health health--{}\" data-testid=\"health\" data-health-answers=\"{}\">\
                 <svg class=\"health__bar\" viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
                 <rect class=\"health__track\" x=\"0\" y=\"0\" width=\"100\" height=\"8\"></rect>\
                 <rect class=\"health__fill\" x=\"0\" y=\"0\" width=\"{s}\" height=\"8\"></rect></svg>\
                 <p><strong data-testid=\"health-band\">{}</strong> · <span class=\"nowrap\">{s} / 100</span> \
                 <span class=\"muted nowrap\">({})</span></p></div>",
                band_class(Some(h.band)),
                p.health_answers,
                esc(h.band.label().get(lang)),
                esc(&plural(
                    usize::from(p.health_answers),
                    K::HealthBasedOnOne,
                    K::HealthBasedOn,
                    lang
                )),
                s = h.score,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::placement::place;
    use crate::domain::questionnaire::answers_from;

    fn section(answers: &[(&str, &str)], lang: Lang) -> String {
        let mut out = String::new();
        push_health_section(&mut out, &place(&answers_from(answers)).unwrap(), lang);
        out
    }

    #[test]
    fn one_real_answer_is_not_enough_and_says_how_many() {
        let one = [
            ("pays", "pays.they_pay"),
            ("recommend", "recommend.10"),
            // Tells nothing either way: answered, but no evidence.
            ("health.ext_word", "health.ext_word.nothing"),
        ];
        let en = section(&one, Lang::En);
        assert!(en.contains("data-health-answers=\"1\""));
        assert!(
            en.contains(">Not enough health answers yet (1\u{a0}of\u{a0}2).</p>"),
            "{en}"
        );
        assert!(!en.contains("data-testid=\"health-band\""));
        let es = section(&one, Lang::Es);
        assert!(es.contains(">Aún no hay bastantes respuestas de salud (1\u{a0}de\u{a0}2).</p>"));
    }

    #[test]
    fn no_question_is_said_to_be_required() {
        let none = section(&[("pays", "pays.they_pay")], Lang::En);
        assert!(none.contains("(0\u{a0}of\u{a0}2)"));
        // The recommend question is offered as a quick start, never as the one to answer.
        assert!(none.contains("Any 2 will do"));
        for lang in [Lang::Es, Lang::En] {
            let hint = K::HealthUnknownHint.get(lang).to_lowercase();
            for demand in ["answer the recommend", "responde la pregunta de recomend"] {
                assert!(!hint.contains(demand), "{hint}");
            }
        }
    }

    #[test]
    fn a_band_says_how_many_answers_it_rests_on() {
        let two = [
            ("pays", "pays.they_pay"),
            ("recommend", "recommend.10"),
            ("health.ext_word", "health.ext_word.champion"),
        ];
        let en = section(&two, Lang::En);
        assert!(en.contains("data-testid=\"health-band\""));
        assert!(en.contains("(From 2 answers)"), "{en}");
        assert!(en.contains("width=\"100\""));
        assert!(!en.contains("health-unknown"));
    }
}
