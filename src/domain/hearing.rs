//! "You think / they say": what a stakeholder says about themselves (a person's reply, or a
//! group's typical answers once [`GROUP_MIN`](super::invites::GROUP_MIN) have replied) set against the manager's answers.
//! Both placements, and for each question both answers with a gap, biggest first, in plain
//! words in both languages.
//!
//! # Gap
//! For a question both sides answered with a listed option:
//! ```text
//! position and health questions   |levelₘ − levelₜ|          0–100 (their options are ordered)
//! type questions                   0 same option, TYPE_GAP otherwise (their options are not)
//! ```
//! "Don't know", no answer, or an option this build does not list, on either side: no gap is
//! claimed (`None`), and the question sorts after every compared one.
//!
//! # Disagreement
//! A stakeholder's disagreement is their biggest gap, then the sum of their gaps: the summary
//! names the few where the two views are furthest apart.

use super::invites::{Reply, Tally};
use super::order;
use super::placement::{place, Placement};
use super::questionnaire::{self, Answers, Question, Section, DONT_KNOW, QUESTIONNAIRE_VERSION};
use super::suggestions::{suggest_heard, Suggestion};
use super::text::{Lang, Text};
use super::workspace::Map;

/// The gap claimed between two different answers to a type question, whose options have no order.
pub const TYPE_GAP: u8 = 50;
/// How many stakeholders the summary names.
pub const TOP_DISAGREEMENTS: usize = 3;

/// What a stakeholder has said about themselves, as far as it may be shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Voice {
    /// A group invite: only counts are kept, and shown from [`GROUP_MIN`](super::invites::GROUP_MIN) replies.
    pub group: bool,
    /// Replies received (1 for a person).
    pub replies: usize,
    /// Their answers: a person's own, a group's typical ones; `None` while a group has fewer
    /// than [`GROUP_MIN`](super::invites::GROUP_MIN) replies, so no one can be singled out.
    pub answers: Option<Answers>,
    /// Answers made by a newer questionnaire than this build's, that could not be read here.
    pub unread: u32,
}

impl Voice {
    /// Whether their view may be shown (a person's always; a group's from [`GROUP_MIN`](super::invites::GROUP_MIN)).
    pub fn shown(&self) -> bool {
        self.answers.is_some()
    }
}

/// What the stakeholder `id` has said about themselves, if anything came back. A group's
/// replies (over every group invite for them) win over a person's; of a person's replies, the
/// latest received counts.
pub fn voice(map: &Map, id: u32) -> Option<Voice> {
    let invites = || map.invites.iter().filter(move |i| i.stakeholder == id);
    let mut tally: Option<Tally> = None;
    for t in map
        .tallies
        .iter()
        .filter(|t| invites().any(|i| i.group && i.id == t.invite) && !t.replies.is_empty())
    {
        let all = tally.get_or_insert_with(Tally::default);
        all.replies.extend(t.replies.iter().cloned());
        all.unread += t.unread;
        for (q, counts) in &t.answers {
            for (o, n) in counts {
                *all.answers
                    .entry(q.clone())
                    .or_default()
                    .entry(o.clone())
                    .or_default() += n;
            }
        }
    }
    if let Some(t) = tally {
        return Some(Voice {
            group: true,
            replies: t.replies.len(),
            answers: t.shown().then(|| t.typical()),
            unread: t.unread,
        });
    }
    let reply: &Reply = map
        .replies
        .iter()
        .filter(|r| invites().any(|i| !i.group && i.id == r.invite))
        .max_by(|a, b| a.received_at.total_cmp(&b.received_at))?;
    Some(Voice {
        group: false,
        replies: 1,
        answers: Some(reply.answers.clone()),
        unread: if reply.questionnaire > QUESTIONNAIRE_VERSION {
            reply.unread.max(1)
        } else {
            reply.unread
        },
    })
}

/// One question, the manager's answer and theirs.
#[derive(Clone, Debug)]
pub struct Gap {
    pub question: &'static Question,
    /// The manager's answer: an option id, [`DONT_KNOW`], or `None` when unanswered.
    pub mine: Option<String>,
    pub theirs: Option<String>,
    /// See the module docs; `None` when no gap can be claimed.
    pub gap: Option<u8>,
}

impl PartialEq for Gap {
    fn eq(&self, other: &Gap) -> bool {
        // Questions are unique by id.
        self.question.id == other.question.id
            && (&self.mine, &self.theirs, self.gap) == (&other.mine, &other.theirs, other.gap)
    }
}

/// The manager's view and the stakeholder's own, side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub mine: Option<Placement>,
    pub theirs: Option<Placement>,
    /// Every question either side answered, biggest gap first, then those with no gap
    /// claimed; ties in questionnaire order.
    pub gaps: Vec<Gap>,
}

impl Comparison {
    /// The biggest real difference, if the two views differ anywhere.
    pub fn biggest(&self) -> Option<&Gap> {
        self.gaps.first().filter(|g| g.gap.is_some_and(|n| n > 0))
    }

    /// Biggest gap, then the sum of gaps: larger means further apart.
    pub fn disagreement(&self) -> (u8, u32) {
        let max = self.gaps.iter().filter_map(|g| g.gap).max().unwrap_or(0);
        let sum = self.gaps.iter().filter_map(|g| g.gap).map(u32::from).sum();
        (max, sum)
    }
}

/// Compares the manager's answers with the stakeholder's own.
pub fn compare(mine: &Answers, theirs: &Answers) -> Comparison {
    let mut gaps: Vec<Gap> = questionnaire::all()
        .iter()
        .filter(|q| !q.retired && (mine.contains_key(q.id) || theirs.contains_key(q.id)))
        .map(|q| Gap {
            question: q,
            mine: mine.get(q.id).cloned(),
            theirs: theirs.get(q.id).cloned(),
            gap: gap(q, mine.get(q.id), theirs.get(q.id)),
        })
        .collect();
    // `None` sorts first under Reverse(Option), so unclaimed gaps go last explicitly.
    order::sort_by_key(&mut gaps, |g| (g.gap.is_none(), std::cmp::Reverse(g.gap)));
    Comparison {
        mine: place(mine),
        theirs: place(theirs),
        gaps,
    }
}

fn gap(q: &Question, mine: Option<&String>, theirs: Option<&String>) -> Option<u8> {
    let (m, t) = (q.option(mine?)?, q.option(theirs?)?);
    Some(match q.section {
        Section::Position | Section::Health => m.level.abs_diff(t.level),
        Section::External | Section::Internal if m.id == t.id => 0,
        Section::External | Section::Internal => TYPE_GAP,
    })
}

/// The comparison for stakeholder `id` of `map`, when they have said something that may be
/// shown.
pub fn hear(map: &Map, id: u32) -> Option<(Voice, Comparison)> {
    let v = voice(map, id)?;
    let s = map.stakeholder(id)?;
    let c = v.answers.as_ref().map(|theirs| compare(&s.answers, theirs));
    c.map(|c| (v, c))
}

/// The suggestions for stakeholder `id` placed at `p`, listening to what they said themselves
/// (see [`suggest_heard`]); a group is heard only once it may be shown.
pub fn suggestions_for(map: &Map, id: u32, p: &Placement, answers: &Answers) -> Vec<Suggestion> {
    let v = voice(map, id);
    let theirs = v.as_ref().and_then(|v| v.answers.as_ref());
    suggest_heard(p, answers, theirs, v.as_ref().is_some_and(|v| v.group))
}

/// `map` as it may leave this browser in an export file: a group's tally is left out until
/// it has [`GROUP_MIN`](super::invites::GROUP_MIN) replies, because with fewer the counts are the replies themselves.
/// Those respondents still hold their reply links, so the replies can be added again.
pub fn for_export(map: &Map) -> Map {
    let mut out = map.clone();
    out.tallies.retain(Tally::shown);
    out
}

/// The stakeholders whose own view differs most from the manager's, furthest apart first,
/// at most [`TOP_DISAGREEMENTS`], each with their comparison. Stakeholders whose views agree
/// everywhere are left out.
pub fn disagreements(map: &Map) -> Vec<(u32, Voice, Comparison)> {
    let mut out: Vec<(u32, Voice, Comparison)> = map
        .stakeholders
        .iter()
        .filter_map(|s| hear(map, s.id).map(|(v, c)| (s.id, v, c)))
        .filter(|(_, _, c)| c.biggest().is_some())
        .collect();
    order::sort_by_key(&mut out, |(_, _, c)| std::cmp::Reverse(c.disagreement()));
    out.truncate(TOP_DISAGREEMENTS);
    out
}

// ----- Words ----------------------------------------------------------------------------

const DIFFER: Text = Text::new(
    "{q}: para ti, «{mine}»; {they}, «{theirs}».",
    "{q}: you think “{mine}”; {they} “{theirs}”.",
);
const AGREE: Text = Text::new("{q}: coincidís, «{mine}».", "{q}: you agree, “{mine}”.");
const YOU_DONT_KNOW: Text = Text::new(
    "{q}: tú no lo sabes; {they}, «{theirs}».",
    "{q}: you don't know; {they} “{theirs}”.",
);
const YOU_SKIPPED: Text = Text::new(
    "{q}: no lo has contestado; {they}, «{theirs}».",
    "{q}: you haven't answered; {they} “{theirs}”.",
);
const THEY_DONT_KNOW: Text = Text::new(
    "{q}: para ti, «{mine}»; {they_dk}.",
    "{q}: you think “{mine}”; {they_dk}.",
);
const THEY_SKIPPED: Text = Text::new(
    "{q}: para ti, «{mine}»; {they_skip}.",
    "{q}: you think “{mine}”; {they_skip}.",
);
const NEITHER: Text = Text::new(
    "{q}: ni tú ni {them} lo sabéis.",
    "{q}: neither you nor {them} know.",
);
const THEY_SAY: Text = Text::new("según su respuesta", "they say");
const MOST_SAY: Text = Text::new("según la mayoría del grupo", "most of them say");
const THEY_DK: Text = Text::new(
    "esa persona dice que no lo sabe",
    "they say they don't know",
);
const MOST_DK: Text = Text::new(
    "la mayoría del grupo dice que no lo sabe",
    "most of them say they don't know",
);
const THEY_SKIP: Text = Text::new("esa persona no lo ha contestado", "they didn't answer");
const MOST_SKIP: Text = Text::new("el grupo no lo ha contestado", "the group didn't answer");
const THEM: Text = Text::new("esa persona", "they");
const THE_GROUP: Text = Text::new("el grupo", "the group");

/// Who speaks, in the words of a sentence: one person, or most of a group.
fn pick(group: bool, person: Text, many: Text, lang: Lang) -> &'static str {
    if group { many } else { person }.get(lang)
}

impl Gap {
    /// The two answers in one plain sentence: "Inside information: you think “Only what any
    /// customer sees”; they say “Most of your internal tools”."
    pub fn words(&self, lang: Lang, group: bool) -> String {
        let label = |a: &Option<String>| {
            a.as_deref()
                .filter(|o| *o != DONT_KNOW)
                .and_then(|o| questionnaire::option_label(self.question, o))
                .map(|t| t.get(lang))
        };
        let (m, t) = (label(&self.mine), label(&self.theirs));
        let dk = |a: &Option<String>| a.as_deref() == Some(DONT_KNOW);
        let template = match (m, t) {
            (Some(a), Some(b)) if a == b => AGREE,
            (Some(_), Some(_)) => DIFFER,
            (None, Some(_)) if dk(&self.mine) => YOU_DONT_KNOW,
            (None, Some(_)) => YOU_SKIPPED,
            (Some(_), None) if dk(&self.theirs) => THEY_DONT_KNOW,
            (Some(_), None) => THEY_SKIPPED,
            (None, None) => NEITHER,
        };
        template
            .get(lang)
            .replace("{they_dk}", pick(group, THEY_DK, MOST_DK, lang))
            .replace("{they_skip}", pick(group, THEY_SKIP, MOST_SKIP, lang))
            .replace("{they}", pick(group, THEY_SAY, MOST_SAY, lang))
            .replace("{them}", pick(group, THEM, THE_GROUP, lang))
            .replace("{q}", self.question.short.get(lang))
            .replace("{mine}", m.unwrap_or_default())
            .replace("{theirs}", t.unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::invites::{Invite, Reply};
    use crate::domain::model::Side;
    use crate::domain::questionnaire::answers_from;
    use crate::domain::workspace::Stakeholder;

    /// The manager thinks of a customer who sees only the shop front.
    const YOU_THINK: &[(&str, &str)] = &[
        ("pays", "pays.they_pay"),
        ("info", "info.public"),
        ("contact", "contact.yearly"),
        ("meaning", "meaning.brand"),
        ("recommend", "recommend.9"),
        ("ext.decision", "ext.decision.habit"),
        ("judges", DONT_KNOW),
    ];
    /// They say they use your internal tools, work with you weekly and rate you 4.
    const THEY_SAY: &[(&str, &str)] = &[
        ("pays", "pays.they_pay"),
        ("info", "info.team"),
        ("contact", "contact.weekly"),
        ("meaning", "meaning.brand"),
        ("recommend", "recommend.4"),
        ("ext.decision", "ext.decision.impulse"),
        ("judges", "judges.result"),
    ];

    fn ids(c: &Comparison) -> Vec<&str> {
        c.gaps.iter().map(|g| g.question.id).collect()
    }

    #[test]
    fn gaps_come_biggest_first_and_dont_know_claims_none() {
        let c = compare(&answers_from(YOU_THINK), &answers_from(THEY_SAY));
        // info public 0 → team 80; contact 25 → 80; a type question 50 and recommend 90 → 40
        // (equal gaps keep questionnaire order); agreement 0; "don't know" last.
        assert_eq!(
            ids(&c),
            [
                "info",
                "contact",
                "ext.decision",
                "recommend",
                "pays",
                "meaning",
                "judges"
            ]
        );
        let gaps: Vec<Option<u8>> = c.gaps.iter().map(|g| g.gap).collect();
        assert_eq!(
            gaps,
            [
                Some(80),
                Some(55),
                Some(TYPE_GAP),
                Some(50),
                Some(0),
                Some(0),
                None
            ]
        );
        assert_eq!(c.biggest().unwrap().question.id, "info");
        assert_eq!(c.disagreement(), (80, 80 + 55 + 50 + 50));
        // Both placements, theirs further in.
        let (m, t) = (c.mine.unwrap(), c.theirs.unwrap());
        assert!(t.axis > m.axis, "{} vs {}", t.axis, m.axis);
        assert_eq!(m.side, Side::External);
    }

    #[test]
    fn a_gap_reads_in_plain_words_in_both_languages() {
        let c = compare(&answers_from(YOU_THINK), &answers_from(THEY_SAY));
        let info = &c.gaps[0];
        let label = |o| questionnaire::option_label(info.question, o).unwrap().en;
        assert_eq!(
            info.words(Lang::En, false),
            format!(
                "{}: you think “{}”; they say “{}”.",
                info.question.short.en,
                label("info.public"),
                label("info.team")
            )
        );
        let es = info.words(Lang::Es, false);
        assert!(
            es.contains("para ti, «") && es.contains("según su respuesta, «"),
            "{es}"
        );
        assert!(info.words(Lang::En, true).contains("; most of them say “"));
        assert!(info
            .words(Lang::Es, true)
            .contains("según la mayoría del grupo, «"));
        // Agreement and "don't know" say so, not a gap.
        let pays = c.gaps.iter().find(|g| g.question.id == "pays").unwrap();
        assert!(pays.words(Lang::En, false).contains(": you agree, “"));
        let judges = c.gaps.last().unwrap();
        assert!(judges
            .words(Lang::En, false)
            .contains("you don't know; they say “"));
        assert!(judges.words(Lang::Es, false).contains("tú no lo sabes"));
        let they_dk = compare(
            &answers_from(&[("info", "info.public")]),
            &answers_from(&[("info", DONT_KNOW)]),
        );
        assert!(they_dk.gaps[0]
            .words(Lang::En, true)
            .ends_with("; most of them say they don't know."));
        for g in &c.gaps {
            for lang in [Lang::Es, Lang::En] {
                let w = g.words(lang, false);
                assert!(!w.contains('{'), "{w}");
            }
        }
    }

    fn map_with(invites: Vec<Invite>, replies: Vec<Reply>, tallies: Vec<Tally>) -> Map {
        let mut m = Map::new("m", "Bakery");
        for (id, name) in [(1, "Ana"), (2, "Kitchen team"), (3, "Weekly customers")] {
            m.stakeholders.push(Stakeholder {
                id,
                name: name.into(),
                role: String::new(),
                notes: String::new(),
                answers: answers_from(YOU_THINK),
            });
        }
        m.invites = invites;
        m.replies = replies;
        m.tallies = tallies;
        m
    }

    fn invite(id: &str, stakeholder: u32, group: bool) -> Invite {
        Invite {
            id: id.into(),
            stakeholder,
            group,
            key: "k".into(),
            business: String::new(),
            address: String::new(),
            created_at: 0.0,
        }
    }

    fn reply(id: &str, invite: &str, pairs: &[(&str, &str)]) -> Reply {
        Reply {
            id: id.into(),
            invite: invite.into(),
            answers: answers_from(pairs),
            questionnaire: QUESTIONNAIRE_VERSION,
            unread: 0,
            payload: String::new(),
            received_at: 0.0,
        }
    }

    fn tally(invite: &str, replies: &[Reply]) -> Tally {
        let mut t = Tally {
            invite: invite.into(),
            ..Tally::default()
        };
        for r in replies {
            t.count(r);
        }
        t
    }

    #[test]
    fn a_group_is_heard_only_from_three_replies() {
        let r = |id| reply(id, "g", THEY_SAY);
        let two = map_with(
            vec![invite("g", 2, true)],
            vec![],
            vec![tally("g", &[r("a"), r("b")])],
        );
        let v = voice(&two, 2).unwrap();
        assert!(v.group && !v.shown());
        assert_eq!(v.replies, 2);
        assert_eq!(v.answers, None, "two replies show nothing of them");
        assert!(hear(&two, 2).is_none());
        assert!(disagreements(&two).is_empty());
        let three = map_with(
            vec![invite("g", 2, true)],
            vec![],
            vec![tally("g", &[r("a"), r("b"), r("c")])],
        );
        let (v, c) = hear(&three, 2).unwrap();
        assert_eq!(v.replies, 3);
        assert_eq!(c.biggest().unwrap().question.id, "info");
        // Two group invites for the same stakeholder count together.
        let split = map_with(
            vec![invite("g", 2, true), invite("h", 2, true)],
            vec![],
            vec![tally("g", &[r("a"), r("b")]), tally("h", &[r("c")])],
        );
        assert_eq!(voice(&split, 2).unwrap().replies, 3);
        assert!(voice(&split, 2).unwrap().shown());
        // Nobody else is heard.
        assert_eq!(voice(&split, 1), None);
    }

    #[test]
    fn a_person_is_heard_by_their_latest_reply_and_a_newer_one_is_explained() {
        let mut old = reply("r1", "p", YOU_THINK);
        old.received_at = 1.0;
        let mut new = reply("r2", "p", THEY_SAY);
        new.received_at = 2.0;
        new.questionnaire = QUESTIONNAIRE_VERSION + 1;
        new.unread = 4;
        let m = map_with(vec![invite("p", 1, false)], vec![new, old], vec![]);
        let (v, c) = hear(&m, 1).unwrap();
        assert!(!v.group && v.shown());
        assert_eq!(v.unread, 4, "kept and explained, not dropped");
        assert_eq!(c.biggest().unwrap().question.id, "info");
        // A reply to another stakeholder's invite is not theirs.
        assert_eq!(voice(&m, 3), None);
    }

    #[test]
    fn the_summary_names_the_widest_disagreements_first() {
        let close: &[(&str, &str)] = &[("info", "info.own"), ("pays", "pays.they_pay")];
        let three: Vec<Reply> = ["a", "b", "c"]
            .iter()
            .map(|id| reply(id, "g", close))
            .collect();
        let m = map_with(
            vec![invite("p", 1, false), invite("g", 3, true)],
            vec![reply("r", "p", THEY_SAY)],
            vec![tally("g", &three)],
        );
        let d = disagreements(&m);
        let who: Vec<u32> = d.iter().map(|(id, _, _)| *id).collect();
        assert_eq!(who, [1, 3]);
        assert_eq!(d[0].2.disagreement().0, 80);
        assert_eq!(d[1].2.disagreement().0, 15);
        // Agreeing everywhere is no disagreement.
        let same = map_with(
            vec![invite("p", 1, false)],
            vec![reply("r", "p", YOU_THINK)],
            vec![],
        );
        assert!(disagreements(&same).is_empty());
    }
}
