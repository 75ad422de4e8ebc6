//! STUB — example maps for first-time visitors (replaced by the full data set).

use crate::domain::state::Map;
use crate::domain::Lang;

/// An example map with a one-line description.
pub struct Example {
    pub map: Map,
    pub blurb: &'static str,
}

pub fn all(_lang: Lang) -> Vec<Example> {
    Vec::new()
}
