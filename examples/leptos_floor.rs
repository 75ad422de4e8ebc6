//! The least a Leptos app can be, for the benchmark's warm-start floor (bench/floor/leptos):
//! it mounts one heading and a button with a signal, and sets the ready mark on the first frame
//! as Órbita does. `scripts/bench` builds it for wasm; it is never part of the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;

    leptos::mount::mount_to_body(|| {
        let (count, set_count) = signal(0);
        request_animation_frame(|| {
            let window = window();
            if let Some(perf) = window.performance() {
                let _ = perf.mark("floor-ready");
            }
            if let Some(body) = document().body() {
                let _ = body.set_attribute("data-ready", "true");
            }
        });
        view! {
            <h1 data-floor="">"Who pays whom?"</h1>
            <button on:click=move |_| set_count.update(|n| *n += 1)>{count}</button>
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("leptos_floor runs in the browser: see scripts/bench");
}
