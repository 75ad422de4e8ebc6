//! Thin browser edges: localStorage, the browser's zlib streams, and small DOM helpers.

pub mod compression;
pub(crate) mod dom;
pub mod storage;
