//! Pure domain logic: questionnaire data, placement, suggestions, map summary and app state.
//! Nothing here touches the browser, the clock or randomness, so all of it is tested natively.

pub mod examples;
pub mod hearing;
pub mod invites;
pub mod local;
pub mod merge;
pub mod model;
pub mod order;
pub mod placement;
pub mod plan;
pub mod questionnaire;
pub mod sample;
pub mod state;
pub mod suggestions;
pub mod summary;
pub mod sync;
pub mod text;
pub mod workspace;

pub use text::{Lang, Text};
