//! Hearing stakeholders themselves: the invites the owner makes, and what comes back. A
//! person's reply is kept whole; a group's replies are kept only as a tally of answers, so
//! no single reply can ever be singled out, and the group's view is shown from
//! [`GROUP_MIN`] replies on.

use std::collections::BTreeMap;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::questionnaire::{self, Answers, DONT_KNOW};
use super::workspace::Map;

/// Replies a group needs before anything of them is shown.
pub const GROUP_MIN: usize = 3;

/// Bytes of a reply's integrity tag: HMAC-SHA256 truncated (RFC 2104 §5 allows half or more).
pub const TAG_BYTES: usize = 16;

/// Bytes of an invite's secret key.
pub const KEY_BYTES: usize = 32;

/// An invite for one stakeholder (a person or a group) to answer about themselves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Invite {
    pub id: String,
    /// The stakeholder it asks.
    pub stakeholder: u32,
    /// A group invite accepts many replies and shows them only together.
    #[serde(default)]
    pub group: bool,
    /// The secret shared only with the invite: replies are signed with it. Lowercase hex of
    /// [`KEY_BYTES`] random bytes.
    pub key: String,
    /// The business name the invite shows, as the owner chose it.
    #[serde(default)]
    pub business: String,
    /// How the respondent is addressed.
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub created_at: f64,
}

/// One person's reply to an invite.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub id: String,
    pub invite: String,
    /// Their own answers, by the manager's question and option ids.
    #[serde(default)]
    pub answers: Answers,
    /// The questionnaire version it was made with.
    #[serde(default = "first_version")]
    pub questionnaire: u32,
    /// Answers this build could not read: a newer questionnaire made them.
    #[serde(default)]
    pub unread: u32,
    /// The reply as it came, so a newer build can read what this one could not.
    #[serde(default)]
    pub payload: String,
    #[serde(default)]
    pub received_at: f64,
}

fn first_version() -> u32 {
    1
}

/// The replies to a group invite, only as counts: for each question, how many chose each
/// option; and the ids of the replies counted, so none is counted twice.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Tally {
    pub invite: String,
    #[serde(default)]
    pub replies: Vec<String>,
    #[serde(default)]
    pub answers: BTreeMap<String, BTreeMap<String, u32>>,
    /// Answers no build so far could read (a newer questionnaire made them).
    #[serde(default)]
    pub unread: u32,
}

impl Tally {
    /// Counts one reply in.
    pub fn count(&mut self, reply: &Reply) {
        self.replies.push(reply.id.clone());
        for (q, o) in &reply.answers {
            *self
                .answers
                .entry(q.clone())
                .or_default()
                .entry(o.clone())
                .or_default() += 1;
        }
        self.unread += reply.unread;
    }

    /// Whether there are enough replies to show the group's view.
    pub fn shown(&self) -> bool {
        self.replies.len() >= GROUP_MIN
    }

    /// The group's answer to each question: the option most of them chose ("don't know"
    /// only when most said so); ties go to the option listed first.
    pub fn typical(&self) -> Answers {
        let mut out = Answers::new();
        for (q, counts) in &self.answers {
            let order = |o: &str| {
                questionnaire::question(q)
                    .and_then(|qq| qq.options.iter().position(|x| x.id == o))
                    .unwrap_or(usize::MAX)
            };
            let best = counts
                .iter()
                .filter(|(_, n)| **n > 0)
                .max_by(|(a, na), (b, nb)| na.cmp(nb).then(order(b).cmp(&order(a))));
            if let Some((o, _)) = best {
                if o != DONT_KNOW || counts.len() == 1 {
                    out.insert(q.clone(), o.clone());
                }
            }
        }
        out
    }
}

/// What a reply that arrives means for the map it is meant for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// New: it can be added.
    New,
    /// It was added already.
    Duplicate,
    /// Its invite is not (or no longer) on this map.
    NoInvite,
    /// Its tag does not match the invite's key: it was altered, or made without the key.
    Forged,
}

/// A reply as it arrived: the bytes its tag covers and the tag. The reply link codec makes
/// it together with the [`Reply`] read from the same bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Signed {
    pub bytes: Vec<u8>,
    pub tag: Vec<u8>,
}

impl Invite {
    /// The secret key's bytes (`None` when the stored key is not hex of the right length).
    pub fn key_bytes(&self) -> Option<Vec<u8>> {
        from_hex(&self.key).filter(|k| (16..=64).contains(&k.len()))
    }
}

/// The tag of `bytes` under `key`: HMAC-SHA256, its first [`TAG_BYTES`] bytes.
pub fn tag(key: &[u8], bytes: &[u8]) -> [u8; TAG_BYTES] {
    let mut out = [0; TAG_BYTES];
    out.copy_from_slice(&mac(key, bytes).finalize().into_bytes()[..TAG_BYTES]);
    out
}

/// Whether `signed` was made with `key` (compared in constant time).
pub fn verify(key: &[u8], signed: &Signed) -> bool {
    signed.tag.len() == TAG_BYTES
        && mac(key, &signed.bytes)
            .verify_truncated_left(&signed.tag)
            .is_ok()
}

fn mac(key: &[u8], bytes: &[u8]) -> Hmac<Sha256> {
    // HMAC takes a key of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(bytes);
    mac
}

/// Lowercase hex, how an invite's key is saved.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Whether `reply` can be added to `map`: its invite, and the stakeholder it asks, must be
/// there, its tag must match the invite's key, and it must not have been added before (kept,
/// or counted in a tally).
pub fn fit(map: &Map, reply: &Reply, signed: &Signed) -> Fit {
    let invite = map
        .invites
        .iter()
        .find(|i| i.id == reply.invite && map.stakeholder(i.stakeholder).is_some());
    let Some(invite) = invite else {
        return Fit::NoInvite;
    };
    if !invite.key_bytes().is_some_and(|key| verify(&key, signed)) {
        return Fit::Forged;
    }
    let seen = map.replies.iter().any(|r| r.id == reply.id)
        || map.tallies.iter().any(|t| t.replies.contains(&reply.id));
    if seen {
        Fit::Duplicate
    } else {
        Fit::New
    }
}

/// Adds a reply [`fit`] found new: a person's is kept whole; a group's is only counted into
/// the invite's tally, and nothing else of it is kept.
pub fn attach(map: &mut Map, reply: Reply) {
    let group = map.invites.iter().any(|i| i.id == reply.invite && i.group);
    if !group {
        map.replies.push(reply);
        return;
    }
    match map.tallies.iter_mut().find(|t| t.invite == reply.invite) {
        Some(t) => t.count(&reply),
        None => {
            let mut t = Tally {
                invite: reply.invite.clone(),
                ..Tally::default()
            };
            t.count(&reply);
            map.tallies.push(t);
        }
    }
}

/// Removes an invite with everything that came back for it; `false` when it was not there.
pub fn delete(map: &mut Map, id: &str) -> bool {
    let before = map.invites.len();
    map.invites.retain(|i| i.id != id);
    map.replies.retain(|r| r.invite != id);
    map.tallies.retain(|t| t.invite != id);
    map.invites.len() != before
}

/// How many replies came back for an invite (kept or counted).
pub fn reply_count(map: &Map, invite: &str) -> usize {
    map.replies.iter().filter(|r| r.invite == invite).count()
        + map
            .tallies
            .iter()
            .filter(|t| t.invite == invite)
            .map(|t| t.replies.len())
            .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(id: &str, pairs: &[(&str, &str)]) -> Reply {
        Reply {
            id: id.into(),
            invite: "i".into(),
            answers: questionnaire::answers_from(pairs),
            questionnaire: 2,
            unread: 0,
            payload: String::new(),
            received_at: 0.0,
        }
    }

    #[test]
    fn a_tally_keeps_counts_only_and_shows_from_three_replies() {
        let mut t = Tally {
            invite: "i".into(),
            ..Tally::default()
        };
        t.count(&reply(
            "a",
            &[("pays", "pays.we_pay"), ("recommend", "recommend.9")],
        ));
        t.count(&reply(
            "b",
            &[("pays", "pays.we_pay"), ("recommend", "recommend.3")],
        ));
        assert!(!t.shown());
        t.count(&reply(
            "c",
            &[("pays", "pays.through"), ("recommend", DONT_KNOW)],
        ));
        assert!(t.shown());
        assert_eq!(t.answers["pays"]["pays.we_pay"], 2);
        let typical = t.typical();
        assert_eq!(typical["pays"], "pays.we_pay");
        // A three-way tie on recommend: the option listed first wins, never "don't know".
        assert_eq!(typical["recommend"], "recommend.3");
    }
}
