//! Export (map or all maps as JSON, stakeholders as CSV, print) and import of JSON files.

use leptos::prelude::*;

use crate::app::persist::migrate_ctx;
use crate::app::route::View;
use crate::app::store::{use_store, Store};
use crate::app::sync::use_sync;
use crate::codec::{
    csv::{plan_csv, stakeholders_csv},
    decode_import, encode_export, LoadError,
};
use crate::components::dialog::Modal;
use crate::components::show::show_if;
use crate::domain::state::{Action, Edit, Outcome};
use crate::domain::workspace::Map;
use crate::i18n::{plural, K};
use crate::web::dom;
use crate::web::ids::new_map_id;

/// Downloads the shown map (or, with `all`, every map) as a JSON file and remembers when, for
/// the backup reminder.
pub fn export_json(store: Store, all: bool) {
    let (maps, name) = store
        .with_map(|m| m.clone())
        .map(|current| {
            if all && !store.read_only() {
                (
                    store.with_ws_untracked(|w| w.maps.clone()),
                    "orbita-maps".to_string(),
                )
            } else {
                let name = dom::slug(&current.name);
                (vec![current], name)
            }
        })
        .unwrap_or_default();
    let now = dom::now_ms();
    let text = encode_export(&maps, now);
    if dom::download(
        &format!("{name}-{}.json", dom::today_iso()),
        "application/json",
        &text,
    ) && !store.read_only()
    {
        store.edit(Edit::MarkExported { at: now });
    }
}

#[component]
pub fn ExportMenu() -> impl IntoView {
    let store = use_store();
    let details = NodeRef::<leptos::html::Details>::new();
    let close_menu = move || crate::web::dom::close_menu(details);
    let (menu_keys, menu_focus) = crate::web::dom::menu_behaviour(details);
    let export_maps = move |all: bool| {
        export_json(store, all);
        dom::close_menu_to_button(details);
    };
    let export_csv = move |plan: bool| {
        let lang = store.lang.get_untracked();
        let file = store.with_map(|m| {
            let name = dom::slug(&m.name);
            if plan {
                (
                    format!("{name}-plan-{}", dom::today_iso()),
                    plan_csv(m, lang),
                )
            } else {
                (
                    format!("{name}-{}", dom::today_iso()),
                    stakeholders_csv(m, lang),
                )
            }
        });
        if let Some((name, text)) = file {
            dom::download(&format!("{name}.csv"), "text/csv;charset=utf-8", &text);
        }
        dom::close_menu_to_button(details);
    };
    let print = move |_| {
        close_menu();
        store.go(View::Summary);
        set_timeout(
            move || {
                let _ = window().print();
            },
            std::time::Duration::from_millis(150),
        );
    };

    // Import: read the file, show what it holds, let the user choose.
    let pending = RwSignal::new(None::<Vec<Map>>);
    // Values of the file that could not be read and will take their defaults.
    let repaired = RwSignal::new(String::new());
    // What went wrong, and the parser's own words (in English) for anyone helping.
    let error = RwSignal::new(None::<(K, String)>);
    let file_input = NodeRef::<leptos::html::Input>::new();
    let show_import =
        Signal::derive(move || pending.with(|p| p.is_some()) || error.with(|e| e.is_some()));
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = dom::chosen_file(&ev) else {
            return;
        };
        close_menu();
        leptos::task::spawn_local(async move {
            let text = dom::file_text(file)
                .await
                .map(|(text, _)| text)
                .unwrap_or_default();
            match decode_import(&text, &migrate_ctx(store.lang.get_untracked())) {
                Ok((maps, reset)) if !maps.is_empty() => {
                    pending.set(Some(maps));
                    repaired.set(reset.join("; "));
                }
                Ok(_) => error.set(Some((K::ImportEmpty, String::new()))),
                Err(e) => error.set(Some(match e {
                    LoadError::NotJson(d) => (K::ImportNotJson, d),
                    LoadError::WrongShape(d) => (K::ImportWrongShape, d),
                    LoadError::FutureVersion(_) => (K::ImportFuture, String::new()),
                })),
            }
        });
    };
    let import_as_new = move |_| {
        if let Some(maps) = pending.get_untracked() {
            let mut added = Vec::new();
            for mut m in maps {
                m.id = new_map_id();
                // The file it came from is a backup of it.
                m.exported_at = Some(dom::now_ms());
                added.push((m.id.clone(), m.name.clone()));
                store.dispatch(Action::AddMap { map: m });
            }
            // If they fill the storage, the message names them and offers to remove them.
            use_sync().imported(added);
            store.toast(store.t_untracked(K::Imported).to_string(), None);
            store.go(View::List);
        }
        pending.set(None);
    };
    // The first map of the file takes the place of the map on screen; Undo puts it back.
    // On a read-only map the store refuses and says why, and nothing of the user's changes.
    let import_replace = move |_| {
        let first = pending
            .get_untracked()
            .and_then(|maps| maps.into_iter().next());
        if let (Some(mut m), Some(before)) = (first, store.with_map_untracked(Map::clone)) {
            let target = store.target();
            m.id.clone_from(&before.id);
            m.exported_at = Some(dom::now_ms());
            if store.edit(Edit::Replace { map: m }) != Outcome::Nothing {
                store.toast(
                    store.t_untracked(K::Imported).to_string(),
                    Some(vec![Action::edit(&target, Edit::Replace { map: before })]),
                );
                store.go(View::List);
            }
        }
        pending.set(None);
    };
    let close_dialog = move || {
        pending.set(None);
        error.set(None);
    };

    view! {
        <details class="menu" node_ref=details data-testid="export-menu"
            on:keydown=menu_keys on:focusout=menu_focus>
            <summary class="btn btn--ghost menu__summary">{store.tr(K::Export)}<span aria-hidden="true" class="menu__caret">"▾"</span></summary>
            <div class="menu__panel menu__panel--right">
                <button class="menu__item" data-testid="export-json" on:click=move |_| export_maps(false)>{store.tr(K::ExportMapJson)}</button>
                <button class="menu__item" data-testid="export-all" on:click=move |_| export_maps(true)
                    disabled=move || store.read_only()>{store.tr(K::ExportAllJson)}</button>
                <button class="menu__item" data-testid="export-csv" on:click=move |_| export_csv(false)>{store.tr(K::ExportCsv)}</button>
                <button class="menu__item" data-testid="export-plan-csv" on:click=move |_| export_csv(true)>{store.tr(K::ExportPlanCsv)}</button>
                <button class="menu__item" data-testid="print-report" on:click=print>{store.tr(K::PrintReport)}</button>
                <hr class="menu__sep"/>
                <label class="menu__item menu__item--file">
                    {store.tr(K::ImportFile)}
                    <input type="file" accept=".json,application/json" class="sr-only" node_ref=file_input
                        data-testid="import-file" on:change=on_file />
                </label>
            </div>
        </details>
        <Modal open=show_import on_close=Callback::new(move |_| close_dialog()) testid="import-dialog">
            <div class="dialog__body">
                <h2 class="dialog__title">{store.tr(K::Import)}</h2>
                {move || error.get().map(|(key, detail)| view! {
                    <div class="notice notice--error" role="alert" data-testid="import-error">
                        <p class="notice__text">{move || store.t(key)}</p>
                        {(!detail.is_empty()).then(|| view! {
                            <p class="notice__detail">{store.tr(K::TechnicalDetail)}" "<code lang="en">{detail}</code></p>
                        })}
                    </div>
                })}
                {move || pending.get().map(|maps| {
                    let lang = store.lang.get();
                    view! {
                        <p>{plural(maps.len(), K::ImportPreviewOne, K::ImportPreview, lang)}</p>
                        <ul class="import-preview" data-testid="import-preview">
                            {maps.iter().map(|m| {
                                let people = plural(m.stakeholders.len(), K::PeopleOne, K::PeopleN, lang);
                                view! { <li><strong><bdi>{m.name.clone()}</bdi></strong>" — "{people}</li> }
                            }).collect_view()}
                        </ul>
                        {move || repaired.with(|r| (!r.is_empty()).then(|| view! {
                            <div class="notice notice--warn" data-testid="import-repaired">
                                <p class="notice__text">{store.tr(K::ImportRepaired)}</p>
                                <p class="notice__detail"><code lang="en">{r.clone()}</code></p>
                            </div>
                        }))}
                    }
                })}
                <div class="dialog__actions">
                    <button class="btn btn--ghost" on:click=move |_| close_dialog()>
                        {move || store.t(if error.with(|e| e.is_some()) { K::Close } else { K::Cancel })}
                    </button>
                    {show_if(move || pending.with(|p| p.is_some()), move || view! {
                        <button class="btn btn--ghost" data-testid="import-replace" on:click=import_replace>{store.tr(K::ImportReplace)}</button>
                        <button class="btn btn--primary" data-testid="import-new" autofocus on:click=import_as_new>{store.tr(K::ImportAsNew)}</button>
                    })}
                </div>
            </div>
        </Modal>
    }
}
