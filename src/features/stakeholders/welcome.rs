//! First-visit welcome: what Órbita does, "Start a map", and example maps to explore.

use leptos::prelude::*;

use crate::domain::state::{Action, ShownFrom};

use crate::app::store::use_store;
use crate::components::show::show_if;
use crate::domain::examples;
use crate::i18n::K;

#[component]
pub fn Welcome(
    /// Focuses the add field.
    on_start: Callback<()>,
) -> impl IntoView {
    let store = use_store();
    let show_examples = RwSignal::new(false);
    view! {
        <section class="welcome" aria-labelledby="welcome-title" data-testid="welcome">
            <svg class="welcome__art" viewBox="0 0 120 120" aria-hidden="true">
                <circle cx="60" cy="60" r="56" class="welcome__ring welcome__ring--outer"></circle>
                <circle cx="60" cy="60" r="38" class="welcome__ring"></circle>
                <circle cx="60" cy="60" r="20" class="welcome__ring welcome__ring--inner"></circle>
                <circle cx="60" cy="60" r="8" class="welcome__core"></circle>
                <circle cx="88" cy="34" r="5" class="welcome__dot welcome__dot--ext"></circle>
                <circle cx="42" cy="84" r="5" class="welcome__dot welcome__dot--int"></circle>
                <circle cx="73" cy="73" r="4" class="welcome__dot welcome__dot--int"></circle>
            </svg>
            <div class="welcome__text">
                <h2 id="welcome-title" class="welcome__title">{store.tr(K::WelcomeTitle)}</h2>
                <p>{store.tr(K::WelcomeBody1)}</p>
                <p>{store.tr(K::WelcomeBody2)}</p>
                <p class="muted">{store.tr(K::EmptyListBody)}</p>
                <div class="welcome__actions">
                    <button class="btn btn--primary" data-testid="start-map" on:click=move |_| on_start.run(())>
                        {store.tr(K::StartMap)}
                    </button>
                    <button class="btn" data-testid="explore-example"
                        aria-expanded=move || show_examples.get().to_string()
                        on:click=move |_| show_examples.update(|v| *v = !*v)>
                        {store.tr(K::ExploreExample)}
                    </button>
                </div>
                {show_if(move || show_examples.get(), move || view! {
                    <ul class="examples" data-testid="examples" aria-label=store.tr(K::ExamplesTitle)>
                        {move || examples::all(store.lang.get()).into_iter().map(|ex| {
                            let map = ex.map.clone();
                            let label = format!("{}: {}", store.t(K::OpenExample), ex.map.name);
                            view! {
                                <li class="examples__item">
                                    <div>
                                        <strong>{ex.map.name.clone()}</strong>
                                        <p class="muted">{ex.blurb}</p>
                                    </div>
                                    <button class="btn btn--small" data-testid="open-example" aria-label=label
                                        on:click=move |_| {
                                            store.dispatch(Action::Show { map: map.clone(), from: ShownFrom::Example });
                                            // The example opens at its top (its banner and list), not
                                            // where the button was; focus, lost with the button, goes there too.
                                            request_animation_frame(|| {
                                                window().scroll_to_with_x_and_y(0.0, 0.0);
                                                crate::web::dom::focus_page_heading();
                                            });
                                        }>
                                        {store.tr(K::OpenExample)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
            </div>
        </section>
    }
}
