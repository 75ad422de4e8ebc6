//! The "You think / they say" panel on a stakeholder's page, shown once they have replied.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::domain::hearing::{compare, voice};
use crate::features::hearing::markup::hearing_markup;
use crate::i18n::K;

/// Both views of stakeholder `id` side by side, when they (or their group) replied.
#[component]
pub fn Hearing(id: u32) -> impl IntoView {
    let store = use_store();
    let heard = Memo::new(move |_| {
        store
            .with_map(|m| {
                let v = voice(m, id)?;
                let s = m.stakeholder(id)?;
                let c = v.answers.as_ref().map(|theirs| compare(&s.answers, theirs));
                Some((s.name.clone(), v, c))
            })
            .flatten()
    });
    move || {
        heard.get().map(|(name, v, c)| {
            view! {
                <section class="panel hearing" aria-labelledby="hearing-title" data-testid="hearing">
                    <h2 id="hearing-title" class="panel__title">{store.tr(K::HearHeading)}</h2>
                    <div class="contents" inner_html=move || hearing_markup(&name, &v, c.as_ref(), store.lang.get())></div>
                </section>
            }
        })
    }
}
