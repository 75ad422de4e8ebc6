//! Small building blocks shared by the features: dialogs, lists, conditional views, chips.

pub(crate) mod dialog;
pub(crate) mod markup;
pub(crate) mod text;
pub(crate) mod widgets;
