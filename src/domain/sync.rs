//! Two tabs, one saved workspace. Every save is stamped with its own revision and the one it
//! was made from. A tab remembers the last versions it wrote or read, so another tab's save
//! is merged against what both really started from, even when the browser delivers saves
//! late or out of order.

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

/// Joins another tab's save `theirs`, made from the save `base`, with this tab's `mine`.
pub fn join(history: &History, mine: &Workspace, theirs: &Workspace, base: &str) -> Joined {
    match history.get(base) {
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
        let Joined::Merged(m) = join(&left, &sa, &sb, "r0") else {
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
        assert_eq!(join(&h, &s0, &s1, "r0"), Joined::Theirs);
        // Also from a base never seen, as long as nothing changed here.
        assert_eq!(join(&h, &s0, &s1, "unknown"), Joined::Theirs);
    }

    #[test]
    fn an_unknown_base_with_changes_here_is_left_to_the_user() {
        let s0 = ws(&[(1, "Ana", "")]);
        let mine = ws(&[(1, "Ana", "mine")]);
        let theirs = ws(&[(1, "Ana", "theirs")]);
        let mut h = History::default();
        h.remember("r0", &s0);
        assert_eq!(
            join(&h, &mine, &theirs, "unknown"),
            Joined::Clash(Clash {
                maps: vec!["m1".into()]
            })
        );
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
