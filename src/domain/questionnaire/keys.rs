//! Keyboard shortcuts for a question's choices.

use super::{Question, DONT_KNOW};

/// The keyboard shortcut of each choice of `q`: its options as shown (see
/// [`Question::shown`]), then "I don't know".
///
/// Choices are numbered 1–9 then 0 in order. A 0–10 scale is the exception: there the digit
/// is the value itself (8 picks "8"), so 10 and "I don't know" are reached with the arrows.
pub fn shortcut_keys(q: &Question) -> Vec<Option<char>> {
    let shown = q.shown();
    let scale = shown
        .iter()
        .enumerate()
        .all(|(i, o)| o.label.en.parse::<usize>() == Ok(i));
    (0..=shown.len())
        .map(|i| {
            if scale {
                shown
                    .get(i)
                    .and_then(|o| o.label.en.parse::<u32>().ok())
                    .and_then(|v| char::from_digit(v, 10))
            } else {
                match i {
                    0..=8 => char::from_digit(i as u32 + 1, 10),
                    9 => Some('0'),
                    _ => None,
                }
            }
        })
        .collect()
}

/// The choice (an option id or [`DONT_KNOW`]) that key `key` picks on `q`, if any.
pub fn choice_for_key(q: &Question, key: char) -> Option<&'static str> {
    let at = shortcut_keys(q).iter().position(|k| *k == Some(key))?;
    Some(q.shown().get(at).map_or(DONT_KNOW, |o| o.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::{all, question};

    #[test]
    fn shortcut_keys_number_choices_and_use_values_on_a_scale() {
        let q = question("recommend").unwrap();
        assert_eq!(choice_for_key(q, '8'), Some("recommend.8"));
        assert_eq!(choice_for_key(q, '0'), Some("recommend.0"));
        assert_eq!(choice_for_key(q, '1'), Some("recommend.1"));
        let keys = shortcut_keys(q);
        assert_eq!(keys.len(), q.options.len() + 1);
        assert_eq!(keys[10], None, "10 has no single key");
        assert_eq!(keys[11], None, "nor has I don't know");
        // Other questions: 1–9 then 0 in order, then I don't know if a key is left.
        let q = question("pays").unwrap();
        let keys = shortcut_keys(q);
        assert_eq!(keys[0], Some('1'));
        assert_eq!(choice_for_key(q, '1'), Some(q.options[0].id));
        assert_eq!(choice_for_key(q, '2'), Some(q.options[1].id));
        let dk_key = char::from_digit(q.options.len() as u32 + 1, 10).unwrap();
        assert_eq!(choice_for_key(q, dk_key), Some(DONT_KNOW));
        assert_eq!(choice_for_key(q, 'x'), None);
        // Every key picks one choice at most, on every question.
        for q in all() {
            let keys: Vec<char> = shortcut_keys(q).into_iter().flatten().collect();
            let mut unique = keys.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), keys.len(), "{}", q.id);
        }
    }
}
