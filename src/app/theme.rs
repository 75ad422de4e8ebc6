//! Light/dark theme: follows the system until the user picks the other look; the choice is
//! remembered. The button always switches the look, and picking the system's own look goes
//! back to following the system.

use leptos::prelude::*;

use crate::app::persist;
use crate::app::store::{use_store, Store};
use crate::codec::prefs::Theme;
use crate::i18n::K;

/// Whether `theme` shows dark when the system prefers dark (`system_dark`).
pub fn is_dark(theme: Theme, system_dark: bool) -> bool {
    match theme {
        Theme::System => system_dark,
        Theme::Light => false,
        Theme::Dark => true,
    }
}

/// The theme after one press of the button: the other look, kept as "follow the system" when
/// that is what the system shows anyway.
pub fn toggled(theme: Theme, system_dark: bool) -> Theme {
    let dark = !is_dark(theme, system_dark);
    if dark == system_dark {
        Theme::System
    } else if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

#[derive(Clone, Copy)]
struct ThemeSignal {
    theme: RwSignal<Theme>,
    system_dark: RwSignal<bool>,
}

pub fn start(_store: Store, initial: Theme) {
    let theme = RwSignal::new(initial);
    let system_dark = crate::web::dom::media_signal("(prefers-color-scheme: dark)");
    provide_context(ThemeSignal { theme, system_dark });
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
    let ThemeSignal { theme, system_dark } = expect_context::<ThemeSignal>();
    let dark = move || is_dark(theme.get(), system_dark.get());
    let toggle = move |_| {
        let next = toggled(theme.get_untracked(), system_dark.get_untracked());
        theme.set(next);
        let mut prefs = persist::load_prefs();
        prefs.theme = next;
        persist::save_prefs(&prefs);
    };
    // The name says what a press does; the icon shows the look it switches to.
    let label = move || {
        store.t(if dark() {
            K::SwitchToLight
        } else {
            K::SwitchToDark
        })
    };
    view! {
        <button class="btn btn--ghost btn--icon" on:click=toggle aria-label=label title=label
            data-testid="theme-toggle" data-theme=move || if dark() { "dark" } else { "light" }>
            <svg viewBox="0 0 24 24" aria-hidden="true" class="icon">
                {move || if dark() {
                    view! { <circle cx="12" cy="12" r="4.5"></circle><path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" fill="none"></path> }.into_any()
                } else {
                    view! { <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4 8.5 8.5 0 1 0 20 14.5z"></path> }.into_any()
                }}
            </svg>
            // Written out where the button is an item of the header's "⋯" menu (phones).
            <span class="btn__phone-label" aria-hidden="true">{label}</span>
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_press_switches_the_look() {
        for system_dark in [false, true] {
            for t in [Theme::System, Theme::Light, Theme::Dark] {
                assert_ne!(
                    is_dark(toggled(t, system_dark), system_dark),
                    is_dark(t, system_dark),
                    "{t:?} on a {} system",
                    if system_dark { "dark" } else { "light" }
                );
            }
        }
    }

    #[test]
    fn picking_the_systems_look_follows_the_system_again() {
        assert_eq!(toggled(Theme::System, false), Theme::Dark);
        assert_eq!(toggled(Theme::Dark, false), Theme::System);
        assert_eq!(toggled(Theme::System, true), Theme::Light);
        assert_eq!(toggled(Theme::Light, true), Theme::System);
        // A choice saved on another system still switches to the other look.
        assert_eq!(toggled(Theme::Light, false), Theme::Dark);
        assert_eq!(toggled(Theme::Dark, true), Theme::Light);
    }
}
