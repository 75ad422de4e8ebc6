//! The JSON reader and writer against serde_json as an independent oracle: the same documents
//! accepted and read to the same values, strings quoted byte for byte alike, no panic on any
//! input.

// proptest is a native-only dev-dependency: these properties run with `cargo test` on the host.
#![cfg(not(target_arch = "wasm32"))]

use orbita::json::{self, Json};
use proptest::prelude::*;
use serde_json::Value;

/// Our tree as serde_json's, to compare the two readers.
fn to_serde(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::UInt(n) => Value::from(*n),
        Json::Num(n) => serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
        Json::Str(s) => Value::String(s.clone()),
        Json::Arr(items) => Value::Array(items.iter().map(to_serde).collect()),
        // serde_json keeps the last of repeated keys, as `Json::get` does.
        Json::Obj(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), to_serde(v)))
                .collect(),
        ),
    }
}

/// serde_json reads `-3` as an integer, we as a float: compare numbers by value. Past 19
/// significant digits or powers of ten beyond 22 ours is documented as within a few units in
/// the last place (Órbita's formats never go there), so allow that.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            x == y || (x - y).abs() <= 1e-14 * x.abs().max(y.abs())
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e300f64..1e300).prop_map(Value::from),
        ".*".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec(("[a-z\"\\\\é]{0,6}", inner), 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn documents_serde_json_writes_read_the_same(value in any_value()) {
        for text in [serde_json::to_string(&value).unwrap(), serde_json::to_string_pretty(&value).unwrap()] {
            let ours = json::parse(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
            prop_assert!(same(&to_serde(&ours), &value), "{text}");
        }
    }

    #[test]
    fn numbers_with_a_mantissa_below_2_pow_53_and_a_small_power_of_ten_read_exactly(
        digits in "[1-9][0-9]{0,18}", point in 0usize..20, exp in -22i32..=22
    ) {
        let point = point.min(digits.len());
        let (int, frac) = digits.split_at(point);
        let int = if int.is_empty() { "0" } else { int };
        let text = if frac.is_empty() { format!("{int}e{exp}") } else { format!("{int}.{frac}e{exp}") };
        let expected: f64 = text.parse().unwrap();
        let mantissa: u64 = digits.parse().unwrap();
        prop_assume!(mantissa < (1 << 53));
        // The power of ten that applies to the whole digits, as the docs count it.
        prop_assume!((-22..=22).contains(&(exp - frac.len() as i32)));
        match json::parse(&text) {
            Ok(Json::Num(n)) => prop_assert_eq!(n, expected, "{}", text),
            other => prop_assert!(false, "{}: {:?}", text, other),
        }
    }

    #[test]
    fn strings_are_quoted_as_serde_json_quotes_them(s in ".*") {
        prop_assert_eq!(json::quote(&s), serde_json::to_string(&s).unwrap());
    }

    #[test]
    fn near_json_is_accepted_exactly_when_serde_json_accepts_it(
        text in r#"[\[\]{}",:0-9.eE+\- \ntfalsnu\\/bx\u{e9}]{0,24}"#
    ) {
        let ours = json::parse(&text);
        let theirs = serde_json::from_str::<Value>(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?} vs {:?}", text, ours, theirs);
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            prop_assert!(same(&to_serde(&ours), &theirs), "{:?}", text);
        }
    }

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,64}") {
        let _ = json::parse(&text);
    }
}
