//! "You think / they say": what stakeholders answered about themselves beside the manager's
//! view, on their results, on the map (a line to where they place themselves, a table
//! column) and in the summary (where the two views disagree most).

pub(crate) mod compare;
pub(crate) mod disagreements;
pub(crate) mod map_lines;
pub(crate) mod markup;
pub(crate) mod share_option;
