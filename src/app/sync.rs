//! Saving the workspace, and joining what other tabs save. Every save is stamped (its own
//! revision and the one it was made from) and checked; another tab's save is merged against
//! what both tabs really started from (`domain::sync`), and a true clash keeps both versions
//! until the user picks. Nothing is ever written over data this tab must not overwrite.

use leptos::prelude::*;

use crate::app::store::{Banner, SaveStatus, Store};
use crate::codec::{decode_stored, encode_stored, LoadError, Loaded, MigrateCtx, Stamp};
use crate::domain::merge::{self, Clash};
use crate::domain::state::Action;
use crate::domain::sync::{common_base, join, lineage, History, Joined};
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
    /// The revision both sides started from, if this tab knows one.
    base: Option<String>,
    raw: String,
    clash: Clash,
}

struct State {
    /// This tab's part of every revision it writes.
    tab: String,
    /// What storage holds must be written again (it was of an older version, or repaired),
    /// even though it reads as this tab's workspace.
    rewrite: bool,
    writes: u32,
    history: History,
    /// The revision and text of the save this tab wrote or read last.
    head: Stamp,
    head_raw: Option<String>,
    block: Option<Block>,
    conflict: Option<Conflict>,
    /// Maps imported since the last successful save, blamed if storage turns out full.
    imported: Vec<(String, String)>,
}

/// The save and sync handle, shared through context.
#[derive(Clone, Copy)]
pub struct Sync {
    store: Store,
    state: StoredValue<State>,
}

impl Sync {
    /// `loaded`: what storage held at start-up, as read, and its text.
    pub fn new(store: Store, loaded: Option<&(Loaded, String)>, block: Option<Block>) -> Sync {
        let rewrite = loaded.is_some_and(|(l, _)| l.needs_write);
        let mut history = History::default();
        let (head, head_raw) = match loaded {
            Some((l, raw)) => {
                history.remember(&l.stamp.rev, &l.ws);
                (l.stamp.clone(), Some(raw.clone()))
            }
            None => (Stamp::default(), None),
        };
        Sync {
            store,
            state: StoredValue::new(State {
                tab: new_map_id(),
                rewrite,
                writes: 0,
                history,
                head,
                head_raw,
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

    /// Writes the workspace unless it is unchanged, blocked, or another tab saved in between
    /// (then theirs is joined first and the result saved on the next round).
    pub fn save_now(&self) {
        let store = self.store;
        if self.blocked() {
            store.save.set(SaveStatus::Blocked);
            return;
        }
        // The browser may not have told this tab yet about a save made in another one.
        match storage::read(WORKSPACE_KEY) {
            Err(e) => return self.fail(e),
            Ok(Some(now)) if self.state.with_value(|s| s.head_raw.as_ref() != Some(&now)) => {
                if self.incoming(&now) == Incoming::Waits {
                    return;
                }
            }
            Ok(_) => {}
        }
        let unchanged = self.state.with_value(|s| {
            let head = s.history.get(&s.head.rev);
            !s.rewrite && store.with_ws_untracked(|ws| head == Some(ws))
        });
        if unchanged {
            store.save.set(SaveStatus::Saved);
            return;
        }
        self.write();
    }

    fn write(&self) {
        let store = self.store;
        let (stamp, ws) = self.state.with_value(|s| {
            let stamp = Stamp {
                rev: format!("{}.{}", s.tab, s.writes + 1),
                bases: lineage([&s.head.rev], &s.head.bases),
            };
            (stamp, store.with_ws_untracked(Workspace::clone))
        });
        let raw = encode_stored(&ws, &stamp);
        match storage::write(WORKSPACE_KEY, &raw) {
            Ok(()) => {
                self.state.update_value(|s| {
                    s.writes += 1;
                    s.rewrite = false;
                    s.history.remember(&stamp.rev, &ws);
                    s.head = stamp;
                    s.head_raw = Some(raw);
                    s.imported.clear();
                });
                store.save.set(SaveStatus::Saved);
                store.remove_banner(|b| {
                    matches!(
                        b,
                        Banner::StorageFull
                            | Banner::StorageUnavailable
                            | Banner::StorageDropped
                            | Banner::ImportTooBig { .. }
                    )
                });
            }
            Err(e) => self.fail(e),
        }
    }

    fn fail(&self, e: StorageError) {
        let store = self.store;
        let imported = self.state.with_value(|s| s.imported.clone());
        store.add_banner(match e {
            StorageError::Full if !imported.is_empty() => Banner::ImportTooBig {
                ids: imported.iter().map(|(id, _)| id.clone()).collect(),
                names: imported
                    .iter()
                    .map(|(_, name)| name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
            StorageError::Full => Banner::StorageFull,
            StorageError::NotVerified => Banner::StorageDropped,
            StorageError::Unavailable => Banner::StorageUnavailable,
        });
        store.save.set(SaveStatus::Failed(e));
    }

    /// Joins a save another tab made (`raw`, as stored).
    pub fn incoming(&self, raw: &str) -> Incoming {
        let store = self.store;
        let ctx = migrate_ctx(store);
        let theirs = match decode_stored(raw, &ctx) {
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
        // This tab's own save read back, or one it has joined already (the browser may tell
        // of a save after this tab has read it from storage): nothing new.
        let seen = self.state.with_value(|s| {
            let rev = &theirs.stamp.rev;
            if rev.is_empty() {
                s.head_raw.as_deref() == Some(raw)
            } else {
                s.history.get(rev).is_some()
            }
        });
        if seen {
            return Incoming::Nothing;
        }
        // While a clash waits for the user, the newest of theirs is what they pick from.
        let in_conflict = self.state.with_value(|s| s.conflict.is_some());
        let base = self.state.with_value(|s| match &s.conflict {
            Some(c) => c.base.clone(),
            None => common_base(&s.history, &theirs.stamp.bases).map(str::to_string),
        });
        let joined = self.state.with_value(|s| {
            store.with_ws_untracked(|mine| join(&s.history, mine, &theirs.ws, base.as_deref()))
        });
        let had_changes = self.state.with_value(|s| {
            let head = s.history.get(&s.head.rev);
            store.with_ws_untracked(|ws| head != Some(ws))
        });
        let merged = matches!(joined, Joined::Merged(_));
        match joined {
            Joined::Theirs | Joined::Merged(_) => {
                self.state.update_value(|s| {
                    s.history.remember(&theirs.stamp.rev, &theirs.ws);
                    s.head = joined_head(&theirs.stamp, &s.head);
                    s.head_raw = Some(raw.to_string());
                    s.conflict = None;
                });
                store.remove_banner(|b| matches!(b, Banner::Conflict { .. }));
                let ws = match joined {
                    Joined::Merged(m) => m,
                    _ => theirs.ws,
                };
                store.dispatch(Action::Load { ws });
                if had_changes || in_conflict {
                    store.toast(store.t_untracked(K::OtherTabMerged).to_string(), None);
                }
                if store.save.get_untracked() == SaveStatus::Blocked && !self.blocked() {
                    store.save.set(SaveStatus::Pending);
                }
                if merged {
                    Incoming::Merged
                } else {
                    Incoming::Took
                }
            }
            Joined::Clash(clash) => {
                let names = store.with_ws_untracked(|ws| {
                    clash
                        .maps
                        .iter()
                        .filter_map(|id| ws.map(id).or_else(|| theirs.ws.map(id)))
                        .map(|m| m.name.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                });
                store.remove_banner(|b| matches!(b, Banner::Conflict { .. }));
                store.add_banner(Banner::Conflict { maps: names });
                self.state.update_value(|s| {
                    s.conflict = Some(Conflict {
                        theirs: theirs.ws,
                        stamp: theirs.stamp,
                        base,
                        raw: raw.to_string(),
                        clash,
                    })
                });
                store.save.set(SaveStatus::Blocked);
                Incoming::Waits
            }
        }
    }

    /// Settles a clash by the user's choice.
    pub fn resolve(&self, choice: Choice) {
        let store = self.store;
        let Some(c) = self.state.try_update_value(|s| s.conflict.take()).flatten() else {
            return;
        };
        store.remove_banner(|b| matches!(b, Banner::Conflict { .. }));
        // Whatever is written next is made over theirs, which this tab has now seen.
        self.state.update_value(|s| {
            s.history.remember(&c.stamp.rev, &c.theirs);
            s.head = joined_head(&c.stamp, &s.head);
            s.head_raw = Some(c.raw.clone());
        });
        match choice {
            Choice::Theirs => {
                store.dispatch(Action::Load { ws: c.theirs });
                store.save.set(SaveStatus::Saved);
            }
            Choice::Mine => self.save_after_choice(),
            Choice::Both => {
                let lang = store.lang.get_untracked();
                let both = store.with_ws_untracked(|mine| {
                    merge::keep_both(mine, &c.theirs, &c.clash, |m| {
                        let name = fill(K::ThisTabCopy.get(lang), &[("name", &m.name)]);
                        m.duplicate(new_map_id(), name, crate::web::dom::now_ms())
                    })
                });
                store.dispatch(Action::Load { ws: both });
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

/// After joining another tab's save `theirs`, what this tab's state descends from: theirs,
/// then its ancestry, then this tab's own.
fn joined_head(theirs: &Stamp, mine: &Stamp) -> Stamp {
    let ancestry = lineage(&theirs.bases, &lineage([&mine.rev], &mine.bases));
    Stamp {
        rev: theirs.rev.clone(),
        bases: ancestry,
    }
}

/// What joining another tab's save did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Nothing to join (this tab's own save, or unreadable data).
    Nothing,
    /// Theirs held everything: this tab now shows it.
    Took,
    /// Both changed different things: this tab holds both, to be saved.
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
