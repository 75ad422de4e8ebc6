//! Light/dark theme: follows the system unless the user picks one; the choice is remembered.

use leptos::prelude::*;

use crate::i18n::K;
use crate::ui::ctx::{use_store, Store};
use crate::ui::persist::{self, Theme};

#[derive(Clone, Copy)]
struct ThemeSignal(RwSignal<Theme>);

pub fn start(_store: Store, initial: Theme) {
    let theme = RwSignal::new(initial);
    provide_context(ThemeSignal(theme));
    Effect::new(move |_| {
        let t = theme.get();
        if let Some(el) = document().document_element() {
            let _ = match t {
                Theme::System => el.remove_attribute("data-theme"),
                Theme::Light => el.set_attribute("data-theme", "light"),
                Theme::Dark => el.set_attribute("data-theme", "dark"),
            };
        }
    });
}

#[component]
pub fn ThemeButton() -> impl IntoView {
    let store = use_store();
    let ThemeSignal(theme) = expect_context::<ThemeSignal>();
    let cycle = move |_| {
        let next = match theme.get_untracked() {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        };
        theme.set(next);
        let mut prefs = persist::load_prefs();
        prefs.theme = next;
        persist::save_prefs(&prefs);
    };
    let label = move || match theme.get() {
        Theme::System => store.t(K::ThemeSystem),
        Theme::Light => store.t(K::ThemeLight),
        Theme::Dark => store.t(K::ThemeDark),
    };
    view! {
        <button class="btn btn--ghost btn--icon" on:click=cycle aria-label=label title=label data-testid="theme-toggle">
            <svg viewBox="0 0 24 24" aria-hidden="true" class="icon">
                {move || match theme.get() {
                    Theme::System => view! { <path d="M12 3a9 9 0 1 0 0 18V3z"></path><circle cx="12" cy="12" r="9" fill="none"></circle> }.into_any(),
                    Theme::Light => view! { <circle cx="12" cy="12" r="4.5"></circle><path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" fill="none"></path> }.into_any(),
                    Theme::Dark => view! { <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4 8.5 8.5 0 1 0 20 14.5z"></path> }.into_any(),
                }}
            </svg>
        </button>
    }
}
