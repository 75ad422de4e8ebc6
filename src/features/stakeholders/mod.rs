//! The stakeholder list, one stakeholder's page, and the first-visit welcome.

pub(crate) mod answers_panel;
pub(crate) mod details;
pub(crate) mod list;
pub(crate) mod page;
pub(crate) mod welcome;
