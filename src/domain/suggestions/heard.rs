//! Suggestions that listen: when a stakeholder (or most of a group) says things are going worse
//! for them than the manager assumes, the rules run again on their own health answers, and
//! every lever that then fires higher rises to that score, its reason saying "they say …".
//!
//! "Worse" means their health score is at least [`WORSE_BY`] points below the manager's, or
//! the manager has no health score and theirs is not thriving. Their answers to the health
//! questions replace the manager's; everything else (side, types, path) stays the manager's,
//! so only what they said about how it's going moves the advice.

use super::engine::{suggest, Suggestion};
use super::Text;
use crate::domain::model::Band;
use crate::domain::order;
use crate::domain::placement::{place, Placement};
use crate::domain::questionnaire::{self, Answers, Section};

/// Health points below the manager's score from which their own view counts as worse.
pub const WORSE_BY: u8 = 10;

const THEY_SAY_POOR: Text = Text::new(
    "Dice que su experiencia contigo es mala, peor de lo que creías.",
    "They say their experience with you is poor, worse than you thought.",
);
const THEY_SAY_SO_SO: Text = Text::new(
    "Dice que le va solo regular, peor de lo que creías.",
    "They say things are only so-so for them, not as good as you thought.",
);
const MOST_SAY_POOR: Text = Text::new(
    "La mayoría del grupo dice que su experiencia es mala, peor de lo que creías.",
    "Most of them say their experience with you is poor, worse than you thought.",
);
const MOST_SAY_SO_SO: Text = Text::new(
    "La mayoría del grupo dice que le va solo regular, peor de lo que creías.",
    "Most of them say things are only so-so for them, not as good as you thought.",
);

/// The manager's answers with the health answers replaced by theirs (real ones only).
fn with_their_health(mine: &Answers, theirs: &Answers) -> Answers {
    let mut out = mine.clone();
    for q in questionnaire::all()
        .iter()
        .filter(|q| q.section == Section::Health)
    {
        if let Some(o) = theirs.get(q.id).filter(|o| q.option(o).is_some()) {
            out.insert(q.id.to_string(), o.clone());
        }
    }
    out
}

/// The suggestions for a stakeholder placed at `p` by the manager's `answers`, listening to
/// what they said themselves (`theirs`, with `group` when it is a group's typical answers).
pub fn suggest_heard(
    p: &Placement,
    answers: &Answers,
    theirs: Option<&Answers>,
    group: bool,
) -> Vec<Suggestion> {
    let mut out = suggest(p, answers);
    let Some(theirs) = theirs else { return out };
    let merged = with_their_health(answers, theirs);
    let Some(heard) = place(&merged) else {
        return out;
    };
    let Some(health) = heard.health else {
        return out;
    };
    let worse = match p.health {
        Some(mine) => health.score.saturating_add(WORSE_BY) <= mine.score,
        None => health.band != Band::Thriving,
    };
    if !worse {
        return out;
    }
    let why = match (health.band, group) {
        (Band::AtRisk, false) => THEY_SAY_POOR,
        (Band::AtRisk, true) => MOST_SAY_POOR,
        (_, false) => THEY_SAY_SO_SO,
        (_, true) => MOST_SAY_SO_SO,
    };
    for s in suggest(&heard, &merged) {
        match out.iter_mut().find(|o| o.lever.id == s.lever.id) {
            Some(o) if o.score >= s.score => {}
            Some(o) => {
                o.score = s.score;
                o.why = why;
            }
            None => out.push(Suggestion { why, ..s }),
        }
    }
    order::sort_by_key(&mut out, |s| std::cmp::Reverse(s.score));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::answers_from;

    const CUSTOMER: &[(&str, &str)] = &[
        ("pays", "pays.they_pay"),
        ("info", "info.public"),
        ("meaning", "meaning.brand"),
    ];

    fn answers(extra: &[(&str, &str)]) -> Answers {
        let mut a = answers_from(CUSTOMER);
        a.extend(answers_from(extra));
        a
    }

    fn lever<'a>(list: &'a [Suggestion], id: &str) -> Option<&'a Suggestion> {
        list.iter().find(|s| s.lever.id == id)
    }

    #[test]
    fn worse_health_from_their_own_answers_raises_the_health_levers() {
        // You think they'd recommend you and loved their last visit.
        let mine = answers(&[
            ("recommend", "recommend.9"),
            ("health.ext_last", "health.ext_last.great"),
        ]);
        // They say they wouldn't, and their last visit went badly.
        let theirs = answers(&[
            ("recommend", "recommend.3"),
            ("health.ext_last", "health.ext_last.bad"),
        ]);
        let p = place(&mine).unwrap();
        let before = suggest(&p, &mine);
        assert!(lever(&before, "service_recovery").is_none());
        assert!(lever(&before, "nps_detractor").is_none());

        let heard = suggest_heard(&p, &mine, Some(&theirs), false);
        let recovery = lever(&heard, "service_recovery").expect("raised by what they say");
        assert_eq!(recovery.score, 95);
        assert_eq!(recovery.why, THEY_SAY_POOR);
        assert!(recovery.why.en.starts_with("They say"));
        assert!(recovery.why.es.starts_with("Dice que"));
        let detractor = lever(&heard, "nps_detractor").unwrap();
        assert_eq!(detractor.why, THEY_SAY_POOR);
        // The health levers now lead the list.
        assert!(
            heard[..2].iter().all(|s| s.why == THEY_SAY_POOR),
            "{:?}",
            heard.iter().map(|s| s.lever.id).collect::<Vec<_>>()
        );
        // A group says it as a group.
        let group = suggest_heard(&p, &mine, Some(&theirs), true);
        assert_eq!(
            lever(&group, "service_recovery").unwrap().why,
            MOST_SAY_POOR
        );
    }

    #[test]
    fn the_same_or_better_health_changes_nothing() {
        let mine = answers(&[
            ("recommend", "recommend.8"),
            ("health.ext_last", "health.ext_last.fine"),
        ]);
        let p = place(&mine).unwrap();
        let ids = |v: Vec<Suggestion>| -> Vec<(&str, u8)> {
            v.iter().map(|s| (s.lever.id, s.score)).collect()
        };
        let plain = ids(suggest(&p, &mine));
        let better = answers(&[
            ("recommend", "recommend.10"),
            ("health.ext_last", "health.ext_last.great"),
        ]);
        assert_eq!(ids(suggest_heard(&p, &mine, Some(&better), false)), plain);
        // A little lower, within WORSE_BY, is not "worse" either.
        let close = answers(&[
            ("recommend", "recommend.7"),
            ("health.ext_last", "health.ext_last.fine"),
        ]);
        assert_eq!(ids(suggest_heard(&p, &mine, Some(&close), false)), plain);
        // Nothing heard: the manager's own suggestions.
        assert_eq!(ids(suggest_heard(&p, &mine, None, false)), plain);
    }

    #[test]
    fn unknown_health_on_your_side_listens_to_a_poor_one_on_theirs() {
        let mine = answers(&[]);
        let theirs = answers(&[
            ("recommend", "recommend.6"),
            ("health.ext_last", "health.ext_last.bumpy"),
        ]);
        let p = place(&mine).unwrap();
        assert!(p.health.is_none());
        let heard = suggest_heard(&p, &mine, Some(&theirs), false);
        let close = lever(&heard, "close_loop").expect("their bumpy last visit");
        assert_eq!(close.why, THEY_SAY_POOR);
    }
}
