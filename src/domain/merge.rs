//! Joining another tab's save with this tab's own changes: take theirs, then lay back on top
//! every field this tab changed that theirs does not hold yet (`local::Local`). Edits to
//! different fields all survive, in whatever order the browser delivers saves.
//!
//! Both tabs may add people or actions at once and take the same new id: one of the two then
//! moves to a fresh id, chosen from the two items alone so every tab makes the same choice.
//! There is no safe answer when both changed one field to different values, or when one
//! deleted what the other edited: the join then fails with a [`Clash`] naming the maps
//! concerned, and the app keeps both versions until the user picks.

use std::collections::BTreeSet;

use super::local::{get, set_part, Field, Local, Value};
use super::workspace::{Map, Workspace};

/// Both tabs changed the same things differently, in these maps (by id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub maps: Vec<String>,
}

/// `theirs` (whose state includes this tab's saves up to number `taken`; 0 for none) with
/// this tab's changes (`local`, made on `mine`) laid on top, and `local` with any of this
/// tab's additions that had to move to a fresh id.
pub fn rebase(
    theirs: &Workspace,
    taken: u32,
    mine: &Workspace,
    local: &Local,
) -> Result<(Workspace, Local), Clash> {
    let mut mine = mine.clone();
    let mut local = local.clone();
    let mut out = theirs.clone();
    settle_ids(&mut mine, &mut out, &mut local, taken);

    let mut clashes = BTreeSet::new();
    let changes: Vec<_> = local
        .changes()
        .map(|(f, c)| (f.clone(), c.clone()))
        .collect();
    for (field, change) in changes {
        let m = get(&mine, &field);
        let t = get(&out, &field);
        match lay(&mine, &mut out, &field, &m, &t, change.expected(taken)) {
            Laid::Held | Laid::OnTop => {}
            Laid::Clash => {
                clashes.insert(field.map_id().to_string());
            }
        }
    }
    if !clashes.is_empty() {
        return Err(Clash {
            maps: clashes.into_iter().collect(),
        });
    }
    for map in &mut out.maps {
        if let Some(m) = mine.map(&map.id) {
            map.next_id = map.next_id.max(m.next_id);
            map.exported_at = later(map.exported_at, m.exported_at);
            map.created_at = later(map.created_at, m.created_at);
        }
        let used = map
            .stakeholders
            .iter()
            .map(|s| s.id)
            .chain(map.plan.iter().map(|p| p.id))
            .max()
            .unwrap_or(0);
        map.next_id = map.next_id.max(used.saturating_add(1));
    }
    // Which map a new tab opens is this tab's choice, as long as that map is there.
    if out.map(&mine.last_opened).is_some() {
        out.last_opened.clone_from(&mine.last_opened);
    } else if out.map(&out.last_opened).is_none() {
        out.last_opened = out.maps.first().map(|m| m.id.clone()).unwrap_or_default();
    }
    Ok((out, local))
}

/// This tab's version of every clashing map, as copies made by `copy` (a new id and a name
/// that tells it apart) to keep beside theirs: nothing either side wrote is lost.
pub fn copies_of_mine(mine: &Workspace, clash: &Clash, copy: impl Fn(&Map) -> Map) -> Vec<Map> {
    clash
        .maps
        .iter()
        .filter_map(|id| mine.map(id))
        .map(copy)
        .collect()
}

/// What laying one change on top of theirs came to.
enum Laid {
    /// Theirs holds the value to keep: this tab's already, or its own newer one.
    Held,
    /// Theirs held an earlier value; this tab's is now on top.
    OnTop,
    /// Theirs changed it too, or deleted what it belongs to.
    Clash,
}

/// Lays this tab's value `m` of `field` on `out`, whose value is `t`. `expected` is the value
/// theirs would hold had it not changed the field: this tab's value in the newest of its saves
/// theirs descends from. A field only one side changed since then takes that side's value;
/// one both changed is a clash.
fn lay(
    mine: &Workspace,
    out: &mut Workspace,
    field: &Field,
    m: &Value,
    t: &Value,
    expected: &Value,
) -> Laid {
    let present = |v: &Value| *v != Value::Absent;
    let theirs_unchanged = t == expected;
    let mine_unchanged = m == expected;
    match field {
        Field::Map(_) | Field::Person(..) | Field::Action(..) if present(m) && present(t) => {
            match field {
                // Replaced as a whole here, and untouched there.
                Field::Map(id) if m != t && theirs_unchanged && present(expected) => {
                    if let (Value::Map(mm), Some(x)) = (m, out.map_mut(id)) {
                        *x = (**mm).clone();
                    }
                    Laid::OnTop
                }
                Field::Map(_)
                    if m != t && !mine_unchanged && !theirs_unchanged && present(expected) =>
                {
                    Laid::Clash
                }
                // There on both sides: its parts are settled one by one.
                _ => Laid::Held,
            }
        }
        Field::Map(_) | Field::Person(..) | Field::Action(..) => {
            if !present(m) && !present(t) {
                Laid::Held
            } else if theirs_unchanged || (present(m) && !present(expected)) {
                // Added here (theirs never held it), or deleted here (theirs left it as it
                // was): this tab's way goes on top.
                if put(mine, out, field, m) {
                    Laid::OnTop
                } else {
                    Laid::Clash
                }
            } else if mine_unchanged {
                // Deleted there after taking in this tab's version, or put back there.
                Laid::Held
            } else {
                // Deleted on one side, changed on the other.
                Laid::Clash
            }
        }
        _ if m == t => Laid::Held,
        _ if theirs_unchanged => {
            // Its item was deleted here: nothing of it to lay on top (a cleared answer is).
            let gone_here = !present(m) && !matches!(field, Field::Answer(..));
            if gone_here || set_part(out, field, m) {
                Laid::OnTop
            } else {
                Laid::Clash
            }
        }
        // Changed there after taking in this tab's value, and not changed here since.
        _ if mine_unchanged => Laid::Held,
        _ => Laid::Clash,
    }
}

/// Makes the presence of `field`'s item in `out` what it is in `mine`: inserted (after the
/// item it follows in `mine`) or taken out. `false` when that cannot be done.
fn put(mine: &Workspace, out: &mut Workspace, field: &Field, m: &Value) -> bool {
    match (field, m) {
        (Field::Map(_), Value::Map(mm)) => {
            insert_map(mine, out, mm);
            true
        }
        (Field::Map(id), Value::Absent) => {
            out.maps.retain(|x| x.id != *id);
            true
        }
        (Field::Person(map, id), Value::Absent) => out.map_mut(map).is_some_and(|x| {
            x.stakeholders.retain(|s| s.id != *id);
            true
        }),
        (Field::Action(map, id), Value::Absent) => out.map_mut(map).is_some_and(|x| {
            x.plan.retain(|p| p.id != *id);
            true
        }),
        (Field::Person(map, id), _) => insert_item(mine, out, map, *id, true),
        (Field::Action(map, id), _) => insert_item(mine, out, map, *id, false),
        _ => false,
    }
}

/// A map made here goes in after the map it follows here.
fn insert_map(mine: &Workspace, out: &mut Workspace, map: &Map) {
    let at = mine
        .maps
        .iter()
        .position(|m| m.id == map.id)
        .and_then(|i| {
            mine.maps[..i]
                .iter()
                .rev()
                .find_map(|prev| out.maps.iter().position(|o| o.id == prev.id))
        })
        .map_or(0, |p| p + 1);
    out.maps.insert(at.min(out.maps.len()), map.clone());
}

/// Puts this tab's person or action `id` of `map` into `out`, after the one it follows here.
fn insert_item(mine: &Workspace, out: &mut Workspace, map: &str, id: u32, is_person: bool) -> bool {
    let (Some(m), Some(o)) = (mine.map(map), out.map_mut(map)) else {
        return false;
    };
    if is_person {
        let Some(i) = m.stakeholders.iter().position(|s| s.id == id) else {
            return false;
        };
        let after = m.stakeholders[..i]
            .iter()
            .rev()
            .find_map(|prev| o.stakeholders.iter().position(|s| s.id == prev.id));
        let at = after.map_or(0, |p| p + 1).min(o.stakeholders.len());
        o.stakeholders.insert(at, m.stakeholders[i].clone());
    } else {
        let Some(i) = m.plan.iter().position(|p| p.id == id) else {
            return false;
        };
        let after = m.plan[..i]
            .iter()
            .rev()
            .find_map(|prev| o.plan.iter().position(|p| p.id == prev.id));
        let at = after.map_or(0, |p| p + 1).min(o.plan.len());
        o.plan.insert(at, m.plan[i].clone());
    }
    true
}

/// Where this tab added an item under an id that theirs gives to a different item, one of the
/// two moves to a fresh id (its plan following its people). Which one depends only on the two
/// items, so the other tab, joining the other way round, makes the same move.
fn settle_ids(mine: &mut Workspace, out: &mut Workspace, local: &mut Local, taken: u32) {
    // Added here, and not yet in any save of this tab's that theirs descends from (if it is,
    // the item theirs holds under that id is this one, perhaps edited there).
    let added: Vec<(String, u32)> = local
        .changes()
        .filter(|(_, c)| {
            c.before == Value::Absent
                && !c
                    .saved
                    .iter()
                    .any(|(n, v)| *v != Value::Absent && *n <= taken)
        })
        .filter_map(|(f, _)| match f {
            Field::Person(m, id) | Field::Action(m, id) => Some((m.clone(), *id)),
            _ => None,
        })
        .collect();
    for (map_id, id) in added {
        let (Some(m), Some(o)) = (mine.map(&map_id), out.map(&map_id)) else {
            continue;
        };
        // The other tab already holds this addition under another id (it moved it when it
        // joined this tab's save): it takes that id here too.
        if let Some(there) = same_item_elsewhere(m, o, id) {
            if let Some(m) = mine.map_mut(&map_id) {
                move_id(m, id, there);
            }
            local.move_item(&map_id, id, there);
            continue;
        }
        let (a, b) = (item_key(m, id), item_key(o, id));
        if b.0 == 2 || a == b {
            continue;
        }
        let fresh = [m, o]
            .iter()
            .flat_map(|x| {
                x.stakeholders
                    .iter()
                    .map(|s| s.id)
                    .chain(x.plan.iter().map(|p| p.id))
                    .chain([x.next_id.saturating_sub(1)])
            })
            .max()
            .unwrap_or(0)
            .saturating_add(1);
        if a > b {
            if let Some(m) = mine.map_mut(&map_id) {
                move_id(m, id, fresh);
            }
            local.move_item(&map_id, id, fresh);
        } else if let Some(o) = out.map_mut(&map_id) {
            move_id(o, id, fresh);
        }
    }
}

/// The id under which `theirs` holds an item with the same content as `mine`'s item `id`,
/// where `mine` has nothing.
fn same_item_elsewhere(mine: &Map, theirs: &Map, id: u32) -> Option<u32> {
    let free = |x: u32| mine.stakeholder(x).is_none() && !mine.plan.iter().any(|p| p.id == x);
    if let Some(s) = mine.stakeholder(id) {
        theirs
            .stakeholders
            .iter()
            .find(|t| {
                t.id != id
                    && free(t.id)
                    && (&t.name, &t.role, &t.notes, &t.answers)
                        == (&s.name, &s.role, &s.notes, &s.answers)
            })
            .map(|t| t.id)
    } else {
        let p = mine.plan.iter().find(|p| p.id == id)?;
        theirs
            .plan
            .iter()
            .find(|t| {
                t.id != id
                    && free(t.id)
                    && (&t.title, &t.lever, &t.owner, &t.due, t.status, t.priority)
                        == (&p.title, &p.lever, &p.owner, &p.due, p.status, p.priority)
            })
            .map(|t| t.id)
    }
}

/// What the item under `id` is, as a key that orders the same way in every tab: a person
/// before an action, then by content; `(2, _)` when there is none.
fn item_key(map: &Map, id: u32) -> (u8, String) {
    if let Some(s) = map.stakeholder(id) {
        (0, format!("{s:?}"))
    } else if let Some(p) = map.plan.iter().find(|p| p.id == id) {
        (1, format!("{p:?}"))
    } else {
        (2, String::new())
    }
}

/// Gives the item under `id` the id `to`; a person's actions follow them.
fn move_id(map: &mut Map, id: u32, to: u32) {
    if let Some(s) = map.stakeholders.iter_mut().find(|s| s.id == id) {
        s.id = to;
        for p in &mut map.plan {
            for s in &mut p.stakeholders {
                if *s == id {
                    *s = to;
                }
            }
        }
    } else if let Some(p) = map.plan.iter_mut().find(|p| p.id == id) {
        p.id = to;
    }
    map.next_id = map.next_id.max(to.saturating_add(1));
}

/// The later of two times, or the one known.
fn later(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}
