//! The example maps: valid, fully answered, varied, and the same in both languages apart
//! from their texts.

use std::collections::{BTreeSet, HashSet};

use orbita::codec::{decode_workspace, encode_workspace, MigrateCtx};
use orbita::domain::examples::{self, Example};
use orbita::domain::model::{Band, CustomerType, Side};
use orbita::domain::placement::{place, Placement};
use orbita::domain::questionnaire::{self, path, DONT_KNOW};
use orbita::domain::suggestions;
use orbita::domain::workspace::{Map, Stakeholder, Workspace};
use orbita::domain::Lang;

use Band::{AtRisk, Fine, Thriving};
use CustomerType::{Commercial, Executive, Impulsive, Loyal, NeedBased, Operative};
use Side::{External, Internal, Middle};

const LANGS: [Lang; 2] = [Lang::Es, Lang::En];

fn placed(s: &Stakeholder) -> Placement {
    place(&s.answers).unwrap_or_else(|| panic!("{} has no placement", s.name))
}

fn maps(lang: Lang) -> Vec<Map> {
    examples::all(lang).into_iter().map(|e| e.map).collect()
}

/// The maps of both languages.
fn every_map() -> Vec<Map> {
    LANGS.into_iter().flat_map(maps).collect()
}

/// Every stakeholder of [`every_map`], with its map's id.
fn every_stakeholder() -> Vec<(String, Stakeholder)> {
    every_map()
        .into_iter()
        .flat_map(|m| m.stakeholders.into_iter().map(move |s| (m.id.clone(), s)))
        .collect()
}

#[test]
fn there_are_three_examples_in_each_language() {
    for lang in LANGS {
        let all = examples::all(lang);
        assert_eq!(all.len(), 3, "{lang:?}");
        let ids: Vec<_> = all.iter().map(|e| e.map.id.as_str()).collect();
        assert_eq!(ids, examples::IDS, "{lang:?}");
        for e in &all {
            assert!(!e.blurb.trim().is_empty(), "{} has no blurb", e.map.id);
            assert!(!e.blurb.contains('\n'), "{} blurb is one line", e.map.id);
            let n = e.map.stakeholders.len();
            assert!((7..=10).contains(&n), "{} has {n} stakeholders", e.map.id);
            assert!((2..=3).contains(&e.map.plan.len()), "{}", e.map.id);
        }
    }
}

#[test]
fn get_finds_each_example_by_id() {
    for lang in LANGS {
        for id in examples::IDS {
            let e = examples::get(id, lang).expect(id);
            assert_eq!(e.map.id, id);
        }
        assert!(examples::get("example-nope", lang).is_none());
    }
}

#[test]
fn every_answer_is_a_real_question_and_option() {
    for (map, s) in every_stakeholder() {
        assert!(!s.answers.is_empty(), "{map}: {} has no answers", s.name);
        for (q, o) in &s.answers {
            let question = questionnaire::question(q)
                .unwrap_or_else(|| panic!("{}: unknown question {q}", s.name));
            assert!(
                o == DONT_KNOW || question.option(o).is_some(),
                "{}: {o} is not an option of {q}",
                s.name
            );
        }
    }
}

#[test]
fn every_stakeholder_is_complete_with_nothing_off_its_path() {
    for (map, s) in every_stakeholder() {
        assert!(placed(&s).complete, "{map}: {} is incomplete", s.name);
        let on_path: BTreeSet<_> = path(&s.answers).iter().map(|q| q.id).collect();
        let answered: BTreeSet<_> = s.answers.keys().map(String::as_str).collect();
        assert_eq!(answered, on_path, "{map}: {}", s.name);
    }
}

#[test]
fn each_map_spans_the_three_sides() {
    for map in every_map() {
        let sides: HashSet<_> = map.stakeholders.iter().map(|s| placed(s).side).collect();
        for side in Side::ALL {
            assert!(sides.contains(&side), "{} has no {side:?}", map.id);
        }
    }
}

#[test]
fn all_six_types_and_both_health_extremes_appear() {
    let maps = maps(Lang::En);
    let placements: Vec<_> = maps
        .iter()
        .flat_map(|m| m.stakeholders.iter().map(placed))
        .collect();
    let types: HashSet<_> = placements.iter().flat_map(|p| p.types.clone()).collect();
    for t in CustomerType::ALL {
        assert!(types.contains(&t), "no example is {t:?}");
    }
    let bands: Vec<Band> = placements
        .iter()
        .filter_map(|p| p.health.map(|h| h.band))
        .collect();
    assert!(bands.contains(&AtRisk) && bands.contains(&Thriving));
    for map in &maps {
        let bands: Vec<Band> = map
            .stakeholders
            .iter()
            .filter_map(|s| placed(s).health.map(|h| h.band))
            .collect();
        assert!(bands.contains(&AtRisk), "{}: nobody at risk", map.id);
    }
}

/// (side, types, health band) per stakeholder, in map order; no band where the answers hold
/// too little evidence for one.
type Expected = &'static [(Side, &'static [CustomerType], Option<Band>)];

const EXPECTED: [(&str, Expected); 3] = [
    (
        "example-restaurant",
        &[
            (Internal, &[Executive, Commercial], Some(Fine)), // head chef
            (Internal, &[Executive], Some(Thriving)),         // waiter
            (Middle, &[Operative, Loyal], Some(Thriving)),    // kitchen help who eats here
            (Internal, &[Operative], Some(Fine)),             // bread supplier
            (Middle, &[Executive], Some(AtRisk)),             // delivery platform
            (Internal, &[Executive], Some(Fine)),             // mystery shopper
            (External, &[Loyal], Some(Thriving)),             // weekly regular
            (External, &[Impulsive], Some(AtRisk)),           // tourist
            (External, &[NeedBased], Some(Fine)),             // office ordering for meetings
        ],
    ),
    (
        "example-airline",
        &[
            (Internal, &[Executive, Operative], Some(AtRisk)), // cabin crew
            (Internal, &[Executive], Some(Fine)),              // customer service
            (Internal, &[Commercial], Some(Thriving)),         // ground operations
            (Internal, &[Operative], Some(Fine)),              // maintenance
            (Internal, &[Operative], Some(AtRisk)),            // catering supplier
            (Middle, &[Loyal, Executive], Some(Fine)),         // travel agency
            (External, &[Loyal], Some(Thriving)),              // frequent flyer
            (External, &[NeedBased], Some(AtRisk)),            // refunded tourist
            (External, &[Impulsive], Some(Fine)),              // weekend-deal buyer
        ],
    ),
    (
        "example-software",
        &[
            (Internal, &[Operative], Some(AtRisk)),    // backend developer
            (Internal, &[Commercial], Some(Thriving)), // tech lead
            (Internal, &[Executive], Some(Fine)),      // account manager
            (Internal, &[Operative], Some(Thriving)),  // freelance blog writer
            (Middle, &[Operative], None),              // cloud provider: too little known
            (Middle, &[Commercial, Loyal], Some(Fine)), // investor who is also a client
            (External, &[Loyal], Some(AtRisk)),        // long-time client
            (External, &[Impulsive], Some(Fine)),      // trial user
            (External, &[NeedBased], Some(Fine)),      // tax-time buyer
        ],
    ),
];

#[test]
fn each_stakeholder_lands_where_its_story_says() {
    for lang in LANGS {
        for (map, (id, expected)) in maps(lang).iter().zip(EXPECTED) {
            assert_eq!(map.id, id);
            assert_eq!(map.stakeholders.len(), expected.len(), "{id}");
            for (s, (side, types, band)) in map.stakeholders.iter().zip(expected) {
                let p = placed(s);
                let got = (p.side, p.types.as_slice(), p.health.map(|h| h.band));
                assert_eq!(got, (*side, *types, *band), "{id}: {}", s.name);
            }
        }
    }
}

#[test]
fn plan_items_point_at_real_stakeholders_and_levers() {
    for map in every_map() {
        let mut ids: HashSet<u32> = map.stakeholders.iter().map(|s| s.id).collect();
        assert_eq!(
            ids.len(),
            map.stakeholders.len(),
            "{}: duplicate ids",
            map.id
        );
        let mut levers = HashSet::new();
        for item in &map.plan {
            assert!(!item.title.trim().is_empty());
            assert!(!item.stakeholders.is_empty(), "{}", item.title);
            for s in &item.stakeholders {
                assert!(map.stakeholder(*s).is_some(), "{}: {s}", item.title);
            }
            if let Some(lever) = &item.lever {
                assert!(suggestions::lever(lever).is_some(), "unknown lever {lever}");
                // Adding a plan item merges by lever, so one lever per map.
                assert!(levers.insert(lever.clone()), "{}: {lever} twice", map.id);
            }
            assert!(!item.owner.trim().is_empty(), "{}", item.title);
            let d = item.due.as_bytes();
            assert!(
                item.due.starts_with("2027-")
                    && d.len() == 10
                    && d[7] == b'-'
                    && d.iter()
                        .enumerate()
                        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()),
                "{}: due {}",
                item.title,
                item.due
            );
            assert!(item.priority <= 100);
            assert!(ids.insert(item.id), "{}: id {} reused", map.id, item.id);
        }
        let statuses: HashSet<_> = map.plan.iter().map(|p| p.status).collect();
        assert!(statuses.len() >= 2, "{}: statuses not mixed", map.id);
        assert!(map.next_id > *ids.iter().max().unwrap(), "{}", map.id);
    }
}

fn texts(e: &Example) -> Vec<&str> {
    let m = &e.map;
    let mut out = vec![m.name.as_str(), e.blurb];
    out.extend(m.stakeholders.iter().map(|s| s.role.as_str()));
    out.extend(m.plan.iter().map(|p| p.title.as_str()));
    out
}

#[test]
fn languages_share_everything_but_the_texts() {
    let es = examples::all(Lang::Es);
    let en = examples::all(Lang::En);
    for (a, b) in es.iter().zip(&en) {
        let (ma, mb) = (&a.map, &b.map);
        assert_eq!(ma.id, mb.id);
        assert_ne!(ma.name, mb.name);
        assert_eq!(ma.next_id, mb.next_id);
        assert_eq!(ma.stakeholders.len(), mb.stakeholders.len());
        for (sa, sb) in ma.stakeholders.iter().zip(&mb.stakeholders) {
            assert_eq!(sa.id, sb.id);
            assert_eq!(sa.answers, sb.answers, "{}", sa.name);
            assert_eq!(sa.notes.is_empty(), sb.notes.is_empty(), "{}", sa.name);
        }
        assert_eq!(ma.plan.len(), mb.plan.len());
        for (pa, pb) in ma.plan.iter().zip(&mb.plan) {
            let key = |p: &orbita::domain::plan::PlanItem| {
                (
                    p.id,
                    p.lever.clone(),
                    p.stakeholders.clone(),
                    p.due.clone(),
                    p.status,
                    p.priority,
                )
            };
            assert_eq!(key(pa), key(pb));
        }
        // Map name, blurb, roles and plan titles are all written for each language.
        for (ta, tb) in texts(a).iter().zip(texts(b)) {
            assert!(!ta.is_empty());
            assert_ne!(*ta, tb);
        }
    }
}

#[test]
fn a_few_stakeholders_carry_notes() {
    for map in maps(Lang::Es) {
        let with_notes = map
            .stakeholders
            .iter()
            .filter(|s| !s.notes.is_empty())
            .count();
        assert!(
            with_notes >= 2 && with_notes < map.stakeholders.len(),
            "{}",
            map.id
        );
    }
}

#[test]
fn examples_survive_a_json_round_trip() {
    for map in every_map() {
        let ws = Workspace {
            last_opened: map.id.clone(),
            maps: vec![map],
        };
        let ctx = MigrateCtx {
            map_id: String::new(),
            map_name: String::new(),
            unnamed: "Unnamed".into(),
        };
        let back = decode_workspace(&encode_workspace(&ws), &ctx).unwrap();
        assert_eq!(back, ws);
    }
}
