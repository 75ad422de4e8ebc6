//! STUB — to be replaced by the domain engine.

use super::placement::{CustomerType, Placement, Side};
use super::text::Text;

#[derive(Clone, Debug, PartialEq)]
pub enum Chain { NotEnoughData, InsideLags { gap: u8 }, Balanced, OutsideLags { gap: u8 } }

impl Chain {
    pub fn message(&self) -> Text { Text::new("", "") }
    pub fn first_step(&self) -> Option<Text> { None }
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapSummary {
    pub total: usize,
    pub placed: usize,
    pub per_side: Vec<(Side, usize)>,
    pub per_type: Vec<(CustomerType, usize)>,
    pub health_inside: Option<u8>,
    pub health_outside: Option<u8>,
    pub chain: Chain,
}

pub fn summarize<'a>(total: usize, _p: impl IntoIterator<Item = &'a Placement>) -> MapSummary {
    MapSummary { total, placed: 0, per_side: vec![], per_type: vec![], health_inside: None, health_outside: None, chain: Chain::NotEnoughData }
}
