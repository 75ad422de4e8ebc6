//! The placed stakeholders as the map and the table show them, and the filters over them.

use leptos::prelude::*;

use crate::app::store::{Placements, Store};
use crate::domain::model::{Band, CustomerType, Health, Role, Side};
use crate::domain::order;
use crate::domain::placement::Placement;
use crate::domain::workspace::{Map, Stakeholder};
use crate::domain::Lang;
use crate::features::hearing::map_lines::{they_say, TheySay};
use crate::features::map::geometry::{
    angle_for, clearance, density, polar, position, radius_for, relax, zone_label_boxes, Orbiter,
    Sector, GLYPH_R, RELAX_MAX, RING, ZONE_FS, ZONE_FS_PHONE,
};
use crate::i18n::{fill, user, K};

/// One placed stakeholder as the map and the table show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub id: u32,
    pub name: String,
    pub role: String,
    pub axis: u8,
    pub side: Side,
    /// Two roles, or through another firm: flagged beside the side.
    pub tie: Role,
    pub types: Vec<CustomerType>,
    pub health: Option<Health>,
    /// Every question on the person's path is answered, so "no type" means "no clear type".
    pub complete: bool,
    pub x: f64,
    pub y: f64,
    /// Where they place themselves, when they replied (see `features::hearing`).
    pub they_say: Option<TheySay>,
}

impl Dot {
    pub fn new(id: u32, name: &str, role: &str, p: &Placement) -> Dot {
        let (x, y) = position(p.axis, Sector::of(&p.types, p.axis), id);
        Dot {
            id,
            name: name.to_string(),
            role: role.to_string(),
            axis: p.axis,
            side: p.side,
            tie: p.role,
            types: p.types.clone(),
            health: p.health,
            complete: p.complete,
            x,
            y,
            they_say: None,
        }
    }

    pub fn band(&self) -> Option<Band> {
        self.health.map(|h| h.band)
    }

    /// Clockwise from twelve o'clock, so Tab walks the map like a clock.
    fn clock_angle(&self) -> f64 {
        let a = self.y.atan2(self.x).to_degrees() + 90.0;
        if a < 0.0 {
            a + 360.0
        } else {
            a
        }
    }
}

/// What to say for a dot without a type: "no clear type" once all is answered, "no type yet" before.
pub fn no_type_key(d: &Dot) -> K {
    if d.complete {
        K::NoType
    } else {
        K::TypePending
    }
}

/// The type names of a dot, or "no type yet".
pub fn dot_types_text(d: &Dot, lang: Lang) -> String {
    if d.types.is_empty() {
        no_type_key(d).get(lang).to_string()
    } else {
        d.types
            .iter()
            .map(|t| t.label().get(lang))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// Health as words: "Thriving (90)", or "no data".
pub fn health_text(h: Option<Health>, lang: Lang) -> String {
    match h {
        Some(h) => format!("{} ({})", h.band.label().get(lang), h.score),
        None => K::HealthUnknownShort.get(lang).to_string(),
    }
}

/// The side in words, with the flag of two roles or another firm after it in brackets.
pub fn side_text(d: &Dot, lang: Lang) -> String {
    let side = d.side.label().get(lang);
    match d.tie.flag(d.side) {
        Some(flag) => format!("{side} ({})", flag.get(lang)),
        None => side.to_string(),
    }
}

/// The spoken description of a marker (an attribute: the name is isolated by marks).
pub fn marker_desc(d: &Dot, lang: Lang) -> String {
    fill(
        K::MarkerDesc.get(lang),
        &[
            ("name", &user(&d.name)),
            ("side", &side_text(d, lang)),
            ("type", &dot_types_text(d, lang)),
            ("axis", &d.axis.to_string()),
            ("health", &health_text(d.health, lang)),
        ],
    )
}

/// Keeps markers off the zone names and, on small maps, nudges close markers apart (see
/// [`relax`]); big maps keep the plain spread otherwise.
pub fn spread_out(dots: &mut [Dot], zoom: f64) {
    let scale = density(dots.len()).0 * zoom;
    // The at-risk ring reaches 1.3 times the health ring.
    let marker_r = GLYPH_R * RING * 1.3 * scale;
    let zone_fs = if zoom > 1.0 { ZONE_FS_PHONE } else { ZONE_FS };
    let boxes = zone_label_boxes(zone_fs);
    // The clearance depends only on the radius, so only on the axis: worked out once per axis
    // value (at most 101), not once per marker (it tries 181 angles).
    let mut clear_at: [Option<f64>; 256] = [None; 256];
    let mut items: Vec<Orbiter> = dots
        .iter()
        .map(|d| {
            let sector = Sector::of(&d.types, d.axis);
            let r = radius_for(d.axis);
            let clear = *clear_at[usize::from(d.axis)]
                .get_or_insert_with(|| clearance(r, marker_r, &boxes));
            Orbiter::new(sector, r, angle_for(sector, d.id), clear)
        })
        .collect();
    if dots.len() <= RELAX_MAX {
        relax(&mut items, 2.0 * GLYPH_R * RING * scale + 4.0);
    }
    for (d, o) in dots.iter_mut().zip(items) {
        (d.x, d.y) = polar(o.r, o.deg);
    }
}

/// Every placed stakeholder of the shown map, in clock order, and how many there are in all.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MapDots {
    pub dots: Vec<Dot>,
    pub total: usize,
}

/// Every stakeholder of a map with its placement, if placed (`ps` as [`Placements`] holds them).
pub fn with_placements<'a>(
    m: &'a Map,
    ps: &'a [(u32, Option<Placement>)],
) -> impl Iterator<Item = (&'a Stakeholder, Option<&'a Placement>)> + 'a {
    // Placements follow the map's order; an id mismatch would mean a stale read: no placement.
    m.stakeholders.iter().enumerate().map(move |(i, s)| {
        let p = ps.get(i).filter(|(id, _)| *id == s.id);
        (s, p.and_then(|(_, p)| p.as_ref()))
    })
}

/// The placed stakeholders of a map with their placements.
pub fn placed<'a>(
    m: &'a Map,
    ps: &'a [(u32, Option<Placement>)],
) -> impl Iterator<Item = (&'a Stakeholder, &'a Placement)> + 'a {
    with_placements(m, ps).filter_map(|(s, p)| Some((s, p?)))
}

/// Builds the map's dots from the placements (recomputed when answers or names change).
pub fn map_dots(store: Store, placements: Placements, zoom: Signal<f64>) -> Memo<MapDots> {
    Memo::new(move |_| {
        let zoom = zoom.get();
        placements.0.with(|ps| {
            store
                .with_map(|m| {
                    let mut dots: Vec<Dot> = placed(m, ps)
                        .map(|(s, p)| Dot {
                            they_say: they_say(m, s.id),
                            ..Dot::new(s.id, &s.name, &s.role, p)
                        })
                        .collect();
                    spread_out(&mut dots, zoom);
                    // Each angle worked out once, not once per comparison.
                    let mut by_angle: Vec<(f64, Dot)> =
                        dots.into_iter().map(|d| (d.clock_angle(), d)).collect();
                    order::sort_by(&mut by_angle, |(a, da), (b, db)| {
                        a.total_cmp(b).then(db.axis.cmp(&da.axis))
                    });
                    MapDots {
                        dots: by_angle.into_iter().map(|(_, d)| d).collect(),
                        total: m.stakeholders.len(),
                    }
                })
                .unwrap_or_default()
        })
    })
}

/// Which sides, types (plus "no type") and health bands (plus "no data") are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Filters {
    pub sides: [bool; 3],
    pub types: [bool; 7],
    pub bands: [bool; 4],
}

impl Default for Filters {
    fn default() -> Filters {
        Filters {
            sides: [true; 3],
            types: [true; 7],
            bands: [true; 4],
        }
    }
}

/// Index of a type in [`CustomerType::ALL`]; "no type" is 6.
pub fn type_index(t: CustomerType) -> usize {
    CustomerType::ALL.iter().position(|x| *x == t).unwrap_or(0)
}

/// Index of a band in [`Band::ALL`]; "no data" is 3.
pub fn band_index(b: Option<Band>) -> usize {
    b.and_then(|b| Band::ALL.iter().position(|x| *x == b))
        .unwrap_or(3)
}

impl Filters {
    pub fn keeps(&self, d: &Dot) -> bool {
        let side = Side::ALL.iter().position(|s| *s == d.side).unwrap_or(0);
        let typed = if d.types.is_empty() {
            self.types[6]
        } else {
            d.types.iter().any(|t| self.types[type_index(*t)])
        };
        self.sides[side] && typed && self.bands[band_index(d.band())]
    }
}

/// A group of filter checkboxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterKind {
    Side,
    Type,
    Health,
}

impl Filters {
    pub fn group(&self, g: FilterKind) -> &[bool] {
        match g {
            FilterKind::Side => &self.sides,
            FilterKind::Type => &self.types,
            FilterKind::Health => &self.bands,
        }
    }

    pub fn group_mut(&mut self, g: FilterKind) -> &mut [bool] {
        match g {
            FilterKind::Side => &mut self.sides,
            FilterKind::Type => &mut self.types,
            FilterKind::Health => &mut self.bands,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::features::map::geometry::PHONE_ZOOM;

    fn dist((x, y): (f64, f64)) -> f64 {
        (x * x + y * y).sqrt()
    }

    fn dot(axis: u8, types: &[CustomerType], score: Option<u8>) -> Dot {
        test_dot(1, "Ana", axis, types, score)
    }

    /// A dot for tests, placed at `axis` with these types and health score.
    pub(crate) fn test_dot(
        id: u32,
        name: &str,
        axis: u8,
        types: &[CustomerType],
        score: Option<u8>,
    ) -> Dot {
        let p = Placement {
            axis,
            side: Side::from_axis(axis),
            role: Role::Single,
            types: types.to_vec(),
            confidence: 100,
            coverage: 100,
            contradictions: Vec::new(),
            reasons: Vec::new(),
            health_answers: 2,
            health: score.map(|score| Health {
                score,
                band: Band::from_score(score),
            }),
            complete: true,
        };
        Dot::new(id, name, "", &p)
    }

    #[test]
    fn filters_keep_what_is_ticked() {
        let all = Filters::default();
        let inside = dot(80, &[CustomerType::Operative], Some(90));
        let outside = dot(10, &[], None);
        let middle = dot(
            50,
            &[CustomerType::Loyal, CustomerType::Executive],
            Some(50),
        );
        for d in [&inside, &outside, &middle] {
            assert!(all.keeps(d));
        }
        let mut f = all;
        f.sides[0] = false;
        assert!(!f.keeps(&outside) && f.keeps(&inside));
        let mut f = all;
        f.types[6] = false;
        assert!(!f.keeps(&outside) && f.keeps(&inside));
        let mut f = all;
        f.types[type_index(CustomerType::Loyal)] = false;
        assert!(f.keeps(&middle), "still shown for its other type");
        f.types[type_index(CustomerType::Executive)] = false;
        assert!(!f.keeps(&middle));
        let mut f = all;
        f.bands[band_index(None)] = false;
        assert!(!f.keeps(&outside) && f.keeps(&inside));
        f.bands[band_index(Some(Band::AtRisk))] = false;
        assert!(!f.keeps(&middle));
    }

    #[test]
    fn marker_description_names_everything() {
        let d = dot(80, &[CustomerType::Operative], Some(90));
        let text = marker_desc(&d, Lang::En);
        assert!(
            text.contains("Ana")
                && text.contains(CustomerType::Operative.label().en)
                && text.contains("80")
                && text.contains("Thriving")
        );
        let none = dot(10, &[], None);
        let es = marker_desc(&none, Lang::Es);
        assert!(es.contains("Sin tipo") && es.contains("Faltan respuestas de salud"));
        // Two roles, or another firm in between, are said beside the side.
        let two = Dot {
            tie: Role::TwoRoles,
            ..d.clone()
        };
        assert!(marker_desc(&two, Lang::En).contains("Internal customer (Also buys from you)"));
        let firm = Dot {
            tie: Role::ThroughAnotherFirm,
            ..dot(50, &[], None)
        };
        assert!(marker_desc(&firm, Lang::Es)
            .contains("A medio camino (Trabaja para ti a través de otra empresa)"));
        assert!(
            text.contains("Internal customer, "),
            "one role: nothing added"
        );
    }

    #[test]
    fn markers_drawn_bigger_on_phones_are_spread_further_apart() {
        use CustomerType::Executive;
        let closest = |zoom: f64| {
            let mut dots: Vec<Dot> = [(1, 97), (2, 94), (3, 60), (4, 81)]
                .iter()
                .map(|&(id, axis)| test_dot(id, "x", axis, &[Executive], Some(80)))
                .collect();
            spread_out(&mut dots, zoom);
            let mut best = f64::MAX;
            for (i, a) in dots.iter().enumerate() {
                for b in &dots[i + 1..] {
                    best = best.min(dist((a.x - b.x, a.y - b.y)));
                }
            }
            // The radius (the axis) never moves.
            for d in &dots {
                assert!((dist((d.x, d.y)) - radius_for(d.axis)).abs() < 0.2);
            }
            best
        };
        let (desk, phone) = (closest(1.0), closest(PHONE_ZOOM));
        assert!(phone > desk + 5.0, "phone {phone:.1} vs desktop {desk:.1}");
    }
}
