//! The map switcher: pick, create, rename, duplicate or delete (with confirmation and Undo) a map.

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::app::store::Store;
use crate::components::dialog::{ConfirmDialog, NameDialog};
use crate::components::list::{keyed_list, row};
use crate::domain::state::{Action, Edit, Outcome, Target};
use crate::features::menus::recovery::RecoveryDialog;
use crate::features::sharing::shared_banner::close_shared;
use crate::i18n::{fill, fmt_int, one_or_many, user, K};
use crate::web::dom::now_ms;
use crate::web::ids::new_map_id;

#[component]
pub fn MapsMenu() -> impl IntoView {
    let store = use_store();
    let details = NodeRef::<leptos::html::Details>::new();
    // Before a dialog opens, so the dialog hands focus back to the menu's button.
    let close_to_button = move || crate::web::dom::close_menu_to_button(details);
    let (menu_keys, menu_focus) = crate::web::dom::menu_behaviour(details);
    // While a shared or example map is open it is the one shown, and none of the user's own
    // maps is current: picking one leaves the shared map.
    let current_name = move || store.with_map(|m| m.name.clone()).unwrap_or_default();
    let maps = move || {
        let open = (!store.read_only()).then(|| store.current_id());
        store.with_ws(|w| {
            w.maps
                .iter()
                .map(|m| {
                    let is_open = open.as_deref() == Some(m.id.as_str());
                    (m.id.clone(), m.name.clone(), is_open)
                })
                .collect::<Vec<_>>()
        })
    };

    let new_open = RwSignal::new(false);
    let rename_open = RwSignal::new(false);
    let delete_open = RwSignal::new(false);
    let recovery_open = RwSignal::new(false);

    let create = Callback::new(move |name: String| {
        store.dispatch(Action::CreateMap {
            id: new_map_id(),
            name,
            at: now_ms(),
        });
        store.go(View::List);
    });
    let rename = Callback::new(move |name: String| {
        if store.edit(Edit::Rename { name }) == Outcome::Changed {
            let now = current_name_untracked(store);
            store.toast(
                fill(store.t_untracked(K::MapRenamed), &[("name", &user(&now))]),
                None,
            );
        }
    });
    let duplicate = move |_| {
        let name = store
            .with_map_untracked(|m| m.name.clone())
            .unwrap_or_default();
        // Stored as the new map's name: plain text, no direction marks.
        let name = fill(store.t_untracked(K::CopyOf), &[("name", &name)]);
        let made = store.dispatch(Action::DuplicateMap {
            map: store.target(),
            new_id: new_map_id(),
            name,
            at: now_ms(),
        });
        close_to_button();
        // The copy is the map open now: say so, by its name.
        if made != Outcome::Nothing {
            let now = current_name_untracked(store);
            store.toast(
                fill(
                    store.t_untracked(K::MapDuplicated),
                    &[("name", &user(&now))],
                ),
                None,
            );
        }
    };
    let delete = Callback::new(move |_| {
        let target = store.target();
        let Target::Own(id) = &target else {
            // The door refuses it and says why.
            store.dispatch(Action::DeleteMap { map: target });
            return;
        };
        let Some((index, map)) = store.with_ws_untracked(|w| {
            w.maps
                .iter()
                .position(|m| m.id == *id)
                .map(|i| (i, w.maps[i].clone()))
        }) else {
            return;
        };
        store.dispatch(Action::DeleteMap { map: target });
        // A workspace is never left without a map.
        if store.with_ws_untracked(|w| w.maps.is_empty()) {
            store.dispatch(Action::CreateMap {
                id: new_map_id(),
                name: store.t_untracked(K::DefaultMapName).to_string(),
                at: now_ms(),
            });
        }
        store.toast(
            store.t_untracked(K::MapDeleted).to_string(),
            Some(vec![Action::RestoreMap { index, map }]),
        );
        store.go(View::List);
    });

    let delete_message = Signal::derive(move || {
        let (name, n) = store
            .with_map(|m| (m.name.clone(), m.stakeholders.len()))
            .unwrap_or_default();
        fill(
            store.t(one_or_many(n, K::ConfirmDeleteMapOne, K::ConfirmDeleteMap)),
            &[("name", &user(&name)), ("n", &fmt_int(n, store.lang.get()))],
        )
    });

    view! {
        <details class="menu" node_ref=details data-testid="maps-menu"
            on:keydown=menu_keys on:focusout=menu_focus>
            <summary class="btn btn--ghost menu__summary"
                aria-label=move || fill(store.t(K::CurrentMap), &[("name", &user(&current_name()))])>
                <span class="menu__current" data-testid="current-map-name"><bdi>{current_name}</bdi></span>
                <span aria-hidden="true" class="menu__caret">"▾"</span>
            </summary>
            <div class="menu__panel">
                <p class="menu__heading">{store.tr(K::MapsMenu)}</p>
                <ul class="menu__list">
                    {keyed_list(move || maps().into_iter().map(|m| row(m.clone(), move || {
                            let id = m.0.clone();
                            view! {
                                <li>
                                    <button class="menu__item" aria-current=if m.2 { Some("true") } else { None }
                                        on:click=move |_| {
                                            let was_shown = store.read_only();
                                            store.dispatch(Action::Open { id: id.clone() });
                                            if was_shown {
                                                close_shared(store);
                                            } else {
                                                store.go(View::List);
                                            }
                                            close_to_button();
                                        }>
                                        <span class="menu__check" aria-hidden="true">{if m.2 { "●" } else { "" }}</span>
                                        <bdi>{m.1.clone()}</bdi>
                                    </button>
                                </li>
                            }
                    })).collect())}
                </ul>
                <hr class="menu__sep"/>
                <button class="menu__item" data-testid="new-map" disabled=move || store.read_only()
                    on:click=move |_| { close_to_button(); new_open.set(true); }>{store.tr(K::NewMap)}</button>
                <button class="menu__item" data-testid="rename-map" disabled=move || store.read_only()
                    on:click=move |_| { close_to_button(); rename_open.set(true); }>{store.tr(K::RenameMap)}</button>
                <button class="menu__item" data-testid="duplicate-map" disabled=move || store.read_only()
                    on:click=duplicate>{store.tr(K::DuplicateMap)}</button>
                <button class="menu__item menu__item--danger" data-testid="delete-map" disabled=move || store.read_only()
                    on:click=move |_| { close_to_button(); delete_open.set(true); }>{store.tr(K::DeleteMap)}</button>
                <hr class="menu__sep"/>
                // Always there, read-only map or not: kept copies are the user's own data.
                <button class="menu__item" data-testid="recovery"
                    on:click=move |_| { close_to_button(); recovery_open.set(true); }>{store.tr(K::Recovery)}</button>
            </div>
        </details>
        <NameDialog open=new_open testid="new-map-dialog"
            title=Signal::derive(move || store.t(K::NewMapName).to_string())
            initial=Signal::derive(move || store.t(K::DefaultMapName).to_string())
            confirm=Signal::derive(move || store.t(K::NewMap).to_string())
            on_done=create/>
        <NameDialog open=rename_open testid="rename-map-dialog"
            title=Signal::derive(move || store.t(K::RenameMap).to_string())
            initial=Signal::derive(current_name)
            confirm=Signal::derive(move || store.t(K::SaveName).to_string())
            on_done=rename/>
        <ConfirmDialog open=delete_open testid="delete-map-dialog"
            message=delete_message
            detail=Signal::derive(move || store.t(K::ConfirmDeleteMapHelp).to_string())
            confirm=Signal::derive(move || store.t(K::DeleteMap).to_string())
            on_confirm=delete/>
        <RecoveryDialog open=recovery_open/>
    }
}

/// The name of the map open in this tab, as stored.
fn current_name_untracked(store: Store) -> String {
    store
        .with_map_untracked(|m| m.name.clone())
        .unwrap_or_default()
}
