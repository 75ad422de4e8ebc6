//! One tab's state and the only way to change it: [`Action`]s applied by [`Tab::apply`].
//!
//! A tab holds the saved [`Workspace`], which of its maps this tab has open (each tab its own,
//! so another tab's switch never moves this tab's edits), and, at times, a map shown
//! read-only: one opened from a share link or an example. Every action names the map it
//! changes, and any change aimed at the read-only map is refused here, whatever sent it.

use super::invites::{self, Fit, Invite, Reply, Signed};
use super::local::{action_fields, get, Field, Local, PersonPart, Value};
use super::merge::{rebase, Clash};
use super::plan::PlanItem;
use super::questionnaire::Answers;
use super::workspace::{clean_name, Map, Stakeholder, Workspace};

/// The map an action is for.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// One of the user's own maps, by id.
    Own(String),
    /// The map this tab shows read-only.
    Shown,
}

/// Where a read-only map came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShownFrom {
    /// A share link.
    Link,
    /// One of the app's example maps.
    Example,
}

/// A map shown read-only in this tab; it is never saved and never changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub map: Map,
    pub from: ShownFrom,
}

/// A change inside one map.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    AddStakeholder {
        name: String,
        role: String,
        notes: String,
    },
    EditStakeholder {
        id: u32,
        name: String,
        role: String,
        notes: String,
    },
    DeleteStakeholder {
        id: u32,
    },
    /// Undo of a delete: puts the stakeholder back where it was.
    RestoreStakeholder {
        index: usize,
        stakeholder: Stakeholder,
    },
    SetAnswer {
        id: u32,
        question: String,
        option: String,
    },
    ClearAnswer {
        id: u32,
        question: String,
    },
    ReplaceAnswers {
        id: u32,
        answers: Answers,
    },
    AddPlanItem {
        item: PlanItem,
    },
    UpdatePlanItem {
        item: PlanItem,
    },
    DeletePlanItem {
        id: u32,
    },
    RestorePlanItem {
        index: usize,
        item: PlanItem,
    },
    Rename {
        name: String,
    },
    /// The whole map replaced by another with the same id (an import, by the user's choice).
    Replace {
        map: Map,
    },
    /// The map was exported at `at` (milliseconds since the epoch).
    MarkExported {
        at: f64,
    },
    /// Several people added at once (a list brought in), as `(name, role)`, in order; blank
    /// names are skipped.
    AddStakeholders {
        people: Vec<(String, String)>,
    },
}

/// Every change to a tab's state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit {
        map: Target,
        edit: Edit,
    },
    /// A new empty map made at `at` (milliseconds since the epoch), opened in this tab.
    CreateMap {
        id: String,
        name: String,
        at: f64,
    },
    /// A map from elsewhere (a share link, an example, a file), opened in this tab.
    AddMap {
        map: Map,
    },
    /// A copy of `map` under `new_id` made at `at`, opened in this tab.
    DuplicateMap {
        map: Target,
        new_id: String,
        name: String,
        at: f64,
    },
    DeleteMap {
        map: Target,
    },
    /// Undo of a delete: puts the map back where it was and opens it.
    RestoreMap {
        index: usize,
        map: Map,
    },
    /// Opens one of the user's maps in this tab, leaving any read-only map.
    Open {
        id: String,
    },
    /// Shows a map read-only in this tab.
    Show {
        map: Map,
        from: ShownFrom,
    },
    CloseShown,
    /// Another tab's save, whose state includes this tab's saves up to number `taken` (0 for
    /// none), joined with this tab's own changes laid on top (`merge::rebase`); on a clash
    /// nothing changes and the outcome says so.
    Join {
        theirs: Workspace,
        taken: u32,
    },
    /// This tab saved the workspace as its save number `n`: another tab whose state includes
    /// that save holds this tab's values as they are now.
    Saved {
        n: u32,
    },
    /// Another tab's save taken as it is, this tab's own changes dropped (the user's choice in
    /// a clash).
    TakeTheirs {
        theirs: Workspace,
    },
    /// Another tab's save taken, with this tab's versions of the clashing maps kept beside it
    /// as `copies` (the user's choice in a clash).
    KeepBoth {
        theirs: Workspace,
        copies: Vec<Map>,
    },
    /// A new invite for one of the map's stakeholders.
    CreateInvite {
        map: Target,
        invite: Invite,
    },
    /// An invite taken back, with every reply it brought.
    DeleteInvite {
        map: Target,
        id: String,
    },
    /// A reply added to its invite's stakeholder, once [`invites::fit`] finds it new: a
    /// person's kept, a group's only counted. Anything else is refused and changes nothing.
    AttachReply {
        map: Target,
        reply: Reply,
        signed: Signed,
    },
}

impl Action {
    /// A change to `map`.
    pub fn edit(map: &Target, edit: Edit) -> Action {
        Action::Edit {
            map: map.clone(),
            edit,
        }
    }

    /// Whether applying it may change what is saved (everything but showing a read-only map).
    pub fn touches_workspace(&self) -> bool {
        !matches!(
            self,
            Action::Show { .. } | Action::CloseShown | Action::Saved { .. }
        )
    }

    fn target(&self) -> Option<&Target> {
        match self {
            Action::Edit { map, .. }
            | Action::DuplicateMap { map, .. }
            | Action::DeleteMap { map }
            | Action::CreateInvite { map, .. }
            | Action::DeleteInvite { map, .. }
            | Action::AttachReply { map, .. } => Some(map),
            _ => None,
        }
    }
}

/// What an action did, so the UI can announce it or offer Undo.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Nothing,
    Changed,
    Added(u32),
    Removed,
    /// Another tab's save was joined; `mine_on_top`: this tab's own changes were laid on top
    /// of it, so the result must be saved.
    Joined {
        mine_on_top: bool,
    },
    /// Another tab's save changed the same things differently; nothing changed here.
    Clash(Clash),
}

/// Why an action was not applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// It would change the map shown read-only.
    ReadOnly(ShownFrom),
    /// A reply that cannot be added, and why (never [`Fit::New`]).
    Reply(Fit),
}

/// One tab's state.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Tab {
    ws: Workspace,
    current: String,
    shown: Option<Shown>,
    /// What this tab changed that other tabs may not hold yet.
    local: Local,
}

impl Tab {
    /// A tab on `ws` with `current` open if it is there, else the map a new tab opens.
    pub fn new(ws: Workspace, current: Option<&str>) -> Tab {
        let mut tab = Tab {
            ws,
            current: current.unwrap_or_default().to_string(),
            shown: None,
            local: Local::default(),
        };
        tab.keep_current_valid();
        tab
    }

    pub fn workspace(&self) -> &Workspace {
        &self.ws
    }

    /// Id of the user's map open in this tab (empty only when there are no maps).
    pub fn current_id(&self) -> &str {
        &self.current
    }

    /// The user's map open in this tab.
    pub fn current_map(&self) -> Option<&Map> {
        self.ws.map(&self.current)
    }

    pub fn shown(&self) -> Option<&Shown> {
        self.shown.as_ref()
    }

    /// The map on screen: the read-only one while it is shown, else the open one.
    pub fn visible_map(&self) -> Option<&Map> {
        match &self.shown {
            Some(s) => Some(&s.map),
            None => self.current_map(),
        }
    }

    /// What this tab changed that other tabs may not hold yet.
    pub fn local(&self) -> &Local {
        &self.local
    }

    /// The map on screen, as actions name it.
    pub fn target(&self) -> Target {
        match &self.shown {
            Some(_) => Target::Shown,
            None => Target::Own(self.current.clone()),
        }
    }

    /// Applies one action. A change to the read-only map is refused; invalid targets (unknown
    /// ids, empty names) change nothing.
    pub fn apply(&mut self, action: Action) -> Result<Outcome, Refused> {
        if action.target() == Some(&Target::Shown) {
            let from = self.shown.as_ref().map_or(ShownFrom::Link, |s| s.from);
            return Err(Refused::ReadOnly(from));
        }
        Ok(match action {
            Action::Edit {
                map: Target::Own(id),
                edit,
            } => {
                let Some(map) = self.ws.map_mut(&id) else {
                    return Ok(Outcome::Nothing);
                };
                let mut fields = touched(map, &edit);
                let adds_person = matches!(edit, Edit::AddStakeholder { .. });
                let first_new = map.next_id;
                let kind = match &edit {
                    Edit::AddStakeholders { .. } => Edit::AddStakeholders { people: Vec::new() },
                    _ => Edit::MarkExported { at: 0.0 },
                };
                let before: Vec<Value> = fields.iter().map(|f| get(&self.ws, f)).collect();
                let outcome = self
                    .ws
                    .map_mut(&id)
                    .map_or(Outcome::Nothing, |m| edit_map(m, edit));
                let mut befores = before;
                // Everyone a list added is new: ids from the map's next one before the edit.
                if let (Edit::AddStakeholders { .. }, Some(m)) = (&kind, self.ws.map(&id)) {
                    for s in m.stakeholders.iter().filter(|s| s.id >= first_new) {
                        fields.push(Field::Person(id.clone(), s.id));
                        befores.push(Value::Absent);
                    }
                }
                if let Outcome::Added(new) = outcome {
                    fields.push(if adds_person {
                        Field::Person(id.clone(), new)
                    } else {
                        Field::Action(id.clone(), new)
                    });
                    befores.push(Value::Absent);
                }
                self.record(fields, befores);
                outcome
            }
            Action::CreateMap { id, name, at } => {
                let name = clean_name(&name);
                if name.is_empty() || self.ws.map(&id).is_some() {
                    return Ok(Outcome::Nothing);
                }
                let mut map = Map::new(id.clone(), name);
                map.created_at = Some(at);
                self.ws.maps.push(map);
                self.record(vec![Field::Map(id.clone())], vec![Value::Absent]);
                self.open(id);
                Outcome::Changed
            }
            Action::AddMap { mut map } => {
                if self.ws.map(&map.id).is_some() {
                    return Ok(Outcome::Nothing);
                }
                // A shared or imported map may carry the name of one already here.
                map.name = self.ws.unique_map_name(&map.name);
                let id = map.id.clone();
                self.ws.maps.push(map);
                self.record(vec![Field::Map(id.clone())], vec![Value::Absent]);
                self.open(id);
                Outcome::Changed
            }
            Action::DuplicateMap {
                map: Target::Own(id),
                new_id,
                name,
                at,
            } => {
                if self.ws.map(&new_id).is_some() {
                    return Ok(Outcome::Nothing);
                }
                let name = self.ws.unique_map_name(&clean_name(&name));
                let Some(copy) = self
                    .ws
                    .map(&id)
                    .map(|m| m.duplicate(new_id.clone(), name, at))
                else {
                    return Ok(Outcome::Nothing);
                };
                self.ws.maps.push(copy);
                self.record(vec![Field::Map(new_id.clone())], vec![Value::Absent]);
                self.open(new_id);
                Outcome::Changed
            }
            Action::DeleteMap {
                map: Target::Own(id),
            } => {
                let field = Field::Map(id.clone());
                let before = get(&self.ws, &field);
                let count = self.ws.maps.len();
                self.ws.maps.retain(|m| m.id != id);
                if self.ws.maps.len() == count {
                    return Ok(Outcome::Nothing);
                }
                self.record(vec![field], vec![before]);
                self.keep_current_valid();
                Outcome::Removed
            }
            Action::RestoreMap { index, map } => {
                if self.ws.map(&map.id).is_some() {
                    return Ok(Outcome::Nothing);
                }
                let index = index.min(self.ws.maps.len());
                let id = map.id.clone();
                self.ws.maps.insert(index, map);
                self.record(vec![Field::Map(id.clone())], vec![Value::Absent]);
                self.open(id);
                Outcome::Changed
            }
            Action::Open { id } => {
                if self.ws.map(&id).is_none() {
                    return Ok(Outcome::Nothing);
                }
                let changed = self.current != id || self.shown.is_some();
                self.open(id);
                if changed {
                    Outcome::Changed
                } else {
                    Outcome::Nothing
                }
            }
            Action::Show { map, from } => {
                self.shown = Some(Shown { map, from });
                Outcome::Changed
            }
            Action::CloseShown => match self.shown.take() {
                Some(_) => Outcome::Changed,
                None => Outcome::Nothing,
            },
            // Only this tab's record of what others hold changes: nothing to show or save.
            Action::Saved { n } => {
                self.local.saved(n, &self.ws);
                Outcome::Nothing
            }
            Action::Join { theirs, taken } => match rebase(&theirs, taken, &self.ws, &self.local) {
                Ok((ws, local)) => {
                    let mine_on_top = ws != theirs;
                    self.ws = ws;
                    self.local = local;
                    self.keep_current_valid();
                    Outcome::Joined { mine_on_top }
                }
                Err(clash) => Outcome::Clash(clash),
            },
            Action::TakeTheirs { theirs } => {
                self.ws = theirs;
                self.local.clear();
                self.keep_current_valid();
                Outcome::Changed
            }
            Action::KeepBoth { theirs, copies } => {
                self.ws = theirs;
                self.local.clear();
                for copy in copies {
                    let field = Field::Map(copy.id.clone());
                    self.ws.maps.push(copy);
                    self.record(vec![field], vec![Value::Absent]);
                }
                self.keep_current_valid();
                Outcome::Changed
            }
            Action::CreateInvite {
                map: Target::Own(id),
                invite,
            } => {
                let field = Field::Hearing(id.clone());
                let before = get(&self.ws, &field);
                let Some(map) = self.ws.map_mut(&id) else {
                    return Ok(Outcome::Nothing);
                };
                let fresh = map.stakeholder(invite.stakeholder).is_some()
                    && invite.key_bytes().is_some()
                    && !map.invites.iter().any(|i| i.id == invite.id);
                if !fresh {
                    return Ok(Outcome::Nothing);
                }
                map.invites.push(invite);
                self.record(vec![field], vec![before]);
                Outcome::Changed
            }
            Action::DeleteInvite {
                map: Target::Own(id),
                id: invite,
            } => {
                let field = Field::Hearing(id.clone());
                let before = get(&self.ws, &field);
                if !self
                    .ws
                    .map_mut(&id)
                    .is_some_and(|m| invites::delete(m, &invite))
                {
                    return Ok(Outcome::Nothing);
                }
                self.record(vec![field], vec![before]);
                Outcome::Removed
            }
            Action::AttachReply {
                map: Target::Own(id),
                reply,
                signed,
            } => {
                let field = Field::Hearing(id.clone());
                let before = get(&self.ws, &field);
                let Some(map) = self.ws.map_mut(&id) else {
                    return Ok(Outcome::Nothing);
                };
                match invites::fit(map, &reply, &signed) {
                    Fit::New => invites::attach(map, reply),
                    refused => return Err(Refused::Reply(refused)),
                }
                self.record(vec![field], vec![before]);
                Outcome::Changed
            }
            // Handled by the refusal above.
            Action::Edit {
                map: Target::Shown, ..
            }
            | Action::DuplicateMap {
                map: Target::Shown, ..
            }
            | Action::DeleteMap { map: Target::Shown }
            | Action::CreateInvite {
                map: Target::Shown, ..
            }
            | Action::DeleteInvite {
                map: Target::Shown, ..
            }
            | Action::AttachReply {
                map: Target::Shown, ..
            } => Outcome::Nothing,
        })
    }

    /// Notes each of `fields` whose value moved from its `before` as changed here.
    fn record(&mut self, fields: Vec<Field>, before: Vec<Value>) {
        for (field, before) in fields.into_iter().zip(before) {
            let after = get(&self.ws, &field);
            self.local.record(field, before, after);
        }
    }

    /// Opens `id` in this tab, remembers it for new tabs and leaves any read-only map.
    fn open(&mut self, id: String) {
        self.ws.last_opened.clone_from(&id);
        self.current = id;
        self.shown = None;
    }

    /// After maps came or went: the open map is one that exists, if any does.
    fn keep_current_valid(&mut self) {
        if self.ws.map(&self.current).is_none() {
            self.current = self
                .ws
                .opening_map()
                .map(|m| m.id.clone())
                .unwrap_or_default();
        }
        if self.ws.map(&self.ws.last_opened).is_none() {
            self.ws.last_opened.clone_from(&self.current);
        }
    }
}

/// The fields of `map` that `edit` may change (an addition's new item is added after).
fn touched(map: &Map, edit: &Edit) -> Vec<Field> {
    let m = || map.id.clone();
    match edit {
        Edit::AddStakeholder { .. } | Edit::AddStakeholders { .. } | Edit::MarkExported { .. } => {
            Vec::new()
        }
        Edit::EditStakeholder { id, .. } => [PersonPart::Name, PersonPart::Role, PersonPart::Notes]
            .into_iter()
            .map(|p| Field::PersonPart(m(), *id, p))
            .collect(),
        Edit::DeleteStakeholder { id } => vec![Field::Person(m(), *id)],
        Edit::RestoreStakeholder { stakeholder, .. } => vec![Field::Person(m(), stakeholder.id)],
        Edit::SetAnswer { id, question, .. } | Edit::ClearAnswer { id, question } => {
            vec![Field::Answer(m(), *id, question.clone())]
        }
        Edit::ReplaceAnswers { id, answers } => {
            let old = map
                .stakeholder(*id)
                .map(|s| s.answers.keys().cloned().collect::<Vec<_>>());
            old.unwrap_or_default()
                .into_iter()
                .chain(answers.keys().cloned())
                .map(|q| Field::Answer(m(), *id, q))
                .collect()
        }
        // Joining an action already in the plan changes its people and priority.
        Edit::AddPlanItem { item } => map
            .plan
            .iter()
            .filter(|p| p.lever.is_some() && p.lever == item.lever)
            .flat_map(|p| action_fields(&map.id, p.id))
            .collect(),
        Edit::UpdatePlanItem { item } => action_fields(&map.id, item.id),
        Edit::DeletePlanItem { id } => vec![Field::Action(m(), *id)],
        Edit::RestorePlanItem { item, .. } => vec![Field::Action(m(), item.id)],
        Edit::Rename { .. } => vec![Field::MapName(m())],
        Edit::Replace { .. } => vec![Field::Map(m())],
    }
}

fn edit_map(map: &mut Map, edit: Edit) -> Outcome {
    match edit {
        Edit::AddStakeholder { name, role, notes } => {
            let name = clean_name(&name);
            if name.is_empty() {
                return Outcome::Nothing;
            }
            let id = map.take_id();
            map.stakeholders.push(Stakeholder {
                id,
                name,
                role: role.trim().to_string(),
                notes,
                answers: Answers::new(),
            });
            Outcome::Added(id)
        }
        Edit::AddStakeholders { people } => {
            let mut added = false;
            for (name, role) in people {
                let name = clean_name(&name);
                if name.is_empty() {
                    continue;
                }
                let id = map.take_id();
                map.stakeholders.push(Stakeholder {
                    id,
                    name,
                    role: role.trim().to_string(),
                    notes: String::new(),
                    answers: Answers::new(),
                });
                added = true;
            }
            if added {
                Outcome::Changed
            } else {
                Outcome::Nothing
            }
        }
        Edit::EditStakeholder {
            id,
            name,
            role,
            notes,
        } => {
            let name = clean_name(&name);
            let Some(s) = map.stakeholder_mut(id) else {
                return Outcome::Nothing;
            };
            if name.is_empty() || (s.name == name && s.role == role && s.notes == notes) {
                return Outcome::Nothing;
            }
            s.name = name;
            s.role = role;
            s.notes = notes;
            Outcome::Changed
        }
        Edit::DeleteStakeholder { id } => {
            let before = map.stakeholders.len();
            map.stakeholders.retain(|s| s.id != id);
            if map.stakeholders.len() == before {
                return Outcome::Nothing;
            }
            Outcome::Removed
        }
        Edit::RestoreStakeholder { index, stakeholder } => {
            if map.stakeholder(stakeholder.id).is_some() {
                return Outcome::Nothing;
            }
            let index = index.min(map.stakeholders.len());
            map.next_id = map.next_id.max(stakeholder.id.saturating_add(1));
            map.stakeholders.insert(index, stakeholder);
            Outcome::Changed
        }
        Edit::SetAnswer {
            id,
            question,
            option,
        } => {
            let Some(s) = map.stakeholder_mut(id) else {
                return Outcome::Nothing;
            };
            if s.answers.get(&question) == Some(&option) {
                return Outcome::Nothing;
            }
            s.answers.insert(question, option);
            Outcome::Changed
        }
        Edit::ClearAnswer { id, question } => {
            let Some(s) = map.stakeholder_mut(id) else {
                return Outcome::Nothing;
            };
            match s.answers.remove(&question) {
                Some(_) => Outcome::Changed,
                None => Outcome::Nothing,
            }
        }
        Edit::ReplaceAnswers { id, answers } => {
            let Some(s) = map.stakeholder_mut(id) else {
                return Outcome::Nothing;
            };
            if s.answers == answers {
                return Outcome::Nothing;
            }
            s.answers = answers;
            Outcome::Changed
        }
        Edit::AddPlanItem { mut item } => {
            item.title = clean_name(&item.title);
            if item.title.is_empty() {
                return Outcome::Nothing;
            }
            // The same lever is one action, not two: the people join it. An item the user
            // retitled may have been narrowed to its people, so it is left as it is.
            if let Some(lever) = &item.lever {
                if let Some(existing) = map
                    .plan
                    .iter_mut()
                    .find(|p| p.lever.as_ref() == Some(lever) && p.kept_lever().is_some())
                {
                    let mut changed = false;
                    for s in &item.stakeholders {
                        if !existing.stakeholders.contains(s) {
                            existing.stakeholders.push(*s);
                            changed = true;
                        }
                    }
                    existing.priority = existing.priority.max(item.priority);
                    return if changed {
                        Outcome::Changed
                    } else {
                        Outcome::Nothing
                    };
                }
            }
            item.id = map.take_id();
            let id = item.id;
            map.plan.push(item);
            Outcome::Added(id)
        }
        Edit::UpdatePlanItem { mut item } => {
            let Some(existing) = map.plan_item_mut(item.id) else {
                return Outcome::Nothing;
            };
            item.title = clean_name(&item.title);
            if item.title.is_empty() || *existing == item {
                return Outcome::Nothing;
            }
            *existing = item;
            Outcome::Changed
        }
        Edit::DeletePlanItem { id } => {
            let before = map.plan.len();
            map.plan.retain(|p| p.id != id);
            if map.plan.len() == before {
                Outcome::Nothing
            } else {
                Outcome::Removed
            }
        }
        Edit::RestorePlanItem { index, item } => {
            if map.plan.iter().any(|p| p.id == item.id) {
                return Outcome::Nothing;
            }
            map.next_id = map.next_id.max(item.id.saturating_add(1));
            let index = index.min(map.plan.len());
            map.plan.insert(index, item);
            Outcome::Changed
        }
        Edit::Rename { name } => {
            let name = clean_name(&name);
            if name.is_empty() || map.name == name {
                return Outcome::Nothing;
            }
            map.name = name;
            Outcome::Changed
        }
        Edit::Replace { map: with } => {
            if with.id != map.id || *map == with {
                return Outcome::Nothing;
            }
            *map = with;
            Outcome::Changed
        }
        Edit::MarkExported { at } => {
            map.exported_at = Some(at);
            Outcome::Changed
        }
    }
}
