//! What this tab changed, field by field, and the value each such field had in this tab's
//! saves. Another tab's save is joined by taking it and laying these fields back on top where
//! it did not change them since the save of this tab it descends from (`merge::rebase`), so
//! edits to different fields all survive, whatever order the browser delivers saves in.

use std::collections::BTreeMap;

use super::invites::{Invite, Reply, Tally};
use super::plan::{PlanItem, Status};
use super::workspace::{Map, Stakeholder, Workspace};

/// One part of a stakeholder that is edited on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PersonPart {
    Name,
    Role,
    Notes,
}

/// One part of a plan action that is edited on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActionPart {
    Title,
    Lever,
    People,
    Owner,
    Due,
    Status,
    Priority,
}

/// A place in the workspace that edits change. The presence fields (`Map`, `Person`,
/// `Action`) come first in the order, so items are in place before their parts are set.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// Whether the map is there (made, deleted, restored or replaced as a whole).
    Map(String),
    Person(String, u32),
    Action(String, u32),
    MapName(String),
    PersonPart(String, u32, PersonPart),
    Answer(String, u32, String),
    ActionPart(String, u32, ActionPart),
    /// A map's invites with the replies and tallies they brought, as one.
    Hearing(String),
}

impl Field {
    pub fn map_id(&self) -> &str {
        match self {
            Field::Map(m)
            | Field::Person(m, _)
            | Field::Action(m, _)
            | Field::MapName(m)
            | Field::PersonPart(m, ..)
            | Field::Answer(m, ..)
            | Field::ActionPart(m, ..)
            | Field::Hearing(m) => m,
        }
    }
}

/// A field's value; `Absent` when its item (or answer) is not there.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Absent,
    Map(Box<Map>),
    Person(Box<Stakeholder>),
    Action(Box<PlanItem>),
    Text(String),
    Lever(Option<String>),
    People(Vec<u32>),
    Status(Status),
    Priority(u8),
    Hearing(Box<Hearing>),
}

/// A map's invites, replies and tallies, as [`Field::Hearing`] holds them.
#[derive(Clone, Debug, PartialEq)]
pub struct Hearing {
    pub invites: Vec<Invite>,
    pub replies: Vec<Reply>,
    pub tallies: Vec<Tally>,
}

/// The value of `field` in `ws`.
pub fn get(ws: &Workspace, field: &Field) -> Value {
    let Some(map) = ws.map(field.map_id()) else {
        return Value::Absent;
    };
    let person = |id: &u32| map.stakeholder(*id);
    let action = |id: &u32| map.plan.iter().find(|p| p.id == *id);
    let value = match field {
        Field::Map(_) => Some(Value::Map(Box::new(map.clone()))),
        Field::MapName(_) => Some(Value::Text(map.name.clone())),
        Field::Hearing(_) => Some(Value::Hearing(Box::new(Hearing {
            invites: map.invites.clone(),
            replies: map.replies.clone(),
            tallies: map.tallies.clone(),
        }))),
        Field::Person(_, id) => person(id).map(|s| Value::Person(Box::new(s.clone()))),
        Field::Action(_, id) => action(id).map(|p| Value::Action(Box::new(p.clone()))),
        Field::PersonPart(_, id, part) => person(id).map(|s| {
            Value::Text(match part {
                PersonPart::Name => s.name.clone(),
                PersonPart::Role => s.role.clone(),
                PersonPart::Notes => s.notes.clone(),
            })
        }),
        Field::Answer(_, id, q) => person(id)
            .and_then(|s| s.answers.get(q))
            .map(|o| Value::Text(o.clone())),
        Field::ActionPart(_, id, part) => action(id).map(|p| match part {
            ActionPart::Title => Value::Text(p.title.clone()),
            ActionPart::Lever => Value::Lever(p.lever.clone()),
            ActionPart::People => Value::People(p.stakeholders.clone()),
            ActionPart::Owner => Value::Text(p.owner.clone()),
            ActionPart::Due => Value::Text(p.due.clone()),
            ActionPart::Status => Value::Status(p.status),
            ActionPart::Priority => Value::Priority(p.priority),
        }),
    };
    value.unwrap_or(Value::Absent)
}

/// Sets a part field (not a presence field) of an item that is there; returns whether it was.
pub fn set_part(ws: &mut Workspace, field: &Field, value: &Value) -> bool {
    let Some(map) = ws.map_mut(field.map_id()) else {
        return false;
    };
    match (field, value) {
        (Field::MapName(_), Value::Text(t)) => map.name.clone_from(t),
        (Field::Hearing(_), Value::Hearing(h)) => {
            map.invites.clone_from(&h.invites);
            map.replies.clone_from(&h.replies);
            map.tallies.clone_from(&h.tallies);
        }
        (Field::PersonPart(_, id, part), Value::Text(t)) => {
            let Some(s) = map.stakeholder_mut(*id) else {
                return false;
            };
            match part {
                PersonPart::Name => s.name.clone_from(t),
                PersonPart::Role => s.role.clone_from(t),
                PersonPart::Notes => s.notes.clone_from(t),
            }
        }
        (Field::Answer(_, id, q), v) => {
            let Some(s) = map.stakeholder_mut(*id) else {
                return false;
            };
            match v {
                Value::Text(o) => {
                    s.answers.insert(q.clone(), o.clone());
                }
                _ => {
                    s.answers.remove(q);
                }
            }
        }
        (Field::ActionPart(_, id, part), v) => {
            let Some(p) = map.plan_item_mut(*id) else {
                return false;
            };
            match (part, v) {
                (ActionPart::Title, Value::Text(t)) => p.title.clone_from(t),
                (ActionPart::Lever, Value::Lever(l)) => p.lever.clone_from(l),
                (ActionPart::People, Value::People(ids)) => p.stakeholders.clone_from(ids),
                (ActionPart::Owner, Value::Text(t)) => p.owner.clone_from(t),
                (ActionPart::Due, Value::Text(t)) => p.due.clone_from(t),
                (ActionPart::Status, Value::Status(s)) => p.status = *s,
                (ActionPart::Priority, Value::Priority(n)) => p.priority = *n,
                _ => return false,
            }
        }
        _ => return false,
    }
    true
}

/// Saved values kept per field: another tab's state is made from one of this tab's last saves.
const KEEP_SAVED: usize = 64;

/// One field this tab changed: its value before the first change, and its value from each of
/// this tab's saves on (by save number; a value is noted only when it differs from the last).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub before: Value,
    pub saved: Vec<(u32, Value)>,
}

impl Change {
    /// The value another tab holds for this field if it did not change it: the one in this
    /// tab's save number `taken` (the newest of this tab's saves its state includes; 0 for
    /// none), or the value before the change if that save came before it.
    pub fn expected(&self, taken: u32) -> &Value {
        self.saved
            .iter()
            .rev()
            .find(|(n, _)| *n <= taken)
            .map_or(&self.before, |(_, v)| v)
    }
}

/// Every field this tab changed since it started (or since the user settled a clash).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Local {
    changes: BTreeMap<Field, Change>,
}

impl Local {
    /// Notes that `field` went from `before` to `after` here.
    pub fn record(&mut self, field: Field, before: Value, after: Value) {
        if before == after {
            return;
        }
        self.changes.entry(field).or_insert(Change {
            before,
            saved: Vec::new(),
        });
    }

    /// Notes the values of every changed field in this tab's save number `n` of `ws`.
    pub fn saved(&mut self, n: u32, ws: &Workspace) {
        for (field, change) in &mut self.changes {
            let value = get(ws, field);
            if change.saved.last().map(|(_, v)| v) != Some(&value) {
                change.saved.push((n, value));
                if change.saved.len() > KEEP_SAVED {
                    change.saved.remove(0);
                }
            }
        }
    }

    pub fn changes(&self) -> impl Iterator<Item = (&Field, &Change)> {
        self.changes.iter()
    }

    pub fn clear(&mut self) {
        self.changes.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Gives every field of item `from` in `map` the id `to` (the item moved).
    pub fn move_item(&mut self, map: &str, from: u32, to: u32) {
        let moved: Vec<(Field, Change)> = self
            .changes
            .iter()
            .filter_map(|(f, c)| renumbered(f, map, from, to).map(|f| (f, c.clone())))
            .collect();
        self.changes
            .retain(|f, _| renumbered(f, map, from, to).is_none());
        self.changes.extend(moved);
    }
}

fn renumbered(f: &Field, map: &str, from: u32, to: u32) -> Option<Field> {
    if f.map_id() != map {
        return None;
    }
    let m = map.to_string();
    match f {
        Field::Person(_, id) if *id == from => Some(Field::Person(m, to)),
        Field::Action(_, id) if *id == from => Some(Field::Action(m, to)),
        Field::PersonPart(_, id, p) if *id == from => Some(Field::PersonPart(m, to, *p)),
        Field::Answer(_, id, q) if *id == from => Some(Field::Answer(m, to, q.clone())),
        Field::ActionPart(_, id, p) if *id == from => Some(Field::ActionPart(m, to, *p)),
        _ => None,
    }
}

/// Every field of a stakeholder that an edit may change.
pub fn person_fields(map: &str, s: &Stakeholder, others: &Stakeholder) -> Vec<Field> {
    let m = || map.to_string();
    let mut out: Vec<Field> = [PersonPart::Name, PersonPart::Role, PersonPart::Notes]
        .into_iter()
        .map(|p| Field::PersonPart(m(), s.id, p))
        .collect();
    for q in s.answers.keys().chain(others.answers.keys()) {
        let f = Field::Answer(m(), s.id, q.clone());
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

/// Every part field of a plan action.
pub fn action_fields(map: &str, id: u32) -> Vec<Field> {
    [
        ActionPart::Title,
        ActionPart::Lever,
        ActionPart::People,
        ActionPart::Owner,
        ActionPart::Due,
        ActionPart::Status,
        ActionPart::Priority,
    ]
    .into_iter()
    .map(|p| Field::ActionPart(map.to_string(), id, p))
    .collect()
}
