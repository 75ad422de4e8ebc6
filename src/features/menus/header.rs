//! The top bar: brand, map switcher, save status, then share, export/import, language, theme
//! and the install offer. On a wide screen they sit in the bar; on a phone they fold into a
//! "⋯" menu, so the bar is one row.

use leptos::prelude::*;

use crate::app::store::{use_store, SaveStatus};
use crate::app::{persist, theme};
use crate::domain::Lang;
use crate::features::menus::maps_menu::MapsMenu;
use crate::features::notices::update_bar::InstallButton;
use crate::features::sharing::{export_menu::ExportMenu, share_dialog::ShareButton};
use crate::i18n::K;

#[component]
pub fn Header() -> impl IntoView {
    let store = use_store();
    let toggle_lang = move |_| {
        let next = match store.lang.get_untracked() {
            Lang::Es => Lang::En,
            Lang::En => Lang::Es,
        };
        store.lang.set(next);
        rename_default_maps(store, next);
        let mut prefs = persist::load_prefs();
        prefs.lang = Some(next);
        persist::save_prefs(&prefs);
    };
    // A shared or example map is only being looked at: nothing of it is saved.
    let status = move || match store.save.get() {
        _ if store.read_only() => (store.t(K::ReadOnlyStatus), "readonly"),
        SaveStatus::Saved => (store.t(K::Saved), "saved"),
        SaveStatus::Pending => (store.t(K::Saving), "saving"),
        SaveStatus::Failed(_) => (store.t(K::NotSaved), "failed"),
        SaveStatus::Blocked => (store.t(K::NotSaved), "blocked"),
    };
    let more = NodeRef::<leptos::html::Details>::new();
    let (more_keys, more_focus) = crate::web::dom::menu_behaviour(more);
    view! {
        <header class="app-header">
            <div class="app-header__brand">
                <svg class="app-header__logo" viewBox="0 0 32 32" aria-hidden="true">
                    <circle cx="16" cy="16" r="4.5" class="logo__core"></circle>
                    <circle cx="16" cy="16" r="9.5" class="logo__ring"></circle>
                    <circle cx="16" cy="16" r="14.5" class="logo__ring"></circle>
                    <circle cx="25.5" cy="9" r="2.4" class="logo__dot"></circle>
                </svg>
                <div>
                    <h1 class="app-header__title">{store.tr(K::AppName)}</h1>
                    <p class="app-header__tagline">{store.tr(K::Tagline)}</p>
                </div>
            </div>
            <div class="app-header__tools">
                <MapsMenu/>
                <span class="save-status" role="status" data-testid="save-status" data-state=move || status().1>
                    <span class="save-status__dot" aria-hidden="true"></span>
                    <span class="save-status__text">{move || status().0}</span>
                </span>
                // On a wide screen the summary is hidden and the items show in the bar.
                <details class="menu app-header__more" node_ref=more data-testid="header-more"
                    on:keydown=more_keys on:focusout=more_focus>
                    <summary class="btn btn--ghost btn--icon app-header__more-button" aria-label=store.tr(K::MoreOptions) title=store.tr(K::MoreOptions)>
                        <svg viewBox="0 0 24 24" aria-hidden="true" class="icon"><circle cx="5" cy="12" r="1.8"></circle><circle cx="12" cy="12" r="1.8"></circle><circle cx="19" cy="12" r="1.8"></circle></svg>
                    </summary>
                    <div class="app-header__more-items">
                        <ShareButton/>
                        <ExportMenu/>
                        <button
                            class="btn btn--ghost"
                            on:click=toggle_lang
                            data-testid="lang-toggle"
                            lang=move || if store.lang.get() == Lang::Es { "en" } else { "es" }
                            title=move || match store.lang.get() {
                                Lang::Es => store.t(K::SwitchToEnglish),
                                Lang::En => store.t(K::SwitchToSpanish),
                            }
                        >
                            // The other language's own name is the button's visible and accessible name.
                            {move || if store.lang.get() == Lang::Es { "English" } else { "Español" }}
                        </button>
                        <theme::ThemeButton/>
                        <InstallButton/>
                    </div>
                </details>
            </div>
        </header>
    }
}

/// Maps still called by the default name of the other language take `lang`'s default name:
/// an untouched "Mi mapa" reads "My map" in English, and back.
fn rename_default_maps(store: crate::app::store::Store, lang: Lang) {
    use crate::domain::state::{Action, Edit, Target};
    let name = K::DefaultMapName.get(lang);
    let others: Vec<&str> = [Lang::Es, Lang::En]
        .into_iter()
        .filter(|l| *l != lang)
        .map(|l| K::DefaultMapName.get(l))
        .collect();
    let ids = store.with_ws_untracked(|w| w.maps_named(&others));
    for id in ids {
        // Told apart from a map already called that, as a new map would be.
        let name = store.with_ws_untracked(|w| w.unique_map_name(name));
        store.dispatch(Action::edit(&Target::Own(id), Edit::Rename { name }));
    }
}
