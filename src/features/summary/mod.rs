//! The Summary tab and the printed report.

pub(crate) mod page;
pub(crate) mod report;
