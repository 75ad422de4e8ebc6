//! The Map tab: the orbit map, its legend and filters, and the same data as a table.

pub(crate) mod orbit;
pub(crate) mod table;
pub(crate) mod trig;
