//! Leptos components, one per file, and the browser-side glue they share.

pub mod app;
pub mod banners;
pub mod ctx;
pub mod dialogs;
pub mod dom;
pub mod export_menu;
pub mod header;
pub mod map_table;
pub mod maps_menu;
pub mod markup;
pub mod orbit_map;
pub mod page_change;
pub mod persist;
pub mod plan;
pub mod questionnaire;
pub mod report;
pub mod results;
pub mod review;
pub mod share_dialog;
pub mod shared;
pub mod stakeholder;
pub mod stakeholder_list;
pub mod summary;
pub mod theme;
pub mod toasts;
pub mod trig;
pub mod update;
pub mod welcome;
pub mod widgets;

pub use app::App;
