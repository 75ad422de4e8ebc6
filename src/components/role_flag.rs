//! The flag beside a placement when someone is tied to the business in more than one way:
//! two roles at once ("Also buys from you") or through another firm. Drawn as markup, like the
//! type chips, so lists and tables of any size build it as text.

use leptos::prelude::*;

use crate::app::store::use_store;
use crate::components::markup::esc;
use crate::domain::model::{Role, Side};
use crate::domain::Lang;

/// Appends the flag of `role` for someone on `side`; nothing for a single role. The words are
/// the flag's accessible name; the icon is decoration.
pub fn push_role_flag(out: &mut String, role: Role, side: Side, lang: Lang) {
    let Some(text) = role.flag(side) else { return };
    let id = role.id();
    out.push_str("<span class=\"role-flag role-flag--");
    out.push_str(id);
    out.push_str("\" data-testid=\"role-flag\" data-role=\"");
    out.push_str(id);
    out.push_str("\">");
    push_role_icon(out, role);
    out.push_str(&esc(text.get(lang)));
    out.push_str("</span>");
}

/// The flag's icon alone (decoration: the words beside it name the tie).
pub fn push_role_icon(out: &mut String, role: Role) {
    out.push_str("<svg class=\"role-flag__icon\" viewBox=\"0 0 16 12\" aria-hidden=\"true\">");
    out.push_str(match role {
        // Two overlapping circles: two roles in one person.
        Role::TwoRoles => {
            "<circle cx=\"5.5\" cy=\"6\" r=\"4.2\"></circle><circle cx=\"10.5\" cy=\"6\" r=\"4.2\"></circle>"
        }
        // A person (the dot) inside another firm (the box).
        _ => "<rect x=\"1.5\" y=\"1.5\" width=\"13\" height=\"9\" rx=\"2\"></rect><circle cx=\"8\" cy=\"6\" r=\"2\"></circle>",
    });
    out.push_str("</svg>");
}

/// [`push_role_flag`] as a string.
pub fn role_flag(role: Role, side: Side, lang: Lang) -> String {
    let mut out = String::new();
    push_role_flag(&mut out, role, side, lang);
    out
}

/// The role flag as a view, following the interface language; empty for a single role.
#[component]
pub fn RoleFlag(role: Role, side: Side) -> impl IntoView {
    let store = use_store();
    view! { <span class="contents" inner_html=move || role_flag(role, side, store.lang.get())></span> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_for_each_tie_beyond_a_single_role_in_both_languages() {
        assert_eq!(role_flag(Role::Single, Side::Internal, Lang::En), "");
        let two = role_flag(Role::TwoRoles, Side::Internal, Lang::En);
        assert!(
            two.contains("data-role=\"two-roles\"") && two.contains(">Also buys from you</span>")
        );
        // Seen from the outside, the other role is the inside one.
        let outside = role_flag(Role::TwoRoles, Side::External, Lang::Es);
        assert!(
            outside.contains(">También trabaja contigo</span>"),
            "{outside}"
        );
        let firm = role_flag(Role::ThroughAnotherFirm, Side::Middle, Lang::En);
        assert!(firm.contains("data-role=\"through-firm\""));
        assert!(firm.contains(">Works for you through another firm</span>"));
        assert!(
            firm.contains("aria-hidden=\"true\""),
            "the icon is decoration"
        );
    }
}
