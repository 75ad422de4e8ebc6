//! Text that mixes the app's words with text a user wrote: the user's parts, marked by
//! `i18n::user`, are shown in `<bdi>` so their direction stays theirs.

use leptos::prelude::*;

use crate::i18n::runs;

/// `text` as element content, its user-written runs in `<bdi>`.
pub fn isolated(text: &str) -> impl IntoView {
    runs(text)
        .into_iter()
        .map(|(run, user)| {
            let run = run.to_string();
            if user {
                view! { <bdi>{run}</bdi> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}
