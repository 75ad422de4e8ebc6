//! Which questions to ask, and how far along someone is.
//!
//! The six position questions are always asked. Their answers give a provisional axis
//! (see [`axis`](super::axis)); then
//! - external-type questions are asked only when the axis is below `INTERNAL_MIN`,
//! - internal-type questions only when it is above `EXTERNAL_MAX`,
//! - in the middle both sides are asked, but only their `core` questions, so that no path
//!   is longer than [`MAX_PATH`];
//! - the health section always asks the 0–10 recommend question, then the side-specific items
//!   of the stakeholder's side (in the middle, only the core item of the side the axis leans to).
//!
//! With no real position answer yet the stakeholder is treated as sitting in the exact middle.
//!
//! Someone the business pays, directly or through another firm (and who doesn't also buy
//! from it), is not a buyer ([`buys_from_you`]): the external-type questions, which are about
//! how a buyer buys, are never asked of them, and they are asked the internal ones in full
//! instead, wherever their axis sits.
//!
//! Someone with two roles ([`role`]) is asked the core questions of both sides, like someone
//! in the middle, wherever their axis sits: both roles are real.

use super::position::axis_in;
use super::questions::QUESTIONS;
use super::{Answers, Audience, Question, Section, DONT_KNOW};
use crate::domain::model::{Role, EXTERNAL_MAX, INTERNAL_MIN};

/// Longest path [`path`] ever returns.
pub const MAX_PATH: usize = 12;

/// The questions to ask now, given the answers so far, in the order to ask them.
pub fn path(answers: &Answers) -> Vec<&'static Question> {
    path_in(QUESTIONS, answers)
}

/// Whether `q` has a usable answer: one of its options, or "I don't know". A value it doesn't
/// offer (from an edited file, say) does not count, so the question is asked again.
pub fn is_answered(q: &Question, answers: &Answers) -> bool {
    answers
        .get(q.id)
        .is_some_and(|o| o == DONT_KNOW || q.option(o).is_some())
}

/// `(answered, asked)`: how far along the questionnaire `answers` are.
pub fn progress(answers: &Answers) -> (usize, usize) {
    let path = path(answers);
    let answered = path.iter().filter(|q| is_answered(q, answers)).count();
    (answered, path.len())
}

/// Whether the stakeholder buys from the business, as far as the answers tell: not when the
/// business pays them (wages, fees, invoices) and they don't also buy (that is `pays.both`).
/// A partner who shares the profits may well be a customer too. Questions and types about how
/// someone buys (loyal, impulsive, need-based) apply only to those who do.
pub fn buys_from_you(answers: &Answers) -> bool {
    role(answers) == Role::TwoRoles
        || !matches!(
            answers.get("pays").map(String::as_str),
            Some("pays.we_pay" | "pays.through")
        )
}

/// How the stakeholder is tied to the business, as far as the answers tell: through another
/// firm when the business pays the firm they work for, or is where their firm sends them;
/// two roles when they both work with the business and buy from it.
pub fn role(answers: &Answers) -> Role {
    let said = |q: &str, o: &str| answers.get(q).is_some_and(|a| a == o);
    if said("pays", "pays.through") || said("meaning", "meaning.assignment") {
        Role::ThroughAnotherFirm
    } else if said("pays", "pays.both") || said("meaning", "meaning.both") {
        Role::TwoRoles
    } else {
        Role::Single
    }
}

/// [`path`] over any question list, so tests can exercise retired questions.
fn path_in(questions: &'static [Question], answers: &Answers) -> Vec<&'static Question> {
    // No real position answer yet: treat as the exact middle, which asks a bit of everything.
    path_at(
        questions,
        axis_in(questions, answers).unwrap_or(50),
        buys_from_you(answers),
        role(answers),
    )
}

/// The path for a stakeholder whose provisional axis is `axis`; `buys` as [`buys_from_you`],
/// `role` as [`role`].
pub(crate) fn path_at(
    questions: &'static [Question],
    axis: u8,
    buys: bool,
    role: Role,
) -> Vec<&'static Question> {
    let live = || questions.iter().filter(|q| !q.retired);
    let two_roles = role == Role::TwoRoles;
    let outside = (axis < INTERNAL_MIN || two_roles) && buys;
    let inside = axis > EXTERNAL_MAX || !buys || two_roles;
    let middle = outside && inside;
    let leans_inward = axis >= 50;

    let wanted = |q: &Question| -> bool {
        let side_ok = match q.audience {
            Audience::Everyone => return true,
            Audience::Outside => outside,
            Audience::Inside => inside,
        };
        if !side_ok {
            return false;
        }
        if !middle {
            return true;
        }
        if !q.core {
            return false;
        }
        // In the middle only the health item of the side the stakeholder leans to fits in.
        q.section != Section::Health || (q.audience == Audience::Inside) == leans_inward
    };

    let mut out = Vec::with_capacity(MAX_PATH);
    for section in Section::ALL {
        out.extend(live().filter(|q| q.section == section && wanted(q)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::questions::opt;
    use crate::domain::questionnaire::{
        answers_from, axis, question, Text, PAID_SUPPLIER_IN_THE_MIDDLE,
    };

    #[test]
    fn only_offered_answers_count_as_answered() {
        let mut a = answers_from(&[("pays", "pays.they_pay"), ("produces", "bogus.value")]);
        let (k, n) = progress(&a);
        assert_eq!(k, 1, "the bogus value doesn't count");
        assert!(n > k);
        a.insert("produces".into(), DONT_KNOW.into());
        assert_eq!(progress(&a).0, 2, "I don't know is an answer");
        assert!(!is_answered(question("info").unwrap(), &a));
    }

    #[test]
    fn someone_you_pay_is_never_asked_how_they_buy() {
        let a = answers_from(PAID_SUPPLIER_IN_THE_MIDDLE);
        let axis = axis(&a).unwrap();
        assert!(axis > EXTERNAL_MAX && axis < INTERNAL_MIN, "middle: {axis}");
        assert!(!buys_from_you(&a));
        let p = path(&a);
        assert!(p.iter().all(|q| q.audience != Audience::Outside));
        let ids: Vec<_> = p.iter().map(|q| q.id).collect();
        for q in [
            "int.customers",
            "int.departments",
            "int.specs",
            "health.int_recognition",
        ] {
            assert!(ids.contains(&q), "{q} in {ids:?}");
        }
        assert!(p.len() <= MAX_PATH);
        // Paid and also buying: asked as anyone else in the middle. A partner sharing the
        // profits may be a customer too.
        let mut b = a.clone();
        b.insert("pays".into(), "pays.both".into());
        assert!(buys_from_you(&b));
        assert!(path(&b).iter().any(|q| q.id == "ext.frequency"));
        b.insert("pays".into(), "pays.profit_share".into());
        assert!(buys_from_you(&b));
    }

    #[test]
    fn external_path_skips_internal_questions() {
        let a = answers_from(&[("pays", "pays.they_pay"), ("meaning", "meaning.shop")]);
        let ids: Vec<_> = path(&a).iter().map(|q| q.id).collect();
        assert!(ids.contains(&"ext.range"));
        assert!(ids.contains(&"health.ext_last"));
        assert!(!ids
            .iter()
            .any(|id| id.starts_with("int.") || id.starts_with("health.int")));
        assert_eq!(ids.len(), 12);
    }

    #[test]
    fn internal_path_skips_external_questions() {
        let a = answers_from(&[("pays", "pays.we_pay"), ("produces", "produces.daily")]);
        let ids: Vec<_> = path(&a).iter().map(|q| q.id).collect();
        assert!(ids.contains(&"int.specs"));
        assert!(ids.contains(&"health.int_recognition"));
        assert!(!ids
            .iter()
            .any(|id| id.starts_with("ext.") || id.starts_with("health.ext")));
    }

    #[test]
    fn middle_path_asks_core_questions_of_both_sides() {
        let a = answers_from(&[("pays", "pays.both"), ("meaning", "meaning.both")]);
        let ids: Vec<_> = path(&a).iter().map(|q| q.id).collect();
        for id in [
            "ext.frequency",
            "ext.decision",
            "int.customers",
            "int.departments",
            "recommend",
        ] {
            assert!(ids.contains(&id), "{id} missing from {ids:?}");
        }
        // Axis exactly 50 leans inward, so the internal core health item is the one asked.
        assert!(ids.contains(&"health.int_clarity"));
        assert!(!ids.contains(&"health.ext_word"));
        assert!(!ids.contains(&"ext.range") && !ids.contains(&"int.specs"));
        assert_eq!(ids.len(), 12);
    }

    #[test]
    fn no_path_is_longer_than_twelve_questions() {
        // Every provisional axis, for buyers and non-buyers, in each role.
        for role in [Role::Single, Role::TwoRoles, Role::ThroughAnotherFirm] {
            for buys in [true, false] {
                for axis in 0..=100 {
                    let n = path_at(QUESTIONS, axis, buys, role).len();
                    assert!(n <= MAX_PATH, "{role:?}, buys {buys}, axis {axis}: {n}");
                }
            }
        }
        // And every way the position questions can be answered ("don't know" included), so
        // the role and the axis come from the answers themselves, as they do for a manager.
        let position: Vec<&Question> = QUESTIONS
            .iter()
            .filter(|q| q.section == Section::Position && !q.retired)
            .collect();
        let choices = |q: &Question| -> Vec<&'static str> {
            q.options.iter().map(|o| o.id).chain([DONT_KNOW]).collect()
        };
        let mut combos: Vec<Answers> = vec![Answers::new()];
        for q in &position {
            combos = combos
                .into_iter()
                .flat_map(|a| {
                    choices(q).into_iter().map(move |o| {
                        let mut a = a.clone();
                        a.insert(q.id.to_string(), o.to_string());
                        a
                    })
                })
                .collect();
        }
        let mut roles = [0usize; 3];
        for a in &combos {
            let n = path(a).len();
            assert!(n <= MAX_PATH, "{n} questions for {a:?}");
            roles[role(a) as usize] += 1;
        }
        assert!(
            roles.iter().all(|n| *n > 0),
            "every role is reached: {roles:?}"
        );
    }

    #[test]
    fn position_questions_come_first_and_dont_know_keeps_them() {
        let a = answers_from(&[("pays", DONT_KNOW)]);
        let p = path(&a);
        let ids: Vec<_> = p.iter().take(6).map(|q| q.id).collect();
        assert_eq!(
            ids,
            ["pays", "produces", "info", "contact", "meaning", "judges"]
        );
    }

    const OLD: Text = Text::new("Viejo", "Old");

    static WITH_RETIRED: &[Question] = &[
        Question::new(
            "old",
            Section::Position,
            OLD,
            OLD,
            OLD,
            &[opt("old.a", "a", "a", 100)],
        )
        .weighted(50)
        .retire(),
        Question::new(
            "new",
            Section::Position,
            OLD,
            OLD,
            OLD,
            &[opt("new.a", "a", "a", 0), opt("new.b", "b", "b", 100)],
        )
        .weighted(1),
        Question::new(
            "new_type",
            Section::External,
            OLD,
            OLD,
            OLD,
            &[opt("new_type.a", "a", "a", 0)],
        )
        .retire(),
    ];

    #[test]
    fn retired_questions_are_never_asked_nor_counted() {
        let a = answers_from(&[("old", "old.a"), ("new", "new.a")]);
        let ids: Vec<_> = path_in(WITH_RETIRED, &a).iter().map(|q| q.id).collect();
        assert_eq!(ids, ["new"]);
        assert_eq!(path_in(WITH_RETIRED, &Answers::new()).len(), 1);
        assert_eq!(axis_in(WITH_RETIRED, &a), Some(0));
        let only_old = answers_from(&[("old", "old.a")]);
        assert_eq!(axis_in(WITH_RETIRED, &only_old), None);
    }
}
