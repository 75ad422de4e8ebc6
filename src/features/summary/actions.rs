//! The actions proposed for the whole map: every stakeholder's suggestions merged into one
//! ranked list of levers.

use std::collections::HashMap;

use crate::domain::order;
use crate::domain::suggestions::{self, Suggestion};
use crate::domain::Text;

/// How many actions the dashboard proposes.
pub const TOP_N: usize = 5;
/// Share (%) of an action's priority that comes from its best score; the rest from its reach.
const SCORE_WEIGHT: u32 = 70;

/// One lever proposed for the whole map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapAction {
    pub lever: &'static str,
    /// 0–100: mostly how urgent it is for the person who needs it most, partly how many it serves.
    pub priority: u8,
    /// Stakeholders it was suggested for, most urgent first.
    pub people: Vec<u32>,
    /// Why, from the stakeholder who needs it most.
    pub why: Text,
}

/// Merges every stakeholder's suggestions into map-wide actions, one per lever, best first.
///
/// `priority = round(0.7 · best score + 0.3 · 100 · people served / placed)`, so a lever that
/// is urgent for one person still ranks, and one that helps many ranks higher. Ties go to the
/// lever serving more people, then to catalogue order.
pub fn top_actions(per_person: &[(u32, Vec<Suggestion>)], limit: usize) -> Vec<MapAction> {
    /// What one lever gathers across people.
    struct Tally {
        best: u8,
        why: Text,
        /// `(score, stakeholder id)`.
        people: Vec<(u8, u32)>,
    }
    let placed = per_person.len().max(1) as u32;
    let mut by_lever: HashMap<&'static str, Tally> = HashMap::new();
    for (id, list) in per_person {
        for s in list {
            let e = by_lever.entry(s.lever.id).or_insert(Tally {
                best: s.score,
                why: s.why,
                people: Vec::new(),
            });
            if s.score > e.best {
                e.best = s.score;
                e.why = s.why;
            }
            e.people.push((s.score, *id));
        }
    }
    let order = |id: &str| {
        suggestions::levers()
            .iter()
            .position(|l| l.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut out: Vec<MapAction> = by_lever
        .into_iter()
        .map(
            |(
                lever,
                Tally {
                    best,
                    why,
                    mut people,
                },
            )| {
                order::sort_by(&mut people, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                let reach = 100 * people.len() as u32 / placed;
                let priority =
                    (SCORE_WEIGHT * u32::from(best) + (100 - SCORE_WEIGHT) * reach + 50) / 100;
                MapAction {
                    lever,
                    priority: priority.min(100) as u8,
                    people: people.into_iter().map(|(_, id)| id).collect(),
                    why,
                }
            },
        )
        .collect();
    order::sort_by(&mut out, |a, b| {
        b.priority
            .cmp(&a.priority)
            .then(b.people.len().cmp(&a.people.len()))
            .then(order(a.lever).cmp(&order(b.lever)))
    });
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(lever: &str, score: u8) -> Suggestion {
        Suggestion {
            lever: suggestions::lever(lever).expect("lever exists"),
            score,
            why: Text::new("por qué", "why"),
        }
    }

    fn some_levers() -> Vec<&'static str> {
        suggestions::levers().iter().take(4).map(|l| l.id).collect()
    }

    #[test]
    fn merges_the_same_lever_across_people() {
        let l = some_levers();
        let per = vec![
            (1, vec![s(l[0], 80), s(l[1], 40)]),
            (2, vec![s(l[0], 60)]),
            (3, vec![s(l[2], 90)]),
        ];
        let top = top_actions(&per, 5);
        assert_eq!(top.len(), 3);
        let first = top.iter().find(|a| a.lever == l[0]).unwrap();
        assert_eq!(first.people, vec![1, 2], "most urgent first");
        // 0.7 · 80 + 0.3 · 66 = 75.8
        assert_eq!(first.priority, 76);
        let lone = top.iter().find(|a| a.lever == l[2]).unwrap();
        // 0.7 · 90 + 0.3 · 33 = 72.9
        assert_eq!(lone.priority, 73);
        assert_eq!(top[0].lever, l[0]);
        assert!(top.windows(2).all(|w| w[0].priority >= w[1].priority));
    }

    #[test]
    fn keeps_only_the_limit_and_handles_nobody() {
        let l = some_levers();
        let per: Vec<(u32, Vec<Suggestion>)> = (1..=3)
            .map(|i| (i, l.iter().map(|id| s(id, 50)).collect()))
            .collect();
        assert_eq!(top_actions(&per, 2).len(), 2);
        // Equal priorities: catalogue order.
        let top = top_actions(&per, 4);
        assert_eq!(top.iter().map(|a| a.lever).collect::<Vec<_>>(), l);
        assert!(top_actions(&[], 5).is_empty());
    }
}
