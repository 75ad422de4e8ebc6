//! A list of people brought from elsewhere: lines pasted from a spreadsheet (name, then
//! optionally a role after a tab) or a CSV file (comma or, as Spanish spreadsheets write it,
//! semicolon; quoted fields; CRLF; a byte-order mark; an optional "name,role" header row).
//! Pure and bounded: at most [`MAX_ROWS`] people and [`MAX_INPUT_CHARS`] characters are read,
//! and names and roles are cut to the app's name limit.

use crate::domain::workspace::MAX_NAME_CHARS;

/// At most this many people are read from one list.
pub const MAX_ROWS: usize = 500;
/// Characters of input read at most (a bigger file is read up to here).
pub const MAX_INPUT_CHARS: usize = 2_000_000;

/// One person in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    pub name: String,
    pub role: String,
}

/// What a list holds.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PeopleList {
    pub people: Vec<Incoming>,
    /// More rows were there than [`MAX_ROWS`] (or the input was cut at [`MAX_INPUT_CHARS`]).
    pub cut: bool,
}

/// Whether pasted text is a list rather than one name: two or more non-empty lines.
pub fn is_list(text: &str) -> bool {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(2)
        .count()
        == 2
}

/// The field separator: a tab if the text has one (a spreadsheet paste), else a semicolon if
/// the first line has one outside quotes, else a comma.
fn separator(text: &str) -> char {
    if text.contains('\t') {
        return '\t';
    }
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut quoted = false;
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => return ';',
            _ => {}
        }
    }
    ','
}

/// A cell cleaned: control characters dropped, runs of spaces made one, trimmed, cut to the
/// name limit.
fn clean(cell: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    let mut space = false;
    for c in cell.chars() {
        if len >= MAX_NAME_CHARS {
            break;
        }
        if c.is_whitespace() {
            space = len > 0;
        } else if !c.is_control() {
            if space && len + 1 < MAX_NAME_CHARS {
                out.push(' ');
                len += 1;
            }
            space = false;
            out.push(c);
            len += 1;
        }
    }
    out
}

/// Whether a row is a header: "name"/"nombre" first, and "role"/"rol"/"cargo" (or nothing)
/// second.
fn is_header(name: &str, role: &str) -> bool {
    let name = fold(name);
    let role = fold(role);
    matches!(name.as_str(), "name" | "names" | "nombre" | "nombres")
        && matches!(role.as_str(), "" | "role" | "rol" | "cargo" | "puesto")
}

/// Reads the people of a pasted list or CSV file.
pub fn parse_people(text: &str) -> PeopleList {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut cut = text.chars().count() > MAX_INPUT_CHARS;
    let sep = separator(text);
    let mut people = Vec::new();
    let mut first_row = true;
    let mut row = |cells: &mut Vec<String>| -> bool {
        let name = clean(cells.first().map_or("", String::as_str));
        let role = clean(cells.get(1).map_or("", String::as_str));
        cells.clear();
        let header = first_row && is_header(&name, &role);
        if !name.is_empty() {
            first_row = false;
        }
        if header || name.is_empty() {
            return true;
        }
        if people.len() == MAX_ROWS {
            return false;
        }
        people.push(Incoming { name, role });
        true
    };
    // A small CSV reader: quotes may hold separators, line breaks and doubled quotes; only
    // the first two cells of a row are kept, each cut a little past the name limit.
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut cell_len = 0usize;
    let mut quoted = false;
    let mut chars = text.chars().take(MAX_INPUT_CHARS).peekable();
    let push_cell = |cells: &mut Vec<String>, cell: &mut String| {
        if cells.len() < 2 {
            cells.push(std::mem::take(cell));
        } else {
            cell.clear();
        }
    };
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                } else {
                    quoted = false;
                    continue;
                }
            }
        } else if c == '"' && cell.trim().is_empty() {
            cell.clear();
            quoted = true;
            continue;
        } else if c == sep {
            push_cell(&mut cells, &mut cell);
            cell_len = 0;
            continue;
        } else if c == '\n' || c == '\r' {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            push_cell(&mut cells, &mut cell);
            cell_len = 0;
            if !row(&mut cells) {
                cut = true;
                break;
            }
            continue;
        }
        if cell_len <= MAX_NAME_CHARS {
            cell.push(c);
            cell_len += 1;
        }
    }
    if !cut || !cells.is_empty() || !cell.is_empty() {
        push_cell(&mut cells, &mut cell);
        if !row(&mut cells) {
            cut = true;
        }
    }
    PeopleList { people, cut }
}

/// A name folded for comparison: lower case, accents and spacing ignored ("José  Pérez" and
/// "jose perez" are the same person).
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars() {
        // Combining marks (a decomposed accent) are dropped.
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        for l in c.to_lowercase() {
            out.push(base_letter(l));
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The letter under an accented Latin letter, else the letter itself.
fn base_letter(c: char) -> char {
    const FROM: &str =
        "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    const TO: &str =
        "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrssssttttuuuuuuuuuuwyyyzzz";
    FROM.chars()
        .position(|x| x == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// Why a person in a list is not ticked to be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duplicate {
    /// Someone with the same name is already on the map.
    OnMap,
    /// The same name came earlier in the list.
    InList,
}

/// For each person of `list`, whether they repeat someone on the map (`existing` names) or
/// earlier in the list.
pub fn duplicates(list: &[Incoming], existing: &[&str]) -> Vec<Option<Duplicate>> {
    let on_map: std::collections::HashSet<String> = existing.iter().map(|n| fold(n)).collect();
    let mut seen = std::collections::HashSet::new();
    list.iter()
        .map(|p| {
            let key = fold(&p.name);
            if on_map.contains(&key) {
                Some(Duplicate::OnMap)
            } else if !seen.insert(key) {
                Some(Duplicate::InList)
            } else {
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(l: &PeopleList) -> Vec<(&str, &str)> {
        l.people
            .iter()
            .map(|p| (p.name.as_str(), p.role.as_str()))
            .collect()
    }

    #[test]
    fn a_spreadsheet_paste_gives_names_and_roles() {
        let l = parse_people("Ana García\tCajera\nLuis Pérez\tProveedor de pan\n\nMarta\n");
        assert_eq!(
            names(&l),
            [
                ("Ana García", "Cajera"),
                ("Luis Pérez", "Proveedor de pan"),
                ("Marta", "")
            ]
        );
        assert!(!l.cut);
        assert!(is_list("Ana\nLuis") && !is_list("Ana\n\n") && !is_list("Ana"));
    }

    #[test]
    fn csv_files_as_spreadsheets_write_them() {
        // Spanish Excel: BOM, semicolons, CRLF, a header row, quotes around a field with a
        // semicolon and a doubled quote.
        let es = "\u{feff}Nombre;Rol\r\n\"Pérez; Juan\";\"Jefe de \"\"sala\"\"\"\r\nAna;Cajera\r\n";
        assert_eq!(
            names(&parse_people(es)),
            [("Pérez; Juan", "Jefe de \"sala\""), ("Ana", "Cajera")]
        );
        // English: commas, LF, a header, extra columns ignored, a quoted line break.
        let en = "name,role,email\nAna,\"Cashier,\nmornings\",ana@example.com\nBob,,\n";
        assert_eq!(
            names(&parse_people(en)),
            [("Ana", "Cashier, mornings"), ("Bob", "")]
        );
        // Old Mac line ends, no header, names only.
        assert_eq!(
            names(&parse_people("Ana\rBob\r")),
            [("Ana", ""), ("Bob", "")]
        );
        // A first row that only looks like a header in the first cell is a person.
        assert_eq!(
            names(&parse_people("Nombre,Ana\nLuis,x")),
            [("Nombre", "Ana"), ("Luis", "x")]
        );
    }

    #[test]
    fn hostile_input_is_bounded_and_cleaned() {
        // More rows than allowed: the first MAX_ROWS are read, and the cut is said.
        let many: String = (0..MAX_ROWS + 50).map(|i| format!("P{i}\n")).collect();
        let l = parse_people(&many);
        assert_eq!(l.people.len(), MAX_ROWS);
        assert!(l.cut);
        let exact: String = (0..MAX_ROWS).map(|i| format!("P{i}\n")).collect();
        assert!(!parse_people(&exact).cut);
        // A huge name is cut to the name limit; control characters and runs of spaces go.
        let long = format!(
            "{}\nB\u{0}ob \u{7}  Smith\t  Boss\u{1b} ",
            "x".repeat(50_000)
        );
        let l = parse_people(&long);
        assert_eq!(l.people[0].name.chars().count(), MAX_NAME_CHARS);
        assert_eq!(names(&l)[1], ("Bob Smith", "Boss"));
        // An unclosed quote swallows the rest as one cell, still bounded.
        let l = parse_people("\"Ana\nLuis\nMarta");
        assert_eq!(names(&l), [("Ana Luis Marta", "")]);
        // Thousands of separators on a line keep two cells.
        let l = parse_people(&format!("Ana{}\nLuis", ",".repeat(100_000)));
        assert_eq!(names(&l), [("Ana", ""), ("Luis", "")]);
        // Nothing useful: nothing read.
        for empty in [
            "",
            "\u{feff}",
            "\n\n\r\n",
            ";;;\n;;",
            "name,role\n",
            "\"\"\n\"\"",
        ] {
            assert!(parse_people(empty).people.is_empty(), "{empty:?}");
        }
        // Markup and direction controls stay plain text (the views escape and isolate it).
        let l = parse_people("<b>Eve</b>\n\u{202e}Mallory");
        assert_eq!(l.people[0].name, "<b>Eve</b>");
        assert_eq!(l.people[1].name, "\u{202e}Mallory");
    }

    #[test]
    fn duplicates_ignore_case_and_accents() {
        assert_eq!(fold("  José   PÉREZ "), "jose perez");
        assert_eq!(fold("Jose\u{301} Perez"), "jose perez");
        assert_eq!(fold("Çağla Øre"), "cagla ore");
        let l = parse_people("Ana\nJOSÉ PÉREZ\nana\nLuis\nJose Perez");
        let d = duplicates(&l.people, &["jose perez", "Marta"]);
        assert_eq!(
            d,
            [
                None,
                Some(Duplicate::OnMap),
                Some(Duplicate::InList),
                None,
                Some(Duplicate::OnMap)
            ]
        );
    }
}
