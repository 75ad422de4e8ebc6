//! The questionnaire as the stakeholder answers it about themselves, for an invite: the same
//! questions and option ids as the manager's (so both views compare answer by answer), in
//! words written to the person ("How often do you work with our staff?"), in both languages.
//! The business is named as "us"; Spanish uses "tú".

use super::Text;

/// One question in the respondent's words.
#[derive(Debug)]
pub struct Asked {
    /// The manager's question id.
    pub id: &'static str,
    pub prompt: Text,
    pub help: Text,
    /// `(option id, label)` for every option of the question, in any order.
    pub options: &'static [(&'static str, Text)],
}

/// The respondent's words for question `id`, if it is asked of respondents.
pub fn asked(id: &str) -> Option<&'static Asked> {
    ASKED.iter().find(|a| a.id == id)
}

const fn t(es: &'static str, en: &'static str) -> Text {
    Text::new(es, en)
}

static ASKED: &[Asked] = &[
Asked {
    id: "pays",
    prompt: t(
        "¿Quién le paga a quién entre tú y nosotros?",
        "Between you and us, who pays whom?",
    ),
    help: t(
        "Elige lo que mejor describa nuestra relación de dinero, aunque no sea exacto.",
        "Pick what best describes the money between us, even if it isn't exact.",
    ),
    options: &[
        (
            "pays.they_pay",
            t(
                "Tú nos pagas por lo que te vendemos",
                "You pay us for what we sell you",
            ),
        ),
        (
            "pays.both",
            t(
                "Las dos cosas: te pagamos y además nos compras",
                "Both: we pay you, and you also buy from us",
            ),
        ),
        (
            "pays.through",
            t(
                "Pagamos a la empresa o plataforma con la que trabajas, no a ti",
                "We pay the firm or platform you work for, not you",
            ),
        ),
        (
            "pays.we_pay",
            t(
                "Te pagamos nosotros: sueldo, honorarios o facturas",
                "We pay you: wages, fees or invoices",
            ),
        ),
        (
            "pays.profit_share",
            t(
                "Compartes los beneficios del negocio (socio o accionista)",
                "You share in our profits (partner or shareholder)",
            ),
        ),
    ],
},
Asked { id: "produces", prompt: t("¿Ayudas de alguna forma a hacer lo que vendemos?", "Do you have a hand in making what we sell?"), help: t("Cuenta cualquier parte, por pequeña que sea, aunque no trabajes directamente para nosotros.", "Every bit counts, even if you don't work for us directly."), options: &[("produces.no", t("No: solo te llega el producto o servicio ya hecho", "No: you only get the finished product or service")),
("produces.feedback", t("A veces nos das ideas o nos dices qué te parece", "Now and then you give us ideas or your opinion")),
("produces.sometimes", t("Alguna vez te encargas de una parte o la revisas", "Once in a while you make or check part of it")),
("produces.regular", t("Te encargas a menudo de una parte: materiales, contenidos, repartos", "You regularly handle a part: supplies, content, deliveries")),
("produces.daily", t("Hacerlo es tu trabajo de todos los días", "Making it is your day-to-day job")),
("produces.support", t("Apoyas al equipo que lo hace: personal, cuentas, limpieza, informática", "You support the team that makes it: HR, accounts, cleaning, IT"))], },
Asked { id: "info", prompt: t("¿Hasta dónde puedes ver nuestra información interna y cómo trabajamos?", "How much of our inside information and ways of working do you get to see?"), help: t("Piensa en lo que de verdad puedes consultar o usar, no en lo que te imaginas.", "Think of what you can actually look at or use, not what you imagine."), options: &[("info.public", t("Solo lo que ve cualquiera: la web, la tienda, la carta", "Only what anyone can see: our website, shop or menu")),
("info.own", t("Solo lo que te toca: tus pedidos, tus reservas o tu contrato", "Just your own part: your orders, bookings or contract")),
("info.some", t("Alguna cosa interna, solo lo que pide un encargo concreto", "Some inside details, only what one particular job needs")),
("info.team", t("Los documentos y herramientas internas que usa tu equipo", "The internal documents and tools your team uses")),
("info.full", t("Casi todo: herramientas, planes y números", "Almost all of it: tools, plans and numbers"))], },
Asked { id: "contact", prompt: t("Aparte de cuando nos compras, ¿cada cuánto trabajas con alguien de nuestro equipo?", "Apart from buying from us, how often do you work with any of our people?"), help: t("Piensa en trabajar juntos (reuniones, encargos, turnos); las compras no cuentan aquí.", "Think of working together, like meetings, jobs or shifts; purchases don't count here."), options: &[("contact.rarely", t("Nunca, o muy de vez en cuando", "Never, or very rarely")),
("contact.yearly", t("Unas cuantas veces al año", "Only a handful of times a year")),
("contact.monthly", t("Todos los meses", "Monthly")),
("contact.weekly", t("Todas las semanas", "Weekly")),
("contact.daily", t("A diario", "Daily"))], },
Asked { id: "meaning", prompt: t("¿Qué somos para ti?", "What are we to you?"), help: t("Elige la que más se parezca a lo que sientes; si encajan varias, la que más pese.", "Pick the one closest to how you see us; if several fit, the one that matters most."), options: &[("meaning.shop", t("Un sitio donde compras cuando te hace falta algo", "A place to buy from when you need something")),
("meaning.brand", t("Una marca que te gusta y a la que sueles volver", "A brand you're fond of and come back to")),
("meaning.both", t("Las dos cosas: nos compras y además trabajas con nosotros", "Both: you buy from us and work with us too")),
("meaning.client", t("Un cliente tuyo: nos vendes algo o trabajas para nosotros", "A customer of yours: you sell to us or do work for us")),
("meaning.project", t("Un proyecto en el que participas y que ayudas a levantar", "A project you belong to and help build")),
("meaning.workplace", t("Tu trabajo: donde creces y te ganas la vida", "Where you work, grow and earn your living")),
("meaning.assignment", t("Un lugar donde trabajas porque te envía tu empresa o tu plataforma", "Somewhere your employer or platform sends you to work")),
("meaning.former", t("Un sitio donde trabajaste o del que fuiste parte", "A place you once worked at or belonged to"))], },
Asked { id: "judges", prompt: t("Cuando piensas si lo hacemos bien, ¿en qué te fijas sobre todo?", "When you weigh up how well we do, what do you look at most?"), help: t("Quédate con lo que más cuenta cuando nos pones nota.", "Go with what counts most when you rate us."), options: &[("judges.result", t("En lo que te llevas: producto, precio y atención", "What you come away with: product, price and service")),
("judges.deal", t("En cómo va nuestro acuerdo: pedidos, plazos y pagos", "How our dealings run: orders, deadlines and payments")),
("judges.both", t("Tanto en el resultado como en cómo nos organizamos por dentro", "Both what you get and how we work on the inside")),
("judges.process", t("En el día a día: organización, herramientas y cómo se trata a la gente", "Day-to-day work: how it's organised, the tools, how people are treated")),
("judges.paid", t("Te pagamos por evaluarnos: auditorías, inspecciones, cliente misterioso", "We pay you to assess us: audits, inspections, mystery shopping"))], },
Asked { id: "ext.frequency", prompt: t("¿Con qué frecuencia nos compras?", "How often do you buy something from us?"), help: t("Piensa en un año normal; basta con una idea aproximada.", "Think of a typical year; a rough idea is enough."), options: &[("ext.frequency.once", t("Solo una vez hasta ahora", "Once, up to now")),
("ext.frequency.rarely", t("Unas cuantas veces al año", "Several times a year")),
("ext.frequency.monthly", t("Una vez al mes, más o menos", "Roughly once a month")),
("ext.frequency.weekly", t("Todas las semanas o más a menudo", "Weekly or more often")),
("ext.frequency.yearly", t("Una vez al año, más o menos", "Roughly once a year"))], },
Asked { id: "ext.decision", prompt: t("¿Cómo decides normalmente comprarnos algo?", "How do you usually make up your mind to buy from us?"), help: t("No hay respuestas buenas ni malas: elige lo que te pasa más a menudo.", "There's no right or wrong answer: pick what happens most often."), options: &[("ext.decision.impulse", t("Sin pensarlo mucho: ves algo que te gusta y te lo llevas", "On a whim: you see something you like and get it")),
("ext.decision.mixed", t("A veces lo tienes pensado y a veces te dejas llevar", "Sometimes you plan it, sometimes you go with the moment")),
("ext.decision.need", t("Solo cuando necesitas algo concreto o se te acaba", "Only when you need something in particular or run out")),
("ext.decision.habit", t("Es costumbre: vuelves a nosotros sin mirar otras opciones", "It's a habit: you come back to us without looking elsewhere"))], },
Asked { id: "ext.range", prompt: t("¿Cuántas cosas nuestras usas, entre productos y servicios?", "How many different things of ours do you use, products or services?"), help: t("Cuenta cada producto o servicio distinto, no las veces que lo compras.", "Count each different product or service, not how many times you buy it."), options: &[("ext.range.one", t("Uno solo", "Only one")),
("ext.range.some", t("Unos pocos: dos o tres", "A few: two or three")),
("ext.range.many", t("Muchos: casi todo lo que ofrecemos", "Lots: nearly everything we offer"))], },
Asked { id: "int.customers", prompt: t("¿Cuánto tratas tú con la gente que nos compra?", "How much do you deal yourself with the people who buy from us?"), help: t("Vale cualquier trato directo: en persona, por teléfono o por mensajes.", "Any direct contact counts: face to face, by phone or by message."), options: &[("int.customers.never", t("Nunca: no tienes trato con ellos", "Never: you have no contact with them")),
("int.customers.sometimes", t("De vez en cuando, pero no directamente", "Now and then, but not directly")),
("int.customers.often", t("Con frecuencia", "Frequently")),
("int.customers.core", t("Atenderlos es lo principal de tu trabajo", "Looking after them is the main part of your job"))], },
Asked { id: "int.departments", prompt: t("¿Con cuántos equipos o departamentos nuestros tienes trato?", "How many of our teams or departments do you deal with?"), help: t("Cuenta los que tratas de forma habitual, no los de una sola vez.", "Count the ones you deal with regularly, not one-offs."), options: &[("int.departments.one", t("Con uno solo", "Only one")),
("int.departments.few", t("Con unos pocos: dos o tres", "A few: two or three")),
("int.departments.most", t("Con prácticamente todos", "Almost every one of them"))], },
Asked { id: "int.specs", prompt: t("¿Quién pone las pautas de cómo haces tu trabajo?", "Who sets the guidelines for how you do your work?"), help: t("Piensa en un día normal, no en los casos raros.", "Think of a normal day, not the odd exception."), options: &[("int.specs.given", t("Otras personas te dicen cómo hacerlo y tú lo sigues", "Others tell you how it should be done, and you follow that")),
("int.specs.adapts", t("Te dan unas pautas y tú las ajustas a cada caso", "You're given guidelines and adjust them as needed")),
("int.specs.sets", t("Tú decides las pautas que siguen otros", "You set the guidelines other people follow"))], },
Asked { id: "recommend", prompt: t("Del 0 al 10, ¿qué probabilidad hay de que nos recomiendes a alguien como sitio donde comprar, con el que colaborar o en el que trabajar?", "On a scale from 0 to 10, how likely are you to recommend us to someone you know, as a place to buy from, work with or work for?"), help: t("El 0 quiere decir que no nos recomendarías nunca y el 10, que lo harías sin dudar.", "0 means you'd never recommend us, and 10 that you'd do it without a second thought."), options: &[("recommend.0", t("0", "0")),
("recommend.1", t("1", "1")),
("recommend.2", t("2", "2")),
("recommend.3", t("3", "3")),
("recommend.4", t("4", "4")),
("recommend.5", t("5", "5")),
("recommend.6", t("6", "6")),
("recommend.7", t("7", "7")),
("recommend.8", t("8", "8")),
("recommend.9", t("9", "9")),
("recommend.10", t("10", "10"))], },
Asked { id: "health.ext_word", prompt: t("¿Qué cuentas de nosotros a otras personas, si es que cuentas algo?", "What, if anything, do you tell other people about us?"), help: t("Vale tanto lo que dices en persona como lo que escribes en internet.", "Count both what you say in person and anything you post online."), options: &[("health.ext_word.complains", t("Te quejas de nosotros o aconsejas no comprarnos", "You complain about us or tell people not to buy from us")),
("health.ext_word.nothing", t("Nada: no has hablado de nosotros con otras personas", "Nothing: you haven't mentioned us to anyone")),
("health.ext_word.good", t("Hablas bien de nosotros si te preguntan", "You speak well of us if someone asks")),
("health.ext_word.champion", t("Nos recomiendas sin que nadie te lo pida y nos defiendes", "You recommend us without being asked and stick up for us"))], },
Asked { id: "health.ext_last", prompt: t("¿Qué tal fue tu última experiencia con nosotros?", "How was your most recent experience with us?"), help: t("Nos ayuda a arreglar a tiempo lo que no salió bien.", "It helps us put right anything that went wrong, while there's still time."), options: &[("health.ext_last.bad", t("Mal: te quejaste o algo se quedó sin resolver", "Badly: you complained, or something is still unresolved")),
("health.ext_last.bumpy", t("Hubo algún problema, pero se arregló", "There was a hitch, but it was fixed")),
("health.ext_last.fine", t("Bien, como esperabas", "Fine, just what you expected")),
("health.ext_last.great", t("Genial: te encantó", "Great: you loved it"))], },
Asked { id: "health.int_clarity", prompt: t("¿Tienes claro qué esperamos de tu trabajo?", "Is it clear to you what we expect from your work?"), help: t("Nos ayuda a ver si te estamos explicando bien lo que necesitamos.", "It tells us whether we're explaining well what we need from you."), options: &[("health.int_clarity.no", t("No: nunca te lo han explicado o cambia sin parar", "No: no one has explained it, or it changes all the time")),
("health.int_clarity.guess", t("Más o menos: muchas veces tienes que suponerlo", "Sort of: you often end up guessing")),
("health.int_clarity.mostly", t("Sí, aunque hay cosas que no tienes claras", "Mostly, though some things aren't clear")),
("health.int_clarity.clear", t("Sí, lo tienes clarísimo", "Yes, it's perfectly clear"))], },
Asked { id: "health.int_recognition", prompt: t("Cuando haces algo bien, ¿te lo hacemos saber?", "When you do something well, do we let you know?"), help: t("Vale cualquier forma de reconocimiento: unas palabras, un mensaje, un gesto.", "Any kind of recognition counts: a word, a message, a gesture."), options: &[("health.int_recognition.never", t("Rara vez o nunca", "Rarely, if ever")),
("health.int_recognition.big_things", t("Solo si se trata de algo importante", "Only when it's something major")),
("health.int_recognition.often", t("Con frecuencia", "Frequently")),
("health.int_recognition.always", t("Siempre: lo notamos y te lo decimos", "Always: we notice and tell you"))], }
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::all;

    #[test]
    fn every_live_question_is_asked_in_the_respondents_words_with_every_option() {
        for q in all().iter().filter(|q| !q.retired) {
            let a = asked(q.id).unwrap_or_else(|| panic!("{} has no respondent's words", q.id));
            for o in q.options {
                assert!(
                    a.options.iter().any(|(id, _)| *id == o.id),
                    "{}: {} has no respondent's words",
                    q.id,
                    o.id
                );
            }
            assert_eq!(
                a.options.len(),
                q.options.len(),
                "{}: unknown options",
                q.id
            );
            for text in [a.prompt, a.help]
                .iter()
                .chain(a.options.iter().map(|(_, t)| t))
            {
                assert!(
                    !text.es.trim().is_empty() && !text.en.trim().is_empty(),
                    "{}",
                    q.id
                );
            }
        }
    }
}
