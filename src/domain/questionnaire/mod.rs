//! The questionnaire: every question and option with its texts (ES + EN) and weights, the
//! axis their position answers give, the branching that decides which questions to ask,
//! shortcut keys, and the answers JSON format.
//!
//! # Stability
//! [`all`] is append-only. Question ids are never reused, never reordered and never removed:
//! a question that is no longer asked stays in the list with `retired: true`. Options inside a
//! question are append-only too. Share links encode answers as (question index, option index),
//! so this order is part of the saved-data format (frozen by a test fixture).
//!

use std::collections::BTreeMap;

use super::text::Text;

mod branching;
mod keys;
pub(crate) mod position;
mod questions;
pub mod respondent;

pub(crate) use branching::path_at;
pub use branching::{buys_from_you, is_answered, path, progress, role, MAX_PATH};
pub use keys::{choice_for_key, is_scale, shortcut_keys, DONT_KNOW_KEY};
pub use position::axis;
pub use questions::{all, question, Audience, Opt, Question, Section};

/// Version of the question set; stored in the answers JSON. Bumped only if a change cannot be
/// expressed by appending questions or options.
pub const QUESTIONNAIRE_VERSION: u32 = 2;
/// Option id meaning "don't know". Valid for every question; never listed in `options`.
pub const DONT_KNOW: &str = "dk";
pub const DONT_KNOW_LABEL: Text = Text::new("No lo sé", "I don't know");

/// Question id → option id (or [`DONT_KNOW`]).
pub type Answers = BTreeMap<String, String>;

/// Builds answers from (question id, option id) pairs; handy for examples and tests.
pub fn answers_from<'a>(pairs: impl IntoIterator<Item = &'a (&'a str, &'a str)>) -> Answers {
    pairs
        .into_iter()
        .map(|(q, o)| (q.to_string(), o.to_string()))
        .collect()
}

/// Label of an option of `q`, including [`DONT_KNOW`].
pub fn option_label(q: &Question, option: &str) -> Option<Text> {
    if option == DONT_KNOW {
        return Some(DONT_KNOW_LABEL);
    }
    q.options.iter().find(|o| o.id == option).map(|o| o.label)
}

/// The answer to `q` when it is a real (listed, non-"don't know") option.
pub(crate) fn real_answer(q: &'static Question, answers: &Answers) -> Option<&'static Opt> {
    answers.get(q.id).and_then(|a| q.option(a))
}

/// A flour supplier the business pays, whose other position answers sit in the middle of the
/// axis: shared by the tests of paths, types and suggestions for someone who doesn't buy.
#[cfg(test)]
pub(crate) const PAID_SUPPLIER_IN_THE_MIDDLE: &[(&str, &str)] = &[
    ("pays", "pays.we_pay"),
    ("produces", "produces.regular"),
    ("info", "info.own"),
    ("contact", "contact.weekly"),
    ("meaning", "meaning.client"),
    ("judges", "judges.deal"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_label_covers_dont_know_and_rejects_strangers() {
        let q = question("pays").unwrap();
        assert_eq!(option_label(q, DONT_KNOW), Some(DONT_KNOW_LABEL));
        assert_eq!(
            option_label(q, "pays.we_pay").unwrap().en,
            "You pay them directly: wages, fees or invoices"
        );
        assert_eq!(option_label(q, "contact.daily"), None);
    }
}
