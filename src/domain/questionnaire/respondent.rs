//! The questionnaire as the stakeholder answers it about themselves, for an invite: the same
//! questions and option ids as the manager's (so both views compare answer by answer), in
//! words written to the person ("How often do you work with our staff?"), in both languages.
//! The business is named as "us"; Spanish uses "tú".

use super::Text;

/// One question in the respondent's words.
#[derive(Debug)]
pub struct Asked {
    /// The manager's question id.
    pub id: &'static str,
    pub prompt: Text,
    pub help: Text,
    /// `(option id, label)` for every option of the question, in any order.
    pub options: &'static [(&'static str, Text)],
}

/// The respondent's words for question `id`, if it is asked of respondents.
pub fn asked(id: &str) -> Option<&'static Asked> {
    ASKED.iter().find(|a| a.id == id)
}

const fn t(es: &'static str, en: &'static str) -> Text {
    Text::new(es, en)
}

static ASKED: &[Asked] = &[Asked {
    id: "pays",
    prompt: t(
        "¿Quién le paga a quién entre tú y nosotros?",
        "Between you and us, who pays whom?",
    ),
    help: t(
        "Elige lo que mejor describa vuestra relación de dinero, aunque no sea exacto.",
        "Pick what best describes the money between us, even if it isn't exact.",
    ),
    options: &[
        (
            "pays.they_pay",
            t(
                "Tú nos pagas por lo que te vendemos",
                "You pay us for what we sell you",
            ),
        ),
        (
            "pays.both",
            t(
                "Las dos cosas: te pagamos y además nos compras",
                "Both: we pay you, and you also buy from us",
            ),
        ),
        (
            "pays.through",
            t(
                "Pagamos a la empresa o plataforma con la que trabajas, no a ti",
                "We pay the firm or platform you work for, not you",
            ),
        ),
        (
            "pays.we_pay",
            t(
                "Te pagamos nosotros: sueldo, honorarios o facturas",
                "We pay you: wages, fees or invoices",
            ),
        ),
        (
            "pays.profit_share",
            t(
                "Compartes los beneficios del negocio (socio o accionista)",
                "You share in our profits (partner or shareholder)",
            ),
        ),
    ],
}];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::all;

    #[test]
    fn every_live_question_is_asked_in_the_respondents_words_with_every_option() {
        for q in all().iter().filter(|q| !q.retired) {
            let a = asked(q.id).unwrap_or_else(|| panic!("{} has no respondent's words", q.id));
            for o in q.options {
                assert!(
                    a.options.iter().any(|(id, _)| *id == o.id),
                    "{}: {} has no respondent's words",
                    q.id,
                    o.id
                );
            }
            assert_eq!(
                a.options.len(),
                q.options.len(),
                "{}: unknown options",
                q.id
            );
            for text in [a.prompt, a.help]
                .iter()
                .chain(a.options.iter().map(|(_, t)| t))
            {
                assert!(
                    !text.es.trim().is_empty() && !text.en.trim().is_empty(),
                    "{}",
                    q.id
                );
            }
        }
    }
}
