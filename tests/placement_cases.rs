//! Stakeholders described in one plain sentence each and answered as a manager who knows them
//! would, written before looking at what the engine makes of them. Clear cases land on the
//! right side with the right type; people with two roles are flagged and get a type from each
//! side; people who work for the business through another firm land in the middle band; health
//! says only what the answers say; confidence falls when answers pull apart.

use orbita::domain::model::{CustomerType, Side, EXTERNAL_MAX, INTERNAL_MIN};
use orbita::domain::placement::{place, Placement, Role, MIN_HEALTH_ANSWERS};
use orbita::domain::questionnaire::{answers_from, path, Answers, DONT_KNOW, MAX_PATH};

use CustomerType::{Commercial, Executive, Impulsive, Loyal, NeedBased, Operative};

struct Case {
    /// The description the answers were written from.
    says: &'static str,
    answers: &'static [(&'static str, &'static str)],
    side: Side,
    /// The first type, when the description makes it clear.
    first: Option<CustomerType>,
    /// Another type that must be shown beside it (a second role, or a close runner-up).
    also: Option<CustomerType>,
    role: Role,
}

const CASES: &[Case] = &[
    Case {
        says: "A cashier who also does her weekly shop at the store.",
        answers: &[
            ("pays", "pays.both"),
            ("produces", "produces.daily"),
            ("info", "info.team"),
            ("contact", "contact.daily"),
            ("meaning", "meaning.both"),
            ("judges", "judges.both"),
            ("ext.frequency", "ext.frequency.weekly"),
            ("ext.decision", "ext.decision.habit"),
            ("int.customers", "int.customers.core"),
            ("int.departments", "int.departments.one"),
            ("recommend", "recommend.8"),
            ("health.int_clarity", "health.int_clarity.mostly"),
        ],
        side: Side::Internal,
        first: Some(Executive),
        also: Some(Loyal),
        role: Role::TwoRoles,
    },
    Case {
        says: "An agent employed by an outsourcing firm who answers our customers' calls all day.",
        answers: &[
            ("pays", "pays.through"),
            ("produces", "produces.daily"),
            ("info", "info.some"),
            ("contact", "contact.daily"),
            ("meaning", "meaning.assignment"),
            ("judges", "judges.process"),
            ("int.customers", "int.customers.core"),
            ("int.departments", "int.departments.one"),
            ("recommend", "recommend.6"),
            ("health.int_clarity", "health.int_clarity.guess"),
        ],
        side: Side::Middle,
        first: Some(Executive),
        also: None,
        role: Role::ThroughAnotherFirm,
    },
    Case {
        says: "A rider from a delivery platform who takes our orders to customers most days.",
        answers: &[
            ("pays", "pays.through"),
            ("produces", "produces.regular"),
            ("info", "info.own"),
            ("contact", "contact.weekly"),
            ("meaning", "meaning.assignment"),
            ("judges", "judges.deal"),
            ("int.customers", "int.customers.often"),
            ("int.departments", "int.departments.one"),
            ("recommend", DONT_KNOW),
        ],
        side: Side::Middle,
        first: None,
        also: None,
        role: Role::ThroughAnotherFirm,
    },
    Case {
        says: "A cleaner sent by a cleaning company every evening.",
        answers: &[
            ("pays", "pays.through"),
            ("produces", "produces.support"),
            ("info", "info.public"),
            ("contact", "contact.daily"),
            ("meaning", "meaning.assignment"),
            ("judges", "judges.process"),
            ("int.customers", "int.customers.never"),
            ("int.departments", "int.departments.one"),
        ],
        side: Side::Middle,
        first: Some(Operative),
        also: None,
        role: Role::ThroughAnotherFirm,
    },
    Case {
        says: "A family that shops with us every week and recommends us to their friends.",
        answers: &[
            ("pays", "pays.they_pay"),
            ("produces", "produces.no"),
            ("info", "info.own"),
            ("contact", "contact.rarely"),
            ("meaning", "meaning.brand"),
            ("judges", "judges.result"),
            ("ext.frequency", "ext.frequency.weekly"),
            ("ext.decision", "ext.decision.habit"),
            ("ext.range", "ext.range.many"),
            ("recommend", "recommend.10"),
            ("health.ext_word", "health.ext_word.champion"),
            ("health.ext_last", "health.ext_last.great"),
        ],
        side: Side::External,
        first: Some(Loyal),
        also: None,
        role: Role::Single,
    },
    Case {
        says: "A man who buys a birthday present from us about once a year.",
        answers: &[
            ("pays", "pays.they_pay"),
            ("produces", "produces.no"),
            ("info", "info.public"),
            ("contact", "contact.rarely"),
            ("meaning", "meaning.shop"),
            ("judges", "judges.result"),
            ("ext.frequency", "ext.frequency.yearly"),
            ("ext.decision", "ext.decision.need"),
            ("ext.range", "ext.range.one"),
            ("recommend", "recommend.7"),
            ("health.ext_word", "health.ext_word.nothing"),
        ],
        side: Side::External,
        first: Some(NeedBased),
        also: None,
        role: Role::Single,
    },
    Case {
        says: "A tourist who walked in and bought a souvenir because it caught her eye.",
        answers: &[
            ("pays", "pays.they_pay"),
            ("produces", "produces.no"),
            ("info", "info.public"),
            ("contact", "contact.rarely"),
            ("meaning", "meaning.shop"),
            ("judges", "judges.result"),
            ("ext.frequency", "ext.frequency.once"),
            ("ext.decision", "ext.decision.impulse"),
            ("ext.range", "ext.range.one"),
            ("recommend", DONT_KNOW),
        ],
        side: Side::External,
        first: Some(Impulsive),
        also: None,
        role: Role::Single,
    },
    Case {
        says: "A mystery shopper the chain pays to check our service every month.",
        answers: &[
            ("pays", "pays.we_pay"),
            ("produces", "produces.sometimes"),
            ("info", "info.some"),
            ("contact", "contact.monthly"),
            ("meaning", "meaning.client"),
            ("judges", "judges.paid"),
            ("int.customers", "int.customers.sometimes"),
            ("int.departments", "int.departments.one"),
        ],
        side: Side::Internal,
        first: None,
        also: None,
        role: Role::Single,
    },
    Case {
        says: "A former employee who still comes in to buy bread now and then.",
        answers: &[
            ("pays", "pays.they_pay"),
            ("produces", "produces.no"),
            ("info", "info.public"),
            ("contact", "contact.rarely"),
            ("meaning", "meaning.former"),
            ("judges", "judges.result"),
            ("ext.frequency", "ext.frequency.monthly"),
            ("ext.decision", "ext.decision.need"),
            ("ext.range", "ext.range.one"),
        ],
        side: Side::External,
        first: Some(NeedBased),
        also: None,
        role: Role::Single,
    },
    Case {
        says: "A sales coordinator who talks to customers often and works with two or three departments.",
        answers: &[
            ("pays", "pays.we_pay"),
            ("produces", "produces.daily"),
            ("info", "info.team"),
            ("contact", "contact.daily"),
            ("meaning", "meaning.workplace"),
            ("judges", "judges.process"),
            ("int.customers", "int.customers.often"),
            ("int.departments", "int.departments.few"),
            ("int.specs", "int.specs.sets"),
        ],
        side: Side::Internal,
        first: Some(Executive),
        also: Some(Commercial),
        role: Role::Single,
    },
    Case {
        says: "The HR manager, who supports every department and never meets customers.",
        answers: &[
            ("pays", "pays.we_pay"),
            ("produces", "produces.support"),
            ("info", "info.full"),
            ("contact", "contact.daily"),
            ("meaning", "meaning.workplace"),
            ("judges", "judges.process"),
            ("int.customers", "int.customers.never"),
            ("int.departments", "int.departments.most"),
            ("int.specs", "int.specs.sets"),
        ],
        side: Side::Internal,
        first: Some(Commercial),
        also: None,
        role: Role::Single,
    },
    Case {
        says: "A cook who makes the dishes to the chef's recipes and never sees the diners.",
        answers: &[
            ("pays", "pays.we_pay"),
            ("produces", "produces.daily"),
            ("info", "info.team"),
            ("contact", "contact.daily"),
            ("meaning", "meaning.workplace"),
            ("judges", "judges.process"),
            ("int.customers", "int.customers.never"),
            ("int.departments", "int.departments.one"),
            ("int.specs", "int.specs.given"),
        ],
        side: Side::Internal,
        first: Some(Operative),
        also: None,
        role: Role::Single,
    },
    Case {
        says: "A partner who owns part of the business and also buys from it for his own shop.",
        answers: &[
            ("pays", "pays.profit_share"),
            ("produces", "produces.sometimes"),
            ("info", "info.full"),
            ("contact", "contact.weekly"),
            ("meaning", "meaning.both"),
            ("judges", "judges.both"),
            ("ext.frequency", "ext.frequency.monthly"),
            ("ext.decision", "ext.decision.habit"),
            ("int.customers", "int.customers.sometimes"),
            ("int.departments", "int.departments.most"),
        ],
        side: Side::Internal,
        first: None,
        also: None,
        role: Role::TwoRoles,
    },
];

fn check(case: &Case) -> Placement {
    let answers: Answers = answers_from(case.answers);
    let p = place(&answers).unwrap_or_else(|| panic!("{}: not placed", case.says));
    assert_eq!(p.side, case.side, "{}: axis {}", case.says, p.axis);
    assert_eq!(p.role, case.role, "{}", case.says);
    if let Some(first) = case.first {
        assert_eq!(
            p.types.first(),
            Some(&first),
            "{}: {:?}",
            case.says,
            p.types
        );
    }
    if let Some(also) = case.also {
        assert!(p.types.contains(&also), "{}: {:?}", case.says, p.types);
    }
    // Every answer given is one the questionnaire asks, and no path is over twelve.
    let asked: Vec<&str> = path(&answers).iter().map(|q| q.id).collect();
    assert!(
        asked.len() <= MAX_PATH,
        "{}: {} questions",
        case.says,
        asked.len()
    );
    for (q, _) in case.answers {
        assert!(
            asked.contains(q),
            "{}: {q} is not asked ({asked:?})",
            case.says
        );
    }
    p
}

#[test]
fn every_case_lands_where_a_manager_expects() {
    for case in CASES {
        check(case);
    }
}

#[test]
fn people_with_two_roles_get_a_type_from_each_side_whatever_the_axis() {
    for case in CASES.iter().filter(|c| c.role == Role::TwoRoles) {
        let p = check(case);
        assert!(
            p.types.iter().any(|t| t.is_internal()),
            "{}: {:?}",
            case.says,
            p.types
        );
        assert!(
            p.types.iter().any(|t| !t.is_internal()),
            "{}: {:?}",
            case.says,
            p.types
        );
    }
}

#[test]
fn people_working_through_another_firm_stay_in_the_middle_even_when_everything_else_is_inside() {
    let deep_inside: &[(&str, &str)] = &[
        ("pays", "pays.through"),
        ("produces", "produces.daily"),
        ("info", "info.full"),
        ("contact", "contact.daily"),
        ("meaning", "meaning.workplace"),
        ("judges", "judges.process"),
    ];
    let p = place(&answers_from(deep_inside)).unwrap();
    assert!(p.axis > EXTERNAL_MAX && p.axis < INTERNAL_MIN, "{}", p.axis);
    assert_eq!(p.role, Role::ThroughAnotherFirm);
    // Unless the other answers say they are hardly involved at all.
    let barely: &[(&str, &str)] = &[
        ("pays", "pays.through"),
        ("produces", "produces.no"),
        ("info", "info.public"),
        ("contact", "contact.rarely"),
        ("meaning", "meaning.shop"),
        ("judges", "judges.result"),
    ];
    assert_eq!(place(&answers_from(barely)).unwrap().side, Side::External);
}

#[test]
fn the_number_of_departments_alone_never_flips_the_type() {
    let coordinator = CASES
        .iter()
        .find(|c| c.says.starts_with("A sales coordinator"))
        .unwrap();
    let mut more = answers_from(coordinator.answers);
    more.insert("int.departments".into(), "int.departments.most".into());
    let p = place(&more).unwrap();
    assert!(
        p.types.contains(&Executive) && p.types.contains(&Commercial),
        "{:?}",
        p.types
    );
}

#[test]
fn health_says_only_what_the_answers_say() {
    let base = [("pays", "pays.they_pay"), ("meaning", "meaning.brand")];
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut v: Vec<(&str, &str)> = base.to_vec();
        v.extend_from_slice(extra);
        place(&answers_from(&v)).unwrap()
    };
    // "Nothing, as far as you know" is no evidence: not a poor experience.
    let nothing = with(&[("health.ext_word", "health.ext_word.nothing")]);
    assert_eq!(nothing.health, None);
    assert_eq!(nothing.health_answers, 0);
    // One glowing answer with everything else unknown is not enough for a band.
    let one = with(&[
        ("recommend", DONT_KNOW),
        ("health.ext_last", "health.ext_last.great"),
    ]);
    assert_eq!(one.health, None);
    assert_eq!(one.health_answers, 1);
    const { assert!(MIN_HEALTH_ANSWERS >= 2) };
    let two = with(&[
        ("recommend", "recommend.9"),
        ("health.ext_last", "health.ext_last.great"),
    ]);
    assert!(two.health.is_some());
    // Nothing that I know of beside two real answers leaves the band as they make it.
    let beside = with(&[
        ("recommend", "recommend.9"),
        ("health.ext_last", "health.ext_last.great"),
        ("health.ext_word", "health.ext_word.nothing"),
    ]);
    assert_eq!(beside.health, two.health);
}

#[test]
fn confidence_falls_with_unknowns_and_with_answers_that_pull_apart() {
    let agree: &[(&str, &str)] = &[
        ("pays", "pays.we_pay"),
        ("produces", "produces.daily"),
        ("info", "info.team"),
        ("contact", "contact.daily"),
        ("meaning", "meaning.workplace"),
        ("judges", "judges.process"),
        ("int.customers", "int.customers.never"),
        ("int.departments", "int.departments.one"),
        ("int.specs", "int.specs.given"),
    ];
    let full = place(&answers_from(agree)).unwrap();
    assert!(full.confidence >= 90, "{}", full.confidence);
    assert!(full.contradictions.is_empty());
    // Two unknowns.
    let mut unknown = answers_from(agree);
    unknown.insert("info".into(), DONT_KNOW.into());
    unknown.insert("judges".into(), DONT_KNOW.into());
    assert!(place(&unknown).unwrap().confidence < full.confidence);
    // Pays you like a customer, yet it's their workplace: the answers pull apart.
    let mut torn = answers_from(agree);
    torn.insert("pays".into(), "pays.they_pay".into());
    torn.insert("info".into(), "info.public".into());
    let p = place(&torn).unwrap();
    assert!(
        p.confidence < full.confidence,
        "{} vs {}",
        p.confidence,
        full.confidence
    );
    assert!(
        p.contradictions
            .iter()
            .any(|(a, b)| [*a, *b].contains(&"pays")),
        "{:?}",
        p.contradictions
    );
    // Two roles at once are not a contradiction.
    let cashier = &CASES[0];
    assert!(place(&answers_from(cashier.answers))
        .unwrap()
        .contradictions
        .is_empty());
}
