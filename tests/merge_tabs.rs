//! Two tabs changing the same workspace: each joins the other's saves with its own changes
//! laid on top (`Action::Join`). Edits to different fields all survive in whatever order the
//! saves arrive; one field changed both ways, or an item deleted on one side and edited on
//! the other, is a clash naming its map.

use orbita::domain::merge::Clash;
use orbita::domain::plan::{PlanItem, Status};
use orbita::domain::state::{Action, Edit, Outcome, Tab, Target};
use orbita::domain::sync::Clock;
use orbita::domain::workspace::{Stakeholder, Workspace};

fn start() -> Workspace {
    let mut ws = Workspace::with_map("m1", "Bakery");
    for (id, name) in [(1, "Nora"), (2, "Luis")] {
        ws.maps[0].stakeholders.push(Stakeholder {
            id,
            name: name.into(),
            role: String::new(),
            notes: String::new(),
            answers: Default::default(),
        });
    }
    ws.maps[0].next_id = 3;
    ws
}

/// An edit, saved at once as the app does.
fn edit(side: &mut Side, e: Edit) -> Outcome {
    let outcome = side
        .tab
        .apply(Action::edit(&Target::Own("m1".into()), e))
        .unwrap();
    side.save();
    outcome
}

fn notes(side: &mut Side, id: u32, text: &str) {
    let s = side
        .tab
        .workspace()
        .map("m1")
        .unwrap()
        .stakeholder(id)
        .unwrap()
        .clone();
    edit(
        side,
        Edit::EditStakeholder {
            id,
            name: s.name,
            role: s.role,
            notes: text.into(),
        },
    );
}

fn add(side: &mut Side, name: &str) -> u32 {
    match edit(
        side,
        Edit::AddStakeholder {
            name: name.into(),
            role: String::new(),
            notes: String::new(),
        },
    ) {
        Outcome::Added(id) => id,
        o => panic!("{o:?}"),
    }
}

/// A tab with its clock (the newest save of each tab its state includes), as the app keeps it.
#[derive(Clone)]
struct Side {
    tab: Tab,
    name: &'static str,
    saves: u32,
    clock: Clock,
}

impl Side {
    fn new(name: &'static str, ws: Workspace) -> Side {
        Side {
            tab: Tab::new(ws, None),
            name,
            saves: 0,
            clock: Clock::default(),
        }
    }

    /// Saves, as the app does after every change.
    fn save(&mut self) {
        self.saves += 1;
        self.tab.apply(Action::Saved { n: self.saves }).unwrap();
        self.clock.raise(self.name, self.saves);
    }
}

/// `side` takes in `theirs`'s last save.
fn join(side: &mut Side, theirs: &Side) -> Outcome {
    let outcome = side
        .tab
        .apply(Action::Join {
            theirs: theirs.tab.workspace().clone(),
            taken: theirs.clock.get(side.name),
        })
        .unwrap();
    // A clash changes nothing, so the tab does not descend from theirs.
    if matches!(outcome, Outcome::Clash(_)) {
        return outcome;
    }
    side.clock.join(&theirs.clock);
    if let Outcome::Joined { mine_on_top: true } = outcome {
        side.save();
    }
    outcome
}

fn people(side: &Side) -> Vec<(u32, String, String)> {
    let map = side.tab.workspace().map("m1").unwrap();
    let mut v: Vec<_> = map
        .stakeholders
        .iter()
        .map(|s| (s.id, s.name.clone(), s.notes.clone()))
        .collect();
    v.sort();
    v
}

#[test]
fn edits_to_different_people_survive_both_ways() {
    let mut a = Side::new("a", start());
    let mut b = Side::new("b", start());
    notes(&mut a, 1, "from A");
    notes(&mut b, 2, "from B");
    assert_eq!(join(&mut a, &b), Outcome::Joined { mine_on_top: true });
    assert_eq!(join(&mut b, &a), Outcome::Joined { mine_on_top: false });
    assert_eq!(people(&a), people(&b));
    let n = people(&a);
    assert_eq!((n[0].2.as_str(), n[1].2.as_str()), ("from A", "from B"));
}

#[test]
fn typing_in_two_tabs_survives_saves_that_cross_each_other() {
    // A types "De" and saves; B takes that in and types "Co" for Luis; A takes B's save in and
    // types on; B, not having heard of A's latest, types on too. Each then joins the other's
    // newest save, in either order, and both texts are whole.
    let mut a = Side::new("a", start());
    let mut b = Side::new("b", start());
    notes(&mut a, 1, "De");
    join(&mut b, &a);
    notes(&mut b, 2, "Co");
    join(&mut a, &b);
    let a_mid = a.clone();
    notes(&mut a, 1, "Delivers on Tuesdays");
    notes(&mut b, 2, "Comes every Saturday");
    // B also hears late of A's older save, after its own newer edits.
    join(&mut b, &a_mid);
    assert_eq!(
        people(&b)[1].2,
        "Comes every Saturday",
        "a late save undoes nothing"
    );
    join(&mut a, &b);
    join(&mut b, &a);
    for tab in [&a, &b] {
        let n = people(tab);
        assert_eq!(
            (n[0].2.as_str(), n[1].2.as_str()),
            ("Delivers on Tuesdays", "Comes every Saturday")
        );
    }
}

#[test]
fn one_field_changed_both_ways_is_a_clash_and_changes_nothing() {
    let mut a = Side::new("a", start());
    let mut b = Side::new("b", start());
    notes(&mut a, 1, "mine");
    notes(&mut b, 1, "theirs");
    let before = a.tab.clone();
    assert_eq!(
        join(&mut a, &b),
        Outcome::Clash(Clash {
            maps: vec!["m1".into()]
        })
    );
    assert_eq!(a.tab, before);
    // Taking theirs by the user's choice drops this tab's version.
    a.tab
        .apply(Action::TakeTheirs {
            theirs: b.tab.workspace().clone(),
        })
        .unwrap();
    assert_eq!(people(&a)[0].2, "theirs");
    assert!(a.tab.local().is_empty());
}

#[test]
fn a_deletion_goes_through_unless_the_other_tab_edited_what_was_deleted() {
    let mut a = Side::new("a", start());
    let mut b = Side::new("b", start());
    edit(&mut a, Edit::DeleteStakeholder { id: 1 });
    notes(&mut b, 2, "still here");
    join(&mut a, &b);
    assert_eq!(people(&a), [(2, "Luis".into(), "still here".into())]);
    let mut c = Side::new("c", start());
    notes(&mut c, 1, "edited there");
    let mut d = Side::new("d", start());
    edit(&mut d, Edit::DeleteStakeholder { id: 1 });
    assert!(matches!(join(&mut d, &c), Outcome::Clash(_)));
    assert!(matches!(join(&mut c, &d), Outcome::Clash(_)));
}

#[test]
fn people_added_at_once_in_two_tabs_are_both_kept_under_the_same_ids_everywhere() {
    let mut a = Side::new("a", start());
    let mut b = Side::new("b", start());
    let ana = add(&mut a, "Ana");
    edit(
        &mut a,
        Edit::AddPlanItem {
            item: PlanItem {
                id: 0,
                title: "Welcome Ana".into(),
                lever: None,
                stakeholders: vec![ana],
                owner: String::new(),
                due: String::new(),
                status: Status::Todo,
                priority: 50,
            },
        },
    );
    let bruno = add(&mut b, "Bruno");
    assert_eq!(ana, bruno, "both took the same new id");
    let b_first = b.clone();
    join(&mut a, &b_first);
    join(&mut b, &a);
    assert_eq!(people(&a), people(&b));
    let names: Vec<String> = people(&a).into_iter().map(|p| p.1).collect();
    assert_eq!(names.len(), 4);
    assert!(names.contains(&"Ana".to_string()) && names.contains(&"Bruno".to_string()));
    // The action made for Ana follows her wherever she moved.
    let map = a.tab.workspace().map("m1").unwrap();
    let ana_now = map
        .stakeholders
        .iter()
        .find(|s| s.name == "Ana")
        .unwrap()
        .id;
    assert_eq!(map.plan[0].stakeholders, [ana_now]);
    // The other way round gives the same ids.
    let mut c = Side::new("c", start());
    let mut d = Side::new("d", start());
    add(&mut c, "Ana");
    add(&mut d, "Bruno");
    let c0 = c.clone();
    join(&mut c, &d);
    join(&mut d, &c0);
    assert_eq!(people(&c), people(&d));
}

#[test]
fn a_map_made_here_survives_a_save_that_lacks_it_and_answers_cleared_stay_cleared() {
    let mut a = Side::new("a", start());
    let b = Side::new("b", start());
    a.tab
        .apply(Action::CreateMap {
            id: "m2".into(),
            name: "Second".into(),
            at: 0.0,
        })
        .unwrap();
    a.save();
    let mut with_answer = start();
    with_answer.maps[0].stakeholders[0]
        .answers
        .insert("pays".into(), "pays.we_pay".into());
    let mut c = Side::new("c", with_answer.clone());
    edit(
        &mut c,
        Edit::ClearAnswer {
            id: 1,
            question: "pays".into(),
        },
    );
    join(&mut a, &b);
    assert!(a.tab.workspace().map("m2").is_some());
    assert_eq!(a.tab.current_id(), "m2");
    let theirs = Side::new("theirs", with_answer);
    join(&mut c, &theirs);
    assert!(c
        .tab
        .workspace()
        .map("m1")
        .unwrap()
        .stakeholder(1)
        .unwrap()
        .answers
        .is_empty());
}

#[test]
fn a_field_the_other_tab_changes_after_taking_in_this_tabs_value_is_theirs() {
    let mut a = Side::new("a", start());
    let mut b = Side::new("b", start());
    notes(&mut a, 1, "once");
    join(&mut b, &a);
    assert_eq!(join(&mut a, &b), Outcome::Joined { mine_on_top: false });
    // Now B may change the same note without a clash: A did not change it since B took it in.
    notes(&mut b, 1, "twice");
    assert_eq!(join(&mut a, &b), Outcome::Joined { mine_on_top: false });
    assert_eq!(people(&a)[0].2, "twice");
}

#[test]
fn a_person_added_here_and_saved_is_never_doubled_by_a_save_that_holds_them() {
    let mut a = Side::new("a", start());
    let mut b = Side::new("b", start());
    let ana = add(&mut a, "Ana");
    join(&mut b, &a);
    // Both go on: A writes about Ana (unsaved elsewhere), B adds someone.
    notes(&mut a, ana, "typed here");
    add(&mut b, "Bruno");
    join(&mut a, &b);
    let names: Vec<String> = people(&a).into_iter().map(|p| p.1).collect();
    assert_eq!(names, ["Nora", "Luis", "Ana", "Bruno"]);
    assert_eq!(people(&a)[2].2, "typed here");
}

#[test]
fn keeping_mine_in_a_clash_wins_in_the_other_tab_too() {
    let mut a = Side::new("a", start());
    let mut b = Side::new("b", start());
    notes(&mut a, 1, "A's version");
    notes(&mut b, 1, "B's version");
    assert!(matches!(join(&mut a, &b), Outcome::Clash(_)));
    // "Keep mine": A has now seen B's save and writes its own version over it.
    a.clock.join(&b.clock);
    a.save();
    assert_eq!(join(&mut b, &a), Outcome::Joined { mine_on_top: false });
    assert_eq!(people(&b)[0].2, "A's version");
}
