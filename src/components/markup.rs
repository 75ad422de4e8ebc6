//! SVG and HTML markup as text, for things drawn many times (map markers, list rows, chips).
//!
//! A thousand markers built as one string and handed to the browser's parser render an order
//! of magnitude faster than element-by-element, and one string builder is far less wasm than
//! a view type per shape. Everything that comes from the user goes through [`esc`], and into
//! `<bdi>` ([`push_bdi`], [`esc_isolated`]) when it sits among the app's words, so a name with
//! stray direction marks cannot reorder them. Attributes take `i18n::user` marks instead.

use std::fmt::Write;

use crate::domain::model::{Band, CustomerType, Health};
use crate::domain::Lang;
use crate::i18n::{runs, K};

/// Escapes text for use in element content and in double- or single-quoted attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_esc(&mut out, s);
    out
}

/// Appends `s` escaped as [`esc`] does: the runs between the five special characters are
/// copied whole (they are ASCII, so never inside a multi-byte character).
pub fn push_esc(out: &mut String, s: &str) {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(entity);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// Appends user text as element content: escaped, in `<bdi>`.
pub fn push_bdi(out: &mut String, s: &str) {
    out.push_str("<bdi>");
    push_esc(out, s);
    out.push_str("</bdi>");
}

/// [`push_bdi`] as a string.
pub fn bdi(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 11);
    push_bdi(&mut out, s);
    out
}

/// Text that mixes the app's words with runs marked by `i18n::user`, as escaped element
/// content with each user run in `<bdi>` (the markup twin of `components::text::isolated`).
pub fn esc_isolated(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (run, user) in runs(text) {
        if user {
            push_bdi(&mut out, run);
        } else {
            out.push_str(&esc(run));
        }
    }
    out
}

/// A coordinate with at most one decimal ("12", "-3.5"), without float formatting code.
pub fn num(x: f64) -> String {
    let mut out = String::new();
    push_num(&mut out, x);
    out
}

/// Appends [`num`]`(x)` to `out`.
pub fn push_num(out: &mut String, x: f64) {
    push_fixed(out, x, 1);
}

/// Appends `x` with up to two decimals (scale factors).
pub fn push_hundredths(out: &mut String, x: f64) {
    push_fixed(out, x, 2);
}

/// Appends `x` rounded to `decimals` decimals, without trailing zeros.
fn push_fixed(out: &mut String, x: f64, decimals: u32) {
    let unit = 10i64.pow(decimals);
    let v = (x * unit as f64).round();
    let v = if v.is_finite() { v as i64 } else { 0 };
    if v < 0 {
        out.push('-');
    }
    let a = v.unsigned_abs();
    let unit = unit.unsigned_abs();
    let _ = write!(out, "{}", a / unit);
    let (mut frac, mut digits) = (a % unit, decimals);
    if frac == 0 {
        return;
    }
    while frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    let _ = write!(out, ".{frac:0digits$}", digits = digits as usize);
}

/// A point list for `<polygon points=…>`.
fn points(out: &mut String, pts: &[(f64, f64)]) {
    for (i, (x, y)) in pts.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_num(out, *x);
        out.push(',');
        push_num(out, *y);
    }
}

/// The marker shape of a type, centred on 0,0 with radius `r`: internal types are pointed or
/// many-sided, external ones round or blunt; a neutral small dot without a type.
pub fn shape(t: Option<CustomerType>, r: f64) -> String {
    let mut out = String::new();
    push_shape(&mut out, t, r);
    out
}

/// Appends [`shape`] to `out`.
pub fn push_shape(out: &mut String, t: Option<CustomerType>, r: f64) {
    let polygon = |out: &mut String, pts: &[(f64, f64)]| {
        out.push_str("<polygon class=\"shape\" points=\"");
        points(out, pts);
        out.push_str("\"></polygon>");
    };
    match t {
        None => {
            out.push_str("<circle class=\"shape shape--none\" r=\"");
            push_num(out, r * 0.75);
            out.push_str("\"></circle>");
        }
        Some(CustomerType::Loyal) => {
            out.push_str("<circle class=\"shape\" r=\"");
            push_num(out, r);
            out.push_str("\"></circle>");
        }
        Some(CustomerType::Impulsive) => {
            polygon(out, &[(0.0, -r), (r * 0.95, r * 0.8), (-r * 0.95, r * 0.8)])
        }
        Some(CustomerType::NeedBased) => {
            let s = r * 0.85;
            out.push_str("<rect class=\"shape\" x=\"");
            push_num(out, -s);
            out.push_str("\" y=\"");
            push_num(out, -s);
            out.push_str("\" width=\"");
            push_num(out, s * 2.0);
            out.push_str("\" height=\"");
            push_num(out, s * 2.0);
            out.push_str("\"></rect>");
        }
        Some(CustomerType::Executive) => polygon(out, &[(0.0, -r), (r, 0.0), (0.0, r), (-r, 0.0)]),
        Some(CustomerType::Commercial) => {
            // A regular hexagon: corners every 60°, starting at three o'clock.
            let (c, s) = (r * 0.5, r * 0.866_025_403_784_438_6);
            polygon(
                out,
                &[(r, 0.0), (c, s), (-c, s), (-r, 0.0), (-c, -s), (c, -s)],
            )
        }
        Some(CustomerType::Operative) => polygon(
            out,
            &[(0.0, r), (r * 0.95, -r * 0.8), (-r * 0.95, -r * 0.8)],
        ),
    }
}

/// The health ring around a marker of radius `r`, nothing without health. With `outer`, an
/// at-risk ring is doubled.
pub fn push_ring(out: &mut String, band: Option<Band>, r: f64, outer: bool) {
    let Some(band) = band else { return };
    out.push_str("<circle class=\"orbit-map__ring\" r=\"");
    push_num(out, r);
    out.push_str("\"></circle>");
    if outer && band == Band::AtRisk {
        out.push_str("<circle class=\"orbit-map__ring orbit-map__ring--outer\" r=\"");
        push_num(out, r * 1.3);
        out.push_str("\"></circle>");
    }
}

/// A type chip: its shape and name (`chip` in components.css).
pub fn push_chip(out: &mut String, t: CustomerType, lang: Lang) {
    out.push_str("<span class=\"chip chip--");
    out.push_str(t.id());
    out.push_str("\">");
    push_chip_inner(out, t, lang);
    out.push_str("</span>");
}

/// The inside of a type chip.
pub fn push_chip_inner(out: &mut String, t: CustomerType, lang: Lang) {
    out.push_str("<svg class=\"chip__icon\" viewBox=\"-6 -6 12 12\" aria-hidden=\"true\">");
    push_shape(out, Some(t), 5.0);
    out.push_str("</svg>");
    out.push_str(&esc(t.label().get(lang)));
}

/// Health as a coloured dot and "Band · score", or "no data".
pub fn push_health(out: &mut String, health: Option<Health>, lang: Lang) {
    out.push_str("<span class=\"health-dot health-dot--");
    out.push_str(band_id(health.map(|h| h.band)));
    out.push_str("\"><span class=\"health-dot__dot\" aria-hidden=\"true\"></span>");
    match health {
        Some(h) => {
            out.push_str(&esc(h.band.label().get(lang)));
            let _ = write!(out, " · {}", h.score);
        }
        None => out.push_str(&esc(K::HealthUnknownShort.get(lang))),
    }
    out.push_str("</span>");
}

/// A tiny external ↔ internal bar for lists.
pub fn push_mini_axis(out: &mut String, axis: u8) {
    out.push_str(
        "<svg class=\"mini-axis\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
         <rect class=\"mini-axis__track\" x=\"0\" y=\"4\" width=\"100\" height=\"2\" rx=\"1\"></rect>\
         <rect class=\"mini-axis__marker\" x=\"",
    );
    push_num(out, f64::from(axis.min(100)) - 1.5);
    out.push_str("\" y=\"0\" width=\"3\" height=\"10\" rx=\"1\"></rect></svg>");
}

/// CSS modifier of a health band.
pub fn band_id(b: Option<Band>) -> &'static str {
    match b {
        Some(Band::Thriving) => "thriving",
        Some(Band::Fine) => "fine",
        Some(Band::AtRisk) => "at-risk",
        None => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn escaping_by_runs_matches_escaping_each_character(s in "\\PC*[&<>\"'é€😀]?\\PC*") {
            let each: String = s
                .chars()
                .map(|c| match c {
                    '&' => "&amp;".to_string(),
                    '<' => "&lt;".to_string(),
                    '>' => "&gt;".to_string(),
                    '"' => "&quot;".to_string(),
                    '\'' => "&#39;".to_string(),
                    c => c.to_string(),
                })
                .collect();
            proptest::prop_assert_eq!(esc(&s), each);
        }
    }

    #[test]
    fn escapes_everything_that_could_open_markup() {
        assert_eq!(
            esc(r#"<img src=x onerror="a('b')">&"#),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;"
        );
        assert_eq!(esc("Ana Pérez · Ventas"), "Ana Pérez · Ventas");
    }

    #[test]
    fn user_runs_become_bdi_and_stay_escaped() {
        use crate::i18n::{fill, user};
        assert_eq!(bdi("<\u{202e}Ana"), "<bdi>&lt;\u{202e}Ana</bdi>");
        let text = fill(
            K::Deleted.get(Lang::En),
            &[("name", &user("\u{202e}<b>{n}"))],
        );
        assert_eq!(
            esc_isolated(&text),
            "Deleted “<bdi>\u{202e}&lt;b&gt;{n}</bdi>”."
        );
        assert!(!esc_isolated(&text).contains(['\u{2068}', '\u{2069}']));
        assert_eq!(esc_isolated("a & b"), "a &amp; b");
    }

    #[test]
    fn numbers_keep_one_decimal_and_drop_a_zero_one() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(-3.46), "-3.5");
        assert_eq!(num(0.04), "0");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(429.96), "430");
        assert_eq!(num(-620.25), "-620.3");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn scale_factors_keep_two_decimals() {
        let h = |x| {
            let mut s = String::new();
            push_hundredths(&mut s, x);
            s
        };
        assert_eq!(h(0.55), "0.55");
        assert_eq!(h(0.4), "0.4");
        assert_eq!(h(0.05), "0.05");
        assert_eq!(h(1.0), "1");
        assert_eq!(h(-1.25), "-1.25");
        assert_eq!(h(f64::INFINITY), "0");
    }

    #[test]
    fn every_type_has_its_own_shape() {
        let all: Vec<String> = CustomerType::ALL
            .into_iter()
            .map(|t| shape(Some(t), 10.0))
            .collect();
        for (i, a) in all.iter().enumerate() {
            assert!(a.contains("class=\"shape\""), "{a}");
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(
            shape(Some(CustomerType::Executive), 10.0),
            "<polygon class=\"shape\" points=\"0,-10 10,0 0,10 -10,0\"></polygon>"
        );
        assert!(shape(None, 12.0).contains("shape--none\" r=\"9\""));
    }

    #[test]
    fn rings_follow_health() {
        let ring = |b| {
            let mut s = String::new();
            push_ring(&mut s, b, 18.0, true);
            s
        };
        assert_eq!(ring(None), "");
        assert_eq!(ring(Some(Band::Fine)).matches("<circle").count(), 1);
        let risk = ring(Some(Band::AtRisk));
        assert_eq!(risk.matches("<circle").count(), 2);
        assert!(risk.contains("r=\"23.4\""));
        let mut single = String::new();
        push_ring(&mut single, Some(Band::AtRisk), 18.0, false);
        assert_eq!(single.matches("<circle").count(), 1);
    }
}
