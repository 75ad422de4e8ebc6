//! Reply links stay well inside a QR code: the measured sizes `docs/invite-format.md` states.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use orbita::codec::invite::{decode_reply, encode_invite, encode_reply, InviteLink};
use orbita::domain::invites::tag;
use orbita::domain::questionnaire::{self, Answers, QUESTIONNAIRE_VERSION};
use orbita::domain::Lang;

const BASE: &str = "https://example.org/orbita/#r=";
/// Ids as long as the app makes them.
const INVITE_ID: &str = "k3Jx_9aQm2Zt";
const REPLY_ID: &str = "r0Zk_9aQm2Zt";

fn invite(business: &str, address: &str) -> InviteLink {
    InviteLink {
        invite: INVITE_ID.into(),
        group: false,
        questionnaire: QUESTIONNAIRE_VERSION,
        questions: questionnaire::all().len() as u32,
        key: vec![0xa5; 32],
        business: business.into(),
        address: address.into(),
        lang: Lang::Es,
    }
}

fn str_bytes(s: &str) -> Vec<u8> {
    [vec![s.len() as u8], s.as_bytes().to_vec()].concat()
}

#[test]
fn a_reply_with_50_answers_fits_a_small_qr_code() {
    // The reply a questionnaire of 50 questions gives, byte by byte as docs/invite-format.md
    // lays it out: each answer is a question index and an option code, one byte each.
    let key = [0xa5; 32];
    let mut bytes = vec![1];
    bytes.extend(str_bytes(INVITE_ID));
    bytes.extend(str_bytes(REPLY_ID));
    bytes.extend([QUESTIONNAIRE_VERSION as u8, 50, 50]);
    for qi in 0..50u8 {
        bytes.extend([qi, 2 + qi % 9]);
    }
    let t = tag(&key, &bytes);
    bytes.extend(t);
    let payload = URL_SAFE_NO_PAD.encode(&bytes);
    // This build reads it, keeping what its own questionnaire does not hold as unread.
    let read = decode_reply(&payload).expect("a 50-answer reply reads");
    let known = questionnaire::all().len();
    assert_eq!(read.reply.answers.len() + read.reply.unread as usize, 50);
    assert!(read.reply.answers.len() <= known);
    let url = BASE.len() + payload.len();
    eprintln!(
        "reply with 50 answers: {} bytes, {} characters of payload, {url} with {BASE}",
        bytes.len(),
        payload.len()
    );
    assert_eq!(payload.len(), 195);
    assert!(url < 1_000);

    // The app's own encoder writes the same layout: a reply to every question of this build.
    let every: Answers = questionnaire::all()
        .iter()
        .map(|q| (q.id.to_string(), q.options[0].id.to_string()))
        .collect();
    let own = encode_reply(&invite("", ""), REPLY_ID, &every);
    eprintln!("reply to all {known} questions: {} characters", own.len());
    assert!(own.len() < payload.len());
}

#[test]
fn an_invite_is_short() {
    let payload = encode_invite(&invite(&"B".repeat(40), &"A".repeat(20)));
    eprintln!(
        "invite with a 40-byte name and a 20-byte address: {} characters",
        payload.len()
    );
    assert!(payload.len() < 200);
}
