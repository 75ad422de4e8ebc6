//! STUB — to be replaced by the domain engine. Public API is the contract the UI uses.

use std::collections::BTreeMap;

use super::text::Text;

pub const QUESTIONNAIRE_VERSION: u32 = 1;
pub const DONT_KNOW: &str = "dk";
pub const DONT_KNOW_LABEL: Text = Text::new("No lo sé", "I don't know");
pub type Answers = BTreeMap<String, String>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Position,
    External,
    Internal,
    Health,
}

impl Section {
    pub fn label(self) -> Text {
        Text::new("Posición", "Position")
    }
}

#[derive(Debug)]
pub struct Opt {
    pub id: &'static str,
    pub label: Text,
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub short: Text,
    pub prompt: Text,
    pub help: Text,
    pub section: Section,
    pub options: &'static [Opt],
    pub retired: bool,
}

static QS: &[Question] = &[Question {
    id: "pays",
    short: Text::new("Quién paga", "Who pays"),
    prompt: Text::new("¿Quién paga a quién?", "Who pays whom?"),
    help: Text::new("", ""),
    section: Section::Position,
    options: &[
        Opt { id: "pays.they_pay", label: Text::new("Nos paga", "They pay us") },
        Opt { id: "pays.we_pay", label: Text::new("Le pagamos", "We pay them") },
    ],
    retired: false,
}];

pub fn all() -> &'static [Question] {
    QS
}

pub fn question(id: &str) -> Option<&'static Question> {
    QS.iter().find(|q| q.id == id)
}

pub fn path(_answers: &Answers) -> Vec<&'static Question> {
    QS.iter().collect()
}

pub fn option_label(q: &Question, option: &str) -> Option<Text> {
    if option == DONT_KNOW {
        return Some(DONT_KNOW_LABEL);
    }
    q.options.iter().find(|o| o.id == option).map(|o| o.label)
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswersError {
    pub field: String,
    pub message: String,
}

pub fn parse_answers_json(_json: &str) -> Result<Answers, AnswersError> {
    Ok(Answers::new())
}

pub fn answers_to_json(_answers: &Answers) -> String {
    String::new()
}
