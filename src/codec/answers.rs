//! The answers document: one stakeholder's answers as JSON, to read, copy or paste.
//! `{"questionnaire": 1, "answers": {"<question id>": "<option id>" | "dk"}}`, documented in
//! `docs/answers-format.md`.

use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::domain::questionnaire::{all, question, Answers, QUESTIONNAIRE_VERSION};
use crate::i18n::user;

/// Why an answers document was rejected. `field` names the JSON field at fault
/// (`"$"` for the document itself, `"questionnaire"`, `"answers"`, `"answers.<question id>"`).
/// `message` is shown to the user: what it quotes from the document is marked with
/// `i18n::user`, so pasted text cannot reorder the words around it.
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

/// The document as written: answers in questionnaire order, unknown ids last.
#[derive(Serialize)]
struct Written<'a> {
    questionnaire: u32,
    answers: Ordered<'a>,
}

struct Ordered<'a>(&'a Answers);

impl Serialize for Ordered<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let answers = self.0;
        let known = all().iter().filter_map(|q| answers.get_key_value(q.id));
        let unknown = answers.iter().filter(|(k, _)| question(k).is_none());
        let mut map = serializer.serialize_map(Some(answers.len()))?;
        for (k, v) in known.chain(unknown) {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Reads an answers document. Answers to retired questions are kept.
pub fn parse_answers_json(json: &str) -> Result<Answers, AnswersError> {
    let value: Value = serde_json::from_str(json).map_err(|e| {
        AnswersError::new("$", format!("not valid JSON ({})", user(&e.to_string())))
    })?;
    let Value::Object(mut doc) = value else {
        return Err(AnswersError::new("$", "expected a JSON object"));
    };
    // Unknown top-level fields are ignored; a `null` field counts as missing.
    let mut field = |name: &str| doc.remove(name).filter(|v| !v.is_null());

    let version = field("questionnaire")
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

    let Some(Value::Object(entries)) = field("answers") else {
        return Err(AnswersError::new(
            "answers",
            "expected an object of question id to option id",
        ));
    };
    let mut answers = Answers::new();
    for (qid, option) in entries {
        let field = format!("answers.{qid}");
        let q = question(&qid).ok_or_else(|| {
            AnswersError::new(&field, format!("unknown question \"{}\"", user(&qid)))
        })?;
        let Value::String(option) = option else {
            return Err(AnswersError::new(
                &field,
                "expected an option id as a string",
            ));
        };
        if !q.accepts(&option) {
            return Err(AnswersError::new(
                &field,
                format!(
                    "\"{}\" is not an option of question \"{qid}\"",
                    user(&option)
                ),
            ));
        }
        answers.insert(qid, option);
    }
    Ok(answers)
}

/// Pretty JSON in the documented format, answers in questionnaire order (unknown ids last).
pub fn answers_to_json(answers: &Answers) -> String {
    let mut out = serde_json::to_string_pretty(&Written {
        questionnaire: QUESTIONNAIRE_VERSION,
        answers: Ordered(answers),
    })
    .expect("answers always serialize");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::DONT_KNOW;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(q, o)| (q.to_string(), o.to_string()))
            .collect()
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
            field_of(r#"{"questionnaire": 3, "answers": {}}"#),
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
    fn what_a_message_quotes_from_the_document_is_isolated() {
        let e = parse_answers_json(r#"{"questionnaire": 1, "answers": {"pays": "\u202ex"}}"#)
            .unwrap_err();
        assert_eq!(
            e.message,
            "\"\u{2068}\u{202e}x\u{2069}\" is not an option of question \"pays\""
        );
        let e =
            parse_answers_json(r#"{"questionnaire": 1, "answers": {"\u202eq": "x"}}"#).unwrap_err();
        assert_eq!(e.message, "unknown question \"\u{2068}\u{202e}q\u{2069}\"");
    }

    #[test]
    fn null_fields_count_as_missing() {
        let e = parse_answers_json(r#"{"questionnaire": null, "answers": {}}"#).unwrap_err();
        assert_eq!(e.message, "missing questionnaire version");
        assert_eq!(
            field_of(r#"{"questionnaire": 1, "answers": null}"#),
            "answers"
        );
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
