//! Worked examples: every row of the domain's worked-examples table, answered the way a
//! manager plausibly would, lands on the expected side and type. Each answer set covers its
//! whole questionnaire path, in path order, so it doubles as a fixture for end-to-end tests.

use orbita::codec::answers::{answers_to_json, parse_answers_json};
use orbita::domain::model::{CustomerType, Side, EXTERNAL_MAX, INTERNAL_MIN};
use orbita::domain::placement::place;
use orbita::domain::questionnaire::{answers_from, path, DONT_KNOW};
use orbita::domain::suggestions::{suggest, WORKPLACE_LEVERS};

use CustomerType::{Commercial, Executive, Impulsive, Loyal, NeedBased, Operative};

mod domain_common;

/// What the row expects of the types.
enum Types {
    /// Exactly these, in this order.
    Exactly(&'static [CustomerType]),
    /// The first type is one of these.
    FirstOf(&'static [CustomerType]),
    /// The table gives none ("—"): anything goes.
    Any,
}

struct Example {
    name: &'static str,
    answers: domain_common::Set,
    side: Side,
    /// Inclusive axis range the example must land in.
    axis: (u8, u8),
    types: Types,
}

/// "Toward the middle" on the internal side: internal, but not deep inside.
const TOWARD_MIDDLE: (u8, u8) = (INTERNAL_MIN, 80);

const EXAMPLES: &[Example] = &[
    Example {
        name: "customer-service team employee",
        answers: domain_common::CUSTOMER_SERVICE_EMPLOYEE,
        side: Side::Internal,
        axis: (85, 100),
        types: Types::Exactly(&[Executive]),
    },
    Example {
        name: "freelance writer of the corporate blog",
        answers: domain_common::FREELANCE_BLOG_WRITER,
        side: Side::Internal,
        axis: TOWARD_MIDDLE,
        types: Types::Exactly(&[Operative]),
    },
    Example {
        // Paid to visit, check the service against a brief and report every month.
        name: "mystery shopper of a restaurant chain",
        answers: domain_common::MYSTERY_SHOPPER,
        side: Side::Internal,
        axis: TOWARD_MIDDLE,
        types: Types::Any,
    },
    Example {
        // Delivers every week to the restaurant's specs and knows its menus and volumes.
        name: "supplier of a restaurant",
        answers: domain_common::RESTAURANT_SUPPLIER,
        side: Side::Internal,
        axis: TOWARD_MIDDLE,
        types: Types::Exactly(&[Operative]),
    },
    Example {
        name: "a supervisor",
        answers: domain_common::SUPERVISOR,
        side: Side::Internal,
        axis: (85, 100),
        types: Types::FirstOf(&[Commercial, Executive]),
    },
    Example {
        // "Depends on answers": a passer-by who walked in because the smell caught them.
        name: "a diner eating the restaurant's hamburger, first visit",
        answers: domain_common::DINER_FIRST_VISIT,
        side: Side::External,
        axis: (0, 10),
        // Need-based comes close behind, so it is shown as the runner-up.
        types: Types::FirstOf(&[Impulsive]),
    },
    Example {
        // The same hamburger, eaten every Friday by a regular.
        name: "a diner eating the restaurant's hamburger, regular",
        answers: domain_common::DINER_REGULAR,
        side: Side::External,
        axis: (0, 10),
        types: Types::Exactly(&[Loyal]),
    },
    Example {
        name: "a tourist refunded for a delayed flight",
        answers: domain_common::REFUNDED_TOURIST,
        side: Side::External,
        axis: (0, 10),
        types: Types::Exactly(&[NeedBased]),
    },
    Example {
        name: "a shopper who buys weekly and recommends the brand",
        answers: domain_common::LOYAL_WEEKLY_SHOPPER,
        side: Side::External,
        axis: (0, 15),
        types: Types::Exactly(&[Loyal]),
    },
    Example {
        // A weekend shop assistant who is also one of the shop's regular customers.
        name: "an employee who also buys the products",
        answers: domain_common::EMPLOYEE_WHO_BUYS,
        side: Side::Middle,
        axis: (50, INTERNAL_MIN - 1),
        types: Types::Any,
    },
];

/// Rows beyond the table that pin down design decisions.
const SANITY: &[Example] = &[
    Example {
        // Full-time staff who sometimes buy stay internal: the job outweighs the purchases.
        name: "full-time employee who sometimes buys",
        answers: domain_common::FULL_TIME_EMPLOYEE_WHO_BUYS,
        side: Side::Internal,
        axis: (INTERNAL_MIN, 80),
        // Two roles: a type from each side, the inside one first.
        types: Types::Exactly(&[Operative, NeedBased]),
    },
    Example {
        name: "shareholder who is also a customer",
        answers: domain_common::SHAREHOLDER_CUSTOMER,
        side: Side::Middle,
        axis: (EXTERNAL_MAX + 1, INTERNAL_MIN - 1),
        types: Types::Exactly(&[Loyal]),
    },
];

fn check(e: &Example) {
    let answers = answers_from(e.answers);
    let p = place(&answers).unwrap_or_else(|| panic!("{}: not placed", e.name));

    let asked: Vec<_> = path(&answers).iter().map(|q| q.id).collect();
    let given: Vec<_> = e.answers.iter().map(|(q, _)| *q).collect();
    assert_eq!(asked, given, "{}: answers must follow the path", e.name);
    assert!(p.complete, "{}", e.name);

    assert_eq!(p.side, e.side, "{}: axis {}", e.name, p.axis);
    assert!(
        (e.axis.0..=e.axis.1).contains(&p.axis),
        "{}: axis {} outside {:?}",
        e.name,
        p.axis,
        e.axis
    );
    match e.types {
        Types::Exactly(want) => assert_eq!(p.types, want, "{}", e.name),
        Types::FirstOf(options) => assert!(
            p.types.first().is_some_and(|t| options.contains(t)),
            "{}: {:?}",
            e.name,
            p.types
        ),
        Types::Any => {}
    }
    assert!(!p.reasons.is_empty(), "{}", e.name);
    assert!(
        !suggest(&p, &answers).is_empty(),
        "{}: no suggestion",
        e.name
    );
    assert_eq!(parse_answers_json(&answers_to_json(&answers)), Ok(answers));
}

#[test]
fn every_worked_example_lands_where_the_table_says() {
    assert_eq!(EXAMPLES.len(), 10, "nine table rows, the diner twice");
    for e in EXAMPLES {
        check(e);
    }
}

#[test]
fn every_shared_answer_set_has_an_expectation() {
    for (name, set) in domain_common::ALL {
        let uses = EXAMPLES
            .iter()
            .chain(SANITY)
            .filter(|e| std::ptr::eq(e.answers, *set) && e.name == *name)
            .count();
        assert_eq!(uses, 1, "{name}");
    }
}

#[test]
fn sanity_rows_hold() {
    for e in SANITY {
        check(e);
    }
}

#[test]
fn supervisor_carries_both_close_internal_types() {
    let e = EXAMPLES.iter().find(|e| e.name == "a supervisor").unwrap();
    let types = place(&answers_from(e.answers)).unwrap().types;
    assert!(
        types.contains(&Commercial) && types.contains(&Executive),
        "{types:?}"
    );
}

#[test]
fn fully_answered_examples_are_confident() {
    for e in EXAMPLES
        .iter()
        .filter(|e| e.answers.iter().all(|(_, o)| *o != DONT_KNOW))
    {
        // No unknowns: only answers that pull apart can take confidence below the full 100.
        let p = place(&answers_from(e.answers)).unwrap();
        assert!(p.confidence >= 90, "{}: {}", e.name, p.confidence);
        if p.contradictions.is_empty() && p.confidence < 100 {
            assert!(p.confidence >= 95, "{}: {}", e.name, p.confidence);
        }
    }
}

#[test]
fn detractor_employee_is_pointed_at_the_inside_first() {
    let e = &SANITY[0];
    let answers = answers_from(e.answers);
    let p = place(&answers).unwrap();
    let top: Vec<_> = suggest(&p, &answers)
        .iter()
        .take(4)
        .map(|s| s.lever.id)
        .collect();
    assert!(top.contains(&"enps_follow_up"), "{top:?}");
    assert!(top.contains(&"avoid_toxic"), "{top:?}");
}

#[test]
fn outside_firms_get_advice_about_the_deal_not_the_workplace() {
    // Internal customers, but not staff: the restaurant's supplier, the freelance writer and
    // the mystery-shopping agency. Workplace advice is wrong for them, however things go.
    for set in [
        domain_common::RESTAURANT_SUPPLIER,
        domain_common::FREELANCE_BLOG_WRITER,
        domain_common::MYSTERY_SHOPPER,
    ] {
        for recommend in ["recommend.2", "recommend.7", "recommend.10"] {
            let mut answers = answers_from(set);
            answers.insert("recommend".into(), recommend.into());
            let p = place(&answers).unwrap();
            let got: Vec<_> = suggest(&p, &answers).iter().map(|s| s.lever.id).collect();
            for id in WORKPLACE_LEVERS {
                assert!(!got.contains(id), "{id} for {answers:?}: {got:?}");
            }
            assert!(got.contains(&"servqual_empathy"), "{answers:?}: {got:?}");
            if recommend == "recommend.2" {
                assert!(got.contains(&"fair_terms"), "{answers:?}: {got:?}");
            }
        }
    }
}
