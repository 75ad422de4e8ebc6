//! Fresh ids for maps: time plus randomness, so two tabs or two devices never make the same.

/// A fresh id for a map, such as `mlx3k2a9f1q`.
pub fn new_map_id() -> String {
    let now = js_sys::Date::now() as u64;
    let rnd = (js_sys::Math::random() * 1e9) as u64;
    format!("m{}{}", to_base36(now), to_base36(rnd))
}

fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
