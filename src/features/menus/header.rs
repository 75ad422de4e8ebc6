//! The top bar: brand, map switcher, share, export/import, language, theme and save status.

use leptos::prelude::*;

use crate::app::store::{use_store, SaveStatus};
use crate::app::{persist, theme};
use crate::domain::Lang;
use crate::features::menus::maps_menu::MapsMenu;
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
                <span class="save-status" role="status" data-testid="save-status" data-state=move || status().1>
                    <span class="save-status__dot" aria-hidden="true"></span>
                    {move || status().0}
                </span>
            </div>
        </header>
    }
}
