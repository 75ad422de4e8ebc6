//! Opening a shared link: decode it, show the map read-only, offer to save it as a new map.

use leptos::prelude::*;

use crate::app::route::{Route, View};
use crate::app::store::{navigate, use_store, Banner, Store};
use crate::codec::share::ShareError;
use crate::components::show::{show_else, show_if};
use crate::components::text::isolated;
use crate::domain::state::{Action, ShownFrom, Target};
use crate::domain::Lang;
use crate::i18n::{fill, user, K};
use crate::web::ids::new_map_id;

fn error_key(e: &ShareError) -> K {
    match e {
        ShareError::Empty => K::ShareErrEmpty,
        ShareError::Truncated => K::ShareErrTruncated,
        ShareError::Damaged => K::ShareErrDamaged,
        ShareError::FutureVersion(_) => K::ShareErrFuture,
        ShareError::TooLarge => K::ShareErrTooLarge,
        ShareError::UnknownFormat => K::ShareErrUnknown,
        ShareError::Unsupported => K::ShareErrUnsupported,
    }
}

/// Decodes the share payload whenever the fragment carries one. Decoding is asynchronous (the
/// browser decompresses), but it settles in microtasks, before the next frame is painted.
pub fn watch_share_links(store: Store) {
    let payload = Memo::new(move |_| store.route.with(|r| r.share.clone()));
    Effect::new(move |_| {
        match payload.get() {
            // Leaving a link keeps any message about it; the user dismisses it.
            // Leaving the link leaves its map; an example has no link and stays until closed.
            None => {
                if store.with_shown(|s| s.is_some_and(|s| s.from == ShownFrom::Link)) {
                    store.dispatch(Action::CloseShown);
                }
            }
            Some(p) => {
                store.remove_banner(|b| matches!(b, Banner::Share(_)));
                leptos::task::spawn_local(async move {
                    let decoded = crate::web::compression::decode(&p).await;
                    // Another link (or none) was opened meanwhile: this one is stale.
                    if payload.get_untracked().as_deref() != Some(p.as_str()) {
                        return;
                    }
                    match decoded {
                        Ok(map) => {
                            store.dispatch(Action::Show {
                                map,
                                from: ShownFrom::Link,
                            });
                        }
                        Err(e) => {
                            store.dispatch(Action::CloseShown);
                            store.add_banner(Banner::Share(error_key(&e)));
                            // Drop the broken payload so the user is back on their own maps.
                            let view = store.route.with_untracked(|r| r.view.clone());
                            navigate(Route { view, share: None });
                        }
                    }
                });
            }
        }
    });
}

/// Leaves the shared or example map for the user's own current map.
pub fn close_shared(store: Store) {
    navigate(Route {
        view: View::List,
        share: None,
    });
    store.dispatch(Action::CloseShown);
}

#[component]
pub fn SharedBanner() -> impl IntoView {
    let store = use_store();
    // A shared map keeps its id, so one saved before is known: say so before any click.
    let existing = Memo::new(move |_| {
        let id = store.with_shown(|s| s.map(|s| s.map.id.clone()))?;
        store.with_ws(|w| w.map(&id).map(|m| (id.clone(), m.name.clone())))
    });
    let from_link = move || store.with_shown(|s| s.is_some_and(|s| s.from == ShownFrom::Link));
    let save_copy = move |fresh_id: bool| {
        let Some(mut map) = store.with_shown(|s| s.map(|s| s.map.clone())) else {
            return;
        };
        if fresh_id {
            map.id = new_map_id();
        }
        map.created_at = Some(crate::web::dom::now_ms());
        // The empty map a first visit starts with would only be in the way: the saved copy
        // takes its place.
        let placeholder = store.with_ws_untracked(|w| match w.maps.as_slice() {
            [only]
                if only.is_empty()
                    && [Lang::Es, Lang::En]
                        .iter()
                        .any(|l| K::DefaultMapName.get(*l) == only.name) =>
            {
                Some(only.id.clone())
            }
            _ => None,
        });
        store.dispatch(Action::AddMap { map });
        if let Some(id) = placeholder {
            store.dispatch(Action::DeleteMap {
                map: Target::Own(id),
            });
        }
        close_shared(store);
        let saved = store
            .with_map_untracked(|m| m.name.clone())
            .unwrap_or_default();
        store.toast(
            fill(
                store.t_untracked(K::SharedSaved),
                &[("name", &user(&saved))],
            ),
            None,
        );
    };
    let open_saved = move |_| {
        if let Some((id, _)) = existing.get_untracked() {
            store.dispatch(Action::Open { id });
        }
        close_shared(store);
    };
    let folded = crate::components::fold::folded("shared".to_string());
    view! {
        {show_if(move || store.read_only(), move || view! {
            <section class="shared-banner" class:shared-banner--folded=move || folded.get() data-testid="shared-banner" aria-labelledby="shared-title">
                <div class="shared-banner__text">
                    <h2 id="shared-title" class="shared-banner__title">
                        <span class="badge" aria-hidden="true">"⇄"</span>
                        {move || store.t(if from_link() { K::SharedBanner } else { K::ExampleBanner })}
                    </h2>
                    <p class="shared-banner__body">{move || {
                        let name = store.with_shown(|s| s.map(|s| s.map.name.clone()).unwrap_or_default());
                        isolated(&fill(store.t(if from_link() { K::SharedBannerBody } else { K::ExampleBannerBody }), &[("name", &user(&name))]))
                    }}</p>
                    {move || existing.get().map(|(_, name)| view! {
                        <p class="notice notice--warn" data-testid="shared-exists">
                            {move || isolated(&fill(store.t(K::SharedAlreadySaved), &[("name", &user(&name))]))}
                        </p>
                    })}
                </div>
                <div class="shared-banner__actions">
                    {show_else(move || existing.with(|e| e.is_none()), move || view! {
                        <button class="btn btn--primary" data-testid="shared-save" on:click=move |_| save_copy(false)>{store.tr(K::SaveAsNewMap)}</button>
                    }, move || view! {
                            <button class="btn btn--primary" data-testid="shared-open-saved" on:click=open_saved>{store.tr(K::OpenSaved)}</button>
                            <button class="btn btn--ghost" data-testid="shared-save-another" on:click=move |_| save_copy(true)>{store.tr(K::SaveAnotherCopy)}</button>
                        })}
                    <button class="btn btn--ghost shared-banner__close" data-testid="shared-close" on:click=move |_| close_shared(store)>{store.tr(K::Close)}</button>
                    <crate::components::fold::FoldButton folded=folded testid="shared-fold"/>
                </div>
            </section>
        })}
    }
}
