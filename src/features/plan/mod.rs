//! The Plan tab: improvement actions grouped by status.

pub(crate) mod page;
