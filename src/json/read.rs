//! Reading JSON text into a [`Json`] tree.

use std::fmt;

use super::Json;

/// Why text is not JSON, and where (1-based line and column, in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub problem: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.problem, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

/// Deepest nesting accepted, so hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 128;

/// Parses one JSON document (RFC 8259); surrounding whitespace is allowed, anything else
/// after the value is not.
pub fn parse(text: &str) -> Result<Json, ParseError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let value = p.value()?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.fail("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn fail(&self, problem: &'static str) -> ParseError {
        let mut end = self.pos.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let upto = &self.text[..end];
        let line = upto.matches('\n').count() + 1;
        let column = upto.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        ParseError {
            problem,
            line,
            column,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn eat(&mut self, word: &str, value: Json) -> Result<Json, ParseError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.fail("expected a value"))
        }
    }

    fn value(&mut self) -> Result<Json, ParseError> {
        self.skip_ws();
        match self.peek() {
            None => Err(self.fail("unexpected end of text")),
            Some(b'{') => self.nested(Parser::object),
            Some(b'[') => self.nested(Parser::array),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.eat("true", Json::Bool(true)),
            Some(b'f') => self.eat("false", Json::Bool(false)),
            Some(b'n') => self.eat("null", Json::Null),
            Some(_) => Err(self.fail("expected a value")),
        }
    }

    fn nested(
        &mut self,
        inner: fn(&mut Self) -> Result<Json, ParseError>,
    ) -> Result<Json, ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail("nested too deeply"));
        }
        self.pos += 1;
        let value = inner(self);
        self.depth -= 1;
        value
    }

    /// After `[`.
    fn array(&mut self) -> Result<Json, ParseError> {
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Arr(items));
                }
                None => return Err(self.fail("unexpected end of text in a list")),
                Some(_) => return Err(self.fail("expected ',' or ']'")),
            }
        }
    }

    /// After `{`.
    fn object(&mut self) -> Result<Json, ParseError> {
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Obj(members));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.fail("unexpected end of text in an object")),
                Some(_) => return Err(self.fail("expected a key in double quotes")),
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.fail("expected ':'"));
            }
            self.pos += 1;
            members.push((key, self.value()?));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Obj(members));
                }
                None => return Err(self.fail("unexpected end of text in an object")),
                Some(_) => return Err(self.fail("expected ',' or '}'")),
            }
        }
    }

    /// At the opening quote.
    fn string(&mut self) -> Result<String, ParseError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Stops only at ASCII bytes, so both ends are character boundaries.
            out.push_str(&self.text[start..self.pos]);
            match self.peek() {
                None => return Err(self.fail("unexpected end of text in a string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        _ => return Err(self.fail("invalid escape in a string")),
                    };
                    self.pos += 1;
                    out.push(c);
                }
                Some(_) => return Err(self.fail("control character in a string")),
            }
        }
    }

    /// After `\u`: one code point, joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.pos..].starts_with(b"\\u") {
                return Err(self.fail("lone surrogate in a string"));
            }
            self.pos += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.fail("lone surrogate in a string"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.fail("lone surrogate in a string"))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.fail("invalid \\u escape in a string"))?;
            n = n * 16 + digit;
            self.pos += 1;
        }
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json, ParseError> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        let int_digits = self.digits();
        if int_digits == 0 || (int_digits > 1 && self.bytes[int_start] == b'0') {
            return Err(self.fail("invalid number"));
        }
        let mut whole = !negative;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.fail("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            whole = false;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.fail("invalid number"));
            }
        }
        let text = &self.text[start..self.pos];
        if whole {
            if let Ok(n) = text.parse::<u64>() {
                return Ok(Json::UInt(n));
            }
        }
        match decimal(text) {
            Some(n) if n.is_finite() => Ok(Json::Num(n)),
            _ => Err(self.fail("number out of range")),
        }
    }
}

/// The value of a number already checked against the JSON grammar, without the standard
/// library's float parser (with its tables, about 13 kB of compressed wasm). When the digits
/// make a whole number below 2^53 and the power of ten that applies to them is at most 22
/// either way (every number Órbita writes, such as `1767225600000.0`), the result is exact:
/// both are exact `f64`s and one division or product rounds correctly (Clinger's fast path).
/// Beyond that it is within a few units in the last place, which no field of Órbita's
/// formats can notice.
fn decimal(text: &str) -> Option<f64> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (number, exp) = match text.find(['e', 'E']) {
        // Saturated: an exponent too long for an i32 is out of range (or zero) anyway.
        Some(i) => (
            &text[..i],
            text[i + 1..].parse::<i32>().unwrap_or_else(|_| {
                if text[i + 1..].starts_with('-') {
                    i32::MIN / 2
                } else {
                    i32::MAX / 2
                }
            }),
        ),
        None => (text, 0),
    };
    let (int, frac) = number.split_once('.').unwrap_or((number, ""));
    let mut mantissa = 0u64;
    let mut scale = exp;
    let mut exact = true;
    for (i, b) in int.bytes().chain(frac.bytes()).enumerate() {
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            if i >= int.len() {
                scale -= 1;
            }
        } else {
            exact = false;
            if i < int.len() {
                scale += 1;
            }
        }
    }
    if mantissa == 0 {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    let m = mantissa as f64;
    let value = if exact && mantissa < (1 << 53) && (-22..=22).contains(&scale) {
        let p = 10f64.powi(scale.abs());
        if scale < 0 {
            m / p
        } else {
            m * p
        }
    } else {
        // Split the power so neither factor overflows before the product would.
        let half = scale / 2;
        m * 10f64.powi(half) * 10f64.powi(scale - half)
    };
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(
            r#" {"a": [1, -2, 3.5, 1e3, true, false, null, "x\n\u00e9\ud83d\ude00"], "b": {}} "#,
        )
        .unwrap();
        assert_eq!(
            v,
            Json::Obj(vec![
                (
                    "a".into(),
                    Json::Arr(vec![
                        Json::UInt(1),
                        Json::Num(-2.0),
                        Json::Num(3.5),
                        Json::Num(1000.0),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null,
                        Json::Str("x\né😀".into()),
                    ])
                ),
                ("b".into(), Json::Obj(vec![])),
            ])
        );
        assert_eq!(parse("18446744073709551615"), Ok(Json::UInt(u64::MAX)));
        assert_eq!(
            parse("18446744073709551616"),
            Ok(Json::Num(18446744073709551616.0))
        );
    }

    #[test]
    fn refuses_what_is_not_json_and_says_where() {
        for (text, problem, line, column) in [
            ("", "unexpected end of text", 1, 1),
            ("{\"v\":2,", "unexpected end of text in an object", 1, 8),
            ("{'v':2}", "expected a key in double quotes", 1, 2),
            ("[1,\n 2,\n x]", "expected a value", 3, 2),
            ("\u{feff}{}", "expected a value", 1, 1),
            ("[1] 2", "trailing characters", 1, 5),
            ("01", "invalid number", 1, 3),
            ("1.", "invalid number", 1, 3),
            ("-", "invalid number", 1, 2),
            ("\"a\u{1}\"", "control character in a string", 1, 3),
            ("\"\\x\"", "invalid escape in a string", 1, 3),
            ("\"\\ud800\"", "lone surrogate in a string", 1, 8),
            ("\"ñ", "unexpected end of text in a string", 1, 3),
            ("tru", "expected a value", 1, 1),
        ] {
            assert_eq!(
                parse(text),
                Err(ParseError {
                    problem,
                    line,
                    column
                }),
                "{text:?}"
            );
        }
        assert_eq!(
            parse("[1,").unwrap_err().to_string(),
            "unexpected end of text at line 1 column 4"
        );
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().problem, "nested too deeply");
    }
}
