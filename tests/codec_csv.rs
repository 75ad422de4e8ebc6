//! CSV export: spreadsheet-safe text that parses back to exactly what the user typed.

use orbita::codec::csv::{plan_csv, stakeholders_csv};
use orbita::domain::placement::place;
use orbita::domain::plan::{PlanItem, Status};
use orbita::domain::sample::generate_map;
use orbita::domain::suggestions::suggest;
use orbita::domain::workspace::{Map, Stakeholder};
use orbita::domain::Lang;

/// Reads an export as a spreadsheet set up for `lang` would: `;` between fields in Spanish.
fn parse(csv: &str, lang: Lang) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("starts with a BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(if lang == Lang::Es { b';' } else { b',' })
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect()
}

fn person(id: u32, name: &str, role: &str) -> Stakeholder {
    Stakeholder {
        id,
        name: name.into(),
        role: role.into(),
        notes: String::new(),
        answers: Default::default(),
    }
}

#[test]
fn header_follows_the_language() {
    let map = Map::new("m", "Mapa");
    assert_eq!(
        parse(&stakeholders_csv(&map, Lang::En), Lang::En)[0],
        [
            "Name",
            "Role",
            "Axis (0 external – 100 internal)",
            "Side",
            "Type",
            "Confidence (%)",
            "Experience health (0–100)",
            "Top suggestion"
        ]
    );
    let es = parse(&stakeholders_csv(&map, Lang::Es), Lang::Es);
    assert_eq!(es.len(), 1);
    assert_eq!(es[0][0], "Nombre");
    assert_eq!(es[0][7], "Sugerencia principal");
}

#[test]
fn starts_with_a_bom_and_ends_rows_with_crlf() {
    let csv = stakeholders_csv(&generate_map(3, 1), Lang::Es);
    assert!(csv.starts_with("\u{feff}Nombre;Rol;"));
    assert!(stakeholders_csv(&generate_map(3, 1), Lang::En).starts_with("\u{feff}Name,Role,"));
    assert_eq!(csv.matches("\r\n").count(), 4);
    assert_eq!(csv.matches('\n').count(), 4);
}

#[test]
fn awkward_text_parses_back_unchanged() {
    let names = [
        "García, Ana",
        "Carlos \"el Rápido\"",
        "Línea uno\nLínea dos",
        "Windows\r\nline",
        "Zoë 🧑‍🍳 Ñandú",
        "سارة الأحمد",
        "<script>alert(1)</script>",
        "'quoted'",
        "",
        " padded ",
    ];
    let mut map = Map::new("m", "Mapa");
    for (i, name) in names.iter().enumerate() {
        map.stakeholders
            .push(person(i as u32 + 1, name, &format!("Rol, {name}")));
    }
    let rows = parse(&stakeholders_csv(&map, Lang::En), Lang::En);
    assert_eq!(rows.len(), names.len() + 1);
    for (row, name) in rows[1..].iter().zip(names) {
        assert_eq!(row.len(), 8);
        assert_eq!(row[0], name);
        assert_eq!(row[1], format!("Rol, {name}"));
    }
}

#[test]
fn unplaced_stakeholders_get_empty_cells() {
    let mut map = Map::new("m", "Mapa");
    map.stakeholders.push(person(1, "Ana", "Cajera"));
    let rows = parse(&stakeholders_csv(&map, Lang::Es), Lang::Es);
    assert_eq!(rows[1], ["Ana", "Cajera", "", "", "", "", "", ""]);
}

#[test]
fn placed_stakeholders_show_their_placement() {
    let map = generate_map(25, 4);
    for lang in [Lang::Es, Lang::En] {
        let rows = parse(&stakeholders_csv(&map, lang), lang);
        for (row, s) in rows[1..].iter().zip(&map.stakeholders) {
            let p = place(&s.answers).expect("sample stakeholders are fully answered");
            assert_eq!(row[2], p.axis.to_string());
            assert_eq!(row[3], p.side.label().get(lang));
            let types: Vec<&str> = p.types.iter().map(|t| t.label().get(lang)).collect();
            assert_eq!(row[4], types.join(" / "));
            assert_eq!(row[5], p.confidence.to_string());
            assert_eq!(
                row[6],
                p.health.map(|h| h.score.to_string()).unwrap_or_default()
            );
            let top = suggest(&p, &s.answers);
            assert_eq!(row[7], top.first().map_or("", |t| t.lever.title.get(lang)));
        }
    }
}

#[test]
fn cells_that_spreadsheets_would_run_are_made_plain_text() {
    let mut map = Map::new("m", "Mapa");
    let risky = ["=1+1", "+34 600 000 000", "-2", "@SUM(A1)", "\tTab"];
    for (i, name) in risky.iter().enumerate() {
        map.stakeholders.push(person(i as u32 + 1, name, name));
    }
    let rows = parse(&stakeholders_csv(&map, Lang::En), Lang::En);
    for (row, name) in rows[1..].iter().zip(risky) {
        assert_eq!(row[0], format!("'{name}"));
        assert_eq!(row[1], format!("'{name}"));
    }
}

#[test]
fn plan_rows_follow_status_then_priority_and_the_language() {
    use orbita::domain::suggestions::levers;
    let mut map = Map::new("m", "Bakery");
    map.stakeholders = vec![person(1, "Ana", ""), person(2, "=Luis", "")];
    let lever = &levers()[0];
    let item = |id, title: &str, status, priority, people: Vec<u32>| PlanItem {
        id,
        title: title.into(),
        lever: None,
        stakeholders: people,
        owner: String::new(),
        due: String::new(),
        status,
        priority,
    };
    map.plan = vec![
        item(10, "Done long ago", Status::Done, 90, vec![]),
        item(11, "Low", Status::Todo, 20, vec![1]),
        PlanItem {
            lever: Some(lever.id.into()),
            owner: "Marta".into(),
            due: "2027-01-15".into(),
            ..item(12, lever.title.en, Status::Todo, 80, vec![2, 1])
        },
        item(13, "Under way", Status::Doing, 50, vec![]),
    ];
    let es = parse(&plan_csv(&map, Lang::Es), Lang::Es);
    assert_eq!(es[0][0], "Acción");
    let titles: Vec<&str> = es[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        titles,
        [lever.title.es, "Low", "Under way", "Done long ago"]
    );
    assert_eq!(
        es[1][1..],
        [
            "Por hacer".to_string(),
            "80".into(),
            "Marta".into(),
            "2027-01-15".into(),
            "'=Luis, Ana".into(),
            lever.detail.es.into(),
        ]
    );
    let en = parse(&plan_csv(&map, Lang::En), Lang::En);
    assert_eq!(en[1][0], lever.title.en);
    assert_eq!(en[3][1], "Doing");
}

/// Every cell of both exports is defused, whatever field the text came from: names, roles,
/// titles, owners, due dates (a file or link may carry any text there) and people served.
#[test]
fn no_cell_of_any_export_can_start_a_formula() {
    let triggers = [
        "=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x", "\r=x", "  =x", "＝1", "＋1", "－1", "＠x",
    ];
    let mut map = Map::new("m", "Hostile");
    for (i, t) in triggers.iter().enumerate() {
        let id = i as u32 + 1;
        map.stakeholders.push(Stakeholder {
            id,
            name: (*t).into(),
            role: (*t).into(),
            notes: String::new(),
            answers: Default::default(),
        });
        map.plan.push(PlanItem {
            id: 100 + id,
            title: (*t).into(),
            lever: None,
            stakeholders: vec![id],
            owner: (*t).into(),
            due: (*t).into(),
            status: Status::Todo,
            priority: 10,
        });
    }
    for lang in [Lang::Es, Lang::En] {
        for csv in [stakeholders_csv(&map, lang), plan_csv(&map, lang)] {
            for row in parse(&csv, lang) {
                for cell in row {
                    let first = cell.trim_start_matches(' ').chars().next();
                    assert!(
                        !matches!(
                            first,
                            Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠')
                        ),
                        "{cell:?} in {lang:?}"
                    );
                }
            }
        }
    }
    assert_eq!(orbita::codec::csv::defuse("=1+1"), "'=1+1");
    assert_eq!(orbita::codec::csv::defuse("Ana"), "Ana");
}
