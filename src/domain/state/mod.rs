//! The app's single source of truth: maps of stakeholders with answers and an action plan,
//! changed only through [`Action`]s applied by [`Workspace::apply`].

use super::questionnaire::Answers;
use super::suggestions::{self, Lever};
use super::Lang;

mod action;

pub use action::{Action, Outcome};

/// Longest name kept; longer input is cut so one paste cannot blow up storage or share links.
pub const MAX_NAME_CHARS: usize = 10_000;

/// One person or organisation the business deals with.
#[derive(Clone, Debug, PartialEq)]
pub struct Stakeholder {
    pub id: u32,
    pub name: String,
    pub role: String,
    pub notes: String,
    /// Question id → option id (or `questionnaire::DONT_KNOW`).
    pub answers: Answers,
}

/// Progress of a plan action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Status {
    #[default]
    Todo,
    Doing,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Todo, Status::Doing, Status::Done];

    /// The stored and markup id: `todo`, `doing`, `done`.
    pub fn id(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::Doing => "doing",
            Status::Done => "done",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// One improvement action in a map's plan.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PlanItem {
    pub id: u32,
    pub title: String,
    /// The suggestion lever it came from, if any.
    pub lever: Option<String>,
    /// Stakeholder ids the action serves.
    pub stakeholders: Vec<u32>,
    pub owner: String,
    /// ISO date `YYYY-MM-DD`, or empty.
    pub due: String,
    pub status: Status,
    /// 0–100, higher first.
    pub priority: u8,
}

impl PlanItem {
    /// The suggestion lever the item came from, while its title is still that lever's own (in
    /// either language); `None` once the user has written a title of their own.
    pub fn kept_lever(&self) -> Option<&'static Lever> {
        let l = suggestions::lever(self.lever.as_deref()?)?;
        (self.title == l.title.es || self.title == l.title.en).then_some(l)
    }

    /// The title to show: a lever's own title follows the interface language; one the user
    /// wrote stays as written.
    pub fn title_in(&self, lang: Lang) -> &str {
        match self.kept_lever() {
            Some(l) => l.title.get(lang),
            None => &self.title,
        }
    }
}

/// A whole stakeholder map.
#[derive(Clone, Debug, PartialEq)]
pub struct Map {
    pub id: String,
    pub name: String,
    pub stakeholders: Vec<Stakeholder>,
    pub plan: Vec<PlanItem>,
    /// Next id for a stakeholder or plan item; ids are never reused inside a map.
    pub next_id: u32,
    /// Milliseconds since the epoch of the last export, to remind about backups.
    pub exported_at: Option<f64>,
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
        }
    }

    pub fn stakeholder(&self, id: u32) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| s.id == id)
    }

    /// The names of the stakeholders `ids`, in that order; ids no longer on the map are skipped.
    pub fn names_of(&self, ids: &[u32]) -> Vec<String> {
        ids.iter()
            .filter_map(|id| self.stakeholder(*id).map(|s| s.name.clone()))
            .collect()
    }

    fn stakeholder_mut(&mut self, id: u32) -> Option<&mut Stakeholder> {
        self.stakeholders.iter_mut().find(|s| s.id == id)
    }

    fn plan_item_mut(&mut self, id: u32) -> Option<&mut PlanItem> {
        self.plan.iter_mut().find(|p| p.id == id)
    }

    fn take_id(&mut self) -> u32 {
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

    /// A copy that can live beside the original (new id and name, same content).
    pub fn duplicate(&self, id: impl Into<String>, name: impl Into<String>) -> Map {
        Map {
            id: id.into(),
            name: name.into(),
            exported_at: None,
            ..self.clone()
        }
    }
}

/// Every map the user keeps, and which one is open.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Workspace {
    pub maps: Vec<Map>,
    /// Id of the open map.
    pub current: String,
}

impl Workspace {
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

    /// A workspace with one empty map.
    pub fn with_map(id: impl Into<String>, name: impl Into<String>) -> Workspace {
        let map = Map::new(id, name);
        Workspace {
            current: map.id.clone(),
            maps: vec![map],
        }
    }

    pub fn current_map(&self) -> Option<&Map> {
        self.maps
            .iter()
            .find(|m| m.id == self.current)
            .or_else(|| self.maps.first())
    }

    pub(super) fn current_map_mut(&mut self) -> Option<&mut Map> {
        let idx = self
            .maps
            .iter()
            .position(|m| m.id == self.current)
            .or(if self.maps.is_empty() { None } else { Some(0) })?;
        self.maps.get_mut(idx)
    }

    pub fn map(&self, id: &str) -> Option<&Map> {
        self.maps.iter().find(|m| m.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_follows_the_ids_and_skips_removed_people() {
        let mut ws = Workspace::with_map("m1", "Shop");
        for name in ["Ana", "Luis"] {
            ws.apply(Action::AddStakeholder {
                name: name.into(),
                role: String::new(),
                notes: String::new(),
            });
        }
        let map = ws.current_map().unwrap();
        assert_eq!(map.names_of(&[2, 99, 1]), ["Luis", "Ana"]);
        assert!(map.names_of(&[]).is_empty());
    }
}
