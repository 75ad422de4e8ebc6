//! Map summary: counts per side and type, how many inside and outside are at risk and their
//! average health, who is tied to the business in two ways, and the internal → external chain
//! insight (when people inside are worse off, customers feel it next).
//!
//! "Inside" means every placed stakeholder with `axis >= INSIDE_FROM` (50): the internal side
//! plus the half of the middle that leans inward; everyone else is "outside". So a middle
//! stakeholder always counts on exactly one side, the one the questionnaire also treats them by.
//!
//! Health follows the placement's rule everywhere: only a stakeholder with a health band
//! (enough answers with real evidence, see [`super::placement`]) counts in an average or as
//! at risk; the others count as people on their side, with too few answers to tell.

use super::model::{Band, CustomerType, Role, Side, AT_RISK_MAX};
use super::placement::Placement;
use super::text::Text;

/// Axis from which a stakeholder counts as inside for health averages.
pub const INSIDE_FROM: u8 = 50;
/// Health difference (points) from which one side is said to lag behind the other.
pub const CHAIN_GAP: u8 = 10;

#[derive(Clone, Debug, PartialEq)]
pub enum Chain {
    /// No health answers inside, outside, or either.
    NotEnoughData,
    /// People inside are worse off than customers by `gap` points.
    InsideLags { gap: u8 },
    /// Within `CHAIN_GAP` of each other, and at least one side doing fine or better.
    Balanced,
    /// Within `CHAIN_GAP` of each other, and both at risk: "in step", but struggling.
    BothStruggle,
    /// Customers are worse off than people inside by `gap` points.
    OutsideLags { gap: u8 },
}

impl Chain {
    pub fn from_health(inside: Option<u8>, outside: Option<u8>) -> Chain {
        let (Some(inside), Some(outside)) = (inside, outside) else {
            return Chain::NotEnoughData;
        };
        if outside >= inside.saturating_add(CHAIN_GAP) {
            Chain::InsideLags {
                gap: outside - inside,
            }
        } else if inside >= outside.saturating_add(CHAIN_GAP) {
            Chain::OutsideLags {
                gap: inside - outside,
            }
        } else if inside <= AT_RISK_MAX && outside <= AT_RISK_MAX {
            Chain::BothStruggle
        } else {
            Chain::Balanced
        }
    }

    /// Plain-words insight, without numbers (the UI shows them).
    pub fn message(&self) -> Text {
        match self {
            Chain::NotEnoughData => Text::new(
                "Para ver cómo lo que vive tu gente se traslada a tus clientes, contesta las preguntas de «Cómo le va» de al menos una persona de dentro y una de las que te compran, con lo que sepas de verdad.",
                "To see how what your people live carries over to your customers, answer the \"How it's going\" questions for at least one person inside your business and one who buys from you, with what you really know.",
            ),
            Chain::InsideLags { .. } => Text::new(
                "A la gente de dentro le va peor que a tus clientes. Eso suele notarse fuera más adelante: lo que vive hoy tu equipo es lo que reciben mañana tus clientes.",
                "People inside your business are having a worse time than your customers. That usually shows up outside later: what your team lives today is what your customers get tomorrow.",
            ),
            Chain::Balanced => Text::new(
                "Dentro y fuera van a la par. Sigue cuidando a tu gente: lo que vive por dentro es lo que tus clientes acaban notando.",
                "Inside and outside are in step. Keep looking after your people: what they live inside is what your customers end up feeling.",
            ),
            Chain::BothStruggle => Text::new(
                "A tu gente y a tus clientes les va mal por igual. Una cosa arrastra a la otra: un equipo quemado atiende peor, y los clientes descontentos desgastan al equipo.",
                "Your people and your customers are both having a hard time. Each drags the other down: a worn-out team serves worse, and unhappy customers wear the team out.",
            ),
            Chain::OutsideLags { .. } => Text::new(
                "Tu equipo está mejor que tus clientes, así que algo se pierde por el camino. Revisa procesos, herramientas y traspasos entre áreas para que lo bueno de dentro llegue fuera.",
                "Your team is doing better than your customers, so something gets lost on the way. Check processes, tools and handovers between departments so the good inside reaches the outside.",
            ),
        }
    }

    pub fn first_step(&self) -> Option<Text> {
        Some(match self {
            Chain::NotEnoughData => Text::new(
                "Elige a una persona de tu equipo y a un cliente a quienes conozcas bien, y contesta al menos dos de sus preguntas de «Cómo le va». Cualquiera vale; la de recomendar es rápida para empezar.",
                "Pick one person on your team and one customer you know well, and answer at least two of their \"How it's going\" questions. Any will do; the recommend question is a quick one to start with.",
            ),
            Chain::InsideLags { .. } => Text::new(
                "Habla a solas con la persona de dentro a la que peor le va y arregla esta semana una cosa que te pida.",
                "Talk one-to-one with the insider who is worst off, and fix one thing they ask for this week.",
            ),
            Chain::Balanced => Text::new(
                "Elige a la persona a la que peor le va, esté dentro o fuera, y empieza por ella.",
                "Pick the person who is worst off, inside or out, and start there.",
            ),
            Chain::BothStruggle => Text::new(
                "Empieza por dentro: pregunta a tu equipo qué les impide atender bien y quita un obstáculo esta semana.",
                "Start inside: ask your team what keeps them from serving well, and remove one obstacle this week.",
            ),
            Chain::OutsideLags { .. } => Text::new(
                "Pregunta a los clientes a los que peor les va dónde se torció la cosa, y sigue ese paso hacia dentro.",
                "Ask the customers who are worst off where things went wrong, and trace that step back inside.",
            ),
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapSummary {
    /// Stakeholders on the map, placed or not.
    pub total: usize,
    pub placed: usize,
    /// All three sides, in [`Side::ALL`] order.
    pub per_side: Vec<(Side, usize)>,
    /// All six types, in [`CustomerType::ALL`] order. A stakeholder counts once for each type
    /// it carries, so the sum can exceed `placed` (middle) or fall short of it (no type yet).
    pub per_type: Vec<(CustomerType, usize)>,
    /// Mean health of placed stakeholders with `axis >= INSIDE_FROM` that have health.
    pub health_inside: Option<u8>,
    /// Mean health of the other placed stakeholders that have health.
    pub health_outside: Option<u8>,
    /// Who is inside (`axis >= INSIDE_FROM`), how many of them have health, how many are at risk.
    pub inside: SideHealth,
    /// The same for everyone else placed.
    pub outside: SideHealth,
    /// Placed stakeholders with two roles (they work with the business and buy from it).
    pub two_roles: usize,
    /// Placed stakeholders who work for the business through another firm.
    pub through_firm: usize,
    pub chain: Chain,
}

/// The people placed on one half of the map, as far as health goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SideHealth {
    /// Placed on this half.
    pub people: usize,
    /// With a health band (the ones the average is of).
    pub rated: usize,
    /// With the at-risk band.
    pub at_risk: usize,
}

impl SideHealth {
    fn add(&mut self, band: Option<Band>) {
        self.people += 1;
        if let Some(b) = band {
            self.rated += 1;
            self.at_risk += usize::from(b == Band::AtRisk);
        }
    }
}

/// Summarises the placements of a map's placed stakeholders; `total` counts all of them.
pub fn summarize<'a>(
    total: usize,
    placements: impl IntoIterator<Item = &'a Placement>,
) -> MapSummary {
    let mut placed = 0;
    let mut sides = [0usize; 3];
    let mut types = [0usize; 6];
    let mut inside = Mean::default();
    let mut outside = Mean::default();
    let (mut inside_counts, mut outside_counts) = (SideHealth::default(), SideHealth::default());
    let (mut two_roles, mut through_firm) = (0, 0);
    for p in placements {
        placed += 1;
        match p.role {
            Role::Single => {}
            Role::TwoRoles => two_roles += 1,
            Role::ThroughAnotherFirm => through_firm += 1,
        }
        let band = p.health.map(|h| h.band);
        if p.axis >= INSIDE_FROM {
            inside_counts.add(band);
        } else {
            outside_counts.add(band);
        }
        sides[Side::ALL.iter().position(|s| *s == p.side).unwrap_or(0)] += 1;
        for t in &p.types {
            types[CustomerType::ALL.iter().position(|x| x == t).unwrap_or(0)] += 1;
        }
        if let Some(h) = p.health {
            if p.axis >= INSIDE_FROM {
                inside.add(h.score);
            } else {
                outside.add(h.score);
            }
        }
    }
    let health_inside = inside.get();
    let health_outside = outside.get();
    MapSummary {
        // Keeps `placed <= total` even if a caller miscounts.
        total: total.max(placed),
        placed,
        per_side: Side::ALL.into_iter().zip(sides).collect(),
        per_type: CustomerType::ALL.into_iter().zip(types).collect(),
        health_inside,
        health_outside,
        inside: inside_counts,
        outside: outside_counts,
        two_roles,
        through_firm,
        chain: Chain::from_health(health_inside, health_outside),
    }
}

#[derive(Default)]
struct Mean {
    sum: u64,
    count: u64,
}

impl Mean {
    fn add(&mut self, v: u8) {
        self.sum += u64::from(v);
        self.count += 1;
    }

    fn get(&self) -> Option<u8> {
        (self.count > 0).then(|| ((2 * self.sum + self.count) / (2 * self.count)).min(100) as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Band, Health};

    fn placed(axis: u8, types: &[CustomerType], health: Option<u8>) -> Placement {
        Placement {
            axis,
            side: Side::from_axis(axis),
            role: Role::Single,
            types: types.to_vec(),
            confidence: 100,
            coverage: 100,
            contradictions: Vec::new(),
            reasons: Vec::new(),
            health_answers: 2,
            health: health.map(|score| Health {
                score,
                band: Band::from_score(score),
            }),
            complete: true,
        }
    }

    #[test]
    fn empty_map_has_no_data() {
        let s = summarize(3, []);
        assert_eq!(s.total, 3);
        assert_eq!(s.placed, 0);
        assert_eq!(s.per_side.len(), 3);
        assert_eq!(s.per_type.len(), 6);
        assert!(s.per_side.iter().all(|(_, n)| *n == 0));
        assert_eq!(s.chain, Chain::NotEnoughData);
    }

    #[test]
    fn counts_sides_types_and_health_by_half() {
        let ps = [
            placed(90, &[CustomerType::Executive], Some(40)),
            placed(
                55,
                &[CustomerType::Loyal, CustomerType::Operative],
                Some(60),
            ),
            placed(45, &[], None),
            placed(10, &[CustomerType::Loyal], Some(90)),
        ];
        let s = summarize(5, &ps);
        assert_eq!(s.total, 5);
        assert_eq!(s.placed, 4);
        assert_eq!(
            s.per_side,
            [(Side::External, 1), (Side::Middle, 2), (Side::Internal, 1)]
        );
        assert_eq!(s.per_type[0], (CustomerType::Loyal, 2));
        assert_eq!(s.per_type[5], (CustomerType::Operative, 1));
        assert_eq!(s.health_inside, Some(50));
        assert_eq!(s.health_outside, Some(90));
        assert_eq!(s.chain, Chain::InsideLags { gap: 40 });
        // 90 and 55 inside, both rated and at risk (40 and 60); 45 and 10 outside, one unrated.
        assert_eq!(
            s.inside,
            SideHealth {
                people: 2,
                rated: 2,
                at_risk: 2
            }
        );
        assert_eq!(
            s.outside,
            SideHealth {
                people: 2,
                rated: 1,
                at_risk: 0
            }
        );
    }

    #[test]
    fn a_fine_average_does_not_hide_who_is_at_risk() {
        // The case seen: eight outside, five of them at risk, and the average still "fine".
        let mut ps: Vec<Placement> = [30, 40, 50, 55, 60]
            .map(|h| placed(20, &[], Some(h)))
            .into_iter()
            .chain([100, 100, 100].map(|h| placed(20, &[], Some(h))))
            .collect();
        // Two more outside with too few health answers: people on the side, not in the average.
        ps.extend([placed(30, &[], None), placed(10, &[], None)]);
        let s = summarize(ps.len(), &ps);
        assert_eq!(s.health_outside, Some(67));
        assert_eq!(Band::from_score(67), Band::Fine);
        assert_eq!(
            s.outside,
            SideHealth {
                people: 10,
                rated: 8,
                at_risk: 5
            }
        );
        assert_eq!(s.inside, SideHealth::default());
        assert_eq!(s.health_inside, None);
    }

    #[test]
    fn counts_people_tied_in_two_ways() {
        let mut ps = [
            placed(70, &[], None),
            placed(50, &[], None),
            placed(45, &[], None),
            placed(10, &[], None),
        ];
        ps[0].role = Role::TwoRoles;
        ps[1].role = Role::ThroughAnotherFirm;
        ps[2].role = Role::ThroughAnotherFirm;
        let s = summarize(4, &ps);
        assert_eq!((s.two_roles, s.through_firm), (1, 2));
    }

    #[test]
    fn chain_thresholds() {
        assert_eq!(Chain::from_health(Some(70), None), Chain::NotEnoughData);
        assert_eq!(Chain::from_health(Some(70), Some(79)), Chain::Balanced);
        // Close together is not "in step" when both are at risk.
        assert_eq!(Chain::from_health(Some(40), Some(45)), Chain::BothStruggle);
        assert_eq!(
            Chain::from_health(Some(AT_RISK_MAX), Some(AT_RISK_MAX)),
            Chain::BothStruggle
        );
        assert_eq!(
            Chain::from_health(Some(AT_RISK_MAX + 1), Some(AT_RISK_MAX)),
            Chain::Balanced
        );
        assert_eq!(
            Chain::from_health(Some(70), Some(80)),
            Chain::InsideLags { gap: 10 }
        );
        assert_eq!(
            Chain::from_health(Some(80), Some(70)),
            Chain::OutsideLags { gap: 10 }
        );
        assert_eq!(
            Chain::from_health(Some(250), Some(0)),
            Chain::OutsideLags { gap: 250 }
        );
    }

    #[test]
    fn messages_carry_no_numbers_and_all_have_a_first_step() {
        // The first step with no data says "at least two" in words.
        assert_eq!(crate::domain::placement::MIN_HEALTH_ANSWERS, 2);
        assert!(Chain::NotEnoughData
            .first_step()
            .unwrap()
            .en
            .contains("at least two"));
        for c in [
            Chain::NotEnoughData,
            Chain::InsideLags { gap: 20 },
            Chain::Balanced,
            Chain::BothStruggle,
            Chain::OutsideLags { gap: 20 },
        ] {
            let m = c.message();
            for text in [m.es, m.en] {
                assert!(!text.is_empty() && !text.chars().any(|ch| ch.is_ascii_digit()));
            }
            let step = c.first_step().unwrap();
            assert!(!step.es.is_empty() && step.es != step.en);
        }
    }
}
