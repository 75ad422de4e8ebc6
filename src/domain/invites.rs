//! Hearing stakeholders themselves: the invites the owner makes, and what comes back. A
//! person's reply is kept whole; a group's replies are kept only as a tally of answers, so
//! no single reply can ever be singled out, and the group's view is shown from
//! [`GROUP_MIN`] replies on.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::questionnaire::{self, Answers, DONT_KNOW};

/// Replies a group needs before anything of them is shown.
pub const GROUP_MIN: usize = 3;

/// An invite for one stakeholder (a person or a group) to answer about themselves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Invite {
    pub id: String,
    /// The stakeholder it asks.
    pub stakeholder: u32,
    /// A group invite accepts many replies and shows them only together.
    #[serde(default)]
    pub group: bool,
    /// The secret shared only with the invite: replies are signed with it.
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
