//! Conditional views: a view while a condition holds, or another one.

use leptos::prelude::*;

type ViewFn = std::sync::Arc<dyn Fn() -> AnyView + Send + Sync>;

/// `view` while `when` holds, as `<Show>` does (the condition is memoised, so the view is
/// rebuilt only when it flips). The closures are erased, so this code is compiled once for
/// the whole app rather than once per use.
pub fn show_if<V: IntoView + 'static>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
) -> AnyView {
    shown(
        std::sync::Arc::new(when),
        std::sync::Arc::new(move || view().into_any()),
        None,
    )
}

/// `view` while `when` holds, else `fallback`; see [`show_if`].
pub fn show_else<V: IntoView + 'static, F: IntoView + 'static>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
    fallback: impl Fn() -> F + Send + Sync + 'static,
) -> AnyView {
    shown(
        std::sync::Arc::new(when),
        std::sync::Arc::new(move || view().into_any()),
        Some(std::sync::Arc::new(move || fallback().into_any())),
    )
}

fn shown(
    when: std::sync::Arc<dyn Fn() -> bool + Send + Sync>,
    view: ViewFn,
    fallback: Option<ViewFn>,
) -> AnyView {
    let when = ArcMemo::new(move |_| when());
    (move || {
        if when.get() {
            view()
        } else {
            fallback.as_ref().map_or_else(|| ().into_any(), |f| f())
        }
    })
    .into_any()
}
