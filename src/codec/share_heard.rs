//! The optional part of a share link that carries what stakeholders said about themselves,
//! written only when the sharer ticks "Include their replies" (bit 1 of the link's flags).
//!
//! It carries each person's latest reply and the tallies of group invites that have
//! [`GROUP_MIN`] replies or more, so no single reply of a group can be singled out; and of
//! their invites only what ties a reply to a stakeholder: never the invite's secret, its
//! business name or how it addresses the respondent. A map saved from the link therefore
//! shows "you think / they say" but accepts no replies of its own.
//!
//! ```text
//! invites   uint count, per invite: id str, stakeholder uint, group uint (0 | 1)
//! replies   uint count, per reply: id str, invite str, questionnaire uint, unread uint,
//!           payload str, answers (uint count, count × (str question, str option))
//! tallies   uint count, per tally: invite str, reply ids (uint count, count × str),
//!           unread uint, answers (uint questions, per question: str question,
//!           uint options, per option: str option, uint replies)
//! ```
//! Every count is checked against the bytes left before anything is allocated.

use std::collections::BTreeMap;

use super::binary::{Reader, Writer};
use super::share::ShareError;
use crate::domain::invites::{Invite, Reply, Tally, GROUP_MIN};
use crate::domain::questionnaire::Answers;
use crate::domain::workspace::Map;

/// What stakeholders said about themselves, as a link carries it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Heard {
    pub invites: Vec<Invite>,
    pub replies: Vec<Reply>,
    pub tallies: Vec<Tally>,
}

/// What of `map`'s replies may travel: each person's latest reply and the group tallies
/// that may be shown, with the invites they answer (stripped of everything private).
pub fn shareable(map: &Map) -> Heard {
    let invite = |id: &str| map.invites.iter().find(|i| i.id == id);
    let tallies: Vec<Tally> = map
        .tallies
        .iter()
        .filter(|t| t.shown() && invite(&t.invite).is_some_and(|i| i.group))
        .cloned()
        .collect();
    let mut replies: Vec<Reply> = Vec::new();
    for r in &map.replies {
        let Some(i) = invite(&r.invite).filter(|i| !i.group) else {
            continue;
        };
        let same = |o: &Reply| invite(&o.invite).is_some_and(|oi| oi.stakeholder == i.stakeholder);
        match replies.iter_mut().find(|o| same(o)) {
            Some(o) if o.received_at >= r.received_at => {}
            Some(o) => *o = r.clone(),
            None => replies.push(r.clone()),
        }
    }
    let invites = map
        .invites
        .iter()
        .filter(|i| {
            replies.iter().any(|r| r.invite == i.id) || tallies.iter().any(|t| t.invite == i.id)
        })
        .map(|i| Invite {
            id: i.id.clone(),
            stakeholder: i.stakeholder,
            group: i.group,
            key: String::new(),
            business: String::new(),
            address: String::new(),
            created_at: 0.0,
        })
        .collect();
    Heard {
        invites,
        replies,
        tallies,
    }
}

fn write_answers(w: &mut Writer, answers: &Answers) {
    w.uint(answers.len() as u64);
    for (q, o) in answers {
        w.str(q);
        w.str(o);
    }
}

fn read_answers(r: &mut Reader) -> Result<Answers, ShareError> {
    let n = r.count(2)?;
    let mut out = Answers::new();
    for _ in 0..n {
        let q = r.str()?;
        out.insert(q, r.str()?);
    }
    Ok(out)
}

/// Writes [`shareable`] of `map`.
pub(crate) fn write_heard(w: &mut Writer, map: &Map) {
    let Heard {
        invites,
        replies,
        tallies,
    } = shareable(map);
    w.uint(invites.len() as u64);
    for i in &invites {
        w.str(&i.id);
        w.uint(i.stakeholder.into());
        w.uint(u64::from(i.group));
    }
    w.uint(replies.len() as u64);
    for r in &replies {
        w.str(&r.id);
        w.str(&r.invite);
        w.uint(r.questionnaire.into());
        w.uint(r.unread.into());
        // The raw reply is kept only for what this build could not read.
        w.str(if r.unread > 0 { &r.payload } else { "" });
        write_answers(w, &r.answers);
    }
    w.uint(tallies.len() as u64);
    for t in &tallies {
        w.str(&t.invite);
        w.uint(t.replies.len() as u64);
        for id in &t.replies {
            w.str(id);
        }
        w.uint(t.unread.into());
        w.uint(t.answers.len() as u64);
        for (q, counts) in &t.answers {
            w.str(q);
            w.uint(counts.len() as u64);
            for (o, n) in counts {
                w.str(o);
                w.uint((*n).into());
            }
        }
    }
}

/// Reads what [`write_heard`] wrote. A group tally below [`GROUP_MIN`] replies cannot have
/// been written by it, so it is damage.
pub(crate) fn read_heard(r: &mut Reader) -> Result<Heard, ShareError> {
    let n = r.count(3)?;
    let mut invites = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.str()?;
        let stakeholder = r.u32()?;
        let group = match r.uint()? {
            0 => false,
            1 => true,
            _ => return Err(ShareError::Damaged),
        };
        invites.push(Invite {
            id,
            stakeholder,
            group,
            key: String::new(),
            business: String::new(),
            address: String::new(),
            created_at: 0.0,
        });
    }
    let n = r.count(6)?;
    let mut replies = Vec::with_capacity(n);
    for _ in 0..n {
        replies.push(Reply {
            id: r.str()?,
            invite: r.str()?,
            questionnaire: r.u32()?,
            unread: r.u32()?,
            payload: r.str()?,
            answers: read_answers(r)?,
            received_at: 0.0,
        });
    }
    let n = r.count(4)?;
    let mut tallies = Vec::with_capacity(n);
    for _ in 0..n {
        let invite = r.str()?;
        let count = r.count(1)?;
        let ids = r.strs(count)?;
        if ids.len() < GROUP_MIN {
            return Err(ShareError::Damaged);
        }
        let unread = r.u32()?;
        let questions = r.count(2)?;
        let mut answers = BTreeMap::new();
        for _ in 0..questions {
            let q = r.str()?;
            let options = r.count(2)?;
            let mut counts = BTreeMap::new();
            for _ in 0..options {
                let o = r.str()?;
                counts.insert(o, r.u32()?);
            }
            answers.insert(q, counts);
        }
        tallies.push(Tally {
            invite,
            replies: ids,
            answers,
            unread,
        });
    }
    Ok(Heard {
        invites,
        replies,
        tallies,
    })
}
