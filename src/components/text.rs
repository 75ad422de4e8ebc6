//! Text that mixes the app's words with text a user wrote: the user's parts, marked by
//! `i18n::user`, are shown in `<bdi>` so their direction stays theirs.

use leptos::prelude::*;

use crate::i18n::{END_ISOLATE, ISOLATE};

/// The runs of `text`: `(run, is_user_text)`.
fn runs(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(ISOLATE) {
        if open > 0 {
            out.push((&rest[..open], false));
        }
        let inner = &rest[open + ISOLATE.len_utf8()..];
        let close = inner.find(END_ISOLATE).unwrap_or(inner.len());
        out.push((&inner[..close], true));
        rest = inner.get(close + END_ISOLATE.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push((rest, false));
    }
    out
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{fill, user};

    #[test]
    fn user_runs_are_found_between_the_marks() {
        let text = fill("Deleted {name}.", &[("name", &user("Ana"))]);
        assert_eq!(
            runs(&text),
            [("Deleted ", false), ("Ana", true), (".", false)]
        );
        assert_eq!(runs("plain"), [("plain", false)]);
        assert_eq!(runs(&user("")), [("", true)]);
    }
}
