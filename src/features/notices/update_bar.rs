//! "New version ready — reload" and the "Install the app" offer (in the header's menu),
//! relayed from the loader (boot.js).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::app::store::use_store;
use crate::components::show::show_if;
use crate::i18n::K;

fn flag(name: &str) -> bool {
    js_sys::Reflect::get(&window(), &JsValue::from_str(name))
        .map(|v| v.is_truthy())
        .unwrap_or(false)
}

fn call(name: &str) {
    if let Ok(f) = js_sys::Reflect::get(&window(), &JsValue::from_str(name)) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(&JsValue::NULL);
        }
    }
}

/// Follows a window flag that the loader sets and announces with an event of the same name.
fn window_flag(name: &'static str) -> ReadSignal<bool> {
    let (get, set) = signal(flag(name));
    let handle = window_event_listener_untyped(name, move |_| set.set(true));
    on_cleanup(move || handle.remove());
    get
}

#[component]
pub fn UpdateBar() -> impl IntoView {
    let store = use_store();
    let update = window_flag("orbita-update");
    view! {
        {show_if(move || update.get(), move || view! {
            <div class="banner banner--info update-bar" role="status" data-testid="update-ready">
                <p class="banner__text">{store.tr(K::UpdateReady)}</p>
                <button class="btn btn--primary btn--small" data-testid="update-reload"
                    on:click=move |_| call("__orbitaApplyUpdate")>{store.tr(K::ReloadNow)}</button>
            </div>
        })}
    }
}

/// "Install the app", while the browser offers it.
#[component]
pub fn InstallButton() -> impl IntoView {
    let store = use_store();
    let installable = window_flag("orbita-installable");
    let (installed, set_installed) = signal(false);
    view! {
        {show_if(move || installable.get() && !installed.get(), move || view! {
            <button class="btn btn--ghost app-header__install" data-testid="install"
                on:click=move |_| { call("__orbitaPromptInstall"); set_installed.set(true); }>
                <svg viewBox="0 0 24 24" aria-hidden="true" class="icon"><path d="M12 4v11M7 10.5l5 5 5-5M5 19.5h14" fill="none"></path></svg>
                {store.tr(K::Install)}
            </button>
        })}
    }
}
