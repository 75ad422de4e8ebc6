//! Picks and ranks the levers for one stakeholder: every rule that fires proposes its lever,
//! the strongest rule per lever wins, and the levers come out highest score first.

use super::context::Ctx;
use super::levers::{lever, Lever};
use super::rules::RULES;
use super::Text;
use crate::domain::order;
use crate::domain::placement::Placement;
use crate::domain::questionnaire::Answers;

#[derive(Clone, Debug)]
pub struct Suggestion {
    pub lever: &'static Lever,
    /// Priority 0–100, higher first.
    pub score: u8,
    /// Why it applies to this stakeholder.
    pub why: Text,
}

/// The same suggestion: the same lever, score and reason (levers are known by their id).
impl PartialEq for Suggestion {
    fn eq(&self, other: &Self) -> bool {
        self.lever.id == other.lever.id && self.score == other.score && self.why == other.why
    }
}

/// The levers that fit this stakeholder, highest score first, each lever once.
pub fn suggest(p: &Placement, answers: &Answers) -> Vec<Suggestion> {
    let ctx = Ctx::new(p, answers);
    let mut out: Vec<Suggestion> = Vec::new();
    for rule in RULES.iter().filter(|r| (r.when)(&ctx)) {
        let Some(lever) = lever(rule.lever) else {
            continue;
        };
        match out.iter_mut().find(|s| s.lever.id == rule.lever) {
            Some(existing) if existing.score >= rule.score => {}
            Some(existing) => {
                existing.score = rule.score;
                existing.why = rule.why;
            }
            None => out.push(Suggestion {
                lever,
                score: rule.score,
                why: rule.why,
            }),
        }
    }
    // Stable sort: equal scores keep catalogue order of the first rule that fired.
    order::sort_by_key(&mut out, |s| std::cmp::Reverse(s.score));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::placement::place;
    use crate::domain::questionnaire::answers_from;

    fn ids(a: &Answers) -> Vec<&'static str> {
        suggest(&place(a).unwrap(), a)
            .iter()
            .map(|s| s.lever.id)
            .collect()
    }

    #[test]
    fn detractor_customer_gets_recovery_first() {
        let a = answers_from(&[
            ("pays", "pays.they_pay"),
            ("recommend", "recommend.3"),
            ("health.ext_last", "health.ext_last.bad"),
        ]);
        let got = ids(&a);
        assert!(
            got[..2].contains(&"nps_detractor") && got[..2].contains(&"service_recovery"),
            "{got:?}"
        );
        assert!(!got.contains(&"enps_follow_up"));
    }

    #[test]
    fn unclear_expectations_fire_the_clarity_lever_with_its_reason() {
        let a = answers_from(&[
            ("pays", "pays.we_pay"),
            ("produces", "produces.daily"),
            ("health.int_clarity", "health.int_clarity.no"),
        ]);
        let p = place(&a).unwrap();
        let s = suggest(&p, &a);
        let clarity = s.iter().find(|s| s.lever.id == "q12_expectations").unwrap();
        assert_eq!(clarity.score, 90);
        assert_eq!(
            clarity.why.en,
            "They don't know clearly what's expected of them."
        );
    }

    #[test]
    fn strongest_rule_wins_for_a_lever() {
        let a = answers_from(&[
            ("pays", "pays.they_pay"),
            ("recommend", "recommend.2"),
            ("health.ext_last", "health.ext_last.bad"),
        ]);
        let p = place(&a).unwrap();
        let s = suggest(&p, &a);
        let ask: Vec<_> = s.iter().filter(|s| s.lever.id == "ask_opinion").collect();
        assert_eq!(ask.len(), 1);
        assert_eq!(ask[0].score, 80);
    }
}
