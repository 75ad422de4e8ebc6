//! The Summary tab and the printed report.

pub(crate) mod actions;
pub(crate) mod cards;
pub(crate) mod page;
pub(crate) mod report;
pub(crate) mod top_action;
