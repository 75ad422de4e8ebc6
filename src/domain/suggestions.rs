//! STUB — to be replaced by the domain engine.

use super::placement::Placement;
use super::questionnaire::Answers;
use super::text::Text;

#[derive(Debug)]
pub struct Lever { pub id: &'static str, pub title: Text, pub detail: Text, pub source: &'static str }

#[derive(Clone, Debug)]
pub struct Suggestion { pub lever: &'static Lever, pub score: u8, pub why: Text }

pub fn levers() -> &'static [Lever] { &[] }
pub fn lever(id: &str) -> Option<&'static Lever> { levers().iter().find(|l| l.id == id) }
pub fn suggest(_p: &Placement, _a: &Answers) -> Vec<Suggestion> { Vec::new() }
