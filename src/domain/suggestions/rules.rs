//! The rules that pick levers for one stakeholder: each names a lever, a priority score and
//! the `why` shown to the user, and fires on what [`Ctx`] says about them. Several rules may
//! point at the same lever; the highest-scoring one that fires wins.

use super::context::{Ctx, Tie};
use super::Text;
use crate::domain::model::{Band, CustomerType, Side};

use CustomerType::{Commercial, Executive, Impulsive, Loyal, NeedBased, Operative};

/// One way a lever can fit someone.
pub(super) struct Rule {
    pub(super) lever: &'static str,
    pub(super) score: u8,
    pub(super) when: fn(&Ctx) -> bool,
    pub(super) why: Text,
}

pub(super) static RULES: &[Rule] = &[
    // ----- Outside ---------------------------------------------------------------------
    Rule {
        lever: "ask_opinion",
        score: 65,
        when: |c| c.outside() && c.p.health.is_none(),
        why: Text::new(
            "Aún no sabes cómo le va con tu negocio, y preguntar es la forma más rápida de saberlo.",
            "You don't know yet how things are going for them, and asking is the quickest way to find out.",
        ),
    },
    Rule {
        lever: "ask_opinion",
        score: 80,
        when: |c| c.outside() && c.band() == Some(Band::AtRisk),
        why: Text::new(
            "Su experiencia contigo parece mala: mejor oírlo de su boca que de la de otros.",
            "Their experience with you looks poor: better to hear it from them than from others.",
        ),
    },
    Rule {
        lever: "usually_right",
        score: 75,
        when: |c| c.outside() && c.is("health.ext_last", &["bad", "bumpy"]),
        why: Text::new(
            "La última vez que trató contigo hubo problemas.",
            "Their last dealing with you ran into trouble.",
        ),
    },
    Rule {
        lever: "watch_word_of_mouth",
        score: 90,
        when: |c| c.outside() && c.is("health.ext_word", &["complains"]),
        why: Text::new(
            "Ya está hablando mal de ti a otras personas.",
            "They're already speaking badly of you to others.",
        ),
    },
    Rule {
        lever: "watch_word_of_mouth",
        score: 40,
        when: |c| c.outside() && c.is("health.ext_word", &["nothing"]),
        why: Text::new(
            "No sabes qué cuenta de ti, y merece la pena averiguarlo.",
            "You don't know what they say about you, and it's worth finding out.",
        ),
    },
    Rule {
        lever: "earn_repeat",
        score: 60,
        when: |c| c.outside() && c.is("ext.frequency", &["once", "rarely"]),
        why: Text::new(
            "Te ha comprado solo una vez, o muy de vez en cuando.",
            "They've bought from you only once, or only now and then.",
        ),
    },
    Rule {
        lever: "keep_loyal",
        score: 85,
        when: |c| c.has(Loyal),
        why: Text::new(
            "Se comporta como un cliente fiel, y la clientela fiel sostiene buena parte del beneficio.",
            "They behave like a loyal customer, and loyal customers carry much of the profit.",
        ),
    },
    Rule {
        lever: "guide_impulsive",
        score: 80,
        when: |c| c.has(Impulsive),
        why: Text::new(
            "Compra por impulso: decide en el momento con la ayuda que encuentre.",
            "They buy on impulse, deciding on the spot with whatever help they find.",
        ),
    },
    Rule {
        lever: "moment_of_need",
        score: 80,
        when: |c| c.has(NeedBased) && c.is("ext.decision", &["need"]),
        why: Text::new(
            "Solo compra cuando le surge una necesidad, y ese es el momento que cuenta.",
            "They only buy when a need comes up, and that's the moment that counts.",
        ),
    },
    Rule {
        // Need-based from buying rarely and one thing only, whatever moves them to buy.
        lever: "moment_of_need",
        score: 70,
        when: |c| c.has(NeedBased) && !c.is("ext.decision", &["need"]),
        why: Text::new(
            "Compra una sola cosa de tu oferta, y pocas veces.",
            "They buy just one thing from you, and rarely.",
        ),
    },
    Rule {
        lever: "nps_detractor",
        score: 95,
        when: |c| c.outside() && !c.inward() && c.recommend().is_some_and(|n| n <= 6),
        why: Text::new(
            "Crees que es poco probable que te recomiende.",
            "You think they're unlikely to recommend you.",
        ),
    },
    Rule {
        lever: "nps_promoter",
        score: 55,
        when: |c| c.outside() && !c.inward() && c.recommend().is_some_and(|n| n >= 9),
        why: Text::new(
            "Crees que hablaría bien de ti sin dudarlo.",
            "You think they'd speak well of you without a second thought.",
        ),
    },
    Rule {
        lever: "nps_passive",
        score: 50,
        when: |c| c.outside() && !c.inward() && c.recommend().is_some_and(|n| (7..=8).contains(&n)),
        why: Text::new(
            "Está conforme, pero sin entusiasmo; cualquier detalle puede decidir hacia dónde se inclina.",
            "They're satisfied but not enthusiastic; any small thing could tip them either way.",
        ),
    },
    Rule {
        lever: "close_loop",
        score: 65,
        when: |c| c.outside() && c.is("health.ext_last", &["bumpy"]),
        why: Text::new(
            "Tuvo un problema con tu negocio, y se resolvió.",
            "They had a problem with your business, and it got sorted out.",
        ),
    },
    Rule {
        lever: "service_recovery",
        score: 95,
        when: |c| c.outside() && c.is("health.ext_last", &["bad"]),
        why: Text::new(
            "Su último problema sigue abierto o acabó en queja.",
            "Their last problem is still open or ended in a complaint.",
        ),
    },
    Rule {
        lever: "widen_range",
        score: 50,
        when: |c| {
            c.outside() && c.is("ext.range", &["one"]) && c.is("ext.frequency", &["monthly", "weekly"])
        },
        why: Text::new(
            "Vuelve a menudo, pero solo usa uno de tus productos.",
            "They come back often but use only one of your products.",
        ),
    },
    Rule {
        lever: "easy_returns",
        score: 55,
        when: |c| c.has(Impulsive),
        why: Text::new(
            "Compra en caliente, y eso a veces trae arrepentimiento.",
            "They buy in the heat of the moment, which sometimes brings regret.",
        ),
    },
    Rule {
        lever: "restock_reminder",
        score: 65,
        when: |c| {
            c.outside() && c.is("ext.decision", &["need"]) && c.is("ext.frequency", &["monthly", "weekly"])
        },
        why: Text::new(
            "Compra cuando se le acaba algo, y eso le pasa con regularidad.",
            "They buy when something runs out, and that happens regularly.",
        ),
    },
    // ----- Inside ----------------------------------------------------------------------
    // Advice about a workplace goes to staff only (`c.staff()`); firms get the last section.
    Rule {
        lever: "meet_needs",
        score: 55,
        when: |c| c.inward() && c.p.health.is_none(),
        why: Text::new(
            "Aún no sabes cómo le va trabajando contigo.",
            "You don't know yet how working with you is going for them.",
        ),
    },
    Rule {
        lever: "meet_needs",
        score: 70,
        when: |c| c.inward() && c.band() == Some(Band::Fine),
        why: Text::new(
            "Le va bien, pero no de maravilla, y hay margen para mejorar.",
            "Things are fine for them but not great, and there's room to improve.",
        ),
    },
    Rule {
        // At risk, and the answers don't say whether they work here or for a firm of their own.
        lever: "meet_needs",
        score: 80,
        when: |c| c.inward() && c.tie() == Tie::Unknown && c.band() == Some(Band::AtRisk),
        why: Text::new(
            "Su experiencia trabajando contigo está en riesgo.",
            "Their experience of working with you is at risk.",
        ),
    },
    Rule {
        lever: "avoid_toxic",
        score: 90,
        when: |c| c.staff() && c.inward() && c.band() == Some(Band::AtRisk),
        why: Text::new(
            "Su experiencia en el trabajo está en riesgo, y el ambiente suele tener mucho que ver.",
            "Their experience at work is at risk, and the atmosphere usually has a lot to do with it.",
        ),
    },
    Rule {
        lever: "face_of_company",
        score: 75,
        when: |c| c.inside() && c.is("int.customers", &["often", "core"]),
        why: Text::new(
            "Trata a menudo con tus clientes.",
            "They deal with your customers often.",
        ),
    },
    Rule {
        lever: "care_makes_better",
        score: 60,
        when: |c| c.staff() && c.has(Operative) && c.is("produces", &["daily"]),
        why: Text::new(
            "Hacer lo que vendes es su trabajo de cada día.",
            "Making what you sell is their everyday job.",
        ),
    },
    Rule {
        lever: "care_makes_better",
        score: 55,
        when: |c| c.staff() && c.has(Operative) && c.is("produces", &["regular"]),
        why: Text::new(
            "Aporta con regularidad una parte de lo que vendes.",
            "They regularly put in part of what you sell.",
        ),
    },
    Rule {
        lever: "care_makes_better",
        score: 50,
        when: |c| c.staff() && c.has(Operative) && c.is("produces", &["sometimes"]),
        why: Text::new(
            "De vez en cuando hace o revisa una parte de lo que vendes.",
            "Now and then they make or check part of what you sell.",
        ),
    },
    Rule {
        lever: "voice_of_customer",
        score: 80,
        when: |c| c.has(Executive),
        why: Text::new(
            "Es quien está más cerca de tus clientes.",
            "They're the closest to your customers.",
        ),
    },
    Rule {
        lever: "room_to_act",
        score: 70,
        when: |c| c.has(Executive),
        why: Text::new(
            "Oye los problemas de los clientes antes que nadie.",
            "They hear customers' problems before anyone else.",
        ),
    },
    Rule {
        lever: "connect_departments",
        score: 80,
        when: |c| c.has(Commercial),
        why: Text::new(
            "Su visión del cliente depende de lo bien que se entienda con tus áreas.",
            "Their view of the customer depends on how well they get on with your departments.",
        ),
    },
    Rule {
        // A firm gets the same point as clear orders (see `clear_orders`).
        lever: "clear_parameters",
        score: 80,
        when: |c| !c.firm() && c.has(Operative) && c.is("int.specs", &["given", "adapts"]),
        why: Text::new(
            "Trabaja con las pautas que le marcan otros.",
            "They work to the specs others set for them.",
        ),
    },
    Rule {
        // Operative from never seeing customers and one department, the specs not asked.
        lever: "clear_parameters",
        score: 70,
        when: |c| !c.firm() && c.has(Operative) && c.answer("int.specs").is_none(),
        why: Text::new(
            "Su perfil es operativo: pone su parte a partir de lo que deciden otros.",
            "Theirs is an operative role: they do their part based on what others decide.",
        ),
    },
    Rule {
        lever: "user_feedback",
        score: 70,
        // Only for someone whose work reaches your customers at all.
        when: |c| {
            c.inside() && c.is("int.customers", &["never"]) && !c.is("produces", &["no", "feedback"])
        },
        why: Text::new(
            "Nunca llega a ver a quien usa lo que hace.",
            "They never get to see the people who use what they make.",
        ),
    },
    Rule {
        lever: "user_feedback",
        score: 60,
        when: |c| c.has(Operative) && c.makes_it(),
        why: Text::new(
            "Pone su parte en lo que vendes, y saber cómo se usa le ayuda a hacerlo mejor.",
            "They put in part of what you sell, and knowing how it's used helps them do it better.",
        ),
    },
    Rule {
        lever: "enps_follow_up",
        score: 95,
        when: |c| c.staff() && c.inward() && c.recommend().is_some_and(|n| n <= 6),
        why: Text::new(
            "Crees que es poco probable que recomiende trabajar contigo.",
            "You think they're unlikely to recommend working with you.",
        ),
    },
    Rule {
        lever: "ambassadors",
        score: 50,
        when: |c| c.staff() && c.inward() && c.recommend().is_some_and(|n| n >= 9),
        why: Text::new(
            "Crees que recomendaría trabajar contigo.",
            "You think they'd recommend working with you.",
        ),
    },
    Rule {
        lever: "q12_expectations",
        score: 90,
        when: |c| c.staff() && c.is("health.int_clarity", &["no"]),
        why: Text::new(
            "No sabe con claridad qué se espera de su trabajo.",
            "They don't know clearly what's expected of them.",
        ),
    },
    Rule {
        lever: "q12_expectations",
        score: 75,
        when: |c| c.staff() && c.is("health.int_clarity", &["guess"]),
        why: Text::new(
            "A menudo tiene que adivinar qué se espera de su trabajo.",
            "They often have to guess what's expected of them.",
        ),
    },
    Rule {
        lever: "q12_tools",
        score: 70,
        when: |c| c.staff() && c.inward() && c.is("info", &["public", "own"]),
        why: Text::new(
            "Trabaja contigo, pero apenas ve tu información interna.",
            "They work with you but see hardly any of your internal information.",
        ),
    },
    Rule {
        lever: "q12_recognition",
        score: 85,
        when: |c| c.staff() && c.is("health.int_recognition", &["never"]),
        why: Text::new(
            "Casi nunca se le reconoce el buen trabajo.",
            "Their good work hardly ever gets recognised.",
        ),
    },
    Rule {
        lever: "q12_recognition",
        score: 65,
        when: |c| c.staff() && c.is("health.int_recognition", &["big_things"]),
        why: Text::new(
            "Solo se le reconocen las cosas grandes.",
            "Only big things get recognised.",
        ),
    },
    Rule {
        lever: "q12_growth",
        score: 45,
        when: |c| {
            c.staff()
                && c.inward()
                && c.is("meaning", &["workplace"])
                && matches!(c.band(), Some(Band::Thriving | Band::Fine))
        },
        why: Text::new(
            "Ve tu negocio como el sitio donde crecer, y conviene que siga siendo verdad.",
            "They see your business as a place to grow, and it's worth keeping it that way.",
        ),
    },
    Rule {
        lever: "q12_someone_cares",
        score: 80,
        when: |c| c.staff() && c.inward() && c.band() == Some(Band::AtRisk),
        why: Text::new(
            "Su experiencia en el trabajo está en riesgo, y ahora importa que tenga a quien contárselo.",
            "Their experience at work is at risk, and right now it matters that they have someone to talk to.",
        ),
    },
    Rule {
        lever: "q12_do_best",
        score: 50,
        when: |c| c.staff() && c.is("int.specs", &["given"]) && c.not_thriving(),
        why: Text::new(
            "Sigue pautas ajenas y su experiencia podría ser mejor.",
            "They follow other people's specs and their experience could be better.",
        ),
    },
    Rule {
        lever: "uwes_energy",
        score: 75,
        when: |c| {
            c.staff() && c.inward() && c.is("contact", &["daily"]) && c.band() == Some(Band::AtRisk)
        },
        why: Text::new(
            "Trabaja con tu equipo a diario y su experiencia está en riesgo.",
            "They work with your team daily and their experience is at risk.",
        ),
    },
    Rule {
        lever: "uwes_meaning",
        score: 55,
        when: |c| c.staff() && c.is("int.customers", &["never"]) && c.not_thriving(),
        why: Text::new(
            "No ve a quién ayuda su trabajo, y su experiencia podría ser mejor.",
            "They don't see who their work helps, and their experience could be better.",
        ),
    },
    Rule {
        lever: "servqual_reliability",
        score: 70,
        when: |c| c.inside() && c.is("judges", &["deal"]),
        why: Text::new(
            "Te valora por cómo funciona el trato contigo.",
            "They judge you by how the deal with you works.",
        ),
    },
    Rule {
        lever: "servqual_responsiveness",
        score: 60,
        when: |c| c.inside() && c.is("int.departments", &["most"]),
        why: Text::new(
            "Trata con casi todas tus áreas y depende de que le respondan.",
            "They deal with nearly all your departments and depend on their answers.",
        ),
    },
    Rule {
        lever: "servqual_assurance",
        score: 55,
        when: |c| c.inside() && c.is("info", &["some"]) && c.is("produces", &["regular", "daily"]),
        why: Text::new(
            "Pone una parte de lo que vendes, pero solo ve una parte de la información.",
            "They put in part of what you sell but see only part of the picture.",
        ),
    },
    Rule {
        lever: "servqual_empathy",
        score: 60,
        when: |c| c.inside() && c.is("meaning", &["client"]),
        why: Text::new(
            "Para esta persona, tu negocio es uno de sus clientes.",
            "To them, your business is one of their clients.",
        ),
    },
    Rule {
        lever: "servqual_tangibles",
        score: 60,
        when: |c| c.staff() && c.inward() && c.is("judges", &["process"]) && c.not_thriving(),
        why: Text::new(
            "Te valora por cómo se trabaja por dentro, y su experiencia podría ser mejor.",
            "They judge you by how work gets done inside, and their experience could be better.",
        ),
    },
    Rule {
        lever: "service_profit_chain",
        score: 85,
        when: |c| c.inside() && c.is("int.customers", &["often", "core"]) && c.not_thriving(),
        why: Text::new(
            "Está en contacto con tus clientes, y su propia experiencia podría ir mejor.",
            "They're in touch with your customers, and their own experience could be better.",
        ),
    },
    Rule {
        lever: "share_plans",
        score: 60,
        when: |c| c.supplies_you() && c.is("info", &["public", "own"]),
        why: Text::new(
            "Te suministra con regularidad una parte de lo que vendes, pero apenas ve nada de tus planes.",
            "They regularly supply part of what you sell, but see next to nothing of your plans.",
        ),
    },
    Rule {
        lever: "insider_view",
        score: 60,
        when: |c| c.p.side == Side::Middle && (c.is("pays", &["both"]) || c.is("meaning", &["both"])),
        why: Text::new(
            "Te compra y, además, trabaja contigo.",
            "They buy from you and also work with you.",
        ),
    },
    // ----- Inside: outside firms you are a client of (suppliers, partners, agencies) ---
    Rule {
        lever: "fair_terms",
        score: 90,
        when: |c| c.firm() && c.recommend().is_some_and(|n| n <= 6),
        why: Text::new(
            "Crees que es poco probable que recomiende trabajar contigo.",
            "You think they're unlikely to recommend working with you.",
        ),
    },
    Rule {
        lever: "clear_orders",
        score: 80,
        when: |c| c.firm() && c.has(Operative) && c.is("int.specs", &["given", "adapts"]),
        why: Text::new(
            "Trabaja con las pautas que le marcan otros.",
            "They work to the specs others set for them.",
        ),
    },
    Rule {
        lever: "clear_orders",
        score: 70,
        when: |c| c.firm() && c.has(Operative) && c.answer("int.specs").is_none(),
        why: Text::new(
            "Su perfil es operativo: pone su parte a partir de lo que deciden otros.",
            "Theirs is an operative role: they do their part based on what others decide.",
        ),
    },
    Rule {
        lever: "clear_orders",
        score: 90,
        when: |c| c.firm() && c.is("health.int_clarity", &["no"]),
        why: Text::new(
            "No sabe con claridad qué esperas de su trabajo.",
            "They don't know clearly what you expect of their work.",
        ),
    },
    Rule {
        lever: "clear_orders",
        score: 75,
        when: |c| c.firm() && c.is("health.int_clarity", &["guess"]),
        why: Text::new(
            "A menudo tiene que adivinar qué esperas de su trabajo.",
            "They often have to guess what you expect of their work.",
        ),
    },
    Rule {
        lever: "two_way_feedback",
        score: 85,
        when: |c| c.firm() && c.band() == Some(Band::AtRisk),
        why: Text::new(
            "Su experiencia trabajando contigo está en riesgo.",
            "Their experience of working with you is at risk.",
        ),
    },
    Rule {
        lever: "two_way_feedback",
        score: 75,
        when: |c| c.firm() && c.is("health.int_recognition", &["never"]),
        why: Text::new(
            "Casi nunca se le dice cuándo ha hecho un buen trabajo.",
            "They're hardly ever told when they've done good work.",
        ),
    },
    Rule {
        lever: "two_way_feedback",
        score: 55,
        when: |c| c.firm() && c.is("health.int_recognition", &["big_things"]),
        why: Text::new(
            "Solo se le reconoce el trabajo cuando es algo muy grande.",
            "Their work only gets acknowledged when it's something big.",
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::suggestions::{lever, levers};

    #[test]
    fn every_rule_names_a_lever_and_every_lever_has_a_rule() {
        for r in RULES {
            assert!(
                lever(r.lever).is_some(),
                "rule for unknown lever {}",
                r.lever
            );
            assert!(r.score <= 100);
        }
        for l in levers() {
            assert!(
                RULES.iter().any(|r| r.lever == l.id),
                "no rule selects {}",
                l.id
            );
        }
    }

    /// Every Spanish text a lever card shows: titles, details and reasons.
    fn spanish_texts() -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for l in levers() {
            out.push((format!("{} title", l.id), l.title.es));
            out.push((format!("{} detail", l.id), l.detail.es));
        }
        for r in RULES {
            out.push((format!("{} why", r.lever), r.why.es));
        }
        out
    }

    fn words(s: &str) -> impl Iterator<Item = String> + '_ {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
    }

    #[test]
    fn spanish_texts_speak_of_one_person() {
        // Plural forms that once slipped in for a stakeholder who is one person or one firm.
        const PLURAL: &[&str] = &[
            "son",
            "viven",
            "hacen",
            "sienten",
            "les",
            "ellos",
            "ellas",
            "dales",
            "pídeles",
            "conviértelos",
            "llámalos",
            "enséñales",
            "cóbrales",
            "sostienen",
            "embajadores",
            "tratan",
            "quienes",
        ];
        for (what, es) in spanish_texts() {
            for w in words(es) {
                // "quienes usan su trabajo": the people who use it, not the stakeholder.
                if w == "quienes" && what.starts_with("user_feedback") {
                    continue;
                }
                assert!(!PLURAL.contains(&w.as_str()), "{what}: «{w}» in {es}");
            }
        }
    }

    /// Content-word stems (first five letters) of a text, in order.
    fn stems(s: &str) -> Vec<String> {
        const SKIP: &[&str] = &[
            "a", "al", "con", "de", "del", "el", "en", "es", "la", "las", "le", "lo", "los", "o",
            "para", "pero", "por", "que", "qué", "se", "si", "su", "sus", "te", "ti", "tu", "tus",
            "un", "una", "y", "the", "and", "of", "to", "in", "on", "or", "is", "it", "they",
            "them", "their", "you", "your", "with", "for", "but", "as", "be", "at", "by", "if",
            "that", "what", "who", "re", "s", "t", "ve", "d", "ll",
        ];
        words(s)
            .filter(|w| !SKIP.contains(&w.as_str()))
            .map(|w| w.chars().take(5).collect())
            .collect()
    }

    fn pairs(s: &str) -> std::collections::HashSet<(String, String)> {
        stems(s)
            .windows(2)
            .map(|w| (w[0].clone(), w[1].clone()))
            .collect()
    }

    #[test]
    fn a_reason_and_its_how_to_say_different_things() {
        // The reason says why the lever fits this person; the detail says what to do. Two
        // content words in a row shared by both mean one is repeating the other.
        for r in RULES {
            let l = lever(r.lever).unwrap();
            for (why, detail) in [(r.why.es, l.detail.es), (r.why.en, l.detail.en)] {
                let shared: Vec<_> = pairs(why).intersection(&pairs(detail)).cloned().collect();
                assert!(
                    shared.is_empty(),
                    "{}: «{why}» repeats {shared:?} of «{detail}»",
                    r.lever
                );
            }
        }
    }
}
