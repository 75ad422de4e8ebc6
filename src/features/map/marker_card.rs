//! The details card beside the map: the marker being pointed at or focused, or a hint.

use leptos::prelude::*;

use crate::app::route::View;
use crate::app::store::use_store;
use crate::components::chips::{HealthDot, MiniAxis, TypeChip};
use crate::components::classes::side_class;
use crate::components::role_flag::RoleFlag;
use crate::components::text::isolated;
use crate::features::map::dots::{no_type_key, Dot};
use crate::features::map::interaction::{into_card, set_if_changed, ActiveMarker};
use crate::i18n::{fill, user, K};

/// The details of the marker being pointed at or focused, or a hint.
#[component]
pub fn MarkerCard(#[prop(into)] dot: Signal<Option<Dot>>, active: ActiveMarker) -> impl IntoView {
    let store = use_store();
    // The card keeps the marker it shows while focus is on its Open link, and lets go when
    // focus leaves it (unless it goes back to a marker, which sets its own).
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        if !into_card(&ev) {
            set_if_changed(active.focused, None);
        }
    };
    view! {
        <div class="marker-card" data-testid="marker-card" on:focusout=on_focus_out>
            {move || match dot.get() {
                None => view! { <p class="marker-card__hint muted">{store.tr(K::MapHint)}</p> }.into_any(),
                Some(d) => {
                    let id = d.id;
                    let name = d.name.clone();
                    let open_label = {
                        let n = d.name.clone();
                        move || isolated(&fill(store.t(K::OpenNamed), &[("name", &user(&n))]))
                    };
                    let side = d.side;
                    view! {
                        <div class="marker-card__body" data-id=id>
                            <h3 class="marker-card__name" data-testid="marker-card-name"><bdi>{name}</bdi></h3>
                            {(!d.role.is_empty()).then(|| view! { <p class="marker-card__role muted"><bdi>{d.role.clone()}</bdi></p> })}
                            <dl class="marker-card__facts">
                                <dt>{store.tr(K::SideLabel)}</dt>
                                <dd>
                                    <span class=format!("side-tag side-tag--{}", side_class(side))>{move || side.label().get(store.lang.get())}</span>
                                    <RoleFlag role=d.tie side=side/>
                                    <span class="marker-card__axis">
                                        <MiniAxis axis=d.axis/>
                                        {move || fill(store.t(K::AxisValue), &[("n", &d.axis.to_string())])}
                                    </span>
                                </dd>
                                <dt>{store.tr(K::TypeLabel)}</dt>
                                <dd class="marker-card__types">
                                    {if d.types.is_empty() {
                                        {
                                        let k = no_type_key(&d);
                                        view! { <span class="muted">{move || store.t(k)}</span> }.into_any()
                                    }
                                    } else {
                                        d.types.iter().map(|t| view! { <TypeChip t=*t/> }).collect_view().into_any()
                                    }}
                                </dd>
                                <dt>{store.tr(K::HealthHeading)}</dt>
                                <dd><HealthDot health=d.health/></dd>
                            </dl>
                            <a class="btn btn--small marker-card__open" href=format!("#{}", View::Stakeholder(id).path()) data-id=id
                                on:click=move |ev| { ev.prevent_default(); store.go(View::Stakeholder(id)); }>
                                {open_label}
                            </a>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}
