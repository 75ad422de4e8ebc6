//! The map as a table: the same stakeholders and filters as the orbit map, sortable by column.

use std::cmp::Ordering;

use leptos::prelude::*;

use crate::domain::order;
use crate::domain::placement::{CustomerType, Health, Side};
use crate::domain::Lang;
use crate::i18n::{fill, K};
use crate::route::View;
use crate::ui::ctx::use_store;
use crate::ui::markup::shape;
use crate::ui::orbit_map::{type_index, Dot};
use crate::ui::widgets::{band_class, side_class, type_class, MiniAxis};

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
    let by_name = |a: &Dot, b: &Dot| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    };
    order::sort_by(rows, |a: &Dot, b: &Dot| {
        let main = match col {
            SortCol::Name => Ordering::Equal,
            SortCol::Axis => a.axis.cmp(&b.axis),
            SortCol::Side => side_rank(a.side).cmp(&side_rank(b.side)),
            SortCol::Type => type_rank(&a.types).cmp(&type_rank(&b.types)),
            SortCol::Health => a.health.map(|h| h.score).cmp(&b.health.map(|h| h.score)),
        };
        let main = if ascending { main } else { main.reverse() };
        main.then_with(|| {
            let n = by_name(a, b);
            if col == SortCol::Name && !ascending {
                n.reverse()
            } else {
                n
            }
        })
    });
}

/// Type chips (or "no type yet") in a fixed language, for long lists. `TypeChip` follows the
/// language itself, but a subscription per row makes switching language slow on big maps.
pub fn fixed_types(types: &[CustomerType], lang: Lang) -> AnyView {
    if types.is_empty() {
        return view! { <span class="muted">{K::NoType.get(lang)}</span> }.into_any();
    }
    types
        .iter()
        .map(|t| {
            view! {
                <span class=format!("chip chip--{}", type_class(*t))>
                    <svg class="chip__icon" viewBox="-6 -6 12 12" aria-hidden="true" inner_html=shape(Some(*t), 5.0)></svg>
                    {t.label().get(lang)}
                </span>
            }
        })
        .collect_view()
        .into_any()
}

/// Health as a dot plus words in a fixed language (the long-list twin of `HealthDot`).
pub fn fixed_health(health: Option<Health>, lang: Lang) -> impl IntoView {
    let text = match health {
        Some(h) => format!("{} · {}", h.band.label().get(lang), h.score),
        None => K::HealthUnknownShort.get(lang).to_string(),
    };
    view! {
        <span class=format!("health-dot health-dot--{}", band_class(health.map(|h| h.band)))>
            <span class="health-dot__dot" aria-hidden="true"></span>
            {text}
        </span>
    }
}

/// The table of `dots`. Interactive tables sort by column and link each name to the
/// stakeholder; `printable` ones are plain (the printed report).
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
    let rows = Memo::new(move |_| {
        let (col, asc) = sort.get();
        let mut v = dots.get();
        sort_dots(&mut v, col, asc);
        v
    });
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
                <caption class="sr-only">{move || store.t(K::TableCaption)}</caption>
                <thead>
                    <tr>{SortCol::ALL.into_iter().map(header).collect_view()}</tr>
                </thead>
                <tbody>
                    // Each row carries the language rather than subscribing to it (see OrbitSvg).
                    <For
                        each=move || {
                            let lang = store.lang.get();
                            rows.get().into_iter().map(move |d| (lang, d)).collect::<Vec<_>>()
                        }
                        key=|(lang, d)| (*lang, d.key())
                        let:item
                    >
                        {
                            let (lang, d) = item;
                            let id = d.id;
                            let side = d.side;
                            let name = d.name.clone();
                            let name_cell = if printable {
                                view! { <span class="map-table__name">{name}</span> }.into_any()
                            } else {
                                view! {
                                    <a class="map-table__name" href=format!("#{}", View::Stakeholder(id).path())
                                        on:click=move |ev| { ev.prevent_default(); store.go(View::Stakeholder(id)); }>
                                        {name}
                                    </a>
                                }
                                .into_any()
                            };
                            view! {
                                <tr data-testid="map-row" data-id=id data-axis=d.axis>
                                    <th scope="row" class="map-table__who">
                                        {name_cell}
                                        {(!d.role.is_empty()).then(|| view! { <span class="map-table__role">{d.role.clone()}</span> })}
                                    </th>
                                    <td class="map-table__axis">
                                        <span class="map-table__num">{d.axis}</span>
                                        <MiniAxis axis=d.axis/>
                                    </td>
                                    <td>
                                        <span class=format!("side-tag side-tag--{}", side_class(side))>
                                            {side.label().get(lang)}
                                        </span>
                                    </td>
                                    <td class="map-table__types">{fixed_types(&d.types, lang)}</td>
                                    <td>{fixed_health(d.health, lang)}</td>
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::orbit_map::tests::test_dot as dot;

    fn names(v: &[Dot]) -> Vec<&str> {
        v.iter().map(|d| d.name.as_str()).collect()
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
