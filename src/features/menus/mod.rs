//! The header and its map switcher.

pub(crate) mod header;
pub(crate) mod maps_menu;
