//! STUB — to be replaced by the domain engine.

use super::questionnaire::Answers;
use super::text::Text;

pub const EXTERNAL_MAX: u8 = 35;
pub const INTERNAL_MIN: u8 = 65;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side { External, Middle, Internal }

impl Side {
    pub const ALL: [Side; 3] = [Side::External, Side::Middle, Side::Internal];
    pub fn from_axis(axis: u8) -> Side {
        if axis <= EXTERNAL_MAX { Side::External } else if axis >= INTERNAL_MIN { Side::Internal } else { Side::Middle }
    }
    pub fn label(self) -> Text { Text::new("Externo", "External") }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CustomerType { Loyal, Impulsive, NeedBased, Executive, Commercial, Operative }

impl CustomerType {
    pub const ALL: [CustomerType; 6] = [CustomerType::Loyal, CustomerType::Impulsive, CustomerType::NeedBased, CustomerType::Executive, CustomerType::Commercial, CustomerType::Operative];
    pub fn id(self) -> &'static str { "loyal" }
    pub fn label(self) -> Text { Text::new("Fiel", "Loyal") }
    pub fn description(self) -> Text { Text::new("", "") }
    pub fn is_internal(self) -> bool { matches!(self, CustomerType::Executive | CustomerType::Commercial | CustomerType::Operative) }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reason { pub question: &'static str, pub option: &'static str, pub points: i32 }

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band { Thriving, Fine, AtRisk }

impl Band {
    pub fn label(self) -> Text { Text::new("Bien", "Fine") }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Health { pub score: u8, pub band: Band }

#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub axis: u8,
    pub side: Side,
    pub types: Vec<CustomerType>,
    pub confidence: u8,
    pub reasons: Vec<Reason>,
    pub health: Option<Health>,
    pub complete: bool,
}

pub fn place(_answers: &Answers) -> Option<Placement> { None }
