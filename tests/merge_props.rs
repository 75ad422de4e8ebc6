//! Properties of joining two tabs' saves: whatever the interleaving of edits and joins (late
//! saves included), once each tab has taken in the other's newest save, both hold the same
//! workspace, and it keeps every edit each tab made to its own people.

// proptest is a native-only dev-dependency: these properties run with `cargo test` on the host.
#![cfg(not(target_arch = "wasm32"))]

use orbita::domain::sample::generate_map;
use orbita::domain::state::{Action, Edit, Outcome, Tab, Target};
use orbita::domain::sync::Clock;
use orbita::domain::workspace::Workspace;
use proptest::prelude::*;

// A step: 0 = tab A edits, 1 = tab B edits, 2 = A joins B's newest save, 3 = B joins A's,
// 4 = A hears of a save of B's that may be older than one it joined (skipped then, as the
// app skips saves it has seen), 5 = the same for B; with a person index, a field (0 notes,
// 1 role, 2 an answer) and a value. Every edit, and every join that lays a tab's own changes
// on top, is saved.

fn apply_edit(side: &mut Side, map: &str, person: u32, field: u8, value: u8) {
    let tab = &mut side.tab;
    let Some(s) = tab
        .workspace()
        .map(map)
        .and_then(|m| m.stakeholder(person))
        .cloned()
    else {
        return;
    };
    let edit = match field {
        0 => Edit::EditStakeholder {
            id: person,
            name: s.name,
            role: s.role,
            notes: format!("note {value}"),
        },
        1 => Edit::EditStakeholder {
            id: person,
            name: s.name,
            role: format!("role {value}"),
            notes: s.notes,
        },
        _ => Edit::SetAnswer {
            id: person,
            question: "recommend".into(),
            option: format!("recommend.{}", value % 11),
        },
    };
    if tab
        .apply(Action::edit(&Target::Own(map.into()), edit))
        .unwrap()
        != Outcome::Nothing
    {
        side.save();
    }
}

/// A save: the workspace, and its clock.
type Save = (Workspace, Clock);

/// A tab as the app runs it: it saves after every change, and knows what its state descends
/// from.
struct Side {
    tab: Tab,
    name: &'static str,
    saves: Vec<Save>,
    clock: Clock,
}

impl Side {
    fn new(name: &'static str, ws: Workspace) -> Side {
        Side {
            tab: Tab::new(ws.clone(), None),
            name,
            saves: vec![(ws, Clock::default())],
            clock: Clock::default(),
        }
    }

    fn save(&mut self) {
        let n = self.saves.len() as u32;
        self.tab.apply(Action::Saved { n }).unwrap();
        self.clock.raise(self.name, n);
        self.saves
            .push((self.tab.workspace().clone(), self.clock.clone()));
    }

    fn join(&mut self, (ws, clock): &Save) {
        let outcome = self
            .tab
            .apply(Action::Join {
                theirs: ws.clone(),
                taken: clock.get(self.name),
            })
            .unwrap();
        assert!(
            !matches!(outcome, Outcome::Clash(_)),
            "no field is edited by both tabs"
        );
        self.clock.join(clock);
        if outcome == (Outcome::Joined { mine_on_top: true }) {
            self.save();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn tabs_editing_their_own_people_always_meet_with_every_edit(
        seed in 0u64..1000,
        steps in prop::collection::vec((0u8..6, 0usize..8, 0u8..3, any::<u8>()), 1..40),
    ) {
        let map = generate_map(8, seed);
        let map_id = map.id.clone();
        let ids: Vec<u32> = map.stakeholders.iter().map(|s| s.id).collect();
        let ws = Workspace { last_opened: map_id.clone(), maps: vec![map] };
        let mut a = Side::new("a", ws.clone());
        let mut b = Side::new("b", ws);
        // The newest save of the other tab each tab has taken in.
        let (mut a_heard, mut b_heard) = (0usize, 0usize);
        for (kind, person, field, value) in steps {
            // A edits the people at even positions, B those at odd ones.
            let mine = |odd: bool| ids[(person / 2 * 2 + usize::from(odd)) % ids.len()];
            match kind {
                0 => apply_edit(&mut a, &map_id, mine(false), field, value),
                1 => apply_edit(&mut b, &map_id, mine(true), field, value),
                2 | 4 => {
                    let i = if kind == 2 { b.saves.len() - 1 } else { person % b.saves.len() };
                    if i > a_heard {
                        a_heard = i;
                        let save = b.saves[i].clone();
                        a.join(&save);
                    }
                }
                _ => {
                    let i = if kind == 3 { a.saves.len() - 1 } else { person % a.saves.len() };
                    if i > b_heard {
                        b_heard = i;
                        let save = a.saves[i].clone();
                        b.join(&save);
                    }
                }
            }
        }
        let (mine_a, mine_b) = (a.tab.workspace().clone(), b.tab.workspace().clone());
        let last_b = b.saves.last().unwrap().clone();
        a.join(&last_b);
        let last_a = a.saves.last().unwrap().clone();
        b.join(&last_a);
        let last_b = b.saves.last().unwrap().clone();
        a.join(&last_b);
        prop_assert_eq!(a.tab.workspace(), b.tab.workspace());
        let end = a.tab.workspace().map(&map_id).unwrap();
        for (i, id) in ids.iter().enumerate() {
            let owner = if i % 2 == 0 { &mine_a } else { &mine_b };
            let want = owner.map(&map_id).unwrap().stakeholder(*id).unwrap();
            prop_assert_eq!(end.stakeholder(*id).unwrap(), want);
        }
    }
}
