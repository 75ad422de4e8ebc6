//! Two tabs, one saved workspace. Every save is stamped with its own revision and the
//! revisions it descends from, newest first. A tab remembers the last versions it wrote or
//! read, so another tab's save is merged against the newest version both really share, even
//! when the browser tells of saves late, out of order, or not at all.

use std::collections::VecDeque;

use super::merge::{self, Clash};
use super::workspace::Workspace;

/// Versions remembered. Another tab's save is made from one of the last few it saw, and it
/// saw every save this tab did.
const KEPT: usize = 12;

/// The versions of the saved workspace this tab has written or read, newest last.
#[derive(Clone, Debug, Default)]
pub struct History {
    versions: VecDeque<(String, Workspace)>,
}

impl History {
    pub fn remember(&mut self, rev: &str, ws: &Workspace) {
        self.versions.retain(|(r, _)| r != rev);
        self.versions.push_back((rev.to_string(), ws.clone()));
        while self.versions.len() > KEPT {
            self.versions.pop_front();
        }
    }

    pub fn get(&self, rev: &str) -> Option<&Workspace> {
        self.versions
            .iter()
            .rev()
            .find(|(r, _)| r == rev)
            .map(|(_, ws)| ws)
    }

    /// The version this tab wrote or read last.
    pub fn latest(&self) -> Option<&Workspace> {
        self.versions.back().map(|(_, ws)| ws)
    }
}

/// What another tab's save means for this tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Joined {
    /// It already holds everything this tab has: take it as it is.
    Theirs,
    /// Both changed different things: this holds both, and should be saved.
    Merged(Workspace),
    /// Both changed the same things differently: keep both until the user picks.
    Clash(Clash),
}

/// How many revisions a save lists as its ancestry.
pub const LINEAGE: usize = 32;

/// `first` then `rest`, without repeats, at most [`LINEAGE`] long.
pub fn lineage<'a>(first: impl IntoIterator<Item = &'a String>, rest: &'a [String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for rev in first.into_iter().chain(rest) {
        if !out.contains(rev) && out.len() < LINEAGE {
            out.push(rev.clone());
        }
    }
    out
}

/// The newest of `ancestry` (newest first) that this tab knows.
pub fn common_base<'a>(history: &History, ancestry: &'a [String]) -> Option<&'a str> {
    ancestry
        .iter()
        .find(|rev| history.get(rev).is_some())
        .map(String::as_str)
}

/// Joins another tab's save `theirs` with this tab's `mine`, from `base`: the newest version
/// both share, if this tab knows one.
pub fn join(history: &History, mine: &Workspace, theirs: &Workspace, base: Option<&str>) -> Joined {
    match base.and_then(|b| history.get(b)) {
        Some(base) => match merge::workspaces(base, mine, theirs) {
            Ok(merged) if merged == *theirs => Joined::Theirs,
            Ok(merged) => Joined::Merged(merged),
            Err(clash) => Joined::Clash(clash),
        },
        // Made from a version this tab never saw (an older build's save, or one from long
        // ago): taking it is safe only if nothing changed here since the last known version.
        None if history.latest().is_none_or(|known| known == mine) => Joined::Theirs,
        None => Joined::Clash(Clash {
            maps: mine
                .maps
                .iter()
                .filter(|m| theirs.map(&m.id) != Some(m))
                .map(|m| m.id.clone())
                .collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workspace::Stakeholder;

    fn ws(people: &[(u32, &str, &str)]) -> Workspace {
        let mut ws = Workspace::with_map("m1", "Shop");
        for (id, name, notes) in people {
            ws.maps[0].stakeholders.push(Stakeholder {
                id: *id,
                name: (*name).into(),
                role: String::new(),
                notes: (*notes).into(),
                answers: Default::default(),
            });
        }
        ws.maps[0].next_id = 10;
        ws
    }

    #[test]
    fn saves_delivered_out_of_order_are_merged_against_their_real_base() {
        // Both tabs start from s0. Left saves sa; right, not having seen sa yet, saves sb.
        let s0 = ws(&[(1, "Ana", ""), (2, "Luis", "")]);
        let sa = ws(&[(1, "Ana", "left note"), (2, "Luis", "")]);
        let sb = ws(&[(1, "Ana", ""), (2, "Luis", "right note")]);
        let mut left = History::default();
        left.remember("r0", &s0);
        left.remember("a1", &sa);
        // Merging sb against the left tab's own last save would silently drop its note;
        // against sb's real base, s0, both notes stay.
        let Joined::Merged(m) = join(&left, &sa, &sb, Some("r0")) else {
            panic!("expected a merge");
        };
        let people = &m.maps[0].stakeholders;
        assert_eq!(people[0].notes, "left note");
        assert_eq!(people[1].notes, "right note");
    }

    #[test]
    fn nothing_changed_here_takes_theirs() {
        let s0 = ws(&[(1, "Ana", "")]);
        let s1 = ws(&[(1, "Ana", "theirs")]);
        let mut h = History::default();
        h.remember("r0", &s0);
        assert_eq!(join(&h, &s0, &s1, Some("r0")), Joined::Theirs);
        // Also from a base never seen, as long as nothing changed here.
        assert_eq!(join(&h, &s0, &s1, None), Joined::Theirs);
    }

    #[test]
    fn an_unknown_base_with_changes_here_is_left_to_the_user() {
        let s0 = ws(&[(1, "Ana", "")]);
        let mine = ws(&[(1, "Ana", "mine")]);
        let theirs = ws(&[(1, "Ana", "theirs")]);
        let mut h = History::default();
        h.remember("r0", &s0);
        assert_eq!(
            join(&h, &mine, &theirs, None),
            Joined::Clash(Clash {
                maps: vec!["m1".into()]
            })
        );
    }

    #[test]
    fn the_newest_shared_version_is_the_base_even_after_missed_saves() {
        let mut h = History::default();
        for rev in ["a1", "b1", "a2"] {
            h.remember(rev, &Workspace::default());
        }
        // Their save lists b9…b2 (which this tab never heard of), then b1, then a1.
        let ancestry: Vec<String> = (2..10)
            .rev()
            .map(|i| format!("b{i}"))
            .chain(["b1".into(), "a1".into()])
            .collect();
        assert_eq!(common_base(&h, &ancestry), Some("b1"));
        assert_eq!(common_base(&h, &["x".to_string()]), None);
        let l = lineage([&"new".to_string()], &ancestry);
        assert_eq!(l[0], "new");
        assert_eq!(l.len(), ancestry.len() + 1);
        let long: Vec<String> = (0..100).map(|i| i.to_string()).collect();
        assert_eq!(lineage([&"x".to_string()], &long).len(), LINEAGE);
    }

    #[test]
    fn history_keeps_the_newest_versions() {
        let mut h = History::default();
        for i in 0..(KEPT + 3) {
            h.remember(&i.to_string(), &Workspace::with_map(i.to_string(), "x"));
        }
        assert!(h.get("0").is_none());
        assert!(h.get(&(KEPT + 2).to_string()).is_some());
        assert_eq!(h.latest().unwrap().maps[0].id, (KEPT + 2).to_string());
    }
}
