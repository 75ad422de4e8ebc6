//! Problem banners, toasts with Undo, and the update / install bar.

pub(crate) mod banners;
pub(crate) mod toasts;
pub(crate) mod update_bar;
