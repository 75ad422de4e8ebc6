//! Every change to the workspace, and how it is applied.

use super::{Map, PlanItem, Stakeholder, Workspace, MAX_NAME_CHARS};
use crate::domain::questionnaire::Answers;

/// Every change to the workspace. The UI builds these; [`Workspace::apply`] is the only mutator.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
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
    CreateMap {
        id: String,
        name: String,
    },
    AddMap {
        map: Map,
    },
    RenameMap {
        id: String,
        name: String,
    },
    DuplicateMap {
        id: String,
        new_id: String,
        name: String,
    },
    DeleteMap {
        id: String,
    },
    RestoreMap {
        index: usize,
        map: Map,
    },
    SwitchMap {
        id: String,
    },
    ReplaceMap {
        map: Map,
    },
    MarkExported {
        at: f64,
    },
}

/// What an action did, so the UI can announce it or offer Undo.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Nothing,
    Changed,
    Added(u32),
    Removed,
}

fn clean_name(name: &str) -> String {
    name.trim().chars().take(MAX_NAME_CHARS).collect()
}

impl Workspace {
    /// Applies one action. Invalid targets (unknown ids, empty names) change nothing.
    pub fn apply(&mut self, action: Action) -> Outcome {
        use Action::*;
        match action {
            AddStakeholder { name, role, notes } => {
                let name = clean_name(&name);
                if name.is_empty() {
                    return Outcome::Nothing;
                }
                let Some(map) = self.current_map_mut() else {
                    return Outcome::Nothing;
                };
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
            EditStakeholder {
                id,
                name,
                role,
                notes,
            } => {
                let name = clean_name(&name);
                let Some(s) = self.current_map_mut().and_then(|m| m.stakeholder_mut(id)) else {
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
            DeleteStakeholder { id } => {
                let Some(map) = self.current_map_mut() else {
                    return Outcome::Nothing;
                };
                let before = map.stakeholders.len();
                map.stakeholders.retain(|s| s.id != id);
                if map.stakeholders.len() == before {
                    return Outcome::Nothing;
                }
                Outcome::Removed
            }
            RestoreStakeholder { index, stakeholder } => {
                let Some(map) = self.current_map_mut() else {
                    return Outcome::Nothing;
                };
                if map.stakeholder(stakeholder.id).is_some() {
                    return Outcome::Nothing;
                }
                let index = index.min(map.stakeholders.len());
                map.next_id = map.next_id.max(stakeholder.id.saturating_add(1));
                map.stakeholders.insert(index, stakeholder);
                Outcome::Changed
            }
            SetAnswer {
                id,
                question,
                option,
            } => {
                let Some(s) = self.current_map_mut().and_then(|m| m.stakeholder_mut(id)) else {
                    return Outcome::Nothing;
                };
                if s.answers.get(&question) == Some(&option) {
                    return Outcome::Nothing;
                }
                s.answers.insert(question, option);
                Outcome::Changed
            }
            ClearAnswer { id, question } => {
                let Some(s) = self.current_map_mut().and_then(|m| m.stakeholder_mut(id)) else {
                    return Outcome::Nothing;
                };
                match s.answers.remove(&question) {
                    Some(_) => Outcome::Changed,
                    None => Outcome::Nothing,
                }
            }
            ReplaceAnswers { id, answers } => {
                let Some(s) = self.current_map_mut().and_then(|m| m.stakeholder_mut(id)) else {
                    return Outcome::Nothing;
                };
                if s.answers == answers {
                    return Outcome::Nothing;
                }
                s.answers = answers;
                Outcome::Changed
            }
            AddPlanItem { mut item } => {
                let Some(map) = self.current_map_mut() else {
                    return Outcome::Nothing;
                };
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
            UpdatePlanItem { mut item } => {
                let Some(existing) = self
                    .current_map_mut()
                    .and_then(|m| m.plan_item_mut(item.id))
                else {
                    return Outcome::Nothing;
                };
                item.title = clean_name(&item.title);
                if item.title.is_empty() || *existing == item {
                    return Outcome::Nothing;
                }
                *existing = item;
                Outcome::Changed
            }
            DeletePlanItem { id } => {
                let Some(map) = self.current_map_mut() else {
                    return Outcome::Nothing;
                };
                let before = map.plan.len();
                map.plan.retain(|p| p.id != id);
                if map.plan.len() == before {
                    Outcome::Nothing
                } else {
                    Outcome::Removed
                }
            }
            RestorePlanItem { index, item } => {
                let Some(map) = self.current_map_mut() else {
                    return Outcome::Nothing;
                };
                if map.plan.iter().any(|p| p.id == item.id) {
                    return Outcome::Nothing;
                }
                map.next_id = map.next_id.max(item.id.saturating_add(1));
                let index = index.min(map.plan.len());
                map.plan.insert(index, item);
                Outcome::Changed
            }
            CreateMap { id, name } => {
                let name = clean_name(&name);
                if name.is_empty() || self.map(&id).is_some() {
                    return Outcome::Nothing;
                }
                self.maps.push(Map::new(id.clone(), name));
                self.current = id;
                Outcome::Changed
            }
            AddMap { mut map } => {
                if self.map(&map.id).is_some() {
                    return Outcome::Nothing;
                }
                // A shared or imported map may carry the name of one already here.
                map.name = self.unique_map_name(&map.name);
                self.current = map.id.clone();
                self.maps.push(map);
                Outcome::Changed
            }
            RenameMap { id, name } => {
                let name = clean_name(&name);
                let Some(map) = self.maps.iter_mut().find(|m| m.id == id) else {
                    return Outcome::Nothing;
                };
                if name.is_empty() || map.name == name {
                    return Outcome::Nothing;
                }
                map.name = name;
                Outcome::Changed
            }
            DuplicateMap { id, new_id, name } => {
                if self.map(&new_id).is_some() {
                    return Outcome::Nothing;
                }
                let name = self.unique_map_name(&clean_name(&name));
                let Some(copy) = self.map(&id).map(|m| m.duplicate(new_id.clone(), name)) else {
                    return Outcome::Nothing;
                };
                self.maps.push(copy);
                self.current = new_id;
                Outcome::Changed
            }
            DeleteMap { id } => {
                let before = self.maps.len();
                self.maps.retain(|m| m.id != id);
                if self.maps.len() == before {
                    return Outcome::Nothing;
                }
                if self.current == id {
                    self.current = self.maps.first().map(|m| m.id.clone()).unwrap_or_default();
                }
                Outcome::Removed
            }
            RestoreMap { index, map } => {
                if self.map(&map.id).is_some() {
                    return Outcome::Nothing;
                }
                let index = index.min(self.maps.len());
                self.current = map.id.clone();
                self.maps.insert(index, map);
                Outcome::Changed
            }
            SwitchMap { id } => {
                if self.current == id || self.map(&id).is_none() {
                    return Outcome::Nothing;
                }
                self.current = id;
                Outcome::Changed
            }
            ReplaceMap { map } => {
                let Some(existing) = self.maps.iter_mut().find(|m| m.id == map.id) else {
                    return Outcome::Nothing;
                };
                if *existing == map {
                    return Outcome::Nothing;
                }
                *existing = map;
                Outcome::Changed
            }
            MarkExported { at } => {
                let Some(map) = self.current_map_mut() else {
                    return Outcome::Nothing;
                };
                map.exported_at = Some(at);
                Outcome::Changed
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::state::Status;
    use crate::domain::suggestions::{self, Lever};
    use crate::domain::Lang;

    #[test]
    fn added_and_duplicated_maps_get_names_that_tell_them_apart() {
        let mut ws = Workspace::with_map("m1", "My map");
        assert_eq!(ws.unique_map_name("Other"), "Other");
        ws.apply(Action::AddMap {
            map: Map::new("m2", "My map"),
        });
        ws.apply(Action::AddMap {
            map: Map::new("m3", "My map"),
        });
        ws.apply(Action::DuplicateMap {
            id: "m1".into(),
            new_id: "m4".into(),
            name: "My map (2)".into(),
        });
        let names: Vec<&str> = ws.maps.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            ["My map", "My map (2)", "My map (3)", "My map (2) (2)"]
        );
        assert_eq!(ws.current, "m4");
        // A name nobody has is kept as it is.
        ws.apply(Action::AddMap {
            map: Map::new("m5", "Bakery"),
        });
        assert_eq!(ws.map("m5").unwrap().name, "Bakery");
    }

    fn lever_item(lever: &Lever, title: &str, people: Vec<u32>) -> Action {
        Action::AddPlanItem {
            item: PlanItem {
                id: 0,
                title: title.into(),
                lever: Some(lever.id.into()),
                stakeholders: people,
                owner: String::new(),
                due: String::new(),
                status: Status::Todo,
                priority: 40,
            },
        }
    }

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

    #[test]
    fn the_same_lever_joins_its_item_unless_the_user_retitled_it() {
        let l = &suggestions::levers()[0];
        let mut ws = Workspace::with_map("m1", "Shop");
        assert!(matches!(
            ws.apply(lever_item(l, l.title.en, vec![1])),
            Outcome::Added(_)
        ));
        // Added again in the other language for someone else: one action, serving both.
        assert_eq!(
            ws.apply(lever_item(l, l.title.es, vec![2])),
            Outcome::Changed
        );
        let plan = &ws.current_map().unwrap().plan;
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].stakeholders, [1, 2]);
        // Retitled for a narrower purpose, it no longer takes in new people.
        let mut narrowed = plan[0].clone();
        narrowed.title = "Call Ana and Luis".into();
        ws.apply(Action::UpdatePlanItem { item: narrowed });
        assert!(matches!(
            ws.apply(lever_item(l, l.title.en, vec![3])),
            Outcome::Added(_)
        ));
        let plan = &ws.current_map().unwrap().plan;
        assert_eq!(plan.len(), 2);
        assert_eq!(plan[0].stakeholders, [1, 2]);
        assert_eq!(plan[1].stakeholders, [3]);
    }
}
