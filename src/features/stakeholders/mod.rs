//! The stakeholder list (with a list brought in from a spreadsheet), one stakeholder's page,
//! and the first-visit welcome.

pub(crate) mod answers_panel;
pub(crate) mod bring_list;
pub(crate) mod details;
pub(crate) mod list;
pub(crate) mod page;
pub(crate) mod welcome;
