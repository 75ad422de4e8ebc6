//! Keyboard shortcuts for a question's choices: every choice has one.

use super::{Question, DONT_KNOW};

/// The key that picks "I don't know" on every question.
pub const DONT_KNOW_KEY: char = 'd';

/// Keys after the digits, in order, for choices beyond the tenth ('d' is "I don't know").
const LETTERS: &str = "abcefghijklmnopqrstuvwxyz";

/// Whether `q` is a 0–10 scale: its options, as shown, are the numbers 0, 1, 2…
pub fn is_scale(q: &Question) -> bool {
    let shown = q.shown();
    shown.len() > 2
        && shown
            .iter()
            .enumerate()
            .all(|(i, o)| o.label.en.parse::<usize>() == Ok(i))
}

/// The keyboard shortcut of each choice of `q`: its options as shown (see
/// [`Question::shown`]), then "I don't know" ([`DONT_KNOW_KEY`]). Every choice has one.
///
/// Choices are numbered 1–9, then 0 for the tenth, then letters. On a 0–10 scale the digit is
/// the value itself (8 picks "8"), and 10, the one value without a digit, takes the first letter.
pub fn shortcut_keys(q: &Question) -> Vec<char> {
    let shown = q.shown().len();
    let mut letters = LETTERS.chars();
    let mut keys: Vec<char> = if is_scale(q) {
        (0..shown)
            .map(|i| match char::from_digit(i as u32, 10) {
                Some(d) => d,
                None => letters.next().unwrap_or('?'),
            })
            .collect()
    } else {
        (0..shown)
            .map(|i| match i {
                0..=8 => char::from_digit(i as u32 + 1, 10).unwrap_or('?'),
                9 => '0',
                _ => letters.next().unwrap_or('?'),
            })
            .collect()
    };
    keys.push(DONT_KNOW_KEY);
    keys
}

/// The choice (an option id or [`DONT_KNOW`]) that key `key` picks on `q`, if any. Letters
/// are read without regard to case.
pub fn choice_for_key(q: &Question, key: char) -> Option<&'static str> {
    let key = key.to_ascii_lowercase();
    let at = shortcut_keys(q).iter().position(|k| *k == key)?;
    Some(q.shown().get(at).map_or(DONT_KNOW, |o| o.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::{all, question};

    #[test]
    fn on_the_scale_digits_are_values_and_ten_and_dont_know_have_letters() {
        let q = question("recommend").unwrap();
        assert!(is_scale(q));
        assert_eq!(choice_for_key(q, '8'), Some("recommend.8"));
        assert_eq!(choice_for_key(q, '0'), Some("recommend.0"));
        assert_eq!(choice_for_key(q, '1'), Some("recommend.1"));
        assert_eq!(choice_for_key(q, 'a'), Some("recommend.10"));
        assert_eq!(choice_for_key(q, 'A'), Some("recommend.10"));
        assert_eq!(choice_for_key(q, 'd'), Some(DONT_KNOW));
        let keys = shortcut_keys(q);
        assert_eq!(keys.len(), q.options.len() + 1);
    }

    #[test]
    fn other_questions_number_their_choices_in_order() {
        let q = question("pays").unwrap();
        assert!(!is_scale(q));
        let keys = shortcut_keys(q);
        assert_eq!(keys[0], '1');
        assert_eq!(choice_for_key(q, '1'), Some(q.shown()[0].id));
        assert_eq!(choice_for_key(q, '2'), Some(q.shown()[1].id));
        assert_eq!(choice_for_key(q, 'd'), Some(DONT_KNOW));
        assert_eq!(choice_for_key(q, 'x'), None);
    }

    #[test]
    fn every_choice_of_every_question_has_its_own_key() {
        for q in all() {
            let keys = shortcut_keys(q);
            assert_eq!(keys.len(), q.shown().len() + 1, "{}", q.id);
            let mut unique = keys.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(
                unique.len(),
                keys.len(),
                "{}: a key picks two choices",
                q.id
            );
            assert!(!keys.contains(&'?'), "{}: a choice without a key", q.id);
            // Each key picks back the very choice it is shown next to.
            let shown = q.shown();
            for (i, k) in keys.iter().enumerate() {
                let want = shown.get(i).map_or(DONT_KNOW, |o| o.id);
                assert_eq!(choice_for_key(q, *k), Some(want), "{}: key {k}", q.id);
            }
        }
    }

    #[test]
    fn a_long_question_goes_on_from_zero_to_letters() {
        use crate::domain::questionnaire::questions::opt;
        use crate::domain::questionnaire::Section;
        use crate::domain::text::Text;
        static MANY: [crate::domain::questionnaire::Opt; 12] = [
            opt("m.1", "", "", 0),
            opt("m.2", "", "", 0),
            opt("m.3", "", "", 0),
            opt("m.4", "", "", 0),
            opt("m.5", "", "", 0),
            opt("m.6", "", "", 0),
            opt("m.7", "", "", 0),
            opt("m.8", "", "", 0),
            opt("m.9", "", "", 0),
            opt("m.10", "", "", 0),
            opt("m.11", "", "", 0),
            opt("m.12", "", "", 0),
        ];
        let blank = Text::new("", "");
        let q = Question::new("many", Section::External, blank, blank, blank, &MANY);
        let keys: String = shortcut_keys(&q).into_iter().collect();
        assert_eq!(keys, "1234567890abd");
        assert_eq!(choice_for_key(&q, 'b'), Some("m.12"));
    }
}
