//! Properties of the domain engine over generated and exhaustively enumerated answer sets:
//! bounds, monotonic axis, confidence that falls when answers are skipped, short paths,
//! reachable levers, complete bilingual texts and a frozen questionnaire id order.

// proptest is a native-only dev-dependency: these properties run with `cargo test` on the host.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashSet};

use orbita::codec::answers::{answers_to_json, parse_answers_json};
use orbita::domain::model::{Band, CustomerType, Side, EXTERNAL_MAX, INTERNAL_MIN};
use orbita::domain::placement::{place, Role};
use orbita::domain::questionnaire::{
    all, answers_from, axis, buys_from_you, option_label, path, question, Answers, Audience,
    Section, DONT_KNOW, DONT_KNOW_LABEL, MAX_PATH, QUESTIONNAIRE_VERSION,
};
use orbita::domain::suggestions::{lever, levers, suggest};
use orbita::domain::summary::{summarize, Chain};
use orbita::domain::text::Text;
use proptest::prelude::*;

mod domain_common;

fn live() -> impl Iterator<Item = &'static orbita::domain::questionnaire::Question> {
    all().iter().filter(|q| !q.retired)
}

fn position() -> Vec<&'static orbita::domain::questionnaire::Question> {
    live().filter(|q| q.section == Section::Position).collect()
}

/// One choice per question: 0 = unanswered, 1 = don't know, k + 2 = option k.
fn answers_of(choices: &[usize]) -> Answers {
    let mut a = Answers::new();
    for (q, c) in all().iter().zip(choices) {
        match c % (q.options.len() + 2) {
            0 => {}
            1 => {
                a.insert(q.id.into(), DONT_KNOW.into());
            }
            k => {
                a.insert(q.id.into(), q.options[k - 2].id.into());
            }
        }
    }
    a
}

fn any_answers() -> impl Strategy<Value = Answers> {
    prop::collection::vec(0usize..64, all().len()).prop_map(|c| answers_of(&c))
}

/// Valid answers plus junk keys and values, as a hand-edited or corrupted store might hold.
fn messy_answers() -> impl Strategy<Value = Answers> {
    (
        any_answers(),
        prop::collection::btree_map("[a-z._]{0,16}", "[a-z._0-9]{0,18}", 0..6),
        prop::collection::vec((0usize..64, "[a-z._0-9]{0,18}"), 0..4),
    )
        .prop_map(|(mut a, junk, wrong)| {
            a.extend(junk);
            for (i, v) in wrong {
                a.insert(all()[i % all().len()].id.into(), v);
            }
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn placement_stays_in_bounds(a in messy_answers()) {
        let Some(p) = place(&a) else {
            prop_assert!(axis(&a).is_none());
            return Ok(());
        };
        prop_assert!(p.axis <= 100);
        prop_assert_eq!(p.side, Side::from_axis(p.axis));
        prop_assert!(p.confidence <= 100);
        prop_assert!(p.types.len() <= 2);
        let unique: HashSet<_> = p.types.iter().collect();
        prop_assert_eq!(unique.len(), p.types.len());
        match (p.side, p.role) {
            // One from each side, at most: in the middle, or with two roles anywhere.
            (Side::Middle, _) | (_, Role::TwoRoles) => prop_assert!(p.types.iter().filter(|t| t.is_internal()).count() <= 1
                && p.types.iter().filter(|t| !t.is_internal()).count() <= 1),
            (Side::External, _) => prop_assert!(p.types.iter().all(|t| !t.is_internal())),
            (Side::Internal, _) => prop_assert!(p.types.iter().all(|t| t.is_internal())),
        }
        prop_assert!(p.confidence <= p.coverage);
        if p.role == Role::ThroughAnotherFirm {
            prop_assert!(p.axis < INTERNAL_MIN, "through another firm: the middle band at most");
        }
        if !buys_from_you(&a) {
            prop_assert!(p.types.iter().all(|t| t.is_internal()), "someone you pay gets no buyer type");
            prop_assert!(path(&a).iter().all(|q| q.audience != Audience::Outside), "nor buyer questions");
        }
        if let Some(h) = p.health {
            prop_assert!(h.score <= 100);
            prop_assert_eq!(h.band, Band::from_score(h.score));
        }
        for pair in p.reasons.windows(2) {
            prop_assert!(pair[0].points.abs() >= pair[1].points.abs());
        }
        for r in &p.reasons {
            let q = question(r.question).unwrap();
            prop_assert_eq!(q.section, Section::Position);
            prop_assert!(q.options.iter().any(|o| o.id == r.option));
            prop_assert!(r.points.abs() <= 50);
        }
        // The reasons explain the axis: their points add up to its distance from 50 (for
        // someone working through another firm, to at least that, as the cap may hold them back).
        let sum: i32 = p.reasons.iter().map(|r| r.points).sum();
        if p.role == Role::ThroughAnotherFirm {
            prop_assert!(sum + p.reasons.len() as i32 >= i32::from(p.axis) - 50);
        } else {
            prop_assert!((sum - (i32::from(p.axis) - 50)).abs() <= p.reasons.len() as i32);
        }
        let path_answered = path(&a).iter().all(|q| a.get(q.id).is_some_and(|o| option_label(q, o).is_some()));
        prop_assert_eq!(p.complete, path_answered);
    }

    #[test]
    fn a_more_involved_answer_never_lowers_the_axis(
        a in any_answers(),
        which in 0usize..6,
        lo in 0usize..8,
        hi in 0usize..8,
    ) {
        // Working through another firm caps the axis whatever else is answered: the rule is
        // about involvement among the other answers.
        let caps = |o: &str| matches!(o, "pays.through" | "meaning.assignment");
        prop_assume!(!a.values().any(|o| caps(o)));
        let q = position()[which % position().len()];
        let shown: Vec<_> = q.shown().into_iter().filter(|o| !caps(o.id)).collect();
        let (i, j) = (lo % shown.len(), hi % shown.len());
        let (lo, hi) = (i.min(j), i.max(j));
        let mut low = a.clone();
        low.insert(q.id.into(), shown[lo].id.into());
        let mut high = a;
        high.insert(q.id.into(), shown[hi].id.into());
        prop_assert!(axis(&high).unwrap() >= axis(&low).unwrap());
    }

    #[test]
    fn skipping_an_answer_never_raises_confidence(a in any_answers(), pick in 0usize..64, to_dk in any::<bool>()) {
        let real: Vec<_> = a
            .iter()
            .filter(|(_, o)| o.as_str() != DONT_KNOW)
            .map(|(q, _)| q.clone())
            .collect();
        prop_assume!(!real.is_empty());
        let Some(before) = place(&a) else { return Ok(()) };
        let skipped = &real[pick % real.len()];
        let mut b = a.clone();
        if to_dk {
            b.insert(skipped.clone(), DONT_KNOW.into());
        } else {
            b.remove(skipped);
        }
        let q = question(skipped).unwrap();
        match place(&b) {
            None => prop_assert_eq!(q.section, Section::Position),
            Some(after) => {
                // Fewer real answers never cover more; a position answer always covers some.
                prop_assert!(after.coverage <= before.coverage);
                if q.section == Section::Position {
                    prop_assert!(after.coverage < before.coverage, "{} {}", before.coverage, after.coverage);
                }
                // Confidence can only rise if the answer taken away pulled against the others.
                if after.confidence > before.confidence {
                    prop_assert_eq!(q.section, Section::Position);
                }
            }
        }
    }

    #[test]
    fn paths_are_short_unique_and_position_first(a in messy_answers()) {
        let p = path(&a);
        prop_assert!(p.len() <= MAX_PATH);
        prop_assert!(p.iter().all(|q| !q.retired));
        let ids: HashSet<_> = p.iter().map(|q| q.id).collect();
        prop_assert_eq!(ids.len(), p.len());
        let n = position().len();
        prop_assert!(p[..n].iter().all(|q| q.section == Section::Position));
    }

    #[test]
    fn suggestions_are_ranked_and_unique(a in any_answers()) {
        let Some(p) = place(&a) else { return Ok(()) };
        let s = suggest(&p, &a);
        let ids: HashSet<_> = s.iter().map(|s| s.lever.id).collect();
        prop_assert_eq!(ids.len(), s.len());
        for pair in s.windows(2) {
            prop_assert!(pair[0].score >= pair[1].score);
        }
        for s in &s {
            prop_assert!(s.score <= 100);
            prop_assert!(lever(s.lever.id).is_some());
            prop_assert!(!s.why.es.is_empty() && !s.why.en.is_empty());
        }
    }

    #[test]
    fn valid_answers_survive_json(a in any_answers()) {
        prop_assert_eq!(parse_answers_json(&answers_to_json(&a)), Ok(a));
    }

    #[test]
    fn summaries_add_up(sets in prop::collection::vec(any_answers(), 0..12), unplaced in 0usize..4) {
        let ps: Vec<_> = sets.iter().filter_map(place).collect();
        let s = summarize(ps.len() + unplaced, &ps);
        prop_assert_eq!(s.placed, ps.len());
        prop_assert_eq!(s.total, ps.len() + unplaced);
        prop_assert_eq!(s.per_side.iter().map(|(_, n)| n).sum::<usize>(), ps.len());
        prop_assert_eq!(s.per_side.iter().map(|(side, _)| *side).collect::<Vec<_>>(), Side::ALL);
        prop_assert_eq!(s.per_type.iter().map(|(t, _)| *t).collect::<Vec<_>>(), CustomerType::ALL);
        prop_assert!(s.health_inside.is_none_or(|h| h <= 100));
        prop_assert!(s.health_outside.is_none_or(|h| h <= 100));
        prop_assert_eq!(s.chain == Chain::NotEnoughData, s.health_inside.is_none() || s.health_outside.is_none());
    }
}

/// Every combination of position answers (including "don't know" and unanswered).
fn all_position_combinations() -> Vec<Answers> {
    let mut out = vec![Answers::new()];
    for q in position() {
        let mut next = Vec::with_capacity(out.len() * (q.options.len() + 2));
        for a in &out {
            next.push(a.clone());
            let mut dk = a.clone();
            dk.insert(q.id.into(), DONT_KNOW.into());
            next.push(dk);
            for o in q.options {
                let mut b = a.clone();
                b.insert(q.id.into(), o.id.into());
                next.push(b);
            }
        }
        out = next;
    }
    out
}

#[test]
fn every_path_fits_in_twelve_questions() {
    // The path depends only on position answers, so this covers every possible path.
    let mut lengths = BTreeSet::new();
    for a in all_position_combinations() {
        let p = path(&a);
        assert!(p.len() <= MAX_PATH, "{} questions for {a:?}", p.len());
        lengths.insert(p.len());
    }
    assert_eq!(lengths, BTreeSet::from([MAX_PATH]));
}

#[test]
fn no_single_answer_decides_the_side() {
    // With every position question answered, changing any one answer never jumps
    // straight from the external side to the internal one.
    for a in all_position_combinations() {
        if a.len() != position().len() || a.values().any(|o| o == DONT_KNOW) {
            continue;
        }
        let side = place(&a).unwrap().side;
        if side == Side::Middle {
            continue;
        }
        for q in position() {
            for o in q.options {
                let mut b = a.clone();
                b.insert(q.id.into(), o.id.into());
                let other = place(&b).unwrap().side;
                assert!(
                    other == side || other == Side::Middle,
                    "{} → {} flips {a:?}",
                    q.id,
                    o.id
                );
            }
        }
    }
}

#[test]
fn the_axis_reaches_both_ends_and_the_middle() {
    let ends: Vec<u8> = [0usize, usize::MAX]
        .iter()
        .map(|&pick| {
            let a: Answers = position()
                .iter()
                .map(|q| {
                    let shown = q.shown();
                    let o = shown[pick.min(shown.len() - 1)];
                    (q.id.to_string(), o.id.to_string())
                })
                .collect();
            axis(&a).unwrap()
        })
        .collect();
    assert_eq!(ends, [0, 100]);
    assert!(all_position_combinations()
        .iter()
        .any(|a| axis(a).is_some_and(|x| x > EXTERNAL_MAX && x < INTERNAL_MIN)));
}

/// Answer sets around which the lever search explores: the worked examples, each also
/// without its health answers.
fn seeds() -> Vec<Answers> {
    let mut out = Vec::new();
    for (_, set) in domain_common::ALL {
        let full = answers_from(*set);
        let no_health: Answers = full
            .iter()
            .filter(|(q, _)| question(q).is_some_and(|q| q.section != Section::Health))
            .map(|(q, o)| (q.clone(), o.clone()))
            .collect();
        out.push(full);
        out.push(no_health);
    }
    out
}

#[test]
fn every_lever_is_reachable() {
    // From each seed, try every single change to one answer on its path.
    let mut reached = HashSet::new();
    for seed in seeds() {
        let mut variants = vec![seed.clone()];
        for q in all() {
            for o in q.options {
                let mut v = seed.clone();
                v.insert(q.id.into(), o.id.into());
                variants.push(v);
            }
        }
        for v in variants {
            if let Some(p) = place(&v) {
                reached.extend(suggest(&p, &v).iter().map(|s| s.lever.id));
            }
        }
    }
    let missing: Vec<_> = levers()
        .iter()
        .map(|l| l.id)
        .filter(|id| !reached.contains(id))
        .collect();
    assert!(missing.is_empty(), "never suggested: {missing:?}");
}

#[test]
fn catalogue_sizes_and_ids_are_unique() {
    assert!(levers().len() >= 30);
    let ids: HashSet<_> = levers().iter().map(|l| l.id).collect();
    assert_eq!(ids.len(), levers().len());
    let qids: HashSet<_> = all().iter().map(|q| q.id).collect();
    assert_eq!(qids.len(), all().len());
    let mut oids = HashSet::new();
    for q in all() {
        assert!(q.options.len() >= 2, "{}", q.id);
        for o in q.options {
            assert!(oids.insert(o.id), "option id {} reused", o.id);
            assert_ne!(o.id, DONT_KNOW);
        }
    }
    let tids: HashSet<_> = CustomerType::ALL.iter().map(|t| t.id()).collect();
    assert_eq!(tids.len(), 6);
    for q in live().filter(|q| matches!(q.section, Section::External | Section::Internal)) {
        assert!(
            q.options.iter().any(|o| !o.types.is_empty()),
            "{} gives no type evidence",
            q.id
        );
    }
}

fn is_number(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_digit())
}

/// Every product text in both languages: (what, text, must differ between languages).
fn every_text() -> Vec<(String, Text, bool)> {
    let mut out = vec![("dont know".to_string(), DONT_KNOW_LABEL, true)];
    for s in [
        Section::Position,
        Section::External,
        Section::Internal,
        Section::Health,
    ] {
        out.push((format!("section {s:?}"), s.label(), true));
    }
    for q in all() {
        out.push((format!("{} short", q.id), q.short, true));
        out.push((format!("{} prompt", q.id), q.prompt, true));
        out.push((format!("{} help", q.id), q.help, true));
        for o in q.options {
            out.push((o.id.to_string(), o.label, !is_number(o.label.en)));
        }
    }
    for l in levers() {
        out.push((format!("{} title", l.id), l.title, true));
        out.push((format!("{} detail", l.id), l.detail, true));
    }
    for t in CustomerType::ALL {
        out.push((format!("{t:?} label"), t.label(), true));
        out.push((format!("{t:?} description"), t.description(), true));
    }
    for s in Side::ALL {
        out.push((format!("{s:?} label"), s.label(), true));
        out.push((format!("{s:?} description"), s.description(), true));
    }
    for b in Band::ALL {
        out.push((format!("{b:?} label"), b.label(), true));
    }
    for c in [
        Chain::NotEnoughData,
        Chain::InsideLags { gap: 1 },
        Chain::Balanced,
        Chain::OutsideLags { gap: 1 },
    ] {
        out.push((format!("{c:?} message"), c.message(), true));
        if let Some(step) = c.first_step() {
            out.push((format!("{c:?} first step"), step, true));
        }
    }
    out
}

#[test]
fn every_text_exists_in_both_languages() {
    for (what, text, must_differ) in every_text() {
        assert!(!text.es.trim().is_empty(), "{what}: no Spanish");
        assert!(!text.en.trim().is_empty(), "{what}: no English");
        if must_differ {
            assert_ne!(text.es, text.en, "{what}: Spanish equals English");
        }
        // Spanish addresses the manager as "tú", never "usted".
        assert!(
            !text.es.to_lowercase().contains("usted"),
            "{what}: uses usted"
        );
    }
}

#[test]
fn every_lever_names_its_source() {
    for l in levers() {
        assert!(!l.source.trim().is_empty(), "{}", l.id);
    }
}

#[test]
fn type_and_side_descriptions_are_one_sentence() {
    for t in [
        CustomerType::ALL
            .iter()
            .map(|t| t.description())
            .collect::<Vec<_>>(),
        Side::ALL.iter().map(|s| s.description()).collect(),
    ]
    .concat()
    {
        for s in [t.es, t.en] {
            assert_eq!(s.matches(". ").count(), 0, "{s}");
            assert!(s.ends_with('.'), "{s}");
        }
    }
}

#[test]
fn questionnaire_starts_with_the_frozen_v1_ids() {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/questionnaire-v1-ids.json")).unwrap();
    assert_eq!(fixture["dont_know"], DONT_KNOW);
    // The v1 prefix must hold for this and every later questionnaire version.
    assert_eq!(fixture["questionnaire"], 1);
    assert!(u64::from(QUESTIONNAIRE_VERSION) >= fixture["questionnaire"].as_u64().unwrap());
    let frozen = fixture["questions"].as_array().unwrap();
    assert!(all().len() >= frozen.len(), "questions were removed");
    for (i, f) in frozen.iter().enumerate() {
        let q = &all()[i];
        assert_eq!(q.id, f["id"], "question {i} moved or renamed");
        let options = f["options"].as_array().unwrap();
        assert!(
            q.options.len() >= options.len(),
            "options of {} were removed",
            q.id
        );
        for (j, o) in options.iter().enumerate() {
            assert_eq!(
                q.options[j].id, o,
                "option {j} of {} moved or renamed",
                q.id
            );
        }
    }
}
