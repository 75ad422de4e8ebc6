//! Prints a storage envelope holding one generated sample map, for benchmarks and manual tests:
//! `cargo run --example gen_map -- 1000 [seed] > map.json`.

use orbita::codec::encode_workspace;
use orbita::domain::sample::generate_map;
use orbita::domain::workspace::Workspace;

fn main() {
    let mut args = std::env::args().skip(1);
    let parse = |arg: Option<String>, default: u64, what: &str| -> u64 {
        match arg {
            None => default,
            Some(text) => text.parse().unwrap_or_else(|_| {
                eprintln!("usage: gen_map [stakeholders] [seed]  ({what} must be a whole number)");
                std::process::exit(2)
            }),
        }
    };
    let n = parse(args.next(), 1_000, "stakeholders");
    let seed = parse(args.next(), 1, "seed");
    let map = generate_map(usize::try_from(n).unwrap_or(usize::MAX), seed);
    let ws = Workspace {
        last_opened: map.id.clone(),
        maps: vec![map],
    };
    println!("{}", encode_workspace(&ws));
}
