//! The catalogue of improvement levers: what to do, in both languages, and where the idea
//! comes from. Lever ids are stable and never reused (plans store them).

use super::Text;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_texts_speak_of_them_not_of_a_crowd() {
        for l in levers() {
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
}
