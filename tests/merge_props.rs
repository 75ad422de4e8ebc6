//! Properties of the three-way merge of two tabs' workspaces over generated maps and edits:
//! an unchanged side gives the other, every change is kept, and a clash is reported exactly
//! when both sides changed one field to different values.

// proptest is a native-only dev-dependency: these properties run with `cargo test` on the host.
#![cfg(not(target_arch = "wasm32"))]

use orbita::domain::merge::{workspaces, Clash};
use orbita::domain::sample::generate_map;
use orbita::domain::workspace::{Stakeholder, Workspace};
use proptest::prelude::*;

/// (person index, field 0–2 = name / role / notes, new value)
type Edit = (usize, usize, &'static str);

fn field(s: &mut Stakeholder, f: usize) -> &mut String {
    match f {
        0 => &mut s.name,
        1 => &mut s.role,
        _ => &mut s.notes,
    }
}

fn edited(base: &Workspace, edits: &[Edit]) -> Workspace {
    let mut ws = base.clone();
    let people = &mut ws.maps[0].stakeholders;
    let n = people.len();
    for &(i, f, v) in edits {
        *field(&mut people[i % n], f) = v.to_string();
    }
    ws
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(
        (0usize..12, 0usize..3, prop::sample::select(vec!["a", "b"])),
        0..8,
    )
}

proptest! {
    #[test]
    fn merges_field_by_field(seed in 0u64..1000, mine in edits(), theirs in edits()) {
        let mut base = Workspace::default();
        let map = generate_map(6, seed);
        base.last_opened = map.id.clone();
        base.maps.push(map);
        let m = edited(&base, &mine);
        let t = edited(&base, &theirs);
        prop_assert_eq!(workspaces(&base, &m, &base), Ok(m.clone()));
        prop_assert_eq!(workspaces(&base, &base, &t), Ok(t.clone()));

        let mut clash = false;
        let mut expected = base.clone();
        for (i, person) in expected.maps[0].stakeholders.iter_mut().enumerate() {
            for f in 0..3 {
                let b = field(&mut base.maps[0].stakeholders[i].clone(), f).clone();
                let mv = field(&mut m.maps[0].stakeholders[i].clone(), f).clone();
                let tv = field(&mut t.maps[0].stakeholders[i].clone(), f).clone();
                if mv != b && tv != b && mv != tv {
                    clash = true;
                }
                *field(person, f) = if mv != b { mv } else { tv };
            }
        }
        match workspaces(&base, &m, &t) {
            Err(Clash { .. }) => prop_assert!(clash, "a clash without a conflicting field"),
            Ok(merged) => {
                prop_assert!(!clash, "a conflicting field was merged silently");
                prop_assert_eq!(merged, expected);
            }
        }
    }
}
