//! PURE: a small JSON reader and writer for Órbita's own formats (storage, export files,
//! answers, preferences). It exists for size: serde with serde_json compiled a generic
//! decoder and encoder for every stored type, tens of kilobytes of wasm; this is one parser
//! into a tree, one writer, and hand-written readers for the few types that need them.
//! Its output is byte for byte what serde_json wrote (compact and two-space pretty), so
//! stored data and fixtures are unchanged.
//!
//! `read` parses text into a [`Json`] tree; `write` builds text with a [`Writer`].

mod read;
mod write;

pub use read::{parse, ParseError, MAX_DEPTH};
pub use write::{quote, Writer};

/// A parsed JSON value. Whole non-negative numbers written without a fraction or exponent
/// stay exact as [`Json::UInt`]; every other number is an `f64`.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    UInt(u64),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    /// Members in document order, duplicates included; [`Json::get`] sees the last one.
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// The value of member `key` of an object (the last one if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Takes member `key` out of an object (every copy; the value of the last one).
    pub fn remove(&mut self, key: &str) -> Option<Json> {
        let Json::Obj(members) = self else {
            return None;
        };
        let mut found = None;
        members.retain_mut(|(k, v)| {
            if k == key {
                found = Some(std::mem::replace(v, Json::Null));
                false
            } else {
                true
            }
        });
        found
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number written as such (`7`, not `7.0` or `-7`).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::UInt(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::UInt(n) => Some(*n as f64),
            Json::Num(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Arr(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Obj(members) => Some(members),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_of_repeated_keys_wins_and_remove_takes_them_all() {
        let mut v = parse(r#"{"k":1,"j":2,"k":3}"#).unwrap();
        assert_eq!(v.get("k"), Some(&Json::UInt(3)));
        assert_eq!(v.remove("k"), Some(Json::UInt(3)));
        assert_eq!(v, Json::Obj(vec![("j".into(), Json::UInt(2))]));
        assert_eq!(v.get("k"), None);
    }
}
