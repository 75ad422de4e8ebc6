//! The printed report (print-only): the orbit map with its legend, the table, each
//! stakeholder's placement with their top suggestions, and the plan grouped by status.

use std::fmt::Write;

use leptos::prelude::*;

use crate::app::store::{use_placements, use_store};
use crate::components::classes::side_class;
use crate::components::markup::{esc, esc_isolated, push_bdi, push_health, push_mini_axis};
use crate::components::role_flag::push_role_flag;
use crate::domain::hearing::suggestions_for;
use crate::domain::order;
use crate::domain::plan::{sorted, PlanItem, PlanSort, Status};
use crate::domain::suggestions::{self, lever};
use crate::domain::Lang;
use crate::features::map::dots::{dot_types_text, map_dots, placed, Dot};
use crate::features::map::legend::Legend;
use crate::features::map::orbit_svg::OrbitSvg;
use crate::features::map::table::MapTable;
use crate::features::plan::status_key;
use crate::i18n::{fill, fmt_date, user, user_list, K};

/// Suggestions shown per stakeholder in the report.
const REPORT_SUGGESTIONS: usize = 3;

/// One stakeholder in the report, with the levers that would help them most.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    dot: Dot,
    /// `(lever id, why)` for the top suggestions.
    top: Vec<(&'static str, crate::domain::Text)>,
}

#[component]
pub fn Report() -> impl IntoView {
    let store = use_store();
    let placements = use_placements();
    let data = map_dots(store, placements, Signal::stored(1.0));
    let dots = Signal::derive(move || data.with(|m| m.dots.clone()));
    let entries = Memo::new(move |_| {
        placements.0.with(|ps| {
            store
                .with_map(|m| {
                    let mut v: Vec<Entry> = placed(m, ps)
                        .map(|(s, p)| Entry {
                            dot: Dot::new(s.id, &s.name, &s.role, p),
                            top: suggestions_for(m, s.id, p, &s.answers)
                                .into_iter()
                                .take(REPORT_SUGGESTIONS)
                                .map(|x| (x.lever.id, x.why))
                                .collect(),
                        })
                        .collect();
                    // Most inside first, as the map reads from the centre out.
                    order::sort_by(&mut v, |a, b| {
                        b.dot
                            .axis
                            .cmp(&a.dot.axis)
                            .then(a.dot.name.cmp(&b.dot.name))
                    });
                    v
                })
                .unwrap_or_default()
        })
    });
    let plan = Memo::new(move |_| store.with_map(|m| m.plan.clone()).unwrap_or_default());
    // The printed plan follows the order chosen on the Plan tab.
    let sort = crate::web::storage::plan_filter().sort;

    view! {
        <section class="report print-only" data-testid="report">
            <section class="report__section report__map">
                <h2 class="report__title">{store.tr(K::MapHeading)}</h2>
                <p class="muted">{store.tr(K::MapIntro)}</p>
                <div class="report__map-grid">
                    <OrbitSvg dots=dots/>
                    <Legend/>
                </div>
            </section>
            <section class="report__section">
                <h2 class="report__title">{store.tr(K::TableCaption)}</h2>
                <MapTable dots=dots printable=true/>
            </section>
            <section class="report__section">
                <h2 class="report__title">{store.tr(K::ReportStakeholders)}</h2>
                <div class="report__cards" inner_html=move || entries.with(|e| cards_markup(e, store.lang.get()))></div>
            </section>
            <section class="report__section">
                <h2 class="report__title">{store.tr(K::PlanHeading)}</h2>
                <div class="contents" inner_html=move || {
                    plan.with(|items| {
                        store
                            .with_map(|m| {
                                let name_of = |id| m.stakeholder(id).map(|s| s.name.as_str());
                                plan_markup(items, name_of, sort, store.lang.get())
                            })
                            .unwrap_or_default()
                    })
                }></div>
            </section>
        </section>
    }
}

/// The stakeholders' cards: placement facts and the levers that would help each most.
fn cards_markup(entries: &[Entry], lang: Lang) -> String {
    let mut out = String::with_capacity(entries.len() * 900);
    for Entry { dot: d, top } in entries {
        out.push_str("<article class=\"report-card\" data-testid=\"report-card\"><h3 class=\"report-card__name\">");
        push_bdi(&mut out, &d.name);
        out.push_str("</h3>");
        if !d.role.is_empty() {
            out.push_str("<p class=\"report-card__role muted\">");
            push_bdi(&mut out, &d.role);
            out.push_str("</p>");
        }
        out.push_str("<p class=\"report-card__facts\"><span class=\"report-card__axis\">");
        push_mini_axis(&mut out, d.axis);
        out.push_str(&esc(&fill(
            K::AxisValue.get(lang),
            &[("n", &d.axis.to_string())],
        )));
        let side = side_class(d.side);
        let _ = write!(
            out,
            "</span><span class=\"side-tag side-tag--{side}\">{}</span><span>{}</span>",
            esc(d.side.label().get(lang)),
            esc(&dot_types_text(d, lang))
        );
        push_role_flag(&mut out, d.tie, d.side, lang);
        push_health(&mut out, d.health, lang);
        out.push_str("</p>");
        let levers: Vec<_> = top
            .iter()
            .filter_map(|(id, why)| Some((suggestions::lever(id)?, why)))
            .collect();
        if !levers.is_empty() {
            out.push_str("<ol class=\"report-card__suggestions\">");
            for (lever, why) in levers {
                let _ = write!(
                    out,
                    "<li><strong>{}</strong> — <span>{}</span></li>",
                    esc(lever.title.get(lang)),
                    esc(why.get(lang))
                );
            }
            out.push_str("</ol>");
        }
        out.push_str("</article>");
    }
    out
}

/// The plan grouped by status (to do, doing, done), each group in the order `sort` gives (as
/// on the Plan tab); `name_of` names the stakeholders an item serves.
fn plan_markup<'a>(
    items: &[PlanItem],
    name_of: impl Fn(u32) -> Option<&'a str>,
    sort: PlanSort,
    lang: Lang,
) -> String {
    let mut out = String::new();
    if items.is_empty() {
        let _ = write!(
            out,
            "<p class=\"muted\">{}</p>",
            esc(K::ReportNoPlan.get(lang))
        );
        return out;
    }
    for status in Status::ALL {
        let group: Vec<&PlanItem> = sorted(items, sort)
            .into_iter()
            .filter(|i| i.status == status)
            .collect();
        if group.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "<h3 class=\"report__subtitle\">{}</h3><ul class=\"report__plan\">",
            esc(status_key(status).get(lang))
        );
        for item in group {
            let _ = write!(
                out,
                "<li class=\"plan-item report-plan-item plan-item--{}\"><div class=\"plan-item__head\">\
                 <span class=\"plan-item__title\"><bdi>{}</bdi></span><span class=\"plan-item__priority\">\
                 <span class=\"plan-item__priority-label\">{}: </span>{}</span></div>",
                item.status.id(),
                esc(item.title_in(lang)),
                esc(K::Priority.get(lang)),
                item.priority
            );
            let mut meta = Vec::new();
            if !item.owner.trim().is_empty() {
                meta.push(format!("{}: {}", K::Owner.get(lang), user(&item.owner)));
            }
            if !item.due.is_empty() {
                meta.push(format!(
                    "{}: {}",
                    K::DueDate.get(lang),
                    fmt_date(&item.due, lang)
                ));
            }
            if !meta.is_empty() {
                let _ = write!(
                    out,
                    "<p class=\"plan-item__for muted\">{}</p>",
                    esc_isolated(&meta.join(" · "))
                );
            }
            if let Some(how) = item.lever.as_deref().and_then(lever) {
                let _ = write!(
                    out,
                    "<p class=\"plan-item__how\">{}</p>",
                    esc(how.detail.get(lang))
                );
            }
            let names: Vec<&str> = item
                .stakeholders
                .iter()
                .filter_map(|id| name_of(*id))
                .collect();
            if !names.is_empty() {
                let _ = write!(
                    out,
                    "<p class=\"plan-item__for muted\">{}: {}</p>",
                    esc(K::Serves.get(lang)),
                    esc_isolated(&user_list(&names))
                );
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::CustomerType;
    use crate::features::map::dots::tests::test_dot;

    fn item(id: u32, title: &str, status: Status, priority: u8, people: &[u32]) -> PlanItem {
        PlanItem {
            id,
            title: title.to_string(),
            lever: None,
            stakeholders: people.to_vec(),
            owner: String::new(),
            due: String::new(),
            status,
            priority,
        }
    }

    #[test]
    fn cards_show_facts_and_top_levers_escaped_in_the_language() {
        let lever = &suggestions::levers()[0];
        let mut d = test_dot(7, "Ana <b>&", 82, &[CustomerType::Operative], Some(30));
        d.role = "Cook \"night\"".to_string();
        d.tie = crate::domain::model::Role::TwoRoles;
        let plain = test_dot(8, "Luis", 10, &[], None);
        let entries = vec![
            Entry {
                dot: d,
                top: vec![(lever.id, crate::domain::Text::new("porque sí", "because"))],
            },
            Entry {
                dot: plain,
                top: vec![("no-such-lever", crate::domain::Text::new("x", "x"))],
            },
        ];
        let m = cards_markup(&entries, Lang::En);
        assert_eq!(m.matches("data-testid=\"report-card\"").count(), 2);
        assert!(m.contains("<bdi>Ana &lt;b&gt;&amp;</bdi></h3>") && !m.contains("<b>"));
        assert!(m.contains("<bdi>Cook &quot;night&quot;</bdi>"));
        assert_eq!(
            m.matches("report-card__role").count(),
            1,
            "no empty role line"
        );
        assert!(m.contains("side-tag--internal") && m.contains("side-tag--external"));
        assert_eq!(
            m.matches(">Also buys from you</span>").count(),
            1,
            "only Ana has two roles"
        );
        assert!(m.contains(&esc(CustomerType::Operative.label().get(Lang::En))));
        assert!(m.contains(&format!(
            "<strong>{}</strong> — <span>because</span>",
            esc(lever.title.get(Lang::En))
        )));
        // An unknown lever is skipped, and a card with none has no empty list.
        assert_eq!(m.matches("report-card__suggestions").count(), 1);
        let es = cards_markup(&entries, Lang::Es);
        assert!(es.contains("porque sí") && es.contains(&esc(lever.title.get(Lang::Es))));
    }

    #[test]
    fn user_text_in_the_plan_is_isolated_without_marks_in_the_page() {
        let mut a = item(1, "\u{202e}Call", Status::Todo, 40, &[7, 8]);
        a.owner = "\u{202e}Marta".to_string();
        let name_of = |id| match id {
            7 => Some("\u{202e}Ana"),
            8 => Some("Luis"),
            _ => None,
        };
        let m = plan_markup(&[a], name_of, PlanSort::Priority, Lang::En);
        assert!(m.contains("<bdi>\u{202e}Call</bdi>"));
        assert!(m.contains("<bdi>\u{202e}Marta</bdi>"));
        assert!(m.contains("<bdi>\u{202e}Ana</bdi>, <bdi>Luis</bdi></p>"));
        assert!(!m.contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn plan_is_grouped_by_status_by_priority_with_names() {
        let mut a = item(1, "Call <them>", Status::Doing, 40, &[7, 99]);
        a.owner = "Marta".to_string();
        a.due = "2027-01-15".to_string();
        let items = vec![
            item(2, "Low", Status::Todo, 10, &[]),
            a,
            item(3, "High", Status::Todo, 90, &[8]),
        ];
        let name_of = |id| match id {
            7 => Some("Ana"),
            8 => Some("Luis"),
            _ => None,
        };
        // Sorted by due date (as chosen on the Plan tab), the dated one comes first.
        let mut dated = items.clone();
        dated[0].due = "2026-03-01".to_string();
        let m = plan_markup(&dated, name_of, PlanSort::Due, Lang::En);
        assert!(
            m.find(">Low<") < m.find(">High<"),
            "the printed plan follows the sort"
        );
        let m = plan_markup(&items, name_of, PlanSort::Priority, Lang::En);
        let pos = |s: &str| m.find(s).unwrap_or_else(|| panic!("{s} missing"));
        // To do before doing; in a group, the higher priority first.
        assert!(pos(">High<") < pos(">Low<") && pos(">Low<") < pos("<bdi>Call &lt;them&gt;</bdi>"));
        assert_eq!(
            m.matches("report__subtitle").count(),
            2,
            "no heading for an empty group"
        );
        assert!(m.contains("plan-item--doing") && m.contains("plan-item--todo"));
        assert!(m.contains(&format!(
            "{}: <bdi>Marta</bdi> · {}: ",
            K::Owner.get(Lang::En),
            K::DueDate.get(Lang::En)
        )));
        assert!(m.contains(&fmt_date("2027-01-15", Lang::En)));
        // Unknown ids (a removed stakeholder) are left out of the names.
        assert!(m.contains(&format!("{}: <bdi>Ana</bdi></p>", K::Serves.get(Lang::En))));
        assert!(m.contains(&format!("{}: <bdi>Luis</bdi></p>", K::Serves.get(Lang::En))));
        assert_eq!(m.matches(K::Serves.get(Lang::En)).count(), 2);
        assert_eq!(
            m.matches("plan-item__for").count(),
            3,
            "no empty owner and date line"
        );
        // An item from a suggestion says how to do it; one typed by hand has no such line.
        assert_eq!(m.matches("plan-item__how").count(), 0);
        let mut from_lever = item(4, "Ask", Status::Todo, 50, &[]);
        let l = &crate::domain::suggestions::levers()[0];
        from_lever.lever = Some(l.id.to_string());
        let m = plan_markup(&[from_lever], name_of, PlanSort::Priority, Lang::Es);
        assert!(m.contains(&format!(
            "<p class=\"plan-item__how\">{}</p>",
            esc(l.detail.get(Lang::Es))
        )));
        let empty = plan_markup(&[], name_of, PlanSort::Priority, Lang::Es);
        assert!(empty.contains(&esc(K::ReportNoPlan.get(Lang::Es))));
    }
}
