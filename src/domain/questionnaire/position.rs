//! The axis from the position answers: where someone sits between fully outside (0) and fully
//! inside (100). The questionnaire branches on it and placement starts from it; it lives with
//! the questions so that placement depends on the questionnaire and never the other way round.
//!
//! Every position option carries an involvement `level` (0 = fully outside, 100 = fully inside)
//! and every position question a `weight`. Over the position questions answered with a real
//! option (not "don't know", not retired):
//!
//! ```text
//! axis = round( Σ weightᵢ · levelᵢ  /  Σ weightᵢ )          clamped to 0..=100
//! ```
//!
//! v1 weights: who pays 3, takes part in making it 3, what you are to them 3, access to
//! information 2, work with your staff 2, what they judge you by 2 (total 15). No single answer
//! moves a fully answered axis by more than 3·100/15 = 20 points, less than the width of the
//! middle band, so no single answer decides the side.
//!
//! Someone who works for the business through another firm (`pays.through`,
//! `meaning.assignment`) is capped at `INTERNAL_MIN − 1`: the middle band at most.

use super::{all, real_answer, Answers, Opt, Question, Section};
use crate::domain::model::INTERNAL_MIN;

/// The axis from the position answers, or `None` when no position question has a real answer.
pub fn axis(answers: &Answers) -> Option<u8> {
    axis_in(all(), answers)
}

/// [`axis`] over any question list, so tests can exercise retired questions.
pub(crate) fn axis_in(questions: &'static [Question], answers: &Answers) -> Option<u8> {
    let position = questions.iter().filter(|q| q.section == Section::Position);
    axis_of(&resolve(position, answers))
}

/// A question and the real option chosen for it.
pub(crate) type Answered = (&'static Question, &'static Opt);

/// The real answers to live `questions`, looked up once, in questionnaire order.
pub(crate) fn resolve(
    questions: impl IntoIterator<Item = &'static Question>,
    answers: &Answers,
) -> Vec<Answered> {
    questions
        .into_iter()
        .filter(|q| !q.retired)
        .filter_map(|q| real_answer(q, answers).map(|o| (q, o)))
        .collect()
}

/// The answers to weighted position questions among `real`.
pub(crate) fn positions(real: &[Answered]) -> impl Iterator<Item = &Answered> {
    real.iter()
        .filter(|(q, _)| q.section == Section::Position && q.weight > 0)
}

/// The axis from resolved answers, `None` without a real position answer.
pub(crate) fn axis_of(real: &[Answered]) -> Option<u8> {
    let (sum, weights) = positions(real).fold((0u32, 0u32), |(s, w), (q, o)| {
        (
            s + u32::from(q.weight) * u32::from(o.level),
            w + u32::from(q.weight),
        )
    });
    if weights == 0 {
        return None;
    }
    let axis = div_round(sum, weights).min(100) as u8;
    // Someone working for the business through another firm makes their living there, not
    // here: however involved, they sit no further in than the middle band.
    let through_firm = real
        .iter()
        .any(|(_, o)| matches!(o.id, "pays.through" | "meaning.assignment"));
    Some(if through_firm {
        axis.min(INTERNAL_MIN - 1)
    } else {
        axis
    })
}

/// `num / den` rounded half up: every weighted mean of answers rounds this way.
pub(crate) fn div_round(num: u32, den: u32) -> u32 {
    (2 * num + den) / (2 * den)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::answers_from;

    #[test]
    fn axis_is_the_weighted_mean_of_levels() {
        // pays.both (50, weight 3) and produces.daily (100, weight 3) → 75.
        let a = answers_from(&[("pays", "pays.both"), ("produces", "produces.daily")]);
        assert_eq!(axis(&a), Some(75));
        // info.own (15, weight 2) and meaning.shop (0, weight 3) → 30 / 5 = 6.
        let a = answers_from(&[("info", "info.own"), ("meaning", "meaning.shop")]);
        assert_eq!(axis(&a), Some(6));
    }
}
