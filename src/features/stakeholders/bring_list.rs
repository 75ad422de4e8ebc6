//! Bring your list: several lines pasted into the name field, or a CSV file, open a preview of
//! who will be added, with repeated names flagged and left unticked; "Add N people" adds the
//! ticked ones in one action.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::codec::people::{duplicates, is_list, parse_people, Duplicate, Incoming, MAX_ROWS};
use crate::codec::text_file::Encoding;
use crate::components::dialog::Modal;
use crate::components::show::show_if;
use crate::domain::state::{Edit, Outcome};
use crate::i18n::{fill, fmt_int, plural, K};
use crate::web::dom::{chosen_file, file_text};

/// The text of a paste, when it is a list (several lines) rather than one name.
pub fn pasted_list(ev: &web_sys::ClipboardEvent) -> Option<String> {
    let text = ev.clipboard_data()?.get_data("text/plain").ok()?;
    is_list(&text).then_some(text)
}

/// One person in the preview.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    person: Incoming,
    duplicate: Option<Duplicate>,
}

/// The "Import a list (CSV)" button and the preview dialog. Setting `incoming` to a text
/// (a paste, see [`pasted_list`]) opens the preview for it.
#[component]
pub fn BringList(incoming: RwSignal<Option<String>>) -> impl IntoView {
    let store = use_store();
    let rows = RwSignal::new(Vec::<Row>::new());
    let ticked = RwSignal::new(Vec::<bool>::new());
    let cut = RwSignal::new(false);
    let unreadable = RwSignal::new(false);
    let open = RwSignal::new(false);
    // The encoding of the file being read, for the preview to take (a paste has none), and
    // whether the preview should ask to check the letters because that encoding was a guess.
    let from_file = StoredValue::new(None::<Encoding>);
    let guessed = RwSignal::new(false);
    // A text brought in: read it, flag repeats against the map and within the list.
    Effect::new(move |_| {
        let Some(text) = incoming.get() else { return };
        let list = parse_people(&text);
        let flags = store
            .with_map_untracked(|m| {
                let names: Vec<&str> = m.stakeholders.iter().map(|s| s.name.as_str()).collect();
                duplicates(&list.people, &names)
            })
            .unwrap_or_default();
        let new_rows: Vec<Row> = list
            .people
            .into_iter()
            .zip(flags)
            .map(|(person, duplicate)| Row { person, duplicate })
            .collect();
        ticked.set(new_rows.iter().map(|r| r.duplicate.is_none()).collect());
        rows.set(new_rows);
        cut.set(list.cut);
        let mut encoding = None;
        from_file.update_value(|e| encoding = e.take());
        guessed.set(encoding.is_some_and(Encoding::is_guess));
        unreadable.set(false);
        incoming.set(None);
        open.set(true);
    });
    let count = move || ticked.with(|t| t.iter().filter(|x| **x).count());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let people: Vec<(String, String)> = rows.with_untracked(|r| {
            ticked.with_untracked(|t| {
                r.iter()
                    .zip(t)
                    .filter(|(_, on)| **on)
                    .map(|(r, _)| (r.person.name.clone(), r.person.role.clone()))
                    .collect()
            })
        });
        let n = people.len();
        if n == 0 {
            return;
        }
        if store.edit(Edit::AddStakeholders { people }) == Outcome::Changed {
            store.announce.set(plural(
                n,
                K::PeopleAddedOne,
                K::PeopleAddedMany,
                store.lang.get_untracked(),
            ));
        }
        open.set(false);
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match file_text(file).await {
                Some((text, encoding)) => {
                    from_file.set_value(Some(encoding));
                    incoming.set(Some(text));
                }
                None => {
                    rows.set(Vec::new());
                    cut.set(false);
                    guessed.set(false);
                    unreadable.set(true);
                    open.set(true);
                }
            }
        });
    };
    let add_label = move || {
        let n = count();
        if n == 0 {
            store.t(K::AddPeopleNone).to_string()
        } else {
            plural(n, K::AddPeopleOne, K::AddPeopleMany, store.lang.get())
        }
    };
    view! {
        <p class="add-form__list muted">
            {store.tr(K::ImportListHint)} " "
            <label class="btn btn--small btn--ghost add-form__import">
                {store.tr(K::ImportList)}
                <input type="file" accept=".csv,.txt,text/csv,text/plain" class="sr-only"
                    data-testid="import-list-file" on:change=on_file />
            </label>
        </p>
        <Modal open=open on_close=Callback::new(move |_| open.set(false)) testid="list-preview" wide=true
            labelledby="list-preview-title">
            <form class="dialog__body" on:submit=add>
                <h2 class="dialog__title" id="list-preview-title">{store.tr(K::ListPreviewTitle)}</h2>
                {move || if unreadable.get() {
                    view! { <p class="notice notice--error" role="alert">{store.tr(K::ListReadError)}</p> }.into_any()
                } else if rows.with(Vec::is_empty) {
                    view! { <p class="notice" data-testid="list-empty">{store.tr(K::ListEmpty)}</p> }.into_any()
                } else {
                    view! { <p class="muted list-preview__help">{store.tr(K::ListPreviewHelp)}</p> }.into_any()
                }}
                {show_if(move || guessed.get(), move || view! {
                    <p class="notice" data-testid="list-encoding">{store.tr(K::ListGuessedEncoding)}</p>
                })}
                {show_if(move || cut.get(), move || view! {
                    <p class="notice" data-testid="list-cut">
                        {move || fill(store.t(K::ListCut), &[("n", &fmt_int(MAX_ROWS, store.lang.get()))])}
                    </p>
                })}
                <ul class="list-preview" data-testid="list-preview-rows">
                    {move || rows.get().into_iter().enumerate().map(|(i, r)| {
                        let id = format!("list-row-{i}");
                        let flag = r.duplicate.map(|d| match d {
                            Duplicate::OnMap => K::DupOnMap,
                            Duplicate::InList => K::DupInList,
                        });
                        view! {
                            <li class="list-preview__row" class:list-preview__row--dup=flag.is_some()
                                data-testid="list-row">
                                <input type="checkbox" id=id.clone() class="list-preview__check"
                                    prop:checked=move || ticked.with(|t| t.get(i).copied().unwrap_or(false))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        ticked.update(|t| if let Some(x) = t.get_mut(i) { *x = on; });
                                    } />
                                <label for=id class="list-preview__who">
                                    <bdi class="list-preview__name">{r.person.name.clone()}</bdi>
                                    {(!r.person.role.is_empty()).then(|| view! {
                                        <bdi class="list-preview__role muted">{r.person.role.clone()}</bdi>
                                    })}
                                </label>
                                {flag.map(|k| view! {
                                    <span class="list-preview__flag" data-testid="list-dup">{move || store.t(k)}</span>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <div class="dialog__actions">
                    <button type="button" class="btn btn--ghost" on:click=move |_| open.set(false)>
                        {store.tr(K::Cancel)}
                    </button>
                    <button type="submit" class="btn btn--primary" data-testid="list-add"
                        disabled=move || count() == 0 || store.read_only()>
                        {add_label}
                    </button>
                </div>
            </form>
        </Modal>
    }
}
