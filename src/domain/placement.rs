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
//! has at least [`RUNNER_UP_SHARE`] % of the leader's points, so close evidence shows as two
//! types rather than one answer flipping between them. In the middle, and for anyone with
//! two roles wherever they sit, the best type of each side is given (the side the axis leans
//! to first).
//!
//! # Confidence
//! ```text
//! coverage    = 70 · (position weight answered for real / total position weight)
//!             + 30 · min(real answers to type questions, 3) / 3
//! spread      = Σ weightᵢ · |levelᵢ − mean| / Σ weightᵢ      over the position answers
//!                                                            other than "both"
//! confidence  = round( coverage · (1 − max(0, spread − 10) / 80) )
//! ```
//! "Don't know" lowers coverage; answers that pull in opposite directions raise the spread.
//! Pairs of position answers [`CONTRADICTION`] or more levels apart are named in
//! [`Placement::contradictions`]. The "both" answers of someone with two roles
//! ([`Opt::two_roles`](super::questionnaire::Opt::two_roles)) sit at 50 because both sides are
//! true: they count in the axis and the coverage, but they disagree with nothing, so they are
//! left out of the spread and are no contradiction.
//!
//! # Health
//! Weighted mean of the levels of the health questions on the path answered with real
//! evidence (not "don't know", and not an answer that tells nothing, such as "nothing, as far
//! as you know"); the 0–10 recommend question counts double. It is given only from
//! [`MIN_HEALTH_ANSWERS`] such answers on; its band follows the thresholds in
//! [`crate::domain::model`].

use super::model::{Band, CustomerType, Health, Side};
use super::questionnaire::position::{axis_of, div_round, positions, resolve, Answered};
use super::questionnaire::{self, Answers, Question, Section, DONT_KNOW};
use crate::domain::order;

pub use super::model::Role;

/// Points a type needs before it is given at all.
pub const MIN_TYPE_POINTS: u32 = 2;
/// A runner-up type is shown when it has at least this share (%) of the leader's points.
pub const RUNNER_UP_SHARE: u32 = 60;
/// How many times the recommend question counts in health, against once for the other items.
pub const RECOMMEND_HEALTH_WEIGHT: u32 = 2;
/// Share of confidence that comes from the position questions; the rest from type questions.
pub const POSITION_CONFIDENCE: u32 = 70;
/// Real answers to type questions that earn the full type share of confidence.
pub const TYPE_ANSWERS_FOR_FULL: u32 = 3;
/// Health answers with real evidence needed before a health score and band are given.
pub const MIN_HEALTH_ANSWERS: u8 = 2;
/// Two position answers this many levels apart contradict each other.
pub const CONTRADICTION: u8 = 70;
/// Spread (mean distance of the position answers from their mean) that costs no confidence.
const SPREAD_FREE: u32 = 10;
/// Spread beyond [`SPREAD_FREE`] at which confidence would reach zero.
const SPREAD_SPAN: u32 = 80;

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
    /// How they are tied to the business: two roles, or through another firm.
    pub role: Role,
    /// 0..=2 types, strongest first; in the middle or with two roles, one from each side.
    pub types: Vec<CustomerType>,
    /// 0–100: how much of what matters is answered ([`Placement::coverage`]), less what the
    /// answers' pulling apart costs.
    pub confidence: u8,
    /// 0–100: how much of what matters is answered for real ("don't know" counts for none).
    pub coverage: u8,
    /// Pairs of position questions whose answers pull in opposite directions, the outward
    /// one first, most apart first.
    pub contradictions: Vec<(&'static str, &'static str)>,
    /// Sorted by |points|, largest first; ties keep questionnaire order.
    pub reasons: Vec<Reason>,
    /// Given from [`MIN_HEALTH_ANSWERS`] answers with real evidence on.
    pub health: Option<Health>,
    /// Health answers with real evidence so far.
    pub health_answers: u8,
    /// Every question on the current path has an answer ("don't know" counts).
    pub complete: bool,
}

/// The real answers to the questions on the path of a stakeholder at `axis`.
pub(crate) fn answered_on_path(answers: &Answers, axis: u8) -> Vec<Answered> {
    let buys = questionnaire::buys_from_you(answers);
    resolve(
        questionnaire::path_at(
            questionnaire::all(),
            axis,
            buys,
            questionnaire::role(answers),
        ),
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
    let role = questionnaire::role(answers);
    let path = questionnaire::path_at(questions, axis, buys, role);
    let on_path: Vec<Answered> = real
        .iter()
        .filter(|(q, _)| path.iter().any(|p| std::ptr::eq(*p, *q)))
        .copied()
        .collect();
    let complete = path.iter().all(|q| {
        on_path.iter().any(|(a, _)| std::ptr::eq(*a, *q))
            || answers.get(q.id).is_some_and(|a| a == DONT_KNOW)
    });
    let (health, health_answers) = health(&on_path);
    let coverage = coverage(questions, &real);
    Some(Placement {
        axis,
        side,
        role,
        types: types_for(side, axis, buys, role, &on_path),
        confidence: confidence(coverage, &real),
        coverage,
        contradictions: contradictions(&real),
        reasons: reasons(&real),
        health,
        health_answers,
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
fn types_for(
    side: Side,
    axis: u8,
    buys: bool,
    role: Role,
    on_path: &[Answered],
) -> Vec<CustomerType> {
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
    if side == Side::Middle || role == Role::TwoRoles {
        // One from each side, the side the axis leans to first.
        let inward = axis >= 50;
        let lean = ranked(inward).first().copied();
        let other = ranked(!inward).first().copied();
        return [lean, other]
            .into_iter()
            .flatten()
            .map(|(t, _)| t)
            .collect();
    }
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

fn coverage(questions: &'static [Question], real: &[Answered]) -> u8 {
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

fn confidence(coverage: u8, real: &[Answered]) -> u8 {
    let excess = spread(real).saturating_sub(SPREAD_FREE).min(SPREAD_SPAN);
    div_round(u32::from(coverage) * (SPREAD_SPAN - excess), SPREAD_SPAN) as u8
}

/// The weighted mean distance of the position answers' levels from their weighted mean,
/// leaving out the "both" answers of two roles.
fn spread(real: &[Answered]) -> u32 {
    let judged = || positions(real).filter(|(_, o)| !o.two_roles);
    let (sum, weights) = judged().fold((0u32, 0u32), |(s, w), (q, o)| {
        (
            s + u32::from(q.weight) * u32::from(o.level),
            w + u32::from(q.weight),
        )
    });
    if weights == 0 {
        return 0;
    }
    let mean = div_round(sum, weights);
    let distance: u32 = judged()
        .map(|(q, o)| u32::from(q.weight) * u32::from(o.level).abs_diff(mean))
        .sum();
    div_round(distance, weights)
}

/// Pairs of position answers at least [`CONTRADICTION`] levels apart, outward one first, most
/// apart first; each question appears in one pair at most.
fn contradictions(real: &[Answered]) -> Vec<(&'static str, &'static str)> {
    let answers: Vec<&Answered> = positions(real).collect();
    let mut pairs: Vec<(u8, &'static str, &'static str)> = Vec::new();
    for (i, (qa, oa)) in answers.iter().enumerate() {
        for (qb, ob) in &answers[i + 1..] {
            let gap = oa.level.abs_diff(ob.level);
            if gap >= CONTRADICTION {
                let (out, inn) = if oa.level < ob.level {
                    (qa.id, qb.id)
                } else {
                    (qb.id, qa.id)
                };
                pairs.push((gap, out, inn));
            }
        }
    }
    order::sort_by_key(&mut pairs, |(gap, _, _)| std::cmp::Reverse(*gap));
    let mut used: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for (_, a, b) in pairs {
        if !used.contains(&a) && !used.contains(&b) {
            used.extend([a, b]);
            out.push((a, b));
        }
    }
    out
}

/// Health from the answers on the path with real evidence, and how many there are.
fn health(on_path: &[Answered]) -> (Option<Health>, u8) {
    let (sum, weights, count) = on_path
        .iter()
        .filter(|(q, o)| q.section == Section::Health && !o.neutral)
        .fold((0u32, 0u32, 0u8), |(s, w, n), (q, o)| {
            let weight = if q.id == "recommend" {
                RECOMMEND_HEALTH_WEIGHT
            } else {
                1
            };
            (s + weight * u32::from(o.level), w + weight, n + 1)
        });
    if count < MIN_HEALTH_ANSWERS {
        return (None, count);
    }
    let score = div_round(sum, weights).min(100) as u8;
    (
        Some(Health {
            score,
            band: Band::from_score(score),
        }),
        count,
    )
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
    fn recommend_alone_is_not_enough_for_a_band() {
        let mut a = answers(&[("pays", "pays.they_pay"), ("recommend", "recommend.10")]);
        let p = place(&a).unwrap();
        assert_eq!((p.health, p.health_answers), (None, 1));
        a.insert("health.ext_word".into(), "health.ext_word.champion".into());
        let p = place(&a).unwrap();
        assert_eq!(p.health_answers, 2);
        assert_eq!(p.health.unwrap().band, Band::Thriving);
        // The bands follow the NPS groups: 9–10 thrive, 7–8 are fine, 0–6 are at risk.
        for (n, band) in [
            (10, Band::Thriving),
            (9, Band::Thriving),
            (8, Band::Fine),
            (7, Band::Fine),
            (6, Band::AtRisk),
            (0, Band::AtRisk),
        ] {
            assert_eq!(Band::from_score(n * 10), band, "{n}");
        }
    }

    #[test]
    fn health_ignores_items_off_the_path() {
        // An internal stakeholder with a stale external answer: only the internal item counts.
        let a = answers(&[
            ("pays", "pays.we_pay"),
            ("produces", "produces.daily"),
            ("recommend", "recommend.10"),
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
            ("ext.frequency", "ext.frequency.once"),
            ("ext.decision", "ext.decision.impulse"),
        ]);
        // Impulsive 3, need-based 1: far behind.
        assert_eq!(place(&a).unwrap().types, [CustomerType::Impulsive]);
        // Impulsive 3, loyal 2: close, so both are shown rather than one answer deciding.
        a.insert("ext.frequency".into(), "ext.frequency.weekly".into());
        assert_eq!(
            place(&a).unwrap().types,
            [CustomerType::Impulsive, CustomerType::Loyal]
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
        // At 50 the axis leans inward: that side's type first (executive and commercial tie
        // at 2 points; the sources' order breaks the tie).
        assert_eq!(p.types, [CustomerType::Executive, CustomerType::Loyal]);
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
    fn the_both_answers_of_two_roles_cost_no_confidence_but_a_lukewarm_middle_does() {
        // A waiter who also eats there: "both" twice, and everything else points inside.
        let two_roles = answers(&[
            ("pays", "pays.both"),
            ("produces", "produces.daily"),
            ("info", "info.team"),
            ("contact", "contact.daily"),
            ("meaning", "meaning.both"),
            ("judges", "judges.process"),
        ]);
        let p = place(&two_roles).unwrap();
        assert_eq!(p.role, Role::TwoRoles);
        assert_eq!(p.confidence, p.coverage, "nothing disagrees: {p:?}");
        assert!(p.contradictions.is_empty());
        // The same answers with middling single-role options where "both" was (a client at
        // 60 instead of both roles at 50) pull against the rest, and cost confidence.
        let mut lukewarm = two_roles.clone();
        lukewarm.insert("pays".into(), "pays.they_pay".into());
        lukewarm.insert("meaning".into(), "meaning.client".into());
        let q = place(&lukewarm).unwrap();
        assert_eq!(q.role, Role::Single);
        assert!(q.confidence < q.coverage, "{q:?}");
    }

    #[test]
    fn only_the_two_roles_options_are_left_out_of_the_spread() {
        // The options flagged are exactly those that make someone two roles.
        for q in questionnaire::all() {
            for o in q.options {
                let alone = answers(&[(q.id, o.id)]);
                assert_eq!(
                    o.two_roles,
                    questionnaire::role(&alone) == Role::TwoRoles,
                    "{}",
                    o.id
                );
            }
        }
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
