//! A stakeholder's results: axis, side, type, reasons, health and suggestions.

pub(crate) mod panel;
