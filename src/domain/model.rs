//! The words the questionnaire, placement and every view share: the side of the axis someone
//! is on, the customer types, health bands, and the thresholds that divide the axis and the
//! health scores. Both the questionnaire (which branches on the side) and placement (which
//! gives it) read these, so they live apart from either.
//!
//! # Side
//! `axis <= EXTERNAL_MAX` external, `axis >= INTERNAL_MIN` internal, in between middle.
//!
//! # Health bands
//! `score >= THRIVING_MIN` thriving, `score <= AT_RISK_MAX` at risk, else fine (so on the
//! recommend question alone 9–10 thrive, 7–8 are fine and 0–6 are at risk, as NPS groups them).

use super::text::Text;

/// Axis values up to this one are on the external side.
pub const EXTERNAL_MAX: u8 = 35;
/// Axis values from this one up are on the internal side.
pub const INTERNAL_MIN: u8 = 65;
/// Health scores from this one up are thriving.
pub const THRIVING_MIN: u8 = 85;
/// Health scores up to this one are at risk.
pub const AT_RISK_MAX: u8 = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    External,
    Middle,
    Internal,
}

impl Side {
    pub const ALL: [Side; 3] = [Side::External, Side::Middle, Side::Internal];

    pub fn from_axis(axis: u8) -> Side {
        if axis <= EXTERNAL_MAX {
            Side::External
        } else if axis >= INTERNAL_MIN {
            Side::Internal
        } else {
            Side::Middle
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Side::External => "external",
            Side::Middle => "middle",
            Side::Internal => "internal",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Side::External => Text::new("Cliente externo", "External customer"),
            Side::Middle => Text::new("A medio camino", "In between"),
            Side::Internal => Text::new("Cliente interno", "Internal customer"),
        }
    }

    pub fn description(self) -> Text {
        match self {
            Side::External => Text::new(
                "Gente que te compra: te ve sobre todo como quien le vende algo.",
                "People who buy from you: they mostly see you as someone who sells them something.",
            ),
            Side::Middle => Text::new(
                "Gente con un pie dentro y otro fuera, como quien trabaja contigo y además te compra.",
                "People with a foot on each side, like someone who works with you and also buys from you.",
            ),
            Side::Internal => Text::new(
                "Gente de dentro de tu negocio: lo hace funcionar y vive de él o con él.",
                "People inside your business: they keep it running and make their living from it or with it.",
            ),
        }
    }
}

/// How someone is tied to the business, beyond where they sit on the axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Role {
    #[default]
    Single,
    /// Two roles at once: works with the business and also buys from it (a cashier who
    /// shops there, a partner who is also a client). Both are real and both are shown.
    TwoRoles,
    /// Works for the business through another firm (an agency, a platform, a supplier):
    /// the business pays that firm, not them. Never further in than the middle band.
    ThroughAnotherFirm,
}

impl Role {
    /// The flag shown beside a placement on `side`, if any.
    pub fn flag(self, side: Side) -> Option<Text> {
        match (self, side) {
            (Role::Single, _) => None,
            (Role::TwoRoles, Side::External) => {
                Some(Text::new("También trabaja contigo", "Also works with you"))
            }
            (Role::TwoRoles, _) => Some(Text::new("También te compra", "Also buys from you")),
            (Role::ThroughAnotherFirm, _) => Some(Text::new(
                "Trabaja para ti a través de otra empresa",
                "Works for you through another firm",
            )),
        }
    }

    /// What the flag means for the placement, in a sentence; `None` for a single role.
    pub fn explanation(self) -> Option<Text> {
        match self {
            Role::Single => None,
            Role::TwoRoles => Some(Text::new(
                "Trabaja contigo y además te compra. Los dos papeles son reales, así que tiene un tipo de cada lado.",
                "They work with you and also buy from you. Both roles are real, so they get a type from each side.",
            )),
            Role::ThroughAnotherFirm => Some(Text::new(
                "Le pagas a la empresa o plataforma para la que trabaja, no a esta persona, así que no pasa de la zona de en medio.",
                "You pay the firm or platform they work for, not them, so they stay in the middle band at most.",
            )),
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Role::Single => "single",
            Role::TwoRoles => "two-roles",
            Role::ThroughAnotherFirm => "through-firm",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CustomerType {
    Loyal,
    Impulsive,
    NeedBased,
    Executive,
    Commercial,
    Operative,
}

impl CustomerType {
    pub const ALL: [CustomerType; 6] = [
        CustomerType::Loyal,
        CustomerType::Impulsive,
        CustomerType::NeedBased,
        CustomerType::Executive,
        CustomerType::Commercial,
        CustomerType::Operative,
    ];

    pub fn id(self) -> &'static str {
        match self {
            CustomerType::Loyal => "loyal",
            CustomerType::Impulsive => "impulsive",
            CustomerType::NeedBased => "need_based",
            CustomerType::Executive => "executive",
            CustomerType::Commercial => "commercial",
            CustomerType::Operative => "operative",
        }
    }

    pub fn from_id(id: &str) -> Option<CustomerType> {
        CustomerType::ALL.into_iter().find(|t| t.id() == id)
    }

    pub fn label(self) -> Text {
        match self {
            CustomerType::Loyal => Text::new("Fiel", "Loyal"),
            CustomerType::Impulsive => Text::new("Impulsivo", "Impulsive"),
            CustomerType::NeedBased => Text::new("Por necesidad", "Need-based"),
            // The sources' "ejecutivo" is the front line, not management: the English label
            // says so, and both explanations too.
            CustomerType::Executive => Text::new("Ejecutivo (primera línea)", "Front-line"),
            CustomerType::Commercial => Text::new("Comercial (enlace entre áreas)", "Connector"),
            CustomerType::Operative => Text::new("Operativo", "Maker"),
        }
    }

    pub fn description(self) -> Text {
        match self {
            CustomerType::Loyal => Text::new(
                "Vuelve una y otra vez, usa varias cosas tuyas y te defiende delante de otros.",
                "Comes back again and again, uses several of your things and stands up for you.",
            ),
            CustomerType::Impulsive => Text::new(
                "Compra llevado por el momento, así que necesita que lo orientes en cada paso.",
                "Buys on the spur of the moment, so needs a guiding hand at every step.",
            ),
            CustomerType::NeedBased => Text::new(
                "Solo compra cuando algo concreto se lo pide: una ocasión puntual o algo que se le acaba.",
                "Only buys when something specific calls for it: a one-off occasion or something running out.",
            ),
            CustomerType::Executive => Text::new(
                "Trabaja de cara a tus clientes y sabe en cada momento qué quieren (no es un puesto directivo).",
                "Works face to face with your customers and knows what they want at any moment (not a manager: the sources call them \"executive\").",
            ),
            CustomerType::Commercial => Text::new(
                "Trata con tus distintas áreas, así que ve con claridad qué necesita el cliente (no tiene por qué vender).",
                "Works across your departments, so sees clearly what customers need (the sources' \"commercial\"; they needn't sell).",
            ),
            CustomerType::Operative => Text::new(
                "Hace el producto o el servicio según las pautas que marcan otros.",
                "Makes the product or service to the specs that others set (the sources' \"operative\").",
            ),
        }
    }

    pub fn is_internal(self) -> bool {
        matches!(
            self,
            CustomerType::Executive | CustomerType::Commercial | CustomerType::Operative
        )
    }

    /// Position in [`CustomerType::ALL`], for tallies kept in arrays.
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Thriving,
    Fine,
    AtRisk,
}

impl Band {
    pub const ALL: [Band; 3] = [Band::Thriving, Band::Fine, Band::AtRisk];

    pub fn from_score(score: u8) -> Band {
        if score >= THRIVING_MIN {
            Band::Thriving
        } else if score <= AT_RISK_MAX {
            Band::AtRisk
        } else {
            Band::Fine
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Band::Thriving => "thriving",
            Band::Fine => "fine",
            Band::AtRisk => "at_risk",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Band::Thriving => Text::new("Muy bien", "Thriving"),
            Band::Fine => Text::new("Bien, sin más", "Fine"),
            Band::AtRisk => Text::new("En riesgo", "At risk"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Health {
    pub score: u8,
    pub band: Band,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_split_the_sides() {
        assert_eq!(Side::from_axis(EXTERNAL_MAX), Side::External);
        assert_eq!(Side::from_axis(EXTERNAL_MAX + 1), Side::Middle);
        assert_eq!(Side::from_axis(INTERNAL_MIN - 1), Side::Middle);
        assert_eq!(Side::from_axis(INTERNAL_MIN), Side::Internal);
        assert_eq!(Band::from_score(THRIVING_MIN), Band::Thriving);
        assert_eq!(Band::from_score(AT_RISK_MAX), Band::AtRisk);
        assert_eq!(Band::from_score(AT_RISK_MAX + 1), Band::Fine);
    }

    #[test]
    fn type_ids_round_trip() {
        for t in CustomerType::ALL {
            assert_eq!(CustomerType::from_id(t.id()), Some(t));
        }
    }
}
