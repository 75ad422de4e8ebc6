//! CSS modifier names of domain values (`chip--loyal`, `side-tag--internal`…), shared by the
//! views and the markup builders so a class is spelled in one place.

use crate::domain::model::{CustomerType, Side};

/// CSS modifier for a type (colour and shape).
pub fn type_class(t: CustomerType) -> &'static str {
    t.id()
}

pub fn side_class(s: Side) -> &'static str {
    match s {
        Side::External => "external",
        Side::Middle => "middle",
        Side::Internal => "internal",
    }
}

pub use crate::components::markup::band_id as band_class;
