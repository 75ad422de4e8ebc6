//! Bilingual static text: every product string in the domain carries Spanish and English.

use serde::{Deserialize, Serialize};

/// Interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Es,
    #[default]
    En,
}

impl Lang {
    /// BCP 47 tag, for `<html lang>` and number/date formatting.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// Picks the language from a browser tag such as `es-MX` or `en-GB`; anything else is English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }
}

/// A string in both languages. Constructing one requires both, so a missing translation cannot compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub es: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(es: &'static str, en: &'static str) -> Text {
        Text { es, en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Es => self.es,
            Lang::En => self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_the_language() {
        assert_eq!(Lang::from_tag("es-MX"), Lang::Es);
        assert_eq!(Lang::from_tag("ES"), Lang::Es);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
    }

    #[test]
    fn text_returns_the_requested_language() {
        let t = Text::new("hola", "hello");
        assert_eq!(t.get(Lang::Es), "hola");
        assert_eq!(t.get(Lang::En), "hello");
    }
}
