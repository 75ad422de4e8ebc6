//! The versioned JSON envelope `{"v": N, "data": …}` used for local storage and export files,
//! with step-by-step migrations from every earlier version and field-precise messages for
//! whatever cannot be read.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::lenient::{self, Fix, Rule};
use super::migrations::MIGRATIONS;
use super::repair::{repair_map, repair_workspace};
use crate::domain::sync::Clock;
use crate::domain::workspace::{Map, Workspace};

/// Version written by this build. Bump it together with a new step in
/// [`MIGRATIONS`](super::migrations::MIGRATIONS) and a frozen fixture of the old format under
/// `tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 3;

/// Marks export files so an unrelated JSON file is refused with a clear message.
const APP_TAG: &str = "orbita";

/// What reading may need from the UI, in the user's language: v1 held a single unnamed map
/// that needs a name, and a name that cannot be read is replaced by a placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MigrateCtx {
    pub map_id: String,
    pub map_name: String,
    /// The placeholder for a name that cannot be read ("Unnamed").
    pub unnamed: String,
}

/// Why saved or imported text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not parseable as JSON; carries the parser's message (with line and column).
    NotJson(String),
    /// JSON, but not what Órbita writes; carries `path: problem`, e.g.
    /// `data.maps[2].stakeholders[0].id: expected a whole number from 0 to 4294967295`.
    WrongShape(String),
    /// Written by a newer build of the app; carries that version.
    FutureVersion(u32),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotJson(msg) => write!(f, "not valid JSON: {msg}"),
            LoadError::WrongShape(what) => write!(f, "not an Órbita file: {what}"),
            LoadError::FutureVersion(v) => write!(
                f,
                "saved by a newer version of Órbita (format {v}; this one reads up to {SCHEMA_VERSION})"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Which save a stored workspace is (`rev`) and, for each tab, the newest of its saves the
/// workspace includes (`clock`; see `domain::sync`). Empty in data written before saves were
/// stamped, and in exports.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Stamp {
    pub rev: String,
    pub clock: Clock,
}

/// The storage form.
#[derive(Serialize)]
struct Stored<'a> {
    v: u32,
    #[serde(skip_serializing_if = "str::is_empty")]
    rev: &'a str,
    #[serde(skip_serializing_if = "Clock::is_empty")]
    clock: &'a Clock,
    data: &'a Workspace,
}

/// The export file form.
#[derive(Serialize)]
struct Export<'a> {
    app: &'static str,
    v: u32,
    exported_at: f64,
    data: &'a Workspace,
}

/// The storage form without a stamp: compact `{"v":2,"data":<Workspace>}`.
pub fn encode_workspace(ws: &Workspace) -> String {
    encode_stored(ws, &Stamp::default())
}

/// The storage form: compact `{"v":2,"rev":…,"clock":[…],"data":<Workspace>}`.
pub fn encode_stored(ws: &Workspace, stamp: &Stamp) -> String {
    serde_json::to_string(&Stored {
        v: SCHEMA_VERSION,
        rev: &stamp.rev,
        clock: &stamp.clock,
        data: ws,
    })
    .expect("a workspace always serializes")
}

/// Reads what [`encode_workspace`] wrote, in this or any earlier version, and repairs what
/// can be repaired safely (see [`repair_workspace`]).
pub fn decode_workspace(raw: &str, ctx: &MigrateCtx) -> Result<Workspace, LoadError> {
    decode_stored(raw, ctx).map(|loaded| loaded.ws)
}

/// A workspace read from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub ws: Workspace,
    /// `raw` should be written again: it was of an older version, not in the usual form, or
    /// needed a repair.
    pub needs_write: bool,
    /// Values that could not be read and took a fallback, as `path: problem`. The caller
    /// keeps the original text and tells the user.
    pub reset: Vec<String>,
    pub stamp: Stamp,
    /// The schema version it was written in.
    pub version: u32,
}

/// [`decode_workspace`], also saying whether `raw` should be written again and which values
/// it had to reset.
pub fn decode_stored(raw: &str, ctx: &MigrateCtx) -> Result<Loaded, LoadError> {
    let (mut ws, current, reset, stamp, version) = read_envelope(raw, ctx)?;
    let repaired = repair_workspace(&mut ws);
    Ok(Loaded {
        ws,
        needs_write: !current || repaired,
        reset,
        stamp,
        version,
    })
}

/// A human-readable export file of the given maps; `exported_at_ms` is milliseconds since
/// the epoch, passed in because this module never reads the clock. Group replies travel only
/// once they may be shown (see [`crate::domain::hearing::for_export`]).
pub fn encode_export(maps: &[Map], exported_at_ms: f64) -> String {
    let ws = Workspace {
        maps: maps
            .iter()
            .map(crate::domain::hearing::for_export)
            .collect(),
        last_opened: maps.first().map(|m| m.id.clone()).unwrap_or_default(),
    };
    serde_json::to_string_pretty(&Export {
        app: APP_TAG,
        v: SCHEMA_VERSION,
        exported_at: exported_at_ms.round(),
        data: &ws,
    })
    .expect("a workspace always serializes")
}

/// The maps in an export file or a storage envelope of any version up to this one, and the
/// values that could not be read and took a fallback (see [`Loaded::reset`]).
pub fn decode_import(raw: &str, ctx: &MigrateCtx) -> Result<(Vec<Map>, Vec<String>), LoadError> {
    let (ws, _, reset, _, _) = read_envelope(raw, ctx)?;
    let mut maps = ws.maps;
    for map in &mut maps {
        repair_map(map);
    }
    Ok((maps, reset))
}

pub(crate) const ID: &str = "a whole number from 0 to 4294967295";
const TEXT: &str = "a string";
const LIST: &str = "a list";
const OBJECT: &str = "an object";

/// How each place in a workspace is read. Records that cannot be read fail the read; so
/// does a list of them that is not a list. A name that cannot be read becomes the
/// placeholder; any other wrong value with a default takes it and is noted.
const WORKSPACE_RULES: &[Rule] = &[
    rule("current", Fix::Drop, TEXT),
    rule("maps", Fix::Fail, LIST),
    rule("maps[]", Fix::Fail, OBJECT),
    rule("maps[].id", Fix::Fail, TEXT),
    rule("maps[].name", Fix::Rename, TEXT),
    rule("maps[].stakeholders", Fix::NullIsDefault, LIST),
    rule("maps[].stakeholders[]", Fix::Fail, OBJECT),
    rule("maps[].stakeholders[].id", Fix::Fail, ID),
    rule("maps[].stakeholders[].name", Fix::Rename, TEXT),
    rule("maps[].stakeholders[].role", Fix::Drop, TEXT),
    rule("maps[].stakeholders[].notes", Fix::Drop, TEXT),
    rule("maps[].stakeholders[].answers", Fix::Drop, OBJECT),
    rule("maps[].stakeholders[].answers.*", Fix::Drop, TEXT),
    rule("maps[].plan", Fix::NullIsDefault, LIST),
    rule("maps[].plan[]", Fix::Fail, OBJECT),
    rule("maps[].plan[].id", Fix::Fail, ID),
    rule("maps[].plan[].title", Fix::Rename, TEXT),
    rule("maps[].plan[].lever", Fix::Drop, TEXT),
    rule("maps[].plan[].stakeholders", Fix::Drop, LIST),
    rule("maps[].plan[].stakeholders[]", Fix::Drop, ID),
    rule("maps[].plan[].owner", Fix::Drop, TEXT),
    rule("maps[].plan[].due", Fix::Drop, TEXT),
    rule(
        "maps[].plan[].status",
        Fix::Drop,
        "\"todo\", \"doing\" or \"done\"",
    ),
    rule(
        "maps[].plan[].priority",
        Fix::Drop,
        "a whole number from 0 to 255",
    ),
    rule("maps[].next_id", Fix::Drop, ID),
    rule("maps[].invites", Fix::Drop, LIST),
    rule("maps[].invites[]", Fix::DropItem, "an invite"),
    rule("maps[].replies", Fix::Drop, LIST),
    rule("maps[].replies[]", Fix::DropItem, "a reply"),
    rule("maps[].tallies", Fix::Drop, LIST),
    rule("maps[].tallies[]", Fix::DropItem, "a tally of replies"),
    rule("maps[].exported_at", Fix::Drop, "a number"),
];

const fn rule(at: &'static str, fix: Fix, expects: &'static str) -> Rule {
    Rule { at, fix, expects }
}

/// What an envelope holds.
type Envelope = (Workspace, bool, Vec<String>, Stamp, u32);

/// The workspace in `raw`, whether it is this version exactly as this build writes it
/// (nothing migrated, defaulted from `null` or reset), what was reset, its stamp and the
/// version it was written in.
fn read_envelope(raw: &str, ctx: &MigrateCtx) -> Result<Envelope, LoadError> {
    match read_current(raw) {
        Some(envelope) => Ok(envelope),
        None => read_lenient(raw, ctx),
    }
}

/// Any version, value by value (see [`lenient`]), with field-precise messages.
fn read_lenient(raw: &str, ctx: &MigrateCtx) -> Result<Envelope, LoadError> {
    let top: Value = serde_json::from_str(raw).map_err(|e| LoadError::NotJson(e.to_string()))?;
    let Value::Object(mut top) = top else {
        return Err(shape(
            "top level",
            "expected an object with \"v\" and \"data\"",
        ));
    };
    if let Some(app) = top.get("app").filter(|a| !a.is_null()) {
        if app.as_str() != Some(APP_TAG) {
            return Err(shape("app", "expected \"orbita\""));
        }
    }
    let version = match top.get("v") {
        None => return Err(shape("v", "missing")),
        Some(v) => v
            .as_u64()
            .ok_or_else(|| shape("v", "expected a whole number"))?,
    };
    if version == 0 {
        return Err(shape("v", "expected a version from 1"));
    }
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::FutureVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    // The stamp only guides merging: anything odd in it counts as no stamp.
    let stamp = Stamp {
        rev: top
            .get("rev")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        clock: top
            .get("clock")
            .and_then(|c| Clock::deserialize(c).ok())
            .unwrap_or_default(),
    };
    let mut data = top.remove("data").ok_or_else(|| shape("data", "missing"))?;
    for step in MIGRATIONS.iter().skip(version as usize - 1) {
        data = step(data, ctx)?;
    }
    if !data.is_object() {
        return Err(shape("data", "expected an object"));
    }
    let read = lenient::read::<Workspace>(data, "data", WORKSPACE_RULES, &ctx.unnamed)
        .map_err(LoadError::WrongShape)?;
    let current = version == u64::from(SCHEMA_VERSION) && !read.defaulted && read.reset.is_empty();
    Ok((read.value, current, read.reset, stamp, version as u32))
}

/// The envelope as this build writes it, read straight into the typed workspace: the usual
/// case, and with thousands of stakeholders several times faster than reading through a
/// `Value` tree. `None` for anything else (another version, an unreadable or odd value, a
/// `null` standing for a default, a duplicate key), which [`read_envelope`] then reads
/// leniently, with its messages. Whatever this accepts, the lenient reading reads the same
/// on its first try, with nothing to reset.
fn read_current(raw: &str) -> Option<Envelope> {
    #[derive(Deserialize)]
    struct Current {
        app: Option<String>,
        v: u32,
        #[serde(default)]
        rev: String,
        #[serde(default)]
        clock: Clock,
        data: ObjectOnly<Workspace>,
    }
    let ObjectOnly(current) = serde_json::from_str::<ObjectOnly<Current>>(raw).ok()?;
    let tagged = current.app.as_deref().is_none_or(|app| app == APP_TAG);
    (tagged && current.v == SCHEMA_VERSION).then(|| {
        let stamp = Stamp {
            rev: current.rev,
            clock: current.clock,
        };
        (current.data.0, true, Vec::new(), stamp, current.v)
    })
}

/// A struct read only from a JSON object, as the lenient reading does; a derived reader
/// alone would also take a list of its fields in order.
struct ObjectOnly<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ObjectOnly<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Object<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Object<T> {
            type Value = ObjectOnly<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(ObjectOnly)
            }
        }
        deserializer.deserialize_map(Object(std::marker::PhantomData))
    }
}

fn shape(field: &str, problem: &str) -> LoadError {
    LoadError::WrongShape(format!("{field}: {problem}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::generate_map;

    fn ctx() -> MigrateCtx {
        MigrateCtx {
            map_id: "m".into(),
            map_name: "Mine".into(),
            unnamed: "Unnamed".into(),
        }
    }

    /// The fast reading takes what this build writes, and reads it as the lenient one does.
    #[test]
    fn what_this_build_writes_takes_the_fast_reading_and_reads_the_same() {
        let ws = Workspace {
            maps: vec![generate_map(40, 7)],
            last_opened: String::new(),
        };
        let stamp = Stamp {
            rev: "r1".into(),
            clock: Clock::default(),
        };
        for raw in [
            encode_stored(&ws, &stamp),
            encode_workspace(&ws),
            encode_export(&ws.maps, 1.0),
            include_str!("../../tests/fixtures/storage-v3.json").to_string(),
        ] {
            let fast = read_current(&raw).expect("the fast reading takes it");
            assert_eq!(Ok(fast), read_lenient(&raw, &ctx()));
        }
    }

    /// Anything odd goes to the lenient reading, which says what is wrong or what it reset.
    #[test]
    fn anything_else_is_left_to_the_lenient_reading() {
        for raw in [
            // Another version, or a newer one.
            r#"{"v":2,"data":{"maps":[]}}"#,
            r#"{"v":4,"data":{"maps":[]}}"#,
            // Not an object where the lenient reading wants one, though a derived reader
            // would take a list of the fields in order.
            r#"{"v":3,"data":[[],""]}"#,
            r#"[3,"",[],{"maps":[]}]"#,
            // Another app's file, a null standing for a default, a duplicate key.
            r#"{"app":"other","v":3,"data":{"maps":[]}}"#,
            r#"{"v":3,"data":{"maps":[{"id":"a","name":"A","stakeholders":null}]}}"#,
            r#"{"v":3,"data":{"maps":[],"maps":[]}}"#,
            // An unreadable stamp counts as none; a name that is a number is renamed.
            r#"{"v":3,"clock":7,"data":{"maps":[]}}"#,
            r#"{"v":3,"data":{"maps":[{"id":"a","name":5}]}}"#,
        ] {
            assert_eq!(read_current(raw), None, "{raw}");
        }
        assert_eq!(
            read_envelope(r#"{"v":3,"data":[[],""]}"#, &ctx()),
            Err(shape("data", "expected an object"))
        );
        let (ws, current, reset, ..) =
            read_envelope(r#"{"v":3,"data":{"maps":[{"id":"a","name":5}]}}"#, &ctx()).unwrap();
        assert_eq!(ws.maps[0].name, "Unnamed");
        assert!(!current);
        assert_eq!(reset, ["data.maps[0].name: expected a string"]);
    }
}
