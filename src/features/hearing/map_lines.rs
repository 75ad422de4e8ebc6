//! On the orbit map, a dashed line from where the manager places a stakeholder to where they
//! place themselves, each described for screen readers; and the same as the table's
//! "They say" column. Only what may be shown is drawn (a group from its threshold on).

use std::fmt::Write;

use crate::components::markup::{esc, push_num};
use crate::domain::hearing::hear;
use crate::domain::workspace::Map;
use crate::domain::Lang;
use crate::features::map::dots::Dot;
use crate::features::map::geometry::{position, Sector, GLYPH_R};
use crate::i18n::{fill, user, K};

/// Where a stakeholder places themselves (or their group, once shown), on the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TheySay {
    pub axis: u8,
    pub group: bool,
    pub x: f64,
    pub y: f64,
}

/// Where stakeholder `id` of `map` places themselves, if they replied and it may be shown.
pub fn they_say(map: &Map, id: u32) -> Option<TheySay> {
    let (v, c) = hear(map, id)?;
    let p = c.theirs?;
    let (x, y) = position(p.axis, Sector::of(&p.types, p.axis), id);
    Some(TheySay {
        axis: p.axis,
        group: v.group,
        x,
        y,
    })
}

/// "Ana: you place them at 20 of 100; they say 70 of 100".
pub fn line_desc(d: &Dot, t: &TheySay, lang: Lang) -> String {
    let who = if t.group { K::HearGroup } else { K::HearThem };
    fill(
        K::HearLineDesc.get(lang),
        &[
            ("name", &user(&d.name)),
            ("mine", &d.axis.to_string()),
            ("theirs", &t.axis.to_string()),
            ("who", who.get(lang)),
        ],
    )
}

/// The lines of every dot whose stakeholder said where they stand.
pub fn lines_markup(dots: &[Dot], lang: Lang) -> String {
    let mut out = String::new();
    for d in dots {
        let Some(t) = &d.they_say else { continue };
        let _ = write!(
            out,
            "<g class=\"heard-line\" role=\"img\" data-testid=\"heard-line\" data-id=\"{}\" data-axis=\"{}\" aria-label=\"{}\">\
             <line class=\"heard-line__path\" x1=\"",
            d.id,
            t.axis,
            esc(&line_desc(d, t, lang))
        );
        push_num(&mut out, d.x);
        out.push_str("\" y1=\"");
        push_num(&mut out, d.y);
        out.push_str("\" x2=\"");
        push_num(&mut out, t.x);
        out.push_str("\" y2=\"");
        push_num(&mut out, t.y);
        out.push_str("\"></line><circle class=\"heard-line__end\" cx=\"");
        push_num(&mut out, t.x);
        out.push_str("\" cy=\"");
        push_num(&mut out, t.y);
        out.push_str("\" r=\"");
        push_num(&mut out, GLYPH_R * 0.6);
        out.push_str("\"></circle></g>");
    }
    out
}

/// The table's "They say" cell: their own position, or a dash.
pub fn push_they_say_cell(out: &mut String, d: &Dot) {
    out.push_str("<td class=\"map-table__they\" data-testid=\"they-say\">");
    match &d.they_say {
        Some(t) => {
            let _ = write!(out, "<span class=\"map-table__num\">{}</span>", t.axis);
        }
        None => out.push_str("<span class=\"muted\" aria-hidden=\"true\">—</span>"),
    }
    out.push_str("</td>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::map::dots::tests::test_dot;

    #[test]
    fn a_line_joins_both_spots_and_says_so() {
        let mut d = test_dot(7, "Ana <x>", 20, &[], None);
        assert_eq!(lines_markup(std::slice::from_ref(&d), Lang::En), "");
        d.they_say = Some(TheySay {
            axis: 70,
            group: false,
            x: 100.0,
            y: -50.0,
        });
        let m = lines_markup(&[d.clone()], Lang::En);
        assert!(m.contains("data-id=\"7\" data-axis=\"70\""));
        assert!(m.contains("x2=\"100\" y2=\"-50\""));
        assert!(m.contains("you place them at 20 of 100; they say 70 of 100"));
        assert!(m.contains("Ana &lt;x&gt;"), "the name escaped");
        let es = lines_markup(&[d.clone()], Lang::Es);
        assert!(es.contains("tú la sitúas en 20 de 100; según su respuesta, 70 de 100"));
        let mut cell = String::new();
        push_they_say_cell(&mut cell, &d);
        assert!(cell.contains(">70<"));
    }
}
