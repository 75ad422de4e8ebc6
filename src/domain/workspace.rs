//! The saved data: every map the user keeps, each with its stakeholders and action plan.
//! These types are what storage, export files and imports carry (serde), so a field added
//! here needs a default and a frozen fixture (`tests/fixtures/`).

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::invites::{Invite, Reply, Tally};
use super::plan::PlanItem;
use super::questionnaire::Answers;

/// Longest name kept; longer input is cut so one paste cannot blow up storage or share links.
pub const MAX_NAME_CHARS: usize = 10_000;

/// One person or organisation the business deals with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stakeholder {
    pub id: u32,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub notes: String,
    /// Question id → option id (or `questionnaire::DONT_KNOW`).
    #[serde(default)]
    pub answers: Answers,
}

/// A whole stakeholder map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Map {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    #[serde(default)]
    pub plan: Vec<PlanItem>,
    /// Next id for a stakeholder or plan item; ids are never reused inside a map.
    #[serde(default = "first_id")]
    pub next_id: u32,
    /// Milliseconds since the epoch of the last export, to remind about backups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<f64>,
    /// Milliseconds since the epoch when the map was made (created, duplicated or saved from
    /// a link) in this browser; `None` in data written before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<f64>,
    /// Invites sent to stakeholders to answer about themselves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invites: Vec<Invite>,
    /// Replies to person invites.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<Reply>,
    /// Replies to group invites, as counts only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tallies: Vec<Tally>,
}

fn first_id() -> u32 {
    1
}

impl Map {
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Map {
        Map {
            id: id.into(),
            name: name.into(),
            stakeholders: Vec::new(),
            plan: Vec::new(),
            next_id: 1,
            exported_at: None,
            created_at: None,
            invites: Vec::new(),
            replies: Vec::new(),
            tallies: Vec::new(),
        }
    }

    pub fn stakeholder(&self, id: u32) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| s.id == id)
    }

    /// The names of the stakeholders `ids`, in that order; ids no longer on the map are skipped.
    pub fn names_of(&self, ids: &[u32]) -> Vec<String> {
        // One pass over the map, however many ids (an action may serve thousands of people).
        let wanted: HashSet<u32> = ids.iter().copied().collect();
        let found: HashMap<u32, &str> = self
            .stakeholders
            .iter()
            .filter(|s| wanted.contains(&s.id))
            .map(|s| (s.id, s.name.as_str()))
            .collect();
        ids.iter()
            .filter_map(|id| found.get(id).map(|n| n.to_string()))
            .collect()
    }

    pub(crate) fn stakeholder_mut(&mut self, id: u32) -> Option<&mut Stakeholder> {
        self.stakeholders.iter_mut().find(|s| s.id == id)
    }

    pub(crate) fn plan_item_mut(&mut self, id: u32) -> Option<&mut PlanItem> {
        self.plan.iter_mut().find(|p| p.id == id)
    }

    /// A fresh id for a stakeholder or plan item.
    pub(crate) fn take_id(&mut self) -> u32 {
        let used = self
            .stakeholders
            .iter()
            .map(|s| s.id)
            .chain(self.plan.iter().map(|p| p.id))
            .max()
            .unwrap_or(0);
        // Saturating: a crafted file with id u32::MAX must not panic the app.
        let id = self.next_id.max(used.saturating_add(1));
        self.next_id = id.saturating_add(1);
        id
    }

    /// A copy that can live beside the original (new id and name, same content), made at
    /// `at` (milliseconds since the epoch).
    pub fn duplicate(&self, id: impl Into<String>, name: impl Into<String>, at: f64) -> Map {
        Map {
            id: id.into(),
            name: name.into(),
            exported_at: None,
            created_at: Some(at),
            ..self.clone()
        }
    }

    /// Whether a map with real content has gone `after_ms` without a backup at `now`: never
    /// exported since it was made here (or since `now` itself, for maps made before this was
    /// kept), or exported longer ago.
    pub fn needs_backup(&self, now: f64, min_people: usize, after_ms: f64) -> bool {
        let since = match (self.exported_at, self.created_at) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.stakeholders.len() >= min_people && since.is_none_or(|at| now - at > after_ms)
    }

    /// Nothing in it yet: no people and no plan.
    pub fn is_empty(&self) -> bool {
        self.stakeholders.is_empty() && self.plan.is_empty()
    }
}

/// Every map the user keeps.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Workspace {
    pub maps: Vec<Map>,
    /// The map a new tab opens: the one opened last, in any tab. Each tab then keeps its own
    /// open map (see `state::Tab`). Stored as `current`, its name in every version so far.
    #[serde(rename = "current", default)]
    pub last_opened: String,
}

impl Workspace {
    /// A workspace with one empty map.
    pub fn with_map(id: impl Into<String>, name: impl Into<String>) -> Workspace {
        let map = Map::new(id, name);
        Workspace {
            last_opened: map.id.clone(),
            maps: vec![map],
        }
    }

    pub fn map(&self, id: &str) -> Option<&Map> {
        self.maps.iter().find(|m| m.id == id)
    }

    pub(crate) fn map_mut(&mut self, id: &str) -> Option<&mut Map> {
        self.maps.iter_mut().find(|m| m.id == id)
    }

    /// The ids of the maps called by one of `names`, in menu order.
    pub fn maps_named(&self, names: &[&str]) -> Vec<String> {
        self.maps
            .iter()
            .filter(|m| names.contains(&m.name.as_str()))
            .map(|m| m.id.clone())
            .collect()
    }

    /// The map a new tab opens: the last opened one, else the first.
    pub fn opening_map(&self) -> Option<&Map> {
        self.map(&self.last_opened).or_else(|| self.maps.first())
    }

    /// `name`, or `name (2)`, `name (3)`… if a map here is already called that, so maps in the
    /// menu can be told apart.
    pub fn unique_map_name(&self, name: &str) -> String {
        let taken = |n: &str| self.maps.iter().any(|m| m.name == n);
        if !taken(name) {
            return name.to_string();
        }
        (2..)
            .map(|i| format!("{name} ({i})"))
            .find(|n| !taken(n))
            .expect("some number is free")
    }
}

/// `name` trimmed and cut to [`MAX_NAME_CHARS`].
pub(crate) fn clean_name(name: &str) -> String {
    name.trim().chars().take(MAX_NAME_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_named_finds_every_map_with_one_of_the_names() {
        let mut w = Workspace::with_map("a", "Mi mapa");
        w.maps.push(Map::new("b", "Bakery"));
        w.maps.push(Map::new("c", "My map"));
        assert_eq!(w.maps_named(&["Mi mapa", "My map"]), vec!["a", "c"]);
        assert_eq!(w.maps_named(&["Mi mapa"]), vec!["a"]);
        assert!(
            w.maps_named(&["mi mapa"]).is_empty(),
            "a renamed map is left alone"
        );
    }
}
