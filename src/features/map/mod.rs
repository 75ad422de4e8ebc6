//! The Map tab: the orbit map with its names beside it, its legend and filters, and the same
//! data as a table.
//!
//! Dependencies point one way: the page uses the table and the orbit map's components, which
//! use the placed stakeholders (`dots`), which use the pure geometry.

pub(crate) mod dots;
pub(crate) mod filters;
pub(crate) mod geometry;
pub(crate) mod interaction;
pub(crate) mod labels;
pub(crate) mod legend;
pub(crate) mod marker_card;
pub(crate) mod markup;
pub(crate) mod names;
pub(crate) mod orbit_svg;
pub(crate) mod page;
pub(crate) mod table;
