//! The versioned JSON envelope `{"v": N, "data": …}` used for local storage and export files,
//! with step-by-step migrations from every earlier version and field-precise error messages.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map as JsonObject, Value};

use super::repair::{repair_map, repair_workspace};
use crate::domain::state::{Map, Workspace};

/// Version written by this build. Bump it together with a new `migrate_vN_to_vN1` in
/// [`MIGRATIONS`] and a frozen fixture of the old format under `tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 2;

/// Marks export files so an unrelated JSON file is refused with a clear message.
const APP_TAG: &str = "orbita";

/// What a migration may need from the UI: v1 held a single unnamed map, and its new name
/// must be in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MigrateCtx {
    pub map_id: String,
    pub map_name: String,
}

/// Why saved or imported text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not parseable as JSON; carries the parser's message (with line and column).
    NotJson(String),
    /// JSON, but not what Órbita writes; carries `path: problem`, e.g.
    /// `data.maps[2].stakeholders[0].name: expected a string`.
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

#[derive(Serialize)]
struct Envelope<'a> {
    v: u32,
    data: &'a Workspace,
}

#[derive(Serialize)]
struct ExportFile<'a> {
    app: &'static str,
    v: u32,
    exported_at: f64,
    data: ExportData<'a>,
}

#[derive(Serialize)]
struct ExportData<'a> {
    maps: &'a [Map],
    current: &'a str,
}

/// The storage form: compact `{"v":2,"data":<Workspace>}`.
pub fn encode_workspace(ws: &Workspace) -> String {
    let envelope = Envelope {
        v: SCHEMA_VERSION,
        data: ws,
    };
    // Serialising these plain structs cannot fail (string keys only); the fallback keeps
    // the signature infallible without a panic path.
    serde_json::to_string(&envelope).unwrap_or_default()
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
    /// Values that could not be read and were set to their defaults, as `path: problem`. The
    /// caller keeps the original text and tells the user.
    pub reset: Vec<String>,
}

/// [`decode_workspace`], also saying whether `raw` should be written again and which values
/// it had to reset.
pub fn decode_stored(raw: &str, ctx: &MigrateCtx) -> Result<Loaded, LoadError> {
    let (mut ws, current, reset) = read_envelope(raw, ctx)?;
    let repaired = repair_workspace(&mut ws);
    Ok(Loaded {
        ws,
        needs_write: !current || repaired,
        reset,
    })
}

/// A human-readable export file of the given maps; `exported_at_ms` is milliseconds since
/// the epoch, passed in because this module never reads the clock.
pub fn encode_export(maps: &[Map], exported_at_ms: f64) -> String {
    let file = ExportFile {
        app: APP_TAG,
        v: SCHEMA_VERSION,
        exported_at: exported_at_ms,
        data: ExportData {
            maps,
            current: maps.first().map_or("", |m| m.id.as_str()),
        },
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The maps in an export file or a storage envelope of any version up to this one, and the
/// values that could not be read and were set to their defaults (see [`Loaded::reset`]).
pub fn decode_import(raw: &str, ctx: &MigrateCtx) -> Result<(Vec<Map>, Vec<String>), LoadError> {
    let (ws, _, reset) = read_envelope(raw, ctx)?;
    let mut maps = ws.maps;
    for map in &mut maps {
        repair_map(map);
    }
    Ok((maps, reset))
}

type Migration = fn(Value, &MigrateCtx) -> Result<Value, LoadError>;

/// `MIGRATIONS[n - 1]` turns version `n` data into version `n + 1` data.
const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [migrate_v1_to_v2];

/// v1 kept one map's stakeholders (no answers, no plan); v2 keeps several maps with a plan.
pub fn migrate_v1_to_v2(data: Value, ctx: &MigrateCtx) -> Result<Value, LoadError> {
    let mut data = data;
    // Version 1 files are old enough that anything wrong in them fails the read, as it did.
    let mut reset = Vec::new();
    check(&mut data, Kind::Record(V1_DATA), "data", &mut reset)?;
    if let Some(first) = reset.into_iter().next() {
        return Err(LoadError::WrongShape(first));
    }
    let Value::Object(mut old) = data else {
        return Err(shape("data", "expected an object"));
    };
    let mut map = JsonObject::new();
    map.insert("id".into(), Value::String(ctx.map_id.clone()));
    map.insert("name".into(), Value::String(ctx.map_name.clone()));
    map.insert(
        "stakeholders".into(),
        old.remove("stakeholders")
            .unwrap_or(Value::Array(Vec::new())),
    );
    map.insert("plan".into(), Value::Array(Vec::new()));
    if let Some(next_id) = old.remove("next_id") {
        map.insert("next_id".into(), next_id);
    }
    let mut ws = JsonObject::new();
    ws.insert("maps".into(), Value::Array(vec![Value::Object(map)]));
    ws.insert("current".into(), Value::String(ctx.map_id.clone()));
    Ok(Value::Object(ws))
}

/// An envelope of this version, read straight into the workspace.
#[derive(Deserialize)]
struct Current {
    #[serde(default)]
    app: Option<String>,
    v: u64,
    data: Workspace,
}

/// The workspace in `raw`, and whether it came the fast way (this version, well formed).
fn read_envelope(raw: &str, ctx: &MigrateCtx) -> Result<(Workspace, bool, Vec<String>), LoadError> {
    // Fast path, every normal start-up: this version, well formed. Parsing straight into
    // the workspace is several times quicker than building a JSON tree first.
    if let Ok(current) = serde_json::from_str::<Current>(raw) {
        if current.v == u64::from(SCHEMA_VERSION)
            && current.app.as_deref().is_none_or(|a| a == APP_TAG)
        {
            return Ok((current.data, true, Vec::new()));
        }
    }
    // Anything else (older versions, nulls for defaults, damage) goes through the tree, which
    // migrates step by step and names the first field that is wrong.
    let value: Value = serde_json::from_str(raw).map_err(|e| LoadError::NotJson(e.to_string()))?;
    let Value::Object(mut top) = value else {
        return Err(shape(
            "top level",
            "expected an object with \"v\" and \"data\"",
        ));
    };
    if let Some(app) = top.get("app") {
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
    let mut data = top.remove("data").ok_or_else(|| shape("data", "missing"))?;
    for step in MIGRATIONS.iter().skip(version as usize - 1) {
        data = step(data, ctx)?;
    }
    let mut reset = Vec::new();
    check(&mut data, Kind::Record(WORKSPACE), "data", &mut reset)?;
    // Through text rather than `from_value`, so the workspace's decoder is compiled once.
    let ws = serde_json::from_str(&data.to_string()).map_err(|e| shape("data", &e.to_string()))?;
    Ok((ws, false, reset))
}

fn shape(path: &str, problem: &str) -> LoadError {
    LoadError::WrongShape(format!("{path}: {problem}"))
}

// The schema below mirrors the serde attributes in `domain::state` so an error can name the
// exact field; serde then does the real decoding. A field added there only needs a line
// here for a better message: without one, serde still reports the problem under `data`.

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Id,
    Byte,
    Number,
    Status,
    Answers,
    Ids,
    Record(&'static [Field]),
    List(&'static [Field]),
}

#[derive(Clone, Copy, PartialEq)]
enum Need {
    Required,
    /// Has a serde default; `null` is treated as absent.
    Default,
    /// An `Option`; `null` means `None`.
    Optional,
}

struct Field {
    name: &'static str,
    kind: Kind,
    need: Need,
}

const fn field(name: &'static str, kind: Kind, need: Need) -> Field {
    Field { name, kind, need }
}

const STAKEHOLDER: &[Field] = &[
    field("id", Kind::Id, Need::Required),
    field("name", Kind::Text, Need::Required),
    field("role", Kind::Text, Need::Default),
    field("notes", Kind::Text, Need::Default),
    field("answers", Kind::Answers, Need::Default),
];

const PLAN_ITEM: &[Field] = &[
    field("id", Kind::Id, Need::Required),
    field("title", Kind::Text, Need::Required),
    field("lever", Kind::Text, Need::Optional),
    field("stakeholders", Kind::Ids, Need::Default),
    field("owner", Kind::Text, Need::Default),
    field("due", Kind::Text, Need::Default),
    field("status", Kind::Status, Need::Default),
    field("priority", Kind::Byte, Need::Default),
];

const MAP: &[Field] = &[
    field("id", Kind::Text, Need::Required),
    field("name", Kind::Text, Need::Required),
    field("stakeholders", Kind::List(STAKEHOLDER), Need::Default),
    field("plan", Kind::List(PLAN_ITEM), Need::Default),
    field("next_id", Kind::Id, Need::Default),
    field("exported_at", Kind::Number, Need::Optional),
];

const WORKSPACE: &[Field] = &[
    field("maps", Kind::List(MAP), Need::Required),
    field("current", Kind::Text, Need::Default),
];

const V1_DATA: &[Field] = &[
    field("stakeholders", Kind::List(STAKEHOLDER), Need::Default),
    field("next_id", Kind::Id, Need::Default),
];

/// Checks `value` against `kind`, naming the first offending field; drops `null`s that
/// stand for a default so serde accepts them. A wrong value that has a default (a status, a
/// priority, a role…), a wrong id in a list of people served, or a wrong answer is not worth
/// losing everything else for: it is dropped (so it takes its default) and noted in `reset`.
/// Anything else wrong (a name, an id, a list) fails the whole read.
fn check(
    value: &mut Value,
    kind: Kind,
    path: &str,
    reset: &mut Vec<String>,
) -> Result<(), LoadError> {
    let ok = match kind {
        Kind::Text => value.is_string(),
        Kind::Number => value.is_number(),
        Kind::Id => value.as_u64().is_some_and(|n| u32::try_from(n).is_ok()),
        Kind::Byte => value.as_u64().is_some_and(|n| u8::try_from(n).is_ok()),
        Kind::Status => matches!(value.as_str(), Some("todo" | "doing" | "done")),
        Kind::Ids => {
            let Value::Array(items) = value else {
                return Err(shape(path, "expected a list"));
            };
            let mut i = 0;
            items.retain_mut(|item| {
                let kept = noted(check(item, Kind::Id, &format!("{path}[{i}]"), reset), reset);
                i += 1;
                kept
            });
            true
        }
        Kind::Answers => {
            let Value::Object(answers) = value else {
                return Err(shape(path, "expected an object"));
            };
            answers.retain(|question, option| {
                let key = serde_json::to_string(question).unwrap_or_default();
                noted(
                    check(option, Kind::Text, &format!("{path}[{key}]"), reset),
                    reset,
                )
            });
            true
        }
        Kind::List(fields) => {
            let Value::Array(items) = value else {
                return Err(shape(path, "expected a list"));
            };
            for (i, item) in items.iter_mut().enumerate() {
                check(item, Kind::Record(fields), &format!("{path}[{i}]"), reset)?;
            }
            true
        }
        Kind::Record(fields) => {
            let Value::Object(object) = value else {
                return Err(shape(path, "expected an object"));
            };
            for f in fields {
                let inner = format!("{path}.{}", f.name);
                match object.get_mut(f.name) {
                    None if f.need == Need::Required => return Err(shape(&inner, "missing")),
                    None => {}
                    Some(Value::Null) if f.need == Need::Default => {
                        object.remove(f.name);
                    }
                    Some(Value::Null) if f.need == Need::Optional => {}
                    Some(v) => {
                        let checked = check(v, f.kind, &inner, reset);
                        let scalar = !matches!(f.kind, Kind::List(_) | Kind::Record(_));
                        if f.need != Need::Required && scalar {
                            if !noted(checked, reset) {
                                object.remove(f.name);
                            }
                        } else {
                            checked?;
                        }
                    }
                }
            }
            true
        }
    };
    if ok {
        Ok(())
    } else {
        Err(shape(path, expected(kind)))
    }
}

/// `true` if `checked` passed; otherwise notes its problem in `reset`.
fn noted(checked: Result<(), LoadError>, reset: &mut Vec<String>) -> bool {
    match checked {
        Ok(()) => true,
        Err(LoadError::WrongShape(what)) => {
            reset.push(what);
            false
        }
        Err(other) => {
            reset.push(other.to_string());
            false
        }
    }
}

fn expected(kind: Kind) -> &'static str {
    match kind {
        Kind::Text => "expected a string",
        Kind::Number => "expected a number",
        Kind::Id => "expected a whole number from 0 to 4294967295",
        Kind::Byte => "expected a whole number from 0 to 255",
        Kind::Status => "expected \"todo\", \"doing\" or \"done\"",
        Kind::Ids | Kind::List(_) => "expected a list",
        Kind::Answers | Kind::Record(_) => "expected an object",
    }
}
