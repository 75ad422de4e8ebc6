//! Marker names on the map: where each one fits beside its marker without covering another
//! name, a marker, the centre or the type names around the circle.

use crate::domain::model::CustomerType;
use crate::features::map::geometry::{
    polar, zone_label_ys, Sector, DISC_R, SECTOR_LABEL_R, VIEW_X, VIEW_Y,
};

/// Font size of marker names in map units.
pub const LABEL_FS: f64 = 20.0;
/// Rough width of one character relative to the font size, for collision checks.
pub const CHAR_W: f64 = 0.56;

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

    fn inside_view(&self) -> bool {
        self.x0 >= -VIEW_X && self.x1 <= VIEW_X && self.y0 >= -VIEW_Y && self.y1 <= VIEW_Y
    }
}

/// A name drawn next to its marker; `end` means the text ends at `x` (drawn to the left).
#[derive(Clone, Debug, PartialEq)]
pub struct LabelSpot {
    pub id: u32,
    /// Where the text is anchored, and the middle of its line.
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub text: String,
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

/// Greedy label placement: in the given order, each name goes on the outer side of its marker,
/// else the inner side, else above it, else below it, else it is left out; names never overlap each other, other markers,
/// the centre or the type names. `markers` are `(id, x, y, name)`; `marker_r` their radius.
pub fn place_labels(markers: &[(u32, f64, f64, &str)], marker_r: f64) -> Vec<LabelSpot> {
    let mut taken: Vec<Rect> = sector_label_boxes();
    taken.push(Rect::around(0.0, 0.0, DISC_R + 4.0));
    // The zone names written down the middle ("Inside", "In between", "Outside").
    for y in zone_label_ys() {
        taken.push(Rect {
            x0: -90.0,
            y0: y - 16.0,
            x1: 90.0,
            y1: y + 6.0,
        });
    }
    let marker_boxes: Vec<(u32, Rect)> = markers
        .iter()
        .map(|(id, x, y, _)| (*id, Rect::around(*x, *y, marker_r)))
        .collect();
    let mut out = Vec::new();
    for (id, x, y, name) in markers {
        let text = short_name(name);
        if text.is_empty() {
            continue;
        }
        let w = text.chars().count() as f64 * CHAR_W * LABEL_FS;
        let h = LABEL_FS * 1.2;
        let gap = marker_r + 4.0;
        let right = Rect {
            x0: x + gap,
            y0: y - h / 2.0,
            x1: x + gap + w,
            y1: y + h / 2.0,
        };
        let left = Rect {
            x0: x - gap - w,
            y0: y - h / 2.0,
            x1: x - gap,
            y1: y + h / 2.0,
        };
        let above = Rect {
            x0: x - w / 2.0,
            y0: y - gap - h,
            x1: x + w / 2.0,
            y1: y - gap,
        };
        let below = Rect {
            x0: x - w / 2.0,
            y0: y + gap,
            x1: x + w / 2.0,
            y1: y + gap + h,
        };
        let (outer, inner) = if *x >= 0.0 {
            ((right, Anchor::Start), (left, Anchor::End))
        } else {
            ((left, Anchor::End), (right, Anchor::Start))
        };
        let tries = [
            outer,
            inner,
            (above, Anchor::Middle),
            (below, Anchor::Middle),
        ];
        let free = |b: &Rect| {
            b.inside_view()
                && !taken.iter().any(|t| t.overlaps(b))
                && !marker_boxes
                    .iter()
                    .any(|(other, m)| other != id && m.overlaps(b))
        };
        if let Some((b, anchor)) = tries.into_iter().find(|(b, _)| free(b)) {
            taken.push(b);
            out.push(LabelSpot {
                id: *id,
                x: match anchor {
                    Anchor::Start => b.x0,
                    Anchor::End => b.x1,
                    Anchor::Middle => *x,
                },
                y: (b.y0 + b.y1) / 2.0,
                anchor,
                text,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::map::geometry::position;

    #[test]
    fn labels_never_overlap_and_stay_in_view() {
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
        assert!(!labels.is_empty());
        let boxes: Vec<Rect> = labels
            .iter()
            .map(|l| {
                let w = l.text.chars().count() as f64 * CHAR_W * LABEL_FS;
                let h = LABEL_FS * 1.2;
                let x0 = match l.anchor {
                    Anchor::Start => l.x,
                    Anchor::End => l.x - w,
                    Anchor::Middle => l.x - w / 2.0,
                };
                Rect {
                    x0,
                    y0: l.y - h / 2.0,
                    x1: x0 + w,
                    y1: l.y + h / 2.0,
                }
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.inside_view());
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b));
            }
        }
    }

    #[test]
    fn lone_marker_gets_its_label_on_the_outer_side() {
        let right = place_labels(&[(1, 200.0, 10.0, "Ana")], 20.0);
        assert_eq!(right.len(), 1);
        assert!(right[0].anchor == Anchor::Start && right[0].x > 200.0);
        let left = place_labels(&[(2, -200.0, 10.0, "Luis")], 20.0);
        assert!(left[0].anchor == Anchor::End && left[0].x < -200.0);
        // Two markers on the same spot: the second name has no room and is left out.
        let crowded = place_labels(&[(1, 200.0, 10.0, "Ana"), (2, 200.0, 10.0, "Bea")], 20.0);
        assert_eq!(crowded.len(), 2, "the second goes to the inner side");
        let three = place_labels(
            &[
                (1, 200.0, 10.0, "Ana"),
                (2, 200.0, 10.0, "Bea"),
                (3, 200.0, 10.0, "Cai"),
            ],
            20.0,
        );
        assert_eq!(three.len(), 3, "the third goes above");
        assert_eq!(three[2].anchor, Anchor::Middle);
        assert!(three[2].y < 10.0 && three[2].x == 200.0);
        let five: Vec<(u32, f64, f64, &str)> = (1..=5).map(|i| (i, 200.0, 10.0, "Ana")).collect();
        let five = place_labels(&five, 20.0);
        assert_eq!(five.len(), 4, "right, left, above, below; then no room");
        assert!(five[3].y > 10.0);
    }

    #[test]
    fn long_names_are_shortened() {
        assert_eq!(short_name("  Ana "), "Ana");
        let s = short_name("A very long name for a supplier company");
        assert!(s.ends_with('…') && s.chars().count() <= 20);
    }
}
