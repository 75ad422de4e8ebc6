//! Example maps for first-time visitors: a neighbourhood restaurant, a regional airline and a
//! small software company, each in Spanish and English.
//!
//! Every stakeholder is answered the way its manager plausibly would, along its whole
//! questionnaire path (checked by `tests/examples.rs`). Answers are written as a
//! space-separated list of option ids; the question is the option id without its last
//! segment (`"ext.frequency.weekly"` answers `"ext.frequency"`), and `"<question>.dk"` stands
//! for "don't know". Only the texts depend on the language; answers, ids and dates never do.

use crate::domain::plan::{PlanItem, Status};
use crate::domain::questionnaire::{Answers, DONT_KNOW};
use crate::domain::workspace::{Map, Stakeholder};
use crate::domain::{Lang, Text};

/// An example map with a one-line description.
pub struct Example {
    pub map: Map,
    pub blurb: &'static str,
}

/// Ids of the example maps, in the order [`all`] returns them.
pub const IDS: [&str; 3] = ["example-restaurant", "example-airline", "example-software"];

/// Every example map, its texts in `lang`.
pub fn all(lang: Lang) -> Vec<Example> {
    SPECS.iter().map(|spec| build(spec, lang)).collect()
}

/// One example map by id, its texts in `lang`.
pub fn get(id: &str, lang: Lang) -> Option<Example> {
    SPECS
        .iter()
        .find(|spec| spec.id == id)
        .map(|spec| build(spec, lang))
}

/// Reads a space-separated list of option ids (`"<question>.dk"` for "don't know").
pub fn parse_answers(list: &str) -> Answers {
    list.split_whitespace()
        .filter_map(|token| token.rsplit_once('.'))
        .map(|(question, option)| {
            let option = if option == DONT_KNOW {
                DONT_KNOW.to_string()
            } else {
                format!("{question}.{option}")
            };
            (question.to_string(), option)
        })
        .collect()
}

struct Person {
    name: Text,
    role: Text,
    notes: Text,
    answers: &'static str,
}

struct Action {
    title: Text,
    lever: Option<&'static str>,
    /// Positions in the map's people list, from 1; they become the stakeholder ids.
    who: &'static [u32],
    owner: Text,
    due: &'static str,
    status: Status,
    priority: u8,
}

struct Spec {
    id: &'static str,
    name: Text,
    blurb: Text,
    people: &'static [Person],
    plan: &'static [Action],
}

const fn t(es: &'static str, en: &'static str) -> Text {
    Text::new(es, en)
}

const NO_NOTE: Text = t("", "");

const fn person(name: Text, role: Text, notes: Text, answers: &'static str) -> Person {
    Person {
        name,
        role,
        notes,
        answers,
    }
}

fn build(spec: &Spec, lang: Lang) -> Example {
    let mut map = Map::new(spec.id, spec.name.get(lang));
    map.stakeholders = spec
        .people
        .iter()
        .zip(1u32..)
        .map(|(p, id)| Stakeholder {
            id,
            name: p.name.get(lang).to_string(),
            role: p.role.get(lang).to_string(),
            notes: p.notes.get(lang).to_string(),
            answers: parse_answers(p.answers),
        })
        .collect();
    let first_plan_id = map.stakeholders.len() as u32 + 1;
    map.plan = spec
        .plan
        .iter()
        .zip(first_plan_id..)
        .map(|(a, id)| PlanItem {
            id,
            title: a.title.get(lang).to_string(),
            lever: a.lever.map(str::to_string),
            stakeholders: a.who.to_vec(),
            owner: a.owner.get(lang).to_string(),
            due: a.due.to_string(),
            status: a.status,
            priority: a.priority,
        })
        .collect();
    map.next_id = first_plan_id + map.plan.len() as u32;
    Example {
        map,
        blurb: spec.blurb.get(lang),
    }
}

static SPECS: &[Spec] = &[RESTAURANT, AIRLINE, SOFTWARE];

// ----- Neighbourhood restaurant -------------------------------------------------------------

const RESTAURANT: Spec = Spec {
    id: "example-restaurant",
    name: t("Restaurante de barrio · La Esquina", "Neighbourhood restaurant · La Esquina"),
    blurb: t(
        "La cocina y la sala van bien, pero la plataforma de reparto, a medio camino, estropea la última impresión.",
        "Kitchen and dining room do well, but the delivery platform, halfway in, spoils the last impression.",
    ),
    people: &[
        person(
            t("Begoña Larrea", "Begoña Larrea"),
            t("Jefa de cocina", "Head chef"),
            t(
                "La carta nueva es idea suya. Lleva tres meses sin librar un fin de semana.",
                "The new menu was her idea. She hasn't had a weekend off in three months.",
            ),
            "pays.we_pay produces.daily info.full contact.daily meaning.workplace judges.process \
             int.customers.often int.departments.most int.specs.sets \
             recommend.8 health.int_clarity.clear health.int_recognition.big_things",
        ),
        person(
            t("Dani Ortega", "Dani Ortega"),
            t("Camarero", "Waiter"),
            t("Se sabe el nombre de medio barrio.", "Knows half the neighbourhood by name."),
            "pays.we_pay produces.daily info.team contact.daily meaning.workplace judges.process \
             int.customers.core int.departments.few int.specs.adapts \
             recommend.9 health.int_clarity.clear health.int_recognition.often",
        ),
        person(
            t("Rosa Giménez", "Rosa Giménez"),
            t(
                "Ayuda en cocina dos mañanas por semana; los domingos come aquí con su familia",
                "Kitchen help two mornings a week; has Sunday lunch here with her family",
            ),
            NO_NOTE,
            "pays.both produces.sometimes info.some contact.weekly meaning.both judges.both \
             ext.frequency.weekly ext.decision.habit int.customers.never int.departments.one \
             recommend.9 health.int_clarity.clear",
        ),
        person(
            t("Panadería Ruiz", "Ruiz bakery"),
            t("Proveedor del pan", "Bread supplier"),
            t(
                "Entrega cada mañana a las siete. Ya nos ha avisado de que la harina sube.",
                "Delivers at seven every morning. Has already warned us that flour is going up.",
            ),
            "pays.we_pay produces.regular info.some contact.daily meaning.client judges.deal \
             int.customers.never int.departments.one int.specs.given \
             recommend.8 health.int_clarity.mostly health.int_recognition.often",
        ),
        person(
            t("Repartidores de RapiBox", "RapiBox riders"),
            t("Plataforma de reparto a domicilio", "Home-delivery platform"),
            t(
                "Algunos pedidos llegan fríos, y las quejas nos llegan a nosotros.",
                "Some orders arrive cold, and the complaints land on us.",
            ),
            "pays.both produces.regular info.own contact.weekly meaning.client judges.deal \
             ext.frequency.dk ext.decision.dk int.customers.often int.departments.one \
             recommend.4 health.int_clarity.guess",
        ),
        person(
            t("Cliente misterioso", "Mystery shopper"),
            t(
                "Evalúa el servicio una vez al mes, sin avisar (agencia externa)",
                "Rates the service once a month, unannounced (outside agency)",
            ),
            NO_NOTE,
            "pays.we_pay produces.sometimes info.some contact.monthly meaning.client judges.both \
             int.customers.often int.departments.few int.specs.adapts \
             recommend.7 health.int_clarity.mostly health.int_recognition.dk",
        ),
        person(
            t("Ernesto Blasco", "Ernesto Blasco"),
            t(
                "Viene cada jueves y nos recomienda a todo el mundo",
                "Comes every Thursday and recommends us to everyone",
            ),
            t(
                "Ha traído a media comunidad de vecinos.",
                "Has brought along half his apartment block.",
            ),
            "pays.they_pay produces.feedback info.public contact.rarely meaning.brand \
             judges.result ext.frequency.weekly ext.decision.habit ext.range.many \
             recommend.10 health.ext_word.champion health.ext_last.great",
        ),
        person(
            t("Turista de paso", "Passing tourist"),
            t(
                "Vino una vez, atraído por la pizarra de la puerta",
                "Came in once, drawn in by the board at the door",
            ),
            t(
                "Dejó una reseña de tres estrellas por la espera.",
                "Left a three-star review about the wait.",
            ),
            "pays.they_pay produces.no info.public contact.rarely meaning.shop judges.result \
             ext.frequency.once ext.decision.impulse ext.range.one \
             recommend.6 health.ext_word.complains health.ext_last.bumpy",
        ),
        person(
            t("Gestoría de enfrente", "Accounting office across the street"),
            t(
                "Encarga comida para sus reuniones de cierre de trimestre",
                "Orders food for its end-of-quarter meetings",
            ),
            NO_NOTE,
            "pays.they_pay produces.no info.own contact.yearly meaning.shop judges.result \
             ext.frequency.rarely ext.decision.need ext.range.one \
             recommend.8 health.ext_word.good health.ext_last.fine",
        ),
    ],
    plan: &[
        Action {
            title: t(
                "Revisar con RapiBox el embalaje y la hora de recogida",
                "Go over packaging and pick-up times with RapiBox",
            ),
            lever: Some("face_of_company"),
            who: &[5],
            owner: t("Dani (sala)", "Dani (front of house)"),
            due: "2027-02-19",
            status: Status::Doing,
            priority: 85,
        },
        Action {
            title: t(
                "Contestar la reseña y acortar la espera de los sábados",
                "Reply to the review and cut Saturday waiting times",
            ),
            lever: Some("watch_word_of_mouth"),
            who: &[8],
            owner: t("Marta (dueña)", "Marta (owner)"),
            due: "2027-03-12",
            status: Status::Todo,
            priority: 70,
        },
        Action {
            title: t(
                "Un fin de semana libre al mes para Begoña",
                "One weekend off a month for Begoña",
            ),
            lever: Some("uwes_energy"),
            who: &[1],
            owner: t("Marta (dueña)", "Marta (owner)"),
            due: "2027-01-29",
            status: Status::Done,
            priority: 60,
        },
    ],
};

// ----- Regional airline ---------------------------------------------------------------------

const AIRLINE: Spec = Spec {
    id: "example-airline",
    name: t("Aerolínea regional · Vuela Norte", "Regional airline · Vuela Norte"),
    blurb: t(
        "Una tripulación cansada y un reembolso lento, frente a viajeros frecuentes que todavía te defienden.",
        "Tired cabin crew and a slow refund, against frequent flyers who still stand up for you.",
    ),
    people: &[
        person(
            t("Irene Sáez", "Irene Sáez"),
            t("Tripulante de cabina", "Cabin crew member"),
            t(
                "Este mes le han cambiado el turno a última hora tres veces.",
                "Her roster changed at the last minute three times this month.",
            ),
            "pays.we_pay produces.daily info.team contact.daily meaning.workplace judges.process \
             int.customers.core int.departments.few int.specs.given \
             recommend.5 health.int_clarity.mostly health.int_recognition.never",
        ),
        person(
            t("Pablo Herrera", "Pablo Herrera"),
            t("Agente de atención al cliente", "Customer-service agent"),
            NO_NOTE,
            "pays.we_pay produces.daily info.team contact.daily meaning.workplace judges.process \
             int.customers.core int.departments.few int.specs.adapts \
             recommend.8 health.int_clarity.mostly health.int_recognition.often",
        ),
        person(
            t("Carmen Vidal", "Carmen Vidal"),
            t("Jefa de operaciones en tierra", "Head of ground operations"),
            NO_NOTE,
            "pays.we_pay produces.daily info.full contact.daily meaning.workplace judges.process \
             int.customers.sometimes int.departments.most int.specs.sets \
             recommend.9 health.int_clarity.clear health.int_recognition.always",
        ),
        person(
            t("Luis Moreno", "Luis Moreno"),
            t("Técnico de mantenimiento", "Maintenance technician"),
            NO_NOTE,
            "pays.we_pay produces.daily info.team contact.weekly meaning.workplace judges.process \
             int.customers.never int.departments.one int.specs.given \
             recommend.7 health.int_clarity.clear health.int_recognition.big_things",
        ),
        person(
            t("Cocinas Aéreas", "Cocinas Aéreas"),
            t("Proveedor del catering a bordo", "In-flight catering supplier"),
            t(
                "Le pagamos a 60 días y ya ha dejado caer que subirá precios.",
                "We pay them at 60 days, and they've hinted at raising prices.",
            ),
            "pays.we_pay produces.regular info.some contact.daily meaning.client judges.deal \
             int.customers.never int.departments.one int.specs.given \
             recommend.6 health.int_clarity.guess health.int_recognition.dk",
        ),
        person(
            t("Viajes Atlántida", "Viajes Atlántida"),
            t(
                "Agencia de viajes asociada: vende nuestros billetes",
                "Partner travel agency that sells our tickets",
            ),
            t(
                "Vende casi un tercio de nuestras plazas a Canarias.",
                "Sells almost a third of our seats to the Canary Islands.",
            ),
            "pays.both produces.feedback info.own contact.weekly meaning.client judges.deal \
             ext.frequency.weekly ext.decision.habit int.customers.core int.departments.one \
             recommend.8 health.ext_word.good",
        ),
        person(
            t("Marta Ibáñez", "Marta Ibáñez"),
            t(
                "Viajera frecuente: vuela por trabajo cada semana",
                "Frequent flyer: flies for work every week",
            ),
            t(
                "Tiene la tarjeta oro y nos defiende en redes.",
                "Holds a gold card and sticks up for us online.",
            ),
            "pays.they_pay produces.feedback info.own contact.rarely meaning.brand judges.result \
             ext.frequency.weekly ext.decision.habit ext.range.some \
             recommend.9 health.ext_word.champion health.ext_last.great",
        ),
        person(
            t("Tom Becker", "Tom Becker"),
            t(
                "Turista al que reembolsamos un vuelo retrasado",
                "Tourist refunded for a delayed flight",
            ),
            t(
                "Cinco horas de retraso y luego un mes para cobrar el reembolso.",
                "A five-hour delay, then a month to get his money back.",
            ),
            "pays.they_pay produces.no info.own contact.rarely meaning.shop judges.result \
             ext.frequency.once ext.decision.need ext.range.one \
             recommend.3 health.ext_word.complains health.ext_last.bumpy",
        ),
        person(
            t("Lucía Campos", "Lucía Campos"),
            t(
                "Compró una escapada de fin de semana en una oferta relámpago",
                "Bought a weekend getaway in a flash sale",
            ),
            NO_NOTE,
            "pays.they_pay produces.no info.public contact.rarely meaning.shop judges.result \
             ext.frequency.rarely ext.decision.impulse ext.range.one \
             recommend.7 health.ext_word.nothing health.ext_last.great",
        ),
    ],
    plan: &[
        Action {
            title: t(
                "Publicar los turnos con dos semanas de antelación",
                "Publish rosters two weeks ahead",
            ),
            lever: Some("q12_expectations"),
            who: &[1],
            owner: t("Carmen Vidal", "Carmen Vidal"),
            due: "2027-04-01",
            status: Status::Doing,
            priority: 90,
        },
        Action {
            title: t(
                "Reembolsar en siete días y llamar en persona tras retrasos de más de tres horas",
                "Refund within seven days and call in person after delays over three hours",
            ),
            lever: Some("service_recovery"),
            who: &[8],
            owner: t("Pablo Herrera", "Pablo Herrera"),
            due: "2027-03-15",
            status: Status::Todo,
            priority: 85,
        },
        Action {
            title: t(
                "Pagar al catering a 30 días, como acordamos",
                "Pay the caterer at 30 days, as agreed",
            ),
            lever: Some("servqual_reliability"),
            who: &[5],
            owner: t("Administración", "Finance"),
            due: "2027-02-01",
            status: Status::Done,
            priority: 60,
        },
    ],
};

// ----- Small software company ---------------------------------------------------------------

const SOFTWARE: Spec = Spec {
    id: "example-software",
    name: t("Pequeña empresa de software · Nubo", "Small software company · Nubo"),
    blurb: t(
        "Un cliente de años en riesgo y un desarrollador quemado: los dos extremos de la misma cadena.",
        "A long-time client at risk and a worn-out developer: two ends of the same chain.",
    ),
    people: &[
        person(
            t("Sergio Pardo", "Sergio Pardo"),
            t("Desarrollador backend", "Backend developer"),
            t(
                "Dice que las prioridades cambian cada semana.",
                "Says priorities change every week.",
            ),
            "pays.we_pay produces.daily info.full contact.daily meaning.workplace judges.process \
             int.customers.never int.departments.few int.specs.given \
             recommend.4 health.int_clarity.guess health.int_recognition.never",
        ),
        person(
            t("Nerea Goikoetxea", "Nerea Goikoetxea"),
            t("Jefa técnica", "Tech lead"),
            NO_NOTE,
            "pays.we_pay produces.daily info.full contact.daily meaning.workplace judges.process \
             int.customers.sometimes int.departments.most int.specs.sets \
             recommend.9 health.int_clarity.clear health.int_recognition.always",
        ),
        person(
            t("Jaime Rivas", "Jaime Rivas"),
            t("Gestor de cuentas", "Account manager"),
            NO_NOTE,
            "pays.we_pay produces.daily info.team contact.daily meaning.workplace judges.process \
             int.customers.core int.departments.few int.specs.sets \
             recommend.8 health.int_clarity.mostly health.int_recognition.often",
        ),
        person(
            t("Elena Prieto", "Elena Prieto"),
            t("Redactora freelance del blog", "Freelance blog writer"),
            t(
                "Escribe dos artículos al mes; los casos de cliente son lo más leído.",
                "Writes two posts a month; the customer stories get the most reads.",
            ),
            "pays.we_pay produces.regular info.some contact.monthly meaning.client judges.deal \
             int.customers.never int.departments.one int.specs.given \
             recommend.9 health.int_clarity.clear health.int_recognition.often",
        ),
        person(
            t("Stratos Cloud", "Stratos Cloud"),
            t("Proveedor de servidores en la nube", "Cloud hosting provider"),
            t(
                "Solo hablamos con ellos cuando abrimos una incidencia.",
                "We only talk to them when we open a support ticket.",
            ),
            "pays.we_pay produces.regular info.own contact.rarely meaning.client judges.deal \
             int.customers.never int.departments.one int.specs.given \
             recommend.dk health.int_clarity.mostly health.int_recognition.dk",
        ),
        person(
            t("Álvaro Sanz", "Álvaro Sanz"),
            t(
                "Socio inversor que además usa Nubo en su tienda",
                "Investor partner who also runs his shop on Nubo",
            ),
            t(
                "Trae ideas de producto a cada reunión de socios.",
                "Brings product ideas to every partners' meeting.",
            ),
            "pays.profit_share produces.feedback info.some contact.yearly meaning.both judges.both \
             ext.frequency.weekly ext.decision.habit int.customers.sometimes int.departments.few \
             recommend.10 health.int_clarity.guess",
        ),
        person(
            t("Clínicas Sonrisa", "Clínicas Sonrisa"),
            t("Cliente desde hace seis años", "Client for six years"),
            t(
                "Renueva en marzo; sus dos últimas incidencias tardaron más de una semana.",
                "Renews in March; their last two support tickets took over a week.",
            ),
            "pays.they_pay produces.feedback info.own contact.monthly meaning.brand judges.deal \
             ext.frequency.monthly ext.decision.habit ext.range.many \
             recommend.6 health.ext_word.nothing health.ext_last.bumpy",
        ),
        person(
            t("Hugo Lara", "Hugo Lara"),
            t(
                "Usuario en periodo de prueba; llegó por un anuncio",
                "Trial user who came from an ad",
            ),
            NO_NOTE,
            "pays.they_pay produces.no info.public contact.rarely meaning.shop judges.result \
             ext.frequency.once ext.decision.impulse ext.range.one \
             recommend.7 health.ext_word.nothing health.ext_last.fine",
        ),
        person(
            t("Asesoría Campos", "Campos accountants"),
            t(
                "Compra el módulo de facturación solo en temporada de impuestos",
                "Buys the invoicing module only at tax time",
            ),
            NO_NOTE,
            "pays.they_pay produces.no info.own contact.yearly meaning.shop judges.result \
             ext.frequency.rarely ext.decision.need ext.range.one \
             recommend.8 health.ext_word.good health.ext_last.fine",
        ),
    ],
    plan: &[
        Action {
            title: t(
                "Cerrar las prioridades de cada sprint y no tocarlas en dos semanas",
                "Lock each sprint's priorities for its two weeks",
            ),
            lever: Some("clear_parameters"),
            who: &[1],
            owner: t("Nerea Goikoetxea", "Nerea Goikoetxea"),
            due: "2027-02-08",
            status: Status::Doing,
            priority: 85,
        },
        Action {
            title: t(
                "Visitar Clínicas Sonrisa antes de la renovación",
                "Visit Clínicas Sonrisa before the renewal",
            ),
            lever: Some("keep_loyal"),
            who: &[7],
            owner: t("Jaime Rivas", "Jaime Rivas"),
            due: "2027-02-26",
            status: Status::Todo,
            priority: 95,
        },
        Action {
            title: t(
                "Correos de bienvenida que guíen paso a paso durante la prueba",
                "Welcome emails that guide trial users step by step",
            ),
            lever: Some("guide_impulsive"),
            who: &[8],
            owner: t("Elena Prieto", "Elena Prieto"),
            due: "2027-01-20",
            status: Status::Done,
            priority: 50,
        },
    ],
};
