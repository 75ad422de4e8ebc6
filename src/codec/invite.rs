//! Invite and reply links: what an invite carries to the person asked (`#i=`), and what their
//! answers carry back to the owner (`#r=`). Both are a small binary (the share link's varints
//! and strings, [`super::binary`]) in base64url, read without ever panicking and within fixed
//! bounds, whatever text someone pastes. The full description, with examples and sizes, is in
//! `docs/invite-format.md`.
//!
//! ```text
//! invite: version uint (1) · flags uint (bit 0: group) · invite id str · questionnaire uint
//!         · questions uint · key (uint length 16–64, bytes) · business str · address str
//!         · language uint (0 es, 1 en)
//! reply:  version uint (1) · invite id str · reply id str · questionnaire uint
//!         · questions uint · N uint (≤ 64) · N × (question index uint, option code uint)
//!         · tag (16 bytes: HMAC-SHA256 of everything before it, with the invite's key)
//! ```
//!
//! Option codes are the share link's: 1 "don't know", k + 2 option k of the question, by
//! position in the append-only `questionnaire::all()`. A reply from a build that knows more
//! questions or options than this one keeps what this build cannot read as "unread" answers,
//! with the payload itself, so a newer build can read them later.

use std::collections::BTreeSet;
use std::fmt;

use super::binary::{base64url, from_base64url, Reader, Writer};
use super::share::{known_answer, option_code, ShareError};
use crate::domain::invites::{tag, Reply, Signed, TAG_BYTES};
use crate::domain::questionnaire::{self, Answers, QUESTIONNAIRE_VERSION};
use crate::domain::Lang;

/// The format version both links start with.
pub const LINK_VERSION: u64 = 1;
/// Longest invite payload read (a business name and an address at their longest take ~700).
pub const MAX_INVITE_CHARS: usize = 1_200;
/// Longest reply payload read (64 answers take under 400).
pub const MAX_REPLY_CHARS: usize = 600;
/// Most answers a reply carries: more than any questionnaire path asks.
pub const MAX_ANSWERS: usize = 64;
/// Longest business name or address an invite carries, in bytes.
pub const MAX_TEXT_BYTES: usize = 240;
/// Longest invite or reply id, in bytes.
pub const MAX_ID_BYTES: usize = 40;
const KEY_MIN: usize = 16;
const KEY_MAX: usize = 64;
const FLAG_GROUP: u64 = 1;

/// Why a link could not be read. The UI shows its own localised text for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    /// Made by a newer Órbita, in a format this one cannot read.
    FutureVersion,
    /// Cut short, usually by copying only part of the link.
    Truncated,
    /// Not a link this build could have made: altered, or something else entirely.
    Damaged,
    TooLarge,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LinkError::Empty => "the link holds nothing",
            LinkError::FutureVersion => "the link was made by a newer version of Órbita",
            LinkError::Truncated => "the link is incomplete; copy all of it",
            LinkError::Damaged => "the link is damaged",
            LinkError::TooLarge => "the link is too long",
        })
    }
}

impl std::error::Error for LinkError {}

impl From<ShareError> for LinkError {
    fn from(e: ShareError) -> Self {
        match e {
            ShareError::Truncated => LinkError::Truncated,
            ShareError::TooLarge => LinkError::TooLarge,
            ShareError::Empty => LinkError::Empty,
            ShareError::FutureVersion(_) => LinkError::FutureVersion,
            _ => LinkError::Damaged,
        }
    }
}

/// What an invite link carries: nothing of the map but what the owner chose to show.
#[derive(Clone, Debug, PartialEq)]
pub struct InviteLink {
    pub invite: String,
    pub group: bool,
    /// The inviter's questionnaire version and question count.
    pub questionnaire: u32,
    pub questions: u32,
    pub key: Vec<u8>,
    /// The business name to show; empty when the owner left it out.
    pub business: String,
    /// How the respondent is addressed; empty for a plain "you".
    pub address: String,
    pub lang: Lang,
}

/// A reply link read back: the reply, and what its tag covers, for the owner's check.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplyLink {
    /// The reply, with `payload` set when some answers could not be read, and no
    /// `received_at` yet.
    pub reply: Reply,
    /// The answerer's question count: above this build's, the reply came from a newer one.
    pub questions: u32,
    pub signed: Signed,
}

/// The invite link's payload (after `#i=`).
pub fn encode_invite(link: &InviteLink) -> String {
    let mut w = Writer::default();
    w.uint(LINK_VERSION);
    w.uint(if link.group { FLAG_GROUP } else { 0 });
    w.str(&link.invite);
    w.uint(link.questionnaire.into());
    w.uint(link.questions.into());
    w.uint(link.key.len() as u64);
    w.buf.extend_from_slice(&link.key);
    w.str(clip(&link.business));
    w.str(clip(&link.address));
    w.uint(match link.lang {
        Lang::Es => 0,
        Lang::En => 1,
    });
    base64url(&w.buf)
}

/// Reads an invite payload.
pub fn decode_invite(payload: &str) -> Result<InviteLink, LinkError> {
    let bytes = unwrap(payload, MAX_INVITE_CHARS)?;
    let mut r = Reader::new(&bytes);
    version(&mut r)?;
    let flags = r.uint()?;
    if flags & !FLAG_GROUP != 0 {
        return Err(LinkError::Damaged);
    }
    let invite = id(&mut r)?;
    let questionnaire = r.u32()?;
    let questions = r.u32()?;
    let key_len = r.count(1)?;
    if !(KEY_MIN..=KEY_MAX).contains(&key_len) {
        return Err(LinkError::Damaged);
    }
    let key = (0..key_len).map(|_| r.byte()).collect::<Result<_, _>>()?;
    let business = text(&mut r)?;
    let address = text(&mut r)?;
    let lang = match r.uint()? {
        0 => Lang::Es,
        1 => Lang::En,
        _ => return Err(LinkError::Damaged),
    };
    end(&r)?;
    Ok(InviteLink {
        invite,
        group: flags & FLAG_GROUP != 0,
        questionnaire,
        questions,
        key,
        business,
        address,
        lang,
    })
}

/// The reply link's payload (after `#r=`) for `answers` to the invite, signed with its key.
/// Answers this build's questionnaire does not know are left out (it never asks them).
pub fn encode_reply(invite: &InviteLink, reply_id: &str, answers: &Answers) -> String {
    let questions = questionnaire::all();
    let coded: Vec<(usize, u64)> = questions
        .iter()
        .enumerate()
        .filter_map(|(qi, q)| Some((qi, option_code(qi, answers.get(q.id)?)?)))
        .take(MAX_ANSWERS)
        .collect();
    let mut w = Writer::default();
    w.uint(LINK_VERSION);
    w.str(&invite.invite);
    w.str(reply_id);
    w.uint(QUESTIONNAIRE_VERSION.into());
    w.uint(questions.len() as u64);
    w.uint(coded.len() as u64);
    for (qi, code) in coded {
        w.uint(qi as u64);
        w.uint(code);
    }
    let t = tag(&invite.key, &w.buf);
    w.buf.extend_from_slice(&t);
    base64url(&w.buf)
}

/// Reads a reply payload. Its tag is not checked here: only the owner's copy of the invite
/// holds the key (`domain::invites::fit`).
pub fn decode_reply(payload: &str) -> Result<ReplyLink, LinkError> {
    let bytes = unwrap(payload, MAX_REPLY_CHARS)?;
    let body_len = bytes
        .len()
        .checked_sub(TAG_BYTES)
        .ok_or(LinkError::Truncated)?;
    let (body, tag) = bytes.split_at(body_len);
    let mut r = Reader::new(body);
    version(&mut r)?;
    let invite = id(&mut r)?;
    let reply_id = id(&mut r)?;
    let questionnaire = r.u32()?;
    let questions = r.u32()?;
    let n = r.count(2)?;
    if n > MAX_ANSWERS {
        return Err(LinkError::Damaged);
    }
    let mut answers = Answers::new();
    let mut seen = BTreeSet::new();
    let mut unread = 0;
    for _ in 0..n {
        let qi = usize::try_from(r.uint()?).map_err(|_| LinkError::Damaged)?;
        let code = r.uint()?;
        if code == 0 || !seen.insert(qi) {
            return Err(LinkError::Damaged);
        }
        match known_answer(qi, code) {
            Ok((q, o)) => {
                answers.insert(q.to_string(), o.to_string());
            }
            // Only a build that knows more questions or options can have written it.
            Err(_) if newer(questionnaire, questions) => unread += 1,
            Err(_) => return Err(LinkError::Damaged),
        }
    }
    end(&r)?;
    let payload = if unread > 0 {
        payload.trim().to_string()
    } else {
        String::new()
    };
    Ok(ReplyLink {
        reply: Reply {
            id: reply_id,
            invite,
            answers,
            questionnaire,
            unread,
            payload,
            received_at: 0.0,
        },
        questions,
        signed: Signed {
            bytes: body.to_vec(),
            tag: tag.to_vec(),
        },
    })
}

/// Whether a questionnaire version and question count are beyond this build's.
pub fn newer(questionnaire: u32, questions: u32) -> bool {
    questionnaire > QUESTIONNAIRE_VERSION || questions as usize > questionnaire::all().len()
}

fn unwrap(payload: &str, max: usize) -> Result<Vec<u8>, LinkError> {
    if payload.len() > max {
        return Err(LinkError::TooLarge);
    }
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    Ok(from_base64url(payload)?)
}

fn version(r: &mut Reader) -> Result<(), LinkError> {
    match r.uint()? {
        LINK_VERSION => Ok(()),
        0 => Err(LinkError::Damaged),
        _ => Err(LinkError::FutureVersion),
    }
}

fn id(r: &mut Reader) -> Result<String, LinkError> {
    let id = r.str()?;
    let fine = !id.is_empty()
        && id.len() <= MAX_ID_BYTES
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if fine {
        Ok(id)
    } else {
        Err(LinkError::Damaged)
    }
}

fn text(r: &mut Reader) -> Result<String, LinkError> {
    let t = r.str()?;
    if t.len() > MAX_TEXT_BYTES {
        return Err(LinkError::Damaged);
    }
    Ok(t)
}

fn end(r: &Reader) -> Result<(), LinkError> {
    if r.remaining() == 0 {
        Ok(())
    } else {
        Err(LinkError::Damaged)
    }
}

/// `text` cut to [`MAX_TEXT_BYTES`] on a character boundary.
fn clip(text: &str) -> &str {
    let mut end = text.len().min(MAX_TEXT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::invites::{verify, KEY_BYTES};

    fn invite() -> InviteLink {
        InviteLink {
            invite: "iAbC-12_x".into(),
            group: false,
            questionnaire: QUESTIONNAIRE_VERSION,
            questions: questionnaire::all().len() as u32,
            key: (0..KEY_BYTES as u8).collect(),
            business: "Panadería «La Espiga»".into(),
            address: "Marta".into(),
            lang: Lang::Es,
        }
    }

    #[test]
    fn an_invite_round_trips_and_long_texts_are_clipped_on_a_character() {
        let link = invite();
        assert_eq!(decode_invite(&encode_invite(&link)), Ok(link.clone()));
        let long = InviteLink {
            business: "ñ".repeat(500),
            group: true,
            lang: Lang::En,
            ..link
        };
        let back = decode_invite(&encode_invite(&long)).unwrap();
        assert_eq!(back.business, "ñ".repeat(MAX_TEXT_BYTES / 2));
        assert!(back.group);
        assert_eq!(back.lang, Lang::En);
    }

    #[test]
    fn a_reply_round_trips_with_a_tag_the_key_verifies() {
        let link = invite();
        let answers = questionnaire::answers_from(&[
            ("pays", "pays.we_pay"),
            ("recommend", "dk"),
            ("no.such", "x"),
        ]);
        let back = decode_reply(&encode_reply(&link, "r1", &answers)).unwrap();
        assert_eq!(back.reply.invite, link.invite);
        assert_eq!(back.reply.id, "r1");
        assert_eq!(
            back.reply.answers,
            questionnaire::answers_from(&[("pays", "pays.we_pay"), ("recommend", "dk")])
        );
        assert_eq!(back.reply.unread, 0);
        assert!(back.reply.payload.is_empty());
        assert!(verify(&link.key, &back.signed));
        assert!(!verify(&[7; KEY_BYTES], &back.signed));
    }

    #[test]
    fn a_reply_from_a_newer_questionnaire_keeps_what_it_cannot_read() {
        let q = questionnaire::all().len() as u64;
        let mut w = Writer::default();
        w.uint(LINK_VERSION);
        w.str("inv");
        w.str("rep");
        w.uint(u64::from(QUESTIONNAIRE_VERSION));
        w.uint(q + 3);
        w.uint(2);
        w.uint(0);
        w.uint(2); // pays, its first option
        w.uint(q + 1);
        w.uint(3); // a question this build lacks
        let t = tag(b"0123456789abcdef", &w.buf);
        w.buf.extend_from_slice(&t);
        let payload = base64url(&w.buf);
        let back = decode_reply(&payload).unwrap();
        assert_eq!(back.reply.unread, 1);
        assert_eq!(back.reply.answers.len(), 1);
        assert_eq!(back.reply.payload, payload);
        // The same unknown answer from a build that claims this questionnaire is damage.
        let mut w2 = w.buf[..w.buf.len() - TAG_BYTES].to_vec();
        // After the version, two 3-letter ids and the questionnaire version: the count.
        w2[1 + 4 + 4 + 1] = q as u8;
        w2.extend_from_slice(&[0; TAG_BYTES]);
        assert_eq!(
            decode_reply(&base64url(&w2)).map(|_| ()),
            Err(LinkError::Damaged)
        );
    }

    #[test]
    fn bounds_hold() {
        assert_eq!(decode_reply(""), Err(LinkError::Empty));
        assert_eq!(
            decode_reply(&"A".repeat(MAX_REPLY_CHARS + 1)),
            Err(LinkError::TooLarge)
        );
        assert_eq!(decode_invite("AQ"), Err(LinkError::Truncated));
        // A version this build does not know.
        assert_eq!(
            decode_invite(&base64url(&[2, 0])),
            Err(LinkError::FutureVersion)
        );
    }
}
