//! Invites and replies through the one door: a reply is added only when its invite is on the
//! map, its tag matches the invite's key and it was not added before; a group's replies are
//! only counted. Every refusal leaves the workspace as it was.

use orbita::codec::invite::{decode_reply, encode_reply, InviteLink, ReplyLink};
use orbita::domain::invites::{tag, to_hex, Fit, Invite, Signed, GROUP_MIN, KEY_BYTES};
use orbita::domain::questionnaire::{self, answers_from, QUESTIONNAIRE_VERSION};
use orbita::domain::state::{Action, Edit, Outcome, Refused, ShownFrom, Tab, Target};
use orbita::domain::workspace::{Map, Workspace};
use orbita::domain::Lang;

const KEY: [u8; KEY_BYTES] = [42; KEY_BYTES];

fn own() -> Target {
    Target::Own("m".into())
}

fn tab_with_person() -> Tab {
    let mut tab = Tab::new(Workspace::with_map("m", "Bakery"), None);
    let added = tab.apply(Action::edit(
        &own(),
        Edit::AddStakeholder {
            name: "Marta".into(),
            role: String::new(),
            notes: String::new(),
        },
    ));
    assert_eq!(added, Ok(Outcome::Added(1)));
    tab
}

fn invite(id: &str, group: bool) -> Invite {
    Invite {
        id: id.into(),
        stakeholder: 1,
        group,
        key: to_hex(&KEY),
        business: "Bakery".into(),
        address: "Marta".into(),
        created_at: 1.0,
    }
}

fn link(invite: &Invite, key: &[u8]) -> InviteLink {
    InviteLink {
        invite: invite.id.clone(),
        group: invite.group,
        questionnaire: QUESTIONNAIRE_VERSION,
        questions: questionnaire::all().len() as u32,
        key: key.to_vec(),
        business: invite.business.clone(),
        address: invite.address.clone(),
        lang: Lang::En,
    }
}

/// A reply made as the respondent's page makes it, signed with `key`.
fn reply(invite: &Invite, id: &str, key: &[u8], pays: &str) -> ReplyLink {
    let answers = answers_from(&[("pays", pays), ("contact", "contact.weekly")]);
    decode_reply(&encode_reply(&link(invite, key), id, &answers)).expect("a reply decodes")
}

fn attach(tab: &mut Tab, r: ReplyLink) -> Result<Outcome, Refused> {
    tab.apply(Action::AttachReply {
        map: own(),
        reply: r.reply,
        signed: r.signed,
    })
}

fn map(tab: &Tab) -> &Map {
    tab.workspace().map("m").expect("the map is there")
}

#[test]
fn a_persons_reply_is_kept_once() {
    let mut tab = tab_with_person();
    let inv = invite("inv1", false);
    assert_eq!(
        tab.apply(Action::CreateInvite {
            map: own(),
            invite: inv.clone()
        }),
        Ok(Outcome::Changed)
    );
    assert_eq!(
        attach(&mut tab, reply(&inv, "r1", &KEY, "pays.we_pay")),
        Ok(Outcome::Changed)
    );
    assert_eq!(map(&tab).replies.len(), 1);
    assert_eq!(map(&tab).replies[0].answers["pays"], "pays.we_pay");
    // Opened twice: refused, nothing changes.
    let before = tab.workspace().clone();
    assert_eq!(
        attach(&mut tab, reply(&inv, "r1", &KEY, "pays.we_pay")),
        Err(Refused::Reply(Fit::Duplicate))
    );
    assert_eq!(tab.workspace(), &before);
}

#[test]
fn altered_forged_and_orphaned_replies_are_refused_and_change_nothing() {
    let mut tab = tab_with_person();
    let inv = invite("inv1", false);
    tab.apply(Action::CreateInvite {
        map: own(),
        invite: inv.clone(),
    })
    .unwrap();
    let before = tab.workspace().clone();

    // Forged: made without the invite's key.
    let forged = reply(&inv, "r1", &[7; KEY_BYTES], "pays.we_pay");
    assert_eq!(attach(&mut tab, forged), Err(Refused::Reply(Fit::Forged)));

    // Altered: every single bit flipped in turn, in the answers and in the tag.
    let good = reply(&inv, "r2", &KEY, "pays.we_pay");
    let bits = (good.signed.bytes.len() + good.signed.tag.len()) * 8;
    for bit in 0..bits {
        let mut signed = good.signed.clone();
        let n = signed.bytes.len() * 8;
        if bit < n {
            signed.bytes[bit / 8] ^= 1 << (bit % 8);
        } else {
            signed.tag[(bit - n) / 8] ^= 1 << ((bit - n) % 8);
        }
        let refused = tab.apply(Action::AttachReply {
            map: own(),
            reply: good.reply.clone(),
            signed,
        });
        assert_eq!(refused, Err(Refused::Reply(Fit::Forged)), "bit {bit}");
    }
    assert_eq!(tab.workspace(), &before);

    // The invite deleted: its replies are refused.
    tab.apply(Action::DeleteInvite {
        map: own(),
        id: "inv1".into(),
    })
    .unwrap();
    let after_delete = tab.workspace().clone();
    assert!(map(&tab).invites.is_empty());
    assert_eq!(attach(&mut tab, good), Err(Refused::Reply(Fit::NoInvite)));
    assert_eq!(tab.workspace(), &after_delete);
}

#[test]
fn a_groups_replies_are_only_counted_and_shown_from_three() {
    let mut tab = tab_with_person();
    let inv = invite("team", true);
    tab.apply(Action::CreateInvite {
        map: own(),
        invite: inv.clone(),
    })
    .unwrap();
    for (i, pays) in ["pays.we_pay", "pays.we_pay", "pays.through"]
        .iter()
        .enumerate()
    {
        assert_eq!(
            attach(&mut tab, reply(&inv, &format!("g{i}"), &KEY, pays)),
            Ok(Outcome::Changed)
        );
        assert_eq!(map(&tab).tallies[0].shown(), i + 1 >= GROUP_MIN);
    }
    let m = map(&tab);
    assert!(m.replies.is_empty(), "no single reply is kept");
    assert_eq!(m.tallies.len(), 1);
    assert_eq!(m.tallies[0].answers["pays"]["pays.we_pay"], 2);
    assert_eq!(m.tallies[0].typical()["pays"], "pays.we_pay");
    assert_eq!(
        attach(&mut tab, reply(&inv, "g1", &KEY, "pays.we_pay")),
        Err(Refused::Reply(Fit::Duplicate))
    );
}

#[test]
fn invites_need_a_stakeholder_a_key_and_a_fresh_id() {
    let mut tab = tab_with_person();
    let nobody = Invite {
        stakeholder: 9,
        ..invite("a", false)
    };
    let keyless = Invite {
        key: "not hex".into(),
        ..invite("b", false)
    };
    for bad in [nobody, keyless] {
        assert_eq!(
            tab.apply(Action::CreateInvite {
                map: own(),
                invite: bad
            }),
            Ok(Outcome::Nothing)
        );
    }
    tab.apply(Action::CreateInvite {
        map: own(),
        invite: invite("c", false),
    })
    .unwrap();
    assert_eq!(
        tab.apply(Action::CreateInvite {
            map: own(),
            invite: invite("c", true)
        }),
        Ok(Outcome::Nothing)
    );
    assert_eq!(map(&tab).invites.len(), 1);
}

#[test]
fn a_map_shown_read_only_takes_no_invite_and_no_reply() {
    let mut tab = tab_with_person();
    let shown = map(&tab).clone();
    tab.apply(Action::Show {
        map: shown,
        from: ShownFrom::Link,
    })
    .unwrap();
    let inv = invite("x", false);
    assert_eq!(
        tab.apply(Action::CreateInvite {
            map: Target::Shown,
            invite: inv.clone()
        }),
        Err(Refused::ReadOnly(ShownFrom::Link))
    );
    let r = reply(&inv, "r", &KEY, "pays.we_pay");
    assert_eq!(
        tab.apply(Action::AttachReply {
            map: Target::Shown,
            reply: r.reply,
            signed: r.signed
        }),
        Err(Refused::ReadOnly(ShownFrom::Link))
    );
    assert_eq!(
        tab.apply(Action::DeleteInvite {
            map: Target::Shown,
            id: "x".into()
        }),
        Err(Refused::ReadOnly(ShownFrom::Link))
    );
}

#[test]
fn the_tag_is_hmac_sha256_cut_to_16_bytes() {
    // RFC 4231, test case 2.
    let t = tag(b"Jefe", b"what do ya want for nothing?");
    assert_eq!(to_hex(&t), "5bdcc146bf60754e6a042426089575c7");
    let _ = Signed {
        bytes: Vec::new(),
        tag: t.to_vec(),
    };
}

#[test]
fn a_reply_for_a_deleted_stakeholder_is_refused() {
    let mut tab = tab_with_person();
    let inv = invite("inv1", false);
    tab.apply(Action::CreateInvite {
        map: own(),
        invite: inv.clone(),
    })
    .unwrap();
    tab.apply(Action::edit(&own(), Edit::DeleteStakeholder { id: 1 }))
        .unwrap();
    let before = tab.workspace().clone();
    assert_eq!(
        attach(&mut tab, reply(&inv, "r1", &KEY, "pays.we_pay")),
        Err(Refused::Reply(Fit::NoInvite))
    );
    assert_eq!(tab.workspace(), &before);
}
