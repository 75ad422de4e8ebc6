//! Answer sets shared by the domain tests, one per worked example. Each covers its whole
//! questionnaire path, in path order, so it can also drive end-to-end tests.

use orbita::domain::questionnaire::DONT_KNOW;

pub type Set = &'static [(&'static str, &'static str)];

pub const CUSTOMER_SERVICE_EMPLOYEE: Set = &[
    ("pays", "pays.we_pay"),
    ("produces", "produces.daily"),
    ("info", "info.team"),
    ("contact", "contact.daily"),
    ("meaning", "meaning.workplace"),
    ("judges", "judges.process"),
    ("int.customers", "int.customers.core"),
    ("int.departments", "int.departments.few"),
    ("int.specs", "int.specs.adapts"),
    ("recommend", "recommend.8"),
    ("health.int_clarity", "health.int_clarity.mostly"),
    ("health.int_recognition", "health.int_recognition.often"),
];

pub const FREELANCE_BLOG_WRITER: Set = &[
    ("pays", "pays.we_pay"),
    ("produces", "produces.regular"),
    ("info", "info.some"),
    ("contact", "contact.monthly"),
    ("meaning", "meaning.client"),
    ("judges", "judges.both"),
    ("int.customers", "int.customers.never"),
    ("int.departments", "int.departments.one"),
    ("int.specs", "int.specs.given"),
    ("recommend", "recommend.7"),
    ("health.int_clarity", "health.int_clarity.mostly"),
    (
        "health.int_recognition",
        "health.int_recognition.big_things",
    ),
];

// Paid to visit, check the service against a brief and report every month.
pub const MYSTERY_SHOPPER: Set = &[
    ("pays", "pays.we_pay"),
    ("produces", "produces.sometimes"),
    ("info", "info.some"),
    ("contact", "contact.monthly"),
    ("meaning", "meaning.client"),
    ("judges", "judges.process"),
    ("int.customers", "int.customers.sometimes"),
    ("int.departments", "int.departments.one"),
    ("int.specs", "int.specs.given"),
    ("recommend", "recommend.7"),
    ("health.int_clarity", DONT_KNOW),
    ("health.int_recognition", DONT_KNOW),
];

// Delivers every week to the restaurant's specs and knows its menus and volumes.
pub const RESTAURANT_SUPPLIER: Set = &[
    ("pays", "pays.we_pay"),
    ("produces", "produces.regular"),
    ("info", "info.some"),
    ("contact", "contact.weekly"),
    ("meaning", "meaning.client"),
    ("judges", "judges.deal"),
    ("int.customers", "int.customers.never"),
    ("int.departments", "int.departments.one"),
    ("int.specs", "int.specs.given"),
    ("recommend", "recommend.8"),
    ("health.int_clarity", "health.int_clarity.clear"),
    (
        "health.int_recognition",
        "health.int_recognition.big_things",
    ),
];

pub const SUPERVISOR: Set = &[
    ("pays", "pays.we_pay"),
    ("produces", "produces.daily"),
    ("info", "info.full"),
    ("contact", "contact.daily"),
    ("meaning", "meaning.workplace"),
    ("judges", "judges.process"),
    ("int.customers", "int.customers.often"),
    ("int.departments", "int.departments.most"),
    ("int.specs", "int.specs.sets"),
    ("recommend", "recommend.9"),
    ("health.int_clarity", "health.int_clarity.clear"),
    ("health.int_recognition", "health.int_recognition.often"),
];

// "Depends on answers": a passer-by who walked in because the smell caught them.
pub const DINER_FIRST_VISIT: Set = &[
    ("pays", "pays.they_pay"),
    ("produces", "produces.no"),
    ("info", "info.public"),
    ("contact", "contact.rarely"),
    ("meaning", "meaning.shop"),
    ("judges", "judges.result"),
    ("ext.frequency", "ext.frequency.once"),
    ("ext.decision", "ext.decision.impulse"),
    ("ext.range", "ext.range.one"),
    ("recommend", "recommend.7"),
    ("health.ext_word", "health.ext_word.nothing"),
    ("health.ext_last", "health.ext_last.fine"),
];

// The same hamburger, eaten every Friday by a regular.
pub const DINER_REGULAR: Set = &[
    ("pays", "pays.they_pay"),
    ("produces", "produces.no"),
    ("info", "info.public"),
    ("contact", "contact.rarely"),
    ("meaning", "meaning.brand"),
    ("judges", "judges.result"),
    ("ext.frequency", "ext.frequency.weekly"),
    ("ext.decision", "ext.decision.habit"),
    ("ext.range", "ext.range.some"),
    ("recommend", "recommend.9"),
    ("health.ext_word", "health.ext_word.good"),
    ("health.ext_last", "health.ext_last.great"),
];

pub const REFUNDED_TOURIST: Set = &[
    ("pays", "pays.they_pay"),
    ("produces", "produces.no"),
    ("info", "info.own"),
    ("contact", "contact.rarely"),
    ("meaning", "meaning.shop"),
    ("judges", "judges.result"),
    ("ext.frequency", "ext.frequency.once"),
    ("ext.decision", "ext.decision.need"),
    ("ext.range", "ext.range.one"),
    ("recommend", "recommend.5"),
    ("health.ext_word", "health.ext_word.nothing"),
    ("health.ext_last", "health.ext_last.bumpy"),
];

pub const LOYAL_WEEKLY_SHOPPER: Set = &[
    ("pays", "pays.they_pay"),
    ("produces", "produces.feedback"),
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
];

// A weekend shop assistant who is also one of the shop's regular customers.
pub const EMPLOYEE_WHO_BUYS: Set = &[
    ("pays", "pays.both"),
    ("produces", "produces.sometimes"),
    ("info", "info.some"),
    ("contact", "contact.weekly"),
    ("meaning", "meaning.both"),
    ("judges", "judges.both"),
    ("ext.frequency", "ext.frequency.weekly"),
    ("ext.decision", "ext.decision.habit"),
    ("int.customers", "int.customers.sometimes"),
    ("int.departments", "int.departments.one"),
    ("recommend", "recommend.8"),
    ("health.int_clarity", "health.int_clarity.mostly"),
];

// Full-time staff who sometimes buy stay internal: the job outweighs the purchases. Both
// roles are real, so both sides' questions are asked.
pub const FULL_TIME_EMPLOYEE_WHO_BUYS: Set = &[
    ("pays", "pays.both"),
    ("produces", "produces.daily"),
    ("info", "info.team"),
    ("contact", "contact.daily"),
    ("meaning", "meaning.both"),
    ("judges", "judges.both"),
    ("ext.frequency", "ext.frequency.rarely"),
    ("ext.decision", "ext.decision.need"),
    ("int.customers", "int.customers.never"),
    ("int.departments", "int.departments.one"),
    ("recommend", "recommend.6"),
    ("health.int_clarity", "health.int_clarity.guess"),
];

pub const SHAREHOLDER_CUSTOMER: Set = &[
    ("pays", "pays.profit_share"),
    ("produces", "produces.feedback"),
    ("info", "info.team"),
    ("contact", "contact.monthly"),
    ("meaning", "meaning.both"),
    ("judges", "judges.both"),
    ("ext.frequency", "ext.frequency.monthly"),
    ("ext.decision", "ext.decision.habit"),
    ("int.customers", DONT_KNOW),
    ("int.departments", "int.departments.few"),
    ("recommend", "recommend.9"),
    ("health.int_clarity", DONT_KNOW),
];

/// Every set above, by name.
pub const ALL: &[(&str, Set)] = &[
    ("customer-service team employee", CUSTOMER_SERVICE_EMPLOYEE),
    (
        "freelance writer of the corporate blog",
        FREELANCE_BLOG_WRITER,
    ),
    ("mystery shopper of a restaurant chain", MYSTERY_SHOPPER),
    ("supplier of a restaurant", RESTAURANT_SUPPLIER),
    ("a supervisor", SUPERVISOR),
    (
        "a diner eating the restaurant's hamburger, first visit",
        DINER_FIRST_VISIT,
    ),
    (
        "a diner eating the restaurant's hamburger, regular",
        DINER_REGULAR,
    ),
    ("a tourist refunded for a delayed flight", REFUNDED_TOURIST),
    (
        "a shopper who buys weekly and recommends the brand",
        LOYAL_WEEKLY_SHOPPER,
    ),
    ("an employee who also buys the products", EMPLOYEE_WHO_BUYS),
    (
        "full-time employee who sometimes buys",
        FULL_TIME_EMPLOYEE_WHO_BUYS,
    ),
    ("shareholder who is also a customer", SHAREHOLDER_CUSTOMER),
];
