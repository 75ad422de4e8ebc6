//! Share links (making and opening them), and export and import of files.

pub(crate) mod export_menu;
pub(crate) mod share_dialog;
pub(crate) mod shared_banner;
