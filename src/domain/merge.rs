//! Three-way merge of workspaces, for two tabs that changed the same data at once. From the
//! version both started from (`base`), what this tab changed (`mine`) is kept together with
//! what the other tab changed (`theirs`), field by field and item by item (by id).
//!
//! Both sides may add people or actions at once and take the same new id: one of the two
//! then moves to a fresh id (the same one in every tab), so both are kept. There is no safe answer when both
//! changed the same field to different values, or when one deleted what the other edited: the
//! merge then fails with a [`Clash`] naming the maps concerned, and the app keeps both
//! versions until the user picks.

use std::collections::HashSet;

use super::plan::PlanItem;
use super::questionnaire::Answers;
use super::workspace::{Map, Stakeholder, Workspace};

/// Both sides changed the same thing differently, in these maps (by id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub maps: Vec<String>,
}

/// Somewhere in one map or item, both sides changed the same thing differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Conflict;

type Merged<T> = Result<T, Conflict>;

/// Merges `mine` and `theirs`, both changed from `base`.
pub fn workspaces(
    base: &Workspace,
    mine: &Workspace,
    theirs: &Workspace,
) -> Result<Workspace, Clash> {
    let clash = || Clash {
        maps: clashing_maps(base, mine, theirs),
    };
    let maps =
        list(&base.maps, &mine.maps, &theirs.maps, |m| m.id.clone(), map).map_err(|_| clash())?;
    let Some(first) = maps.first() else {
        return Err(clash());
    };
    // Which map a new tab opens is a hint, not data: this tab's choice wins over the other's.
    let mut last_opened = if mine.last_opened != base.last_opened {
        mine.last_opened.clone()
    } else {
        theirs.last_opened.clone()
    };
    if !maps.iter().any(|m| m.id == last_opened) {
        last_opened = first.id.clone();
    }
    Ok(Workspace { maps, last_opened })
}

/// The maps whose versions cannot be merged: both changed, or changed on one side and deleted
/// on the other.
fn clashing_maps(base: &Workspace, mine: &Workspace, theirs: &Workspace) -> Vec<String> {
    let mut out = Vec::new();
    for m in &mine.maps {
        let b = base.map(&m.id);
        let clashes = match (b, theirs.map(&m.id)) {
            (Some(b), Some(t)) => map(b, m, t).is_err(),
            (None, Some(t)) => map(&Map::new(m.id.clone(), ""), m, t).is_err(),
            // Deleted there: a clash only if it was changed here.
            (Some(b), None) => b != m,
            (None, None) => false,
        };
        if clashes {
            out.push(m.id.clone());
        }
    }
    for t in &theirs.maps {
        // Deleted here while changed there.
        if mine.map(&t.id).is_none() && base.map(&t.id).is_some_and(|b| b != t) {
            out.push(t.id.clone());
        }
    }
    out
}

/// Theirs, with this tab's version of every clashing map kept beside it as a copy made by
/// `copy` (a new id and a name that tells it apart): nothing either side wrote is lost.
pub fn keep_both(
    mine: &Workspace,
    theirs: &Workspace,
    clash: &Clash,
    copy: impl Fn(&Map) -> Map,
) -> Workspace {
    let mut out = theirs.clone();
    for id in &clash.maps {
        if let Some(m) = mine.map(id) {
            out.maps.push(copy(m));
        }
    }
    out
}

/// All ids used in a map (people and actions share one id space).
fn ids_of(m: &Map) -> HashSet<u32> {
    m.stakeholders
        .iter()
        .map(|s| s.id)
        .chain(m.plan.iter().map(|p| p.id))
        .collect()
}

/// Moves one of each pair of different additions that took the same new id to a fresh id
/// (its plan following its people), so both are kept. Which one moves depends only on the
/// two items, never on which tab merges: both tabs reach the same result.
fn renumber_clashes(base: &Map, mine: &Map, theirs: &Map) -> (Map, Map) {
    let base_ids = ids_of(base);
    let mine_ids = ids_of(mine);
    let theirs_ids = ids_of(theirs);
    let mut next = mine_ids
        .union(&theirs_ids)
        .max()
        .map_or(1, |m| m.saturating_add(1))
        .max(mine.next_id)
        .max(theirs.next_id);
    let mut clashing: Vec<u32> = mine_ids
        .intersection(&theirs_ids)
        .filter(|id| !base_ids.contains(id))
        .copied()
        .collect();
    clashing.sort_unstable();
    let mut mine = mine.clone();
    let mut theirs = theirs.clone();
    for id in clashing {
        let (a, b) = (item_key(&mine, id), item_key(&theirs, id));
        if a == b {
            continue;
        }
        let fresh = next;
        next = next.saturating_add(1);
        if a > b {
            move_id(&mut mine, id, fresh);
        } else {
            move_id(&mut theirs, id, fresh);
        }
    }
    (mine, theirs)
}

/// What the item under `id` is, as a key that orders the same way in every tab: a person
/// before an action, then by content.
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

fn map(base: &Map, mine: &Map, theirs: &Map) -> Merged<Map> {
    let (mine, theirs) = &renumber_clashes(base, mine, theirs);
    let merged = Map {
        id: mine.id.clone(),
        name: pick(&base.name, &mine.name, &theirs.name)?,
        stakeholders: list(
            &base.stakeholders,
            &mine.stakeholders,
            &theirs.stakeholders,
            |s| s.id,
            stakeholder,
        )?,
        plan: list(&base.plan, &mine.plan, &theirs.plan, |p| p.id, plan_item)?,
        next_id: mine.next_id.max(theirs.next_id),
        // The later export counts: either one is a backup.
        exported_at: later(mine.exported_at, theirs.exported_at),
        created_at: later(mine.created_at, theirs.created_at),
    };
    // Stakeholders and plan items share one id space; one side's new person and the other's
    // new action may have taken the same id.
    let mut seen = HashSet::new();
    let ids = merged.stakeholders.iter().map(|s| s.id);
    if !ids
        .chain(merged.plan.iter().map(|p| p.id))
        .all(|id| seen.insert(id))
    {
        return Err(Conflict);
    }
    Ok(merged)
}

fn stakeholder(
    base: &Stakeholder,
    mine: &Stakeholder,
    theirs: &Stakeholder,
) -> Merged<Stakeholder> {
    Ok(Stakeholder {
        id: mine.id,
        name: pick(&base.name, &mine.name, &theirs.name)?,
        role: pick(&base.role, &mine.role, &theirs.role)?,
        notes: pick(&base.notes, &mine.notes, &theirs.notes)?,
        answers: answers(&base.answers, &mine.answers, &theirs.answers)?,
    })
}

/// Question by question.
fn answers(base: &Answers, mine: &Answers, theirs: &Answers) -> Merged<Answers> {
    let mut out = Answers::new();
    for q in mine.keys().chain(theirs.keys()) {
        if out.contains_key(q) {
            continue;
        }
        let chosen = pick(&base.get(q), &mine.get(q), &theirs.get(q))?;
        if let Some(option) = chosen {
            out.insert(q.clone(), option.clone());
        }
    }
    Ok(out)
}

fn plan_item(base: &PlanItem, mine: &PlanItem, theirs: &PlanItem) -> Merged<PlanItem> {
    Ok(PlanItem {
        id: mine.id,
        title: pick(&base.title, &mine.title, &theirs.title)?,
        lever: pick(&base.lever, &mine.lever, &theirs.lever)?,
        stakeholders: ids(&base.stakeholders, &mine.stakeholders, &theirs.stakeholders),
        owner: pick(&base.owner, &mine.owner, &theirs.owner)?,
        due: pick(&base.due, &mine.due, &theirs.due)?,
        status: pick(&base.status, &mine.status, &theirs.status)?,
        priority: pick(&base.priority, &mine.priority, &theirs.priority)?,
    })
}

/// People an action serves, as a set: both sides' additions are kept and both sides' removals
/// made. Never a clash.
fn ids(base: &[u32], mine: &[u32], theirs: &[u32]) -> Vec<u32> {
    let mut out: Vec<u32> = theirs
        .iter()
        .copied()
        .filter(|id| mine.contains(id) || !base.contains(id))
        .collect();
    for id in mine {
        if !base.contains(id) && !out.contains(id) {
            out.push(*id);
        }
    }
    out
}

/// The later of two times, or the one known.
fn later(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// One value: whichever side changed it, or the common value.
fn pick<T: PartialEq + Clone>(base: &T, mine: &T, theirs: &T) -> Merged<T> {
    if mine == theirs || theirs == base {
        Ok(mine.clone())
    } else if mine == base {
        Ok(theirs.clone())
    } else {
        Err(Conflict)
    }
}

/// A list of items with ids, in the other side's order; items added here go after the item
/// they followed here.
fn list<T, K>(
    base: &[T],
    mine: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
    item: impl Fn(&T, &T, &T) -> Merged<T>,
) -> Merged<Vec<T>>
where
    T: Clone + PartialEq,
    K: PartialEq,
{
    let find = |v: &'_ [T], k: &K| v.iter().position(|x| key(x) == *k);
    let mut out: Vec<T> = Vec::with_capacity(theirs.len().max(mine.len()));
    for t in theirs {
        let k = key(t);
        match (find(base, &k), find(mine, &k)) {
            (Some(b), Some(m)) => out.push(item(&base[b], &mine[m], t)?),
            // Deleted here: gone, unless they changed it meanwhile.
            (Some(b), None) if base[b] == *t => {}
            (Some(_), None) => return Err(Conflict),
            // Added on both sides under one id: fine only if it is the same item.
            (None, Some(m)) if mine[m] == *t => out.push(t.clone()),
            (None, Some(_)) => return Err(Conflict),
            (None, None) => out.push(t.clone()),
        }
    }
    for (i, m) in mine.iter().enumerate() {
        let k = key(m);
        if find(theirs, &k).is_some() {
            continue;
        }
        match find(base, &k) {
            // Deleted there: gone, unless it was changed here meanwhile.
            Some(b) if base[b] == *m => {}
            Some(_) => return Err(Conflict),
            None => {
                let after = mine[..i]
                    .iter()
                    .rev()
                    .find_map(|prev| out.iter().position(|o| key(o) == key(prev)));
                out.insert(after.map_or(0, |p| p + 1), m.clone());
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::Status;
    use crate::domain::state::{Action, Edit, Tab, Target};

    /// Applies `action` as a tab with map m1 open would.
    fn apply(ws: &mut Workspace, action: Action) {
        let mut tab = Tab::new(ws.clone(), Some("m1"));
        tab.apply(action).unwrap();
        *ws = tab.workspace().clone();
    }

    fn change(ws: &mut Workspace, edit: Edit) {
        apply(ws, Action::edit(&Target::Own("m1".into()), edit));
    }

    fn add(ws: &mut Workspace, name: &str) -> u32 {
        change(
            ws,
            Edit::AddStakeholder {
                name: name.into(),
                role: String::new(),
                notes: String::new(),
            },
        );
        ws.map("m1").unwrap().stakeholders.last().unwrap().id
    }

    fn edit(ws: &mut Workspace, id: u32, f: impl Fn(&mut Stakeholder)) {
        let mut s = ws.map("m1").unwrap().stakeholder(id).unwrap().clone();
        f(&mut s);
        change(
            ws,
            Edit::EditStakeholder {
                id,
                name: s.name,
                role: s.role,
                notes: s.notes,
            },
        );
    }

    fn add_action(ws: &mut Workspace, title: &str, people: Vec<u32>) {
        change(
            ws,
            Edit::AddPlanItem {
                item: PlanItem {
                    id: 0,
                    title: title.into(),
                    lever: None,
                    stakeholders: people,
                    owner: String::new(),
                    due: String::new(),
                    status: Status::Todo,
                    priority: 50,
                },
            },
        );
    }

    fn clash_in_m1() -> Clash {
        Clash {
            maps: vec!["m1".into()],
        }
    }

    fn names(ws: &Workspace) -> Vec<&str> {
        ws.map("m1")
            .unwrap()
            .stakeholders
            .iter()
            .map(|s| s.name.as_str())
            .collect()
    }

    fn base() -> Workspace {
        let mut ws = Workspace::with_map("m1", "Bakery");
        add(&mut ws, "Nora");
        add(&mut ws, "Luis");
        ws
    }

    #[test]
    fn one_side_unchanged_gives_the_other() {
        let b = base();
        let mut changed = b.clone();
        add(&mut changed, "Tomás");
        assert_eq!(workspaces(&b, &changed, &b), Ok(changed.clone()));
        assert_eq!(workspaces(&b, &b, &changed), Ok(changed.clone()));
        assert_eq!(workspaces(&b, &changed, &changed), Ok(changed));
    }

    #[test]
    fn edits_to_different_fields_and_people_are_all_kept() {
        let b = base();
        let mut mine = b.clone();
        edit(&mut mine, 1, |s| s.notes = "Prefers email".into());
        change(
            &mut mine,
            Edit::SetAnswer {
                id: 2,
                question: "pays".into(),
                option: "pays.we_pay".into(),
            },
        );
        let mut theirs = b.clone();
        edit(&mut theirs, 1, |s| s.role = "Regular customer".into());
        change(
            &mut theirs,
            Edit::SetAnswer {
                id: 2,
                question: "produces".into(),
                option: "produces.no".into(),
            },
        );
        let m = workspaces(&b, &mine, &theirs).unwrap();
        let map = m.map("m1").unwrap();
        let nora = map.stakeholder(1).unwrap();
        assert_eq!(nora.notes, "Prefers email");
        assert_eq!(nora.role, "Regular customer");
        let luis = &map.stakeholder(2).unwrap().answers;
        assert_eq!(luis.get("pays").map(String::as_str), Some("pays.we_pay"));
        assert_eq!(
            luis.get("produces").map(String::as_str),
            Some("produces.no")
        );
    }

    #[test]
    fn a_person_added_here_while_they_added_an_answer_elsewhere() {
        // The case from two tabs: one adds Tomás while the other types a note.
        let b = base();
        let mut mine = b.clone();
        add(&mut mine, "Tomás");
        let mut theirs = b.clone();
        edit(&mut theirs, 2, |s| s.notes = "Works nights".into());
        let m = workspaces(&b, &mine, &theirs).unwrap();
        assert_eq!(names(&m), ["Nora", "Luis", "Tomás"]);
        assert_eq!(
            m.map("m1").unwrap().stakeholder(2).unwrap().notes,
            "Works nights"
        );
        assert!(m.map("m1").unwrap().next_id > 3);
    }

    #[test]
    fn the_same_field_changed_differently_is_a_clash() {
        let b = base();
        let mut mine = b.clone();
        edit(&mut mine, 1, |s| s.notes = "Mine".into());
        let mut theirs = b.clone();
        edit(&mut theirs, 1, |s| s.notes = "Theirs".into());
        assert_eq!(workspaces(&b, &mine, &theirs), Err(clash_in_m1()));
        // The same change on both sides is no clash.
        assert_eq!(workspaces(&b, &mine, &mine.clone()), Ok(mine));
    }

    #[test]
    fn deleting_what_the_other_edited_is_a_clash_deleting_the_untouched_is_not() {
        let b = base();
        let mut mine = b.clone();
        change(&mut mine, Edit::DeleteStakeholder { id: 1 });
        let mut theirs = b.clone();
        edit(&mut theirs, 2, |s| s.role = "Baker".into());
        let m = workspaces(&b, &mine, &theirs).unwrap();
        assert_eq!(names(&m), ["Luis"]);
        assert_eq!(m.map("m1").unwrap().stakeholders[0].role, "Baker");
        // Both ways round.
        assert_eq!(workspaces(&b, &theirs, &mine).unwrap(), m);
        let mut edited = b.clone();
        edit(&mut edited, 1, |s| s.role = "Owner".into());
        assert_eq!(workspaces(&b, &mine, &edited), Err(clash_in_m1()));
        assert_eq!(workspaces(&b, &edited, &mine), Err(clash_in_m1()));
    }

    #[test]
    fn additions_on_both_sides_under_one_id_are_both_kept() {
        let b = base();
        let mut mine = b.clone();
        let tomas = add(&mut mine, "Tomás");
        add_action(&mut mine, "Welcome Tomás", vec![tomas]);
        let mut theirs = b.clone();
        let carla = add(&mut theirs, "Carla");
        assert_eq!(tomas, carla, "both tabs took the same new id");
        let m = workspaces(&b, &mine, &theirs).unwrap();
        assert_eq!(names(&m), ["Nora", "Luis", "Tomás", "Carla"]);
        // Their Carla keeps her id; Tomás moved, and the action made for him follows him.
        let map = m.map("m1").unwrap();
        assert_eq!(map.stakeholder(carla).unwrap().name, "Carla");
        let moved = map
            .stakeholders
            .iter()
            .find(|s| s.name == "Tomás")
            .unwrap()
            .id;
        assert_ne!(moved, carla);
        assert_eq!(map.plan[0].stakeholders, [moved]);
        assert!(map.next_id > map.plan[0].id.max(moved));
        // The other tab, merging the other way round, gives everyone the same ids: neither
        // tab duplicates anyone when it later merges the other's result.
        let other_way = workspaces(&b, &theirs, &mine).unwrap();
        let ids = |ws: &Workspace| {
            let mut v: Vec<(u32, String)> = ws
                .map("m1")
                .unwrap()
                .stakeholders
                .iter()
                .map(|s| (s.id, s.name.clone()))
                .collect();
            v.sort();
            v
        };
        assert_eq!(ids(&other_way), ids(&m));
        let again = workspaces(&theirs, &m, &other_way).unwrap();
        assert_eq!(ids(&again), ids(&m));
        // A new person here and a new plan action there under the same id as well.
        let mut theirs = b.clone();
        add_action(&mut theirs, "Call Nora", vec![1]);
        let m = workspaces(&b, &mine, &theirs).unwrap();
        assert_eq!(names(&m), ["Nora", "Luis", "Tomás"]);
        assert_eq!(m.map("m1").unwrap().plan.len(), 2);
    }

    #[test]
    fn a_clash_names_its_maps_and_keep_both_loses_nothing() {
        let b = base();
        let mut mine = b.clone();
        edit(&mut mine, 1, |s| s.notes = "Mine".into());
        let mut theirs = b.clone();
        edit(&mut theirs, 1, |s| s.notes = "Theirs".into());
        let clash = workspaces(&b, &mine, &theirs).unwrap_err();
        assert_eq!(clash.maps, ["m1"]);
        let both = keep_both(&mine, &theirs, &clash, |m| {
            m.duplicate("m1-copy", "Bakery (this tab)", 0.0)
        });
        assert_eq!(both.maps.len(), 2);
        assert_eq!(
            both.map("m1").unwrap().stakeholder(1).unwrap().notes,
            "Theirs"
        );
        assert_eq!(
            both.map("m1-copy").unwrap().stakeholder(1).unwrap().notes,
            "Mine"
        );
    }

    #[test]
    fn a_person_restored_here_goes_back_after_the_one_it_followed() {
        let mut b = base();
        add(&mut b, "Carla");
        let mut mine = b.clone();
        change(&mut mine, Edit::DeleteStakeholder { id: 2 });
        let mut theirs = b.clone();
        edit(&mut theirs, 3, |s| s.notes = "New".into());
        // Here: Luis deleted and then restored as an undo after the base was saved without him.
        let base_without = {
            let mut w = b.clone();
            change(&mut w, Edit::DeleteStakeholder { id: 2 });
            w
        };
        let restored = b.clone();
        let mut theirs_without = base_without.clone();
        edit(&mut theirs_without, 3, |s| s.notes = "New".into());
        let m = workspaces(&base_without, &restored, &theirs_without).unwrap();
        assert_eq!(names(&m), ["Nora", "Luis", "Carla"]);
        assert_eq!(m.map("m1").unwrap().stakeholder(3).unwrap().notes, "New");
        assert_eq!(
            names(&workspaces(&b, &mine, &theirs).unwrap()),
            ["Nora", "Carla"]
        );
    }

    #[test]
    fn plan_people_merge_as_a_set_and_fields_one_by_one() {
        let mut b = base();
        add_action(&mut b, "Thank them", vec![1]);
        let item = |ws: &Workspace| ws.map("m1").unwrap().plan[0].clone();
        let mut mine = b.clone();
        let mut i = item(&b);
        i.stakeholders = vec![1, 2];
        i.status = Status::Doing;
        change(&mut mine, Edit::UpdatePlanItem { item: i });
        let mut theirs = b.clone();
        let mut i = item(&b);
        i.stakeholders = vec![];
        i.owner = "Marta".into();
        change(&mut theirs, Edit::UpdatePlanItem { item: i });
        let m = item(&workspaces(&b, &mine, &theirs).unwrap());
        assert_eq!(m.stakeholders, [2], "their removal and my addition");
        assert_eq!(m.status, Status::Doing);
        assert_eq!(m.owner, "Marta");
    }

    #[test]
    fn maps_added_and_deleted_on_either_side_and_the_open_one_stays_valid() {
        let b = base();
        let mut mine = b.clone();
        apply(
            &mut mine,
            Action::CreateMap {
                id: "m2".into(),
                name: "Second".into(),
                at: 0.0,
            },
        );
        let mut theirs = b.clone();
        change(
            &mut theirs,
            Edit::Rename {
                name: "Corner bakery".into(),
            },
        );
        let m = workspaces(&b, &mine, &theirs).unwrap();
        let ids: Vec<&str> = m.maps.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["m1", "m2"]);
        assert_eq!(m.maps[0].name, "Corner bakery");
        assert_eq!(m.last_opened, mine.last_opened);
        // They deleted the map open here, which was not changed here: the first map opens.
        let mut two = b.clone();
        apply(
            &mut two,
            Action::CreateMap {
                id: "m2".into(),
                name: "Second".into(),
                at: 0.0,
            },
        );
        let mut deleted = two.clone();
        apply(
            &mut deleted,
            Action::DeleteMap {
                map: Target::Own("m2".into()),
            },
        );
        let m = workspaces(&two, &two, &deleted).unwrap();
        assert_eq!(m.maps.len(), 1);
        assert_eq!(m.last_opened, "m1");
    }
}
