//! Lenient typed reading. A document is deserialized with serde; when one value cannot be
//! read and its field has a safe fallback, the value is taken out (the field then takes its
//! serde default, a list loses that element), the place is noted as `path: problem` for the
//! user, and the read is tried again, a bounded number of times. A value without a fallback
//! fails the read with the same kind of message.

use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_path_to_error::Segment;

/// At most this many values are fixed before a document counts as unreadable.
const MAX_FIXES: usize = 200;

/// What to do when the value at a place cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fix {
    /// Nothing safe to fall back on: the read fails.
    Fail,
    /// `null` stands for the default; any other wrong value fails the read.
    NullIsDefault,
    /// Take the value out: the field takes its default, a list or map loses that entry.
    Drop,
    /// A name that cannot be read becomes the placeholder name, so the item is kept.
    Rename,
    /// For a list element (`at` ends in `[]`): when anything inside it cannot be read, the
    /// whole element is taken out and noted, and the rest of the document kept.
    DropItem,
}

/// How one place in a document is read. `at` is the place with list indices left out and
/// `*` for any key of a free-form map: `maps[].plan[].priority`, `answers.*`.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub at: &'static str,
    pub fix: Fix,
    /// The problem in words, after "expected": `a whole number from 0 to 255`.
    pub expects: &'static str,
}

/// A document read, with what had to be fixed on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Read<T> {
    pub value: T,
    /// Values that could not be read and took their fallback, as `path: problem`.
    pub reset: Vec<String>,
    /// A `null` stood for a default somewhere: the text is not as this build writes it.
    pub defaulted: bool,
}

/// Reads `value` as a `T` by `rules`; `root` names the document in messages (`data`) and
/// `unnamed` is the placeholder for names that cannot be read. The error is `path: problem`.
pub fn read<T: DeserializeOwned>(
    mut value: Value,
    root: &str,
    rules: &[Rule],
    unnamed: &str,
) -> Result<Read<T>, String> {
    let mut reset = Vec::new();
    let mut defaulted = false;
    // Original indices of list elements taken out so far, by list, so that messages name
    // each element where it was in the document.
    let mut dropped: Vec<(String, Vec<usize>)> = Vec::new();
    for _ in 0..=MAX_FIXES {
        let err = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(read) => {
                return Ok(Read {
                    value: read,
                    reset,
                    defaulted,
                })
            }
            Err(err) => err,
        };
        let mut path: Vec<Segment> = err.path().iter().cloned().collect();
        let message = err.inner().to_string();
        // serde names a missing field in the message and places the error on its parent.
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.strip_suffix('`'));
        if let Some(field) = missing {
            path.push(Segment::Map {
                key: field.to_string(),
            });
        }
        let mut shape = shape_of(&path);
        let mut rule = rules.iter().find(|r| r.at == shape);
        // Anything unreadable inside an element that may be dropped as a whole drops it.
        if rule.is_none() {
            let whole = (1..path.len()).rev().find_map(|n| {
                let prefix = shape_of(&path[..n]);
                rules
                    .iter()
                    .find(|r| r.fix == Fix::DropItem && r.at == prefix)
                    .map(|r| (n, r))
            });
            if let Some((n, r)) = whole {
                path.truncate(n);
                shape = shape_of(&path);
                rule = Some(r);
            }
        }
        let mut place = display(root, &path);
        let problem = match rule {
            _ if missing.is_some() => "missing".to_string(),
            Some(rule) => format!("expected {}", rule.expects),
            None => message.clone(),
        };
        let at_value = pointer(&mut value, &path);
        let is_null = at_value.as_deref().is_some_and(Value::is_null);
        match rule.map(|r| r.fix) {
            Some(Fix::Drop) | Some(Fix::NullIsDefault) if is_null => {
                remove(&mut value, &path);
                defaulted = true;
            }
            // The unreadable value is taken out; a list item is named by its index in the file.
            Some(fix @ (Fix::DropItem | Fix::Drop))
                if matches!(fix, Fix::DropItem) || missing.is_none() =>
            {
                if let Some((Segment::Seq { index }, parent)) = path.split_last() {
                    let list = display(root, parent);
                    let at = original_index(&mut dropped, list.clone(), *index);
                    place = format!("{list}[{at}]");
                }
                remove(&mut value, &path);
                reset.push(format!("{place}: {problem}"));
            }
            Some(Fix::Rename) if missing.is_none() => {
                if let Some(v) = at_value {
                    *v = Value::String(unnamed.to_string());
                }
                reset.push(format!("{place}: {problem}"));
            }
            _ => return Err(format!("{place}: {problem}")),
        }
    }
    Err(format!(
        "{root}: more than {MAX_FIXES} values could not be read"
    ))
}

/// Where the element now at `index` of `list` was in the document, noting it as taken out.
fn original_index(dropped: &mut Vec<(String, Vec<usize>)>, list: String, index: usize) -> usize {
    let at = match dropped.iter().position(|(l, _)| *l == list) {
        Some(at) => at,
        None => {
            dropped.push((list, Vec::new()));
            dropped.len() - 1
        }
    };
    // Kept in ascending order, so each index taken out before this one shifts it by one.
    let taken = &mut dropped[at].1;
    let mut original = index;
    for t in taken.iter() {
        if *t <= original {
            original += 1;
        }
    }
    taken.insert(taken.partition_point(|t| *t < original), original);
    original
}

/// `maps[].plan[].priority` for `maps[2].plan[0].priority`; keys below a map whose rule
/// path ends in `*` are matched by the rules themselves.
fn shape_of(path: &[Segment]) -> String {
    let mut out = String::new();
    let mut free_map = false;
    for segment in path {
        match segment {
            Segment::Seq { .. } => out.push_str("[]"),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(if free_map { "*" } else { key });
                free_map = key == "answers";
            }
            Segment::Unknown => out.push('?'),
        }
    }
    out
}

/// `data.maps[2].stakeholders[0].answers["pays"]`: keys of a free-form map are quoted, as
/// they may hold any text.
fn display(root: &str, path: &[Segment]) -> String {
    let mut out = root.to_string();
    let mut free_map = false;
    for segment in path {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if free_map {
                    // Quoted and escaped as a JSON string.
                    let quoted = serde_json::to_string(key).expect("a string always serializes");
                    out.push_str(&format!("[{quoted}]"));
                } else {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                free_map = key == "answers";
            }
            Segment::Unknown => out.push_str(".?"),
        }
    }
    out
}

fn pointer<'a>(value: &'a mut Value, path: &[Segment]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, segment| match segment {
        Segment::Seq { index } => v.get_mut(*index),
        Segment::Map { key } | Segment::Enum { variant: key } => v.get_mut(key.as_str()),
        Segment::Unknown => None,
    })
}

fn remove(value: &mut Value, path: &[Segment]) {
    let Some((last, parent)) = path.split_last() else {
        return;
    };
    match (pointer(value, parent), last) {
        (Some(Value::Array(items)), Segment::Seq { index }) if *index < items.len() => {
            items.remove(*index);
        }
        (Some(Value::Object(members)), Segment::Map { key }) => {
            members.shift_remove(key);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Doc {
        name: String,
        #[serde(default)]
        size: u8,
        #[serde(default)]
        tags: Vec<u32>,
    }

    const RULES: &[Rule] = &[
        Rule {
            at: "name",
            fix: Fix::Rename,
            expects: "a string",
        },
        Rule {
            at: "size",
            fix: Fix::Drop,
            expects: "a whole number from 0 to 255",
        },
        Rule {
            at: "tags[]",
            fix: Fix::Drop,
            expects: "a whole number",
        },
    ];

    fn doc(json: &str) -> Result<Read<Doc>, String> {
        read(
            serde_json::from_str(json).unwrap(),
            "data",
            RULES,
            "Unnamed",
        )
    }

    #[test]
    fn wrong_values_with_a_fallback_take_it_and_are_named() {
        let read = doc(r#"{"name":5,"size":300,"tags":[1,"x",3,-1]}"#).unwrap();
        assert_eq!(
            read.value,
            Doc {
                name: "Unnamed".into(),
                size: 0,
                tags: vec![1, 3]
            }
        );
        assert_eq!(
            read.reset,
            [
                "data.name: expected a string",
                "data.size: expected a whole number from 0 to 255",
                "data.tags[1]: expected a whole number",
                "data.tags[3]: expected a whole number",
            ]
        );
        assert!(!read.defaulted);
    }

    #[test]
    fn null_stands_for_the_default_without_a_note() {
        let read = doc(r#"{"name":"a","size":null}"#).unwrap();
        assert_eq!(read.value.size, 0);
        assert!(read.reset.is_empty());
        assert!(read.defaulted);
    }

    #[test]
    fn a_missing_required_field_fails_with_its_path() {
        assert_eq!(doc(r#"{"size":1}"#), Err("data.name: missing".to_string()));
    }

    #[test]
    fn too_many_fixes_fail_the_read() {
        let tags: Vec<Value> = (0..=MAX_FIXES).map(|_| Value::from("x")).collect();
        let json = serde_json::json!({"name": "a", "tags": tags}).to_string();
        assert!(doc(&json).unwrap_err().contains("could not be read"));
    }
}
