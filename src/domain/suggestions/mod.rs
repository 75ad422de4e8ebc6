//! Suggestions: the catalogue of improvement levers and the rules that pick and rank them
//! for one stakeholder from their placement and answers.
//!
//! Lever ids are stable and never reused (plans store them). Rules only read answers to
//! questions on the stakeholder's current path, so a stale answer from an earlier branch never
//! fires one.

use super::text::Text;

mod context;
mod engine;
mod heard;
mod levers;
mod rules;

pub use engine::{suggest, Suggestion};
pub use heard::{suggest_heard, WORSE_BY};
pub use levers::{lever, levers, Lever, CHAIN, ENPS, WORKPLACE_LEVERS};
