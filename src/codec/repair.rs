//! Repairs of decoded data that would otherwise confuse the app (clashing ids, a dangling
//! pointer), done without ever dropping what the user wrote.

use std::collections::BTreeSet;

use crate::domain::workspace::{Map, Workspace};

/// Gives every stakeholder and every plan item an id unique in its list and moves `next_id`
/// past all ids in use. Returns whether anything changed.
///
/// Plan items keep pointing at the first stakeholder that had a clashing id: that is the one
/// the app found by that id before the repair, so nothing the user saw moves.
pub fn repair_map(map: &mut Map) -> bool {
    let ids = map
        .stakeholders
        .iter()
        .map(|s| s.id)
        .chain(map.plan.iter().map(|p| p.id));
    let mut fresh = FreshIds::new(ids, map.next_id);
    let mut changed = unique(map.stakeholders.iter_mut().map(|s| &mut s.id), &mut fresh);
    changed |= unique(map.plan.iter_mut().map(|p| &mut p.id), &mut fresh);

    let next = fresh.next_unused();
    if map.next_id < next {
        map.next_id = next;
        changed = true;
    }
    changed
}

/// Gives every id after the first of its value a fresh one.
fn unique<'a>(ids: impl Iterator<Item = &'a mut u32>, fresh: &mut FreshIds) -> bool {
    let mut seen = BTreeSet::new();
    let mut changed = false;
    for id in ids {
        if !seen.insert(*id) {
            *id = fresh.take();
            seen.insert(*id);
            changed = true;
        }
    }
    changed
}

/// Repairs every map, renames clashing map ids (`id-2`, `id-3`, …) and points `last_opened`
/// at an existing map. Returns whether anything changed.
pub fn repair_workspace(ws: &mut Workspace) -> bool {
    let mut changed = false;
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for map in &mut ws.maps {
        changed |= repair_map(map);
        if seen.contains(&map.id) {
            map.id = (2u32..)
                .map(|n| format!("{}-{n}", map.id))
                .find(|candidate| !seen.contains(candidate))
                .unwrap_or_default();
            changed = true;
        }
        seen.insert(map.id.clone());
    }
    if !ws.maps.iter().any(|m| m.id == ws.last_opened) {
        let first = ws.maps.first().map(|m| m.id.clone()).unwrap_or_default();
        if ws.last_opened != first {
            ws.last_opened = first;
            changed = true;
        }
    }
    changed
}

/// Hands out ids no one uses yet, above every id seen, so a repaired map never reuses one.
struct FreshIds {
    used: BTreeSet<u32>,
    next: u32,
}

impl FreshIds {
    fn new(ids: impl Iterator<Item = u32>, next_id: u32) -> FreshIds {
        let used: BTreeSet<u32> = ids.collect();
        let above = used.last().map_or(1, |max| max.saturating_add(1));
        FreshIds {
            used,
            next: next_id.max(above).max(1),
        }
    }

    fn take(&mut self) -> u32 {
        // Only ids near u32::MAX can exhaust the upward search; then the lowest free id is
        // still unique, which is all the app needs.
        let id = (self.next..=u32::MAX)
            .find(|id| !self.used.contains(id))
            .or_else(|| (1..=u32::MAX).find(|id| !self.used.contains(id)))
            .unwrap_or(u32::MAX);
        self.used.insert(id);
        self.next = id.saturating_add(1);
        id
    }

    fn next_unused(&self) -> u32 {
        self.used
            .last()
            .map_or(1, |max| max.saturating_add(1))
            .max(1)
    }
}
