//! The bounded fuzz run of the invite and reply link decoders, as `share_fuzz` does for share
//! links: a fixed-seed xorshift mutates valid links (bit flips, byte inserts and deletes,
//! truncations, splices of two links) both as text and as the binary under the base64. Every
//! run is identical. A reply that still decodes after a change must fail its tag check; one
//! cut anywhere is refused. A property test round-trips any invite and any answers.
//!
//! Longer local runs: `INVITE_FUZZ_ITERATIONS=5000000 cargo test --release --test invite_fuzz`.

#![cfg(not(target_arch = "wasm32"))]

use std::panic::{catch_unwind, AssertUnwindSafe};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;

use orbita::codec::invite::{
    decode_invite, decode_reply, encode_invite, encode_reply, InviteLink, LinkError, MAX_ANSWERS,
    MAX_TEXT_BYTES,
};
use orbita::domain::invites::verify;
use orbita::domain::questionnaire::{self, Answers, DONT_KNOW, QUESTIONNAIRE_VERSION};
use orbita::domain::sample::Rng;
use orbita::domain::Lang;

const DEFAULT_ITERATIONS: usize = 100_000;
const SEED: u64 = 0x1417_E5EE_D000_0002;
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn iterations() -> usize {
    std::env::var("INVITE_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_ITERATIONS)
}

fn invite(n: u8, group: bool, business: &str, address: &str) -> InviteLink {
    InviteLink {
        invite: format!("inv{n}Xy_-"),
        group,
        questionnaire: QUESTIONNAIRE_VERSION,
        questions: questionnaire::all().len() as u32,
        key: (0..16 + n)
            .map(|i| i.wrapping_mul(31).wrapping_add(n))
            .collect(),
        business: business.into(),
        address: address.into(),
        lang: if group { Lang::En } else { Lang::Es },
    }
}

/// Every question answered with its `pick`-th option (or "don't know").
fn answers(pick: usize) -> Answers {
    questionnaire::all()
        .iter()
        .filter(|q| !q.retired)
        .map(|q| {
            let option = q.options.get(pick).map_or(DONT_KNOW, |o| o.id);
            (q.id.to_string(), option.to_string())
        })
        .collect()
}

struct Seeds {
    invites: Vec<String>,
    /// (invite, reply payload)
    replies: Vec<(InviteLink, String)>,
}

fn seeds() -> Seeds {
    let links = [
        invite(0, false, "", ""),
        invite(1, true, "Panadería «La Espiga»", "equipo de cocina"),
        invite(16, false, &"ñ".repeat(200), "Marta"),
    ];
    let invites = links.iter().map(encode_invite).collect();
    let mut replies = Vec::new();
    for (i, link) in links.iter().enumerate() {
        for pick in [0, 2, 9] {
            let payload = encode_reply(link, &format!("rep{i}{pick}"), &answers(pick));
            replies.push((link.clone(), payload));
        }
    }
    Seeds { invites, replies }
}

fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>, alphabet: &[u8]) {
    let len = bytes.len();
    match rng.below(6) {
        0 if len > 0 => bytes[rng.below(len)] ^= 1 << rng.below(8),
        1 if len > 0 => bytes[rng.below(len)] = *rng.pick(alphabet).unwrap_or(&b'A'),
        2 => bytes.insert(rng.below(len + 1), *rng.pick(alphabet).unwrap_or(&b'A')),
        3 if len > 0 => {
            bytes.remove(rng.below(len));
        }
        4 => bytes.truncate(rng.below(len + 1)),
        _ if len > 0 => {
            let i = rng.below(len);
            bytes[i] = *rng.pick(&[0, 1, 2, 0x7f, 0x80, 0xff]).unwrap_or(&0);
        }
        _ => bytes.push(b'A'),
    }
}

fn no_panic<T>(what: &str, payload: &str, f: impl FnOnce() -> T) -> T {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(t) => t,
        Err(_) => panic!("{what} panicked on {payload:?}"),
    }
}

#[test]
fn decoding_mutated_links_never_panics_and_no_altered_reply_passes_its_tag() {
    let seeds = seeds();
    let mut rng = Rng::new(SEED);
    let all_bytes: Vec<u8> = (0..=255).collect();
    let (mut opened, mut refused, mut caught) = (0usize, 0usize, 0usize);
    for i in 0..iterations() {
        let reply = i % 2 == 0;
        let (original, key) = if reply {
            let (link, payload) = rng.pick(&seeds.replies).expect("seeds");
            (payload.clone(), Some(link.key.clone()))
        } else {
            (rng.pick(&seeds.invites).expect("seeds").clone(), None)
        };
        let payload = if rng.chance(50) {
            let mut binary = URL_SAFE_NO_PAD.decode(&original).expect("seeds are base64");
            for _ in 0..1 + rng.below(3) {
                mutate(&mut rng, &mut binary, &all_bytes);
            }
            URL_SAFE_NO_PAD.encode(binary)
        } else {
            let mut text = original.clone().into_bytes();
            for _ in 0..1 + rng.below(3) {
                mutate(&mut rng, &mut text, B64);
            }
            String::from_utf8_lossy(&text).into_owned()
        };
        if reply {
            match no_panic("decode_reply", &payload, || decode_reply(&payload)) {
                Ok(read) => {
                    opened += 1;
                    let same = URL_SAFE_NO_PAD.decode(&original).ok()
                        == Some([read.signed.bytes.clone(), read.signed.tag.clone()].concat());
                    let key = key.expect("a reply's key");
                    assert_eq!(verify(&key, &read.signed), same, "{payload:?}");
                    if !same {
                        caught += 1;
                    }
                }
                Err(_) => refused += 1,
            }
        } else {
            match no_panic("decode_invite", &payload, || decode_invite(&payload)) {
                Ok(link) => {
                    opened += 1;
                    assert!(link.business.len() <= MAX_TEXT_BYTES);
                }
                Err(_) => refused += 1,
            }
        }
    }
    eprintln!("invite fuzz: {opened} opened ({caught} altered replies caught by their tag), {refused} refused");
    assert!(refused > 0 && caught > 0);
}

#[test]
fn a_link_cut_anywhere_is_refused() {
    let seeds = seeds();
    let all = seeds
        .invites
        .iter()
        .map(|p| (p, false))
        .chain(seeds.replies.iter().map(|(_, p)| (p, true)));
    for (payload, reply) in all {
        for len in 1..payload.len() {
            let cut = &payload[..len];
            let failed = if reply {
                decode_reply(cut).map(|_| ()).err()
            } else {
                decode_invite(cut).map(|_| ()).err()
            };
            assert!(
                matches!(failed, Some(LinkError::Truncated | LinkError::Damaged)),
                "cut at {len}: {failed:?}"
            );
        }
    }
}

#[test]
fn a_reply_carries_at_most_64_answers() {
    use orbita::codec::invite::MAX_REPLY_CHARS;
    // 65 answer pairs of single bytes, after a minimal header: damage, whatever the tag.
    let mut bytes = vec![1, 1, b'i', 1, b'r', 2, 200, 1];
    bytes.push(MAX_ANSWERS as u8 + 1);
    for i in 0..=MAX_ANSWERS {
        bytes.extend([i as u8, 1]);
    }
    bytes.extend([0; 16]);
    let payload = URL_SAFE_NO_PAD.encode(&bytes);
    assert!(payload.len() <= MAX_REPLY_CHARS);
    assert_eq!(decode_reply(&payload).map(|_| ()), Err(LinkError::Damaged));
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let questions: Vec<_> = questionnaire::all().iter().filter(|q| !q.retired).collect();
    proptest::collection::vec(any::<Option<u8>>(), questions.len()).prop_map(move |picks| {
        questions
            .iter()
            .zip(picks)
            .filter_map(|(q, pick)| {
                let pick = usize::from(pick?) % (q.options.len() + 1);
                let option = q.options.get(pick).map_or(DONT_KNOW, |o| o.id);
                Some((q.id.to_string(), option.to_string()))
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn any_invite_round_trips(
        id in "[A-Za-z0-9_-]{1,40}",
        group in any::<bool>(),
        key in proptest::collection::vec(any::<u8>(), 16..=64),
        business in "\\PC{0,60}",
        address in "\\PC{0,60}",
        english in any::<bool>(),
    ) {
        let link = InviteLink {
            invite: id,
            group,
            questionnaire: QUESTIONNAIRE_VERSION,
            questions: questionnaire::all().len() as u32,
            key,
            business,
            address,
            lang: if english { Lang::En } else { Lang::Es },
        };
        prop_assert_eq!(decode_invite(&encode_invite(&link)), Ok(link));
    }

    #[test]
    fn any_answers_round_trip_signed(answers in any_answers(), reply in "[A-Za-z0-9_-]{1,40}") {
        let link = invite(3, false, "B", "A");
        let read = decode_reply(&encode_reply(&link, &reply, &answers)).unwrap();
        prop_assert_eq!(&read.reply.answers, &answers);
        prop_assert_eq!(&read.reply.id, &reply);
        prop_assert_eq!(read.reply.unread, 0);
        prop_assert!(verify(&link.key, &read.signed));
    }
}
