//! Marker names on the map: where each one fits near its marker without covering another
//! name, a marker, the centre, the zone names or the type names around the circle. A name that
//! had to move away from its marker is tied to it by a leader line. Pure, so native tests
//! check that no two names overlap on generated maps.

use crate::domain::model::CustomerType;
use crate::features::map::geometry::{
    polar, zone_label_boxes, Rect, Sector, DISC_R, SECTOR_LABEL_R, ZONE_FS,
};

/// Font size of marker names in map units.
pub const LABEL_FS: f64 = 20.0;
/// Rough width of one character relative to the font size, for collision checks.
pub const CHAR_W: f64 = 0.62;
/// Height of a name's box: the line the browser draws, accents and descenders included.
const LABEL_H: f64 = LABEL_FS * 1.3;

/// A name drawn near its marker.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelSpot {
    pub id: u32,
    /// Where the text is anchored, and the middle of its line.
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub text: String,
    /// A line from the marker's edge to the name, when the name sits away from its marker.
    pub leader: Option<(f64, f64, f64, f64)>,
}

impl LabelSpot {
    /// The box the name takes (the same estimate placement uses).
    #[cfg(test)]
    pub fn rect(&self) -> Rect {
        let w = text_width(&self.text);
        let x0 = match self.anchor {
            Anchor::Start => self.x,
            Anchor::End => self.x - w,
            Anchor::Middle => self.x - w / 2.0,
        };
        Rect {
            x0,
            y0: self.y - LABEL_H / 2.0,
            x1: x0 + w,
            y1: self.y + LABEL_H / 2.0,
        }
    }
}

/// How a name lines up with its anchor point: starting there (right of a marker), ending
/// there (left of it) or centred on it (above or below it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    End,
    Middle,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::End => "end",
            Anchor::Middle => "middle",
        }
    }
}

/// A name cut to fit beside a marker.
pub fn short_name(name: &str) -> String {
    const MAX: usize = 20;
    let name = name.trim();
    if name.chars().count() <= MAX {
        name.to_string()
    } else {
        let cut: String = name.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR_W * LABEL_FS
}

/// Boxes the type names around the circle take, so marker names keep clear of them.
fn sector_label_boxes() -> Vec<Rect> {
    CustomerType::ALL
        .into_iter()
        .map(|t| {
            let label_w = 10.0 * CHAR_W * LABEL_FS + 24.0;
            let (x, y) = polar(SECTOR_LABEL_R, Sector::Type(t).mid());
            let (x0, x1) = if x > 1.0 {
                (x, x + label_w)
            } else if x < -1.0 {
                (x - label_w, x)
            } else {
                (x - label_w / 2.0, x + label_w / 2.0)
            };
            Rect {
                x0,
                y0: y - LABEL_FS,
                x1,
                y1: y + LABEL_FS,
            }
        })
        .collect()
}

/// What names must never cover: the type names, the centre and the zone names.
pub fn fixed_boxes() -> Vec<Rect> {
    let mut taken = sector_label_boxes();
    taken.push(Rect::around(0.0, 0.0, DISC_R + 4.0));
    taken.extend(zone_label_boxes(ZONE_FS));
    taken
}

/// The part of a marker's reach its shape and health ring take (the rest is the at-risk
/// halo and air), which names never cover.
const SHAPE: f64 = 0.75;

/// How far from its marker a name may move, in steps of this many map units.
const STEP: f64 = 22.0;
const STEPS: usize = 12;

/// Where a name of width `w` may go around a marker at `(x, y)`, best first: right beside it
/// on the outer side, then the inner side, above, below and the corners; then the same
/// directions further out, each step needing a leader line.
fn candidates(x: f64, y: f64, w: f64, gap: f64) -> Vec<(Rect, Anchor, f64, f64)> {
    let h = LABEL_H;
    let out_x = if x >= 0.0 { 1.0 } else { -1.0 };
    let out_y = if y >= 0.0 { 1.0 } else { -1.0 };
    // Unit directions: outer side, inner side, outward vertically, inward vertically, corners.
    let d = std::f64::consts::FRAC_1_SQRT_2;
    // Between those, for leader lines that pass between neighbours.
    let (c, s) = (0.924, 0.383);
    let dirs = [
        (out_x, 0.0),
        (-out_x, 0.0),
        (0.0, out_y),
        (0.0, -out_y),
        (out_x * d, out_y * d),
        (out_x * d, -out_y * d),
        (-out_x * d, out_y * d),
        (-out_x * d, -out_y * d),
        (out_x * c, out_y * s),
        (out_x * c, -out_y * s),
        (-out_x * c, out_y * s),
        (-out_x * c, -out_y * s),
        (out_x * s, out_y * c),
        (-out_x * s, out_y * c),
        (out_x * s, -out_y * c),
        (-out_x * s, -out_y * c),
    ];
    let mut v = Vec::with_capacity(dirs.len() * STEPS);
    for step in 0..STEPS {
        let reach = gap + step as f64 * STEP;
        // Right beside the marker, the eight main directions are enough.
        let dirs = if step == 0 { &dirs[..8] } else { &dirs[..] };
        for &(dx, dy) in dirs {
            // The point of the box nearest the marker.
            let (px, py) = (x + dx * reach, y + dy * reach);
            let (x0, anchor) = if dx > 0.3 {
                (px, Anchor::Start)
            } else if dx < -0.3 {
                (px - w, Anchor::End)
            } else {
                (px - w / 2.0, Anchor::Middle)
            };
            let y0 = if dy > 0.3 {
                py
            } else if dy < -0.3 {
                py - h
            } else {
                py - h / 2.0
            };
            v.push((
                Rect {
                    x0,
                    y0,
                    x1: x0 + w,
                    y1: y0 + h,
                },
                anchor,
                dx,
                dy,
            ));
        }
    }
    v
}

/// Whether the segment from `a` to `b` crosses `r`.
fn crosses(a: (f64, f64), b: (f64, f64), r: &Rect) -> bool {
    // Sampled: leader lines are short, boxes are at least a marker wide.
    (0..=12).any(|i| {
        let t = f64::from(i) / 12.0;
        let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        x > r.x0 && x < r.x1 && y > r.y0 && y < r.y1
    })
}

/// The point of `r` nearest `(x, y)`.
fn nearest(r: &Rect, x: f64, y: f64) -> (f64, f64) {
    (x.max(r.x0).min(r.x1), y.max(r.y0).min(r.y1))
}

/// Greedy label placement. Each name takes the first free spot among its [`candidates`]:
/// nearest first, moving away step by step (with a leader line) until one is free. A free
/// spot is inside the view and covers no other name, marker shape, leader line, the centre,
/// the zone names or the type names, and its leader line crosses no name. Markers with the
/// most neighbours go first; if some name finds no spot, the placement is tried again with
/// those names first, and the best try is kept. A name with no free spot is left out (the
/// name list beside the map carries every name). `markers` are `(id, x, y, name)`;
/// `marker_r` how far a marker reaches.
pub fn place_labels(markers: &[(u32, f64, f64, &str)], marker_r: f64) -> Vec<LabelSpot> {
    const TRIES: usize = 10;
    let crowd = |i: usize| {
        let (_, x, y, _) = markers[i];
        markers
            .iter()
            .filter(|(_, ox, oy, _)| (ox - x).hypot(oy - y) < 160.0)
            .count()
    };
    let crowds: Vec<usize> = (0..markers.len()).map(crowd).collect();
    let mut order: Vec<usize> = (0..markers.len()).collect();
    order.sort_by(|a, b| crowds[*b].cmp(&crowds[*a]).then(a.cmp(b)));
    let mut best: Vec<LabelSpot> = Vec::new();
    for _ in 0..TRIES {
        let placed = place_in_order(markers, marker_r, &order);
        let missing: Vec<usize> = order
            .iter()
            .copied()
            .filter(|i| !placed.iter().any(|l| l.id == markers[*i].0))
            .collect();
        if placed.len() > best.len() {
            best = placed;
        }
        if missing.is_empty() {
            break;
        }
        // The names left out go first next time.
        order.retain(|i| !missing.contains(i));
        order.splice(0..0, missing);
    }
    best
}

/// One greedy pass over the markers in `order` (indices into `markers`).
fn place_in_order(
    markers: &[(u32, f64, f64, &str)],
    marker_r: f64,
    order: &[usize],
) -> Vec<LabelSpot> {
    let mut taken: Vec<Rect> = fixed_boxes();
    let shapes: Vec<(u32, Rect)> = markers
        .iter()
        .map(|(id, x, y, _)| (*id, Rect::around(*x, *y, marker_r * SHAPE)))
        .collect();
    let mut leaders: Vec<((f64, f64), (f64, f64))> = Vec::new();
    let mut out = Vec::new();
    for &i in order {
        let (id, x, y, name) = markers[i];
        let text = short_name(name);
        if text.is_empty() {
            continue;
        }
        let first = candidates(x, y, text_width(&text), marker_r + 4.0)
            .into_iter()
            .enumerate()
            .find_map(|(n, (b, anchor, dx, dy))| {
                let leader = (n >= 8).then(|| {
                    let to = nearest(&b, x, y);
                    ((x + dx * marker_r, y + dy * marker_r), to)
                });
                let free = b.inside_view()
                    && !taken.iter().any(|t| t.overlaps(&b))
                    && !shapes
                        .iter()
                        .any(|(other, m)| *other != id && m.overlaps(&b))
                    && !leaders.iter().any(|(a, c)| crosses(*a, *c, &b))
                    // A line may pass over neighbours (in a tight cluster it must), not names.
                    && leader.is_none_or(|(a, c)| !taken.iter().any(|t| crosses(a, c, t)));
                free.then_some((b, anchor, leader))
            });
        if let Some((b, anchor, leader)) = first {
            taken.push(b);
            if let Some(l) = leader {
                leaders.push(l);
            }
            out.push(LabelSpot {
                id,
                x: match anchor {
                    Anchor::Start => b.x0,
                    Anchor::End => b.x1,
                    Anchor::Middle => (b.x0 + b.x1) / 2.0,
                },
                y: (b.y0 + b.y1) / 2.0,
                anchor,
                text,
                leader: leader.map(|((a, b), (c, d))| (a, b, c, d)),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::placement::place;
    use crate::domain::sample::generate_map;
    use crate::features::map::dots::{spread_out, Dot};
    use crate::features::map::geometry::{marker_reach, position};

    /// The dots of a generated map of `n` people, spread as the map spreads them.
    fn generated(n: usize, seed: u64) -> Vec<Dot> {
        let map = generate_map(n, seed);
        let mut dots: Vec<Dot> = map
            .stakeholders
            .iter()
            .filter_map(|s| Some(Dot::new(s.id, &s.name, &s.role, &place(&s.answers)?)))
            .collect();
        spread_out(&mut dots, 1.0);
        dots
    }

    fn check(markers: &[(u32, f64, f64, &str)], marker_r: f64, labels: &[LabelSpot]) {
        let fixed = fixed_boxes();
        let boxes: Vec<Rect> = labels.iter().map(LabelSpot::rect).collect();
        for (i, (a, l)) in boxes.iter().zip(labels).enumerate() {
            assert!(a.inside_view(), "{l:?}");
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{l:?} overlaps {b:?}");
            }
            assert!(
                !fixed.iter().any(|f| f.overlaps(a)),
                "{l:?} covers a fixed name"
            );
            for (id, x, y, _) in markers {
                if *id != l.id {
                    assert!(
                        !Rect::around(*x, *y, marker_r * SHAPE).overlaps(a),
                        "{l:?} covers {id}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_marker_of_generated_maps_of_12_and_40_gets_a_name_that_overlaps_nothing() {
        for n in [12, 40] {
            for seed in 1..=6 {
                let dots = generated(n, seed);
                assert_eq!(dots.len(), n);
                let markers: Vec<(u32, f64, f64, &str)> = dots
                    .iter()
                    .map(|d| (d.id, d.x, d.y, d.name.as_str()))
                    .collect();
                let r = marker_reach(n);
                let labels = place_labels(&markers, r);
                check(&markers, r, &labels);
                let mut named: Vec<u32> = labels.iter().map(|l| l.id).collect();
                named.sort_unstable();
                let mut all: Vec<u32> = dots.iter().map(|d| d.id).collect();
                all.sort_unstable();
                // A dozen people: every one named on the map. Forty, with a tight cluster
                // round the centre: nearly all; the name list beside the map has everyone.
                if n == 12 {
                    assert_eq!(named, all, "{n} people, seed {seed}: every marker is named");
                } else {
                    assert!(
                        named.len() >= 35,
                        "{n} people, seed {seed}: {}",
                        named.len()
                    );
                }
                // Names that moved away from their marker are tied to it.
                for l in &labels {
                    let d = dots.iter().find(|d| d.id == l.id).expect("its dot");
                    let near = l.rect();
                    let (nx, ny) = nearest(&near, d.x, d.y);
                    if (nx - d.x).hypot(ny - d.y) > r * 1.5 + 8.0 {
                        assert!(l.leader.is_some(), "{l:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn crowded_markers_still_get_names_that_overlap_nothing() {
        let names: Vec<String> = (0..40).map(|i| format!("Person number {i}")).collect();
        let markers: Vec<(u32, f64, f64, &str)> = (0..40u32)
            .map(|i| {
                let (x, y) = position(
                    (i * 7 % 101) as u8,
                    Sector::Type(CustomerType::ALL[i as usize % 6]),
                    i + 1,
                );
                (i + 1, x, y, names[i as usize].as_str())
            })
            .collect();
        let labels = place_labels(&markers, 20.0);
        assert!(labels.len() >= 30, "{}", labels.len());
        check(&markers, 20.0, &labels);
    }

    #[test]
    fn a_lone_marker_gets_its_name_right_beside_it_on_the_outer_side() {
        let right = place_labels(&[(1, 200.0, 10.0, "Ana")], 20.0);
        assert_eq!(right.len(), 1);
        assert!(right[0].anchor == Anchor::Start && right[0].x > 200.0);
        assert!(right[0].leader.is_none());
        let left = place_labels(&[(2, -200.0, 10.0, "Luis")], 20.0);
        assert!(left[0].anchor == Anchor::End && left[0].x < -200.0);
        // Markers on the same spot: each name finds its own place, further ones with a leader.
        // A tight cluster (as close as the map lets markers be): every name finds a place,
        // some further away with a leader line.
        let many: Vec<(u32, f64, f64, &str)> = (0..12u32)
            .map(|i| {
                let (x, y) = (f64::from(i % 4) * 44.0, f64::from(i / 4) * 44.0);
                (i + 1, 150.0 + x, -200.0 + y, "Ana García")
            })
            .collect();
        let placed = place_labels(&many, 20.0);
        assert_eq!(placed.len(), 12);
        check(&many, 20.0, &placed);
        assert!(placed.iter().any(|l| l.leader.is_some()));
    }

    #[test]
    fn long_names_are_shortened() {
        assert_eq!(short_name("  Ana "), "Ana");
        let s = short_name("A very long name for a supplier company");
        assert!(s.ends_with('…') && s.chars().count() <= 20);
    }
}
