//! The root component: builds the store, starts persistence and routing, lays out the page.

use leptos::prelude::*;

use crate::app::persist;
use crate::app::route::{Route, View};
use crate::app::store::{Placements, Store};
use crate::app::sync::Sync;
use crate::components::text::isolated;
use crate::domain::state::Tab;
use crate::features::invites::reply_preview::ReplyPreview;
use crate::features::map::page::MapView;
use crate::features::menus::header::Header;
use crate::features::notices::{banners::Banners, toasts::Toasts, update_bar::UpdateBar};
use crate::features::plan::page::PlanView;
use crate::features::questionnaire::{question::QuestionnaireView, review::ReviewView};
use crate::features::sharing::shared_banner::SharedBanner;
use crate::features::stakeholders::{list::StakeholderList, page::StakeholderView};
use crate::features::summary::page::SummaryView;
use crate::i18n::K;

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page that shows `view`: the map and its table are one page, so switching keeps its
/// filters; a questionnaire's questions are one page too.
fn page_of(view: &View) -> View {
    match view {
        View::MapTable => View::Map,
        // One questionnaire is one page: going from question to question keeps its place.
        View::Questionnaire(id, _) => View::Questionnaire(*id, None),
        v => v.clone(),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let prefs = persist::load_prefs();
    let lang = prefs.lang.unwrap_or_else(persist::browser_lang);
    let boot = persist::boot(lang);
    // A reload keeps the map this tab had open; a new tab opens the one opened last.
    let tab = Tab::new(boot.ws, crate::web::storage::tab_map().as_deref());
    let store = Store::new(tab, lang, Route::parse(&current_fragment()));
    store.save.set(boot.save);
    for b in boot.banners {
        store.add_banner(b);
    }
    provide_context(store);
    let placements = Placements::new(store);
    provide_context(placements);
    let sync = Sync::new(store, boot.stored, boot.block, boot.needs_write);
    persist::start(store, sync, boot.needs_write);
    crate::features::sharing::shared_banner::watch_share_links(store);
    crate::app::theme::start(store, prefs.theme);
    crate::features::map::page::watch_phone_width();

    let hash_listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let next = Route::parse(&current_fragment());
        let from = store.route.with_untracked(|r| page_of(&r.view));
        if from != page_of(&next.view) {
            crate::app::page_change::before_change(from);
        }
        store.route.set(next);
    });
    on_cleanup(move || hash_listener.remove());

    // Keep <html lang> and the tab's title in step with the interface language.
    Effect::new(move |_| {
        let lang = store.lang.get();
        let doc = document();
        if let Some(el) = doc.document_element() {
            let _ = el.set_attribute("lang", lang.code());
        }
        doc.set_title(K::PageTitle.get(lang));
    });

    let view = Memo::new(move |_| store.route.with(|r| r.view.clone()));
    let page = Memo::new(move |_| page_of(&view.get()));
    crate::app::page_change::start(page);
    let tab = move |target: View, key: K, testid: &'static str| {
        let active = {
            let target = target.clone();
            move || {
                let v = view.get();
                v == target
                    || (target == View::List
                        && matches!(
                            v,
                            View::Stakeholder(_) | View::Questionnaire(..) | View::Review(_)
                        ))
                    || (target == View::Map && v == View::MapTable)
            }
        };
        let share_href = move || {
            let share = store.route.with(|r| r.share.clone());
            Route {
                view: target.clone(),
                share,
            }
            .to_fragment()
        };
        view! {
            <a
                class="tabs__tab"
                class:tabs__tab--active=active.clone()
                href=share_href
                aria-current=move || if active() { Some("page") } else { None }
                data-testid=testid
            >
                {move || store.t(key)}
            </a>
        }
    };

    let main_ref = NodeRef::<leptos::html::Main>::new();
    let skip = move |_| {
        if let Some(m) = main_ref.get() {
            let _ = m.focus();
        }
    };

    // Performance mark for the benchmark: the first frame after mounting.
    request_animation_frame(move || {
        if let Some(perf) = window().performance() {
            let _ = perf.mark("orbita-ready");
        }
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-ready", "true");
        }
        // Once the first screen is up, place everyone in the background, so the map and the
        // summary open without that wait (the list places only the rows it shows). The app
        // may be gone by then (a test unmounts it), so a disposed memo is left alone.
        set_timeout(
            move || {
                let _ = placements.0.try_with_untracked(|_| ());
            },
            std::time::Duration::from_millis(50),
        );
    });

    view! {
        <button class="skip-link" on:click=skip>{store.tr(K::SkipToContent)}</button>
        <Header/>
        <SharedBanner/>
        <Banners/>
        <div class="banners"><UpdateBar/></div>
        <nav class="tabs" aria-label=store.tr(K::MainNav)
            class:tabs--in-flow=move || matches!(view.get(), View::Questionnaire(..))>
            {tab(View::List, K::TabStakeholders, "tab-list")}
            {tab(View::Map, K::TabMap, "tab-map")}
            {tab(View::Plan, K::TabPlan, "tab-plan")}
            {tab(View::Summary, K::TabSummary, "tab-summary")}
        </nav>
        <main id="main" class="main" tabindex="-1" node_ref=main_ref>
            {move || match page.get() {
                View::List => view! { <StakeholderList/> }.into_any(),
                View::Map | View::MapTable => view! { <MapView/> }.into_any(),
                View::Plan => view! { <PlanView/> }.into_any(),
                View::Summary => view! { <SummaryView/> }.into_any(),
                View::Stakeholder(id) => view! { <StakeholderView id=id/> }.into_any(),
                View::Questionnaire(id, _) => view! { <QuestionnaireView id=id/> }.into_any(),
                View::Review(id) => view! { <ReviewView id=id/> }.into_any(),
            }}
        </main>
        <ReplyPreview/>
        <Toasts/>
        // What is announced may name what a user wrote (a toast's text): in `<bdi>`, as in the toast.
        <div class="sr-only" role="status" aria-live="polite" data-testid="announcer">
            {move || isolated(&store.announce.get())}
        </div>
    }
}
