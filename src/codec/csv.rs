//! CSV export of a map's stakeholders with their placement, for spreadsheets.

use ::csv::{Terminator, WriterBuilder};

use crate::domain::placement::place;
use crate::domain::state::Map;
use crate::domain::suggestions::suggest;
use crate::domain::{Lang, Text};

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
    let mut out = WriterBuilder::new()
        .terminator(Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec());
    let mut rows = vec![HEADER.map(|t| t.get(lang).to_string())];
    for s in &map.stakeholders {
        let mut row: [String; 8] = Default::default();
        row[0] = defuse(&s.name);
        row[1] = defuse(&s.role);
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
            row[7] = suggest(&p, &s.answers)
                .first()
                .map(|top| top.lever.title.get(lang).to_string())
                .unwrap_or_default();
        }
        rows.push(row);
    }
    for row in &rows {
        // Writing to a Vec cannot fail and every row has the same width.
        let _ = out.write_record(row);
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, so a
/// stakeholder named `=HYPERLINK(…)` could act when the file is opened (CSV injection).
/// A leading apostrophe makes the cell plain text.
fn defuse(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}
