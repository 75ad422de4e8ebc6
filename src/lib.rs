//! Órbita: map a business's internal and external customers in the browser.

pub mod domain;
