//! The header, its map switcher and the Recovery dialog.

pub(crate) mod header;
pub(crate) mod maps_menu;
pub(crate) mod recovery;
