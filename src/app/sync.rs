//! Saving the workspace, and joining what other tabs save. Every save is stamped (its own
//! revision and the ones it descends from) and checked. Another tab's save is joined with
//! this tab's own changes laid on top (`Action::Join`); a true clash keeps both versions until
//! the user picks. Nothing is ever written over data this tab must not overwrite.

use js_sys::JsString;
use leptos::prelude::*;

use crate::app::store::{Banner, SaveStatus, Store};
use crate::codec::{decode_stored, encode_stored, LoadError, MigrateCtx, Stamp};
use crate::domain::merge::{copies_of_mine, Clash};
use crate::domain::state::{Action, Outcome};
use crate::domain::sync::{rev, Clock};
use crate::domain::workspace::Workspace;
use crate::i18n::{fill, K};
use crate::web::ids::new_map_id;
use crate::web::storage::{self, StorageError, WORKSPACE_KEY};

/// Why this tab does not save at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// Storage holds data of a newer version of the app.
    Newer,
    /// Storage holds data that could not be read nor backed up.
    Unreadable,
}

/// Another tab's save that clashes with this tab's changes, kept until the user picks.
struct Conflict {
    theirs: Workspace,
    stamp: Stamp,
    raw: JsString,
    clash: Clash,
}

struct State {
    /// This tab's part of every revision it writes.
    tab: String,
    writes: u32,
    /// What storage holds must be written again (it was of an older version, or repaired, or
    /// start-up began afresh), even though it may read as this tab's workspace.
    rewrite: bool,
    /// For each tab, the newest of its saves this tab's state includes.
    clock: Clock,
    /// The text of the save this tab wrote or took in last (kept in the browser, where it is
    /// compared with what storage holds).
    head_raw: Option<JsString>,
    /// The store's revision whose workspace is exactly that save; `None` when no revision is
    /// (this tab's changes were laid on top of it).
    head_rev: Option<u64>,
    block: Option<Block>,
    conflict: Option<Conflict>,
    /// Maps imported since the last successful save, blamed if storage turns out full.
    imported: Vec<(String, String)>,
}

/// The save and sync handle, shared through context.
#[derive(Clone, Copy)]
pub struct Sync {
    store: Store,
    state: StoredValue<State, LocalStorage>,
}

impl Sync {
    /// `stored`: the stamp and text of what storage held at start-up, which the store's
    /// workspace shows unless `rewrite`.
    pub fn new(
        store: Store,
        stored: Option<(Stamp, JsString)>,
        block: Option<Block>,
        rewrite: bool,
    ) -> Sync {
        let (clock, head_raw) = match stored {
            Some((stamp, raw)) => (stamp.clock, Some(raw)),
            None => (Clock::default(), None),
        };
        let head_rev = head_raw.as_ref().map(|_| store.revision_untracked());
        Sync {
            store,
            state: StoredValue::new_local(State {
                tab: new_map_id(),
                writes: 0,
                rewrite,
                clock,
                head_raw,
                head_rev,
                block,
                conflict: None,
                imported: Vec::new(),
            }),
        }
    }

    pub fn blocked(&self) -> bool {
        self.state
            .with_value(|s| s.block.is_some() || s.conflict.is_some())
    }

    /// Notes maps just imported, so a full storage can be blamed on them.
    pub fn imported(&self, maps: Vec<(String, String)>) {
        self.state.update_value(|s| s.imported = maps);
    }

    /// Writes the workspace unless it is unchanged or blocked. Another tab's save that this
    /// tab has not heard of yet is joined first.
    pub fn save_now(&self) {
        let store = self.store;
        if self.blocked() {
            store.save.set(SaveStatus::Blocked);
            return;
        }
        // The browser may not have told this tab yet about a save made in another one.
        match storage::read_text(WORKSPACE_KEY) {
            Err(e) => return self.fail(e),
            Ok(Some(now)) if self.state.with_value(|s| s.head_raw.as_ref() != Some(&now)) => {
                if self.incoming(&now) == Incoming::Waits {
                    return;
                }
            }
            Ok(_) => {}
        }
        let unchanged = self
            .state
            .with_value(|s| !s.rewrite && s.head_rev == Some(store.revision_untracked()));
        if unchanged {
            // What is stored is what is shown (say, another tab's save taken as it is): nothing
            // is unsaved any more.
            self.state.update_value(|s| s.imported.clear());
            return self.settled();
        }
        self.write();
    }

    fn write(&self) {
        let store = self.store;
        let (n, stamp) = self.state.with_value(|s| {
            let n = s.writes + 1;
            let mut clock = s.clock.clone();
            clock.raise(&s.tab, n);
            (
                n,
                Stamp {
                    rev: rev(&s.tab, n),
                    clock,
                },
            )
        });
        let raw = JsString::from(store.with_ws_untracked(|ws| encode_stored(ws, &stamp)));
        match storage::write_text(WORKSPACE_KEY, &raw) {
            Ok(()) => {
                store.dispatch(Action::Saved { n });
                self.state.update_value(|s| {
                    s.writes = n;
                    s.rewrite = false;
                    s.clock = stamp.clock;
                    s.head_raw = Some(raw);
                    s.head_rev = Some(store.revision_untracked());
                    s.imported.clear();
                });
                self.settled();
            }
            Err(e) => self.fail(e),
        }
    }

    /// Everything shown is stored: "Saved", and no message that saving fails stays up.
    fn settled(&self) {
        self.store.save.set(SaveStatus::Saved);
        self.store.remove_banner(|b| {
            matches!(
                b,
                Banner::StorageFull
                    | Banner::StorageUnavailable
                    | Banner::StorageDropped
                    | Banner::ImportTooBig { .. }
            )
        });
    }

    fn fail(&self, e: StorageError) {
        let store = self.store;
        let imported = self.state.with_value(|s| s.imported.clone());
        store.add_banner(match e {
            StorageError::Full if !imported.is_empty() => Banner::ImportTooBig {
                ids: imported.iter().map(|(id, _)| id.clone()).collect(),
                names: imported.iter().map(|(_, name)| name.clone()).collect(),
            },
            StorageError::Full => Banner::StorageFull,
            StorageError::NotVerified => Banner::StorageDropped,
            StorageError::Unavailable => Banner::StorageUnavailable,
        });
        store.save.set(SaveStatus::Failed(e));
    }

    /// Joins a save another tab made (`raw`, as stored).
    pub fn incoming(&self, raw: &JsString) -> Incoming {
        let store = self.store;
        let theirs = match decode_stored(&String::from(raw), &migrate_ctx(store)) {
            Ok(loaded) => loaded,
            Err(LoadError::FutureVersion(_)) => {
                self.state.update_value(|s| s.block = Some(Block::Newer));
                store.add_banner(Banner::NewerVersionElsewhere);
                store.save.set(SaveStatus::Blocked);
                return Incoming::Waits;
            }
            // Nothing readable to join; what this tab saves next replaces it.
            Err(_) => return Incoming::Nothing,
        };
        // This tab's own save read back, or one a save it took in already includes (the
        // browser may tell of a save late): nothing new.
        let seen = self.state.with_value(|s| match theirs.stamp.rev.as_str() {
            "" => s.head_raw.as_ref() == Some(raw),
            rev => s.clock.covers(rev),
        });
        if seen {
            return Incoming::Nothing;
        }
        let in_conflict = self.state.with_value(|s| s.conflict.is_some());
        // A change here not saved yet: joining keeps both, and says so.
        let had_changes = store.save.get_untracked() == SaveStatus::Pending;
        let taken = self.state.with_value(|s| theirs.stamp.clock.get(&s.tab));
        match store.dispatch(Action::Join {
            theirs: theirs.ws.clone(),
            taken,
        }) {
            Outcome::Clash(clash) => {
                let names = store.with_ws_untracked(|ws| {
                    clash
                        .maps
                        .iter()
                        .filter_map(|id| ws.map(id).or_else(|| theirs.ws.map(id)))
                        .map(|m| m.name.clone())
                        .collect::<Vec<_>>()
                });
                store.remove_banner(|b| matches!(b, Banner::Conflict { .. }));
                store.add_banner(Banner::Conflict { maps: names });
                self.state.update_value(|s| {
                    s.conflict = Some(Conflict {
                        theirs: theirs.ws,
                        stamp: theirs.stamp,
                        raw: raw.clone(),
                        clash,
                    })
                });
                store.save.set(SaveStatus::Blocked);
                Incoming::Waits
            }
            outcome => {
                let mine_on_top = matches!(outcome, Outcome::Joined { mine_on_top: true });
                self.took(&theirs.stamp, raw);
                if !mine_on_top {
                    self.shows_head();
                }
                store.remove_banner(|b| matches!(b, Banner::Conflict { .. }));
                if (had_changes && mine_on_top) || in_conflict {
                    store.toast(store.t_untracked(K::OtherTabMerged).to_string(), None);
                }
                if store.save.get_untracked() == SaveStatus::Blocked && !self.blocked() {
                    store.save.set(SaveStatus::Pending);
                }
                if mine_on_top {
                    Incoming::Merged
                } else {
                    Incoming::Took
                }
            }
        }
    }

    /// Notes another tab's save as taken in: this tab's state now includes what it includes.
    fn took(&self, stamp: &Stamp, raw: &JsString) {
        self.state.update_value(|s| {
            s.clock.join(&stamp.clock);
            s.head_raw = Some(raw.clone());
            s.head_rev = None;
            s.conflict = None;
        });
    }

    /// Notes that the workspace shown now is exactly the save taken in last.
    fn shows_head(&self) {
        let rev = self.store.revision_untracked();
        self.state.update_value(|s| s.head_rev = Some(rev));
    }

    /// Settles a clash by the user's choice.
    pub fn resolve(&self, choice: Choice) {
        let store = self.store;
        let Some(c) = self.state.try_update_value(|s| s.conflict.take()).flatten() else {
            return;
        };
        store.remove_banner(|b| matches!(b, Banner::Conflict { .. }));
        self.took(&c.stamp, &c.raw);
        match choice {
            Choice::Theirs => {
                store.dispatch(Action::TakeTheirs { theirs: c.theirs });
                self.shows_head();
                store.save.set(SaveStatus::Saved);
            }
            // This tab's version is written over theirs, by the user's choice.
            Choice::Mine => self.save_after_choice(),
            Choice::Both => {
                let lang = store.lang.get_untracked();
                let copies = store.with_ws_untracked(|mine| {
                    copies_of_mine(mine, &c.clash, |m| {
                        // Stored as the copy's name: plain text, no direction marks.
                        let name = fill(K::ThisTabCopy.get(lang), &[("name", &m.name)]);
                        m.duplicate(new_map_id(), name, crate::web::dom::now_ms())
                    })
                });
                store.dispatch(Action::KeepBoth {
                    theirs: c.theirs,
                    copies,
                });
                self.save_after_choice();
            }
        }
    }

    fn save_after_choice(&self) {
        if self.blocked() {
            self.store.save.set(SaveStatus::Blocked);
        } else {
            self.write();
        }
    }
}

/// What joining another tab's save did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Nothing to join (this tab's own save, one already taken in, or unreadable data).
    Nothing,
    /// Theirs held everything: this tab now shows it.
    Took,
    /// This tab's own changes were laid on top of theirs: the result is to be saved.
    Merged,
    /// Saving waits: a clash for the user to settle, or a newer version of the app.
    Waits,
}

/// The user's pick in a clash with another tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Mine,
    Theirs,
    /// Theirs, with this tab's version of each clashing map beside it as a copy.
    Both,
}

/// How to read saved data in the interface language: a map an old version lacked, and a
/// name that cannot be read, are named in it.
pub fn migrate_ctx(store: Store) -> MigrateCtx {
    crate::app::persist::migrate_ctx(store.lang.get_untracked())
}

pub fn use_sync() -> Sync {
    expect_context::<Sync>()
}
