//! Throughput of the domain engine: places 1,000 generated stakeholders, N times over
//! (N = first argument, 200 by default), and prints stakeholders per second, then the same
//! with suggestions. Run with `cargo run --release --example placement_throughput [N]`.

use std::hint::black_box;
use std::time::Instant;

use orbita::domain::placement::place;
use orbita::domain::questionnaire::{all, Answers, DONT_KNOW};
use orbita::domain::suggestions::suggest;

const STAKEHOLDERS: usize = 1_000;

/// Small deterministic generator, so every run measures the same answer sets.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Answer sets like real ones: most questions answered, some "don't know", some skipped.
fn stakeholders(n: usize) -> Vec<Answers> {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|_| {
            let mut a = Answers::new();
            for q in all() {
                match rng.below(10) {
                    0 => {}
                    1 => {
                        a.insert(q.id.to_string(), DONT_KNOW.to_string());
                    }
                    _ => {
                        let o = &q.options[rng.below(q.options.len())];
                        a.insert(q.id.to_string(), o.id.to_string());
                    }
                }
            }
            a
        })
        .collect()
}

fn measure(label: &str, loops: usize, set: &[Answers], work: impl Fn(&Answers) -> u64) {
    let start = Instant::now();
    let mut checksum = 0u64;
    for _ in 0..loops {
        for a in set {
            checksum = checksum.wrapping_add(work(black_box(a)));
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = loops * set.len();
    println!(
        "{label}: {n} stakeholders in {secs:.3} s = {:.0} stakeholders/second (checksum {checksum})",
        n as f64 / secs.max(f64::EPSILON)
    );
}

fn main() {
    let loops = std::env::args()
        .nth(1)
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(200);
    let set = stakeholders(STAKEHOLDERS);
    // One untimed pass so the first measurement doesn't pay for cold caches.
    for a in &set {
        black_box(place(a));
    }
    measure("place", loops, &set, |a| {
        place(a).map_or(0, |p| u64::from(p.axis))
    });
    measure("place + suggest", loops, &set, |a| {
        place(a).map_or(0, |p| suggest(&p, a).len() as u64)
    });
}
