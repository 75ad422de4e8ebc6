//! CSV exports for spreadsheets: a map's stakeholders with their placement, and its plan.
//! Spanish files separate fields with `;`, as spreadsheets set up for Spanish (which write
//! decimals with a comma) expect; English ones with `,`.

use crate::domain::hearing::suggestions_for;
use crate::domain::placement::place;
use crate::domain::plan::Status;
use crate::domain::suggestions::lever;
use crate::domain::workspace::Map;
use crate::domain::{Lang, Text};
use crate::i18n::K;

/// Excel reads a BOM-less CSV as the local ANSI code page and mangles accents and emoji.
const BOM: &str = "\u{feff}";

const HEADER: [Text; 8] = [
    Text::new("Nombre", "Name"),
    Text::new("Rol", "Role"),
    Text::new(
        "Eje (0 externo – 100 interno)",
        "Axis (0 external – 100 internal)",
    ),
    Text::new("Lado", "Side"),
    Text::new("Tipo", "Type"),
    Text::new("Confianza (%)", "Confidence (%)"),
    Text::new(
        "Salud de la experiencia (0–100)",
        "Experience health (0–100)",
    ),
    Text::new("Sugerencia principal", "Top suggestion"),
];

/// One row per stakeholder: name, role, axis, side, type(s), confidence, health and the top
/// suggestion in `lang`. Stakeholders without enough answers to be placed get empty cells.
/// Starts with a UTF-8 BOM and ends rows with CRLF, as Excel expects.
pub fn stakeholders_csv(map: &Map, lang: Lang) -> String {
    let mut rows = vec![HEADER.map(|t| t.get(lang).to_string())];
    for s in &map.stakeholders {
        let mut row: [String; 8] = Default::default();
        row[0] = s.name.clone();
        row[1] = s.role.clone();
        if let Some(p) = place(&s.answers) {
            row[2] = p.axis.to_string();
            row[3] = p.side.label().get(lang).to_string();
            row[4] = p
                .types
                .iter()
                .map(|t| t.label().get(lang))
                .collect::<Vec<_>>()
                .join(" / ");
            row[5] = p.confidence.to_string();
            row[6] = p.health.map(|h| h.score.to_string()).unwrap_or_default();
            row[7] = suggestions_for(map, s.id, &p, &s.answers)
                .first()
                .map(|top| top.lever.title.get(lang).to_string())
                .unwrap_or_default();
        }
        rows.push(row);
    }
    write_rows(&rows, lang)
}

const PLAN_HEADER: [Text; 7] = [
    Text::new("Acción", "Action"),
    Text::new("Estado", "Status"),
    Text::new("Prioridad (0–100)", "Priority (0–100)"),
    Text::new("Responsable", "Owner"),
    Text::new("Fecha límite", "Due date"),
    Text::new("Para", "For"),
    Text::new("Cómo hacerlo", "How to do it"),
];

/// One row per plan action, highest priority first within to do, doing, done: title (a
/// suggestion's own title in `lang`), status, priority, owner, due date (ISO), the people it
/// serves and the suggestion's how-to text.
pub fn plan_csv(map: &Map, lang: Lang) -> String {
    let mut items: Vec<_> = map.plan.iter().collect();
    crate::domain::order::sort_by(&mut items, |a, b| {
        a.status.cmp(&b.status).then(b.priority.cmp(&a.priority))
    });
    let mut rows = vec![PLAN_HEADER.map(|t| t.get(lang).to_string())];
    for item in items {
        let status = match item.status {
            Status::Todo => K::StatusTodo,
            Status::Doing => K::StatusDoing,
            Status::Done => K::StatusDone,
        };
        rows.push([
            item.title_in(lang).to_string(),
            status.get(lang).to_string(),
            item.priority.to_string(),
            item.owner.clone(),
            item.due.clone(),
            map.names_of(&item.stakeholders).join(", "),
            item.lever
                .as_deref()
                .and_then(lever)
                .map(|l| l.detail.get(lang).to_string())
                .unwrap_or_default(),
        ]);
    }
    write_rows(&rows, lang)
}

/// The rows as CSV text: a BOM, the language's separator, CRLF line ends. Every cell is
/// defused (see [`defuse`]); a field is quoted (inner quotes doubled) when it holds the
/// separator, a quote or a line break (RFC 4180).
fn write_rows<const N: usize>(rows: &[[String; N]], lang: Lang) -> String {
    let sep = match lang {
        Lang::Es => ';',
        Lang::En => ',',
    };
    let mut out = String::from(BOM);
    for row in rows {
        for (i, field) in row.iter().enumerate() {
            if i > 0 {
                out.push(sep);
            }
            let field = defuse(field);
            if field.contains([sep, '"', '\r', '\n']) {
                out.push('"');
                out.push_str(&field.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&field);
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
/// return, or their full-width forms, perhaps after spaces) as a formula, so any text a file
/// or link carried, a name `=HYPERLINK(…)` or a due date `=1+1`, could act when the export is
/// opened (CSV injection). As OWASP advises, such a cell starts with an apostrophe, which
/// makes it plain text, and is quoted like any other.
pub fn defuse(text: &str) -> String {
    const TRIGGERS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    if text.trim_start_matches(' ').starts_with(TRIGGERS) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}
