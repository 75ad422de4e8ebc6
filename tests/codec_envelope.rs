//! The storage and export envelope: frozen fixtures of every schema version, migrations,
//! repairs and field-precise errors.

use orbita::codec::envelope::{
    decode_import, decode_stored, decode_workspace, encode_export, encode_workspace, LoadError,
    MigrateCtx, SCHEMA_VERSION,
};
use orbita::domain::plan::{PlanItem, Status};
use orbita::domain::sample::generate_map;
use orbita::domain::workspace::{Map, Stakeholder, Workspace};

const STORAGE_V1: &str = include_str!("fixtures/storage-v1.json");
const STORAGE_V2: &str = include_str!("fixtures/storage-v2.json");
const EXPORT_V2: &str = include_str!("fixtures/export-v2.json");
const STORAGE_V3: &str = include_str!("fixtures/storage-v3.json");

const ANA_ANSWERS: &[(&str, &str)] = &[
    ("contact", "contact.daily"),
    ("info", "info.team"),
    ("int.customers", "int.customers.core"),
    ("judges", "judges.process"),
    ("meaning", "meaning.workplace"),
    ("pays", "pays.we_pay"),
    ("produces", "produces.daily"),
    ("recommend", "recommend.8"),
];

/// Includes an answer to a question this build does not know: kept, never dropped.
const REGULAR_ANSWERS: &[(&str, &str)] = &[
    ("contact", "contact.weekly"),
    ("ext.frequency", "ext.frequency.weekly"),
    ("legacy.question", "legacy.option"),
    ("pays", "pays.they_pay"),
    ("produces", "produces.no"),
    ("recommend", "dk"),
];

fn ctx() -> MigrateCtx {
    MigrateCtx {
        map_id: "m-migrated".into(),
        map_name: "Mi mapa".into(),
        unnamed: "Unnamed".into(),
    }
}

fn person(id: u32, name: &str, role: &str, notes: &str, answers: &[(&str, &str)]) -> Stakeholder {
    Stakeholder {
        id,
        name: name.into(),
        role: role.into(),
        notes: notes.into(),
        answers: answers
            .iter()
            .map(|(q, o)| (q.to_string(), o.to_string()))
            .collect(),
    }
}

/// The first two stakeholders of both v2 fixtures.
fn cashier() -> Stakeholder {
    person(1, "Ana Muñoz", "Cajera", "Turno de mañana", ANA_ANSWERS)
}

fn regular_with_script_name() -> Stakeholder {
    let role = "Cliente \"habitual\"";
    person(2, "<script>alert(1)</script>", role, "", REGULAR_ANSWERS)
}

/// One map as a JSON value, as this build writes it (to edit with serde_json's tools).
fn map_value(map: &Map) -> serde_json::Value {
    let file: serde_json::Value =
        serde_json::from_str(&encode_export(std::slice::from_ref(map), 0.0)).unwrap();
    file["data"]["maps"][0].clone()
}

/// The map in a JSON value made by [`map_value`], read by this build.
fn map_of_value(value: serde_json::Value) -> Map {
    let raw = serde_json::json!({"v": 2, "data": {"maps": [value]}}).to_string();
    decode_import(&raw, &ctx()).unwrap().0.remove(0)
}

fn wrong_shape(raw: &str) -> String {
    match decode_workspace(raw, &ctx()) {
        Err(LoadError::WrongShape(what)) => what,
        other => panic!("expected WrongShape for {raw}, got {other:?}"),
    }
}

#[test]
fn storage_v1_fixture_migrates_to_one_named_map() {
    let ws = decode_workspace(STORAGE_V1, &ctx()).unwrap();
    let expected = Workspace {
        last_opened: "m-migrated".into(),
        maps: vec![Map {
            id: "m-migrated".into(),
            name: "Mi mapa".into(),
            stakeholders: vec![
                person(
                    1,
                    "Ana Muñoz",
                    "Cajera",
                    "Turno de mañana; conoce a todos los clientes habituales.",
                    &[],
                ),
                person(
                    2,
                    "<script>alert(1)</script>",
                    "Cliente \"habitual\"",
                    "Nombre pegado tal cual desde un formulario",
                    &[],
                ),
                person(
                    3,
                    "Panadería Ñandú 🥖",
                    "Proveedor de pan",
                    "Entrega a las 6:00 — a veces tarde.\nLlamar antes.",
                    &[],
                ),
                person(5, "سارة الأحمد", "Turista", "", &[]),
                person(
                    6,
                    "Zoë O'Brien",
                    "Supervisor",
                    "Café ☕ con el equipo los lunes",
                    &[],
                ),
            ],
            plan: vec![],
            next_id: 7,
            exported_at: None,
            created_at: None,
            invites: Vec::new(),
            replies: Vec::new(),
            tallies: Vec::new(),
        }],
    };
    assert_eq!(ws, expected);
}

fn storage_v2_expected() -> Workspace {
    Workspace {
        last_opened: "m-1700000000001".into(),
        maps: vec![
            Map {
                id: "m-1700000000000".into(),
                name: "Panadería Ñandú".into(),
                stakeholders: vec![
                    cashier(),
                    regular_with_script_name(),
                    person(
                        3,
                        "Karim 🧑‍🍳 «el chef»",
                        "Cocinero",
                        "Línea 1\nLínea 2",
                        &[("pays", "pays.we_pay"), ("produces", "dk")],
                    ),
                    person(4, "שרה כהן", "Socia", "", &[]),
                ],
                plan: vec![
                    PlanItem {
                        id: 5,
                        title: "Encuesta breve después de cada compra".into(),
                        lever: Some("ask_opinion".into()),
                        stakeholders: vec![2],
                        owner: "Ana".into(),
                        due: "2026-03-31".into(),
                        status: Status::Doing,
                        priority: 80,
                    },
                    PlanItem {
                        id: 6,
                        title: "Reunión mensual con el equipo".into(),
                        lever: None,
                        stakeholders: vec![1, 3],
                        owner: String::new(),
                        due: String::new(),
                        status: Status::Todo,
                        priority: 40,
                    },
                ],
                next_id: 7,
                exported_at: Some(1_767_225_600_000.0),
                created_at: None,
                invites: Vec::new(),
                replies: Vec::new(),
                tallies: Vec::new(),
            },
            Map {
                id: "m-1700000000001".into(),
                name: "Weekend market \"stall\"".into(),
                stakeholders: vec![person(
                    1,
                    "Grace Clarke",
                    "Regular customer",
                    "",
                    &[
                        ("health.ext_word", "health.ext_word.champion"),
                        ("pays", "pays.they_pay"),
                    ],
                )],
                plan: vec![],
                next_id: 2,
                exported_at: None,
                created_at: None,
                invites: Vec::new(),
                replies: Vec::new(),
                tallies: Vec::new(),
            },
        ],
    }
}

#[test]
fn storage_v2_fixture_loads_exactly() {
    assert_eq!(
        decode_workspace(STORAGE_V2, &ctx()).unwrap(),
        storage_v2_expected()
    );
}

#[test]
fn storage_v2_fixture_is_what_this_build_writes_but_for_its_version() {
    let ws = storage_v2_expected();
    let v2_as_v3 = STORAGE_V2.trim_end().replacen("{\"v\":2,", "{\"v\":3,", 1);
    assert_eq!(encode_workspace(&ws), v2_as_v3);
}

#[test]
fn storage_v3_fixture_loads_with_its_invites_replies_and_tallies_and_writes_back_exactly() {
    let ws = decode_workspace(STORAGE_V3, &ctx()).unwrap();
    let map = &ws.maps[0];
    assert_eq!(map.invites.len(), 2);
    assert!(map.invites[1].group);
    assert_eq!(map.invites[0].address, "Ana");
    assert_eq!(
        map.replies[0].answers.get("pays").map(String::as_str),
        Some("pays.we_pay")
    );
    assert_eq!(map.tallies[0].answers["pays"]["pays.we_pay"], 2);
    // Everything else is the v2 data.
    let mut plain = ws.clone();
    for m in &mut plain.maps {
        m.invites.clear();
        m.replies.clear();
        m.tallies.clear();
    }
    assert_eq!(plain, storage_v2_expected());
    assert_eq!(encode_workspace(&ws), STORAGE_V3.trim_end());
}

#[test]
fn an_unreadable_invite_or_reply_is_set_aside_alone() {
    let mut raw: serde_json::Value = serde_json::from_str(STORAGE_V3).unwrap();
    raw["data"]["maps"][0]["invites"][0]["key"] = 7.into();
    raw["data"]["maps"][0]["replies"][0]
        .as_object_mut()
        .unwrap()
        .remove("invite");
    let loaded = decode_stored(&raw.to_string(), &ctx()).unwrap();
    assert_eq!(
        loaded.reset,
        [
            "data.maps[0].invites[0]: expected an invite",
            "data.maps[0].replies[0]: missing",
        ]
    );
    let map = &loaded.ws.maps[0];
    assert_eq!(map.invites.len(), 1);
    assert_eq!(map.invites[0].id, "inv-grupo");
    assert!(map.replies.is_empty());
    assert_eq!(map.stakeholders.len(), 4, "nothing else is lost");
}

#[test]
fn export_v2_fixture_imports_exactly() {
    let maps = decode_import(EXPORT_V2, &ctx()).unwrap().0;
    assert_eq!(maps.len(), 1);
    let map = &maps[0];
    assert_eq!(map.id, "m-1700000000000");
    assert_eq!(map.name, "Panadería Ñandú");
    assert_eq!(
        map.stakeholders,
        vec![
            cashier(),
            regular_with_script_name(),
            person(
                3,
                "سارة الأحمد 🌙",
                "Turista",
                "",
                &[("ext.decision", "ext.decision.need"), ("pays", "dk")],
            ),
        ]
    );
    assert_eq!(
        map.plan,
        vec![PlanItem {
            id: 4,
            title: "Encuesta breve después de cada compra".into(),
            lever: Some("ask_opinion".into()),
            stakeholders: vec![2, 3],
            owner: "Ana".into(),
            due: "2026-03-31".into(),
            status: Status::Done,
            priority: 100,
        }]
    );
    assert_eq!(map.next_id, 5);
    assert_eq!(map.exported_at, None);
}

#[test]
fn export_v2_fixture_is_what_this_build_writes_but_for_its_version() {
    let maps = decode_import(EXPORT_V2, &ctx()).unwrap().0;
    assert_eq!(
        encode_export(&maps, 1_767_225_600_000.0),
        EXPORT_V2.trim_end().replacen("\"v\": 2,", "\"v\": 3,", 1)
    );
}

#[test]
fn import_accepts_storage_envelopes_of_every_version() {
    let from_v1 = decode_import(STORAGE_V1, &ctx()).unwrap().0;
    assert_eq!(from_v1, decode_workspace(STORAGE_V1, &ctx()).unwrap().maps);
    let from_v2 = decode_import(STORAGE_V2, &ctx()).unwrap().0;
    assert_eq!(from_v2, storage_v2_expected().maps);
}

#[test]
fn export_roundtrips_sample_maps() {
    let maps = vec![generate_map(30, 1), generate_map(0, 2), generate_map(3, 3)];
    let file = encode_export(&maps, 1_767_225_600_123.0);
    assert!(file.starts_with(&format!(
        "{{\n  \"app\": \"orbita\",\n  \"v\": {SCHEMA_VERSION},\n  \"exported_at\""
    )));
    assert!(file.contains("\"current\": \"sample-1\""));
    assert_eq!(decode_import(&file, &ctx()).unwrap().0, maps);
}

#[test]
fn storage_roundtrips_a_workspace() {
    let ws = Workspace {
        last_opened: "sample-8".into(),
        maps: vec![generate_map(12, 7), generate_map(40, 8)],
    };
    let raw = encode_workspace(&ws);
    assert!(raw.starts_with(&format!("{{\"v\":{SCHEMA_VERSION},\"data\":{{")));
    assert_eq!(decode_workspace(&raw, &ctx()).unwrap(), ws);
}

#[test]
fn only_old_or_repaired_data_needs_writing_again() {
    let ws = Workspace {
        last_opened: "sample-7".into(),
        maps: vec![generate_map(12, 7)],
    };
    let raw = encode_workspace(&ws);
    let loaded = decode_stored(&raw, &ctx()).unwrap();
    let (back, rewrite) = (loaded.ws, loaded.needs_write);
    assert_eq!(back, ws);
    assert!(!rewrite, "this version, as written: nothing to write");
    assert!(
        decode_stored(STORAGE_V1, &ctx()).unwrap().needs_write,
        "older version: upgrade it"
    );
    // Two stakeholders with the same id: repaired, so the repair must be saved.
    let mut twins = ws.clone();
    let copy = twins.maps[0].stakeholders[0].clone();
    twins.maps[0].stakeholders.push(copy);
    assert!(
        decode_stored(&encode_workspace(&twins), &ctx())
            .unwrap()
            .needs_write
    );
    // A null where a default is allowed takes the slow path, which writes the clean form.
    let nulled = raw.replacen("\"notes\":\"\"", "\"notes\":null", 1);
    assert_ne!(nulled, raw, "the map has empty notes to null out");
    assert!(decode_stored(&nulled, &ctx()).unwrap().needs_write);
}

#[test]
fn a_ten_thousand_character_name_roundtrips() {
    let mut ws = Workspace::with_map("m", "Mapa");
    let name: String = "ñ😀a\"<".chars().cycle().take(10_000).collect();
    ws.maps[0].stakeholders.push(person(1, &name, "", "", &[]));
    ws.maps[0].next_id = 2;
    let back = decode_workspace(&encode_workspace(&ws), &ctx()).unwrap();
    assert_eq!(back.maps[0].stakeholders[0].name.chars().count(), 10_000);
    assert_eq!(back, ws);
}

#[test]
fn text_that_is_not_json_is_not_json() {
    for raw in ["", "not json", "{\"v\":2,", "{'v':2}", "\u{feff}garbage"] {
        assert!(
            matches!(decode_workspace(raw, &ctx()), Err(LoadError::NotJson(_))),
            "{raw:?}"
        );
    }
}

#[test]
fn json_of_the_wrong_shape_names_the_field() {
    assert_eq!(
        wrong_shape("[]"),
        "top level: expected an object with \"v\" and \"data\""
    );
    assert_eq!(wrong_shape("{\"foo\":1}"), "v: missing");
    assert_eq!(
        wrong_shape("{\"v\":\"2\",\"data\":{}}"),
        "v: expected a whole number"
    );
    assert_eq!(
        wrong_shape("{\"v\":0,\"data\":{}}"),
        "v: expected a version from 1"
    );
    assert_eq!(wrong_shape("{\"v\":2}"), "data: missing");
    assert_eq!(
        wrong_shape("{\"v\":2,\"data\":[]}"),
        "data: expected an object"
    );
    assert_eq!(wrong_shape("{\"v\":2,\"data\":{}}"), "data.maps: missing");
    assert_eq!(
        wrong_shape("{\"v\":1,\"data\":[]}"),
        "data: expected an object"
    );
    assert_eq!(
        wrong_shape("{\"v\":1,\"data\":{\"stakeholders\":[{\"id\":1,\"name\":7}]}}"),
        "data.stakeholders[0].name: expected a string"
    );
    assert_eq!(
        wrong_shape("{\"app\":\"excalidraw\",\"v\":2,\"data\":{\"maps\":[]}}"),
        "app: expected \"orbita\""
    );
}

#[test]
fn deep_errors_name_the_path() {
    let mut maps: Vec<serde_json::Value> = (0..3).map(|i| map_value(&generate_map(2, i))).collect();
    let cases: [(&str, serde_json::Value, &str); 3] = [
        (
            "/plan/0/id",
            "3".into(),
            "data.maps[2].plan[0].id: expected a whole number from 0 to 4294967295",
        ),
        (
            "/stakeholders/1/id",
            (-1).into(),
            "data.maps[2].stakeholders[1].id: expected a whole number from 0 to 4294967295",
        ),
        (
            "/stakeholders",
            serde_json::json!({}),
            "data.maps[2].stakeholders: expected a list",
        ),
    ];
    for (pointer, bad, message) in cases {
        let original = maps[2].clone();
        *maps[2].pointer_mut(pointer).unwrap() = bad;
        let raw = serde_json::json!({"app": "orbita", "v": 2, "data": {"maps": maps}}).to_string();
        match decode_import(&raw, &ctx()) {
            Err(LoadError::WrongShape(what)) => assert_eq!(what, message),
            other => panic!("{pointer}: {other:?}"),
        }
        maps[2] = original;
    }
    let missing = serde_json::json!({"v": 2, "data": {"maps": [{"id": "a"}]}}).to_string();
    assert_eq!(wrong_shape(&missing), "data.maps[0].name: missing");
}

#[test]
fn a_wrong_value_with_a_default_is_reset_and_named_not_fatal() {
    let mut maps: Vec<serde_json::Value> = (0..3).map(|i| map_value(&generate_map(2, i))).collect();
    let good = maps[2].clone();
    let bad = [
        ("/plan/0/status", serde_json::json!("blocked")),
        ("/plan/0/priority", 300.into()),
        ("/plan/0/stakeholders", serde_json::json!([1, "2"])),
        (
            "/stakeholders/0/answers",
            serde_json::json!({"pays": 3, "produces": "produces.no"}),
        ),
        ("/stakeholders/1/role", serde_json::json!(["not", "text"])),
        ("/stakeholders/1/name", 5.into()),
    ];
    for (pointer, value) in &bad {
        *maps[2].pointer_mut(pointer).unwrap() = value.clone();
    }
    let raw = serde_json::json!({"app": "orbita", "v": 2, "data": {"maps": maps}}).to_string();
    let (back, reset) = decode_import(&raw, &ctx()).unwrap();
    assert_eq!(
        reset,
        [
            "data.maps[2].stakeholders[0].answers[\"pays\"]: expected a string",
            "data.maps[2].stakeholders[1].name: expected a string",
            "data.maps[2].stakeholders[1].role: expected a string",
            "data.maps[2].plan[0].stakeholders[1]: expected a whole number from 0 to 4294967295",
            "data.maps[2].plan[0].status: expected \"todo\", \"doing\" or \"done\"",
            "data.maps[2].plan[0].priority: expected a whole number from 0 to 255",
        ]
    );
    // Everything else is as it was; the wrong values took their defaults.
    let original = map_of_value(good);
    let map = &back[2];
    assert_eq!(map.name, original.name);
    assert_eq!(map.stakeholders[0].name, original.stakeholders[0].name);
    assert_eq!(map.stakeholders[0].answers.len(), 1);
    assert_eq!(map.stakeholders[1].role, "");
    // A name that cannot be read keeps its person, under a placeholder name.
    assert_eq!(map.stakeholders[1].name, "Unnamed");
    assert_eq!(
        map.stakeholders[1].answers,
        original.stakeholders[1].answers
    );
    assert_eq!(map.plan[0].status, Status::Todo);
    assert_eq!(map.plan[0].priority, 0);
    assert_eq!(map.plan[0].stakeholders, [1]);
    assert_eq!(map.plan[0].title, original.plan[0].title);
    // From storage, the same read says the data must be written again.
    let stored = serde_json::json!({"v": 2, "data": {"maps": maps, "current": "x"}}).to_string();
    let loaded = decode_stored(&stored, &ctx()).unwrap();
    assert!(loaded.needs_write);
    assert_eq!(loaded.reset.len(), 6);
    assert_eq!(loaded.ws.maps[2].plan[0].status, Status::Todo);
}

#[test]
fn errors_read_as_sentences() {
    let e = decode_workspace("{\"v\":2,\"data\":[]}", &ctx()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "not an Órbita file: data: expected an object"
    );
    let e = decode_workspace("nope", &ctx()).unwrap_err();
    assert!(e.to_string().starts_with("not valid JSON: "), "{e}");
    assert_eq!(
        LoadError::FutureVersion(99).to_string(),
        "saved by a newer version of Órbita (format 99; this one reads up to 3)"
    );
}

#[test]
fn newer_versions_are_refused_as_future() {
    for (raw, v) in [
        ("{\"v\":99,\"data\":{}}", 99),
        ("{\"v\":4,\"data\":\"whatever\"}", 4),
        ("{\"v\":99999999999,\"data\":{}}", u32::MAX),
    ] {
        assert_eq!(
            decode_workspace(raw, &ctx()),
            Err(LoadError::FutureVersion(v))
        );
        assert_eq!(decode_import(raw, &ctx()), Err(LoadError::FutureVersion(v)));
    }
}

#[test]
fn nulls_stand_for_defaults() {
    let raw = r#"{"v":2,"data":{"maps":[{"id":"a","name":"A","stakeholders":[
        {"id":1,"name":"Ana","role":null,"notes":null,"answers":null}],
        "plan":[{"id":2,"title":"T","lever":null,"owner":null,"status":null,"priority":null}],
        "next_id":null,"exported_at":null}],"current":null}}"#;
    let ws = decode_workspace(raw, &ctx()).unwrap();
    let map = &ws.maps[0];
    assert_eq!(map.stakeholders[0], person(1, "Ana", "", "", &[]));
    assert_eq!(map.plan[0].lever, None);
    assert_eq!(map.plan[0].status, Status::Todo);
    assert_eq!(map.next_id, 3);
    assert_eq!(ws.last_opened, "a");
}

#[test]
fn repairs_keep_every_piece_of_user_data() {
    let raw = r#"{"v":2,"data":{"maps":[
        {"id":"a","name":"A","stakeholders":[
            {"id":1,"name":"Ana"},{"id":1,"name":"Bea"},{"id":9,"name":"Cris"},{"id":9,"name":"Dani"}],
         "plan":[{"id":3,"title":"x","stakeholders":[1]},{"id":3,"title":"y"}],
         "next_id":2},
        {"id":"a","name":"Same id"},
        {"id":"a","name":"Same id again"}],
      "current":"gone"}}"#;
    let ws = decode_workspace(raw, &ctx()).unwrap();
    let ids: Vec<&str> = ws.maps.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["a", "a-2", "a-3"]);
    assert_eq!(ws.last_opened, "a");
    let map = &ws.maps[0];
    let people: Vec<(u32, &str)> = map
        .stakeholders
        .iter()
        .map(|s| (s.id, s.name.as_str()))
        .collect();
    assert_eq!(people, [(1, "Ana"), (10, "Bea"), (9, "Cris"), (11, "Dani")]);
    let plan: Vec<(u32, &str)> = map.plan.iter().map(|p| (p.id, p.title.as_str())).collect();
    assert_eq!(plan, [(3, "x"), (12, "y")]);
    assert_eq!(map.plan[0].stakeholders, [1]);
    assert_eq!(map.next_id, 13);
    assert_eq!(ws.maps[1].next_id, 1);
}

#[test]
fn migration_steps_are_callable_one_by_one() {
    let v1: serde_json::Value = serde_json::from_str(STORAGE_V1).unwrap();
    let data = v1.get("data").unwrap().clone();
    let v2 = orbita::codec::migrations::v1_to_v2(data, &ctx()).unwrap();
    let map = &v2.get("maps").unwrap().as_array().unwrap()[0];
    assert_eq!(v2.get("current").unwrap().as_str(), Some("m-migrated"));
    assert_eq!(map.get("name").unwrap().as_str(), Some("Mi mapa"));
    assert_eq!(map.get("next_id").unwrap().as_u64(), Some(7));
    assert_eq!(
        map.get("stakeholders").unwrap().as_array().unwrap().len(),
        5
    );
    assert_eq!(map.get("plan").unwrap().as_array(), Some(&vec![]));
}

#[test]
fn an_empty_workspace_stays_empty() {
    let ws = decode_workspace(r#"{"v":2,"data":{"maps":[]}}"#, &ctx()).unwrap();
    assert_eq!(ws, Workspace::default());
}
