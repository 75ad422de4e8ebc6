//! The guided questionnaire, one question at a time, and the review of every answer.

pub(crate) mod question;
pub(crate) mod review;
