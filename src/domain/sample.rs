//! Deterministic sample maps of any size, for size budgets, benchmarks, fuzzing and demos.
//! Answers follow `questionnaire::path`, so samples stay valid as the questionnaire evolves.

use crate::domain::plan::{PlanItem, Status};
use crate::domain::questionnaire::{self, Answers, DONT_KNOW};
use crate::domain::suggestions;
use crate::domain::workspace::{Map, Stakeholder};

/// xorshift64*: tiny, seedable and the same on every platform. Not for anything secret.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // One splitmix64 step spreads neighbouring seeds apart; a zero state would stay zero.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Rng(if z == 0 { 0x9E37_79B9_7F4A_7C15 } else { z })
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`, or 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

const FIRST_NAMES: &[&str] = &[
    "Ana",
    "Carlos",
    "María",
    "José",
    "Lucía",
    "Javier",
    "Sofía",
    "Miguel",
    "Valentina",
    "Andrés",
    "Camila",
    "Diego",
    "Isabel",
    "Raúl",
    "Elena",
    "Tomás",
    "Paula",
    "Jorge",
    "Marta",
    "Íñigo",
    "Emma",
    "James",
    "Olivia",
    "Liam",
    "Grace",
    "Noah",
    "Chloe",
    "Ethan",
    "Hannah",
    "Oliver",
];

const LAST_NAMES: &[&str] = &[
    "García",
    "Martínez",
    "López",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Fernández",
    "Díaz",
    "Ruiz",
    "Hernández",
    "Jiménez",
    "Moreno",
    "Muñoz",
    "Álvarez",
    "Romero",
    "Navarro",
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Wilson",
    "Evans",
    "Walker",
    "Clarke",
];

/// Roles with how far inside the business they usually sit (0 outside … 100 inside), so
/// sample answers lean the way a real manager's would.
const ROLES: &[(&str, u64)] = &[
    ("Cajera", 85),
    ("Supervisor", 95),
    ("Proveedor de pan", 60),
    ("Cliente habitual", 15),
    ("Cliente ocasional", 10),
    ("Turista", 5),
    ("Cocinero", 90),
    ("Repartidor", 55),
    ("Socia", 80),
    ("Redactora freelance del blog", 60),
    ("Cliente misterioso", 60),
    ("Empleado que también compra", 70),
    ("Store manager", 95),
    ("Regular customer", 15),
    ("Distributor", 50),
    ("Weekend shopper", 10),
];

const NOTES: &[&str] = &[
    "Viene los sábados por la mañana.",
    "Pidió factura electrónica.",
    "Lleva tres años con nosotros.",
    "Prefers email over phone calls.",
    "Se queja de la espera en caja.",
    "Trae ideas para el menú.",
];

const PLAN_TITLES: &[&str] = &[
    "Encuesta breve después de cada compra",
    "Reunión mensual con el equipo de caja",
    "Send suppliers the customers' feedback",
    "Programa de clientes frecuentes",
    "Clear checklist for the kitchen shift",
    "Reconocer en público el buen trabajo",
];

const OWNERS: &[&str] = &["Ana", "Carlos", "Grace", "Equipo de tienda", ""];

/// A map of `n` stakeholders, each with every question on its path answered, and a few plan
/// items. The same `n` and `seed` always give the same map.
pub fn generate_map(n: usize, seed: u64) -> Map {
    let mut rng = Rng::new(seed);
    let mut map = Map::new(format!("sample-{seed}"), format!("Ejemplo · Example ({n})"));
    for i in 0..n {
        let first = rng.pick(FIRST_NAMES).copied().unwrap_or_default();
        let last = rng.pick(LAST_NAMES).copied().unwrap_or_default();
        let (role, inside) = rng.pick(ROLES).copied().unwrap_or_default();
        let notes = if rng.chance(30) {
            rng.pick(NOTES).copied().unwrap_or_default()
        } else {
            ""
        };
        map.stakeholders.push(Stakeholder {
            id: id_at(i),
            name: format!("{first} {last}"),
            role: role.to_string(),
            notes: notes.to_string(),
            answers: answer_all(&mut rng, inside),
        });
    }

    let levers = suggestions::levers();
    let plan_len = (n / 10).clamp(usize::from(n > 0), 8);
    for i in 0..plan_len {
        let served = (0..1 + rng.below(3))
            .filter_map(|_| rng.pick(&map.stakeholders).map(|s| s.id))
            .collect::<std::collections::BTreeSet<_>>();
        map.plan.push(PlanItem {
            id: id_at(n + i),
            title: rng
                .pick(PLAN_TITLES)
                .copied()
                .unwrap_or_default()
                .to_string(),
            lever: rng.pick(levers).map(|l| l.id.to_string()),
            stakeholders: served.into_iter().collect(),
            owner: rng.pick(OWNERS).copied().unwrap_or_default().to_string(),
            due: format!("2026-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
            status: rng.pick(&Status::ALL).copied().unwrap_or_default(),
            priority: (rng.below(101)) as u8,
        });
    }
    map.next_id = id_at(n + plan_len);
    map
}

fn id_at(index: usize) -> u32 {
    u32::try_from(index).map_or(u32::MAX, |i| i.saturating_add(1))
}

/// Answers the first unanswered question on the path until none is left. Options are shown
/// from least to most involved, so `inside` (0–100) steers the pick; one answer in twenty is
/// "don't know".
fn answer_all(rng: &mut Rng, inside: u64) -> Answers {
    let mut answers = Answers::new();
    // Each round answers a new question, so the questionnaire's length bounds the walk.
    for _ in 0..=questionnaire::all().len() {
        let path = questionnaire::path(&answers);
        let Some(question) = path.iter().find(|q| !answers.contains_key(q.id)) else {
            break;
        };
        let shown = question.shown();
        let count = shown.len();
        let option = if count == 0 || rng.chance(5) {
            DONT_KNOW
        } else {
            let target = (inside as usize * (count - 1) + 50) / 100;
            let jitter = rng.below(3) as isize - 1;
            let index = (target as isize + jitter).clamp(0, count as isize - 1) as usize;
            shown.get(index).map_or(DONT_KNOW, |o| o.id)
        };
        answers.insert(question.id.to_string(), option.to_string());
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::repair_map;
    use crate::domain::placement::place;

    #[test]
    fn the_same_seed_gives_the_same_map() {
        assert_eq!(generate_map(30, 7), generate_map(30, 7));
        assert_ne!(generate_map(30, 7), generate_map(30, 8));
        assert_ne!(generate_map(30, 2), generate_map(30, 3));
    }

    #[test]
    fn every_stakeholder_completes_the_questionnaire() {
        let map = generate_map(200, 1);
        assert_eq!(map.stakeholders.len(), 200);
        for s in &map.stakeholders {
            let p = place(&s.answers).expect("placed");
            assert!(p.complete, "{}: {:?}", s.name, s.answers);
        }
    }

    #[test]
    fn samples_are_valid_maps() {
        for n in [0, 1, 9, 120] {
            let mut map = generate_map(n, 3);
            assert!(!repair_map(&mut map), "n={n} needed a repair");
            assert_eq!(map.plan.is_empty(), n == 0);
            for item in &map.plan {
                assert!(item
                    .stakeholders
                    .iter()
                    .all(|id| map.stakeholder(*id).is_some()));
            }
        }
    }

    #[test]
    fn answers_lean_with_the_role() {
        let map = generate_map(300, 5);
        let mean_axis = |inside: bool| {
            let axes: Vec<u32> = map
                .stakeholders
                .iter()
                .filter(|s| {
                    ROLES
                        .iter()
                        .any(|(r, i)| *r == s.role && (*i >= 80) == inside)
                })
                .filter_map(|s| place(&s.answers).map(|p| u32::from(p.axis)))
                .collect();
            axes.iter().sum::<u32>() / axes.len().max(1) as u32
        };
        assert!(mean_axis(true) > mean_axis(false) + 20);
    }

    #[test]
    fn rng_ranges_hold() {
        let mut rng = Rng::new(0);
        assert_eq!(rng.below(0), 0);
        assert!((0..1000).all(|_| rng.below(7) < 7));
        assert_eq!(rng.pick::<u8>(&[]), None);
    }
}
