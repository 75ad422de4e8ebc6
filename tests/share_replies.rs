//! What stakeholders said about themselves, in share links and export files: left out
//! unless the sharer chooses, and then never a group below the threshold, nor an invite's
//! secret.

#![cfg(not(target_arch = "wasm32"))]

use miniz_oxide::deflate::compress_to_vec_zlib;
use orbita::codec::encode_export;
use orbita::codec::envelope::{decode_import, MigrateCtx};
use orbita::codec::share::{decode_share, encode_share, payload, ShareError, ShareOptions};
use orbita::domain::hearing::{hear, voice};
use orbita::domain::invites::{Invite, Reply, Tally, GROUP_MIN};
use orbita::domain::questionnaire::{self, answers_from, QUESTIONNAIRE_VERSION};
use orbita::domain::workspace::{Map, Stakeholder};
use orbita::domain::Lang;

const WITH_REPLIES: ShareOptions = ShareOptions {
    include_notes_and_plan: true,
    include_replies: true,
};

const YOU_THINK: &[(&str, &str)] = &[
    ("pays", "pays.they_pay"),
    ("info", "info.public"),
    ("contact", "contact.yearly"),
    ("recommend", "recommend.9"),
];
const THEY_SAY: &[(&str, &str)] = &[
    ("pays", "pays.they_pay"),
    ("info", "info.team"),
    ("contact", "contact.weekly"),
    ("recommend", "recommend.4"),
];

fn invite(id: &str, stakeholder: u32, group: bool) -> Invite {
    Invite {
        id: id.into(),
        stakeholder,
        group,
        key: "the-secret-key".into(),
        business: "Panadería Sol".into(),
        address: "Dear Ana".into(),
        created_at: 5.0,
    }
}

fn reply(id: &str, invite: &str, pairs: &[(&str, &str)], at: f64) -> Reply {
    Reply {
        id: id.into(),
        invite: invite.into(),
        answers: answers_from(pairs),
        questionnaire: QUESTIONNAIRE_VERSION,
        unread: 0,
        payload: "raw-reply-text".into(),
        received_at: at,
    }
}

fn tally(invite: &str, n: usize) -> Tally {
    let mut t = Tally {
        invite: invite.into(),
        ..Tally::default()
    };
    for i in 0..n {
        t.count(&reply(&format!("{invite}-{i}"), invite, THEY_SAY, 0.0));
    }
    t
}

/// Ana (a person who replied twice), a kitchen team of 2 replies and a shop floor of 3.
fn heard_map() -> Map {
    let mut m = Map::new("m1", "Bakery");
    for (id, name) in [(1, "Ana"), (2, "Kitchen team"), (3, "Shop floor")] {
        m.stakeholders.push(Stakeholder {
            id,
            name: name.into(),
            role: String::new(),
            notes: String::new(),
            answers: answers_from(YOU_THINK),
        });
    }
    m.next_id = 4;
    m.invites = vec![
        invite("p", 1, false),
        invite("k", 2, true),
        invite("f", 3, true),
    ];
    m.replies = vec![
        reply("old", "p", YOU_THINK, 1.0),
        reply("new", "p", THEY_SAY, 2.0),
    ];
    m.tallies = vec![tally("k", GROUP_MIN - 1), tally("f", GROUP_MIN)];
    m
}

#[test]
fn a_link_carries_no_replies_unless_the_sharer_chooses() {
    let map = heard_map();
    assert!(!ShareOptions::default().include_replies, "off by default");
    let shared = decode_share(&encode_share(&map, ShareOptions::default())).unwrap();
    assert!(shared.invites.is_empty() && shared.replies.is_empty() && shared.tallies.is_empty());
    assert_eq!(voice(&shared, 1), None);
}

#[test]
fn with_replies_a_link_carries_what_may_be_shown_and_no_secret() {
    let map = heard_map();
    let link = encode_share(&map, WITH_REPLIES);
    assert!(!link.is_empty());
    let shared = decode_share(&link).unwrap();
    // The person's latest reply, and only it.
    assert_eq!(shared.replies.len(), 1);
    assert_eq!(shared.replies[0].id, "new");
    assert_eq!(shared.replies[0].answers, answers_from(THEY_SAY));
    // Only the group that may be shown: the kitchen's two replies stay home.
    assert_eq!(shared.tallies, vec![map.tallies[1].clone()]);
    assert_eq!(
        voice(&shared, 2),
        None,
        "nothing of the group of two travels"
    );
    // Invites carry no secret, business name or greeting, and only those answered here.
    let ids: Vec<&str> = shared.invites.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["p", "f"]);
    for i in &shared.invites {
        assert!(i.key.is_empty() && i.business.is_empty() && i.address.is_empty());
    }
    // The recipient sees the same "you think / they say" as the owner.
    for id in [1, 3] {
        let (mine, theirs) = (hear(&map, id).unwrap(), hear(&shared, id).unwrap());
        assert_eq!(mine.1, theirs.1, "stakeholder {id}");
        assert_eq!(
            mine.1.biggest().unwrap().words(Lang::En, mine.0.group),
            theirs.1.biggest().unwrap().words(Lang::En, theirs.0.group)
        );
    }
    // Without notes and plan the replies still travel.
    let lean = ShareOptions {
        include_notes_and_plan: false,
        include_replies: true,
    };
    assert_eq!(
        decode_share(&encode_share(&map, lean))
            .unwrap()
            .replies
            .len(),
        1
    );
}

#[test]
fn a_reply_from_a_newer_questionnaire_travels_with_what_could_not_be_read() {
    let mut map = heard_map();
    map.replies[1].questionnaire = QUESTIONNAIRE_VERSION + 1;
    map.replies[1].unread = 3;
    let shared = decode_share(&encode_share(&map, WITH_REPLIES)).unwrap();
    let r = &shared.replies[0];
    assert_eq!((r.questionnaire, r.unread), (QUESTIONNAIRE_VERSION + 1, 3));
    assert_eq!(
        r.payload, "raw-reply-text",
        "kept for a newer build to read"
    );
    assert_eq!(voice(&shared, 1).unwrap().unread, 3);
}

#[test]
fn an_export_file_leaves_out_a_group_below_the_threshold() {
    let map = heard_map();
    let text = encode_export(std::slice::from_ref(&map), 1.0);
    assert!(!text.contains("k-0"), "no reply of the group of two");
    let (maps, _) = decode_import(
        &text,
        &MigrateCtx {
            map_id: "m".into(),
            map_name: "Map".into(),
            unnamed: "Unnamed".into(),
        },
    )
    .unwrap();
    let back = &maps[0];
    assert_eq!(back.tallies, vec![map.tallies[1].clone()]);
    // Person replies and invites (the owner's backup, secret included) travel whole.
    assert_eq!(back.replies, map.replies);
    assert_eq!(back.invites, map.invites);
}

/// A link whose replies part holds one group tally of `replies` replies and nothing else.
fn link_with_group_of(replies: u8) -> String {
    let q = questionnaire::all().len() as u8;
    // flags (replies only), id "", name "", next_id 1, Q, no stakeholders, no roles, then
    // no invites, no replies, one tally for invite "k".
    let mut b = vec![2, 0, 0, 1, q, 0, 0, 0, 0, 1, 1, b'k', replies];
    for i in 0..replies {
        b.extend([1, b'a' + i]);
    }
    b.extend([0, 0]);
    payload(&compress_to_vec_zlib(&b, 6))
}

#[test]
fn a_crafted_link_with_a_group_below_the_threshold_is_refused() {
    let ok = decode_share(&link_with_group_of(GROUP_MIN as u8)).unwrap();
    assert_eq!(ok.tallies[0].replies.len(), GROUP_MIN);
    assert_eq!(
        decode_share(&link_with_group_of(GROUP_MIN as u8 - 1)),
        Err(ShareError::Damaged)
    );
    // Cut anywhere in the replies part: refused, never a panic.
    let full = link_with_group_of(GROUP_MIN as u8);
    assert!(decode_share(&full[..full.len() - 3]).is_err());
}
