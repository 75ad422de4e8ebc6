//! The store: the one door to the tab's state (workspace, open map, read-only map), with the
//! language, route, save status and notices the interface shares.

use leptos::prelude::*;

use crate::app::route::{Route, View};
use crate::domain::invites::Fit;
use crate::domain::placement::{place, Placement};
use crate::domain::plan::{PlanItem, Status};
use crate::domain::questionnaire::Answers;
use crate::domain::state::{Action, Edit, Outcome, Refused, Shown, ShownFrom, Tab, Target};
use crate::domain::suggestions::Lever;
use crate::domain::workspace::{Map, Workspace};
use crate::domain::Lang;
use crate::i18n::{fill, user_list, K};
use crate::web::storage::StorageError;

/// Toasts shown at once; more would cover the page.
const MAX_TOASTS: usize = 3;

/// Whether the latest state is safely in localStorage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// A change is waiting for the write that follows the next frame.
    Pending,
    Failed(StorageError),
    /// Saving is switched off to protect data we must not overwrite (newer version, conflict).
    Blocked,
}

/// A banner: a problem the user should know about, with what to do next.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Banner {
    StorageUnavailable,
    StorageFull,
    /// A write the browser accepted but did not keep.
    StorageDropped,
    /// Storage is full since maps were imported: removing them lets saving start again.
    ImportTooBig {
        ids: Vec<String>,
        names: Vec<String>,
    },
    /// The saved data could not be read; a copy is kept under `backup_key`. `blocked`: the
    /// copy could not be made, so nothing is saved over the original.
    Corrupt {
        backup_key: String,
        blocked: bool,
    },
    /// Loaded, but some values could not be read and took their defaults; the original is
    /// kept under `backup_key`. `detail` lists them, as `path: problem`.
    Repaired {
        backup_key: String,
        detail: String,
    },
    FutureVersion,
    /// Another tab running a newer version of the app has saved.
    NewerVersionElsewhere,
    /// Another tab changed the same things differently, in these maps (names).
    Conflict {
        maps: Vec<String>,
    },
    Share(K),
    BackupReminder,
}

/// A short-lived message, optionally with Undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub id: u64,
    pub text: String,
    /// Actions that undo what the toast reports.
    pub undo: Option<Vec<Action>>,
}

/// The app's reactive handle; `Copy`, so closures capture it freely.
///
/// It is the one door to the data: the tab's state is private here, readable through the
/// accessors below and changed only by [`Store::dispatch`], which applies an [`Action`] with
/// the pure [`Tab::apply`] and says why when it refuses one.
#[derive(Clone, Copy)]
pub struct Store {
    tab: RwSignal<Tab>,
    /// Counts changes that may need saving (everything but showing a read-only map).
    revision: RwSignal<u64>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub save: RwSignal<SaveStatus>,
    pub banners: RwSignal<Vec<Banner>>,
    pub toasts: RwSignal<Vec<Toast>>,
    /// Live-region text for screen readers.
    pub announce: RwSignal<String>,
    next_toast: StoredValue<u64>,
}

impl Store {
    pub fn new(tab: Tab, lang: Lang, route: Route) -> Store {
        Store {
            tab: RwSignal::new(tab),
            revision: RwSignal::new(0),
            lang: RwSignal::new(lang),
            route: RwSignal::new(route),
            save: RwSignal::new(SaveStatus::Saved),
            banners: RwSignal::new(Vec::new()),
            toasts: RwSignal::new(Vec::new()),
            announce: RwSignal::new(String::new()),
            next_toast: StoredValue::new(1),
        }
    }

    /// Applies an action; subscribers are notified only when something changed. A change to
    /// the map shown read-only is refused and the user is told why.
    pub fn dispatch(&self, action: Action) -> Outcome {
        let saves = action.touches_workspace();
        let mut result = Ok(Outcome::Nothing);
        let changed = |o: &Outcome| !matches!(o, Outcome::Nothing | Outcome::Clash(_));
        self.tab.maybe_update(|t| {
            result = t.apply(action);
            matches!(&result, Ok(o) if changed(o))
        });
        match result {
            Ok(outcome) => {
                if saves && changed(&outcome) {
                    self.revision.update(|r| *r += 1);
                }
                outcome
            }
            Err(Refused::ReadOnly(from)) => {
                let key = match from {
                    ShownFrom::Link => K::ReadOnlyShared,
                    ShownFrom::Example => K::ReadOnlyExample,
                };
                self.toast(self.t_untracked(key).to_string(), None);
                Outcome::Nothing
            }
            Err(Refused::Reply(fit)) => {
                let key = match fit {
                    Fit::Forged => K::ReplyForged,
                    Fit::Duplicate => K::ReplyDuplicate,
                    Fit::NoInvite | Fit::New => K::ReplyNoInvite,
                };
                self.toast(self.t_untracked(key).to_string(), None);
                Outcome::Nothing
            }
        }
    }

    /// A change to the map on screen (which may be the read-only one, and then is refused).
    pub fn edit(&self, edit: Edit) -> Outcome {
        let target = self.tab.with_untracked(Tab::target);
        self.dispatch(Action::Edit { map: target, edit })
    }

    /// The map on screen, as actions name it.
    pub fn target(&self) -> Target {
        self.tab.with_untracked(Tab::target)
    }

    /// Subscribes to changes that may need saving.
    pub fn track_revision(&self) {
        self.revision.track();
    }

    /// How many changes that need saving this tab has made or taken in.
    pub fn revision_untracked(&self) -> u64 {
        self.revision.get_untracked()
    }

    /// Runs `f` on the saved workspace (tracks it).
    pub fn with_ws<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        self.tab.with(|t| f(t.workspace()))
    }

    /// Runs `f` on the saved workspace without subscribing.
    pub fn with_ws_untracked<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        self.tab.with_untracked(|t| f(t.workspace()))
    }

    /// Id of the user's own map open in this tab (tracks it).
    pub fn current_id(&self) -> String {
        self.tab.with(|t| t.current_id().to_string())
    }

    /// The read-only map on screen and where it came from, if any (tracks it).
    pub fn with_shown<R>(&self, f: impl FnOnce(Option<&Shown>) -> R) -> R {
        self.tab.with(|t| f(t.shown()))
    }

    /// Text of a key in the current language (tracks the language).
    pub fn t(&self, k: K) -> &'static str {
        k.get(self.lang.get())
    }

    /// The text of `k` as a reactive view or attribute value that follows the language. One
    /// closure type for every key, so the view code behind it is compiled once, not once per
    /// place it is used.
    pub fn tr(self, k: K) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(k)
    }

    /// Text of a key without subscribing (for event handlers).
    pub fn t_untracked(&self, k: K) -> &'static str {
        k.get(self.lang.get_untracked())
    }

    /// Whether the map on screen is read-only (a share link or an example).
    pub fn read_only(&self) -> bool {
        self.tab.with(|t| t.shown().is_some())
    }

    /// Runs `f` on the map on screen: the read-only one if shown, else this tab's open map.
    pub fn with_map<R>(&self, f: impl FnOnce(&Map) -> R) -> Option<R> {
        self.tab.with(|t| t.visible_map().map(f))
    }

    /// [`Store::with_map`] without subscribing (for event handlers).
    pub fn with_map_untracked<R>(&self, f: impl FnOnce(&Map) -> R) -> Option<R> {
        self.tab.with_untracked(|t| t.visible_map().map(f))
    }

    /// The answers of stakeholder `id` on the shown map, kept current (`None` once removed).
    pub fn answers_memo(&self, id: u32) -> Memo<Option<Answers>> {
        let store = *self;
        Memo::new(move |_| {
            store
                .with_map(|m| m.stakeholder(id).map(|s| s.answers.clone()))
                .flatten()
        })
    }

    /// The name of stakeholder `id` on the shown map, kept current (empty once removed).
    pub fn name_memo(&self, id: u32) -> Memo<String> {
        let store = *self;
        Memo::new(move |_| {
            store
                .with_map(|m| m.stakeholder(id).map(|s| s.name.clone()))
                .flatten()
                .unwrap_or_default()
        })
    }

    /// The route to `view`, keeping an open shared map.
    fn route_to(&self, view: View) -> Route {
        let share = self.route.with_untracked(|r| r.share.clone());
        Route { view, share }
    }

    pub fn go(&self, view: View) {
        navigate(self.route_to(view));
    }

    /// Shows `view` in place of the current one, without a new history entry (a switch
    /// within a page, such as map ↔ table).
    pub fn replace_view(&self, view: View) {
        let route = self.route_to(view);
        if let Some(w) = web_sys::window() {
            if let Ok(h) = w.history() {
                let _ = h.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&route.to_fragment()),
                );
            }
        }
        // replaceState fires no hashchange: update the route here.
        self.route.set(route);
    }

    /// Adds a suggested lever to the plan for `people` and says so. The same lever already in
    /// the plan is one action, not two: the people join it, and the notice says that instead.
    pub fn add_lever_to_plan(&self, lever: &'static Lever, people: Vec<u32>, priority: u8) {
        let title = lever.title.get(self.lang.get_untracked()).to_string();
        let names = self
            .with_map_untracked(|m| user_list(&m.names_of(&people)))
            .unwrap_or_default();
        let outcome = self.edit(Edit::AddPlanItem {
            item: PlanItem {
                id: 0,
                title: title.clone(),
                lever: Some(lever.id.to_string()),
                stakeholders: people,
                owner: String::new(),
                due: String::new(),
                status: Status::Todo,
                priority,
            },
        });
        let key = match outcome {
            Outcome::Added(_) => K::AddedToPlan,
            // Refused: the store has said why.
            Outcome::Nothing if self.tab.with_untracked(|t| t.shown().is_some()) => return,
            _ => K::JoinedPlanItem,
        };
        let text = fill(
            self.t_untracked(key),
            &[("title", &title), ("names", &names)],
        );
        self.toast(text, None);
    }

    /// Shows a short notice for 8 s, with Undo when `undo` is given.
    pub fn toast(&self, text: String, undo: Option<Vec<Action>>) {
        let id = self.next_toast.get_value();
        self.next_toast.set_value(id + 1);
        self.announce.set(text.clone());
        self.toasts.update(|t| {
            // A plain notice replaces the previous plain one, so a run of them (adding several
            // suggestions) doesn't pile up over the page; every Undo stays.
            if undo.is_none() {
                t.retain(|x| x.undo.is_some());
            }
            t.push(Toast { id, text, undo });
            // Each undo stays available until it times out; plain notices make room first.
            while t.len() > MAX_TOASTS {
                let oldest = t.iter().position(|x| x.undo.is_none()).unwrap_or(0);
                t.remove(oldest);
            }
        });
        let toasts = self.toasts;
        set_timeout(
            move || toasts.update(|t| t.retain(|x| x.id != id)),
            std::time::Duration::from_secs(8),
        );
    }

    pub fn add_banner(&self, b: Banner) {
        self.banners.update(|v| {
            if !v.contains(&b) {
                v.push(b);
            }
        });
    }

    pub fn remove_banner(&self, pred: impl Fn(&Banner) -> bool) {
        self.banners.update(|v| v.retain(|b| !pred(b)));
    }
}

/// Sets the URL fragment; the `hashchange` listener updates the route signal.
pub fn navigate(route: Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_fragment());
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}

/// Placements of every stakeholder of the shown map, recomputed when answers change.
#[derive(Clone, Copy)]
pub struct Placements(pub Memo<Vec<(u32, Option<Placement>)>>);

impl Placements {
    pub fn new(store: Store) -> Placements {
        Placements(Memo::new(move |_| {
            store
                .with_map(|m| {
                    m.stakeholders
                        .iter()
                        .map(|s| (s.id, place(&s.answers)))
                        .collect()
                })
                .unwrap_or_default()
        }))
    }
}

pub fn use_placements() -> Placements {
    expect_context::<Placements>()
}
