//! Per-browser preferences, kept apart from the maps: `{"lang":"es","theme":"dark"}`, where
//! `lang` is `null` until the user picks one. Preferences are a convenience: any value that
//! cannot be read is its default, and the rest still count.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::domain::Lang;

/// Colour theme choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Prefs {
    #[serde(default, deserialize_with = "or_default")]
    pub lang: Option<Lang>,
    #[serde(default, deserialize_with = "or_default")]
    pub theme: Theme,
}

impl Prefs {
    /// What `raw` holds, or the defaults where it cannot be read.
    pub fn from_json(raw: &str) -> Prefs {
        serde_json::from_str(raw).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("preferences always serialize")
    }
}

/// The value if it reads as a `T`, else `T`'s default.
fn or_default<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(
    d: D,
) -> Result<T, D::Error> {
    let value = Value::deserialize(d)?;
    Ok(T::deserialize(value).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefs_read_what_they_write_and_what_earlier_builds_wrote() {
        let none = Prefs::default();
        assert_eq!(none.to_json(), r#"{"lang":null,"theme":"system"}"#);
        assert_eq!(Prefs::from_json(&none.to_json()), none);
        let chosen = Prefs {
            lang: Some(Lang::Es),
            theme: Theme::Dark,
        };
        assert_eq!(Prefs::from_json(&chosen.to_json()), chosen);
        assert_eq!(
            Prefs::from_json(r#"{"lang":"en","theme":"light"}"#),
            Prefs {
                lang: Some(Lang::En),
                theme: Theme::Light
            }
        );
    }

    #[test]
    fn unreadable_prefs_are_the_defaults() {
        for raw in [
            "",
            "nope",
            "[]",
            r#"{"lang":"fr","theme":"neon"}"#,
            r#"{"lang":5}"#,
        ] {
            assert_eq!(Prefs::from_json(raw), Prefs::default(), "{raw}");
        }
        // One good value survives a bad neighbour.
        assert_eq!(
            Prefs::from_json(r#"{"lang":"es","theme":7}"#).lang,
            Some(Lang::Es)
        );
    }
}
