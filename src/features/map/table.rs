//! The map as a table: the same stakeholders and filters as the orbit map, sortable by column.

use std::cmp::Ordering;
use std::fmt::Write;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::components::classes::side_class;
use crate::components::markup::{bdi, esc, push_chip, push_health, push_mini_axis};
use crate::components::role_flag::push_role_flag;
use crate::components::show::show_if;
use crate::components::show_more::ShowMore;
use crate::domain::model::{CustomerType, Side};
use crate::domain::order;
use crate::domain::Lang;
use crate::features::hearing::map_lines::push_they_say_cell;
use crate::features::map::dots::{no_type_key, type_index, Dot};
use crate::i18n::{fill, K};

/// Rows shown per page on screen.
const PAGE: usize = 100;

/// A column the table can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortCol {
    Name,
    Axis,
    Side,
    Type,
    Health,
}

impl SortCol {
    pub const ALL: [SortCol; 5] = [
        SortCol::Name,
        SortCol::Axis,
        SortCol::Side,
        SortCol::Type,
        SortCol::Health,
    ];

    fn key(self) -> K {
        match self {
            SortCol::Name => K::ColName,
            SortCol::Axis => K::ColAxis,
            SortCol::Side => K::ColSide,
            SortCol::Type => K::ColType,
            SortCol::Health => K::ColHealth,
        }
    }

    fn id(self) -> &'static str {
        match self {
            SortCol::Name => "name",
            SortCol::Axis => "axis",
            SortCol::Side => "side",
            SortCol::Type => "type",
            SortCol::Health => "health",
        }
    }
}

fn side_rank(s: Side) -> usize {
    Side::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// Rows without a type sort after every type.
fn type_rank(types: &[CustomerType]) -> usize {
    types
        .first()
        .map_or(CustomerType::ALL.len(), |t| type_index(*t))
}

/// Orders rows by a column; ties fall back to the name, then the id, so the order is stable.
pub fn sort_dots(rows: &mut Vec<Dot>, col: SortCol, ascending: bool) {
    // Each name is lower-cased once, not at every comparison.
    let mut keyed: Vec<(String, Dot)> =
        rows.drain(..).map(|d| (d.name.to_lowercase(), d)).collect();
    order::sort_by(&mut keyed, |(ka, a), (kb, b)| {
        let main = match col {
            SortCol::Name => Ordering::Equal,
            SortCol::Axis => a.axis.cmp(&b.axis),
            SortCol::Side => side_rank(a.side).cmp(&side_rank(b.side)),
            SortCol::Type => type_rank(&a.types).cmp(&type_rank(&b.types)),
            SortCol::Health => a.health.map(|h| h.score).cmp(&b.health.map(|h| h.score)),
        };
        let main = if ascending { main } else { main.reverse() };
        main.then_with(|| {
            let n = ka.cmp(kb).then(a.id.cmp(&b.id));
            if col == SortCol::Name && !ascending {
                n.reverse()
            } else {
                n
            }
        })
    });
    rows.extend(keyed.into_iter().map(|(_, d)| d));
}

/// Type chips (or "no type yet") in a fixed language, for long lists. `TypeChip` follows the
/// language itself, but a subscription per row makes switching language slow on big maps.
/// One table row: name (a link unless printed) and role, position, side, types and health,
/// and with `heard` where they place themselves.
pub fn push_table_row(out: &mut String, d: &Dot, lang: Lang, printable: bool, heard: bool) {
    let _ = write!(
        out,
        "<tr data-testid=\"map-row\" data-id=\"{id}\" data-axis=\"{axis}\"><th scope=\"row\" class=\"map-table__who\">",
        id = d.id,
        axis = d.axis,
    );
    if printable {
        let _ = write!(
            out,
            "<span class=\"map-table__name\">{}</span>",
            bdi(&d.name)
        );
    } else {
        let _ = write!(
            out,
            "<a class=\"map-table__name\" href=\"#{}\" data-id=\"{}\">{}</a>",
            View::Stakeholder(d.id).path(),
            d.id,
            bdi(&d.name)
        );
    }
    if !d.role.is_empty() {
        let _ = write!(
            out,
            "<span class=\"map-table__role\">{}</span>",
            bdi(&d.role)
        );
    }
    let _ = write!(
        out,
        "</th><td class=\"map-table__axis\"><span class=\"map-table__num\">{}</span>",
        d.axis
    );
    push_mini_axis(out, d.axis);
    let _ = write!(
        out,
        "</td><td class=\"map-table__side\"><span class=\"side-tag side-tag--{}\">{}</span>",
        side_class(d.side),
        esc(d.side.label().get(lang))
    );
    push_role_flag(out, d.tie, d.side, lang);
    out.push_str("</td><td class=\"map-table__types\">");
    if d.types.is_empty() {
        let _ = write!(
            out,
            "<span class=\"muted\">{}</span>",
            esc(no_type_key(d).get(lang))
        );
    }
    for t in &d.types {
        push_chip(out, *t, lang);
    }
    out.push_str("</td><td>");
    push_health(out, d.health, lang);
    out.push_str("</td>");
    if heard {
        push_they_say_cell(out, d);
    }
    out.push_str("</tr>");
}

#[component]
pub fn MapTable(
    /// Rows to show, already filtered.
    #[prop(into)]
    dots: Signal<Vec<Dot>>,
    /// No sort buttons or links.
    #[prop(optional)]
    printable: bool,
) -> impl IntoView {
    let store = use_store();
    let sort = RwSignal::new((SortCol::Name, true));
    // A thousand table rows take the browser most of a second to lay out: on screen the
    // table shows a page at a time (sorting covers every row); printed, all of them.
    let limit = RwSignal::new(PAGE);
    let rows = Memo::new(move |_| {
        let (col, asc) = sort.get();
        let mut v = dots.get();
        sort_dots(&mut v, col, asc);
        v
    });
    // The "They say" column, once anyone shown has said where they stand.
    let heard = move || dots.with(|v| v.iter().any(|d| d.they_say.is_some()));
    let header = move |col: SortCol| {
        let aria_sort = move || {
            let (c, asc) = sort.get();
            if c != col {
                "none"
            } else if asc {
                "ascending"
            } else {
                "descending"
            }
        };
        let click = move |_| {
            sort.update(|(c, asc)| {
                if *c == col {
                    *asc = !*asc;
                } else {
                    *c = col;
                    *asc = true;
                }
            })
        };
        let arrow = move || match sort.get() {
            (c, true) if c == col => "▲",
            (c, false) if c == col => "▼",
            _ => "↕",
        };
        let class = format!("map-table__col map-table__col--{}", col.id());
        if printable {
            view! { <th scope="col" class=class>{move || store.t(col.key())}</th> }.into_any()
        } else {
            view! {
                <th scope="col" class=class aria-sort=aria_sort>
                    <button type="button" class="map-table__sort" data-testid=format!("sort-{}", col.id())
                        title=move || fill(store.t(K::SortBy), &[("col", store.t(col.key()))])
                        on:click=click>
                        {move || store.t(col.key())}
                        <span class="map-table__arrow" aria-hidden="true">{arrow}</span>
                    </button>
                </th>
            }
            .into_any()
        }
    };
    view! {
        <div class="map-table__wrap">
            <table class="map-table" data-testid=if printable { "report-table" } else { "map-table" }>
                <caption class="sr-only">{store.tr(K::TableCaption)}</caption>
                <thead>
                    <tr>{SortCol::ALL.into_iter().map(header).collect_view()}
                        {show_if(heard, move || view! { <th scope="col" class="map-table__col map-table__col--they">{store.tr(K::ColTheySay)}</th> })}</tr>
                </thead>
                // Rows are one piece of markup (a thousand rows parse at once); name links are
                // handled here so a shared map keeps its link in the URL.
                <tbody
                    on:click=move |ev| {
                        if let Some(id) = link_id(&ev) {
                            ev.prevent_default();
                            store.go(View::Stakeholder(id));
                        }
                    }
                    inner_html=move || {
                        let lang = store.lang.get();
                        let shown = if printable { usize::MAX } else { limit.get() };
                        rows.with(|rows| {
                            let mut out = String::with_capacity(rows.len().min(shown) * 900);
                            for d in rows.iter().take(shown) {
                                push_table_row(&mut out, d, lang, printable, heard());
                            }
                            out
                        })
                    }>
                </tbody>
            </table>
        </div>
        {(!printable).then(|| view! {
            <ShowMore limit=limit total=Signal::derive(move || rows.with(|r| r.len())) page=PAGE
                showing_id="table-showing" more_id="table-show-more"/>
        })}
    }
}

/// The stakeholder id of the name link an event came from.
fn link_id(ev: &leptos::ev::MouseEvent) -> Option<u32> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = el.closest("a.map-table__name[data-id]").ok()??;
    link.get_attribute("data-id")?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::map::dots::tests::test_dot as dot;

    fn names(v: &[Dot]) -> Vec<&str> {
        v.iter().map(|d| d.name.as_str()).collect()
    }

    #[test]
    fn rows_escape_names_and_link_only_on_screen() {
        let d = dot(
            4,
            "<b>Tom & Co</b>",
            72,
            &[CustomerType::Executive],
            Some(80),
        );
        let mut live = String::new();
        push_table_row(&mut live, &d, Lang::En, false, false);
        assert!(live.starts_with("<tr data-testid=\"map-row\" data-id=\"4\" data-axis=\"72\">"));
        assert!(live.contains(
            "href=\"#/s/4\" data-id=\"4\"><bdi>&lt;b&gt;Tom &amp; Co&lt;/b&gt;</bdi></a>"
        ));
        assert!(live.contains("chip chip--executive"));
        assert!(live.ends_with("</td></tr>"));
        let mut printed = String::new();
        push_table_row(&mut printed, &d, Lang::Es, true, false);
        assert!(!printed.contains("<a "));
        assert!(printed.contains("<span class=\"map-table__name\"><bdi>&lt;b&gt;Tom"));
        let untyped = dot(5, "Ana", 50, &[], None);
        let mut row = String::new();
        push_table_row(&mut row, &untyped, Lang::En, false, true);
        assert!(row.contains("data-testid=\"they-say\""));
        assert!(row.contains("<span class=\"muted\">No clear type</span>"));
        assert!(row.contains("health-dot--unknown"));
        // Someone still being asked has no type *yet*; "no clear type" would be a verdict.
        let pending = Dot {
            complete: false,
            ..untyped
        };
        let mut row = String::new();
        push_table_row(&mut row, &pending, Lang::En, false, false);
        assert!(row.contains("<span class=\"muted\">No type yet</span>"));
        assert!(!row.contains("No clear type"));
        assert!(!row.contains("role-flag"));
        let two = Dot {
            tie: crate::domain::model::Role::TwoRoles,
            ..pending
        };
        let mut row = String::new();
        push_table_row(&mut row, &two, Lang::En, false, false);
        let side_cell =
            &row[row.find("map-table__side").unwrap()..row.find("map-table__types").unwrap()];
        assert!(side_cell.contains(">Also buys from you</span>"), "{row}");
    }

    #[test]
    fn sorts_by_each_column_both_ways() {
        let mut v = vec![
            dot(1, "carla", 80, &[CustomerType::Operative], Some(40)),
            dot(2, "Ana", 10, &[], None),
            dot(3, "Bea", 50, &[CustomerType::Loyal], Some(90)),
        ];
        sort_dots(&mut v, SortCol::Name, true);
        assert_eq!(names(&v), ["Ana", "Bea", "carla"]);
        sort_dots(&mut v, SortCol::Name, false);
        assert_eq!(names(&v), ["carla", "Bea", "Ana"]);
        sort_dots(&mut v, SortCol::Axis, true);
        assert_eq!(names(&v), ["Ana", "Bea", "carla"]);
        sort_dots(&mut v, SortCol::Axis, false);
        assert_eq!(names(&v), ["carla", "Bea", "Ana"]);
        sort_dots(&mut v, SortCol::Type, true);
        assert_eq!(names(&v), ["Bea", "carla", "Ana"], "untyped last");
        sort_dots(&mut v, SortCol::Health, false);
        assert_eq!(names(&v), ["Bea", "carla", "Ana"]);
        sort_dots(&mut v, SortCol::Side, true);
        assert_eq!(names(&v), ["Ana", "Bea", "carla"]);
    }

    #[test]
    fn ties_keep_name_order() {
        let mut v = vec![dot(1, "Zoe", 40, &[], None), dot(2, "Al", 40, &[], None)];
        sort_dots(&mut v, SortCol::Axis, false);
        assert_eq!(names(&v), ["Al", "Zoe"]);
    }
}
