//! Pure data formats, read and written with serde: the versioned storage and export envelope
//! with its migrations, the answers document, preferences, share links, CSV exports, lists of
//! people brought in and the text encoding of a file brought in.
//! Nothing here touches the browser, so every format is tested natively against frozen
//! fixtures.

pub mod answers;
mod binary;
pub mod csv;
pub mod envelope;
pub mod invite;
mod lenient;
pub mod migrations;
pub mod people;
pub mod prefs;
mod repair;
pub mod share;
mod share_heard;
pub mod text_file;

pub use envelope::{
    decode_import, decode_stored, decode_workspace, encode_export, encode_stored, encode_workspace,
    LoadError, Loaded, MigrateCtx, Stamp, SCHEMA_VERSION,
};
pub use repair::{repair_map, repair_workspace};
#[cfg(not(target_arch = "wasm32"))]
pub use share::{decode_share, encode_share};
pub use share::{ShareError, ShareOptions};
