//! Keyed lists: rows keep their DOM, focus and state while their key stays.

use leptos::prelude::*;

/// One row of a [`keyed_list`]: its key, and what builds its view when the key first appears.
pub struct Row {
    key: u64,
    view: Box<dyn FnOnce() -> AnyView + Send>,
}

/// A row keyed by anything hashable: rows with equal keys are the same row.
pub fn row<K: std::hash::Hash, V: IntoView + 'static>(
    key: K,
    view: impl FnOnce() -> V + Send + 'static,
) -> Row {
    use std::hash::{DefaultHasher, Hasher};
    let mut h = DefaultHasher::new();
    key.hash(&mut h);
    Row {
        key: h.finish(),
        view: Box::new(move || view().into_any()),
    }
}

/// A keyed list, like `<For>`: a row keeps its DOM, focus and state while its key stays, and
/// only new keys build views. Every list in the app goes through this one, so `For`'s diffing
/// code is compiled once instead of once per list (several kilobytes of wasm each).
pub fn keyed_list(rows: impl Fn() -> Vec<Row> + Send + 'static) -> AnyView {
    let rows: Box<dyn Fn() -> Vec<Row> + Send> = Box::new(rows);
    view! { <For each=move || rows() key=|r: &Row| r.key children=|r: Row| (r.view)()/> }.into_any()
}
