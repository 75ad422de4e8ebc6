//! Keyed lists: rows keep their DOM, focus and state while their key stays.

use std::hash::Hash;

use leptos::prelude::*;

/// One row of a [`keyed_list`]: its key, and what builds its view when the key first appears.
pub struct Row<K> {
    key: K,
    view: Box<dyn FnOnce() -> AnyView + Send>,
}

/// A row keyed by `key`: rows with equal keys are the same row.
pub fn row<K, V: IntoView + 'static>(key: K, view: impl FnOnce() -> V + Send + 'static) -> Row<K> {
    Row {
        key,
        view: Box::new(move || view().into_any()),
    }
}

/// A keyed list, like `<For>`: a row keeps its DOM, focus and state while its key stays, and
/// only new keys build views. Keys are compared by equality, so two different rows can never
/// be taken for one another.
pub fn keyed_list<K>(rows: impl Fn() -> Vec<Row<K>> + Send + 'static) -> AnyView
where
    K: Clone + Eq + Hash + Send + 'static,
{
    // Boxed so that `For` is built once per key type rather than once per list.
    let rows: Box<dyn Fn() -> Vec<Row<K>> + Send> = Box::new(rows);
    let key = |r: &Row<K>| r.key.clone();
    let build = |r: Row<K>| (r.view)();
    view! { <For each=move || rows() key=key children=build/> }.into_any()
}
