//! The map's geometry: where a marker goes and how big it is drawn. Pure (no browser types),
//! so native tests pin it down: a marker's distance from the centre is [`radius_for`] its axis,
//! its angle comes from its type's sector and its id.

use crate::domain::model::{CustomerType, EXTERNAL_MAX, INTERNAL_MIN};
use crate::domain::summary::INSIDE_FROM;
use crate::i18n::K;

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
/// Names are drawn next to markers only up to this many visible markers (beyond, the name
/// list beside the map carries them).
pub const LABEL_MAX: usize = 60;
/// Up to this many markers, markers are drawn big; beyond, smaller, leaving room for names.
pub const SPARSE_MAX: usize = 24;
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

/// An axis-aligned box in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn around(x: f64, y: f64, r: f64) -> Rect {
        Rect {
            x0: x - r,
            y0: y - r,
            x1: x + r,
            y1: y + r,
        }
    }

    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    pub fn inside_view(&self) -> bool {
        self.x0 >= -VIEW_X && self.x1 <= VIEW_X && self.y0 >= -VIEW_Y && self.y1 <= VIEW_Y
    }
}

/// Font size of the zone names in map units: on a wide screen, and on a phone (map.css).
pub const ZONE_FS: f64 = 16.0;
pub const ZONE_FS_PHONE: f64 = 26.0;

/// The boxes the zone names take below the centre at font size `fs`, wide enough for the
/// name in either language (upper case, spaced letters, with their halo).
pub fn zone_label_boxes(fs: f64) -> [Rect; 3] {
    let keys = [K::ZoneInside, K::ZoneMiddle, K::ZoneOutside];
    let ys = zone_label_ys();
    std::array::from_fn(|i| {
        let text = keys[i].text();
        let chars = text.es.chars().count().max(text.en.chars().count()) as f64;
        let half = chars * fs * 0.8 / 2.0 + fs * 0.4;
        Rect {
            x0: -half,
            y0: ys[i] - fs * 1.05,
            x1: half,
            y1: ys[i] + fs * 0.45,
        }
    })
}

/// Degrees a marker of radius `marker_r` at `r` from the centre must keep from the line
/// straight down from the centre, so it covers none of `boxes` (the zone names, which sit on
/// that line). 0 when it never would.
pub fn clearance(r: f64, marker_r: f64, boxes: &[Rect]) -> f64 {
    let mut need = 0.0;
    let mut deg = 0.0;
    while deg <= 90.0 {
        let (x, y) = (
            r * f64::to_radians(deg).sin(),
            r * f64::to_radians(deg).cos(),
        );
        let m = Rect::around(x, y, marker_r);
        if boxes.iter().any(|b| b.overlaps(&m)) {
            need = deg + 0.5;
        }
        deg += 0.5;
    }
    need
}

/// The angles (degrees) a marker of `sector` may take: its sector less a small edge, and less
/// `clear` degrees beside the line straight down (90°), where the zone names are written.
pub fn bounds(sector: Sector, clear: f64) -> (f64, f64) {
    let (a, b) = sector.span();
    let (mut lo, mut hi) = (a + PAD_DEG / 2.0, b - PAD_DEG / 2.0);
    if (b - 90.0).abs() < 1e-9 {
        hi = hi.min(90.0 - clear).max(lo);
    }
    if (a - 90.0).abs() < 1e-9 {
        lo = lo.max(90.0 + clear).min(hi);
    }
    (lo, hi)
}

/// A marker being spread: its sector, radius, angle (degrees) and the angles it may take.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Orbiter {
    pub sector: Sector,
    pub r: f64,
    pub deg: f64,
    pub lo: f64,
    pub hi: f64,
}

impl Orbiter {
    /// A marker at its sector's angle for `id`, moved into its bounds.
    pub fn new(sector: Sector, r: f64, deg: f64, clear: f64) -> Orbiter {
        let (lo, hi) = bounds(sector, clear);
        Orbiter {
            sector,
            r,
            deg: deg.max(lo).min(hi),
            lo,
            hi,
        }
    }
}

/// Pushes markers of the same sector apart along their orbit, never changing their radius, so
/// close neighbours don't cover each other; each stays inside its bounds. `min_dist` is the
/// wanted distance between centres.
pub fn relax(items: &mut [Orbiter], min_dist: f64) {
    const ROUNDS: usize = 16;
    let mut sectors: Vec<Sector> = Vec::new();
    for o in items.iter() {
        if !sectors.contains(&o.sector) {
            sectors.push(o.sector);
        }
    }
    for sector in sectors {
        let idx: Vec<usize> = (0..items.len())
            .filter(|i| items[*i].sector == sector)
            .collect();
        for _ in 0..ROUNDS {
            let mut moved = false;
            for (n, &p) in idx.iter().enumerate() {
                for &q in &idx[n + 1..] {
                    let (rp, rq) = (items[p].r, items[q].r);
                    let dr = (rp - rq).abs();
                    if dr >= min_dist {
                        continue;
                    }
                    let need =
                        ((min_dist * min_dist - dr * dr).sqrt() / ((rp + rq) / 2.0)).to_degrees();
                    let gap = items[q].deg - items[p].deg;
                    if gap.abs() >= need {
                        continue;
                    }
                    let push = (need - gap.abs()) / 2.0 + 0.01;
                    let dir = if gap >= 0.0 { 1.0 } else { -1.0 };
                    // Kept within the sector (`max`/`min`, not `clamp`: see `radius_at`).
                    let (a, b) = (&mut items[p], dir * push);
                    a.deg = (a.deg - b).max(a.lo).min(a.hi);
                    let c = &mut items[q];
                    c.deg = (c.deg + b).max(c.lo).min(c.hi);
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
        0..=SPARSE_MAX => (1.2, "sparse"),
        25..=MEDIUM_MAX => (0.8, "medium"),
        151..=400 => (0.55, "dense"),
        _ => (0.4, "crowded"),
    }
}

/// How far from a marker's centre its drawn shape and rings reach with `n` markers shown
/// (the at-risk ring reaches 1.3 times the health ring), plus a little air.
pub fn marker_reach(n: usize) -> f64 {
    GLYPH_R * RING * 1.3 * density(n).0 + 2.0
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
        let o = |r: f64, deg: f64| Orbiter::new(s, r, deg, 0.0);
        let mut items = vec![
            o(200.0, -60.0),
            o(205.0, -60.0),
            o(300.0, -60.0),
            o(200.0, -59.0),
        ];
        let radii: Vec<f64> = items.iter().map(|i| i.r).collect();
        relax(&mut items, 40.0);
        assert_eq!(items.iter().map(|i| i.r).collect::<Vec<_>>(), radii);
        let (a, b) = s.span();
        for (n, p) in items.iter().enumerate() {
            assert!(p.deg >= a && p.deg <= b);
            for q in &items[n + 1..] {
                let d = dist(polar(p.r, p.deg)) - dist(polar(q.r, q.deg));
                let (x1, y1) = polar(p.r, p.deg);
                let (x2, y2) = polar(q.r, q.deg);
                let gap = ((x1 - x2).powi(2) + (y1 - y2).powi(2)).sqrt();
                assert!(gap >= 39.0 || d.abs() >= 40.0, "{p:?} {q:?} {gap}");
            }
        }
        // Other sectors are left alone.
        let mut other = vec![
            o(200.0, -60.0),
            Orbiter::new(Sector::Type(CustomerType::Loyal), 200.0, 240.0, 0.0),
        ];
        relax(&mut other, 40.0);
        assert_eq!(other[1].deg, 240.0);
    }

    #[test]
    fn markers_keep_clear_of_the_zone_names() {
        for fs in [ZONE_FS, ZONE_FS_PHONE] {
            let boxes = zone_label_boxes(fs);
            for axis in (0..=100u8).step_by(5) {
                let r = radius_for(axis);
                let clear = clearance(r, 30.0, &boxes);
                for sector in [
                    Sector::Type(CustomerType::Operative),
                    Sector::Type(CustomerType::NeedBased),
                    Sector::Untyped { inside: true },
                    Sector::Untyped { inside: false },
                ] {
                    let (lo, hi) = bounds(sector, clear);
                    assert!(lo <= hi);
                    for deg in [lo, hi] {
                        let (x, y) = polar(r, deg);
                        let m = Rect::around(x, y, 30.0);
                        // Only where the sector is too narrow to keep clear may it touch.
                        if clear < 54.0 {
                            assert!(!boxes.iter().any(|b| b.overlaps(&m)), "{axis} {deg}");
                        }
                    }
                }
            }
        }
        // The names sit below the centre, on the line between two sectors.
        let b = zone_label_boxes(ZONE_FS);
        assert!(b.iter().all(|b| b.x0 < 0.0 && b.x1 > 0.0 && b.y0 > DISC_R));
    }

    #[test]
    fn density_shrinks_markers_for_big_maps() {
        assert_eq!(density(1).1, "sparse");
        assert_eq!(density(SPARSE_MAX).1, "sparse");
        assert_eq!(density(SPARSE_MAX + 1).1, "medium");
        assert_eq!(density(1000).1, "crowded");
        assert!(density(1000).0 < density(10).0);
    }
}
