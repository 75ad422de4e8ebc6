//! The orbit map: every placed stakeholder around the business, nearer the centre the more
//! inside they are, in a sector for their type; with filters, legend, details card and a table.
//!
//! Geometry is pure (no browser types) so native tests pin it down: a marker's distance from
//! the centre is [`radius_for`] its axis, its angle comes from its type's sector and its id.

use std::fmt::Write;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::route::View;
use crate::app::store::{use_placements, use_store, Placements, Store};
use crate::components::markup::{esc, push_hundredths, push_num, push_ring, push_shape, shape};
use crate::components::widgets::{
    band_class, show_else, show_if, side_class, type_class, HealthDot, MiniAxis, TypeChip,
};
use crate::domain::model::{Band, CustomerType, Health, Side, EXTERNAL_MAX, INTERNAL_MIN};
use crate::domain::order;
use crate::domain::placement::Placement;
use crate::domain::state::{Map, Stakeholder};
use crate::domain::summary::INSIDE_FROM;
use crate::domain::{Lang, Text};
use crate::features::map::table::MapTable;
use crate::features::map::trig;
use crate::i18n::{fill, fmt_int, K};

/// Radius of axis 100 (fully inside): just outside the business's disc.
pub const CORE_R: f64 = 68.0;
/// Radius of axis 0 (fully outside).
pub const R_MAX: f64 = 430.0;
/// The business's disc at the centre.
const DISC_R: f64 = 52.0;
/// Wider than tall so the sector names at the sides fit.
const VIEW_BOX: &str = "-620 -500 1240 1000";
const VIEW_X: f64 = 620.0;
const VIEW_Y: f64 = 500.0;
/// Radius of a marker's shape at full size (see `.orbit-map--*` in map.css for the scales).
pub const GLYPH_R: f64 = 12.0;
/// The health ring around a marker, relative to the shape.
const RING: f64 = 1.5;
/// Degrees kept free at each edge of a sector so neighbouring sectors don't touch.
const PAD_DEG: f64 = 6.0;
/// Names are drawn next to markers only up to this many visible markers.
pub const LABEL_MAX: usize = 40;
/// Beyond this many markers the map is dense: markers are drawn light (see [`markers_markup`]).
pub const MEDIUM_MAX: usize = 150;
/// Font size of marker names in map units.
const LABEL_FS: f64 = 20.0;
/// Rough width of one character relative to the font size, for collision checks.
const CHAR_W: f64 = 0.56;
/// Radius at which the sector (type) names are written.
const SECTOR_LABEL_R: f64 = 452.0;

/// `x` kept within `lo..=hi`. Not `f64::clamp`: its check for `lo > hi` formats floats in its
/// panic message, which alone links about 10 KiB of float formatting into the wasm.
fn within(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

/// Distance from the centre for an axis value: 100 at the core, 0 at the outer edge.
pub fn radius_at(axis: f64) -> f64 {
    let a = within(axis, 0.0, 100.0);
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
    (round(r * trig::cos(t)), round(r * trig::sin(t)))
}

/// Where a marker goes on the map.
pub fn position(axis: u8, sector: Sector, id: u32) -> (f64, f64) {
    polar(radius_for(axis), angle_for(sector, id))
}

/// Up to this many markers, neighbours in a sector are pushed apart along their orbit.
const RELAX_MAX: usize = 150;

/// Pushes markers of the same sector apart along their orbit, never changing their radius, so
/// close neighbours don't cover each other; they stay inside their sector. `items` are
/// `(sector, radius, angle in degrees)`; `min_dist` is the wanted distance between centres.
pub fn relax(items: &mut [(Sector, f64, f64)], min_dist: f64) {
    const ROUNDS: usize = 16;
    let mut sectors: Vec<Sector> = Vec::new();
    for (s, _, _) in items.iter() {
        if !sectors.contains(s) {
            sectors.push(*s);
        }
    }
    for sector in sectors {
        let (a, b) = sector.span();
        let (lo, hi) = (a + PAD_DEG / 2.0, b - PAD_DEG / 2.0);
        let idx: Vec<usize> = (0..items.len()).filter(|i| items[*i].0 == sector).collect();
        for _ in 0..ROUNDS {
            let mut moved = false;
            for (n, &p) in idx.iter().enumerate() {
                for &q in &idx[n + 1..] {
                    let (rp, rq) = (items[p].1, items[q].1);
                    let dr = (rp - rq).abs();
                    if dr >= min_dist {
                        continue;
                    }
                    let need =
                        ((min_dist * min_dist - dr * dr).sqrt() / ((rp + rq) / 2.0)).to_degrees();
                    let gap = items[q].2 - items[p].2;
                    if gap.abs() >= need {
                        continue;
                    }
                    let push = (need - gap.abs()) / 2.0 + 0.01;
                    let dir = if gap >= 0.0 { 1.0 } else { -1.0 };
                    items[p].2 = within(items[p].2 - dir * push, lo, hi);
                    items[q].2 = within(items[q].2 + dir * push, lo, hi);
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
        0..=LABEL_MAX => (1.2, "sparse"),
        41..=MEDIUM_MAX => (0.75, "medium"),
        151..=400 => (0.55, "dense"),
        _ => (0.4, "crowded"),
    }
}

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
    fn svg(self) -> &'static str {
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

/// One placed stakeholder as the map and the table show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub id: u32,
    pub name: String,
    pub role: String,
    pub axis: u8,
    pub side: Side,
    pub types: Vec<CustomerType>,
    pub health: Option<Health>,
    /// Every question on the person's path is answered, so "no type" means "no clear type".
    pub complete: bool,
    pub x: f64,
    pub y: f64,
}

impl Dot {
    pub fn new(id: u32, name: &str, role: &str, p: &Placement) -> Dot {
        let (x, y) = position(p.axis, Sector::of(&p.types, p.axis), id);
        Dot {
            id,
            name: name.to_string(),
            role: role.to_string(),
            axis: p.axis,
            side: p.side,
            types: p.types.clone(),
            health: p.health,
            complete: p.complete,
            x,
            y,
        }
    }

    pub fn band(&self) -> Option<Band> {
        self.health.map(|h| h.band)
    }

    /// Clockwise from twelve o'clock, so Tab walks the map like a clock.
    fn clock_angle(&self) -> f64 {
        let a = trig::atan2(self.y, self.x).to_degrees() + 90.0;
        if a < 0.0 {
            a + 360.0
        } else {
            a
        }
    }
}

/// What to say for a dot without a type: "no clear type" once all is answered, "no type yet" before.
pub fn no_type_key(d: &Dot) -> K {
    if d.complete {
        K::NoType
    } else {
        K::TypePending
    }
}

/// The type names of a dot, or "no type yet".
pub fn dot_types_text(d: &Dot, lang: Lang) -> String {
    if d.types.is_empty() {
        no_type_key(d).get(lang).to_string()
    } else {
        d.types
            .iter()
            .map(|t| t.label().get(lang))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// Health as words: "Thriving (90)", or "no data".
pub fn health_text(h: Option<Health>, lang: Lang) -> String {
    match h {
        Some(h) => format!("{} ({})", h.band.label().get(lang), h.score),
        None => K::HealthUnknownShort.get(lang).to_string(),
    }
}

/// The spoken description of a marker.
pub fn marker_desc(d: &Dot, lang: Lang) -> String {
    fill(
        K::MarkerDesc.get(lang),
        &[
            ("name", &d.name),
            ("side", d.side.label().get(lang)),
            ("type", &dot_types_text(d, lang)),
            ("axis", &d.axis.to_string()),
            ("health", &health_text(d.health, lang)),
        ],
    )
}

/// Nudges close markers apart on small maps (see [`relax`]); big maps keep the plain spread.
pub fn spread_out(dots: &mut [Dot], zoom: f64) {
    if dots.len() > RELAX_MAX {
        return;
    }
    let scale = density(dots.len()).0 * zoom;
    let mut items: Vec<(Sector, f64, f64)> = dots
        .iter()
        .map(|d| {
            let sector = Sector::of(&d.types, d.axis);
            (sector, radius_for(d.axis), angle_for(sector, d.id))
        })
        .collect();
    relax(&mut items, 2.0 * GLYPH_R * RING * scale + 4.0);
    for (d, (_, r, deg)) in dots.iter_mut().zip(items) {
        (d.x, d.y) = polar(r, deg);
    }
}

/// Every placed stakeholder of the shown map, in clock order, and how many there are in all.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MapDots {
    pub dots: Vec<Dot>,
    pub total: usize,
}

/// Every stakeholder of a map with its placement, if placed (`ps` as [`Placements`] holds them).
pub fn with_placements<'a>(
    m: &'a Map,
    ps: &'a [(u32, Option<Placement>)],
) -> impl Iterator<Item = (&'a Stakeholder, Option<&'a Placement>)> + 'a {
    // Placements follow the map's order; an id mismatch would mean a stale read: no placement.
    m.stakeholders.iter().enumerate().map(move |(i, s)| {
        let p = ps.get(i).filter(|(id, _)| *id == s.id);
        (s, p.and_then(|(_, p)| p.as_ref()))
    })
}

/// The placed stakeholders of a map with their placements.
pub fn placed<'a>(
    m: &'a Map,
    ps: &'a [(u32, Option<Placement>)],
) -> impl Iterator<Item = (&'a Stakeholder, &'a Placement)> + 'a {
    with_placements(m, ps).filter_map(|(s, p)| Some((s, p?)))
}

/// Builds the map's dots from the placements (recomputed when answers or names change).
pub fn map_dots(store: Store, placements: Placements, zoom: Signal<f64>) -> Memo<MapDots> {
    Memo::new(move |_| {
        let zoom = zoom.get();
        placements.0.with(|ps| {
            store
                .with_map(|m| {
                    let mut dots: Vec<Dot> = placed(m, ps)
                        .map(|(s, p)| Dot::new(s.id, &s.name, &s.role, p))
                        .collect();
                    spread_out(&mut dots, zoom);
                    order::sort_by(&mut dots, |a, b| {
                        a.clock_angle()
                            .total_cmp(&b.clock_angle())
                            .then(b.axis.cmp(&a.axis))
                    });
                    MapDots {
                        dots,
                        total: m.stakeholders.len(),
                    }
                })
                .unwrap_or_default()
        })
    })
}

/// Which sides, types (plus "no type") and health bands (plus "no data") are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Filters {
    pub sides: [bool; 3],
    pub types: [bool; 7],
    pub bands: [bool; 4],
}

impl Default for Filters {
    fn default() -> Filters {
        Filters {
            sides: [true; 3],
            types: [true; 7],
            bands: [true; 4],
        }
    }
}

/// Index of a type in [`CustomerType::ALL`]; "no type" is 6.
pub fn type_index(t: CustomerType) -> usize {
    CustomerType::ALL.iter().position(|x| *x == t).unwrap_or(0)
}

/// Index of a band in [`Band::ALL`]; "no data" is 3.
pub fn band_index(b: Option<Band>) -> usize {
    b.and_then(|b| Band::ALL.iter().position(|x| *x == b))
        .unwrap_or(3)
}

impl Filters {
    pub fn keeps(&self, d: &Dot) -> bool {
        let side = Side::ALL.iter().position(|s| *s == d.side).unwrap_or(0);
        let typed = if d.types.is_empty() {
            self.types[6]
        } else {
            d.types.iter().any(|t| self.types[type_index(*t)])
        };
        self.sides[side] && typed && self.bands[band_index(d.band())]
    }
}

/// The marker under a pointer or keyboard event, if any.
fn marker_id(ev: &web_sys::Event) -> Option<u32> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let marker = el.closest(".orbit-map__marker[data-id]").ok()??;
    marker.get_attribute("data-id")?.parse().ok()
}

/// Where an arrow key moves focus among `len` markers from the one at `at`: Right and Down go
/// to the next marker (around the clock), Left and Up to the previous one, Home and End to the
/// first and last; both ends wrap. `None` for any other key.
pub fn roving_target(key: &str, at: usize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    match key {
        "ArrowRight" | "ArrowDown" => Some((at + 1) % len),
        "ArrowLeft" | "ArrowUp" => Some((at + len - 1) % len),
        "Home" => Some(0),
        "End" => Some(len - 1),
        _ => None,
    }
}

/// The marker an event happened on (the event's own target, not a child) and the group
/// holding all markers.
fn event_marker(ev: &web_sys::Event) -> Option<(web_sys::Element, web_sys::Element)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    if !el.has_attribute("data-id") {
        return None;
    }
    let group = el.parent_element()?;
    Some((el, group))
}

/// The map is one Tab stop: only one marker has `tabindex="0"` (the first, or the last one
/// focused) and the arrow keys move between them. Makes the marker that just took focus the
/// map's Tab stop.
fn take_tab_stop(ev: &web_sys::FocusEvent) {
    let Some((el, group)) = event_marker(ev) else {
        return;
    };
    if el.get_attribute("tabindex").as_deref() != Some("-1") {
        return;
    }
    if let Ok(Some(old)) = group.query_selector(":scope > [tabindex=\"0\"]") {
        let _ = old.set_attribute("tabindex", "-1");
    }
    let _ = el.set_attribute("tabindex", "0");
}

/// Moves focus to the marker an arrow key points at; `true` if it did.
fn move_marker_focus(ev: &web_sys::KeyboardEvent, key: &str) -> bool {
    let Some((el, group)) = event_marker(ev) else {
        return false;
    };
    let markers = group.children();
    let len = markers.length() as usize;
    let Some(at) = (0..len).find(|&i| markers.item(i as u32).as_ref() == Some(&el)) else {
        return false;
    };
    let Some(to) = roving_target(key, at, len) else {
        return false;
    };
    match markers
        .item(to as u32)
        .and_then(|m| m.dyn_into::<web_sys::SvgElement>().ok())
    {
        Some(m) => m.focus().is_ok(),
        None => false,
    }
}

/// Whether focus is moving into the marker card.
fn into_card(ev: &web_sys::FocusEvent) -> bool {
    ev.related_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".marker-card").ok().flatten())
        .is_some()
}

/// The marker being pointed at and the one with keyboard focus.
#[derive(Clone, Copy)]
pub struct ActiveMarker {
    pub hovered: RwSignal<Option<u32>>,
    pub focused: RwSignal<Option<u32>>,
}

impl Default for ActiveMarker {
    fn default() -> ActiveMarker {
        ActiveMarker {
            hovered: RwSignal::new(None),
            focused: RwSignal::new(None),
        }
    }
}

impl ActiveMarker {
    pub fn get(&self) -> Option<u32> {
        self.hovered.get().or_else(|| self.focused.get())
    }

    fn get_untracked(&self) -> Option<u32> {
        self.hovered
            .get_untracked()
            .or_else(|| self.focused.get_untracked())
    }
}

fn set_if_changed(s: RwSignal<Option<u32>>, v: Option<u32>) {
    // Focus leaves a marker as the view is torn down (opening a stakeholder), when the
    // signal may already be gone.
    if s.try_get_untracked().is_some_and(|now| now != v) {
        let _ = s.try_set(v);
    }
}

/// The SVG orbit map of `dots`. With `active` it is interactive: markers take focus, describe
/// themselves, report hover and focus, and open the stakeholder on click, Enter or Space.
/// Without it, it is a static picture (the printed report).
#[component]
pub fn OrbitSvg(
    /// Markers to draw, already filtered.
    #[prop(into)]
    dots: Signal<Vec<Dot>>,
    /// Hover and focus state for the details card; `None` for a static map.
    #[prop(optional)]
    active: Option<ActiveMarker>,
) -> impl IntoView {
    let store = use_store();
    let interactive = active.is_some();
    let count = Memo::new(move |_| dots.with(|v| v.len()));
    let labels = Memo::new(move |_| {
        dots.with(|v| {
            if v.len() > LABEL_MAX {
                return Vec::new();
            }
            let items: Vec<(u32, f64, f64, &str)> = v
                .iter()
                .map(|d| (d.id, d.x, d.y, d.name.as_str()))
                .collect();
            // The at-risk ring reaches 1.3 times the health ring.
            place_labels(&items, GLYPH_R * RING * 1.3 * density(v.len()).0 + 2.0)
        })
    });
    let open = move |id: u32| store.go(View::Stakeholder(id));
    // On a touch screen there is no hover: the first tap on a marker shows its card (which has
    // its own Open button), and a tap on the marker whose card is showing opens it.
    // `Some(card shown when the finger came down)` for a touch press, `None` otherwise.
    let touch_press = StoredValue::new(None::<Option<u32>>);
    let on_press = move |ev: leptos::ev::PointerEvent| {
        let shown = active.and_then(|a| a.get_untracked());
        touch_press.set_value((ev.pointer_type() == "touch").then_some(shown));
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !interactive {
            return;
        }
        let Some(id) = marker_id(&ev) else { return };
        match touch_press.get_value() {
            Some(shown) if shown != Some(id) => {
                if let Some(a) = active {
                    set_if_changed(a.focused, Some(id));
                    set_if_changed(a.hovered, Some(id));
                }
            }
            _ => open(id),
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if !interactive {
            return;
        }
        let key = ev.key();
        if key == "Enter" || key == " " {
            if let Some(id) = marker_id(&ev) {
                ev.prevent_default();
                open(id);
            }
        } else if move_marker_focus(&ev, &key) {
            ev.prevent_default();
        }
    };
    let on_over = move |ev: leptos::ev::MouseEvent| {
        if let Some(a) = active {
            set_if_changed(a.hovered, marker_id(&ev));
        }
    };
    let on_leave = move |_| {
        if let Some(a) = active {
            set_if_changed(a.hovered, None);
        }
    };
    let on_focus_in = move |ev: leptos::ev::FocusEvent| {
        take_tab_stop(&ev);
        if let Some(a) = active {
            set_if_changed(a.focused, marker_id(&ev));
        }
    };
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        // Tab from a marker goes to its card's Open link: the card must stay to receive it.
        if let Some(a) = active {
            if !into_card(&ev) {
                set_if_changed(a.focused, None);
            }
        }
    };

    view! {
        <svg
            class=move || format!("orbit-map orbit-map--{}", density(count.get()).1)
            viewBox=VIEW_BOX
            role="group"
            aria-label=store.tr(K::MapLabel)
            data-testid=if interactive { "orbit-map" } else { "report-map" }
            on:pointerdown=on_press
            on:click=on_click
            on:keydown=on_key
            on:mouseover=on_over
            on:mouseleave=on_leave
            on:focusin=on_focus_in
            on:focusout=on_focus_out
        >
            <g class="orbit-map__backdrop" aria-hidden="true" inner_html=move || backdrop_markup(store.lang.get())></g>
            // One string for all markers: a thousand of them parse in a few milliseconds,
            // while building them node by node takes most of a second.
            <g class="orbit-map__markers"
                inner_html=move || dots.with(|v| markers_markup(v, store.lang.get(), interactive))>
            </g>
            <g class="orbit-map__labels" aria-hidden="true" inner_html=move || labels.with(|l| labels_markup(l))></g>
        </svg>
    }
}

/// Baselines of the zone names, inside to outside: each halfway across its zone.
fn zone_label_ys() -> [f64; 3] {
    let (int_edge, ext_edge) = zone_edges();
    let outer_edge = R_MAX + 18.0;
    [
        (CORE_R + int_edge) / 2.0 + 6.0,
        (int_edge + ext_edge) / 2.0 + 6.0,
        (ext_edge + outer_edge) / 2.0 + 6.0,
    ]
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
        out.push_str(if i % 3 == 0 {
            "<line class=\"orbit-map__divider orbit-map__divider--half\" x1=\""
        } else {
            "<line class=\"orbit-map__divider\" x1=\""
        });
        push_num(&mut out, x1);
        out.push_str("\" y1=\"");
        push_num(&mut out, y1);
        out.push_str("\" x2=\"");
        push_num(&mut out, x2);
        out.push_str("\" y2=\"");
        push_num(&mut out, y2);
        out.push_str("\"></line>");
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
/// of the browser's style, layout and paint work for a thousand of them: the shape and health ring sit right in the marker, whose
/// transform carries the size, with no hit circle (neighbours cover that space anyway) and no
/// outer at-risk ring (hidden at that size). Styles are in map.css.
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
            out.push_str(&esc(&marker_desc(d, lang)));
            out.push_str("\" data-testid=\"marker\"");
        } else {
            out.push_str(" data-testid=\"report-marker\"");
        }
        let _ = write!(out, " data-id=\"{}\" data-axis=\"{}\"", d.id, d.axis);
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
        out.push_str("\">");
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

/// Marker names written next to their markers.
pub fn labels_markup(labels: &[LabelSpot]) -> String {
    let mut out = String::with_capacity(labels.len() * 96);
    for l in labels {
        out.push_str("<text class=\"orbit-map__label\" x=\"");
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

/// The details of the marker being pointed at or focused, or a hint.
#[component]
fn MarkerCard(#[prop(into)] dot: Signal<Option<Dot>>, active: ActiveMarker) -> impl IntoView {
    let store = use_store();
    // The card keeps the marker it shows while focus is on its Open link, and lets go when
    // focus leaves it (unless it goes back to a marker, which sets its own).
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        if !into_card(&ev) {
            set_if_changed(active.focused, None);
        }
    };
    view! {
        <div class="marker-card" data-testid="marker-card" on:focusout=on_focus_out>
            {move || match dot.get() {
                None => view! { <p class="marker-card__hint muted">{store.tr(K::MapHint)}</p> }.into_any(),
                Some(d) => {
                    let id = d.id;
                    let name = d.name.clone();
                    let open_label = {
                        let n = d.name.clone();
                        move || fill(store.t(K::OpenNamed), &[("name", &n)])
                    };
                    let side = d.side;
                    view! {
                        <div class="marker-card__body" data-id=id>
                            <h3 class="marker-card__name" data-testid="marker-card-name">{name}</h3>
                            {(!d.role.is_empty()).then(|| view! { <p class="marker-card__role muted">{d.role.clone()}</p> })}
                            <dl class="marker-card__facts">
                                <dt>{store.tr(K::SideLabel)}</dt>
                                <dd>
                                    <span class=format!("side-tag side-tag--{}", side_class(side))>{move || side.label().get(store.lang.get())}</span>
                                    <span class="marker-card__axis">
                                        <MiniAxis axis=d.axis/>
                                        {move || fill(store.t(K::AxisValue), &[("n", &d.axis.to_string())])}
                                    </span>
                                </dd>
                                <dt>{store.tr(K::TypeLabel)}</dt>
                                <dd class="marker-card__types">
                                    {if d.types.is_empty() {
                                        {
                                        let k = no_type_key(&d);
                                        view! { <span class="muted">{move || store.t(k)}</span> }.into_any()
                                    }
                                    } else {
                                        d.types.iter().map(|t| view! { <TypeChip t=*t/> }).collect_view().into_any()
                                    }}
                                </dd>
                                <dt>{store.tr(K::HealthHeading)}</dt>
                                <dd><HealthDot health=d.health/></dd>
                            </dl>
                            <a class="btn btn--small marker-card__open" href=format!("#{}", View::Stakeholder(id).path()) data-id=id
                                on:click=move |ev| { ev.prevent_default(); store.go(View::Stakeholder(id)); }>
                                {open_label}
                            </a>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}

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
    let heading = |out: &mut String, group: &str, list: &str, key: K| {
        out.push_str("<div class=\"legend__group");
        out.push_str(group);
        out.push_str("\"><h4 class=\"legend__heading\">");
        out.push_str(&esc(key.get(lang)));
        out.push_str("</h4><ul class=\"legend__list");
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

    heading(&mut out, "", "", K::LegendZones);
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

    heading(&mut out, "", " legend__list--inline", K::LegendHealth);
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

/// A group of filter checkboxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterKind {
    Side,
    Type,
    Health,
}

impl Filters {
    pub fn group(&self, g: FilterKind) -> &[bool] {
        match g {
            FilterKind::Side => &self.sides,
            FilterKind::Type => &self.types,
            FilterKind::Health => &self.bands,
        }
    }

    pub fn group_mut(&mut self, g: FilterKind) -> &mut [bool] {
        match g {
            FilterKind::Side => &mut self.sides,
            FilterKind::Type => &mut self.types,
            FilterKind::Health => &mut self.bands,
        }
    }
}

/// One checkbox's test id, label and icon.
fn filter_items(g: FilterKind) -> Vec<(&'static str, Text, Option<AnyView>)> {
    match g {
        FilterKind::Side => Side::ALL
            .into_iter()
            .map(|s| {
                let icon = view! { <span class=format!("legend__swatch legend__swatch--{}", side_class(s)) aria-hidden="true"></span> };
                (s.id(), s.label(), Some(icon.into_any()))
            })
            .collect(),
        FilterKind::Type => CustomerType::ALL
            .into_iter()
            .map(|t| {
                let icon = view! {
                    <svg class=format!("filter__icon orbit-map__marker--{}", type_class(t)) viewBox="-7 -7 14 14" aria-hidden="true"
                        inner_html=shape(Some(t), 6.0)></svg>
                };
                (t.id(), t.label(), Some(icon.into_any()))
            })
            .chain(std::iter::once(("no-type", K::NoType.text(), None)))
            .collect(),
        FilterKind::Health => Band::ALL
            .into_iter()
            .map(|b| {
                let icon = view! {
                    <span class=format!("health-dot health-dot--{}", band_class(Some(b))) aria-hidden="true"><span class="health-dot__dot"></span></span>
                };
                (b.id(), b.label(), Some(icon.into_any()))
            })
            .chain(std::iter::once(("no-health", K::HealthUnknownShort.text(), None)))
            .collect(),
    }
}

/// One group of filter checkboxes with an "All" reset.
#[component]
fn FilterGroup(legend: K, kind: FilterKind, filters: RwSignal<Filters>) -> impl IntoView {
    let store = use_store();
    let all = move || filters.with(|f| f.group(kind).iter().all(|x| *x));
    let reset = move |_| filters.update(|f| f.group_mut(kind).iter_mut().for_each(|x| *x = true));
    let boxes = filter_items(kind)
        .into_iter()
        .enumerate()
        .map(|(i, (id, label, icon))| {
            let checked = move || filters.with(|f| f.group(kind)[i]);
            view! {
                <label class="filter">
                    <input type="checkbox" data-testid=format!("filter-{id}")
                        prop:checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            filters.update(|f| f.group_mut(kind)[i] = on);
                        } />
                    {icon}
                    <span>{move || label.get(store.lang.get())}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="filters__group">
            <legend class="filters__legend">{move || store.t(legend)}</legend>
            <div class="filters__items">
                {boxes}
                <button type="button" class="btn btn--small btn--ghost filters__all" disabled=all on:click=reset>
                    {store.tr(K::All)}
                </button>
            </div>
        </fieldset>
    }
}

/// How much bigger markers are drawn on a phone (`--zoom` in map.css), so they are spread
/// further apart there.
const PHONE_ZOOM: f64 = 1.7;

/// Whether the screen is phone-narrow (the same query as map.css), kept current.
#[derive(Clone, Copy)]
struct PhoneWidth(RwSignal<bool>);

/// Starts watching the screen width; called once by the app.
pub fn watch_phone_width() {
    provide_context(PhoneWidth(crate::web::dom::media_signal(
        "(max-width: 600px)",
    )));
}

/// [`PHONE_ZOOM`] on a phone-narrow screen, else 1.
fn phone_zoom() -> Signal<f64> {
    let narrow = use_context::<PhoneWidth>().map(|p| p.0);
    Signal::derive(move || {
        if narrow.is_some_and(|n| n.get()) {
            PHONE_ZOOM
        } else {
            1.0
        }
    })
}

/// The Map tab: filters, the orbit map with details and legend, or the same data as a table.
#[component]
pub fn MapView() -> impl IntoView {
    let store = use_store();
    let data = map_dots(store, use_placements(), phone_zoom());
    let filters = RwSignal::new(Filters::default());
    let as_table = Memo::new(move |_| store.route.with(|r| r.view == View::MapTable));
    let active = ActiveMarker::default();
    let visible = Memo::new(move |_| {
        let f = filters.get();
        data.with(|m| {
            m.dots
                .iter()
                .filter(|d| f.keeps(d))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let placed = move || data.with(|m| m.dots.len());
    let unplaced = move || data.with(|m| m.total - m.dots.len());
    // Filters start folded on phones, where they would push the map off the screen.
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w > 600.0);
    let card_dot = Signal::derive(move || {
        let id = active.get()?;
        visible.with(|v| v.iter().find(|d| d.id == id).cloned())
    });

    let lang = move || store.lang.get();

    let toggle = move |table: bool, key: K, testid: &'static str| {
        view! {
            <button type="button" class="seg__btn" data-testid=testid
                aria-pressed=move || if as_table.get() == table { "true" } else { "false" }
                on:click=move |_| store.replace_view(if table { View::MapTable } else { View::Map })>
                {move || store.t(key)}
            </button>
        }
    };

    view! {
        <section class="panel orbit" aria-labelledby="map-title" data-testid="map-view">
            <div class="panel__head orbit__head">
                <div class="orbit__titles">
                    <h2 id="map-title" class="panel__title">{store.tr(K::MapHeading)}</h2>
                    <p class="orbit__intro muted">{store.tr(K::MapIntro)}</p>
                </div>
                {show_if(move || { placed() > 0 }, move || view! {
                    <div class="seg no-print" role="group" aria-label=store.tr(K::MapHeading)>
                        {toggle(false, K::ShowMap, "show-map")}
                        {toggle(true, K::ShowTable, "show-table")}
                    </div>
                })}
            </div>
            {show_else(move || { placed() > 0 }, move || view! {
                <details class="filters no-print" open=wide>
                    <summary class="filters__summary">{store.tr(K::Filters)}</summary>
                    <div class="filters__groups">
                        <FilterGroup legend=K::FilterSide kind=FilterKind::Side filters=filters/>
                        <FilterGroup legend=K::FilterType kind=FilterKind::Type filters=filters/>
                        <FilterGroup legend=K::FilterHealth kind=FilterKind::Health filters=filters/>
                    </div>
                </details>
                <p class="orbit__status" role="status">
                    <span data-testid="showing">
                        {move || fill(store.t(K::ShowingN), &[
                            ("k", &fmt_int(visible.with(|v| v.len()), lang())),
                            ("n", &fmt_int(placed(), lang())),
                        ])}
                    </span>
                    {show_if(move || { unplaced() > 0 }, move || view! {
                        <span class="orbit__unplaced" data-testid="unplaced">
                            {move || fill(store.t(K::Unplaced), &[("n", &fmt_int(unplaced(), lang()))])}
                        </span>
                    })}
                </p>
                {show_if(move || visible.with(|v| v.is_empty()), move || view! {
                    <p class="orbit__none notice" data-testid="no-matches">
                        {store.tr(K::NoFilterMatches)} " "
                        <button type="button" class="btn btn--small" on:click=move |_| filters.set(Filters::default())>
                            {store.tr(K::ClearFilters)}
                        </button>
                    </p>
                })}
                {show_else(move || as_table.get(), move || view! {
                    <MapTable dots=visible/>
                }, move || view! {
                        <div class="orbit__layout">
                            <figure class="orbit__figure">
                                <OrbitSvg dots=visible active=active/>
                            </figure>
                            <aside class="orbit__aside">
                                <MarkerCard dot=card_dot active=active/>
                            </aside>
                        </div>
                        <Legend/>
                    })}
            }, move || view! {
                    <div class="orbit__empty" data-testid="map-empty">
                        <svg class="orbit__empty-art" viewBox="-50 -50 100 100" aria-hidden="true">
                            <circle class="orbit__empty-ring" r="44"></circle>
                            <circle class="orbit__empty-ring" r="28"></circle>
                            <circle class="orbit-map__core" r="12"></circle>
                        </svg>
                        <div>
                            <p class="orbit__empty-text">{store.tr(K::MapEmpty)}</p>
                            {show_if(move || { unplaced() > 0 }, move || view! {
                                <p class="muted">{move || fill(store.t(K::Unplaced), &[("n", &fmt_int(unplaced(), lang()))])}</p>
                            })}
                            <a class="btn btn--primary" href=format!("#{}", View::List.path())
                                on:click=move |ev| { ev.prevent_default(); store.go(View::List); }>
                                {store.tr(K::GoToList)}
                            </a>
                        </div>
                    </div>
                })}
        </section>
    }
}

#[cfg(test)]
pub(crate) mod tests {
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
        let mut items = vec![
            (s, 200.0, -60.0),
            (s, 205.0, -60.0),
            (s, 300.0, -60.0),
            (s, 200.0, -59.0),
        ];
        let radii: Vec<f64> = items.iter().map(|i| i.1).collect();
        relax(&mut items, 40.0);
        assert_eq!(items.iter().map(|i| i.1).collect::<Vec<_>>(), radii);
        let (a, b) = s.span();
        for (n, p) in items.iter().enumerate() {
            assert!(p.2 >= a && p.2 <= b);
            for q in &items[n + 1..] {
                let d = dist(polar(p.1, p.2)) - dist(polar(q.1, q.2));
                let (x1, y1) = polar(p.1, p.2);
                let (x2, y2) = polar(q.1, q.2);
                let gap = ((x1 - x2).powi(2) + (y1 - y2).powi(2)).sqrt();
                assert!(gap >= 39.0 || d.abs() >= 40.0, "{p:?} {q:?} {gap}");
            }
        }
        // Other sectors are left alone.
        let mut other = vec![
            (s, 200.0, -60.0),
            (Sector::Type(CustomerType::Loyal), 200.0, 240.0),
        ];
        relax(&mut other, 40.0);
        assert_eq!(other[1].2, 240.0);
    }

    #[test]
    fn density_shrinks_markers_for_big_maps() {
        assert_eq!(density(1).1, "sparse");
        assert_eq!(density(LABEL_MAX).1, "sparse");
        assert_eq!(density(LABEL_MAX + 1).1, "medium");
        assert_eq!(density(1000).1, "crowded");
        assert!(density(1000).0 < density(10).0);
    }

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

    fn dot(axis: u8, types: &[CustomerType], score: Option<u8>) -> Dot {
        test_dot(1, "Ana", axis, types, score)
    }

    /// A dot for tests, placed at `axis` with these types and health score.
    pub(crate) fn test_dot(
        id: u32,
        name: &str,
        axis: u8,
        types: &[CustomerType],
        score: Option<u8>,
    ) -> Dot {
        let p = Placement {
            axis,
            side: Side::from_axis(axis),
            types: types.to_vec(),
            confidence: 100,
            reasons: Vec::new(),
            health: score.map(|score| Health {
                score,
                band: Band::from_score(score),
            }),
            complete: true,
        };
        Dot::new(id, name, "", &p)
    }

    #[test]
    fn filters_keep_what_is_ticked() {
        let all = Filters::default();
        let inside = dot(80, &[CustomerType::Operative], Some(90));
        let outside = dot(10, &[], None);
        let middle = dot(
            50,
            &[CustomerType::Loyal, CustomerType::Executive],
            Some(50),
        );
        for d in [&inside, &outside, &middle] {
            assert!(all.keeps(d));
        }
        let mut f = all;
        f.sides[0] = false;
        assert!(!f.keeps(&outside) && f.keeps(&inside));
        let mut f = all;
        f.types[6] = false;
        assert!(!f.keeps(&outside) && f.keeps(&inside));
        let mut f = all;
        f.types[type_index(CustomerType::Loyal)] = false;
        assert!(f.keeps(&middle), "still shown for its other type");
        f.types[type_index(CustomerType::Executive)] = false;
        assert!(!f.keeps(&middle));
        let mut f = all;
        f.bands[band_index(None)] = false;
        assert!(!f.keeps(&outside) && f.keeps(&inside));
        f.bands[band_index(Some(Band::AtRisk))] = false;
        assert!(!f.keeps(&middle));
    }

    #[test]
    fn marker_description_names_everything() {
        let d = dot(80, &[CustomerType::Operative], Some(90));
        let text = marker_desc(&d, Lang::En);
        assert!(
            text.contains("Ana")
                && text.contains("Operative")
                && text.contains("80")
                && text.contains("Thriving")
        );
        let none = dot(10, &[], None);
        let es = marker_desc(&none, Lang::Es);
        assert!(es.contains("Sin tipo") && es.contains("Sin datos"));
    }

    #[test]
    fn markers_drawn_bigger_on_phones_are_spread_further_apart() {
        use CustomerType::Executive;
        let closest = |zoom: f64| {
            let mut dots: Vec<Dot> = [(1, 97), (2, 94), (3, 60), (4, 81)]
                .iter()
                .map(|&(id, axis)| test_dot(id, "x", axis, &[Executive], Some(80)))
                .collect();
            spread_out(&mut dots, zoom);
            let mut best = f64::MAX;
            for (i, a) in dots.iter().enumerate() {
                for b in &dots[i + 1..] {
                    best = best.min(dist((a.x - b.x, a.y - b.y)));
                }
            }
            // The radius (the axis) never moves.
            for d in &dots {
                assert!((dist((d.x, d.y)) - radius_for(d.axis)).abs() < 0.2);
            }
            best
        };
        let (desk, phone) = (closest(1.0), closest(PHONE_ZOOM));
        assert!(phone > desk + 5.0, "phone {phone:.1} vs desktop {desk:.1}");
    }

    #[test]
    fn arrow_keys_move_around_the_markers_and_wrap() {
        assert_eq!(roving_target("ArrowRight", 0, 3), Some(1));
        assert_eq!(roving_target("ArrowDown", 2, 3), Some(0));
        assert_eq!(roving_target("ArrowLeft", 0, 3), Some(2));
        assert_eq!(roving_target("ArrowUp", 2, 3), Some(1));
        assert_eq!(roving_target("Home", 2, 3), Some(0));
        assert_eq!(roving_target("End", 0, 3), Some(2));
        assert_eq!(roving_target("Tab", 0, 3), None);
        assert_eq!(roving_target("ArrowRight", 0, 0), None);
        assert_eq!(roving_target("ArrowRight", 0, 1), Some(0));
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
    }

    #[test]
    fn legend_names_every_type_zone_and_health_band_in_both_languages() {
        for lang in [Lang::Es, Lang::En] {
            let m = legend_markup(lang);
            for t in CustomerType::ALL {
                assert!(m.contains(&esc(t.label().get(lang))), "{}", t.id());
                assert!(m.contains(&format!("orbit-map__marker--{}", type_class(t))));
            }
            for k in [
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
