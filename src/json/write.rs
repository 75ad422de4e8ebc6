//! Writing JSON text, byte for byte as serde_json did.

/// Writes JSON as serde_json does: compact, or pretty with two-space indents.
pub struct Writer {
    out: String,
    pretty: bool,
    /// One entry per open container: whether it has no member yet.
    empty: Vec<bool>,
}

impl Writer {
    pub fn new(pretty: bool) -> Writer {
        Writer {
            out: String::new(),
            pretty,
            empty: Vec::new(),
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.empty.len() {
                self.out.push_str("  ");
            }
        }
    }

    /// Before a member or an item: the comma and, when pretty, the line break.
    fn next(&mut self) {
        if let Some(empty) = self.empty.last_mut() {
            if !std::mem::replace(empty, false) {
                self.out.push(',');
            }
            self.newline();
        }
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.empty.push(true);
    }

    fn close(&mut self, bracket: char) {
        if self.empty.pop() == Some(false) {
            self.newline();
        }
        self.out.push(bracket);
    }

    pub fn begin_object(&mut self) {
        self.open('{');
    }

    pub fn end_object(&mut self) {
        self.close('}');
    }

    pub fn begin_array(&mut self) {
        self.open('[');
    }

    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// Starts a member of the open object; its value is written next.
    pub fn key(&mut self, key: &str) {
        self.next();
        quote_into(&mut self.out, key);
        self.out.push(':');
        if self.pretty {
            self.out.push(' ');
        }
    }

    /// Starts an item of the open array; its value is written next.
    pub fn item(&mut self) {
        self.next();
    }

    pub fn str(&mut self, s: &str) {
        quote_into(&mut self.out, s);
    }

    /// A member whose value is a string.
    pub fn str_field(&mut self, key: &str, value: &str) {
        self.key(key);
        self.str(value);
    }

    /// A member whose value is a whole number.
    pub fn uint_field(&mut self, key: &str, value: impl Into<u64>) {
        self.key(key);
        self.uint(value.into());
    }

    /// A member whose value is an array, each item written by `write`.
    pub fn array_field<T>(&mut self, key: &str, items: &[T], mut write: impl FnMut(&mut Self, &T)) {
        self.key(key);
        self.begin_array();
        for item in items {
            self.item();
            write(self, item);
        }
        self.end_array();
    }

    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    pub fn uint(&mut self, n: u64) {
        self.out.push_str(&n.to_string());
    }

    /// A time in milliseconds, as serde_json writes a whole `f64` (`1767225600000.0`).
    /// Fractions of a millisecond are rounded away; a value that is not finite is `null`.
    pub fn millis(&mut self, ms: f64) {
        let ms = ms.round();
        if ms.is_finite() && ms.abs() < 1e15 {
            if ms < 0.0 {
                self.out.push('-');
            }
            self.uint(ms.abs() as u64);
            self.out.push_str(".0");
        } else {
            self.out.push_str("null");
        }
    }
}

/// `s` as a JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, s);
    out
}

fn quote_into(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escaped = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // Only ASCII bytes are escaped, so `start..i` lies on character boundaries.
        out.push_str(&s[start..i]);
        if escaped.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        } else {
            out.push_str(escaped);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{parse, Json};

    #[test]
    fn writes_compact_and_pretty_like_serde_json() {
        for pretty in [false, true] {
            let mut w = Writer::new(pretty);
            w.begin_object();
            w.key("a");
            w.uint(1);
            w.key("list");
            w.begin_array();
            w.item();
            w.str("x\"y\\z\n\u{1}é");
            w.item();
            w.begin_object();
            w.end_object();
            w.end_array();
            w.key("empty");
            w.begin_array();
            w.end_array();
            w.key("t");
            w.millis(1_767_225_600_000.4);
            w.end_object();
            let expected = if pretty {
                "{\n  \"a\": 1,\n  \"list\": [\n    \"x\\\"y\\\\z\\n\\u0001é\",\n    {}\n  ],\n  \"empty\": [],\n  \"t\": 1767225600000.0\n}"
            } else {
                "{\"a\":1,\"list\":[\"x\\\"y\\\\z\\n\\u0001é\",{}],\"empty\":[],\"t\":1767225600000.0}"
            };
            assert_eq!(w.finish(), expected);
        }
        let mut w = Writer::new(false);
        w.millis(f64::NAN);
        assert_eq!(w.finish(), "null");
    }

    #[test]
    fn quoted_text_reads_back_unchanged() {
        let s = "tab\t cr\r bell\u{7} del\u{7f} quote\" slash/ ñ 😀 \u{2028}";
        assert_eq!(parse(&quote(s)), Ok(Json::Str(s.into())));
    }
}
