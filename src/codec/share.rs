//! Share links: a whole map packed into the URL fragment, compact, compressed and checked,
//! and decoded without ever panicking on whatever text someone pastes.
//!
//! Payload (the UI puts it after `#s=`):
//!
//! ```text
//! 1.<base64url, no padding, of zlib (deflate) of the binary below>
//! ```
//!
//! The leading `1.` is the format version; zlib's adler32 trailer is the integrity check.
//! This module builds and reads the binary and the payload around the zlib stream; the
//! compression itself is the browser's (`CompressionStream("deflate")`, see `crate::web::compression`),
//! so the app ships no deflate code. Native builds (tests, tools) compress with miniz_oxide
//! in [`encode_share`] and [`decode_share`], which produce the same format.
//! The binary is a sequence of LEB128 unsigned varints ("uint") and strings (uint byte
//! length, then UTF-8), laid out column by column because similar values next to each other
//! compress better:
//!
//! ```text
//! flags uint            bit 0: notes and plan included; bit 1: their replies included
//! map id, map name      str, str
//! next_id               uint
//! Q                     uint  number of questions in the encoder's questionnaire
//! N                     uint  stakeholders
//! ids                   N × uint  zigzag(id − previous id), the first against 0
//! names                 N × str
//! roles                 uint R, R × str (distinct roles, first use first), N × uint index
//! notes                 N × str                         (only with bit 0)
//! answers               N × Q × uint  0 unanswered, 1 "don't know", k + 2 option k
//! other answers         N × (uint count, count × (str question, str option))
//! plan                  uint count, then per item:      (only with bit 0)
//!                       id uint, title str, lever (0 | 1 str), owner str, due str,
//!                       status uint (0 todo, 1 doing, 2 done), priority uint,
//!                       stakeholder ids (uint count, count × uint)
//! replies               what stakeholders said about themselves (only with bit 1; see
//!                       `share_heard` for its layout and what it leaves out)
//! ```
//!
//! Answers are stored as positions in `questionnaire::all()`, which is append-only, so a
//! link keeps its meaning as questions are added. Answers the questionnaire does not know
//! (retired options, hand-edited data) travel as literal strings, so every map round-trips.
//! `exported_at` is not shared: the recipient has not backed the map up yet.

use std::fmt;

use super::binary::{base64url, from_base64url, unzigzag, zigzag, Reader, Writer};
use super::repair::repair_map;
use super::share_heard::{read_heard, write_heard, Heard};
use crate::domain::plan::{PlanItem, Status};
use crate::domain::questionnaire::{self, Answers, DONT_KNOW};
use crate::domain::workspace::{Map, Stakeholder};

/// The format version written before the dot.
pub const SHARE_VERSION: u32 = 1;

/// Longest payload accepted; far above any real map (200 answered stakeholders take under 5,000).
pub const MAX_PAYLOAD_CHARS: usize = 300_000;

/// Largest decompressed size accepted, so a tiny link cannot expand into gigabytes.
pub const MAX_INFLATED_BYTES: usize = 2 * 1024 * 1024;

const FLAG_NOTES_AND_PLAN: u64 = 1;
const FLAG_REPLIES: u64 = 2;

/// What goes into a link besides names, roles and answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShareOptions {
    /// Notes and the plan may be private or long; the sharer chooses.
    pub include_notes_and_plan: bool,
    /// What stakeholders answered about themselves: off unless the sharer chooses, and then
    /// only person replies and group tallies that may be shown.
    pub include_replies: bool,
}

impl Default for ShareOptions {
    fn default() -> Self {
        ShareOptions {
            include_notes_and_plan: true,
            include_replies: false,
        }
    }
}

/// Why a payload could not be opened. The UI shows its own localised text for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    /// Made by a newer build: a newer format, or answers to questions this build lacks.
    FutureVersion(u32),
    /// Not an Órbita share payload at all.
    UnknownFormat,
    /// Cut short, usually by copying only part of the link.
    Truncated,
    /// Checksum or structure mismatch: the text was altered.
    Damaged,
    TooLarge,
    /// The browser cannot decompress (it predates `DecompressionStream`).
    Unsupported,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => f.write_str("the link holds no map"),
            ShareError::FutureVersion(v) => write!(
                f,
                "the link was made by a newer version of Órbita (format {v})"
            ),
            ShareError::UnknownFormat => f.write_str("this is not an Órbita share link"),
            ShareError::Truncated => f.write_str("the link is incomplete; copy all of it"),
            ShareError::Damaged => f.write_str("the link is damaged"),
            ShareError::TooLarge => f.write_str("the link is too large to open"),
            ShareError::Unsupported => f.write_str("this browser cannot open share links"),
        }
    }
}

impl std::error::Error for ShareError {}

/// The uncompressed binary of `map` (see the module docs); [`payload`] wraps its zlib stream.
pub fn pack(map: &Map, opts: ShareOptions) -> Vec<u8> {
    write_map(map, opts)
}

/// The fragment payload, without the `#s=` key, for the zlib stream of a [`pack`]ed map.
pub fn payload(zlib: &[u8]) -> String {
    format!("{SHARE_VERSION}.{}", base64url(zlib))
}

/// The zlib stream in a payload made by [`payload`], after the checks that need no
/// decompression: size, version and base64.
pub fn unwrap_payload(payload: &str) -> Result<Vec<u8>, ShareError> {
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLarge);
    }
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    let body = match payload.split_once('.') {
        Some((marker, body)) => {
            check_version(marker)?;
            body
        }
        // A bare version number is a link cut right after it.
        None if payload.bytes().all(|b| b.is_ascii_digit()) => return Err(ShareError::Truncated),
        None => return Err(ShareError::UnknownFormat),
    };
    let zlib = from_base64url(body)?;
    // Two bytes of zlib header and four of checksum, at the least: anything shorter was cut.
    if zlib.len() < 6 {
        return Err(ShareError::Truncated);
    }
    Ok(zlib)
}

/// The map in a decompressed binary. It comes back repaired (unique ids), as with any other
/// untrusted input.
pub fn unpack(binary: &[u8]) -> Result<Map, ShareError> {
    let mut map = read_map(binary)?;
    repair_map(&mut map);
    Ok(map)
}

/// The fragment payload for `map`, compressed natively (the app compresses in the browser).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_share(map: &Map, opts: ShareOptions) -> String {
    payload(&miniz_oxide::deflate::compress_to_vec_zlib(
        &pack(map, opts),
        10,
    ))
}

/// Reads a payload made by [`encode_share`] or by the app, decompressing natively.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_share(payload: &str) -> Result<Map, ShareError> {
    use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};
    let zlib = unwrap_payload(payload)?;
    let binary =
        decompress_to_vec_zlib_with_limit(&zlib, MAX_INFLATED_BYTES).map_err(|e| {
            match e.status {
                TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                    ShareError::Truncated
                }
                TINFLStatus::HasMoreOutput => ShareError::TooLarge,
                _ => ShareError::Damaged,
            }
        })?;
    unpack(&binary)
}

fn check_version(marker: &str) -> Result<(), ShareError> {
    if marker.is_empty() || !marker.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::UnknownFormat);
    }
    let digits = marker.trim_start_matches('0');
    // Only digits remain, so a failed parse means a number too big for u32.
    let version = if digits.is_empty() {
        0
    } else {
        digits.parse::<u32>().unwrap_or(u32::MAX)
    };
    match version {
        SHARE_VERSION => Ok(()),
        0 => Err(ShareError::UnknownFormat),
        v => Err(ShareError::FutureVersion(v)),
    }
}

fn write_map(map: &Map, opts: ShareOptions) -> Vec<u8> {
    let questions = questionnaire::all();
    let full = opts.include_notes_and_plan;
    let mut w = Writer::default();
    let heard = opts.include_replies;
    w.uint(if full { FLAG_NOTES_AND_PLAN } else { 0 } | if heard { FLAG_REPLIES } else { 0 });
    w.str(&map.id);
    w.str(&map.name);
    w.uint(map.next_id.into());
    w.uint(questions.len() as u64);
    w.uint(map.stakeholders.len() as u64);

    let mut previous = 0u32;
    for s in &map.stakeholders {
        w.uint(zigzag(i64::from(s.id) - i64::from(previous)));
        previous = s.id;
    }
    for s in &map.stakeholders {
        w.str(&s.name);
    }
    // Roles repeat ("Cliente", "Cajera"), so each is written once and then referred to.
    let mut roles: Vec<&str> = Vec::new();
    let role_index: Vec<usize> = map
        .stakeholders
        .iter()
        .map(|s| {
            roles.iter().position(|r| *r == s.role).unwrap_or_else(|| {
                roles.push(&s.role);
                roles.len() - 1
            })
        })
        .collect();
    w.uint(roles.len() as u64);
    for role in &roles {
        w.str(role);
    }
    for i in role_index {
        w.uint(i as u64);
    }
    if full {
        for s in &map.stakeholders {
            w.str(&s.notes);
        }
    }

    let split: Vec<SplitAnswers> = map
        .stakeholders
        .iter()
        .map(|s| split_answers(&s.answers))
        .collect();
    for answers in &split {
        for &code in &answers.codes {
            w.uint(code);
        }
    }
    for answers in &split {
        w.uint(answers.literal.len() as u64);
        for (question, option) in &answers.literal {
            w.str(question);
            w.str(option);
        }
    }

    if full {
        w.uint(map.plan.len() as u64);
        for item in &map.plan {
            write_plan_item(&mut w, item);
        }
    }
    if heard {
        write_heard(&mut w, map);
    }
    w.buf
}

/// One stakeholder's answers as the link stores them.
struct SplitAnswers<'a> {
    /// One code per question of `questionnaire::all()`.
    codes: Vec<u64>,
    /// Whatever the questionnaire does not know, verbatim.
    literal: Vec<(&'a str, &'a str)>,
}

fn split_answers(answers: &Answers) -> SplitAnswers<'_> {
    let questions = questionnaire::all();
    let mut split = SplitAnswers {
        codes: vec![0; questions.len()],
        literal: Vec::new(),
    };
    for (question, option) in answers {
        let code = questions
            .iter()
            .position(|q| q.id == question)
            .and_then(|qi| Some((qi, option_code(qi, option)?)));
        match code {
            Some((qi, code)) => split.codes[qi] = code,
            None => split.literal.push((question.as_str(), option.as_str())),
        }
    }
    split
}

pub(crate) fn option_code(question_index: usize, option: &str) -> Option<u64> {
    if option == DONT_KNOW {
        return Some(1);
    }
    let options = questionnaire::all().get(question_index)?.options;
    let k = options.iter().position(|o| o.id == option)?;
    Some(k as u64 + 2)
}

fn write_plan_item(w: &mut Writer, item: &PlanItem) {
    w.uint(item.id.into());
    w.str(&item.title);
    match &item.lever {
        None => w.uint(0),
        Some(lever) => {
            w.uint(1);
            w.str(lever);
        }
    }
    w.str(&item.owner);
    w.str(&item.due);
    w.uint(match item.status {
        Status::Todo => 0,
        Status::Doing => 1,
        Status::Done => 2,
    });
    w.uint(item.priority.into());
    w.uint(item.stakeholders.len() as u64);
    for &id in &item.stakeholders {
        w.uint(id.into());
    }
}

fn read_map(binary: &[u8]) -> Result<Map, ShareError> {
    let mut r = Reader::new(binary);
    let flags = r.uint()?;
    if flags & !(FLAG_NOTES_AND_PLAN | FLAG_REPLIES) != 0 {
        return Err(ShareError::Damaged);
    }
    let full = flags & FLAG_NOTES_AND_PLAN != 0;
    let id = r.str()?;
    let name = r.str()?;
    let next_id = r.u32()?;
    // Every stakeholder takes at least Q bytes of answer codes, so Q and N are checked
    // against the bytes left before anything is allocated.
    let question_count = usize::try_from(r.uint()?).map_err(|_| ShareError::Damaged)?;
    let n = r.count(1)?;
    if question_count.saturating_mul(n) > r.remaining() {
        return Err(ShareError::Truncated);
    }

    let mut ids = Vec::with_capacity(n);
    let mut previous = 0i64;
    for _ in 0..n {
        let id = previous
            .checked_add(unzigzag(r.uint()?))
            .ok_or(ShareError::Damaged)?;
        ids.push(u32::try_from(id).map_err(|_| ShareError::Damaged)?);
        previous = id;
    }
    let names = r.strs(n)?;
    let role_count = r.count(1)?;
    let distinct_roles = r.strs(role_count)?;
    let roles = (0..n)
        .map(|_| {
            let i = usize::try_from(r.uint()?).map_err(|_| ShareError::Damaged)?;
            distinct_roles.get(i).cloned().ok_or(ShareError::Damaged)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let notes = if full {
        r.strs(n)?
    } else {
        vec![String::new(); n]
    };

    let mut answers = vec![Answers::new(); n];
    for stakeholder_answers in &mut answers {
        for qi in 0..question_count {
            let code = r.uint()?;
            if code != 0 {
                let (question, option) = known_answer(qi, code)?;
                stakeholder_answers.insert(question.to_string(), option.to_string());
            }
        }
    }
    for stakeholder_answers in &mut answers {
        let count = r.count(2)?;
        for _ in 0..count {
            let question = r.str()?;
            let option = r.str()?;
            stakeholder_answers.insert(question, option);
        }
    }

    let plan = if full {
        let count = r.count(PLAN_ITEM_MIN_BYTES)?;
        let mut plan = Vec::with_capacity(count);
        for _ in 0..count {
            plan.push(read_plan_item(&mut r)?);
        }
        plan
    } else {
        Vec::new()
    };
    let heard = if flags & FLAG_REPLIES != 0 {
        read_heard(&mut r)?
    } else {
        Heard::default()
    };
    if r.remaining() != 0 {
        return Err(ShareError::Damaged);
    }

    let stakeholders = ids
        .into_iter()
        .zip(names)
        .zip(roles)
        .zip(notes)
        .zip(answers)
        .map(|((((id, name), role), notes), answers)| Stakeholder {
            id,
            name,
            role,
            notes,
            answers,
        })
        .collect();
    Ok(Map {
        stakeholders,
        plan,
        next_id,
        invites: heard.invites,
        replies: heard.replies,
        tallies: heard.tallies,
        ..Map::new(id, name)
    })
}

/// The question and option a code names. A code beyond this build's questionnaire came
/// from a newer build, which only ever appends questions and options.
pub(crate) fn known_answer(
    question_index: usize,
    code: u64,
) -> Result<(&'static str, &'static str), ShareError> {
    let newer = ShareError::FutureVersion(SHARE_VERSION);
    let question = questionnaire::all().get(question_index).ok_or(newer)?;
    if code == 1 {
        return Ok((question.id, DONT_KNOW));
    }
    let k = usize::try_from(code - 2).map_err(|_| newer)?;
    let option = question.options.get(k).ok_or(newer)?;
    Ok((question.id, option.id))
}

/// id, title, lever tag, owner, due, status, priority, stakeholder count.
const PLAN_ITEM_MIN_BYTES: usize = 8;

fn read_plan_item(r: &mut Reader) -> Result<PlanItem, ShareError> {
    let id = r.u32()?;
    let title = r.str()?;
    let lever = match r.uint()? {
        0 => None,
        1 => Some(r.str()?),
        _ => return Err(ShareError::Damaged),
    };
    let owner = r.str()?;
    let due = r.str()?;
    let status = match r.uint()? {
        0 => Status::Todo,
        1 => Status::Doing,
        2 => Status::Done,
        _ => return Err(ShareError::Damaged),
    };
    let priority = u8::try_from(r.uint()?).map_err(|_| ShareError::Damaged)?;
    let count = r.count(1)?;
    let mut stakeholders = Vec::with_capacity(count);
    for _ in 0..count {
        stakeholders.push(r.u32()?);
    }
    Ok(PlanItem {
        id,
        title,
        lever,
        stakeholders,
        owner,
        due,
        status,
        priority,
    })
}
