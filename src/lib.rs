//! Órbita: map a business's internal and external customers in the browser.

pub mod codec;
pub mod domain;
pub mod examples;
pub mod i18n;
pub mod json;
pub mod route;
pub mod sample;
pub mod share;
pub mod storage;
pub mod ui;

pub use ui::App;
