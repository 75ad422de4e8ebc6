//! Suggestions: the catalogue of improvement levers and the rules that pick and rank them
//! for one stakeholder from their placement and answers.
//!
//! Lever ids are stable and never reused (plans store them). A rule names a lever, a
//! priority score and the `why` shown to the user; several rules may point at the same
//! lever, and the highest-scoring one that fires wins. Rules only read answers to questions
//! on the stakeholder's current path, so a stale answer from an earlier branch never fires one.
//!
//! A reason states facts about this one person or firm, so a rule fires only on the answers
//! that make its reason true. Inside the business, advice about a workplace (atmosphere,
//! energy, recognition, expectations, growth; Q12, UWES, eNPS) goes only to staff, and an
//! outside firm the business is a client of (a supplier, partner or agency) gets advice about
//! the deal instead; which one someone is comes from what the business is to them (`meaning`).

use super::model::{Band, CustomerType, Side};
use super::placement::{self, Placement};
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

/// Levers about a workplace (atmosphere, energy, someone who cares, recognition,
/// expectations, growth, tools and workspace, eNPS): the rules give them to staff only, never
/// to an outside firm the business pays.
pub const WORKPLACE_LEVERS: &[&str] = &[
    "avoid_toxic",
    "care_makes_better",
    "enps_follow_up",
    "ambassadors",
    "q12_expectations",
    "q12_tools",
    "q12_recognition",
    "q12_growth",
    "q12_someone_cares",
    "q12_do_best",
    "uwes_energy",
    "uwes_meaning",
    "servqual_tangibles",
];

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
        Text::new("Cuida su fidelidad", "Look after their loyalty"),
        Text::new(
            "Usa su nombre, enséñale las novedades antes que a nadie y no le cobres nunca más que a un cliente nuevo: que note que volver tiene premio.",
            "Use their name, show them what's new before anyone else and never charge them more than a newcomer: let them feel that coming back pays.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "guide_impulsive",
        Text::new("Guía sus compras por impulso", "Guide their impulse buys"),
        Text::new(
            "Deja a la vista lo que más le conviene, reduce la elección a pocas opciones claras y confírmale después de comprar que acertó.",
            "Put what suits them best in plain sight, cut the choice down to a few clear options, and reassure them after buying that they chose well.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "moment_of_need",
        Text::new("Estate a mano cuando te necesite", "Be there when they need you"),
        Text::new(
            "Asegúrate de que te encuentra rápido, de que tienes existencias y de que respondes en el acto. Quien compra por necesidad se va con el primero que se la resuelve.",
            "Make sure they can find you fast, that you have stock and that you answer straight away. Someone buying out of need goes with whoever sorts it out first.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "nps_detractor",
        Text::new("Llama y escucha qué falló", "Call and hear what went wrong"),
        Text::new(
            "Hazlo en persona y antes de una semana. Después arregla la causa, no solo su caso.",
            "Do it personally, within a week. Then fix the cause, not just their case.",
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
            "Pregúntale qué tendría que cambiar para recomendarte sin dudar, y elige una cosa que puedas cambiar este mes.",
            "Ask what would have to change for them to recommend you without hesitating, and pick one thing you can change this month.",
        ),
        NPS,
    ),
    lever_of(
        "close_loop",
        Text::new("Cuéntale qué has cambiado", "Tell them what you changed"),
        Text::new(
            "Escríbele y explícale qué has hecho para que no se repita. Así un mal rato se convierte en confianza.",
            "Get back to them to explain what you did so it won't happen again. That turns a bad moment into trust.",
        ),
        NPS,
    ),
    lever_of(
        "service_recovery",
        Text::new("Resuelve el problema pendiente", "Fix the open problem"),
        Text::new(
            "Pon a alguien de tu equipo al frente, con un plazo de días y no de semanas, y que compruebe con el cliente que de verdad quedó resuelto.",
            "Put one person on your team in charge, with days rather than weeks to do it, and have them check with the customer that it's really solved.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "widen_range",
        Text::new("Enséñale lo que aún no conoce", "Show them what they haven't tried"),
        Text::new(
            "Recomiéndale uno o dos productos que encajen con lo que ya usa, sin presionar. Quien usa varias cosas tuyas se queda más tiempo.",
            "Suggest one or two products that go with what they already use, without pushing. Someone who uses several of your things stays longer.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "easy_returns",
        Text::new("Que cambiar de idea no cueste", "Make second thoughts painless"),
        Text::new(
            "Facilita devolver o cambiar lo comprado, sin preguntas ni letra pequeña. Si sabe que puede echarse atrás, se anima a volver.",
            "Make returns and swaps easy, with no questions and no small print. Knowing they can change their mind makes coming back easier.",
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
            "Localiza qué lo está enrareciendo, ya sean gritos, favoritismos o cargas injustas, y atájalo ya. En un ambiente tóxico cualquiera acaba haciendo lo justo y se desentiende en una crisis.",
            "Find what's souring it, whether shouting, favouritism or unfair workloads, and deal with it now. In a toxic workplace anyone ends up doing the bare minimum and stepping back in a crisis.",
        ),
        SOURCE_INTERNAL,
    ),
    lever_of(
        "face_of_company",
        Text::new("Recuerda que es la cara de tu negocio", "Remember they're the face of your business"),
        Text::new(
            "Explícale cómo quieres que se atienda a tus clientes, avísale antes que a nadie de lo que cambia y dale tu confianza.",
            "Explain how you want your customers looked after, tell them about changes before anyone else, and give them your trust.",
        ),
        SOURCE_INTERNAL,
    ),
    lever_of(
        "care_makes_better",
        Text::new("Haz que sienta suyo lo que hace", "Help them feel ownership of their work"),
        Text::new(
            "Pídele ideas para mejorar el producto y pon en marcha alguna a la vista de todos. Quien se implica hace mejor producto y resuelve mejor los problemas.",
            "Ask them for ideas to improve the product and put one into practice where everyone can see. Someone who cares makes a better product and solves problems better.",
        ),
        SOURCE_INTERNAL,
    ),
    lever_of(
        "voice_of_customer",
        Text::new("Hazle llegar la voz del cliente", "Give them the voice of the customer"),
        Text::new(
            "Pásale cada semana quejas, elogios y datos de tus clientes, sin filtrar, para que sepa en todo momento qué busca tu clientela.",
            "Pass on complaints, praise and customer data every week, unfiltered, so they always know what your customers are after.",
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
        Text::new("Facilítale el contacto con cada área", "Connect them with every department"),
        Text::new(
            "Asígnale una persona de contacto en cada área y haz que vaya de vez en cuando a sus reuniones clave.",
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
        Text::new("Pregúntale a solas qué falla", "Ask them one-to-one what's wrong"),
        Text::new(
            "Escucha sin defenderte, averigua qué haría falta para que hablara bien de su trabajo aquí y acuerda con esta persona un primer cambio con fecha.",
            "Listen without getting defensive, find out what it would take for them to speak well of their job here, and agree a first change with a date.",
        ),
        ENPS,
    ),
    lever_of(
        "ambassadors",
        Text::new("Deja que hable bien de ti", "Let them speak up for you"),
        Text::new(
            "Pídele que acompañe a quien entra nuevo o que cuente en tus redes y ofertas de empleo cómo es el día a día aquí.",
            "Ask them to show newcomers the ropes, or to tell people on your social media and job ads what day-to-day life here is like.",
        ),
        ENPS,
    ),
    lever_of(
        "q12_expectations",
        Text::new("Aclara qué esperas de su trabajo", "Make clear what you expect"),
        Text::new(
            "Escribe con esta persona tres resultados para este trimestre y cómo sabréis que están logrados.",
            "Write down with them three results for this quarter and how you'll both know they've been achieved.",
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
            "Pregúntale qué le gustaría aprender este año y busca una tarea o una formación que le permita avanzar hacia ello.",
            "Ask what they'd like to learn this year and find a task or a course that moves them towards it.",
        ),
        Q12,
    ),
    lever_of(
        "q12_someone_cares",
        Text::new("Interésate por la persona", "Care about them as a person"),
        Text::new(
            "Encarga a alguien concreto, tú u otra persona, que le pregunte a menudo qué tal está, y no solo por las tareas.",
            "Have one named person, you or someone else, check in with them often about how they are, not just about tasks.",
        ),
        Q12,
    ),
    lever_of(
        "q12_do_best",
        Text::new("Que haga lo que mejor se le da", "Let them do what they do best"),
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
            "Revisa su carga de trabajo y sus descansos: el agotamiento llega cuando no hay tiempo para recuperarse.",
            "Look at their workload and their breaks: burnout sets in when there's no time to recover.",
        ),
        UWES,
    ),
    lever_of(
        "uwes_meaning",
        Text::new("Enséñale para qué sirve su trabajo", "Show them what their work is for"),
        Text::new(
            "Organiza una visita para que vea cómo se usa lo que hace, o invita a un cliente a contárselo. Ver el sentido de su trabajo alimenta la dedicación.",
            "Arrange for them to see what they make being used, or invite a customer to tell them about it. Seeing the point of the work feeds dedication.",
        ),
        UWES,
    ),
    lever_of(
        "servqual_reliability",
        Text::new("Cumple lo que le prometes", "Keep your promises to them"),
        Text::new(
            "Pedidos, plazos y pagos tal como se acordaron, siempre: que nunca tenga que reclamarte una factura. Si algo va a fallar, avisa antes de que se note.",
            "Orders, deadlines and payments exactly as agreed, every time: they should never have to chase an invoice. If something is going to slip, warn them before it shows.",
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
            "Pregúntale qué horarios, formatos y plazos le vienen mejor, y ajusta lo que puedas. Lo que a ti te cuesta poco a veces le ahorra mucho.",
            "Ask which hours, formats and deadlines suit them best, and adjust what you can. What costs you little can save them a lot.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "servqual_tangibles",
        Text::new("Arregla sus herramientas y su espacio", "Fix their tools and workspace"),
        Text::new(
            "Empieza por lo que usa cada día: equipos, puesto de trabajo y documentos. Es la parte visible del trato que recibe.",
            "Start with what they use every day: equipment, workspace and documents. It's the visible part of how you treat them.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "service_profit_chain",
        Text::new("Mejora primero su experiencia por dentro", "Improve their experience inside first"),
        Text::new(
            "Resuelve lo que le complica el trabajo antes de pedirle más de cara al cliente: su experiencia es la que acaba llegando a tu clientela.",
            "Fix what makes their work hard before asking more of them in front of customers: their experience is what ends up reaching your customers.",
        ),
        CHAIN,
    ),
    lever_of(
        "share_plans",
        Text::new("Adelántale tus planes", "Tell them your plans early"),
        Text::new(
            "Avísale con tiempo de tus previsiones y de los cambios de producto, temporada o campaña, para que pueda prepararse. Un proveedor que se entera a tiempo te sirve mejor.",
            "Give them early notice of your forecasts and of product, season or campaign changes so they can prepare. A supplier who hears in time serves you better.",
        ),
        SOURCE_INTERNAL,
    ),
    lever_of(
        "insider_view",
        Text::new("Aprovecha que te conoce por los dos lados", "Use their view from both sides"),
        Text::new(
            "Pregúntale como cliente qué mejoraría y, desde dentro, por qué aún no se hace. Poca gente ve las dos caras a la vez.",
            "Ask them, as a customer, what they'd improve and, from the inside, why it hasn't been done yet. Few people see both sides at once.",
        ),
        SOURCE_INTERNAL,
    ),
    // ----- Outside firms you are a client of: suppliers, partners, agencies -------------
    lever_of(
        "clear_orders",
        Text::new("Haz encargos claros y con margen", "Brief them clearly and in good time"),
        Text::new(
            "Pide por escrito, siempre por la misma vía y con el tiempo que necesita: qué, cuánto, con qué calidad y para cuándo. Los cambios de última hora salen caros a los dos.",
            "Put requests in writing, always through the same channel and with the notice they need: what, how much, to what standard and by when. Last-minute changes cost you both.",
        ),
        SOURCE_TYPES,
    ),
    lever_of(
        "two_way_feedback",
        Text::new("Habla de cómo va, en los dos sentidos", "Swap feedback both ways"),
        Text::new(
            "Cada pocos meses, repasa con esta persona sus últimas entregas: dile qué salió bien y pregúntale qué haces tú que le complica el trabajo, como pedidos tardíos o pagos lentos.",
            "Every few months, go over their latest work with them: say what went well, and ask what you do that makes their job harder, such as late orders or slow payments.",
        ),
        SERVQUAL,
    ),
    lever_of(
        "fair_terms",
        Text::new("Revisa que el trato sea justo", "Check the deal is fair"),
        Text::new(
            "Repasa con esta persona precios, plazos de pago y penalizaciones, y corrige lo que solo te beneficie a ti. Quien sale perdiendo en un trato acaba recortando en calidad o buscando otro cliente.",
            "Go over prices, payment terms and penalties with them, and fix whatever only benefits you. Whoever loses out on a deal ends up cutting corners or looking for another client.",
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

/// How someone on the inside works with the business, as far as the answers tell. Suppliers,
/// partners and agencies are internal customers too, and their placement says so; but advice
/// about a workplace (atmosphere, burnout, recognition, growth…) is for the people who work
/// in it, and a firm the business is a client of needs advice about the deal instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tie {
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

    /// What the business is to them (the clearest answer); without it, what they judge it by,
    /// and then whether making what it sells is their everyday job.
    fn tie(&self) -> Tie {
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
    fn staff(&self) -> bool {
        self.inside() && self.tie() == Tie::Staff
    }

    /// Inside as an outside firm the business is a client of: advice about the deal applies.
    fn firm(&self) -> bool {
        self.inside() && self.tie() == Tie::Firm
    }

    /// A firm that regularly supplies part of what the business sells (materials, content)
    /// without dealing with its customers, which a delivery or service partner would.
    fn supplies_you(&self) -> bool {
        self.firm()
            && self.is("produces", &["regular"])
            && self.is("int.customers", &["never", "sometimes"])
    }

    /// Takes part in making what the business sells, more than giving an opinion.
    fn makes_it(&self) -> bool {
        self.is("produces", &["sometimes", "regular", "daily"])
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
    use crate::domain::questionnaire::DONT_KNOW;

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

    fn suggestions(pairs: &[(&str, &str)]) -> (Placement, Vec<Suggestion>) {
        let a = answers(pairs);
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
            crate::domain::questionnaire::question(q)
                .unwrap()
                .options
                .iter()
                .map(|o| o.id)
                .collect()
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
                                        out.push(answers(&[
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
        for a in grid() {
            let Some(p) = place(&a) else { continue };
            let staff = is(&a, "meaning", &["workplace", "project", "both"]);
            for s in suggest(&p, &a) {
                let (es, en, id) = (s.why.es, s.why.en, s.lever.id);
                if en.contains("what you sell") {
                    assert!(
                        is(&a, "produces", &["sometimes", "regular", "daily"]),
                        "{id}: {en} {a:?}"
                    );
                }
                if en.contains("supply") {
                    assert!(
                        is(&a, "produces", &["regular"]) && is(&a, "meaning", &["client"]),
                        "{id}: {en} {a:?}"
                    );
                    assert!(
                        !is(&a, "int.customers", &["often", "core"]),
                        "{id}: {en} {a:?}"
                    );
                }
                if en.contains("specs others set") {
                    assert!(
                        is(&a, "int.specs", &["given", "adapts"]),
                        "{id}: {en} {a:?}"
                    );
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
    }

    /// Every Spanish text a lever card shows: titles, details and reasons.
    fn spanish_texts() -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for l in LEVERS {
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

    #[test]
    fn english_texts_speak_of_them_not_of_a_crowd() {
        for l in LEVERS {
            for en in [l.title.en, l.detail.en] {
                for crowd in [
                    "those who",
                    "people who",
                    "buyers",
                    "loyal customers",
                    "ambassadors",
                ] {
                    assert!(!en.contains(crowd), "{}: {en}", l.id);
                }
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
