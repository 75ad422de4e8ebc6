//! Thin browser edges: localStorage (gloo-storage), the browser's zlib streams, fresh ids
//! and small DOM helpers.

pub mod compression;
pub(crate) mod crypto;
pub(crate) mod dom;
pub(crate) mod ids;
pub mod storage;
