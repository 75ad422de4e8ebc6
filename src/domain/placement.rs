//! Placement: turns one stakeholder's answers into a spot on the internal ↔ external axis,
//! a side, customer types, a confidence figure, the reasons behind the spot and experience health.
//!
//! # Axis
//! The weighted mean of the position answers, computed by [`questionnaire::axis`] (the
//! questionnaire branches on it too).
//!
//! Each answer's [`Reason::points`] is its share of the pull away from the neutral 50:
//! `round(weightᵢ · (levelᵢ − 50) / Σ weight)`, positive inward, negative outward, zero neutral.
//! The points add up to `axis − 50` give or take rounding.
//!
//! # Side
//! From the axis, by the thresholds in [`crate::domain::model`].
//!
//! # Types
//! Options of the type questions (and the external word-of-mouth item) give points to types.
//! Only answers to questions on the current path count. External types are considered unless
//! the side is internal, internal types unless it is external. A type needs at least
//! [`MIN_TYPE_POINTS`]; otherwise no type is given. On a side, the runner-up is added when it
//! has at least [`RUNNER_UP_SHARE`] % of the leader's points. In the middle, the best type of
//! each side is given (strongest first).
//!
//! # Confidence
//! ```text
//! confidence = round( 70 · (position weight answered for real / total position weight)
//!                   + 30 · min(real answers to type questions, 3) / 3 )
//! ```
//!
//! It depends only on which answers are real, never on branching, so skipping or un-answering never raises it; it
//! drops for every position answer taken away and for type answers up to the third.
//!
//! # Health
//! Weighted mean of the levels of the health questions on the path answered for real; the
//! 0–10 recommend question counts double. `None` without any. Its band follows the
//! thresholds in [`crate::domain::model`].

use super::model::{Band, CustomerType, Health, Side};
use super::questionnaire::position::{axis_of, div_round, positions, resolve, Answered};
use super::questionnaire::{self, Answers, Question, Section, DONT_KNOW};
use crate::domain::order;

/// Points a type needs before it is given at all.
pub const MIN_TYPE_POINTS: u32 = 2;
/// A runner-up type is shown when it has at least this share (%) of the leader's points.
pub const RUNNER_UP_SHARE: u32 = 75;
/// How many times the recommend question counts in health, against once for the other items.
pub const RECOMMEND_HEALTH_WEIGHT: u32 = 2;
/// Share of confidence that comes from the position questions; the rest from type questions.
pub const POSITION_CONFIDENCE: u32 = 70;
/// Real answers to type questions that earn the full type share of confidence.
pub const TYPE_ANSWERS_FOR_FULL: u32 = 3;

/// One answer's pull on the axis: positive inward, negative outward.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub question: &'static str,
    pub option: &'static str,
    pub points: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub axis: u8,
    pub side: Side,
    /// 0..=2 types, strongest first; in the middle, possibly one from each side.
    pub types: Vec<CustomerType>,
    /// 0–100.
    pub confidence: u8,
    /// Sorted by |points|, largest first; ties keep questionnaire order.
    pub reasons: Vec<Reason>,
    pub health: Option<Health>,
    /// Every question on the current path has an answer ("don't know" counts).
    pub complete: bool,
}

/// The real answers to the questions on the path of a stakeholder at `axis`.
pub(crate) fn answered_on_path(answers: &Answers, axis: u8) -> Vec<Answered> {
    let buys = questionnaire::buys_from_you(answers);
    resolve(
        questionnaire::path_at(questionnaire::all(), axis, buys),
        answers,
    )
}

/// Places a stakeholder; `None` when no position question has a real answer yet.
pub fn place(answers: &Answers) -> Option<Placement> {
    let questions = questionnaire::all();
    let real = resolve(questions, answers);
    let axis = axis_of(&real)?;
    let side = Side::from_axis(axis);
    let buys = questionnaire::buys_from_you(answers);
    let path = questionnaire::path_at(questions, axis, buys);
    let on_path: Vec<Answered> = real
        .iter()
        .filter(|(q, _)| path.iter().any(|p| std::ptr::eq(*p, *q)))
        .copied()
        .collect();
    let complete = path.iter().all(|q| {
        on_path.iter().any(|(a, _)| std::ptr::eq(*a, *q))
            || answers.get(q.id).is_some_and(|a| a == DONT_KNOW)
    });
    Some(Placement {
        axis,
        side,
        types: types_for(side, axis, buys, &on_path),
        confidence: confidence(questions, &real),
        reasons: reasons(&real),
        health: health(&on_path),
        complete,
    })
}

fn reasons(real: &[Answered]) -> Vec<Reason> {
    let total: i32 = positions(real).map(|(q, _)| i32::from(q.weight)).sum();
    let mut out: Vec<Reason> = positions(real)
        .map(|(q, o)| {
            let pull = i32::from(q.weight) * (i32::from(o.level) - 50);
            Reason {
                question: q.id,
                option: o.id,
                // Round half away from zero so equal pulls in opposite directions look equal.
                points: (2 * pull + pull.signum() * total) / (2 * total),
            }
        })
        .collect();
    order::sort_by_key(&mut out, |r| std::cmp::Reverse(r.points.abs()));
    out
}

/// The stakeholder's types from the points their answers give. Someone who does not buy from
/// the business (`buys`, see [`questionnaire::buys_from_you`]) gets no buyer type.
fn types_for(side: Side, axis: u8, buys: bool, on_path: &[Answered]) -> Vec<CustomerType> {
    let mut points = [0u32; 6];
    for (_, o) in on_path {
        for (t, p) in o.types {
            if buys || t.is_internal() {
                points[t.index()] += u32::from(*p);
            }
        }
    }
    let ranked = |internal: bool| -> Vec<(CustomerType, u32)> {
        let mut v: Vec<_> = CustomerType::ALL
            .into_iter()
            .filter(|t| t.is_internal() == internal)
            .map(|t| (t, points[t.index()]))
            .filter(|(_, p)| *p >= MIN_TYPE_POINTS)
            .collect();
        order::sort_by_key(&mut v, |(_, p)| std::cmp::Reverse(*p));
        v
    };
    match side {
        Side::Middle => {
            let mut both: Vec<_> = [ranked(false).first(), ranked(true).first()]
                .into_iter()
                .flatten()
                .copied()
                .collect();
            // Strongest first; on a tie, the side the axis leans to.
            let inward = axis >= 50;
            order::sort_by_key(&mut both, |(t, p)| {
                (std::cmp::Reverse(*p), t.is_internal() != inward)
            });
            both.into_iter().map(|(t, _)| t).collect()
        }
        Side::External | Side::Internal => {
            let ranked = ranked(side == Side::Internal);
            let mut out = Vec::with_capacity(2);
            if let Some(&(top, top_points)) = ranked.first() {
                out.push(top);
                if let Some(&(second, second_points)) = ranked.get(1) {
                    if second_points * 100 >= top_points * RUNNER_UP_SHARE {
                        out.push(second);
                    }
                }
            }
            out
        }
    }
}

fn confidence(questions: &'static [Question], real: &[Answered]) -> u8 {
    let position_total: u32 = questions
        .iter()
        .filter(|q| q.section == Section::Position && !q.retired)
        .map(|q| u32::from(q.weight))
        .sum();
    if position_total == 0 {
        return 0;
    }
    let position_real: u32 = positions(real).map(|(q, _)| u32::from(q.weight)).sum();
    let type_real = real
        .iter()
        .filter(|(q, _)| matches!(q.section, Section::External | Section::Internal))
        .count() as u32;
    let den = position_total * TYPE_ANSWERS_FOR_FULL;
    let num = POSITION_CONFIDENCE * position_real * TYPE_ANSWERS_FOR_FULL
        + (100 - POSITION_CONFIDENCE) * type_real.min(TYPE_ANSWERS_FOR_FULL) * position_total;
    div_round(num, den).min(100) as u8
}

fn health(on_path: &[Answered]) -> Option<Health> {
    let (sum, weights) = on_path
        .iter()
        .filter(|(q, _)| q.section == Section::Health)
        .fold((0u32, 0u32), |(s, w), (q, o)| {
            let weight = if q.id == "recommend" {
                RECOMMEND_HEALTH_WEIGHT
            } else {
                1
            };
            (s + weight * u32::from(o.level), w + weight)
        });
    if weights == 0 {
        return None;
    }
    let score = div_round(sum, weights).min(100) as u8;
    Some(Health {
        score,
        band: Band::from_score(score),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::DONT_KNOW;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        crate::domain::questionnaire::answers_from(pairs)
    }

    #[test]
    fn no_real_position_answer_means_no_placement() {
        assert_eq!(place(&Answers::new()), None);
        assert_eq!(
            place(&answers(&[
                ("pays", DONT_KNOW),
                ("recommend", "recommend.9")
            ])),
            None
        );
    }

    #[test]
    fn reasons_are_signed_and_sorted() {
        let a = answers(&[
            ("pays", "pays.they_pay"),
            ("contact", "contact.daily"),
            ("judges", "judges.deal"),
        ]);
        let p = place(&a).unwrap();
        let got: Vec<_> = p.reasons.iter().map(|r| (r.question, r.points)).collect();
        // Total weight 7: pays 3·(0−50)/7 = −21, contact 2·50/7 = 14, judges 2·(−5)/7 = −1.
        assert_eq!(got, [("pays", -21), ("contact", 14), ("judges", -1)]);
    }

    #[test]
    fn recommend_alone_follows_nps_groups() {
        let base = [("pays", "pays.they_pay")];
        for (n, band) in [
            (10, Band::Thriving),
            (9, Band::Thriving),
            (8, Band::Fine),
            (7, Band::Fine),
            (6, Band::AtRisk),
            (0, Band::AtRisk),
        ] {
            let mut a = answers(&base);
            a.insert("recommend".into(), format!("recommend.{n}"));
            assert_eq!(place(&a).unwrap().health.unwrap().band, band, "score {n}");
        }
        assert_eq!(place(&answers(&base)).unwrap().health, None);
    }

    #[test]
    fn health_ignores_items_off_the_path() {
        // An internal stakeholder with a stale external answer: only the internal item counts.
        let a = answers(&[
            ("pays", "pays.we_pay"),
            ("produces", "produces.daily"),
            ("health.ext_last", "health.ext_last.bad"),
            ("health.int_clarity", "health.int_clarity.clear"),
        ]);
        assert_eq!(place(&a).unwrap().health.unwrap().score, 100);
    }

    #[test]
    fn weak_type_evidence_gives_no_type() {
        let a = answers(&[("pays", "pays.they_pay"), ("ext.range", "ext.range.some")]);
        assert!(place(&a).unwrap().types.is_empty());
    }

    #[test]
    fn close_runner_up_is_shown_and_distant_one_is_not() {
        let mut a = answers(&[
            ("pays", "pays.they_pay"),
            ("ext.frequency", "ext.frequency.weekly"),
            ("ext.decision", "ext.decision.impulse"),
        ]);
        // Impulsive 3, loyal 2: 2 is under 75 % of 3.
        assert_eq!(place(&a).unwrap().types, [CustomerType::Impulsive]);
        a.insert("ext.range".into(), "ext.range.some".into());
        // Impulsive 3, loyal 3.
        assert_eq!(
            place(&a).unwrap().types,
            [CustomerType::Loyal, CustomerType::Impulsive]
        );
    }

    #[test]
    fn external_side_never_gets_internal_types() {
        let a = answers(&[
            ("pays", "pays.they_pay"),
            ("int.customers", "int.customers.core"),
            ("int.departments", "int.departments.most"),
        ]);
        let p = place(&a).unwrap();
        assert_eq!(p.side, Side::External);
        assert!(p.types.iter().all(|t| !t.is_internal()));
    }

    #[test]
    fn middle_carries_one_type_from_each_side() {
        let a = answers(&[
            ("pays", "pays.both"),
            ("ext.frequency", "ext.frequency.weekly"),
            ("ext.decision", "ext.decision.habit"),
            ("int.customers", "int.customers.often"),
            ("int.departments", "int.departments.most"),
        ]);
        let p = place(&a).unwrap();
        assert_eq!(p.side, Side::Middle);
        assert_eq!(p.types, [CustomerType::Loyal, CustomerType::Commercial]);
    }

    #[test]
    fn confidence_counts_position_weight_and_type_answers() {
        let mut a = answers(&[
            ("pays", "pays.they_pay"),
            ("produces", "produces.no"),
            ("info", "info.public"),
            ("contact", "contact.rarely"),
            ("meaning", "meaning.shop"),
            ("judges", "judges.result"),
        ]);
        assert_eq!(place(&a).unwrap().confidence, 70);
        a.insert("ext.frequency".into(), "ext.frequency.once".into());
        assert_eq!(place(&a).unwrap().confidence, 80);
        a.insert("info".into(), DONT_KNOW.into());
        assert_eq!(place(&a).unwrap().confidence, 71);
    }

    #[test]
    fn complete_needs_every_path_question_answered() {
        let mut a = Answers::new();
        a.insert("pays".into(), "pays.they_pay".into());
        for q in questionnaire::path(&a) {
            a.entry(q.id.to_string())
                .or_insert_with(|| DONT_KNOW.to_string());
        }
        assert!(place(&a).unwrap().complete);
        a.remove("judges");
        assert!(!place(&a).unwrap().complete);
    }
}
