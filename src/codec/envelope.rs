//! The versioned JSON envelope `{"v": N, "data": …}` used for local storage and export files,
//! with step-by-step migrations from every earlier version and field-precise error messages.
//! The JSON itself is read and written by `crate::json`; the readers here hold the schema.

use std::fmt;

use super::repair::{repair_map, repair_workspace};
use crate::domain::questionnaire::Answers;
use crate::domain::state::{Map, PlanItem, Stakeholder, Status, Workspace};
use crate::json::{self, Json, Writer};

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

/// The storage form: compact `{"v":2,"data":<Workspace>}`.
pub fn encode_workspace(ws: &Workspace) -> String {
    let mut w = Writer::new(false);
    w.begin_object();
    w.uint_field("v", SCHEMA_VERSION);
    w.key("data");
    write_workspace(&mut w, &ws.maps, &ws.current);
    w.end_object();
    w.finish()
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
    let mut w = Writer::new(true);
    w.begin_object();
    w.str_field("app", APP_TAG);
    w.uint_field("v", SCHEMA_VERSION);
    w.key("exported_at");
    w.millis(exported_at_ms);
    w.key("data");
    write_workspace(&mut w, maps, maps.first().map_or("", |m| m.id.as_str()));
    w.end_object();
    w.finish()
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

type Migration = fn(Json, &MigrateCtx) -> Result<Json, LoadError>;

/// `MIGRATIONS[n - 1]` turns version `n` data into version `n + 1` data.
const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [migrate_v1_to_v2];

/// v1 kept one map's stakeholders (no answers, no plan); v2 keeps several maps with a plan.
pub fn migrate_v1_to_v2(data: Json, ctx: &MigrateCtx) -> Result<Json, LoadError> {
    let mut data = data;
    // Version 1 files are old enough that anything wrong in them fails the read, as it did.
    let mut r = Reader::default();
    let at = Path::Root("data");
    let fields = r.fields(&data, at)?;
    r.list(&fields, "stakeholders", Reader::stakeholder)?;
    r.id_or(&fields, "next_id", 1);
    if let Some(first) = r.reset.into_iter().next() {
        return Err(LoadError::WrongShape(first));
    }
    let stakeholders = data
        .remove("stakeholders")
        .filter(|s| *s != Json::Null)
        .unwrap_or(Json::Arr(Vec::new()));
    let mut map = vec![
        ("id".to_string(), Json::Str(ctx.map_id.clone())),
        ("name".to_string(), Json::Str(ctx.map_name.clone())),
        ("stakeholders".to_string(), stakeholders),
        ("plan".to_string(), Json::Arr(Vec::new())),
    ];
    if let Some(next_id) = data.remove("next_id").filter(|n| *n != Json::Null) {
        map.push(("next_id".to_string(), next_id));
    }
    Ok(Json::Obj(vec![
        ("maps".to_string(), Json::Arr(vec![Json::Obj(map)])),
        ("current".to_string(), Json::Str(ctx.map_id.clone())),
    ]))
}

/// The workspace in `raw`, and whether it is this version exactly as this build writes it
/// (nothing migrated, defaulted from `null` or reset).
fn read_envelope(raw: &str, ctx: &MigrateCtx) -> Result<(Workspace, bool, Vec<String>), LoadError> {
    let mut top = json::parse(raw).map_err(|e| LoadError::NotJson(e.to_string()))?;
    if !matches!(top, Json::Obj(_)) {
        return Err(shape(
            "top level",
            "expected an object with \"v\" and \"data\"",
        ));
    }
    if let Some(app) = top.get("app").filter(|a| **a != Json::Null) {
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
    let mut r = Reader::default();
    let ws = r.workspace(&data, Path::Root("data"))?;
    let current = version == u64::from(SCHEMA_VERSION) && !r.defaulted && r.reset.is_empty();
    Ok((ws, current, r.reset))
}

fn shape(field: &'static str, problem: &str) -> LoadError {
    wrong(Path::Root(field), problem)
}

fn write_workspace(w: &mut Writer, maps: &[Map], current: &str) {
    w.begin_object();
    w.array_field("maps", maps, write_map);
    w.str_field("current", current);
    w.end_object();
}

fn write_map(w: &mut Writer, map: &Map) {
    w.begin_object();
    w.str_field("id", &map.id);
    w.str_field("name", &map.name);
    w.array_field("stakeholders", &map.stakeholders, write_stakeholder);
    w.array_field("plan", &map.plan, write_plan_item);
    w.uint_field("next_id", map.next_id);
    if let Some(ms) = map.exported_at {
        w.key("exported_at");
        w.millis(ms);
    }
    w.end_object();
}

fn write_stakeholder(w: &mut Writer, s: &Stakeholder) {
    w.begin_object();
    w.uint_field("id", s.id);
    w.str_field("name", &s.name);
    w.str_field("role", &s.role);
    w.str_field("notes", &s.notes);
    w.key("answers");
    w.begin_object();
    for (question, option) in &s.answers {
        w.str_field(question, option);
    }
    w.end_object();
    w.end_object();
}

fn write_plan_item(w: &mut Writer, item: &PlanItem) {
    w.begin_object();
    w.uint_field("id", item.id);
    w.str_field("title", &item.title);
    if let Some(lever) = &item.lever {
        w.str_field("lever", lever);
    }
    w.array_field("stakeholders", &item.stakeholders, |w, id| {
        w.uint((*id).into())
    });
    w.str_field("owner", &item.owner);
    w.str_field("due", &item.due);
    w.str_field("status", item.status.id());
    w.uint_field("priority", item.priority);
    w.end_object();
}

/// Where a value sits in the document, turned into text (`data.maps[2].name`) only when
/// something there is wrong.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root(&'static str),
    Field(&'a Path<'a>, &'static str),
    Index(&'a Path<'a>, usize),
    Key(&'a Path<'a>, &'a str),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root(name) => f.write_str(name),
            Path::Field(parent, name) => write!(f, "{parent}.{name}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
            Path::Key(parent, key) => write!(f, "{parent}[{}]", json::quote(key)),
        }
    }
}

fn wrong(at: Path, problem: &str) -> LoadError {
    LoadError::WrongShape(format!("{at}: {problem}"))
}

const TEXT: &str = "expected a string";
const NUMBER: &str = "expected a number";
const ID: &str = "expected a whole number from 0 to 4294967295";
const BYTE: &str = "expected a whole number from 0 to 255";
const STATUS: &str = "expected \"todo\", \"doing\" or \"done\"";
const LIST: &str = "expected a list";
const OBJECT: &str = "expected an object";

/// The members of an object being read into a struct.
struct Fields<'a> {
    json: &'a Json,
    at: Path<'a>,
}

impl<'a> Fields<'a> {
    fn at(&'a self, name: &'static str) -> Path<'a> {
        Path::Field(&self.at, name)
    }
}

/// Reads the stored types from JSON with three kinds of field: required (missing or wrong
/// fails the whole read), with a default (missing or `null` takes it; a wrong value takes
/// it too and is noted in `reset`, not worth losing everything else for) and optional
/// (`null` is `None`, a wrong value is noted). A wrong list of records fails the read; a
/// wrong id in a list of people served or a wrong answer is dropped and noted.
#[derive(Default)]
struct Reader {
    reset: Vec<String>,
    /// A `null` stood for a default: the text is not as this build writes it.
    defaulted: bool,
}

impl Reader {
    fn fields<'a>(&mut self, json: &'a Json, at: Path<'a>) -> Result<Fields<'a>, LoadError> {
        match json {
            Json::Obj(_) => Ok(Fields { json, at }),
            _ => Err(wrong(at, OBJECT)),
        }
    }

    fn note(&mut self, at: Path, problem: &str) {
        self.reset.push(format!("{at}: {problem}"));
    }

    /// The value of a field with a default, `None` when missing or `null`.
    fn present<'a>(&mut self, f: &Fields<'a>, name: &str) -> Option<&'a Json> {
        match f.json.get(name) {
            Some(Json::Null) => {
                self.defaulted = true;
                None
            }
            other => other,
        }
    }

    fn required<'a, T>(
        &mut self,
        f: &'a Fields<'a>,
        name: &'static str,
        read: impl Fn(&Json) -> Option<T>,
        problem: &str,
    ) -> Result<T, LoadError> {
        let at = f.at(name);
        let value = f.json.get(name).ok_or_else(|| wrong(at, "missing"))?;
        read(value).ok_or_else(|| wrong(at, problem))
    }

    fn or_default<T>(
        &mut self,
        f: &Fields,
        name: &'static str,
        read: impl Fn(&Json) -> Option<T>,
        problem: &str,
        default: T,
    ) -> T {
        let Some(value) = self.present(f, name) else {
            return default;
        };
        read(value).unwrap_or_else(|| {
            self.note(f.at(name), problem);
            default
        })
    }

    fn optional<T>(
        &mut self,
        f: &Fields,
        name: &'static str,
        read: impl Fn(&Json) -> Option<T>,
        problem: &str,
    ) -> Option<T> {
        match f.json.get(name) {
            None | Some(Json::Null) => None,
            Some(value) => {
                let read = read(value);
                if read.is_none() {
                    self.note(f.at(name), problem);
                }
                read
            }
        }
    }

    fn text_or_empty(&mut self, f: &Fields, name: &'static str) -> String {
        self.or_default(f, name, text, TEXT, String::new())
    }

    fn id_or(&mut self, f: &Fields, name: &'static str, default: u32) -> u32 {
        self.or_default(f, name, id, ID, default)
    }

    /// A list of records, each read by `read`; missing or `null` is empty.
    fn list<T>(
        &mut self,
        f: &Fields,
        name: &'static str,
        read: impl Fn(&mut Reader, &Json, Path) -> Result<T, LoadError>,
    ) -> Result<Vec<T>, LoadError> {
        let Some(value) = self.present(f, name) else {
            return Ok(Vec::new());
        };
        let at = f.at(name);
        let items = value.as_array().ok_or_else(|| wrong(at, LIST))?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            out.push(read(self, item, Path::Index(&at, i))?);
        }
        Ok(out)
    }

    fn workspace(&mut self, json: &Json, at: Path) -> Result<Workspace, LoadError> {
        let f = self.fields(json, at)?;
        let at_maps = f.at("maps");
        let maps = f
            .json
            .get("maps")
            .ok_or_else(|| wrong(at_maps, "missing"))?;
        let items = maps.as_array().ok_or_else(|| wrong(at_maps, LIST))?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            out.push(self.map(item, Path::Index(&at_maps, i))?);
        }
        Ok(Workspace {
            maps: out,
            current: self.text_or_empty(&f, "current"),
        })
    }

    fn map(&mut self, json: &Json, at: Path) -> Result<Map, LoadError> {
        let f = self.fields(json, at)?;
        Ok(Map {
            id: self.required(&f, "id", text, TEXT)?,
            name: self.required(&f, "name", text, TEXT)?,
            stakeholders: self.list(&f, "stakeholders", Reader::stakeholder)?,
            plan: self.list(&f, "plan", Reader::plan_item)?,
            next_id: self.id_or(&f, "next_id", 1),
            exported_at: self.optional(&f, "exported_at", Json::as_f64, NUMBER),
        })
    }

    fn stakeholder(&mut self, json: &Json, at: Path) -> Result<Stakeholder, LoadError> {
        let f = self.fields(json, at)?;
        Ok(Stakeholder {
            id: self.required(&f, "id", id, ID)?,
            name: self.required(&f, "name", text, TEXT)?,
            role: self.text_or_empty(&f, "role"),
            notes: self.text_or_empty(&f, "notes"),
            answers: self.answers(&f),
        })
    }

    /// Question id → option id; an entry that is not text is dropped and noted.
    fn answers(&mut self, f: &Fields) -> Answers {
        let mut answers = Answers::new();
        let Some(value) = self.present(f, "answers") else {
            return answers;
        };
        let at = f.at("answers");
        let Some(members) = value.as_object() else {
            self.note(at, OBJECT);
            return answers;
        };
        for (question, option) in members {
            match option.as_str() {
                Some(option) => {
                    answers.insert(question.clone(), option.to_string());
                }
                None => self.note(Path::Key(&at, question), TEXT),
            }
        }
        answers
    }

    fn plan_item(&mut self, json: &Json, at: Path) -> Result<PlanItem, LoadError> {
        let f = self.fields(json, at)?;
        Ok(PlanItem {
            id: self.required(&f, "id", id, ID)?,
            title: self.required(&f, "title", text, TEXT)?,
            lever: self.optional(&f, "lever", text, TEXT),
            stakeholders: self.ids(&f, "stakeholders"),
            owner: self.text_or_empty(&f, "owner"),
            due: self.text_or_empty(&f, "due"),
            status: self.or_default(&f, "status", status, STATUS, Status::Todo),
            priority: self.or_default(&f, "priority", byte, BYTE, 0),
        })
    }

    /// Stakeholder ids; one that is not an id is dropped and noted.
    fn ids(&mut self, f: &Fields, name: &'static str) -> Vec<u32> {
        let Some(value) = self.present(f, name) else {
            return Vec::new();
        };
        let at = f.at(name);
        let Some(items) = value.as_array() else {
            self.note(at, LIST);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match id(item) {
                Some(n) => out.push(n),
                None => self.note(Path::Index(&at, i), ID),
            }
        }
        out
    }
}

fn text(json: &Json) -> Option<String> {
    json.as_str().map(str::to_string)
}

fn id(json: &Json) -> Option<u32> {
    json.as_u64().and_then(|n| u32::try_from(n).ok())
}

fn byte(json: &Json) -> Option<u8> {
    json.as_u64().and_then(|n| u8::try_from(n).ok())
}

fn status(json: &Json) -> Option<Status> {
    json.as_str().and_then(Status::from_id)
}
