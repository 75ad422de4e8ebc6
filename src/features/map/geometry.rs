//! The map's geometry: where a marker goes and how big it is drawn. Pure (no browser types),
//! so native tests pin it down: a marker's distance from the centre is [`radius_for`] its axis,
//! its angle comes from its type's sector and its id.

use crate::domain::model::{CustomerType, EXTERNAL_MAX, INTERNAL_MIN};
use crate::domain::summary::INSIDE_FROM;

/// Radius of axis 100 (fully inside): just outside the business's disc.
pub const CORE_R: f64 = 68.0;
/// Radius of axis 0 (fully outside).
pub const R_MAX: f64 = 430.0;
/// The business's disc at the centre.
pub const DISC_R: f64 = 52.0;
/// Wider than tall so the sector names at the sides fit.
pub const VIEW_BOX: &str = "-620 -500 1240 1000";
pub const VIEW_X: f64 = 620.0;
pub const VIEW_Y: f64 = 500.0;
/// Radius of a marker's shape at full size (see `.orbit-map--*` in map.css for the scales).
pub const GLYPH_R: f64 = 12.0;
/// The health ring around a marker, relative to the shape.
pub const RING: f64 = 1.5;
/// Degrees kept free at each edge of a sector so neighbouring sectors don't touch.
const PAD_DEG: f64 = 6.0;
/// Names are drawn next to markers only up to this many visible markers.
pub const LABEL_MAX: usize = 40;
/// Beyond this many markers the map is dense: markers are drawn light (see
/// [`markers_markup`](super::markup::markers_markup)).
pub const MEDIUM_MAX: usize = 150;
/// Radius at which the sector (type) names are written.
pub const SECTOR_LABEL_R: f64 = 452.0;
/// How much bigger markers are drawn on a phone (`--zoom` in map.css), so they are spread
/// further apart there.
pub const PHONE_ZOOM: f64 = 1.7;

/// Distance from the centre for an axis value: 100 at the core, 0 at the outer edge.
#[expect(
    clippy::manual_clamp,
    reason = "f64::clamp's panic message links the float formatting nothing else uses (5.7 kB)"
)]
pub fn radius_at(axis: f64) -> f64 {
    let a = axis.max(0.0).min(100.0);
    CORE_R + (R_MAX - CORE_R) * (100.0 - a) / 100.0
}

/// Distance from the centre of a marker with this axis.
pub fn radius_for(axis: u8) -> f64 {
    radius_at(f64::from(axis.min(100)))
}

/// Outer edges of the internal and middle zones: halfway between the last axis value of one
/// side and the first of the next, so every marker sits clearly inside its zone.
pub fn zone_edges() -> (f64, f64) {
    (
        radius_at(f64::from(INTERNAL_MIN) - 0.5),
        radius_at(f64::from(EXTERNAL_MAX) + 0.5),
    )
}

/// The slice of the circle a marker goes in: its main type's, or half the circle without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sector {
    Type(CustomerType),
    Untyped { inside: bool },
}

impl Sector {
    pub fn of(types: &[CustomerType], axis: u8) -> Sector {
        match types.first() {
            Some(t) => Sector::Type(*t),
            None => Sector::Untyped {
                inside: axis >= INSIDE_FROM,
            },
        }
    }

    /// Start and end angle in degrees, clockwise from three o'clock (SVG's y points down).
    /// Internal types fill the right half, as on the axis bar; external ones the left half.
    pub fn span(self) -> (f64, f64) {
        match self {
            Sector::Type(CustomerType::Executive) => (-90.0, -30.0),
            Sector::Type(CustomerType::Commercial) => (-30.0, 30.0),
            Sector::Type(CustomerType::Operative) => (30.0, 90.0),
            Sector::Type(CustomerType::NeedBased) => (90.0, 150.0),
            Sector::Type(CustomerType::Impulsive) => (150.0, 210.0),
            Sector::Type(CustomerType::Loyal) => (210.0, 270.0),
            Sector::Untyped { inside: true } => (-90.0, 90.0),
            Sector::Untyped { inside: false } => (90.0, 270.0),
        }
    }

    pub fn mid(self) -> f64 {
        let (a, b) = self.span();
        (a + b) / 2.0
    }
}

/// A number in `0..1` from an id, evenly spread for consecutive ids (golden-ratio sequence).
pub fn spread(id: u32) -> f64 {
    (f64::from(id) * 0.618_033_988_749_895).fract()
}

/// A marker's angle in degrees: inside its sector, away from the edges, spread by id.
pub fn angle_for(sector: Sector, id: u32) -> f64 {
    let (a, b) = sector.span();
    a + PAD_DEG + spread(id) * (b - a - 2.0 * PAD_DEG)
}

/// A point at `r` and `deg`, rounded to a tenth of a unit.
pub fn polar(r: f64, deg: f64) -> (f64, f64) {
    let t = deg.to_radians();
    let round = |v: f64| (v * 10.0).round() / 10.0;
    (round(r * t.cos()), round(r * t.sin()))
}

/// Where a marker goes on the map.
pub fn position(axis: u8, sector: Sector, id: u32) -> (f64, f64) {
    polar(radius_for(axis), angle_for(sector, id))
}

/// Up to this many markers, neighbours in a sector are pushed apart along their orbit.
pub const RELAX_MAX: usize = 150;

/// Pushes markers of the same sector apart along their orbit, never changing their radius, so
/// close neighbours don't cover each other; they stay inside their sector. `items` are
/// `(sector, radius, angle in degrees)`; `min_dist` is the wanted distance between centres.
pub fn relax(items: &mut [(Sector, f64, f64)], min_dist: f64) {
    const ROUNDS: usize = 16;
    let mut sectors: Vec<Sector> = Vec::new();
    for (s, _, _) in items.iter() {
        if !sectors.contains(s) {
            sectors.push(*s);
        }
    }
    for sector in sectors {
        let (a, b) = sector.span();
        let (lo, hi) = (a + PAD_DEG / 2.0, b - PAD_DEG / 2.0);
        let idx: Vec<usize> = (0..items.len()).filter(|i| items[*i].0 == sector).collect();
        for _ in 0..ROUNDS {
            let mut moved = false;
            for (n, &p) in idx.iter().enumerate() {
                for &q in &idx[n + 1..] {
                    let (rp, rq) = (items[p].1, items[q].1);
                    let dr = (rp - rq).abs();
                    if dr >= min_dist {
                        continue;
                    }
                    let need =
                        ((min_dist * min_dist - dr * dr).sqrt() / ((rp + rq) / 2.0)).to_degrees();
                    let gap = items[q].2 - items[p].2;
                    if gap.abs() >= need {
                        continue;
                    }
                    let push = (need - gap.abs()) / 2.0 + 0.01;
                    let dir = if gap >= 0.0 { 1.0 } else { -1.0 };
                    // Kept within the sector (`max`/`min`, not `clamp`: see `radius_at`).
                    items[p].2 = (items[p].2 - dir * push).max(lo).min(hi);
                    items[q].2 = (items[q].2 + dir * push).max(lo).min(hi);
                    moved = true;
                }
            }
            if !moved {
                break;
            }
        }
    }
}

/// Marker size for the number of visible markers: the scale and its CSS modifier.
pub fn density(n: usize) -> (f64, &'static str) {
    match n {
        0..=LABEL_MAX => (1.2, "sparse"),
        41..=MEDIUM_MAX => (0.75, "medium"),
        151..=400 => (0.55, "dense"),
        _ => (0.4, "crowded"),
    }
}

/// Baselines of the zone names, inside to outside: each halfway across its zone.
pub fn zone_label_ys() -> [f64; 3] {
    let (int_edge, ext_edge) = zone_edges();
    let outer_edge = R_MAX + 18.0;
    [
        (CORE_R + int_edge) / 2.0 + 6.0,
        (int_edge + ext_edge) / 2.0 + 6.0,
        (ext_edge + outer_edge) / 2.0 + 6.0,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist((x, y): (f64, f64)) -> f64 {
        (x * x + y * y).sqrt()
    }

    #[test]
    fn radius_runs_from_core_to_edge() {
        assert_eq!(radius_for(100), CORE_R);
        assert_eq!(radius_for(0), R_MAX);
        assert!((radius_for(50) - (CORE_R + R_MAX) / 2.0).abs() < 1e-9);
        for a in 0..100u8 {
            assert!(
                radius_for(a) > radius_for(a + 1),
                "closer means more inside"
            );
        }
        assert_eq!(radius_for(200), CORE_R);
    }

    #[test]
    fn zone_edges_separate_the_sides() {
        let (int_edge, ext_edge) = zone_edges();
        assert!(radius_for(INTERNAL_MIN) < int_edge && int_edge < radius_for(INTERNAL_MIN - 1));
        assert!(radius_for(EXTERNAL_MAX + 1) < ext_edge && ext_edge < radius_for(EXTERNAL_MAX));
    }

    #[test]
    fn sectors_split_the_circle_by_side() {
        let mut covered = 0.0;
        for t in CustomerType::ALL {
            let (a, b) = Sector::Type(t).span();
            assert!((b - a - 60.0).abs() < 1e-9);
            covered += b - a;
            // Right half (cos > 0) for internal types, left half for external ones.
            let right = Sector::Type(t).mid().to_radians().cos() > 0.0;
            assert_eq!(right, t.is_internal(), "{t:?}");
        }
        assert!((covered - 360.0).abs() < 1e-9);
        assert_eq!(Sector::of(&[], 80), Sector::Untyped { inside: true });
        assert_eq!(Sector::of(&[], 20), Sector::Untyped { inside: false });
        assert_eq!(
            Sector::of(&[CustomerType::Loyal, CustomerType::Operative], 50),
            Sector::Type(CustomerType::Loyal)
        );
    }

    #[test]
    fn angles_stay_inside_their_sector_and_spread() {
        for t in CustomerType::ALL {
            let s = Sector::Type(t);
            let (a, b) = s.span();
            let mut seen = Vec::new();
            for id in 1..200 {
                let deg = angle_for(s, id);
                assert!(deg >= a + PAD_DEG - 1e-9 && deg <= b - PAD_DEG + 1e-9);
                seen.push(deg);
            }
            // Consecutive ids never land on the same spot.
            seen.sort_by(f64::total_cmp);
            assert!(seen.windows(2).all(|w| w[1] - w[0] > 1e-6));
        }
        assert_eq!(
            angle_for(Sector::Type(CustomerType::Loyal), 7),
            angle_for(Sector::Type(CustomerType::Loyal), 7)
        );
    }

    #[test]
    fn positions_sit_at_the_axis_radius() {
        for axis in [0u8, 1, 35, 36, 50, 64, 65, 99, 100] {
            for t in CustomerType::ALL {
                for id in [1u32, 2, 17, 999] {
                    let p = position(axis, Sector::Type(t), id);
                    assert!(
                        (dist(p) - radius_for(axis)).abs() < 0.2,
                        "{axis} {t:?} {id}"
                    );
                }
            }
        }
    }

    #[test]
    fn relax_separates_neighbours_without_moving_them_off_their_orbit() {
        let s = Sector::Type(CustomerType::Executive);
        let mut items = vec![
            (s, 200.0, -60.0),
            (s, 205.0, -60.0),
            (s, 300.0, -60.0),
            (s, 200.0, -59.0),
        ];
        let radii: Vec<f64> = items.iter().map(|i| i.1).collect();
        relax(&mut items, 40.0);
        assert_eq!(items.iter().map(|i| i.1).collect::<Vec<_>>(), radii);
        let (a, b) = s.span();
        for (n, p) in items.iter().enumerate() {
            assert!(p.2 >= a && p.2 <= b);
            for q in &items[n + 1..] {
                let d = dist(polar(p.1, p.2)) - dist(polar(q.1, q.2));
                let (x1, y1) = polar(p.1, p.2);
                let (x2, y2) = polar(q.1, q.2);
                let gap = ((x1 - x2).powi(2) + (y1 - y2).powi(2)).sqrt();
                assert!(gap >= 39.0 || d.abs() >= 40.0, "{p:?} {q:?} {gap}");
            }
        }
        // Other sectors are left alone.
        let mut other = vec![
            (s, 200.0, -60.0),
            (Sector::Type(CustomerType::Loyal), 200.0, 240.0),
        ];
        relax(&mut other, 40.0);
        assert_eq!(other[1].2, 240.0);
    }

    #[test]
    fn density_shrinks_markers_for_big_maps() {
        assert_eq!(density(1).1, "sparse");
        assert_eq!(density(LABEL_MAX).1, "sparse");
        assert_eq!(density(LABEL_MAX + 1).1, "medium");
        assert_eq!(density(1000).1, "crowded");
        assert!(density(1000).0 < density(10).0);
    }
}
