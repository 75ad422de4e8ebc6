//! Two tabs, one saved workspace: which saves a tab has taken in. Each save carries its
//! revision (`<tab>.<n>`, the tab's n-th save) and a clock: for each tab, its newest save the
//! saving tab's state includes. A save the clock already covers holds nothing new, however
//! late the browser delivers it, and the clock tells which of this tab's saves another tab's
//! state is made from.

use serde::{Deserialize, Serialize};

/// Tabs a clock keeps; the oldest (long closed, most likely) make way.
const TABS: usize = 16;

/// The revision of a tab's `n`-th save.
pub fn rev(tab: &str, n: u32) -> String {
    format!("{tab}.{n}")
}

/// The tab and number of a revision made by [`rev`].
pub fn parse_rev(rev: &str) -> Option<(&str, u32)> {
    let (tab, n) = rev.rsplit_once('.')?;
    Some((tab, n.parse().ok()?))
}

/// For each tab, the newest of its saves included; the most recently raised tab last.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Clock(Vec<(String, u32)>);

impl Clock {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The newest save of `tab` included (0: none).
    pub fn get(&self, tab: &str) -> u32 {
        self.0.iter().find(|(t, _)| t == tab).map_or(0, |(_, n)| *n)
    }

    /// Notes that `tab`'s save `n` (and so every earlier one) is included.
    pub fn raise(&mut self, tab: &str, n: u32) {
        let n = n.max(self.get(tab));
        self.0.retain(|(t, _)| t != tab);
        self.0.push((tab.to_string(), n));
        if self.0.len() > TABS {
            self.0.remove(0);
        }
    }

    /// Includes everything `other` includes.
    pub fn join(&mut self, other: &Clock) {
        for (tab, n) in &other.0 {
            self.raise(tab, *n);
        }
    }

    /// Whether the save `rev` is included already.
    pub fn covers(&self, rev: &str) -> bool {
        parse_rev(rev).is_some_and(|(tab, n)| n > 0 && n <= self.get(tab))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_late_save_is_covered_by_a_later_one_of_the_same_tab() {
        let mut clock = Clock::default();
        clock.raise("b", 33);
        assert!(
            clock.covers(&rev("b", 15)),
            "b's 15th save arrives after its 33rd"
        );
        assert!(!clock.covers(&rev("b", 34)));
        assert!(!clock.covers(&rev("c", 1)));
        assert!(
            !clock.covers(""),
            "unstamped saves are never taken as covered"
        );
        clock.raise("b", 20);
        assert_eq!(clock.get("b"), 33, "a clock never goes back");
    }

    #[test]
    fn clocks_join_and_stay_small() {
        let mut a = Clock::default();
        a.raise("a", 3);
        let mut b = Clock::default();
        b.raise("b", 5);
        b.raise("a", 1);
        a.join(&b);
        assert_eq!((a.get("a"), a.get("b")), (3, 5));
        for i in 0..40 {
            a.raise(&format!("t{i}"), 1);
        }
        assert_eq!(a.0.len(), TABS);
        assert_eq!(parse_rev("mab.12"), Some(("mab", 12)));
        assert_eq!(parse_rev("nonsense"), None);
    }
}
