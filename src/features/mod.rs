//! One folder per feature, each owning its components and their browser glue.

pub(crate) mod hearing;
pub(crate) mod invites;
pub(crate) mod map;
pub(crate) mod menus;
pub(crate) mod notices;
pub(crate) mod plan;
pub(crate) mod questionnaire;
pub(crate) mod results;
pub(crate) mod sharing;
pub(crate) mod stakeholders;
pub(crate) mod summary;
