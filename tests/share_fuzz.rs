//! The bounded fuzz run CI executes (as part of `cargo test`): a deterministic mutational fuzz of
//! the share-link decoder. No nightly toolchain is available, so instead of cargo-fuzz a
//! fixed-seed xorshift mutates valid links of several sample maps — bit flips, byte inserts and
//! deletes, truncations, splices of two links, and mutations of the inner binary re-compressed
//! with a valid checksum so the binary reader itself is exercised. Every run is identical.
//!
//! Longer local runs: `SHARE_FUZZ_ITERATIONS=5000000 cargo test --release --test share_fuzz`.

// Native compression (the app uses the browser's, which the end-to-end tests drive).
#![cfg(not(target_arch = "wasm32"))]

use std::panic::{catch_unwind, AssertUnwindSafe};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::decompress_to_vec_zlib;

use orbita::codec::share::{decode_share, encode_share, ShareError, ShareOptions};
use orbita::domain::sample::{generate_map, Rng};
use orbita::domain::workspace::Map;

const DEFAULT_ITERATIONS: usize = 200_000;
const SEED: u64 = 0x5EED_CAFE_F00D_0001;
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

struct Seed {
    map: Map,
    link: String,
    binary: Vec<u8>,
}

fn seeds() -> Vec<Seed> {
    let mut seeds = Vec::new();
    for (n, seed) in [(0, 1), (1, 2), (3, 3), (12, 4)] {
        for include_notes_and_plan in [true, false] {
            let opts = ShareOptions {
                include_notes_and_plan,
                include_replies: false,
            };
            let source = generate_map(n, seed);
            let link = encode_share(&source, opts);
            let map = decode_share(&link).expect("seed links decode");
            let packed = URL_SAFE_NO_PAD
                .decode(&link[2..])
                .expect("seed links are base64");
            let binary = decompress_to_vec_zlib(&packed).expect("seed links inflate");
            assert_eq!(decode_share(&link_of_binary(&binary)), Ok(map.clone()));
            seeds.push(Seed { map, link, binary });
        }
    }
    seeds
}

/// A link around `binary` with a valid checksum. It uses a stored (uncompressed) zlib block:
/// building one is far cheaper than compressing, and the target here is the binary reader.
fn link_of_binary(binary: &[u8]) -> String {
    let mut zlib = vec![0x78, 0x01];
    let mut chunks = binary.chunks(0xffff).peekable();
    if chunks.peek().is_none() {
        zlib.extend([1, 0, 0, 0xff, 0xff]);
    }
    while let Some(chunk) = chunks.next() {
        let len = chunk.len() as u16;
        zlib.push(u8::from(chunks.peek().is_none()));
        zlib.extend(len.to_le_bytes());
        zlib.extend((!len).to_le_bytes());
        zlib.extend(chunk);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in binary {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    zlib.extend(((b << 16) | a).to_be_bytes());
    format!("1.{}", URL_SAFE_NO_PAD.encode(zlib))
}

fn iterations() -> usize {
    std::env::var("SHARE_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_ITERATIONS)
}

/// Decodes, turning a panic into a test failure that shows the input.
fn decode_or_report(payload: &str) -> Result<Map, ShareError> {
    match catch_unwind(AssertUnwindSafe(|| decode_share(payload))) {
        Ok(result) => result,
        Err(_) => panic!("decode_share panicked on {payload:?}"),
    }
}

fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>, alphabet: &[u8]) {
    let len = bytes.len();
    match rng.below(7) {
        0 if len > 0 => {
            let i = rng.below(len);
            bytes[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            bytes[i] = *rng.pick(alphabet).unwrap_or(&b'A');
        }
        2 => {
            let byte = if rng.chance(80) {
                *rng.pick(alphabet).unwrap_or(&b'A')
            } else {
                rng.next_u64() as u8
            };
            bytes.insert(rng.below(len + 1), byte);
        }
        3 if len > 0 => {
            bytes.remove(rng.below(len));
        }
        4 => bytes.truncate(rng.below(len + 1)),
        5 if len > 0 => {
            // Duplicate a chunk in place, as a sloppy copy-paste would.
            let start = rng.below(len);
            let end = start + rng.below(len - start).min(16) + 1;
            let chunk: Vec<u8> = bytes[start..end.min(len)].to_vec();
            let at = rng.below(bytes.len() + 1);
            bytes.splice(at..at, chunk);
        }
        _ if len > 0 => {
            // Small values look like counts, lengths and codes; 0xff starts a long varint.
            let i = rng.below(len);
            bytes[i] = *rng.pick(&[0, 1, 2, 3, 0x7f, 0x80, 0xff]).unwrap_or(&0);
        }
        _ => bytes.push(*rng.pick(alphabet).unwrap_or(&b'A')),
    }
}

#[test]
fn decoding_mutated_links_never_panics() {
    let seeds = seeds();
    let mut rng = Rng::new(SEED);
    let all_bytes: Vec<u8> = (0..=255).collect();
    let (mut ok, mut errors) = (0usize, 0usize);
    for _ in 0..iterations() {
        let a = rng.pick(&seeds).expect("seeds");
        let inner = rng.chance(35);
        let payload = if inner {
            let mut binary = a.binary.clone();
            for _ in 0..1 + rng.below(4) {
                mutate_bytes(&mut rng, &mut binary, &all_bytes);
            }
            link_of_binary(&binary)
        } else {
            let mut bytes = if rng.chance(10) {
                let b = rng.pick(&seeds).expect("seeds");
                let cut_a = rng.below(a.link.len() + 1);
                let cut_b = rng.below(b.link.len() + 1);
                [&a.link.as_bytes()[..cut_a], &b.link.as_bytes()[cut_b..]].concat()
            } else {
                a.link.clone().into_bytes()
            };
            for _ in 0..1 + rng.below(3) {
                mutate_bytes(&mut rng, &mut bytes, B64);
            }
            String::from_utf8_lossy(&bytes).into_owned()
        };
        match decode_or_report(&payload) {
            Ok(map) => {
                ok += 1;
                // The checksum guards the content: an altered link opens as one of the
                // originals (say, after a harmless change to padding bits) or not at all.
                assert!(
                    inner || seeds.iter().any(|s| s.map == map),
                    "altered link opened with new content: {payload:?}"
                );
            }
            Err(_) => errors += 1,
        }
    }
    eprintln!("share fuzz: {ok} opened, {errors} refused");
    assert!(errors > 0);
}

#[test]
fn a_link_cut_anywhere_is_refused() {
    for seed in seeds() {
        let link = seed.link.as_str();
        assert_eq!(decode_or_report(""), Err(ShareError::Empty));
        for len in 1..link.len() {
            let result = decode_or_report(&link[..len]);
            assert!(
                matches!(result, Err(ShareError::Truncated | ShareError::Damaged)),
                "cut at {len} of {}: {result:?}",
                link.len()
            );
        }
        assert_eq!(decode_or_report(link), Ok(seed.map));
    }
}

#[test]
fn an_inner_binary_cut_anywhere_is_refused() {
    for seed in seeds() {
        for len in 0..seed.binary.len() {
            let result = decode_or_report(&link_of_binary(&seed.binary[..len]));
            assert!(
                matches!(result, Err(ShareError::Truncated | ShareError::Damaged)),
                "binary cut at {len}: {result:?}"
            );
        }
    }
}
