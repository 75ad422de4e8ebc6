//! Browser tests (wasm-bindgen-test in headless Chromium): components mounted into a real DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// One animation frame: effects, microtasks and timers queued before it have run.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits a frame at a time until `ready` holds; fails naming `what` after 5 s.
async fn until(what: &str, ready: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !ready() {
        assert!(
            js_sys::Date::now() - start < 5_000.0,
            "timed out waiting for {what}"
        );
        next_frame().await;
    }
}

fn count(root: &web_sys::HtmlElement, sel: &str) -> u32 {
    root.query_selector_all(sel).unwrap().length()
}

/// Mounts the app and waits for its first screen.
async fn mount(root: &web_sys::HtmlElement) -> leptos::mount::UnmountHandle<impl Mountable> {
    let app = leptos::mount::mount_to(root.clone(), orbita::App);
    until("the app's first screen", || count(root, "main") == 1).await;
    app
}

fn saved() -> String {
    window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("orbita.workspace")
        .unwrap()
        .unwrap_or_default()
}

fn fresh_container() -> web_sys::HtmlElement {
    let doc = document();
    let storage = window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let _ = window().location().set_hash("");
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn q(root: &web_sys::HtmlElement, sel: &str) -> web_sys::HtmlElement {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {sel}"))
        .unchecked_into()
}

fn all_text(root: &web_sys::HtmlElement, sel: &str) -> Vec<String> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

fn type_into(input: &web_sys::HtmlElement, text: &str) {
    let input: &web_sys::HtmlInputElement = input.unchecked_ref();
    input.set_value(text);
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
}

async fn add(root: &web_sys::HtmlElement, name: &str) {
    let rows = count(root, "[data-testid=stakeholder-name]");
    type_into(&q(root, "[data-testid=new-name]"), name);
    q(root, "[data-testid=add-button]").click();
    until("the new row", || {
        count(root, "[data-testid=stakeholder-name]") == rows + 1
    })
    .await;
}

#[wasm_bindgen_test]
async fn adding_stakeholders_lists_them_and_saves_an_envelope() {
    let root = fresh_container();
    let _app = mount(&root).await;
    assert!(root
        .query_selector("[data-testid=welcome]")
        .unwrap()
        .is_some());
    add(&root, "Ana").await;
    add(&root, "Proveedor Sol").await;
    assert_eq!(
        all_text(&root, "[data-testid=stakeholder-name]"),
        ["Ana", "Proveedor Sol"]
    );
    until("the save", || saved().contains("Proveedor Sol")).await;
    let raw = saved();
    assert!(
        raw.starts_with("{\"v\":"),
        "saved data is an envelope: {raw}"
    );
    assert!(raw.contains("Proveedor Sol"));
}

#[wasm_bindgen_test]
async fn empty_names_are_refused_with_a_message() {
    let root = fresh_container();
    let _app = mount(&root).await;
    q(&root, "[data-testid=add-button]").click();
    until("the error", || count(&root, "#new-name-error") == 1).await;
    assert!(root
        .query_selector("[data-testid=stakeholder-row]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn delete_offers_undo_that_restores_the_row() {
    let root = fresh_container();
    let _app = mount(&root).await;
    add(&root, "Uno").await;
    add(&root, "Dos").await;
    add(&root, "Tres").await;
    let delete_buttons = root.query_selector_all("[data-testid=delete]").unwrap();
    delete_buttons
        .item(1)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    until("the row to go", || {
        all_text(&root, "[data-testid=stakeholder-name]") == ["Uno", "Tres"]
    })
    .await;
    // A second delete keeps the first one's Undo: each toast restores its own row.
    q(&root, "[data-testid=delete]").click();
    until("the second row to go", || {
        all_text(&root, "[data-testid=stakeholder-name]") == ["Tres"]
    })
    .await;
    let undo = root.query_selector_all("[data-testid=undo]").unwrap();
    assert_eq!(undo.length(), 2);
    for i in 0..2 {
        undo.item(i)
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>()
            .click();
        until("the row to come back", || {
            count(&root, "[data-testid=stakeholder-name]") == 2 + i
        })
        .await;
    }
    let mut names = all_text(&root, "[data-testid=stakeholder-name]");
    names.sort();
    assert_eq!(names, ["Dos", "Tres", "Uno"]);
}

#[wasm_bindgen_test]
async fn switching_language_translates_the_interface_and_html_lang() {
    let root = fresh_container();
    let _app = mount(&root).await;
    let before = q(&root, "[data-testid=add-button]").text_content().unwrap();
    q(&root, "[data-testid=lang-toggle]").click();
    until("the other language", || {
        q(&root, "[data-testid=add-button]").text_content().unwrap() != before
    })
    .await;
    let after = q(&root, "[data-testid=add-button]").text_content().unwrap();
    assert_ne!(before, after);
    assert!(["Add", "Añadir"].contains(&after.as_str()));
    let lang = document()
        .document_element()
        .unwrap()
        .get_attribute("lang")
        .unwrap();
    assert_eq!(lang, if after == "Añadir" { "es" } else { "en" });
}

#[wasm_bindgen_test]
async fn corrupt_saved_data_is_backed_up_and_reported() {
    let root = fresh_container();
    let storage = window().local_storage().unwrap().unwrap();
    storage.set_item("orbita.workspace", "{not json").unwrap();
    let _app = mount(&root).await;
    until("the backup offer", || {
        count(&root, "[data-testid=download-backup]") == 1
    })
    .await;
    let len = storage.length().unwrap();
    let backups: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with("orbita.backup."))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(storage.get_item(&backups[0]).unwrap().unwrap(), "{not json");
}

#[wasm_bindgen_test]
async fn results_show_side_type_and_suggestions_for_saved_answers() {
    let root = fresh_container();
    let answers = orbita::domain::questionnaire::answers_from(&[
        ("pays", "pays.they_pay"),
        ("produces", "produces.feedback"),
        ("info", "info.own"),
        ("contact", "contact.rarely"),
        ("meaning", "meaning.brand"),
        ("judges", "judges.result"),
        ("ext.frequency", "ext.frequency.weekly"),
        ("ext.decision", "ext.decision.habit"),
        ("ext.range", "ext.range.many"),
        ("recommend", "recommend.10"),
    ]);
    let mut ws = orbita::domain::workspace::Workspace::with_map("m1", "Shop");
    ws.maps[0]
        .stakeholders
        .push(orbita::domain::workspace::Stakeholder {
            id: 1,
            name: "Jorge".into(),
            role: String::new(),
            notes: String::new(),
            answers,
        });
    ws.maps[0].next_id = 2;
    let raw = orbita::codec::encode_workspace(&ws);
    let storage = window().local_storage().unwrap().unwrap();
    storage.set_item("orbita.workspace", &raw).unwrap();
    window().location().set_hash("#/s/1").unwrap();
    let _app = mount(&root).await;
    until("the result", || {
        count(&root, "[data-testid=result-side]") == 1
    })
    .await;
    let side = q(&root, "[data-testid=result-side]");
    assert_eq!(side.get_attribute("data-side").as_deref(), Some("external"));
    let types = q(&root, "[data-testid=result-types]");
    assert_eq!(types.get_attribute("data-types").as_deref(), Some("loyal"));
    assert!(root
        .query_selector("[data-testid=suggestion]")
        .unwrap()
        .is_some());
    let _ = window().location().set_hash("");
}

#[wasm_bindgen_test]
async fn dialogs_are_built_on_first_open_and_rename_goes_through_one() {
    let root = fresh_container();
    let _app = mount(&root).await;
    add(&root, "Marta").await;
    // Start-up builds no dialog at all.
    assert_eq!(root.query_selector_all("dialog").unwrap().length(), 0);

    // The row's Rename button (markup, handled by the list) opens the rename dialog.
    q(&root, "[data-testid=stakeholder-row] [data-action=rename]").click();
    until("the rename dialog", || {
        count(&root, "dialog[data-testid=rename-dialog][open]") == 1
    })
    .await;
    let dialog: web_sys::HtmlDialogElement =
        q(&root, "dialog[data-testid=rename-dialog]").unchecked_into();
    assert!(dialog.open(), "the dialog is shown as a modal");
    let input = q(&root, "#rename-dialog-input");
    assert_eq!(
        input.unchecked_ref::<web_sys::HtmlInputElement>().value(),
        "Marta"
    );
    type_into(&input, "Marta Ruiz");
    q(
        &root,
        "dialog[data-testid=rename-dialog] button[type=submit]",
    )
    .click();
    until("the new name", || {
        all_text(&root, "[data-testid=stakeholder-name]") == ["Marta Ruiz"]
    })
    .await;
    // Kept after closing, so it closes natively and gives focus back.
    let dialog: web_sys::HtmlDialogElement =
        q(&root, "dialog[data-testid=rename-dialog]").unchecked_into();
    assert!(!dialog.open());
}

#[wasm_bindgen_test]
async fn a_newer_plain_notice_replaces_the_last_one_and_undo_stays() {
    let root = fresh_container();
    let _app = mount(&root).await;
    add(&root, "Uno").await;
    add(&root, "Dos").await;
    // Deleting Uno leaves a notice with Undo.
    q(&root, "[data-testid=delete]").click();
    until("the Undo", || count(&root, "[data-testid=undo]") == 1).await;
    // Two links to questions that don't exist: two plain notices, one after the other. Each
    // is told, and the address moves on to the first question.
    let hash = || window().location().hash().unwrap_or_default();
    for crafted in ["#/s/2/q/nonsense", "#/s/2/q/also-not"] {
        window().location().set_hash(crafted).unwrap();
        until("the first question", || hash() == "#/s/2/q/pays").await;
        window().location().set_hash("#/").unwrap();
        until("the list", || count(&root, "[data-testid=new-name]") == 1).await;
    }
    let toasts = all_text(&root, "[data-testid=toast] .toast__text");
    assert_eq!(toasts.len(), 2, "{toasts:?}");
    assert_eq!(
        root.query_selector_all("[data-testid=undo]")
            .unwrap()
            .length(),
        1,
        "the delete's Undo is still there"
    );
    assert!(toasts[1].contains("Dos"), "{toasts:?}");
    let _ = window().location().set_hash("");
}

#[wasm_bindgen_test]
async fn a_hostile_name_is_isolated_wherever_it_is_shown() {
    let root = fresh_container();
    let _app = mount(&root).await;
    let name = "\u{202e}Eve {n}";
    add(&root, name).await;
    // In the row: the name alone in <bdi>, the visible text unchanged.
    assert_eq!(
        all_text(&root, "[data-testid=stakeholder-name] > bdi"),
        [name]
    );
    assert_eq!(all_text(&root, "[data-testid=stakeholder-name]"), [name]);
    // In an attribute: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
    let delete = q(&root, "[data-testid=delete]");
    let label = delete.get_attribute("aria-label").unwrap_or_default();
    assert!(
        label.ends_with(" \u{2068}\u{202e}Eve {n}\u{2069}"),
        "{label:?}"
    );
    delete.click();
    until("the toast", || count(&root, "[data-testid=toast]") == 1).await;
    // The toast and the announcement name it in <bdi>, with no marks in their text.
    let toast = all_text(&root, "[data-testid=toast] .toast__text");
    assert!(
        toast[0].contains(name) && !toast[0].contains('\u{2068}'),
        "{toast:?}"
    );
    assert_eq!(
        all_text(&root, "[data-testid=toast] .toast__text bdi"),
        [name]
    );
    assert_eq!(all_text(&root, "[data-testid=announcer] bdi"), [name]);
    assert!(!all_text(&root, "[data-testid=announcer]")[0].contains('\u{2068}'));
}

/// Share links go through the browser's own zlib (CompressionStream / DecompressionStream).
mod share_in_the_browser {
    use orbita::codec::share::{ShareError, ShareOptions, MAX_INFLATED_BYTES};
    use orbita::domain::sample::generate_map;
    use wasm_bindgen_test::*;

    const FULL: ShareOptions = ShareOptions {
        include_notes_and_plan: true,
        include_replies: false,
    };

    #[wasm_bindgen_test]
    async fn a_link_made_in_the_browser_opens_to_the_same_map() {
        let map = generate_map(40, 7);
        let payload = orbita::web::compression::encode(&map, FULL)
            .await
            .expect("compresses");
        assert!(payload.starts_with("1."), "{payload}");
        let mut expected = map.clone();
        expected.exported_at = None;
        assert_eq!(
            orbita::web::compression::decode(&payload).await,
            Ok(expected)
        );
    }

    #[wasm_bindgen_test]
    async fn links_made_natively_by_earlier_builds_still_open_to_the_same_map() {
        // Frozen links of format 1, compressed with miniz_oxide before the app used the browser.
        let ctx = orbita::codec::MigrateCtx {
            map_id: String::new(),
            map_name: String::new(),
            unnamed: "Unnamed".into(),
        };
        let ws = orbita::codec::decode_workspace(include_str!("fixtures/storage-v2.json"), &ctx)
            .unwrap();
        let mut expected = ws.maps[0].clone();
        expected.exported_at = None;
        let links: Vec<&str> = include_str!("fixtures/share-v1.txt").lines().collect();
        assert_eq!(
            orbita::web::compression::decode(links[0]).await,
            Ok(expected.clone())
        );
        // The second was made without notes and plan.
        expected.plan.clear();
        for s in &mut expected.stakeholders {
            s.notes.clear();
        }
        assert_eq!(
            orbita::web::compression::decode(links[1]).await,
            Ok(expected)
        );
    }

    #[wasm_bindgen_test]
    async fn cut_altered_and_oversized_links_are_told_apart() {
        let payload = orbita::web::compression::encode(&generate_map(30, 2), FULL)
            .await
            .unwrap();
        let cut = &payload[..payload.len() * 2 / 3];
        assert_eq!(
            orbita::web::compression::decode(cut).await,
            Err(ShareError::Truncated)
        );

        let mut bytes = payload.clone().into_bytes();
        let middle = bytes.len() / 2;
        bytes[middle] = if bytes[middle] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(bytes).unwrap();
        assert_eq!(
            orbita::web::compression::decode(&altered).await,
            Err(ShareError::Damaged)
        );

        // Zeros compress about a thousandfold: a short link that would inflate past the limit.
        let mut blank = generate_map(0, 1);
        blank.name = "0".repeat(MAX_INFLATED_BYTES + 1);
        let bomb = orbita::web::compression::encode(&blank, FULL)
            .await
            .unwrap();
        assert!(bomb.len() < 20_000, "{}", bomb.len());
        assert_eq!(
            orbita::web::compression::decode(&bomb).await,
            Err(ShareError::TooLarge)
        );
    }
}
