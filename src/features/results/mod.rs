//! A stakeholder's results: axis, side, type, reasons, health and suggestions.

pub(crate) mod confidence;
pub(crate) mod health;
pub(crate) mod panel;
pub(crate) mod placement_markup;
pub(crate) mod placement_view;
