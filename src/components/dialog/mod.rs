//! Modal dialogs on the native `<dialog>` element.

mod confirm;
mod modal;
mod name;

pub use confirm::ConfirmDialog;
pub use modal::Modal;
pub use name::NameDialog;
