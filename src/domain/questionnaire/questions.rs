//! Every question and option with its texts (ES + EN), weights and type points, in their
//! frozen order (see the stability rules in the parent module).

use super::{Text, DONT_KNOW};
use crate::domain::model::CustomerType;

use CustomerType::{Commercial, Executive, Impulsive, Loyal, NeedBased, Operative};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Position,
    External,
    Internal,
    Health,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Position,
        Section::External,
        Section::Internal,
        Section::Health,
    ];

    pub fn label(self) -> Text {
        match self {
            Section::Position => Text::new("Dónde está", "Where they stand"),
            Section::External => Text::new("Como cliente", "As a customer"),
            Section::Internal => Text::new("Dentro de tu negocio", "Inside your business"),
            Section::Health => Text::new("Cómo le va", "How it's going"),
        }
    }
}

/// Which stakeholders a question is meant for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    /// Asked only when the stakeholder is not on the internal side.
    Outside,
    /// Asked only when the stakeholder is not on the external side.
    Inside,
}

/// One answer option.
#[derive(Debug)]
pub struct Opt {
    pub id: &'static str,
    pub label: Text,
    /// Position questions: involvement 0 (fully outside) to 100 (fully inside).
    /// Health questions: how well things are going, 0 (badly) to 100 (very well).
    /// Type questions: unused (0).
    pub level: u8,
    /// Evidence this option gives for customer types, in points.
    pub types: &'static [(CustomerType, u8)],
    /// A health option that tells nothing either way ("nothing, as far as you know"): it
    /// answers the question but is no evidence of how things are going.
    pub neutral: bool,
    /// A position option that says the stakeholder has two roles ("both: you pay them and
    /// they also buy from you"). It sits at the middle because both sides are true, not
    /// because the answer is lukewarm, so it does not count as disagreeing with the others.
    pub two_roles: bool,
}

impl Opt {
    const fn typed(mut self, types: &'static [(CustomerType, u8)]) -> Opt {
        self.types = types;
        self
    }

    const fn no_evidence(mut self) -> Opt {
        self.neutral = true;
        self
    }

    const fn two_roles(mut self) -> Opt {
        self.two_roles = true;
        self
    }
}

pub(super) const fn opt(id: &'static str, es: &'static str, en: &'static str, level: u8) -> Opt {
    Opt {
        id,
        label: Text::new(es, en),
        level,
        types: &[],
        neutral: false,
        two_roles: false,
    }
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    /// 2–4 word label used in reasons and answer summaries.
    pub short: Text,
    pub prompt: Text,
    /// Why the question matters, in one or two sentences.
    pub help: Text,
    pub section: Section,
    /// Ordered from least to most involved (position) or worst to best (health).
    pub options: &'static [Opt],
    pub retired: bool,
    /// Weight of a position question in the axis (0 for other sections).
    pub weight: u8,
    pub audience: Audience,
    /// Also asked for stakeholders in the middle (see `branching`).
    pub core: bool,
    /// Published work the question is inspired by, or "" when it is our own.
    pub source: &'static str,
}

impl Question {
    /// A live, core question with no weight, meant for the audience its section implies.
    pub(super) const fn new(
        id: &'static str,
        section: Section,
        short: Text,
        prompt: Text,
        help: Text,
        options: &'static [Opt],
    ) -> Question {
        Question {
            id,
            short,
            prompt,
            help,
            section,
            options,
            retired: false,
            weight: 0,
            audience: match section {
                Section::External => Audience::Outside,
                Section::Internal => Audience::Inside,
                Section::Position | Section::Health => Audience::Everyone,
            },
            core: true,
            source: "",
        }
    }

    pub(super) const fn weighted(mut self, weight: u8) -> Question {
        self.weight = weight;
        self
    }

    const fn for_audience(mut self, audience: Audience) -> Question {
        self.audience = audience;
        self
    }

    /// Asked only on a clear side, never in the middle.
    const fn extra(mut self) -> Question {
        self.core = false;
        self
    }

    const fn inspired_by(mut self, source: &'static str) -> Question {
        self.source = source;
        self
    }

    #[cfg(test)]
    pub(super) const fn retire(mut self) -> Question {
        self.retired = true;
        self
    }

    /// The options in the order they are shown: by involvement (position) or from worst to
    /// best (health), whatever order they were added in; type questions as listed. The list
    /// itself only ever grows at its end, because share links refer to options by position.
    pub fn shown(&self) -> Vec<&'static Opt> {
        let mut out: Vec<&'static Opt> = self.options.iter().collect();
        if matches!(self.section, Section::Position | Section::Health) {
            out.sort_by_key(|o| o.level);
        }
        out
    }

    /// A listed option (not [`DONT_KNOW`]).
    pub fn option(&self, id: &str) -> Option<&'static Opt> {
        self.options.iter().find(|o| o.id == id)
    }

    /// Accepts the listed options and [`DONT_KNOW`].
    pub fn accepts(&self, option: &str) -> bool {
        option == DONT_KNOW || self.options.iter().any(|o| o.id == option)
    }
}

pub(super) static QUESTIONS: &[Question] = &[
    // ----- Position: always asked --------------------------------------------------------
    Question::new(
        "pays",
        Section::Position,
        Text::new("Quién paga", "Who pays"),
        Text::new("¿Quién le paga a quién?", "Who pays whom?"),
        Text::new(
            "Quien te paga suele verte como alguien que le vende algo; a quien pagas tú, o con quien repartes beneficios, trabaja contigo desde dentro. Si trabaja para ti a través de otra empresa (una agencia, una plataforma, un proveedor), le pagas a esa empresa, no a esta persona.",
            "Someone who pays you tends to see you as a seller; someone you pay, or who shares your profits, works with you from the inside. If they work for you through another firm (an agency, a platform, a supplier), you pay that firm, not them.",
        ),
        &[
            opt("pays.they_pay", "Te paga por lo que le vendes", "They pay you for what you sell them", 0),
            opt("pays.both", "Las dos cosas: le pagas y también te compra", "Both: you pay them and they also buy from you", 50).two_roles(),
            opt("pays.we_pay", "Le pagas tú directamente: sueldo, honorarios o facturas", "You pay them directly: wages, fees or invoices", 85),
            opt("pays.profit_share", "Comparte los beneficios del negocio (socio, accionista)", "They share in the profits (partner, shareholder)", 100),
            opt("pays.through", "Pagas a la empresa o plataforma con la que trabaja, no a esta persona", "You pay the firm or platform they work for, not them", 55),
        ],
    ).weighted(3),
    Question::new(
        "produces",
        Section::Position,
        Text::new("Participa en lo que haces", "Helps make it"),
        Text::new("¿Participa en hacer lo que vendes?", "Do they take part in making what you sell?"),
        Text::new(
            "Quien pone una parte del producto o del servicio forma parte de la cadena, aunque no esté en tu plantilla; también quien sostiene a los que lo hacen.",
            "Anyone who puts in a piece of the product or service is part of the chain, even if they're not on your payroll; so is whoever keeps those people going.",
        ),
        &[
            opt("produces.no", "No, solo recibe el resultado", "No, they only get the end result", 0),
            opt("produces.feedback", "Da ideas u opiniones de vez en cuando", "They share ideas or opinions now and then", 20),
            opt("produces.sometimes", "Hace o revisa alguna parte de vez en cuando", "They do or check some part of it from time to time", 60),
            opt("produces.regular", "Aporta una parte con regularidad: materiales, contenidos, entregas", "They supply a part of it regularly: materials, content, deliveries", 80),
            opt("produces.daily", "Es su trabajo de cada día", "It's their everyday job", 100),
            opt("produces.support", "Apoya a quienes lo hacen: personas, cuentas, limpieza, sistemas", "They support the people who make it: HR, accounts, cleaning, IT", 70),
        ],
    ).weighted(3),
    Question::new(
        "info",
        Section::Position,
        Text::new("Acceso a información", "Access to information"),
        Text::new(
            "¿Cuánto ve de tu información y tus procesos internos?",
            "How much of your internal information and processes can they see?",
        ),
        Text::new(
            "Cuanto más sabe alguien de cómo funcionas por dentro, más cerca está de tu negocio.",
            "The more someone knows about how you work inside, the closer they are to your business.",
        ),
        &[
            opt("info.public", "Solo lo público: tu web, tu tienda, tu carta", "Only what's public: your website, shop or menu", 0),
            opt("info.own", "Lo suyo contigo: sus pedidos, reservas o contrato", "Their own dealings with you: orders, bookings or contract", 15),
            opt("info.some", "Algo de lo interno, solo para una tarea concreta", "A little of the inside, just for one task", 60),
            opt("info.team", "Las herramientas y documentos internos de su equipo", "The internal tools and documents of their team", 80),
            opt("info.full", "Prácticamente todo: herramientas, planes y cifras", "Nearly everything: tools, plans and figures", 100),
        ],
    ).weighted(2),
    Question::new(
        "contact",
        Section::Position,
        Text::new("Trato con tu equipo", "Work with your staff"),
        Text::new(
            "Sin contar cuando compra, ¿cada cuánto trabaja con tu equipo o tus departamentos?",
            "Leaving buying aside, how often do they work with your staff or departments?",
        ),
        Text::new(
            "Trabajar juntos a menudo crea confianza y familiaridad. Comprar no cuenta aquí, por seguido que sea: eso se pregunta aparte.",
            "Working together often builds trust and familiarity. Buying doesn't count here, however often: that is asked separately.",
        ),
        &[
            opt("contact.rarely", "Nunca o casi nunca", "Never, or hardly ever", 0),
            opt("contact.yearly", "Unas pocas veces al año", "A few times a year", 25),
            opt("contact.monthly", "Cada mes", "Every month", 55),
            opt("contact.weekly", "Cada semana", "Every week", 80),
            opt("contact.daily", "Todos los días", "Every day", 100),
        ],
    ).weighted(2),
    Question::new(
        "meaning",
        Section::Position,
        Text::new("Qué eres para esta persona", "What you are to them"),
        Text::new("¿Qué es tu negocio para esta persona?", "What is your business to this person?"),
        Text::new(
            "Para unos eres una tienda más; para otros, el sitio donde trabajan, aprenden y se ganan la vida. Es la señal más clara de cercanía.",
            "To some you're just another shop; to others, the place where they work, learn and make a living. It's the clearest sign of closeness.",
        ),
        &[
            opt("meaning.shop", "Un sitio donde compra cuando lo necesita", "Somewhere to buy things when they need them", 0),
            opt("meaning.brand", "Una marca que le gusta y a la que vuelve", "A brand they like and keep coming back to", 15),
            opt("meaning.both", "Las dos cosas: te compra y también trabaja contigo", "Both: they buy from you and also work with you", 50).two_roles(),
            opt("meaning.client", "Un cliente suyo: te vende o trabaja para ti", "A client of theirs: they sell to you or work for you", 60),
            opt("meaning.project", "Un proyecto del que forma parte y que ayuda a construir", "A project they're part of and help to build", 80),
            opt("meaning.workplace", "Su lugar de trabajo, donde crece y se gana la vida", "Their workplace: where they grow and make a living", 100),
            opt("meaning.assignment", "Un sitio al que le manda a trabajar su empresa o su plataforma", "A place their employer or platform sends them to work", 55),
            opt("meaning.former", "Un sitio donde trabajó o del que formó parte", "A place they used to work at or be part of", 25),
        ],
    ).weighted(3),
    Question::new(
        "judges",
        Section::Position,
        Text::new("En qué se fija", "What they judge you by"),
        Text::new("¿En qué se fija para valorarte?", "What do they judge you by?"),
        Text::new(
            "Quien está fuera mira lo que recibe; quien está dentro vive además cómo se hacen las cosas. Quien te evalúa por encargo lo mira todo con ojos de cliente, pero trabaja para ti.",
            "People outside look at what they receive; people inside also live how things get done. Someone hired to judge you looks at it all as a customer would, yet works for you.",
        ),
        &[
            opt("judges.result", "En lo que recibe: producto, precio y atención", "What they get: product, price and service", 0),
            opt("judges.deal", "En cómo funciona el trato: pedidos, plazos y pagos", "How the deal works: orders, deadlines and payments", 45),
            opt("judges.both", "En el resultado y también en cómo se trabaja por dentro", "The result, and also how things work behind the scenes", 70),
            opt("judges.process", "En cómo se hace el trabajo cada día: organización, herramientas y trato", "How the work gets done every day: organisation, tools and how people are treated", 100),
            opt("judges.paid", "Le pagas para que te evalúe: auditorías, inspecciones, cliente misterioso", "You pay them to judge you: audits, inspections, mystery shopping", 70),
        ],
    ).weighted(2),
    // ----- External types ---------------------------------------------------------------
    Question::new(
        "ext.frequency",
        Section::External,
        Text::new("Cada cuánto compra", "How often they buy"),
        Text::new("¿Cada cuánto te compra?", "How often do they buy from you?"),
        Text::new(
            "Volver a comprar es la base de la fidelidad; una compra suelta suele responder a una necesidad concreta.",
            "Coming back is the backbone of loyalty; a single purchase usually answers one specific need.",
        ),
        &[
            opt("ext.frequency.once", "Solo una vez, de momento", "Just once so far", 0),
            opt("ext.frequency.rarely", "Unas pocas veces al año", "A few times a year", 0).typed(&[(NeedBased, 1)]),
            opt("ext.frequency.monthly", "Más o menos cada mes", "About once a month", 0).typed(&[(Loyal, 1)]),
            opt("ext.frequency.weekly", "Cada semana o más", "Every week or more", 0).typed(&[(Loyal, 2)]),
            opt("ext.frequency.yearly", "Más o menos una vez al año", "About once a year", 0).typed(&[(NeedBased, 1)]),
        ],
    ),
    Question::new(
        "ext.decision",
        Section::External,
        Text::new("Cómo decide comprar", "How they decide"),
        Text::new("Cuando te compra, ¿cómo lo decide?", "When they buy from you, how do they decide?"),
        Text::new(
            "A quien compra por impulso hay que guiarle; a quien compra por necesidad, estar ahí cuando surge; a quien repite por costumbre, no fallarle nunca.",
            "Impulse buyers need guiding; need-driven buyers need you there when the need arises; creatures of habit need you never to let them down.",
        ),
        &[
            opt("ext.decision.impulse", "En el momento: algo le llama la atención y lo compra", "On the spot: something catches their eye and they buy it", 0).typed(&[(Impulsive, 3)]),
            opt("ext.decision.mixed", "Unas veces lo planea y otras se deja llevar", "Sometimes planned, sometimes on a whim", 0).typed(&[(Impulsive, 1)]),
            opt("ext.decision.need", "Solo cuando le surge una necesidad concreta o se le acaba algo", "Only when a specific need comes up or something runs out", 0).typed(&[(NeedBased, 3)]),
            opt("ext.decision.habit", "Por costumbre: vuelve a ti sin comparar", "Out of habit: they come back to you without shopping around", 0).typed(&[(Loyal, 2)]),
        ],
    ).inspired_by("Rook & Fisher 1995 (Buying Impulsiveness Scale)"),
    Question::new(
        "ext.range",
        Section::External,
        Text::new("Productos que usa", "Products they use"),
        Text::new("¿Cuántos de tus productos o servicios usa?", "How many of your products or services do they use?"),
        Text::new(
            "Quien usa varias cosas tuyas confía en ti más allá de una compra concreta.",
            "Someone who uses several of your things trusts you beyond a single purchase.",
        ),
        &[
            opt("ext.range.one", "Uno solo", "Just one", 0),
            opt("ext.range.some", "Dos o tres", "Two or three", 0).typed(&[(Loyal, 1)]),
            opt("ext.range.many", "Muchos, casi todo lo que ofreces", "Many, most of what you offer", 0).typed(&[(Loyal, 2)]),
        ],
    ).extra(),
    // ----- Internal types ---------------------------------------------------------------
    Question::new(
        "int.customers",
        Section::Internal,
        Text::new("Trato con tus clientes", "Contact with your customers"),
        Text::new("¿Cuánto trata directamente con tus clientes?", "How much do they deal directly with your customers?"),
        Text::new(
            "Quien está cerca de tus clientes sabe lo que quieren antes que nadie; quien nunca los ve depende de que alguien se lo cuente.",
            "Those close to your customers know what they want before anyone else; those who never see them rely on someone telling them.",
        ),
        &[
            opt("int.customers.never", "Nunca: no llega a verlos", "Never: they don't get to see them", 0).typed(&[(Operative, 1)]),
            opt("int.customers.sometimes", "A veces, de forma indirecta", "Sometimes, indirectly", 0).typed(&[(Commercial, 1)]),
            opt("int.customers.often", "A menudo", "Often", 0).typed(&[(Executive, 2)]),
            opt("int.customers.core", "Es el centro de su trabajo", "It's the heart of their job", 0).typed(&[(Executive, 3)]),
        ],
    ),
    Question::new(
        "int.departments",
        Section::Internal,
        Text::new("Áreas con las que trata", "Areas they deal with"),
        Text::new(
            "¿Con cuántas áreas o departamentos de tu negocio trata?",
            "How many areas or departments of your business do they deal with?",
        ),
        Text::new(
            "Quien se mueve entre varias áreas ve el negocio entero y entiende bien lo que necesita el cliente.",
            "Someone who moves between several areas sees the whole business and understands what customers need.",
        ),
        &[
            opt("int.departments.one", "Solo con una", "Just one", 0).typed(&[(Operative, 1)]),
            opt("int.departments.few", "Con dos o tres", "Two or three", 0).typed(&[(Commercial, 1)]),
            opt("int.departments.most", "Con casi todas", "Nearly all of them", 0).typed(&[(Commercial, 2)]),
        ],
    ),
    Question::new(
        "int.specs",
        Section::Internal,
        Text::new("Quién marca su trabajo", "Who sets their work"),
        Text::new("¿Quién decide cómo tiene que hacer su trabajo?", "Who decides how their work should be done?"),
        Text::new(
            "Unos hacen el producto con las pautas que reciben; otros marcan esas pautas a partir de lo que piden los clientes.",
            "Some make the product to the specs they're handed; others set those specs from what customers ask for.",
        ),
        &[
            opt("int.specs.given", "Sigue pautas que le marcan otros", "They follow specs set by others", 0).typed(&[(Operative, 3)]),
            opt("int.specs.adapts", "Recibe pautas y las adapta", "They get specs and adapt them", 0).typed(&[(Operative, 1)]),
            opt("int.specs.sets", "Marca las pautas para los demás", "They set the specs for others", 0).typed(&[(Executive, 1), (Commercial, 1)]),
        ],
    ).extra(),
    // ----- Health -----------------------------------------------------------------------
    Question::new(
        "recommend",
        Section::Health,
        Text::new("Te recomendaría", "Would recommend you"),
        Text::new(
            "Del 0 (nada probable) al 10 (seguro que sí), ¿cuánto crees que te recomendaría, ya sea para comprarte, trabajar contigo o trabajar para ti?",
            "From 0 (not at all likely) to 10 (certain), how likely are they to recommend you to others, as someone to buy from, work with or work for?",
        ),
        Text::new(
            "Es la pregunta del Net Promoter Score y de su versión para equipos, el eNPS. Basta con tu mejor estimación: un 9 o un 10 te recomienda; de 0 a 6, probablemente hable mal de ti.",
            "This is the Net Promoter Score question, and its staff version, eNPS. Your best guess will do: a 9 or 10 would recommend you; 0 to 6 will probably speak badly of you.",
        ),
        &[
            opt("recommend.0", "0", "0", 0),
            opt("recommend.1", "1", "1", 10),
            opt("recommend.2", "2", "2", 20),
            opt("recommend.3", "3", "3", 30),
            opt("recommend.4", "4", "4", 40),
            opt("recommend.5", "5", "5", 50),
            opt("recommend.6", "6", "6", 60),
            opt("recommend.7", "7", "7", 70),
            opt("recommend.8", "8", "8", 80),
            opt("recommend.9", "9", "9", 90),
            opt("recommend.10", "10", "10", 100),
        ],
    ).inspired_by("Reichheld 2003 (NPS; eNPS for staff)"),
    Question::new(
        "health.ext_word",
        Section::Health,
        Text::new("Lo que cuenta de ti", "What they say about you"),
        Text::new("¿Qué cuenta de ti a otras personas?", "What do they tell other people about you?"),
        Text::new(
            "Las malas experiencias corren de boca en boca y por internet más deprisa que las buenas; quien te defiende sin que se lo pidas es un cliente fiel.",
            "Bad experiences spread by word of mouth and online faster than good ones; someone who defends you unasked is a loyal customer.",
        ),
        &[
            opt("health.ext_word.complains", "Se queja o desaconseja comprarte", "They complain or warn people off", 0),
            opt("health.ext_word.nothing", "Nada, que tú sepas", "Nothing, as far as you know", 50).no_evidence(),
            opt("health.ext_word.good", "Cosas buenas, si le preguntan", "Good things, when asked", 75).typed(&[(Loyal, 1)]),
            opt("health.ext_word.champion", "Te recomienda sin que se lo pidan y te defiende", "They recommend you unprompted and stand up for you", 100).typed(&[(Loyal, 2)]),
        ],
    ).for_audience(Audience::Outside),
    Question::new(
        "health.ext_last",
        Section::Health,
        Text::new("Su última experiencia", "Their last experience"),
        Text::new(
            "¿Cómo le fue la última vez que trató con tu negocio?",
            "How did their last dealing with your business go?",
        ),
        Text::new(
            "Una mala experiencia que queda sin resolver pesa más que muchas buenas; conviene enterarse pronto.",
            "One bad experience left unresolved outweighs many good ones; it pays to find out early.",
        ),
        &[
            opt("health.ext_last.bad", "Mal: se quejó o quedó un problema sin resolver", "Badly: they complained or a problem was left open", 0),
            opt("health.ext_last.bumpy", "Con algún problema, pero se resolvió", "Some trouble, but it got sorted out", 40),
            opt("health.ext_last.fine", "Bien, lo esperado", "Fine, as expected", 75),
            opt("health.ext_last.great", "Muy bien: le encantó", "Very well: they loved it", 100),
        ],
    ).for_audience(Audience::Outside).extra().inspired_by("Parasuraman, Zeithaml & Berry 1988 (SERVQUAL)"),
    Question::new(
        "health.int_clarity",
        Section::Health,
        Text::new("Sabe qué se espera", "Knows what's expected"),
        Text::new(
            "¿Sabe con claridad qué se espera de su trabajo?",
            "Do they know clearly what's expected of them?",
        ),
        Text::new(
            "Saber qué se espera de uno es la base del compromiso; sin eso, hasta la gente con más ganas se desgasta.",
            "Knowing what's expected is the footing of engagement; without it, even the keenest people wear out.",
        ),
        &[
            opt("health.int_clarity.no", "No: nadie se lo ha explicado o cambia cada dos por tres", "No: nobody told them, or it keeps changing", 0),
            opt("health.int_clarity.guess", "Más o menos: a menudo tiene que adivinarlo", "Roughly: they often have to guess", 40),
            opt("health.int_clarity.mostly", "Sí, con alguna laguna", "Yes, with a few gaps", 75),
            opt("health.int_clarity.clear", "Sí, con total claridad", "Yes, completely", 100),
        ],
    ).for_audience(Audience::Inside).inspired_by("Gallup Q12"),
    Question::new(
        "health.int_recognition",
        Section::Health,
        Text::new("Reconocimiento", "Recognition"),
        Text::new(
            "Cuando hace un buen trabajo, ¿alguien se lo reconoce?",
            "When they do good work, does anyone notice and tell them?",
        ),
        Text::new(
            "Sentir que su esfuerzo se ve mantiene la energía y las ganas de hacer algo más que lo justo.",
            "Feeling that their effort is seen keeps their energy up and their will to do more than the minimum.",
        ),
        &[
            opt("health.int_recognition.never", "Casi nunca", "Hardly ever", 0),
            opt("health.int_recognition.big_things", "Solo cuando es algo muy grande", "Only for something big", 40),
            opt("health.int_recognition.often", "A menudo", "Often", 75),
            opt("health.int_recognition.always", "Siempre: alguien lo nota y se lo dice", "Always: someone notices and says so", 100),
        ],
    ).for_audience(Audience::Inside).extra().inspired_by("Gallup Q12; Schaufeli et al. (UWES)"),
];

/// Every question ever published, retired ones included, in their frozen order.
pub fn all() -> &'static [Question] {
    QUESTIONS
}

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_and_health_options_are_shown_from_least_to_most() {
        for q in all()
            .iter()
            .filter(|q| matches!(q.section, Section::Position | Section::Health))
        {
            assert!(
                q.section != Section::Position || q.weight > 0,
                "{} needs a weight",
                q.id
            );
            let shown = q.shown();
            assert_eq!(shown.len(), q.options.len());
            for pair in shown.windows(2) {
                assert!(
                    pair[0].level <= pair[1].level,
                    "{} shown out of order",
                    q.id
                );
            }
        }
        // Options added later go at the end of the list but are shown in their place.
        let pays: Vec<&str> = question("pays")
            .unwrap()
            .shown()
            .iter()
            .map(|o| o.id)
            .collect();
        assert_eq!(
            pays,
            [
                "pays.they_pay",
                "pays.both",
                "pays.through",
                "pays.we_pay",
                "pays.profit_share"
            ]
        );
    }

    #[test]
    fn option_ids_are_prefixed_by_their_question() {
        for q in all() {
            for o in q.options {
                assert!(o.id.starts_with(&format!("{}.", q.id)), "{}", o.id);
                assert_ne!(o.id, DONT_KNOW);
            }
        }
    }
}
