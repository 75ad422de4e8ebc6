//! The action plan's items: what to do, for whom, by whom and when, and how far along it is.

use serde::{Deserialize, Serialize};

use super::suggestions::{self, Lever};
use super::Lang;

/// Progress of a plan action.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
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
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlanItem {
    pub id: u32,
    pub title: String,
    /// The suggestion lever it came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lever: Option<String>,
    /// Stakeholder ids the action serves.
    #[serde(default)]
    pub stakeholders: Vec<u32>,
    #[serde(default)]
    pub owner: String,
    /// ISO date `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub status: Status,
    /// 0–100, higher first.
    #[serde(default)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lever_title_follows_the_language_until_the_user_writes_one() {
        let l = &suggestions::levers()[0];
        let mut item = PlanItem {
            id: 1,
            title: l.title.es.into(),
            lever: Some(l.id.into()),
            stakeholders: vec![],
            owner: String::new(),
            due: String::new(),
            status: Status::Todo,
            priority: 0,
        };
        assert_eq!(item.title_in(Lang::En), l.title.en);
        assert_eq!(item.title_in(Lang::Es), l.title.es);
        item.title = "Thank Marta at Christmas".into();
        assert!(item.kept_lever().is_none());
        assert_eq!(item.title_in(Lang::Es), "Thank Marta at Christmas");
        // Without a lever, or with one that no longer exists, the title is the user's.
        item.title = l.title.en.into();
        item.lever = Some("no_such_lever".into());
        assert_eq!(item.title_in(Lang::Es), l.title.en);
    }
}
