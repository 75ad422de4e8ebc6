//! Small building blocks shared by the features: dialogs, lists, conditional views, chips.

pub(crate) mod back_link;
pub(crate) mod chips;
pub(crate) mod classes;
pub(crate) mod dialog;
pub(crate) mod fold;
pub(crate) mod list;
pub(crate) mod markup;
pub(crate) mod not_found;
pub(crate) mod role_flag;
pub(crate) mod show;
pub(crate) mod show_more;
pub(crate) mod text;
