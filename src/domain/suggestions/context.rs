//! What a rule can look at about one stakeholder: their placement and their real answers on
//! the current path, so a stale answer from an earlier branch never fires a rule.
//!
//! A reason states facts about this one person or firm, so a rule fires only on the answers
//! that make its reason true. Inside the business, advice about a workplace (atmosphere,
//! energy, recognition, expectations, growth; Q12, UWES, eNPS) goes only to staff, and an
//! outside firm the business is a client of (a supplier, partner or agency) gets advice about
//! the deal instead; which one someone is comes from what the business is to them (`meaning`).

use crate::domain::model::{Band, CustomerType, Side};
use crate::domain::placement::{self, Placement};
use crate::domain::questionnaire::{self, Answers};

/// How someone on the inside works with the business, as far as the answers tell. Suppliers,
/// partners and agencies are internal customers too, and their placement says so; but advice
/// about a workplace (atmosphere, burnout, recognition, growth…) is for the people who work
/// in it, and a firm the business is a client of needs advice about the deal instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tie {
    /// Works in the business: it is their workplace, a project they help build, or a place
    /// they both buy from and work in.
    Staff,
    /// An outside firm or freelancer the business is a client of: a supplier, a partner, an
    /// agency, a professional it hires.
    Firm,
    /// Sees the business as a shop or a brand, or the answers don't say.
    Unknown,
}

/// What a rule can look at: the placement and the real answers on the current path.
pub(super) struct Ctx<'a> {
    pub(super) p: &'a Placement,
    on_path: Vec<(&'static str, &'static str)>,
    /// See [`questionnaire::buys_from_you`].
    buys: bool,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(p: &'a Placement, answers: &Answers) -> Ctx<'a> {
        let on_path = placement::answered_on_path(answers, p.axis)
            .into_iter()
            .map(|(q, o)| (q.id, o.id))
            .collect();
        let buys = questionnaire::buys_from_you(answers);
        Ctx { p, on_path, buys }
    }

    pub(super) fn answer(&self, question: &str) -> Option<&'static str> {
        self.on_path
            .iter()
            .find(|(q, _)| *q == question)
            .map(|(_, o)| *o)
    }

    /// The answer to `question` is one of `options` (given without the question prefix).
    pub(super) fn is(&self, question: &str, options: &[&str]) -> bool {
        self.answer(question).is_some_and(|o| {
            o.strip_prefix(question)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|rest| options.contains(&rest))
        })
    }

    pub(super) fn recommend(&self) -> Option<u8> {
        self.answer("recommend")?
            .strip_prefix("recommend.")?
            .parse()
            .ok()
    }

    pub(super) fn has(&self, t: CustomerType) -> bool {
        self.p.types.contains(&t)
    }

    pub(super) fn band(&self) -> Option<Band> {
        self.p.health.map(|h| h.band)
    }

    pub(super) fn not_thriving(&self) -> bool {
        matches!(self.band(), Some(Band::Fine | Band::AtRisk))
    }

    /// Not on the internal side, and buying from the business: advice for buyers applies.
    pub(super) fn outside(&self) -> bool {
        self.p.side != Side::Internal && self.buys
    }

    /// Not on the external side: treated at least partly as someone inside.
    pub(super) fn inside(&self) -> bool {
        self.p.side != Side::External
    }

    /// Inside, or in the middle but leaning inward: their experience is a work experience.
    pub(super) fn inward(&self) -> bool {
        self.inside() && self.p.axis >= 50
    }

    /// What the business is to them (the clearest answer); without it, what they judge it by,
    /// and then whether making what it sells is their everyday job.
    pub(super) fn tie(&self) -> Tie {
        if self.is("meaning", &["workplace", "project", "both"]) {
            Tie::Staff
        } else if self.is("meaning", &["client"]) {
            Tie::Firm
        } else if self.answer("meaning").is_some() {
            Tie::Unknown
        } else if self.is("judges", &["process"]) {
            Tie::Staff
        } else if self.is("judges", &["deal"]) {
            Tie::Firm
        } else if self.is("produces", &["daily"]) {
            Tie::Staff
        } else {
            Tie::Unknown
        }
    }

    /// Inside and working in the business: advice about a workplace applies.
    pub(super) fn staff(&self) -> bool {
        self.inside() && self.tie() == Tie::Staff
    }

    /// Inside as an outside firm the business is a client of: advice about the deal applies.
    pub(super) fn firm(&self) -> bool {
        self.inside() && self.tie() == Tie::Firm
    }

    /// A firm that regularly supplies part of what the business sells (materials, content)
    /// without dealing with its customers, which a delivery or service partner would.
    pub(super) fn supplies_you(&self) -> bool {
        self.firm()
            && self.is("produces", &["regular"])
            && self.is("int.customers", &["never", "sometimes"])
    }

    /// Takes part in making what the business sells, more than giving an opinion.
    pub(super) fn makes_it(&self) -> bool {
        self.is("produces", &["sometimes", "regular", "daily"])
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::model::{CustomerType::Operative, Side};
    use crate::domain::placement::{place, Placement};
    use crate::domain::questionnaire::{
        answers_from, question, Answers, DONT_KNOW, PAID_SUPPLIER_IN_THE_MIDDLE,
    };
    use crate::domain::suggestions::{suggest, Suggestion, WORKPLACE_LEVERS};

    fn ids(a: &Answers) -> Vec<&'static str> {
        suggest(&place(a).unwrap(), a)
            .iter()
            .map(|s| s.lever.id)
            .collect()
    }

    #[test]
    fn a_stale_answer_off_the_path_fires_nothing() {
        // Internal stakeholder with an old external answer left behind.
        let a = answers_from(&[
            ("pays", "pays.we_pay"),
            ("produces", "produces.daily"),
            ("health.ext_word", "health.ext_word.complains"),
        ]);
        assert!(!ids(&a).contains(&"watch_word_of_mouth"));
    }

    #[test]
    fn someone_you_pay_gets_no_advice_for_buyers() {
        // A supplier in the middle of the axis whose experience looks poor.
        let mut a = answers_from(PAID_SUPPLIER_IN_THE_MIDDLE);
        a.insert("recommend".into(), "recommend.2".into());
        let p = place(&a).unwrap();
        assert_ne!(p.side, Side::Internal);
        let s = suggest(&p, &a);
        assert!(!s.is_empty());
        for buyer_only in [
            "ask_opinion",
            "usually_right",
            "watch_word_of_mouth",
            "earn_repeat",
        ] {
            assert!(s.iter().all(|x| x.lever.id != buyer_only), "{buyer_only}");
        }
        // The same answers from someone who also buys from you do get it.
        let mut b = a.clone();
        b.insert("pays".into(), "pays.both".into());
        let pb = place(&b).unwrap();
        assert!(suggest(&pb, &b).iter().any(|x| x.lever.id == "ask_opinion"));
    }

    fn suggestions(pairs: &[(&str, &str)]) -> (Placement, Vec<Suggestion>) {
        let a = answers_from(pairs);
        let p = place(&a).unwrap();
        let s = suggest(&p, &a);
        (p, s)
    }

    /// Advice for working with a supplier, partner or agency the business is a client of.
    const FOR_FIRMS: &[&str] = &["fair_terms", "clear_orders", "two_way_feedback"];

    /// The business pays them, is a client of theirs and they judge it by how the deal works;
    /// every one of them is having a bad time, as answers that fire every staff lever for an
    /// employee would say.
    const FLOUR_SUPPLIER: &[(&str, &str)] = &[
        ("pays", "pays.we_pay"),
        ("produces", "produces.regular"),
        ("info", "info.own"),
        ("contact", "contact.daily"),
        ("meaning", "meaning.client"),
        ("judges", "judges.deal"),
        ("int.customers", "int.customers.never"),
        ("int.departments", "int.departments.one"),
        ("int.specs", "int.specs.given"),
        ("recommend", "recommend.3"),
        ("health.int_clarity", "health.int_clarity.guess"),
        ("health.int_recognition", "health.int_recognition.never"),
    ];

    const ACCOUNTING_FIRM: &[(&str, &str)] = &[
        ("pays", "pays.we_pay"),
        ("produces", "produces.no"),
        ("info", "info.full"),
        ("contact", "contact.monthly"),
        ("meaning", "meaning.client"),
        ("judges", "judges.deal"),
        ("int.customers", "int.customers.never"),
        ("int.departments", "int.departments.few"),
        ("int.specs", "int.specs.given"),
        ("recommend", "recommend.5"),
        ("health.int_clarity", "health.int_clarity.no"),
        (
            "health.int_recognition",
            "health.int_recognition.big_things",
        ),
    ];

    /// Takes the orders to your customers' doors: takes part regularly, supplies nothing.
    const DELIVERY_PARTNER: &[(&str, &str)] = &[
        ("pays", "pays.we_pay"),
        ("produces", "produces.regular"),
        ("info", "info.own"),
        ("contact", "contact.daily"),
        ("meaning", "meaning.client"),
        ("judges", "judges.deal"),
        ("int.customers", "int.customers.core"),
        ("int.departments", "int.departments.one"),
        ("int.specs", "int.specs.given"),
        ("recommend", "recommend.4"),
        ("health.int_clarity", "health.int_clarity.guess"),
        ("health.int_recognition", "health.int_recognition.never"),
    ];

    const FIRMS: &[(&str, &[(&str, &str)])] = &[
        ("flour supplier", FLOUR_SUPPLIER),
        ("accounting firm", ACCOUNTING_FIRM),
        ("delivery partner", DELIVERY_PARTNER),
    ];

    fn with(
        set: &[(&'static str, &'static str)],
        changes: &[(&'static str, &'static str)],
    ) -> Vec<(&'static str, &'static str)> {
        let mut out = set.to_vec();
        for (q, o) in changes {
            match out.iter_mut().find(|(k, _)| k == q) {
                Some(pair) => pair.1 = o,
                None => out.push((q, o)),
            }
        }
        out
    }

    #[test]
    fn paid_outside_firms_get_partner_advice_not_staff_advice() {
        for (name, set) in FIRMS {
            let (p, s) = suggestions(set);
            assert_ne!(p.side, Side::External, "{name}");
            let got: Vec<_> = s.iter().map(|s| s.lever.id).collect();
            for staff in WORKPLACE_LEVERS {
                assert!(!got.contains(staff), "{name} got {staff}: {got:?}");
            }
            for id in FOR_FIRMS {
                assert!(got.contains(id), "{name} lacks {id}: {got:?}");
            }
            // The best advice for a firm that is unhappy working with you is about the deal.
            assert!(FOR_FIRMS.contains(&got[0]), "{name}: {got:?}");
        }
    }

    #[test]
    fn the_same_answers_from_staff_get_workplace_advice() {
        for (name, set) in FIRMS {
            let staff = with(
                set,
                &[
                    ("meaning", "meaning.workplace"),
                    ("judges", "judges.process"),
                ],
            );
            let (_, s) = suggestions(&staff);
            let got: Vec<_> = s.iter().map(|s| s.lever.id).collect();
            for id in ["avoid_toxic", "q12_someone_cares", "enps_follow_up"] {
                assert!(got.contains(&id), "{name} as staff lacks {id}: {got:?}");
            }
            for id in FOR_FIRMS {
                assert!(!got.contains(id), "{name} as staff got {id}");
            }
        }
    }

    #[test]
    fn unclear_answers_about_the_tie_fall_back_on_what_they_judge_you_by() {
        // No answer to "what is your business to them": judging you by the deal says firm.
        let firm = with(FLOUR_SUPPLIER, &[("meaning", DONT_KNOW)]);
        let got: Vec<_> = suggestions(&firm).1.iter().map(|s| s.lever.id).collect();
        assert!(
            got.contains(&"fair_terms") && !got.contains(&"avoid_toxic"),
            "{got:?}"
        );
        let staff = with(&firm, &[("judges", "judges.process")]);
        let got: Vec<_> = suggestions(&staff).1.iter().map(|s| s.lever.id).collect();
        assert!(
            got.contains(&"avoid_toxic") && !got.contains(&"fair_terms"),
            "{got:?}"
        );
    }

    #[test]
    fn plans_are_shared_only_with_those_who_supply_you() {
        let (_, s) = suggestions(FLOUR_SUPPLIER);
        let share = s
            .iter()
            .find(|s| s.lever.id == "share_plans")
            .expect("supplier");
        assert!(share.why.en.contains("supply"), "{}", share.why.en);
        for set in [DELIVERY_PARTNER, ACCOUNTING_FIRM] {
            let (_, s) = suggestions(set);
            assert!(s.iter().all(|s| s.lever.id != "share_plans"));
            assert!(s.iter().all(|s| !s.why.en.contains("supply")));
            assert!(s.iter().all(|s| !s.why.es.contains("abastece")));
        }
        // Staff taking part every week is no supplier either.
        let staff = with(FLOUR_SUPPLIER, &[("meaning", "meaning.workplace")]);
        assert!(suggestions(&staff)
            .1
            .iter()
            .all(|s| s.lever.id != "share_plans"));
    }

    #[test]
    fn someone_who_makes_nothing_is_never_told_they_make_what_you_sell() {
        // Staff who never see a customer and follow specs: operative, but not making the product.
        let (p, s) = suggestions(&[
            ("pays", "pays.we_pay"),
            ("produces", "produces.no"),
            ("info", "info.team"),
            ("contact", "contact.daily"),
            ("meaning", "meaning.workplace"),
            ("judges", "judges.process"),
            ("int.customers", "int.customers.never"),
            ("int.departments", "int.departments.one"),
            ("int.specs", "int.specs.given"),
            ("recommend", "recommend.7"),
            ("health.int_clarity", "health.int_clarity.mostly"),
            (
                "health.int_recognition",
                "health.int_recognition.big_things",
            ),
        ]);
        assert!(p.types.contains(&Operative));
        assert!(s.iter().all(|s| s.lever.id != "care_makes_better"));
        for x in &s {
            assert!(!x.why.es.contains("lo que vendes"), "{}", x.why.es);
            assert!(!x.why.en.contains("what you sell"), "{}", x.why.en);
            assert!(!x.why.en.contains("make the product"), "{}", x.why.en);
        }
    }

    #[test]
    fn someone_in_the_middle_is_never_told_they_are_part_of_your_business() {
        // Works with you a few days a week, also buys, and sees little of the inside.
        let (p, s) = suggestions(&[
            ("pays", "pays.we_pay"),
            ("produces", "produces.sometimes"),
            ("info", "info.own"),
            ("contact", "contact.weekly"),
            ("meaning", "meaning.both"),
            ("judges", "judges.both"),
            ("int.customers", "int.customers.sometimes"),
            ("int.departments", "int.departments.one"),
            ("int.specs", "int.specs.given"),
            ("recommend", "recommend.8"),
            ("health.int_clarity", "health.int_clarity.mostly"),
            ("health.int_recognition", "health.int_recognition.often"),
        ]);
        assert_eq!(p.side, Side::Middle);
        assert!(s.iter().any(|s| s.lever.id == "q12_tools"));
        for x in &s {
            assert!(
                !x.why.es.to_lowercase().contains("parte de tu negocio"),
                "{}",
                x.why.es
            );
            assert!(!x.why.en.contains("part of your business"), "{}", x.why.en);
        }
    }

    /// Every answer set from a grid over the position questions, the internal type questions
    /// and two kinds of health, on the path each one takes.
    fn grid() -> Vec<Answers> {
        let opts = |q: &str| -> Vec<&'static str> {
            question(q).unwrap().options.iter().map(|o| o.id).collect()
        };
        let mut out = Vec::new();
        for pays in opts("pays") {
            for produces in opts("produces") {
                for info in ["info.public", "info.own", "info.team"] {
                    for meaning in opts("meaning") {
                        for judges in opts("judges") {
                            for customers in opts("int.customers") {
                                for specs in opts("int.specs") {
                                    for (rec, clarity) in [
                                        ("recommend.3", "health.int_clarity.no"),
                                        ("recommend.8", "health.int_clarity.mostly"),
                                    ] {
                                        out.push(answers_from(&[
                                            ("pays", pays),
                                            ("produces", produces),
                                            ("info", info),
                                            ("contact", "contact.daily"),
                                            ("meaning", meaning),
                                            ("judges", judges),
                                            ("ext.frequency", "ext.frequency.rarely"),
                                            ("ext.decision", "ext.decision.habit"),
                                            ("ext.range", "ext.range.one"),
                                            ("int.customers", customers),
                                            ("int.departments", "int.departments.one"),
                                            ("int.specs", specs),
                                            ("recommend", rec),
                                            ("health.int_clarity", clarity),
                                            (
                                                "health.int_recognition",
                                                "health.int_recognition.never",
                                            ),
                                        ]));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn reasons_never_claim_what_the_answers_deny() {
        let is = |a: &Answers, q: &str, options: &[&str]| {
            a.get(q)
                .is_some_and(|o| options.iter().any(|x| *o == format!("{q}.{x}")))
        };
        /// Whether the answers (asked through `is(question, options)`) make a claim true.
        type Holds = fn(&dyn Fn(&str, &[&str]) -> bool) -> bool;
        /// A claim some reasons make about the person, in both languages, and what the
        /// answers must say for it to be true.
        struct Claim {
            en: &'static str,
            es: &'static str,
            holds: Holds,
        }
        let claims = [
            Claim {
                en: "what you sell",
                es: "lo que vendes",
                holds: |is| is("produces", &["sometimes", "regular", "daily"]),
            },
            Claim {
                en: "supply",
                es: "suministra",
                holds: |is| {
                    is("produces", &["regular"])
                        && is("meaning", &["client"])
                        && !is("int.customers", &["often", "core"])
                },
            },
            Claim {
                en: "specs others set",
                es: "pautas que le marcan otros",
                holds: |is| is("int.specs", &["given", "adapts"]),
            },
        ];
        // How many reasons made each claim: a claim no reason makes any more (its wording
        // changed) fails below instead of silently checking nothing.
        let mut made = [0usize; 3];
        for a in grid() {
            let Some(p) = place(&a) else { continue };
            let staff = is(&a, "meaning", &["workplace", "project", "both"]);
            let answers = |q: &str, options: &[&str]| is(&a, q, options);
            for s in suggest(&p, &a) {
                let (es, en, id) = (s.why.es, s.why.en, s.lever.id);
                for (claim, count) in claims.iter().zip(made.iter_mut()) {
                    let in_en = en.contains(claim.en);
                    // Both languages make the claim, or neither does.
                    assert_eq!(in_en, es.contains(claim.es), "{id}: {en} / {es}");
                    *count += usize::from(in_en);
                    assert!(!in_en || (claim.holds)(&answers), "{id}: {en} {a:?}");
                }
                assert!(
                    !es.to_lowercase().contains("parte de tu negocio") || p.side == Side::Internal,
                    "{id}: {es}"
                );
                if WORKPLACE_LEVERS.contains(&id) {
                    assert!(staff, "{id} for {a:?}");
                }
                if FOR_FIRMS.contains(&id) || id == "share_plans" {
                    assert!(is(&a, "meaning", &["client"]), "{id} for {a:?}");
                }
            }
        }
        for (claim, count) in claims.iter().zip(made) {
            assert!(
                count > 0,
                "no reason in the grid says “{}” any more",
                claim.en
            );
        }
    }
}
