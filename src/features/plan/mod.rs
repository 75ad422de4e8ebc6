//! The Plan tab: improvement actions grouped by status.

use crate::domain::plan::Status;
use crate::i18n::K;

pub(crate) mod page;
pub(crate) mod row;

/// The interface text naming a status.
pub fn status_key(s: Status) -> K {
    match s {
        Status::Todo => K::StatusTodo,
        Status::Doing => K::StatusDoing,
        Status::Done => K::StatusDone,
    }
}
