//! The action plan's items: what to do, for whom, by whom and when, and how far along it is.

use serde::{Deserialize, Serialize};

use super::suggestions::{self, Lever};
use super::Lang;

/// Progress of a plan action.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Todo,
    Doing,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Todo, Status::Doing, Status::Done];

    /// The stored and markup id: `todo`, `doing`, `done`.
    pub fn id(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::Doing => "doing",
            Status::Done => "done",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// One improvement action in a map's plan.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlanItem {
    pub id: u32,
    pub title: String,
    /// The suggestion lever it came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lever: Option<String>,
    /// Stakeholder ids the action serves.
    #[serde(default)]
    pub stakeholders: Vec<u32>,
    #[serde(default)]
    pub owner: String,
    /// ISO date `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub status: Status,
    /// 0–100, higher first.
    #[serde(default)]
    pub priority: u8,
}

impl PlanItem {
    /// The suggestion lever the item came from, while its title is still that lever's own (in
    /// either language); `None` once the user has written a title of their own.
    pub fn kept_lever(&self) -> Option<&'static Lever> {
        let l = suggestions::lever(self.lever.as_deref()?)?;
        (self.title == l.title.es || self.title == l.title.en).then_some(l)
    }

    /// The title to show: a lever's own title follows the interface language; one the user
    /// wrote stays as written.
    pub fn title_in(&self, lang: Lang) -> &str {
        match self.kept_lever() {
            Some(l) => l.title.get(lang),
            None => &self.title,
        }
    }
}

/// How an action stands against its due date on a given day. Done actions, and those
/// without a (valid) date, have no mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueMark {
    /// Past its date by this many days (1 or more).
    Overdue(i64),
    /// Due today.
    Today,
    /// Due within [`SOON_DAYS`] days: in this many days (1 or more).
    Soon(i64),
}

/// "Due soon" means within this many days.
pub const SOON_DAYS: i64 = 7;

/// The day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD`, if it is one.
pub fn day_number(iso: &str) -> Option<i64> {
    let mut parts = iso.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_len = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d < 1 || d > month_len[(m - 1) as usize] {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The mark an action gets on `today` (an ISO date).
pub fn due_mark(item: &PlanItem, today: &str) -> Option<DueMark> {
    if item.status == Status::Done {
        return None;
    }
    let days = day_number(&item.due)? - day_number(today)?;
    match days {
        d if d < 0 => Some(DueMark::Overdue(-d)),
        0 => Some(DueMark::Today),
        d if d <= SOON_DAYS => Some(DueMark::Soon(d)),
        _ => None,
    }
}

/// How the plan is sorted inside each status group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlanSort {
    /// Highest priority first.
    #[default]
    Priority,
    /// Soonest due date first; actions without a date last.
    Due,
}

/// What the plan shows: filters by status, owner and stakeholder, and the sort.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanFilter {
    pub status: Option<Status>,
    /// An owner as written (compared trimmed, ignoring case).
    pub owner: Option<String>,
    /// A stakeholder the action serves.
    pub stakeholder: Option<u32>,
    pub sort: PlanSort,
}

impl PlanFilter {
    pub fn keeps(&self, item: &PlanItem) -> bool {
        self.status.is_none_or(|s| item.status == s)
            && self
                .owner
                .as_ref()
                .is_none_or(|o| owner_key(&item.owner) == owner_key(o))
            && self
                .stakeholder
                .is_none_or(|id| item.stakeholders.contains(&id))
    }

    pub fn is_filtering(&self) -> bool {
        self.status.is_some() || self.owner.is_some() || self.stakeholder.is_some()
    }
}

fn owner_key(owner: &str) -> String {
    owner.trim().to_lowercase()
}

/// The distinct owners of a plan, as first written, in alphabetical order.
pub fn owners(items: &[PlanItem]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        let o = i.owner.trim();
        if !o.is_empty() && !out.iter().any(|x| owner_key(x) == owner_key(o)) {
            out.push(o.to_string());
        }
    }
    super::order::sort_by(&mut out, |a, b| owner_key(a).cmp(&owner_key(b)));
    out
}

/// `items` in the order `sort` gives (ties: higher priority, then oldest first).
pub fn sorted(items: &[PlanItem], sort: PlanSort) -> Vec<&PlanItem> {
    let mut v: Vec<&PlanItem> = items.iter().collect();
    let by_priority =
        |a: &&PlanItem, b: &&PlanItem| b.priority.cmp(&a.priority).then(a.id.cmp(&b.id));
    match sort {
        PlanSort::Priority => super::order::sort_by(&mut v, by_priority),
        PlanSort::Due => super::order::sort_by(&mut v, |a, b| {
            let key = |i: &PlanItem| day_number(&i.due).unwrap_or(i64::MAX);
            key(a).cmp(&key(b)).then_with(|| by_priority(a, b))
        }),
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: u32, due: &str, status: Status, priority: u8, owner: &str) -> PlanItem {
        PlanItem {
            id,
            title: format!("Action {id}"),
            lever: None,
            stakeholders: vec![id],
            owner: owner.into(),
            due: due.into(),
            status,
            priority,
        }
    }

    #[test]
    fn day_numbers_count_real_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(
            day_number("2024-03-01")
                .zip(day_number("2024-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(
            day_number("2023-03-01")
                .zip(day_number("2023-02-28"))
                .map(|(a, b)| a - b),
            Some(1)
        );
        assert_eq!(
            day_number("2027-01-01")
                .zip(day_number("2026-12-31"))
                .map(|(a, b)| a - b),
            Some(1)
        );
        for bad in [
            "",
            "2026-13-01",
            "2026-02-29",
            "2026-04-31",
            "soon",
            "2026-1",
            "2026-01-00",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn overdue_and_due_soon_marks_follow_today() {
        let today = "2026-12-07";
        let mark = |due: &str, status| due_mark(&item(1, due, status, 0, ""), today);
        assert_eq!(mark("2026-12-04", Status::Todo), Some(DueMark::Overdue(3)));
        assert_eq!(
            mark("2025-07-07", Status::Doing),
            Some(DueMark::Overdue(518))
        );
        assert_eq!(mark("2026-12-07", Status::Todo), Some(DueMark::Today));
        assert_eq!(mark("2026-12-08", Status::Todo), Some(DueMark::Soon(1)));
        assert_eq!(mark("2026-12-14", Status::Todo), Some(DueMark::Soon(7)));
        assert_eq!(
            mark("2026-12-15", Status::Todo),
            None,
            "eight days away is not soon"
        );
        assert_eq!(
            mark("2026-12-01", Status::Done),
            None,
            "done is never overdue"
        );
        assert_eq!(mark("", Status::Todo), None);
        assert_eq!(mark("someday", Status::Todo), None);
    }

    #[test]
    fn filters_keep_what_is_chosen_and_sorts_order_it() {
        let items = vec![
            item(1, "2026-12-20", Status::Todo, 40, "Ana"),
            item(2, "2026-12-01", Status::Doing, 90, "carlos "),
            item(3, "", Status::Todo, 70, "ana"),
            item(4, "2026-12-10", Status::Done, 10, ""),
        ];
        let ids = |v: Vec<&PlanItem>| v.iter().map(|i| i.id).collect::<Vec<_>>();
        assert_eq!(ids(sorted(&items, PlanSort::Priority)), [2, 3, 1, 4]);
        assert_eq!(
            ids(sorted(&items, PlanSort::Due)),
            [2, 4, 1, 3],
            "no date last"
        );
        let f = PlanFilter {
            owner: Some("ANA".into()),
            ..PlanFilter::default()
        };
        assert_eq!(items.iter().filter(|i| f.keeps(i)).count(), 2);
        let f = PlanFilter {
            status: Some(Status::Todo),
            stakeholder: Some(3),
            ..PlanFilter::default()
        };
        assert_eq!(ids(items.iter().filter(|i| f.keeps(i)).collect()), [3]);
        assert!(f.is_filtering() && !PlanFilter::default().is_filtering());
        assert_eq!(owners(&items), ["Ana", "carlos"]);
        // The choice is saved as text and read back; anything unreadable is the default.
        let saved = serde_json::to_string(&f).expect("saved");
        assert_eq!(serde_json::from_str::<PlanFilter>(&saved).ok(), Some(f));
        assert_eq!(
            serde_json::from_str::<PlanFilter>("{\"sort\":\"due\",\"bogus\":1}").ok(),
            Some(PlanFilter {
                sort: PlanSort::Due,
                ..PlanFilter::default()
            })
        );
    }

    #[test]
    fn a_lever_title_follows_the_language_until_the_user_writes_one() {
        let l = &suggestions::levers()[0];
        let mut item = PlanItem {
            id: 1,
            title: l.title.es.into(),
            lever: Some(l.id.into()),
            stakeholders: vec![],
            owner: String::new(),
            due: String::new(),
            status: Status::Todo,
            priority: 0,
        };
        assert_eq!(item.title_in(Lang::En), l.title.en);
        assert_eq!(item.title_in(Lang::Es), l.title.es);
        item.title = "Thank Marta at Christmas".into();
        assert!(item.kept_lever().is_none());
        assert_eq!(item.title_in(Lang::Es), "Thank Marta at Christmas");
        // Without a lever, or with one that no longer exists, the title is the user's.
        item.title = l.title.en.into();
        item.lever = Some("no_such_lever".into());
        assert_eq!(item.title_in(Lang::Es), l.title.en);
    }
}
