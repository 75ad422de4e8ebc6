//! The one door: every change is an action applied by `Tab::apply`. Changes aimed at the map
//! shown read-only are refused whatever they are; each tab keeps its own open map.

use orbita::domain::plan::{PlanItem, Status};
use orbita::domain::questionnaire::Answers;
use orbita::domain::state::{Action, Edit, Outcome, Refused, ShownFrom, Tab, Target};
use orbita::domain::suggestions;
use orbita::domain::workspace::{Map, Stakeholder, Workspace};

fn own(id: &str) -> Target {
    Target::Own(id.into())
}

fn add(tab: &mut Tab, map: &str, name: &str) -> u32 {
    match tab.apply(Action::edit(
        &own(map),
        Edit::AddStakeholder {
            name: name.into(),
            role: String::new(),
            notes: String::new(),
        },
    )) {
        Ok(Outcome::Added(id)) => id,
        other => panic!("{other:?}"),
    }
}

fn item(id: u32, title: &str) -> PlanItem {
    PlanItem {
        id,
        title: title.into(),
        lever: None,
        stakeholders: vec![1],
        owner: String::new(),
        due: String::new(),
        status: Status::Todo,
        priority: 40,
    }
}

/// One of every change a map can take.
fn every_edit() -> Vec<Edit> {
    let person = Stakeholder {
        id: 99,
        name: "Eve".into(),
        role: String::new(),
        notes: String::new(),
        answers: Answers::new(),
    };
    vec![
        Edit::AddStakeholder {
            name: "Eve".into(),
            role: String::new(),
            notes: String::new(),
        },
        Edit::EditStakeholder {
            id: 1,
            name: "Changed".into(),
            role: "Changed".into(),
            notes: "Changed".into(),
        },
        Edit::DeleteStakeholder { id: 1 },
        Edit::RestoreStakeholder {
            index: 0,
            stakeholder: person,
        },
        Edit::SetAnswer {
            id: 1,
            question: "pays".into(),
            option: "pays.they_pay".into(),
        },
        Edit::ClearAnswer {
            id: 1,
            question: "pays".into(),
        },
        Edit::ReplaceAnswers {
            id: 1,
            answers: Answers::new(),
        },
        Edit::AddPlanItem {
            item: item(0, "New"),
        },
        Edit::UpdatePlanItem {
            item: item(3, "Changed"),
        },
        Edit::DeletePlanItem { id: 3 },
        Edit::RestorePlanItem {
            index: 0,
            item: item(98, "Back"),
        },
        Edit::Rename {
            name: "Renamed".into(),
        },
        Edit::Replace {
            map: Map::new("sample-1", "Other"),
        },
        Edit::MarkExported { at: 1.0 },
        Edit::AddStakeholders {
            people: vec![("Zoe".into(), "Cook".into()), ("Yan".into(), String::new())],
        },
    ]
}

/// A tab whose own map has the same id and people as the map it shows read-only, as when
/// a link to a map the user saved before is opened again.
fn tab_showing(from: ShownFrom) -> Tab {
    let mut mine = Map::new("sample-1", "Mine");
    let mut ana = Stakeholder {
        id: 1,
        name: "Ana".into(),
        role: "Cashier".into(),
        notes: String::new(),
        answers: Answers::new(),
    };
    ana.answers.insert("pays".into(), "pays.we_pay".into());
    mine.stakeholders.push(ana);
    mine.plan.push(item(3, "Thank Ana"));
    mine.next_id = 4;
    let ws = Workspace {
        last_opened: mine.id.clone(),
        maps: vec![mine.clone()],
    };
    let mut tab = Tab::new(ws, None);
    let mut shared = mine;
    shared.name = "Shared".into();
    tab.apply(Action::Show { map: shared, from }).unwrap();
    tab
}

#[test]
fn every_change_to_the_read_only_map_is_refused_and_nothing_moves() {
    for from in [ShownFrom::Link, ShownFrom::Example] {
        let mut actions: Vec<Action> = every_edit()
            .into_iter()
            .map(|edit| Action::edit(&Target::Shown, edit))
            .collect();
        actions.push(Action::DuplicateMap {
            map: Target::Shown,
            new_id: "copy".into(),
            name: "Copy".into(),
            at: 0.0,
        });
        actions.push(Action::DeleteMap { map: Target::Shown });
        for action in actions {
            let mut tab = tab_showing(from);
            let before = tab.clone();
            assert_eq!(tab.target(), Target::Shown);
            assert_eq!(
                tab.apply(action.clone()),
                Err(Refused::ReadOnly(from)),
                "{action:?}"
            );
            assert_eq!(tab, before, "{action:?} changed something");
        }
    }
}

#[test]
fn the_same_changes_to_an_own_map_do_change_it() {
    for edit in every_edit() {
        let mut tab = tab_showing(ShownFrom::Link);
        tab.apply(Action::CloseShown).unwrap();
        let target = tab.target();
        assert_eq!(target, own("sample-1"));
        let before = tab.workspace().clone();
        assert_ne!(
            tab.apply(Action::edit(&target, edit.clone())),
            Ok(Outcome::Nothing),
            "{edit:?}"
        );
        assert_ne!(*tab.workspace(), before, "{edit:?}");
    }
}

#[test]
fn each_tab_keeps_its_open_map_whatever_another_tab_opens() {
    let ws = Workspace::with_map("a", "A");
    let mut left = Tab::new(ws.clone(), None);
    left.apply(Action::CreateMap {
        id: "b".into(),
        name: "B".into(),
        at: 0.0,
    })
    .unwrap();
    // The right tab opens A; the left one stays on B.
    let mut right = Tab::new(left.workspace().clone(), Some("a"));
    assert_eq!(right.current_id(), "a");
    // The left tab duplicates B: the copy opens there only.
    left.apply(Action::DuplicateMap {
        map: own("b"),
        new_id: "b2".into(),
        name: "B copy".into(),
        at: 0.0,
    })
    .unwrap();
    assert_eq!(left.current_id(), "b2");
    right
        .apply(Action::Join {
            theirs: left.workspace().clone(),
            taken: 0,
        })
        .unwrap();
    assert_eq!(
        right.current_id(),
        "a",
        "another tab's switch moved this tab"
    );
    // What the right tab types goes to A, not to the copy.
    let open = right.current_id().to_string();
    add(&mut right, &open, "Ana");
    assert_eq!(right.workspace().map("a").unwrap().stakeholders.len(), 1);
    assert!(right.workspace().map("b2").unwrap().stakeholders.is_empty());
    // A new tab opens the map opened last.
    assert_eq!(Tab::new(left.workspace().clone(), None).current_id(), "b2");
}

#[test]
fn a_tab_whose_map_was_deleted_elsewhere_opens_another() {
    let mut ws = Workspace::with_map("a", "A");
    ws.maps.push(Map::new("b", "B"));
    let mut tab = Tab::new(ws.clone(), Some("b"));
    ws.maps.retain(|m| m.id != "b");
    tab.apply(Action::Join {
        theirs: ws,
        taken: 0,
    })
    .unwrap();
    assert_eq!(tab.current_id(), "a");
    assert_eq!(tab.current_map().unwrap().name, "A");
}

#[test]
fn opening_an_own_map_leaves_the_read_only_one() {
    let mut tab = tab_showing(ShownFrom::Example);
    assert_eq!(tab.visible_map().unwrap().name, "Shared");
    tab.apply(Action::Open {
        id: "sample-1".into(),
    })
    .unwrap();
    assert!(tab.shown().is_none());
    assert_ne!(tab.visible_map().unwrap().name, "Shared");
    assert_eq!(tab.target(), own("sample-1"));
}

#[test]
fn showing_a_map_never_touches_the_saved_workspace() {
    let tab = tab_showing(ShownFrom::Link);
    let show = Action::Show {
        map: Map::new("x", "X"),
        from: ShownFrom::Link,
    };
    assert!(!show.touches_workspace());
    assert!(!Action::CloseShown.touches_workspace());
    assert!(tab.workspace().map("x").is_none());
}

#[test]
fn names_of_follows_the_ids_and_skips_removed_people() {
    let mut tab = Tab::new(Workspace::with_map("m1", "Shop"), None);
    add(&mut tab, "m1", "Ana");
    add(&mut tab, "m1", "Luis");
    let map = tab.current_map().unwrap();
    assert_eq!(map.names_of(&[2, 99, 1]), ["Luis", "Ana"]);
    assert_eq!(map.names_of(&[1, 2, 1]), ["Ana", "Luis", "Ana"]);
    assert!(map.names_of(&[]).is_empty());
}

#[test]
fn added_and_duplicated_maps_get_names_that_tell_them_apart() {
    let mut tab = Tab::new(Workspace::with_map("m1", "My map"), None);
    for id in ["m2", "m3"] {
        tab.apply(Action::AddMap {
            map: Map::new(id, "My map"),
        })
        .unwrap();
    }
    tab.apply(Action::DuplicateMap {
        map: own("m1"),
        new_id: "m4".into(),
        name: "My map (2)".into(),
        at: 0.0,
    })
    .unwrap();
    let names: Vec<&str> = tab
        .workspace()
        .maps
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["My map", "My map (2)", "My map (3)", "My map (2) (2)"]
    );
    assert_eq!(tab.current_id(), "m4");
}

#[test]
fn the_same_lever_joins_its_item_unless_the_user_retitled_it() {
    let l = &suggestions::levers()[0];
    let lever_item = |title: &str, people: Vec<u32>| {
        Action::edit(
            &own("m1"),
            Edit::AddPlanItem {
                item: PlanItem {
                    lever: Some(l.id.into()),
                    stakeholders: people,
                    ..item(0, title)
                },
            },
        )
    };
    let mut tab = Tab::new(Workspace::with_map("m1", "Shop"), None);
    assert!(matches!(
        tab.apply(lever_item(l.title.en, vec![1])),
        Ok(Outcome::Added(_))
    ));
    // Added again in the other language for someone else: one action, serving both.
    assert_eq!(
        tab.apply(lever_item(l.title.es, vec![2])),
        Ok(Outcome::Changed)
    );
    let plan = &tab.current_map().unwrap().plan;
    assert_eq!(plan.len(), 1);
    assert_eq!(plan[0].stakeholders, [1, 2]);
    // Retitled for a narrower purpose, it no longer takes in new people.
    let mut narrowed = plan[0].clone();
    narrowed.title = "Call Ana and Luis".into();
    tab.apply(Action::edit(
        &own("m1"),
        Edit::UpdatePlanItem { item: narrowed },
    ))
    .unwrap();
    assert!(matches!(
        tab.apply(lever_item(l.title.en, vec![3])),
        Ok(Outcome::Added(_))
    ));
    let plan = &tab.current_map().unwrap().plan;
    assert_eq!(plan.len(), 2);
    assert_eq!(plan[0].stakeholders, [1, 2]);
    assert_eq!(plan[1].stakeholders, [3]);
}

#[test]
fn a_list_of_people_is_added_in_one_action_with_new_ids() {
    let mut tab = Tab::new(Workspace::with_map("a", "A"), None);
    let ana = add(&mut tab, "a", "Ana");
    let outcome = tab.apply(Action::edit(
        &own("a"),
        Edit::AddStakeholders {
            people: vec![
                ("  Luis ".into(), " Cook ".into()),
                ("   ".into(), "blank names are skipped".into()),
                ("Marta".into(), String::new()),
            ],
        },
    ));
    assert_eq!(outcome, Ok(Outcome::Changed));
    let m = tab.current_map().expect("map");
    let people: Vec<(u32, &str, &str)> = m
        .stakeholders
        .iter()
        .map(|s| (s.id, s.name.as_str(), s.role.as_str()))
        .collect();
    assert_eq!(people.len(), 3);
    assert_eq!((people[1].1, people[1].2), ("Luis", "Cook"));
    assert_eq!(people[2].1, "Marta");
    assert!(people[1].0 > ana && people[2].0 > people[1].0, "{people:?}");
    // Another tab learns of every new person (each is recorded as this tab's change).
    assert!(tab.local().changes().count() >= 3, "{:?}", tab.local());
    // Nothing to add: nothing changes.
    assert_eq!(
        tab.apply(Action::edit(
            &own("a"),
            Edit::AddStakeholders {
                people: vec![(" ".into(), String::new())]
            }
        )),
        Ok(Outcome::Nothing)
    );
}
