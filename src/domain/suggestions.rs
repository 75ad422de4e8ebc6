//! Suggestions: the catalogue of improvement levers and the rules that pick and rank them
//! for one stakeholder from their placement and answers.
//!
//! Lever ids are stable and never reused (plans store them). A rule names a lever, a
//! priority score and the `why` shown to the user; several rules may point at the same
//! lever, and the highest-scoring one that fires wins. Rules only read answers to questions
//! on the stakeholder's current path, so a stale answer from an earlier branch never fires one.

use super::placement::{self, Band, CustomerType, Placement, Side};
use super::questionnaire::Answers;
use super::text::Text;

use crate::domain::order;
use CustomerType::{Commercial, Executive, Impulsive, Loyal, NeedBased, Operative};

const SOURCE_EXTERNAL: &str = "Source article: external customers";
const SOURCE_INTERNAL: &str = "Source article: internal customers";
const SOURCE_TYPES: &str = "Source article: customer types";
const NPS: &str = "Reichheld 2003 (NPS)";
pub const ENPS: &str = "Reichheld 2003 (NPS; employee variant eNPS)";
const Q12: &str = "Gallup Q12";
const UWES: &str = "Schaufeli et al. (UWES)";
const SERVQUAL: &str = "Parasuraman, Zeithaml & Berry 1988 (SERVQUAL)";
const ROOK_FISHER: &str = "Rook & Fisher 1995";
pub const CHAIN: &str = "Heskett et al. 1994 (service-profit chain)";

#[derive(Debug)]
pub struct Lever {
    pub id: &'static str,
    /// Imperative and short.
    pub title: Text,
    /// One or two concrete sentences.
    pub detail: Text,
    pub source: &'static str,
}

#[derive(Clone, Debug)]
pub struct Suggestion {
    pub lever: &'static Lever,
    /// Priority 0–100, higher first.
    pub score: u8,
    /// Why it applies to this stakeholder.
    pub why: Text,
}

const fn lever_of(id: &'static str, title: Text, detail: Text, source: &'static str) -> Lever {
    Lever {
        id,
        title,
        detail,
        source,
    }
}

static LEVERS: &[Lever] = &[
    // ----- Outside: people who buy from you ---------------------------------------------
    lever_of(
        "ask_opinion",
        Text::new("Pregúntale su opinión", "Ask for their opinion"),
        Text::new(
            "Combina una encuesta corta, de dos o tres preguntas, con una charla informal la próxima vez que te compre. Apunta lo que se repita.",
            "Pair a short survey, two or three questions, with a casual chat next time they buy. Note down whatever comes up twice.",
        ),
        SOURCE_EXTERNAL,
    ),
    lever_of(
        "usually_right",
        Text::new("Parte de que tiene razón", "Assume they have a point"),
        Text::new(
            "Escucha la queja entera antes de explicar nada y busca qué parte es cierta. Casi siempre hay algo que puedes arreglar.",
            "Hear the whole complaint before explaining anything, and look for the part that's true. There's nearly always something you can fix.",
        ),
        SOURCE_EXTERNAL,
    ),
    lever_of(
        "watch_word_of_mouth",
        Text::new("Vigila lo que se dice de ti", "Keep an ear on what people say"),
        Text::new(
            "Repasa cada semana reseñas, redes y foros, y contesta en público con calma. Una mala experiencia llega más lejos que diez buenas.",
            "Go through reviews, social media and forums every week and reply calmly in public. One bad experience travels further than ten good ones.",
        ),
        SOURCE_EXTERNAL,
    ),
    lever_of(
        "earn_repeat",
        Text::new("Gánate la siguiente compra", "Earn the next purchase"),
        Text::new(
            "Haz un seguimiento después de la venta y dale un motivo concreto para volver: un recordatorio útil, una novedad que le encaje o un detalle por repetir.",
            "Follow up after the sale and give them a concrete reason to return: a useful reminder, something new that suits them, or a thank-you for coming back.",
        ),
        SOURCE_EXTERNAL,
    ),
    lever_of(
        "keep_loyal",
        Text::new("Cuida a tus clientes fieles", "Look after your loyal customers"),
        Text::new(
            "Llámalos por su nombre, enséñales las novedades antes que a nadie y no les cobres nunca más que a un cliente nuevo. Sostienen buena parte de tu beneficio.",
            "Know them by name, show them what's new before anyone else and never charge them more than a newcomer. They carry a big share of your profit.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "guide_impulsive",
        Text::new("Guía a quien compra por impulso", "Guide impulse buyers"),
        Text::new(
            "Deja a la vista lo que más le conviene, reduce la elección a pocas opciones claras y confírmale después de comprar que acertó.",
            "Put what suits them best in plain sight, cut the choice down to a few clear options, and reassure them after buying that they chose well.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "moment_of_need",
        Text::new("Está ahí cuando surja la necesidad", "Be there when the need comes up"),
        Text::new(
            "Asegúrate de que te encuentra rápido, de que tienes existencias y de que respondes en el acto. Quien compra por necesidad se va con el primero que se la resuelve.",
            "Make sure they can find you fast, that you have stock and that you answer straight away. Need-driven buyers go with whoever solves it first.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "nps_detractor",
        Text::new("Llama a quien no te recomendaría", "Call those who wouldn't recommend you"),
        Text::new(
            "Contacta en persona antes de una semana, pregunta qué falló y arregla la causa, no solo su caso.",
            "Get in touch personally within a week, ask what went wrong and fix the cause, not just their case.",
        ),
        NPS,
    ),
    lever_of(
        "nps_promoter",
        Text::new("Pónselo fácil para recomendarte", "Make recommending you easy"),
        Text::new(
            "Pídele una reseña o que te presente a alguien, y dale algo sencillo que pueda compartir.",
            "Ask for a review or an introduction, and give them something simple they can pass on.",
        ),
        NPS,
    ),
    lever_of(
        "nps_passive",
        Text::new("Averigua qué le falta para un 10", "Find out what would make it a 10"),
        Text::new(
            "Pregúntale qué tendría que cambiar para recomendarte sin dudar. Los clientes tibios se van con la primera oferta mejor.",
            "Ask what would have to change for them to recommend you without hesitating. Lukewarm customers leave for the first better offer.",
        ),
        NPS,
    ),
    lever_of(
        "close_loop",
        Text::new("Cuéntale qué has cambiado", "Tell them what you changed"),
        Text::new(
            "Cuando se resuelva un problema, vuelve a escribirle para explicar qué has hecho para que no se repita. Así un mal rato se convierte en confianza.",
            "Once a problem is solved, get back to them to explain what you did so it won't happen again. That turns a bad moment into trust.",
        ),
        NPS,
    ),
    lever_of(
        "service_recovery",
        Text::new("Resuelve el problema pendiente", "Fix the open problem"),
        Text::new(
            "Pon a una persona al frente, dale un plazo de días y no de semanas, y que confirme con el cliente que de verdad quedó resuelto.",
            "Put one person in charge, give them days rather than weeks, and have them check with the customer that it's really solved.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "widen_range",
        Text::new("Enséñale lo que aún no conoce", "Show them what they haven't tried"),
        Text::new(
            "Recomiéndale uno o dos productos que encajen con lo que ya usa, sin presionar. Quien usa varias cosas tuyas se queda más tiempo.",
            "Suggest one or two products that go with what they already use, without pushing. People who use several of your things stay longer.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "easy_returns",
        Text::new("Que cambiar de idea no cueste", "Make second thoughts painless"),
        Text::new(
            "Facilita devolver o cambiar lo que se compró en caliente. Sin miedo a arrepentirse, quien compra por impulso vuelve.",
            "Make it easy to return or swap a spur-of-the-moment buy. Without the fear of regret, impulse buyers come back.",
        ),
        ROOK_FISHER,
    ),
    lever_of(
        "restock_reminder",
        Text::new("Avísale antes de que se le acabe", "Remind them before they run out"),
        Text::new(
            "Calcula cada cuánto repone y mándale un aviso, o una opción de pedido periódico, justo antes.",
            "Work out how often they restock and send a reminder, or offer a repeat order, just before.",
        ),
        SOURCE_TYPES,
    ),
    // ----- Inside: people who are part of your business ---------------------------------
    lever_of(
        "meet_needs",
        Text::new("Pregúntale qué necesita para trabajar bien", "Ask what they need to do good work"),
        Text::new(
            "Dedica quince minutos a una charla a solas y resuelve, antes de que acabe el mes, una cosa concreta que te pida.",
            "Spend fifteen minutes one-to-one, and before the month is out fix one concrete thing they ask for.",
        ),
        SOURCE_INTERNAL,
    ),
    lever_of(
        "avoid_toxic",
        Text::new("Corta lo que enrarece el ambiente", "Stop what's souring the workplace"),
        Text::new(
            "Localiza qué lo está enrareciendo, ya sean gritos, favoritismos o cargas injustas, y atájalo ya. En un ambiente tóxico la gente hace lo justo y no arrima el hombro en una crisis.",
            "Find what's souring it, whether shouting, favouritism or unfair workloads, and deal with it now. In a toxic workplace people do the bare minimum and won't pull together in a crisis.",
        ),
        SOURCE_INTERNAL,
    ),
    lever_of(
        "face_of_company",
        Text::new("Recuerda que son la cara de tu negocio", "Remember they're the face of your business"),
        Text::new(
            "Lo que viven por dentro es lo que tus clientes ven por fuera. Dales formación, información al día y tu confianza.",
            "What they live inside is what your customers see outside. Give them training, up-to-date information and your trust.",
        ),
        SOURCE_INTERNAL,
    ),
    lever_of(
        "care_makes_better",
        Text::new("Haz que les importe lo que hacen", "Help them care about what they make"),
        Text::new(
            "Pídeles ideas para mejorar el producto y pon en marcha alguna a la vista de todos. Quien se implica hace mejor producto y resuelve mejor los problemas.",
            "Ask them for ideas to improve the product and put one into practice where everyone can see. People who care make better products and solve problems better.",
        ),
        SOURCE_INTERNAL,
    ),
    lever_of(
        "voice_of_customer",
        Text::new("Hazle llegar la voz del cliente", "Give them the voice of the customer"),
        Text::new(
            "Compártele cada semana quejas, elogios y datos de clientes, sin filtrar, para que sepa siempre lo que quieren.",
            "Share complaints, praise and customer data with them every week, unfiltered, so they always know what customers want.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "room_to_act",
        Text::new("Dale margen para actuar", "Give them room to act"),
        Text::new(
            "Deja claro hasta dónde puede decidir sin pedir permiso (un reembolso, un cambio, un detalle) para resolver en el momento.",
            "Make clear how far they can go without asking (a refund, a swap, a goodwill gesture) so they can sort things out on the spot.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "connect_departments",
        Text::new("Conéctale con todas las áreas", "Connect them with every department"),
        Text::new(
            "Dale una persona de contacto en cada área e invítale de vez en cuando a sus reuniones clave.",
            "Give them a named contact in each department and invite them to its key meetings now and then.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "clear_parameters",
        Text::new("Dale pautas claras", "Give them clear specs"),
        Text::new(
            "Pon por escrito qué hay que hacer, con qué calidad y para cuándo, con un ejemplo de trabajo bien hecho.",
            "Write down what's needed, to what standard and by when, with an example of a job done well.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "user_feedback",
        Text::new("Cuéntale qué opinan quienes usan su trabajo", "Tell them what users think of their work"),
        Text::new(
            "Hazle llegar, al menos una vez al mes, comentarios reales de clientes sobre lo que hace, buenos y malos.",
            "At least once a month, pass on real customer comments about what they make, good and bad.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "enps_follow_up",
        Text::new("Habla a solas con quien no recomendaría trabajar contigo", "Talk one-to-one with those who wouldn't recommend working with you"),
        Text::new(
            "Pregúntale qué haría falta para que lo recomendara, escucha sin defenderte y acuerda con esa persona un primer cambio con fecha.",
            "Ask what it would take for them to recommend it, listen without getting defensive, and agree a first change with a date.",
        ),
        ENPS,
    ),
    lever_of(
        "ambassadors",
        Text::new("Conviértelos en embajadores", "Make them ambassadors"),
        Text::new(
            "Quien recomendaría trabajar contigo es ideal para recibir a la gente nueva o para contar fuera cómo es trabajar aquí.",
            "People who'd recommend working with you are ideal for welcoming newcomers or telling others what working here is like.",
        ),
        ENPS,
    ),
    lever_of(
        "q12_expectations",
        Text::new("Aclara qué esperas de su trabajo", "Make clear what you expect"),
        Text::new(
            "Escribe con esa persona tres resultados que se esperan de ella este trimestre y cómo se sabrá que están logrados.",
            "Write down with them three results expected this quarter and how you'll both know they've been achieved.",
        ),
        Q12,
    ),
    lever_of(
        "q12_tools",
        Text::new("Dale las herramientas y la información", "Give them the tools and information"),
        Text::new(
            "Pregúntale qué herramienta, acceso o dato le falta para hacer bien su trabajo, y consíguelo.",
            "Ask which tool, access or piece of information they're missing to do the job well, and get it for them.",
        ),
        Q12,
    ),
    lever_of(
        "q12_recognition",
        Text::new("Reconoce el buen trabajo", "Recognise good work"),
        Text::new(
            "Cuando algo salga bien, díselo esa misma semana y di exactamente qué estuvo bien.",
            "When something goes well, tell them that same week and say exactly what was good about it.",
        ),
        Q12,
    ),
    lever_of(
        "q12_growth",
        Text::new("Habla de cómo quiere crecer", "Talk about their growth"),
        Text::new(
            "Pregúntale qué le gustaría aprender este año y busca una tarea o una formación que le acerque a ello.",
            "Ask what they'd like to learn this year and find a task or a course that moves them towards it.",
        ),
        Q12,
    ),
    lever_of(
        "q12_someone_cares",
        Text::new("Que alguien se interese por la persona", "Make sure someone cares about them"),
        Text::new(
            "Asegúrate de que una persona concreta hable con ella a menudo sobre cómo está, no solo sobre tareas.",
            "Make sure one named person checks in with them often about how they are, not just about tasks.",
        ),
        Q12,
    ),
    lever_of(
        "q12_do_best",
        Text::new("Déjale hacer lo que mejor se le da", "Let them do what they do best"),
        Text::new(
            "Averigua qué parte de su trabajo disfruta y borda, y dale más de eso cada semana.",
            "Find out which part of the job they enjoy and excel at, and give them more of it every week.",
        ),
        Q12,
    ),
    lever_of(
        "uwes_energy",
        Text::new("Protege su energía", "Protect their energy"),
        Text::new(
            "Revisa su carga de trabajo y sus descansos: la energía se agota cuando no hay tiempo para recuperarse.",
            "Look at their workload and their breaks: energy runs out when there's no time to recover.",
        ),
        UWES,
    ),
    lever_of(
        "uwes_meaning",
        Text::new("Enséñale para qué sirve su trabajo", "Show them what their work is for"),
        Text::new(
            "Cuéntale historias concretas de clientes a los que su trabajo ayudó. Ver el sentido de lo que hace alimenta la dedicación.",
            "Share real stories of customers their work has helped. Seeing the point of it feeds dedication.",
        ),
        UWES,
    ),
    lever_of(
        "servqual_reliability",
        Text::new("Cumple lo que le prometes", "Keep your promises to them"),
        Text::new(
            "Pedidos, plazos y pagos tal como se acordaron, siempre. Si algo va a fallar, avisa antes de que se note.",
            "Orders, deadlines and payments exactly as agreed, every time. If something is going to slip, warn them before it shows.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "servqual_responsiveness",
        Text::new("Respóndele rápido", "Answer them quickly"),
        Text::new(
            "Acuerda con cada área un plazo máximo para contestar a sus peticiones, y vigila que se cumpla.",
            "Agree with each department a maximum time to answer their requests, and keep an eye on it.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "servqual_assurance",
        Text::new("Que le atienda quien sabe", "Have someone who knows answer them"),
        Text::new(
            "Dale una persona de referencia que conozca bien el producto, para que sus dudas se resuelvan a la primera.",
            "Give them a go-to person who knows the product well, so their questions get answered first time.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "servqual_empathy",
        Text::new("Adáptate a su situación", "Fit around their situation"),
        Text::new(
            "Tiene su propio negocio o sus propias limitaciones: pregúntale qué horarios, formatos y plazos le vienen mejor.",
            "They have their own business or their own limits: ask which hours, formats and deadlines suit them best.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "servqual_tangibles",
        Text::new("Arregla sus herramientas y su espacio", "Fix their tools and workspace"),
        Text::new(
            "Empieza por lo que usa cada día: equipos, puesto de trabajo y documentos. Es la parte visible de cómo le tratas.",
            "Start with what they use every day: equipment, workspace and documents. It's the visible part of how you treat them.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "service_profit_chain",
        Text::new("Mejora primero su experiencia por dentro", "Improve their experience inside first"),
        Text::new(
            "Quien atiende a tus clientes les transmite lo que vive en el trabajo. Resolver sus problemas es el camino más directo para mejorar lo que reciben tus clientes.",
            "Whoever serves your customers passes on how they feel at work. Fixing their problems is the most direct way to improve what your customers get.",
        ),
        CHAIN,
    ),
    lever_of(
        "share_plans",
        Text::new("Comparte tus planes con quien te abastece", "Share your plans with those who supply you"),
        Text::new(
            "Adelántale previsiones y cambios de carta, de temporada o de campaña para que pueda prepararse. Un proveedor bien informado te sirve mejor.",
            "Give them early notice of forecasts and of menu, season or campaign changes so they can prepare. A well-informed supplier serves you better.",
        ),
        SOURCE_INTERNAL,
    ),
    lever_of(
        "insider_view",
        Text::new("Aprovecha que te conoce por los dos lados", "Use their view from both sides"),
        Text::new(
            "Pregúntale como cliente qué mejoraría y, como parte del equipo, por qué aún no se hace. Poca gente ve las dos caras a la vez.",
            "Ask them, as a customer, what they'd improve and, as part of the team, why it hasn't been done yet. Few people see both sides at once.",
        ),
        SOURCE_INTERNAL,
    ),
];

/// Every lever ever published; ids are stable and never reused.
pub fn levers() -> &'static [Lever] {
    LEVERS
}

pub fn lever(id: &str) -> Option<&'static Lever> {
    LEVERS.iter().find(|l| l.id == id)
}

/// What a rule can look at: the placement and the real answers on the current path.
struct Ctx<'a> {
    p: &'a Placement,
    on_path: Vec<(&'static str, &'static str)>,
    /// See [`questionnaire::buys_from_you`].
    buys: bool,
}

impl<'a> Ctx<'a> {
    fn new(p: &'a Placement, answers: &Answers) -> Ctx<'a> {
        let on_path = placement::answered_on_path(answers, p.axis)
            .into_iter()
            .map(|(q, o)| (q.id, o.id))
            .collect();
        let buys = crate::domain::questionnaire::buys_from_you(answers);
        Ctx { p, on_path, buys }
    }

    fn answer(&self, question: &str) -> Option<&'static str> {
        self.on_path
            .iter()
            .find(|(q, _)| *q == question)
            .map(|(_, o)| *o)
    }

    /// The answer to `question` is one of `options` (given without the question prefix).
    fn is(&self, question: &str, options: &[&str]) -> bool {
        self.answer(question).is_some_and(|o| {
            o.strip_prefix(question)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|rest| options.contains(&rest))
        })
    }

    fn recommend(&self) -> Option<u8> {
        self.answer("recommend")?
            .strip_prefix("recommend.")?
            .parse()
            .ok()
    }

    fn has(&self, t: CustomerType) -> bool {
        self.p.types.contains(&t)
    }

    fn band(&self) -> Option<Band> {
        self.p.health.map(|h| h.band)
    }

    fn not_thriving(&self) -> bool {
        matches!(self.band(), Some(Band::Fine | Band::AtRisk))
    }

    /// Not on the internal side: treated at least partly as someone who buys.
    /// Not on the internal side, and buying from the business: advice for buyers applies.
    fn outside(&self) -> bool {
        self.p.side != Side::Internal && self.buys
    }

    /// Not on the external side: treated at least partly as someone inside.
    fn inside(&self) -> bool {
        self.p.side != Side::External
    }

    /// Inside, or in the middle but leaning inward: their experience is a work experience.
    fn inward(&self) -> bool {
        self.inside() && self.p.axis >= 50
    }
}

struct Rule {
    lever: &'static str,
    score: u8,
    when: fn(&Ctx) -> bool,
    why: Text,
}

static RULES: &[Rule] = &[
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
        when: |c| c.has(NeedBased),
        why: Text::new(
            "Solo compra cuando le surge una necesidad, y ese es el momento que cuenta.",
            "They only buy when a need comes up, and that's the moment that counts.",
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
            "Crees que te recomendaría: pónselo fácil.",
            "You think they'd recommend you: make it easy for them.",
        ),
    },
    Rule {
        lever: "nps_passive",
        score: 50,
        when: |c| c.outside() && !c.inward() && c.recommend().is_some_and(|n| (7..=8).contains(&n)),
        why: Text::new(
            "Está conforme, pero sin entusiasmo; cualquier detalle puede inclinarle hacia un lado u otro.",
            "They're satisfied but not enthusiastic; any small thing could tip them either way.",
        ),
    },
    Rule {
        lever: "close_loop",
        score: 65,
        when: |c| c.outside() && c.is("health.ext_last", &["bumpy"]),
        why: Text::new(
            "Tuvo un problema que se resolvió; contarle qué cambiaste cierra el círculo.",
            "They had a problem that got solved; telling them what you changed closes the loop.",
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
            "Lo que se compra por impulso a veces trae arrepentimiento.",
            "Impulse buys sometimes bring regret.",
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
    Rule {
        lever: "meet_needs",
        score: 55,
        when: |c| c.inward() && c.p.health.is_none(),
        why: Text::new(
            "Aún no sabes cómo le va dentro de tu negocio.",
            "You don't know yet how things are going for them inside your business.",
        ),
    },
    Rule {
        lever: "meet_needs",
        score: 70,
        when: |c| c.inward() && c.band() == Some(Band::Fine),
        why: Text::new(
            "Le va bien, pero no de maravilla; cubrir sus necesidades es el primer paso para que se implique de verdad.",
            "Things are fine for them, not great; meeting their needs is the first step to real commitment.",
        ),
    },
    Rule {
        lever: "avoid_toxic",
        score: 90,
        when: |c| c.inward() && c.band() == Some(Band::AtRisk),
        why: Text::new(
            "Su experiencia en el trabajo está en riesgo, y así es como la gente acaba haciendo lo justo.",
            "Their experience at work is at risk, and that's how people end up doing the bare minimum.",
        ),
    },
    Rule {
        lever: "face_of_company",
        score: 75,
        when: |c| c.inside() && c.is("int.customers", &["often", "core"]),
        why: Text::new(
            "Trata con tus clientes: lo que siente en el trabajo es lo que ellos ven.",
            "They deal with your customers: how they feel at work is what customers see.",
        ),
    },
    Rule {
        lever: "care_makes_better",
        score: 60,
        when: |c| c.has(Operative),
        why: Text::new(
            "Hace lo que vendes, y cuando a alguien le importa su trabajo, el producto mejora.",
            "They make what you sell, and when people care about their work, the product improves.",
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
            "Su visión del cliente depende de lo bien conectado que esté con cada área.",
            "Their view of the customer depends on how well connected they are to each department.",
        ),
    },
    Rule {
        lever: "clear_parameters",
        score: 80,
        when: |c| c.has(Operative),
        why: Text::new(
            "Trabaja con las pautas que le marcan otros.",
            "They work to the specs others set for them.",
        ),
    },
    Rule {
        lever: "user_feedback",
        score: 70,
        when: |c| c.inside() && c.is("int.customers", &["never"]),
        why: Text::new(
            "Nunca llega a ver a quien usa lo que hace.",
            "They never get to see the people who use what they make.",
        ),
    },
    Rule {
        lever: "user_feedback",
        score: 60,
        when: |c| c.has(Operative),
        why: Text::new(
            "Hace el producto con pautas ajenas; saber cómo se usa le ayuda a hacerlo mejor.",
            "They make the product to other people's specs; knowing how it's used helps them make it better.",
        ),
    },
    Rule {
        lever: "enps_follow_up",
        score: 95,
        when: |c| c.inward() && c.recommend().is_some_and(|n| n <= 6),
        why: Text::new(
            "Crees que es poco probable que recomiende trabajar contigo.",
            "You think they're unlikely to recommend working with you.",
        ),
    },
    Rule {
        lever: "ambassadors",
        score: 50,
        when: |c| c.inward() && c.recommend().is_some_and(|n| n >= 9),
        why: Text::new(
            "Crees que recomendaría trabajar contigo.",
            "You think they'd recommend working with you.",
        ),
    },
    Rule {
        lever: "q12_expectations",
        score: 90,
        when: |c| c.is("health.int_clarity", &["no"]),
        why: Text::new(
            "No sabe con claridad qué se espera de su trabajo.",
            "They don't know clearly what's expected of them.",
        ),
    },
    Rule {
        lever: "q12_expectations",
        score: 75,
        when: |c| c.is("health.int_clarity", &["guess"]),
        why: Text::new(
            "A menudo tiene que adivinar qué se espera de su trabajo.",
            "They often have to guess what's expected of them.",
        ),
    },
    Rule {
        lever: "q12_tools",
        score: 70,
        when: |c| c.inward() && c.is("info", &["public", "own"]),
        why: Text::new(
            "Forma parte de tu negocio, pero apenas ve información interna.",
            "They're part of your business but see hardly any internal information.",
        ),
    },
    Rule {
        lever: "q12_recognition",
        score: 85,
        when: |c| c.is("health.int_recognition", &["never"]),
        why: Text::new(
            "Casi nunca se le reconoce el buen trabajo.",
            "Their good work hardly ever gets recognised.",
        ),
    },
    Rule {
        lever: "q12_recognition",
        score: 65,
        when: |c| c.is("health.int_recognition", &["big_things"]),
        why: Text::new(
            "Solo se le reconocen las cosas grandes.",
            "Only big things get recognised.",
        ),
    },
    Rule {
        lever: "q12_growth",
        score: 45,
        when: |c| {
            c.inward()
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
        when: |c| c.inward() && c.band() == Some(Band::AtRisk),
        why: Text::new(
            "Cuando el trabajo va mal, tener a alguien que se interese marca la diferencia.",
            "When work is going badly, having someone who cares makes the difference.",
        ),
    },
    Rule {
        lever: "q12_do_best",
        score: 50,
        when: |c| c.inside() && c.is("int.specs", &["given"]) && c.not_thriving(),
        why: Text::new(
            "Sigue pautas ajenas y su experiencia podría ser mejor.",
            "They follow other people's specs and their experience could be better.",
        ),
    },
    Rule {
        lever: "uwes_energy",
        score: 75,
        when: |c| c.inward() && c.is("contact", &["daily"]) && c.band() == Some(Band::AtRisk),
        why: Text::new(
            "Está contigo cada día y su experiencia está en riesgo: ojo con el agotamiento.",
            "They're with you every day and their experience is at risk: watch for burnout.",
        ),
    },
    Rule {
        lever: "uwes_meaning",
        score: 55,
        when: |c| c.inside() && c.is("int.customers", &["never"]) && c.not_thriving(),
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
            "Te valora por cómo funciona el trato: pedidos, plazos y pagos.",
            "They judge you by how the deal works: orders, deadlines and payments.",
        ),
    },
    Rule {
        lever: "servqual_responsiveness",
        score: 60,
        when: |c| c.inside() && c.is("int.departments", &["most"]),
        why: Text::new(
            "Depende de las respuestas de casi todas tus áreas.",
            "They depend on answers from nearly all your departments.",
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
            "Trabaja para ti desde su propio negocio, con sus propias limitaciones.",
            "They work for you from their own business, with their own limits.",
        ),
    },
    Rule {
        lever: "servqual_tangibles",
        score: 60,
        when: |c| c.inward() && c.is("judges", &["process"]) && c.not_thriving(),
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
            "Atiende a tus clientes y su propia experiencia no es todo lo buena que podría.",
            "They serve your customers and their own experience isn't as good as it could be.",
        ),
    },
    Rule {
        lever: "share_plans",
        score: 60,
        when: |c| c.inside() && c.is("produces", &["regular"]) && c.is("info", &["public", "own"]),
        why: Text::new(
            "Te abastece con regularidad, pero solo ve sus propios pedidos.",
            "They supply you regularly but see only their own orders.",
        ),
    },
    Rule {
        lever: "insider_view",
        score: 60,
        when: |c| c.p.side == Side::Middle && (c.is("pays", &["both"]) || c.is("meaning", &["both"])),
        why: Text::new(
            "Te conoce como cliente y como parte del equipo.",
            "They know you both as a customer and as part of the team.",
        ),
    },
];

/// The levers that fit this stakeholder, highest score first, each lever once.
pub fn suggest(p: &Placement, answers: &Answers) -> Vec<Suggestion> {
    let ctx = Ctx::new(p, answers);
    let mut out: Vec<Suggestion> = Vec::new();
    for rule in RULES.iter().filter(|r| (r.when)(&ctx)) {
        let Some(lever) = lever(rule.lever) else {
            continue;
        };
        match out.iter_mut().find(|s| s.lever.id == rule.lever) {
            Some(existing) if existing.score >= rule.score => {}
            Some(existing) => {
                existing.score = rule.score;
                existing.why = rule.why;
            }
            None => out.push(Suggestion {
                lever,
                score: rule.score,
                why: rule.why,
            }),
        }
    }
    // Stable sort: equal scores keep catalogue order of the first rule that fired.
    order::sort_by_key(&mut out, |s| std::cmp::Reverse(s.score));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::placement::place;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        crate::domain::questionnaire::answers_from(pairs)
    }

    fn ids(a: &Answers) -> Vec<&'static str> {
        suggest(&place(a).unwrap(), a)
            .iter()
            .map(|s| s.lever.id)
            .collect()
    }

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
        for l in LEVERS {
            assert!(
                RULES.iter().any(|r| r.lever == l.id),
                "no rule selects {}",
                l.id
            );
        }
    }

    #[test]
    fn detractor_customer_gets_recovery_first() {
        let a = answers(&[
            ("pays", "pays.they_pay"),
            ("recommend", "recommend.3"),
            ("health.ext_last", "health.ext_last.bad"),
        ]);
        let got = ids(&a);
        assert!(
            got[..2].contains(&"nps_detractor") && got[..2].contains(&"service_recovery"),
            "{got:?}"
        );
        assert!(!got.contains(&"enps_follow_up"));
    }

    #[test]
    fn unclear_expectations_fire_the_clarity_lever_with_its_reason() {
        let a = answers(&[
            ("pays", "pays.we_pay"),
            ("produces", "produces.daily"),
            ("health.int_clarity", "health.int_clarity.no"),
        ]);
        let p = place(&a).unwrap();
        let s = suggest(&p, &a);
        let clarity = s.iter().find(|s| s.lever.id == "q12_expectations").unwrap();
        assert_eq!(clarity.score, 90);
        assert_eq!(
            clarity.why.en,
            "They don't know clearly what's expected of them."
        );
    }

    #[test]
    fn a_stale_answer_off_the_path_fires_nothing() {
        // Internal stakeholder with an old external answer left behind.
        let a = answers(&[
            ("pays", "pays.we_pay"),
            ("produces", "produces.daily"),
            ("health.ext_word", "health.ext_word.complains"),
        ]);
        assert!(!ids(&a).contains(&"watch_word_of_mouth"));
    }

    #[test]
    fn strongest_rule_wins_for_a_lever() {
        let a = answers(&[("pays", "pays.they_pay"), ("recommend", "recommend.2")]);
        let p = place(&a).unwrap();
        let s = suggest(&p, &a);
        let ask: Vec<_> = s.iter().filter(|s| s.lever.id == "ask_opinion").collect();
        assert_eq!(ask.len(), 1);
        assert_eq!(ask[0].score, 80);
    }

    #[test]
    fn someone_you_pay_gets_no_advice_for_buyers() {
        // A supplier in the middle of the axis whose experience looks poor.
        let mut a = answers(crate::domain::questionnaire::PAID_SUPPLIER_IN_THE_MIDDLE);
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
}
