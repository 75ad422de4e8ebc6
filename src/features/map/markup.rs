//! The orbit map's SVG as text: the backdrop (zones, sectors, names), the markers and their
//! names. One string per layer, because a thousand markers parse in a few milliseconds while
//! building them node by node takes most of a second.

use std::fmt::Write;

use crate::components::classes::{band_class, side_class, type_class};
use crate::components::markup::{esc, push_esc, push_hundredths, push_num, push_ring, push_shape};
use crate::domain::model::CustomerType;
use crate::domain::Lang;
use crate::features::map::dots::{marker_desc, Dot};
use crate::features::map::geometry::{
    density, polar, zone_edges, Sector, CORE_R, DISC_R, GLYPH_R, MEDIUM_MAX, RING, R_MAX,
    SECTOR_LABEL_R, VIEW_X, VIEW_Y,
};
use crate::features::map::labels::{LabelSpot, LABEL_FS};
use crate::i18n::K;

/// A `<line>` of `class` from `(x1, y1)` to `(x2, y2)`.
fn push_line(out: &mut String, class: &str, (x1, y1, x2, y2): (f64, f64, f64, f64)) {
    out.push_str("<line class=\"");
    out.push_str(class);
    out.push_str("\" x1=\"");
    push_num(out, x1);
    out.push_str("\" y1=\"");
    push_num(out, y1);
    out.push_str("\" x2=\"");
    push_num(out, x2);
    out.push_str("\" y2=\"");
    push_num(out, y2);
    out.push_str("\"></line>");
}

/// The zones, sector dividers, type names and the business's disc behind the markers.
pub fn backdrop_markup(lang: Lang) -> String {
    let (int_edge, ext_edge) = zone_edges();
    let outer_edge = R_MAX + 18.0;
    let mut out = String::with_capacity(4096);
    let circle = |out: &mut String, class: &str, r: f64| {
        out.push_str("<circle class=\"");
        out.push_str(class);
        out.push_str("\" r=\"");
        push_num(out, r);
        out.push_str("\"></circle>");
    };
    let text = |out: &mut String, class: &str, x: f64, y: f64, anchor: &str, body: &str| {
        out.push_str("<text class=\"");
        out.push_str(class);
        out.push_str("\" x=\"");
        push_num(out, x);
        out.push_str("\" y=\"");
        push_num(out, y);
        out.push_str("\" text-anchor=\"");
        out.push_str(anchor);
        out.push_str("\">");
        out.push_str(&esc(body));
        out.push_str("</text>");
    };
    circle(
        &mut out,
        "orbit-map__zone orbit-map__zone--external",
        outer_edge,
    );
    circle(
        &mut out,
        "orbit-map__zone orbit-map__zone--middle",
        ext_edge,
    );
    circle(
        &mut out,
        "orbit-map__zone orbit-map__zone--internal",
        int_edge,
    );
    for i in 0..6 {
        let deg = -90.0 + 60.0 * f64::from(i);
        let (x1, y1) = polar(DISC_R, deg);
        let (x2, y2) = polar(outer_edge, deg);
        let class = if i % 3 == 0 {
            "orbit-map__divider orbit-map__divider--half"
        } else {
            "orbit-map__divider"
        };
        push_line(&mut out, class, (x1, y1, x2, y2));
    }
    let zone_label = "orbit-map__zone-label";
    let zone_in = (CORE_R + int_edge) / 2.0;
    let zone_mid = (int_edge + ext_edge) / 2.0;
    let zone_out = (ext_edge + outer_edge) / 2.0;
    text(
        &mut out,
        zone_label,
        0.0,
        zone_in + 6.0,
        "middle",
        K::ZoneInside.get(lang),
    );
    text(
        &mut out,
        zone_label,
        0.0,
        zone_mid + 6.0,
        "middle",
        K::ZoneMiddle.get(lang),
    );
    text(
        &mut out,
        zone_label,
        0.0,
        zone_out + 6.0,
        "middle",
        K::ZoneOutside.get(lang),
    );
    for t in CustomerType::ALL {
        let (x, y) = polar(SECTOR_LABEL_R, Sector::Type(t).mid());
        let (anchor, dir) = if x > 1.0 {
            ("start", 1.0)
        } else if x < -1.0 {
            ("end", -1.0)
        } else {
            ("middle", 0.0)
        };
        out.push_str("<g class=\"orbit-map__sector orbit-map__marker--");
        out.push_str(type_class(t));
        out.push_str("\"><g transform=\"translate(");
        push_num(&mut out, x + 10.0 * dir);
        out.push(' ');
        push_num(&mut out, y);
        out.push_str(")\">");
        push_shape(&mut out, Some(t), 8.0);
        out.push_str("</g>");
        let label = t.label().get(lang);
        text(
            &mut out,
            "orbit-map__sector-label",
            x + 24.0 * dir,
            y + 6.0,
            anchor,
            label,
        );
        out.push_str("</g>");
    }
    let half_y = -VIEW_Y + 30.0;
    let external = format!("← {}", K::HalfExternal.get(lang));
    text(
        &mut out,
        "orbit-map__half orbit-map__half--external",
        -VIEW_X + 8.0,
        half_y,
        "start",
        &external,
    );
    let internal = format!("{} →", K::HalfInternal.get(lang));
    text(
        &mut out,
        "orbit-map__half orbit-map__half--internal",
        VIEW_X - 8.0,
        half_y,
        "end",
        &internal,
    );
    circle(&mut out, "orbit-map__core", DISC_R);
    let label = K::CenterLabel.get(lang);
    let (first, rest) = label.split_once(' ').unwrap_or((label, ""));
    out.push_str("<text class=\"orbit-map__core-label\" x=\"0\" y=\"0\" text-anchor=\"middle\"><tspan x=\"0\" dy=\"");
    out.push_str(if rest.is_empty() { "5" } else { "-3" });
    out.push_str("\">");
    out.push_str(&esc(first));
    out.push_str("</tspan><tspan x=\"0\" dy=\"17\">");
    out.push_str(&esc(rest));
    out.push_str("</tspan></text>");
    out
}

/// The markers of `dots` in order (Tab follows it). Interactive markers take focus and say
/// what they are; the data attributes let tests and tools read a marker without parsing paths.
///
/// Dense maps (more than [`MEDIUM_MAX`] markers) get light markers, which cut about a third
/// of the browser's style, layout and paint work for a thousand of them: the shape and health
/// ring sit right in the marker, whose transform carries the size, with no hit circle
/// (neighbours cover that space anyway) and no outer at-risk ring (hidden at that size). Styles
/// are in map.css. Their data attributes are only the id: what the others held is in the class
/// and the description, and the browser reads a sixth less markup (5,000 markers: 400 kB).
pub fn markers_markup(dots: &[Dot], lang: Lang, interactive: bool) -> String {
    let light = dots.len() > MEDIUM_MAX;
    let scale = density(dots.len()).0;
    let mut out = String::with_capacity(dots.len() * 400);
    for (i, d) in dots.iter().enumerate() {
        let t = d.types.first().copied();
        let band = d.band();
        out.push_str("<g class=\"orbit-map__marker orbit-map__marker--");
        out.push_str(t.map(type_class).unwrap_or("none"));
        out.push_str(" orbit-map__marker--");
        out.push_str(band_class(band));
        out.push_str("\" transform=\"translate(");
        push_num(&mut out, d.x);
        out.push(' ');
        push_num(&mut out, d.y);
        out.push(')');
        if light {
            out.push_str(" scale(");
            push_hundredths(&mut out, scale);
            out.push(')');
        }
        out.push('"');
        if interactive {
            // One Tab stop for the whole map; arrow keys move between markers.
            out.push_str(if i == 0 {
                " tabindex=\"0\""
            } else {
                " tabindex=\"-1\""
            });
            out.push_str(" role=\"button\" aria-label=\"");
            push_esc(&mut out, &marker_desc(d, lang));
            out.push_str("\" data-testid=\"marker\"");
        } else {
            out.push_str(" data-testid=\"report-marker\"");
        }
        let _ = write!(out, " data-id=\"{}\"", d.id);
        if !light {
            let _ = write!(out, " data-axis=\"{}\"", d.axis);
            out.push_str(" data-side=\"");
            out.push_str(side_class(d.side));
            out.push_str("\" data-types=\"");
            for (i, t) in d.types.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(t.id());
            }
            out.push_str("\" data-band=\"");
            out.push_str(band_class(band));
            out.push('"');
        }
        out.push('>');
        if light {
            push_ring(&mut out, band, GLYPH_R * RING, false);
            push_shape(&mut out, t, GLYPH_R);
        } else {
            out.push_str("<g class=\"orbit-map__glyph\"><circle class=\"orbit-map__hit\" r=\"");
            push_num(&mut out, GLYPH_R * 2.0);
            out.push_str("\"></circle>");
            push_ring(&mut out, band, GLYPH_R * RING, true);
            push_shape(&mut out, t, GLYPH_R);
            out.push_str("</g>");
        }
        out.push_str("</g>");
    }
    out
}

/// Marker names written next to their markers, under them the leader lines of names that had
/// to move away from their marker.
pub fn labels_markup(labels: &[LabelSpot]) -> String {
    let mut out = String::with_capacity(labels.len() * 160);
    for leader in labels.iter().filter_map(|l| l.leader) {
        push_line(&mut out, "orbit-map__leader", leader);
    }
    for l in labels {
        let _ = write!(
            out,
            "<text class=\"orbit-map__label\" data-testid=\"marker-label\" data-id=\"{}\" x=\"",
            l.id
        );
        push_num(&mut out, l.x);
        out.push_str("\" y=\"");
        push_num(&mut out, l.y + LABEL_FS * 0.35);
        out.push_str("\" text-anchor=\"");
        out.push_str(l.anchor.svg());
        out.push_str("\">");
        out.push_str(&esc(&l.text));
        out.push_str("</text>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::map::dots::tests::test_dot;

    #[test]
    fn a_hostile_name_cannot_reorder_a_marker_description() {
        let d = test_dot(
            3,
            "\u{202e}Eve\u{2069}",
            20,
            &[CustomerType::Loyal],
            Some(20),
        );
        let m = markers_markup(&[d], Lang::En, true);
        // The stray close is dropped and the override stays between the name's own marks.
        assert!(
            m.contains("aria-label=\"\u{2068}\u{202e}Eve\u{2069}: "),
            "{m}"
        );
    }

    #[test]
    fn markers_are_light_on_dense_maps() {
        let few: Vec<Dot> = (0..3)
            .map(|i| test_dot(i, "Ana <b>", 20, &[CustomerType::Loyal], Some(20)))
            .collect();
        let m = markers_markup(&few, Lang::En, true);
        assert_eq!(m.matches("data-testid=\"marker\"").count(), 3);
        assert_eq!(m.matches("tabindex=\"0\"").count(), 1, "one Tab stop");
        assert!(m.find("tabindex=\"0\"") < m.find("tabindex=\"-1\""));
        assert_eq!(m.matches("tabindex=\"-1\"").count(), 2);
        assert_eq!(m.matches("orbit-map__hit").count(), 3);
        assert_eq!(
            m.matches("orbit-map__ring--outer").count(),
            3,
            "at risk: doubled ring"
        );
        assert!(m.contains("Ana &lt;b&gt;") && !m.contains("<b>"));
        assert!(m.contains("aria-label=\"\u{2068}Ana &lt;b&gt;\u{2069}: "));
        assert!(!m.contains("scale("));

        let many: Vec<Dot> = (0..=MEDIUM_MAX as u32)
            .map(|i| test_dot(i, "Ana", 20, &[CustomerType::Loyal], Some(20)))
            .collect();
        let m = markers_markup(&many, Lang::En, false);
        assert_eq!(
            m.matches("data-testid=\"report-marker\"").count(),
            many.len()
        );
        assert!(!m.contains("orbit-map__hit") && !m.contains("orbit-map__glyph"));
        assert!(!m.contains("orbit-map__ring--outer"));
        assert_eq!(m.matches("class=\"orbit-map__ring\"").count(), many.len());
        assert_eq!(m.matches(" scale(0.55)\"").count(), many.len());
        assert!(!m.contains("tabindex"), "a static map takes no focus");
        assert!(m.contains(" data-id=\"0\">"));
        assert!(!m.contains("data-axis") && !m.contains("data-band"));
    }
}
