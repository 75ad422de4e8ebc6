//! The running app: the root component, the store (the one door to the workspace), loading
//! and saving, the route in the URL fragment, and the theme.

pub(crate) mod page_change;
pub(crate) mod persist;
pub(crate) mod route;
pub(crate) mod shell;
pub(crate) mod store;
pub(crate) mod sync;
pub(crate) mod theme;

pub use shell::App;
