//! Views live in the URL fragment (`#/map`, `#/s/3/q/pays`) so a reload keeps them on any static
//! host and sub-path; a shared map rides in the same fragment as `#s=<payload>&/<view>`.

/// What the main area shows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    List,
    Map,
    /// The map's data as a sortable table.
    MapTable,
    Plan,
    Summary,
    /// Results and details of one stakeholder.
    Stakeholder(u32),
    /// The questionnaire of one stakeholder, at a question (or the first unanswered one).
    Questionnaire(u32, Option<String>),
    /// Review of all answers before finishing.
    Review(u32),
}

/// The whole fragment: a view, and a shared map payload when one was opened.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    pub view: View,
    pub share: Option<String>,
}

impl Route {
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if let Some(rest) = fragment.strip_prefix("s=") {
            let (payload, view) = rest.split_once('&').unwrap_or((rest, ""));
            return Route {
                view: View::parse(view),
                share: Some(payload.to_string()),
            };
        }
        Route {
            view: View::parse(fragment),
            share: None,
        }
    }

    pub fn to_fragment(&self) -> String {
        let view = self.view.path();
        match &self.share {
            Some(payload) if view == "/" => format!("#s={payload}"),
            Some(payload) => format!("#s={payload}&{view}"),
            None => format!("#{view}"),
        }
    }
}

impl View {
    fn parse(path: &str) -> View {
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            ["map"] => View::Map,
            ["map", "table"] => View::MapTable,
            ["plan"] => View::Plan,
            ["summary"] => View::Summary,
            ["s", id] => id.parse().map(View::Stakeholder).unwrap_or_default(),
            ["s", id, "q"] => id
                .parse()
                .map(|id| View::Questionnaire(id, None))
                .unwrap_or_default(),
            ["s", id, "q", q] => id
                .parse()
                .map(|id| View::Questionnaire(id, Some((*q).to_string())))
                .unwrap_or_default(),
            ["s", id, "review"] => id.parse().map(View::Review).unwrap_or_default(),
            _ => View::List,
        }
    }

    pub fn path(&self) -> String {
        match self {
            View::List => "/".into(),
            View::Map => "/map".into(),
            View::MapTable => "/map/table".into(),
            View::Plan => "/plan".into(),
            View::Summary => "/summary".into(),
            View::Stakeholder(id) => format!("/s/{id}"),
            View::Questionnaire(id, None) => format!("/s/{id}/q"),
            View::Questionnaire(id, Some(q)) => format!("/s/{id}/q/{q}"),
            View::Review(id) => format!("/s/{id}/review"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_round_trips_through_the_fragment() {
        let views = [
            View::List,
            View::Map,
            View::MapTable,
            View::Plan,
            View::Summary,
            View::Stakeholder(7),
            View::Questionnaire(7, None),
            View::Questionnaire(7, Some("pays".into())),
            View::Review(12),
        ];
        for view in views {
            for share in [None, Some("1.abc-_".to_string())] {
                let route = Route {
                    view: view.clone(),
                    share,
                };
                assert_eq!(Route::parse(&route.to_fragment()), route);
            }
        }
    }

    #[test]
    fn unknown_or_broken_fragments_fall_back_to_the_list() {
        assert_eq!(Route::parse("").view, View::List);
        assert_eq!(Route::parse("#/nonsense/here").view, View::List);
        assert_eq!(Route::parse("#/s/notanumber").view, View::List);
        assert_eq!(Route::parse("#s=").share, Some(String::new()));
    }
}
