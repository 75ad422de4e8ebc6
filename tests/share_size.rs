//! Share-link size budgets: links must stay short enough to paste into chat and mail.
//! Run with `--nocapture` to see the measured lengths.

// Native compression (the app uses the browser's): these run with `cargo test` on the host.
#![cfg(not(target_arch = "wasm32"))]

use orbita::codec::share::{decode_share, encode_share, ShareOptions};
use orbita::domain::questionnaire;
use orbita::domain::sample::generate_map;

const SEEDS: [u64; 3] = [1, 2, 3];

fn longest_link(people: usize, include_notes_and_plan: bool) -> usize {
    let opts = ShareOptions {
        include_notes_and_plan,
        include_replies: false,
    };
    SEEDS
        .iter()
        .map(|&seed| {
            let map = generate_map(people, seed);
            assert!(map.stakeholders.iter().all(|s| !s.answers.is_empty()));
            let link = encode_share(&map, opts);
            assert!(decode_share(&link).is_ok());
            eprintln!(
                "{people} stakeholders, seed {seed}, notes and plan {include_notes_and_plan}: {} chars",
                link.len()
            );
            link.len()
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn fifty_answered_stakeholders_fit_in_2000_chars() {
    eprintln!("questionnaire: {} questions", questionnaire::all().len());
    assert!(longest_link(50, false) <= 2_000);
    assert!(longest_link(50, true) <= 2_000);
}

#[test]
fn two_hundred_answered_stakeholders_fit_in_8000_chars() {
    assert!(longest_link(200, false) <= 8_000);
    assert!(longest_link(200, true) <= 8_000);
}

#[test]
fn a_thousand_stakeholders_still_open() {
    let map = generate_map(1_000, 7);
    let link = encode_share(&map, ShareOptions::default());
    eprintln!("1000 stakeholders: {} chars", link.len());
    assert_eq!(decode_share(&link), Ok(map));
}
