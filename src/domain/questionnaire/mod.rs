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
use std::fmt;

use super::text::Text;

mod branching;
mod keys;
pub(crate) mod position;
mod questions;

pub(crate) use branching::path_at;
pub use branching::{buys_from_you, is_answered, path, progress, MAX_PATH};
pub use keys::{choice_for_key, shortcut_keys};
pub use position::axis;
use questions::QUESTIONS;
pub use questions::{all, question, Audience, Opt, Question, Section};

/// Version of the question set; stored in the answers JSON. Bumped only if a change cannot be
/// expressed by appending questions or options.
pub const QUESTIONNAIRE_VERSION: u32 = 1;
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

/// Why an answers document was rejected. `field` names the JSON field at fault
/// (`"$"` for the document itself, `"questionnaire"`, `"answers"`, `"answers.<question id>"`).
#[derive(Debug, Clone, PartialEq)]
pub struct AnswersError {
    pub field: String,
    pub message: String,
}

impl AnswersError {
    fn new(field: impl Into<String>, message: impl Into<String>) -> AnswersError {
        AnswersError {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() || self.field == "$" {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for AnswersError {}

/// Reads `{"questionnaire": 1, "answers": {"<question id>": "<option id>" | "dk"}}`.
/// Unknown top-level fields are ignored; answers to retired questions are kept.
pub fn parse_answers_json(json: &str) -> Result<Answers, AnswersError> {
    let value = crate::json::parse(json)
        .map_err(|e| AnswersError::new("$", format!("not valid JSON ({e})")))?;
    if value.as_object().is_none() {
        return Err(AnswersError::new("$", "expected a JSON object"));
    }

    let version = value
        .get("questionnaire")
        .ok_or_else(|| AnswersError::new("questionnaire", "missing questionnaire version"))?;
    let version = version
        .as_u64()
        .filter(|v| *v >= 1)
        .ok_or_else(|| AnswersError::new("questionnaire", "expected a whole number from 1 up"))?;
    if version > u64::from(QUESTIONNAIRE_VERSION) {
        return Err(AnswersError::new(
            "questionnaire",
            format!(
                "version {version} is newer than this app understands ({QUESTIONNAIRE_VERSION}); update the app"
            ),
        ));
    }

    let entries = value
        .get("answers")
        .ok_or_else(|| AnswersError::new("answers", "missing answers object"))?
        .as_object()
        .ok_or_else(|| {
            AnswersError::new("answers", "expected an object of question id to option id")
        })?;

    let mut answers = Answers::new();
    for (qid, option) in entries {
        let field = format!("answers.{qid}");
        let q = question(qid)
            .ok_or_else(|| AnswersError::new(&field, format!("unknown question \"{qid}\"")))?;
        let option = option
            .as_str()
            .ok_or_else(|| AnswersError::new(&field, "expected an option id as a string"))?;
        if !q.accepts(option) {
            return Err(AnswersError::new(
                &field,
                format!("\"{option}\" is not an option of question \"{qid}\""),
            ));
        }
        answers.insert(qid.clone(), option.to_string());
    }
    Ok(answers)
}

/// Pretty JSON in the documented format, answers in questionnaire order (unknown ids last).
pub fn answers_to_json(answers: &Answers) -> String {
    let known = QUESTIONS.iter().filter_map(|q| answers.get_key_value(q.id));
    let unknown = answers.iter().filter(|(k, _)| question(k).is_none());
    let lines: Vec<String> = known
        .chain(unknown)
        .map(|(k, v)| format!("    {}: {}", json_string(k), json_string(v)))
        .collect();
    let body = if lines.is_empty() {
        "{}".to_string()
    } else {
        format!("{{\n{}\n  }}", lines.join(",\n"))
    };
    format!("{{\n  \"questionnaire\": {QUESTIONNAIRE_VERSION},\n  \"answers\": {body}\n}}\n")
}

fn json_string(s: &str) -> String {
    crate::json::quote(s)
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

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        answers_from(pairs)
    }

    #[test]
    fn option_label_covers_dont_know_and_rejects_strangers() {
        let q = question("pays").unwrap();
        assert_eq!(option_label(q, DONT_KNOW), Some(DONT_KNOW_LABEL));
        assert_eq!(
            option_label(q, "pays.we_pay").unwrap().en,
            "You pay them: wages, fees or invoices"
        );
        assert_eq!(option_label(q, "contact.daily"), None);
    }

    #[test]
    fn json_round_trip_keeps_every_answer() {
        let a = answers(&[
            ("pays", "pays.we_pay"),
            ("recommend", "recommend.10"),
            ("ext.decision", DONT_KNOW),
        ]);
        let json = answers_to_json(&a);
        assert!(json.find("\"pays\"").unwrap() < json.find("\"ext.decision\"").unwrap());
        assert_eq!(parse_answers_json(&json), Ok(a));
        assert_eq!(
            parse_answers_json(&answers_to_json(&Answers::new())),
            Ok(Answers::new())
        );
    }

    fn field_of(json: &str) -> String {
        parse_answers_json(json).unwrap_err().field
    }

    #[test]
    fn parse_errors_name_the_field() {
        assert_eq!(field_of("[1, 2]"), "$");
        assert_eq!(field_of("not json"), "$");
        assert_eq!(field_of(r#"{"answers": {}}"#), "questionnaire");
        assert_eq!(
            field_of(r#"{"questionnaire": "1", "answers": {}}"#),
            "questionnaire"
        );
        assert_eq!(
            field_of(r#"{"questionnaire": 0, "answers": {}}"#),
            "questionnaire"
        );
        assert_eq!(
            field_of(r#"{"questionnaire": 2, "answers": {}}"#),
            "questionnaire"
        );
        assert_eq!(field_of(r#"{"questionnaire": 1}"#), "answers");
        assert_eq!(
            field_of(r#"{"questionnaire": 1, "answers": []}"#),
            "answers"
        );
        assert_eq!(
            field_of(r#"{"questionnaire": 1, "answers": {"nope": "dk"}}"#),
            "answers.nope"
        );
        assert_eq!(
            field_of(r#"{"questionnaire": 1, "answers": {"pays": "contact.daily"}}"#),
            "answers.pays"
        );
        assert_eq!(
            field_of(r#"{"questionnaire": 1, "answers": {"pays": 3}}"#),
            "answers.pays"
        );
    }

    #[test]
    fn errors_display_with_their_field() {
        let e =
            parse_answers_json(r#"{"questionnaire": 1, "answers": {"pays": "x"}}"#).unwrap_err();
        assert!(e.to_string().starts_with("answers.pays: "), "{e}");
    }

    #[test]
    fn unknown_top_level_fields_are_ignored() {
        let json = r#"{"questionnaire": 1, "note": "hi", "answers": {"pays": "dk"}}"#;
        assert_eq!(
            parse_answers_json(json),
            Ok(answers(&[("pays", DONT_KNOW)]))
        );
    }
}
