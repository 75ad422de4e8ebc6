//! The map's legend: what the sectors and shapes (the six types), the rings (zones) and the
//! line round a marker (health) mean.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::classes::{band_class, type_class};
use crate::components::markup::{esc, push_ring, push_shape, shape};
use crate::domain::model::{Band, CustomerType, EXTERNAL_MAX, INTERNAL_MIN};
use crate::domain::Lang;
use crate::features::map::geometry::RING;
use crate::i18n::{fill, K};

/// What the shapes, zones and rings mean.
#[component]
pub fn Legend() -> impl IntoView {
    let store = use_store();
    view! {
        <section class="legend" aria-labelledby="legend-title" data-testid="legend"
            inner_html=move || legend_markup(store.lang.get())>
        </section>
    }
}

/// The legend's content in `lang`: types with their shapes, the three zones, health rings.
/// Static text, so one string (a view tree per item cost several kilobytes of code).
pub fn legend_markup(lang: Lang) -> String {
    let mut out = String::with_capacity(4096);
    let item_open = |out: &mut String, class: &str, icon: &str| {
        out.push_str("<li class=\"legend__item");
        if !class.is_empty() {
            out.push(' ');
            out.push_str(class);
        }
        out.push_str("\">");
        if !icon.is_empty() {
            out.push_str(
                "<svg class=\"legend__icon\" viewBox=\"-24 -24 48 48\" aria-hidden=\"true\">",
            );
            out.push_str(icon);
            out.push_str("</svg>");
        }
    };
    let named = |out: &mut String, name: &str, desc: Option<&str>| {
        match desc {
            Some(d) => {
                out.push_str("<span><strong>");
                out.push_str(&esc(name));
                out.push_str("</strong><span class=\"legend__desc\">");
                out.push_str(&esc(d));
                out.push_str("</span></span>");
            }
            None => {
                out.push_str("<strong>");
                out.push_str(&esc(name));
                out.push_str("</strong>");
            }
        }
        out.push_str("</li>");
    };
    let heading = |out: &mut String, group: &str, list: &str, key: K, help: K| {
        out.push_str("<div class=\"legend__group");
        out.push_str(group);
        out.push_str("\"><h4 class=\"legend__heading\">");
        out.push_str(&esc(key.get(lang)));
        out.push_str("</h4><p class=\"legend__help\">");
        out.push_str(&esc(help.get(lang)));
        out.push_str("</p><ul class=\"legend__list");
        out.push_str(list);
        out.push_str("\">");
    };

    out.push_str("<h3 id=\"legend-title\" class=\"legend__title\">");
    out.push_str(&esc(K::Legend.get(lang)));
    out.push_str("</h3>");

    heading(
        &mut out,
        " legend__group--types",
        " legend__list--types",
        K::LegendTypes,
        K::LegendTypesHelp,
    );
    for t in CustomerType::ALL {
        item_open(
            &mut out,
            &format!("orbit-map__marker--{}", type_class(t)),
            &shape(Some(t), 12.0),
        );
        named(
            &mut out,
            t.label().get(lang),
            Some(t.description().get(lang)),
        );
    }
    item_open(&mut out, "orbit-map__marker--none", &shape(None, 12.0));
    named(&mut out, K::NoType.get(lang), None);
    out.push_str("</ul></div>");

    heading(&mut out, "", "", K::LegendZones, K::LegendZonesHelp);
    for (class, name, help, n) in [
        ("internal", K::ZoneInside, K::ZoneInsideHelp, INTERNAL_MIN),
        ("middle", K::ZoneMiddle, K::ZoneMiddleHelp, 0),
        ("external", K::ZoneOutside, K::ZoneOutsideHelp, EXTERNAL_MAX),
    ] {
        item_open(&mut out, "", "");
        out.push_str("<span class=\"legend__swatch legend__swatch--");
        out.push_str(class);
        out.push_str("\" aria-hidden=\"true\"></span>");
        let help = fill(help.get(lang), &[("n", &n.to_string())]);
        named(&mut out, name.get(lang), Some(&help));
    }
    out.push_str("</ul></div>");

    heading(
        &mut out,
        "",
        " legend__list--inline",
        K::LegendHealth,
        K::LegendHealthHelp,
    );
    for b in [
        Some(Band::Thriving),
        Some(Band::Fine),
        Some(Band::AtRisk),
        None,
    ] {
        let mut icon = format!(
            "<g class=\"orbit-map__marker--none orbit-map__marker--{}\">",
            band_class(b)
        );
        push_ring(&mut icon, b, 12.0 * RING, true);
        push_shape(&mut icon, None, 12.0);
        icon.push_str("</g>");
        item_open(&mut out, "", &icon);
        let name = match b {
            Some(b) => b.label().get(lang),
            None => K::HealthUnknownShort.get(lang),
        };
        named(&mut out, name, None);
    }
    out.push_str("</ul></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legend_names_every_type_zone_and_health_band_in_both_languages() {
        for lang in [Lang::Es, Lang::En] {
            let m = legend_markup(lang);
            for t in CustomerType::ALL {
                assert!(m.contains(&esc(t.label().get(lang))), "{}", t.id());
                assert!(m.contains(&format!("orbit-map__marker--{}", type_class(t))));
            }
            for k in [
                K::LegendTypesHelp,
                K::LegendZonesHelp,
                K::LegendHealthHelp,
                K::NoType,
                K::ZoneInside,
                K::ZoneMiddle,
                K::ZoneOutside,
                K::HealthUnknownShort,
            ] {
                assert!(m.contains(&esc(k.get(lang))));
            }
            for b in [Band::Thriving, Band::Fine, Band::AtRisk] {
                assert!(m.contains(&esc(b.label().get(lang))));
            }
            assert!(m.contains(&INTERNAL_MIN.to_string()) && m.contains(&EXTERNAL_MAX.to_string()));
            assert!(!m.contains("{n}"), "placeholders are filled");
            assert_eq!(m.matches("<li ").count(), 7 + 3 + 4);
            assert_eq!(m.matches("<li ").count(), m.matches("</li>").count());
            assert_eq!(m.matches("<ul ").count(), 3);
            assert_eq!(
                m.matches("<svg ").count(),
                7 + 4,
                "a shape per type, a ring per band"
            );
        }
    }
}
