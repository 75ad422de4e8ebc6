//! Keyed lists: rows keep their DOM, focus and state while their key stays.

use std::any::Any;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use leptos::prelude::*;

/// A row's key, whatever its type: a question id, a plan item id, a whole banner. Every list
/// uses this one key type, so `For` is compiled once for the app rather than once per key type
/// (a few kilobytes of wasm each). Keys still compare by equality of the caller's values, and
/// keys of different types are never equal.
#[derive(Clone)]
pub struct Key(Arc<dyn AnyKey>);

/// What [`Key`] needs of the value inside it.
trait AnyKey: Send + Sync {
    fn as_any(&self) -> &dyn Any;
    fn equals(&self, other: &dyn AnyKey) -> bool;
    fn hash_into(&self, state: &mut dyn Hasher);
}

impl<K: Eq + Hash + Send + Sync + 'static> AnyKey for K {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn equals(&self, other: &dyn AnyKey) -> bool {
        other.as_any().downcast_ref::<K>() == Some(self)
    }

    fn hash_into(&self, mut state: &mut dyn Hasher) {
        self.hash(&mut state);
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.0.equals(&*other.0)
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash_into(state);
    }
}

/// One row of a [`keyed_list`]: its key, and what builds its view when the key first appears.
pub struct Row {
    key: Key,
    view: Box<dyn FnOnce() -> AnyView + Send>,
}

/// A row keyed by `key`: rows with equal keys are the same row.
pub fn row<K, V>(key: K, view: impl FnOnce() -> V + Send + 'static) -> Row
where
    K: Eq + Hash + Send + Sync + 'static,
    V: IntoView + 'static,
{
    Row {
        key: Key(Arc::new(key)),
        view: Box::new(move || view().into_any()),
    }
}

/// A keyed list, like `<For>`: a row keeps its DOM, focus and state while its key stays, and
/// only new keys build views. Keys are compared by equality, so two different rows can never
/// be taken for one another.
pub fn keyed_list(rows: impl Fn() -> Vec<Row> + Send + 'static) -> AnyView {
    // Boxed so that `For` is built once rather than once per list.
    let rows: Box<dyn Fn() -> Vec<Row> + Send> = Box::new(rows);
    let key = |r: &Row| r.key.clone();
    let build = |r: Row| (r.view)();
    view! { <For each=move || rows() key=key children=build/> }.into_any()
}

#[cfg(test)]
mod tests {
    use std::collections::hash_map::DefaultHasher;

    use super::*;

    fn key<K: Eq + Hash + Send + Sync + 'static>(k: K) -> Key {
        Key(Arc::new(k))
    }

    fn hash(k: &Key) -> u64 {
        let mut h = DefaultHasher::new();
        k.hash(&mut h);
        h.finish()
    }

    #[test]
    fn keys_are_equal_when_their_values_are() {
        assert!(key(7u32) == key(7u32));
        assert!(key(7u32) != key(8u32));
        assert!(key("pays") == key("pays"));
        assert!(key(("a".to_string(), 1)) != key(("a".to_string(), 2)));
        assert_eq!(hash(&key(7u32)), hash(&key(7u32)));
    }

    #[test]
    fn keys_of_different_types_never_match() {
        assert!(key(7u32) != key(7u64));
        assert!(key("7") != key("7".to_string()));
    }
}
