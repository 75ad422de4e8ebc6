//! "You think / they say" as markup: both views side by side (position on one shared axis,
//! side, types, health), then every question's two answers, biggest gap first, in plain words.
//! A group below the threshold shows only how many replied and why nothing more. Static for a
//! comparison and a language, so one string rather than a view tree.

use std::fmt::Write;

use crate::components::classes::side_class;
use crate::components::markup::{bdi, esc, push_chip, push_health};
use crate::domain::hearing::{Comparison, Gap, Voice};
use crate::domain::invites::GROUP_MIN;
use crate::domain::model::{EXTERNAL_MAX, INTERNAL_MIN};
use crate::domain::placement::Placement;
use crate::domain::Lang;
use crate::i18n::{fill, one_or_many, K};

/// From this gap (0–100) on, two answers are "far apart".
pub const FAR: u8 = 50;
/// From this gap on, "apart"; below it (and above 0), "close".
pub const SOME: u8 = 25;

/// How big a gap is, in a word and a CSS modifier.
pub fn gap_size(gap: Option<u8>) -> (K, &'static str) {
    match gap {
        None => (K::HearGapNone, "none"),
        Some(0) => (K::HearGapSame, "same"),
        Some(g) if g >= FAR => (K::HearGapFar, "far"),
        Some(g) if g >= SOME => (K::HearGapSome, "some"),
        Some(_) => (K::HearGapNear, "near"),
    }
}

/// "Kitchen team · 5 replies" (the name isolated).
fn push_group_who(out: &mut String, name: &str, replies: usize, lang: Lang) {
    let key = one_or_many(replies, K::HearGroupWhoOne, K::HearGroupWho);
    let text = fill(key.get(lang), &[("n", &replies.to_string())]);
    let (before, after) = text.split_once("{name}").unwrap_or(("", &text));
    let _ = write!(
        out,
        "<p class=\"hearing__who\" data-testid=\"hearing-who\">{}{}{}</p>",
        esc(before),
        bdi(name),
        esc(after)
    );
}

/// One shared axis with both markers: the manager's filled, theirs a ring, joined by a dashed line.
fn push_axes(out: &mut String, mine: Option<u8>, theirs: Option<u8>, group: bool, lang: Lang) {
    let (ext, int) = (EXTERNAL_MAX, INTERNAL_MIN);
    let who = if group { K::HearGroup } else { K::HearThem };
    let n = |a: Option<u8>| a.map_or_else(|| "—".to_string(), |a| a.to_string());
    let label = fill(
        K::HearAxisBoth.get(lang),
        &[
            ("mine", &n(mine)),
            ("theirs", &n(theirs)),
            ("who", who.get(lang)),
        ],
    );
    let _ = write!(
        out,
        "<figure class=\"hearing__axis\"><svg class=\"axis__svg\" viewBox=\"-3 0 106 14\" role=\"img\" aria-label=\"{}\">\
         <rect class=\"axis__zone axis__zone--external\" x=\"0\" y=\"5\" width=\"{ext}\" height=\"4\"></rect>\
         <rect class=\"axis__zone axis__zone--middle\" x=\"{ext}\" y=\"5\" width=\"{}\" height=\"4\"></rect>\
         <rect class=\"axis__zone axis__zone--internal\" x=\"{int}\" y=\"5\" width=\"{}\" height=\"4\"></rect>",
        esc(&label),
        int - ext,
        100 - int,
    );
    if let (Some(m), Some(t)) = (mine, theirs) {
        let _ = write!(
            out,
            "<line class=\"hearing__link\" x1=\"{}\" x2=\"{}\" y1=\"7\" y2=\"7\"></line>",
            m.min(100),
            t.min(100)
        );
    }
    if let Some(m) = mine {
        let _ = write!(
            out,
            "<circle class=\"hearing__mine\" data-testid=\"hearing-mine-marker\" cx=\"{}\" cy=\"7\" r=\"2.6\"></circle>",
            m.min(100)
        );
    }
    if let Some(t) = theirs {
        let _ = write!(
            out,
            "<circle class=\"hearing__theirs\" data-testid=\"hearing-theirs-marker\" cx=\"{}\" cy=\"7\" r=\"2.4\"></circle>",
            t.min(100)
        );
    }
    let _ = write!(
        out,
        "</svg><figcaption class=\"axis__caption\"><span>← {}</span><span>{} →</span></figcaption></figure>",
        esc(K::AxisOutside.get(lang)),
        esc(K::AxisInside.get(lang)),
    );
}

/// One side's view: position, side, types and health.
fn push_view(out: &mut String, title: K, testid: &str, p: Option<&Placement>, lang: Lang) {
    let _ = write!(
        out,
        "<section class=\"hearing__view hearing__view--{testid}\" data-testid=\"hearing-{testid}\">\
         <h3 class=\"hearing__view-title\"><span class=\"hearing__key hearing__key--{testid}\" aria-hidden=\"true\"></span>{}</h3>",
        esc(title.get(lang))
    );
    let Some(p) = p else {
        let _ = write!(
            out,
            "<p class=\"muted\">{}</p></section>",
            esc(K::HearNotPlaced.get(lang))
        );
        return;
    };
    let side = side_class(p.side);
    let _ = write!(
        out,
        "<dl class=\"hearing__facts\"><div><dt>{}</dt><dd data-testid=\"hearing-axis\">{} / 100</dd></div>\
         <div><dt>{}</dt><dd><span class=\"side-tag side-tag--{side}\" data-side=\"{side}\">{}</span></dd></div>\
         <div><dt>{}</dt><dd>",
        esc(K::HearPosition.get(lang)),
        p.axis,
        esc(K::SideLabel.get(lang)),
        esc(p.side.label().get(lang)),
        esc(K::TypeLabel.get(lang)),
    );
    if p.types.is_empty() {
        let _ = write!(
            out,
            "<span class=\"muted\">{}</span>",
            esc(K::NoType.get(lang))
        );
    }
    for t in &p.types {
        push_chip(out, *t, lang);
    }
    let _ = write!(
        out,
        "</dd></div><div><dt>{}</dt><dd>",
        esc(K::ColHealth.get(lang))
    );
    push_health(out, p.health, lang);
    out.push_str("</dd></div></dl></section>");
}

fn push_gap(out: &mut String, g: &Gap, group: bool, lang: Lang) {
    let (word, class) = gap_size(g.gap);
    let _ = write!(
        out,
        "<li class=\"gap gap--{class}\" data-testid=\"gap\" data-question=\"{}\" data-gap=\"{}\">\
         <span class=\"gap__size\">{}</span><span class=\"gap__words\">{}</span></li>",
        g.question.id,
        g.gap.map_or_else(String::new, |n| n.to_string()),
        esc(word.get(lang)),
        esc(&g.words(lang, group)),
    );
}

/// The panel's content for a stakeholder called `name` who said `voice`, compared as `c`
/// (`None` only while a group is below [`GROUP_MIN`]).
pub fn hearing_markup(name: &str, voice: &Voice, c: Option<&Comparison>, lang: Lang) -> String {
    let mut out = String::with_capacity(4096);
    if voice.group {
        push_group_who(&mut out, name, voice.replies, lang);
    }
    let Some(c) = c.filter(|_| voice.shown()) else {
        let key = one_or_many(voice.replies, K::HearPendingOne, K::HearPending);
        let _ = write!(
            out,
            "<p class=\"notice\" data-testid=\"hearing-pending\">{}</p>",
            esc(&fill(
                key.get(lang),
                &[
                    ("n", &voice.replies.to_string()),
                    ("min", &GROUP_MIN.to_string())
                ]
            ))
        );
        return out;
    };
    let intro = if voice.group {
        K::HearIntroGroup
    } else {
        K::HearIntro
    };
    let _ = write!(
        out,
        "<p class=\"muted hearing__intro\">{}</p>",
        esc(intro.get(lang))
    );
    if voice.unread > 0 {
        let key = one_or_many(voice.unread as usize, K::HearNewerOne, K::HearNewer);
        let _ = write!(
            out,
            "<p class=\"notice notice--warn\" data-testid=\"hearing-newer\">{}</p>",
            esc(&fill(key.get(lang), &[("n", &voice.unread.to_string())]))
        );
    }
    push_axes(
        &mut out,
        c.mine.as_ref().map(|p| p.axis),
        c.theirs.as_ref().map(|p| p.axis),
        voice.group,
        lang,
    );
    let theirs = if voice.group {
        K::HearGroupSays
    } else {
        K::HearTheySay
    };
    out.push_str("<div class=\"hearing__views\">");
    push_view(&mut out, K::HearYouThink, "mine", c.mine.as_ref(), lang);
    push_view(&mut out, theirs, "theirs", c.theirs.as_ref(), lang);
    let _ = write!(
        out,
        "</div><h3 class=\"section-title\">{}</h3>",
        esc(K::HearGaps.get(lang))
    );
    if c.biggest().is_none() {
        let _ = write!(
            out,
            "<p class=\"muted\" data-testid=\"hearing-agree\">{}</p>",
            esc(K::HearGapsNone.get(lang))
        );
    }
    out.push_str("<ol class=\"gaps\" data-testid=\"hearing-gaps\">");
    for g in &c.gaps {
        push_gap(&mut out, g, voice.group, lang);
    }
    out.push_str("</ol>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::hearing::compare;
    use crate::domain::questionnaire::answers_from;

    fn person() -> Voice {
        Voice {
            group: false,
            replies: 1,
            answers: None,
            unread: 0,
        }
    }

    #[test]
    fn both_views_then_the_gaps_biggest_first() {
        let c = compare(
            &answers_from(&[
                ("info", "info.public"),
                ("contact", "contact.yearly"),
                ("pays", "pays.they_pay"),
            ]),
            &answers_from(&[
                ("info", "info.team"),
                ("contact", "contact.monthly"),
                ("pays", "pays.they_pay"),
            ]),
        );
        let v = Voice {
            answers: Some(Default::default()),
            ..person()
        };
        let m = hearing_markup("Ana", &v, Some(&c), Lang::En);
        assert!(
            m.contains("data-testid=\"hearing-mine\"")
                && m.contains("data-testid=\"hearing-theirs\"")
        );
        assert!(m.contains(">You think<") && m.contains(">They say<"));
        let at = |q: &str| m.find(&format!("data-question=\"{q}\"")).unwrap();
        assert!(at("info") < at("contact") && at("contact") < at("pays"));
        assert!(m.contains("data-gap=\"80\"") && m.contains(">Far apart<"));
        assert!(m.contains("data-gap=\"30\"") && m.contains(">Apart<"));
        assert!(m.contains(">Same<"));
        assert!(!m.contains("hearing-who"), "a person has no group line");
        assert!(!m.contains("hearing-newer"));
        let es = hearing_markup("Ana", &v, Some(&c), Lang::Es);
        assert!(es.contains(">Tú crees<") && es.contains("para ti, «"));
    }

    #[test]
    fn a_small_group_shows_only_how_many_replied() {
        let v = Voice {
            group: true,
            replies: 2,
            answers: None,
            unread: 0,
        };
        let c = compare(
            &answers_from(&[("info", "info.public")]),
            &answers_from(&[("info", "info.team")]),
        );
        let m = hearing_markup("Kitchen <team>", &v, Some(&c), Lang::En);
        assert!(m.contains("<bdi>Kitchen &lt;team&gt;</bdi> · 2 replies"));
        assert!(m.contains(
            "2 replies so far — the group&#39;s view shows from 3, so no one can be singled out."
        ));
        assert!(!m.contains("data-testid=\"gap\""), "nothing of the group");
        assert!(!m.contains("hearing-theirs"));
        let shown = Voice {
            replies: 5,
            answers: Some(Default::default()),
            unread: 2,
            ..v
        };
        let m = hearing_markup("Kitchen team", &shown, Some(&c), Lang::En);
        assert!(m.contains("Kitchen team</bdi> · 5 replies"));
        assert!(m.contains(">The group says<"));
        assert!(m.contains("most of them say “"));
        assert!(m.contains(
            "Answered with a newer version of Órbita: 2 answers could not be read here."
        ));
    }
}
