//! `Black` and `White` written capitalised of people (`Black voters`,
//! `Black Americans`), which the model types as places, organisations or
//! surnames. CoNLL's MISC takes adjectives derived from names (`Kurdish`,
//! `Jewish`, `Asian`); a colour is derived from none, so it is no name:
//! before a noun for people it is dropped, and before a nationality
//! (`Black Americans`, `Black British`) only the nationality is kept,
//! MISC. A surname stays (`Jack Black` … `Black said`), and so do the
//! names the colour begins (`Black Sea`, `White House`).

use super::consistency::Mention;
use super::{gazetteer, Surroundings};
use crate::annotations::EntityType::Misc;
use crate::text::Span;

/// The colours written capitalised of people.
const COLOURS: &[&str] = &["Black", "White"];

/// Lower-case nouns for people (or their groups) that a colour describes
/// (`Black voters`); a verb after it is said by a surname (`Black said`).
const PEOPLE_NOUNS: &[&str] = &[
    "adults",
    "athletes",
    "candidates",
    "children",
    "communities",
    "community",
    "families",
    "households",
    "men",
    "neighbourhoods",
    "neighborhoods",
    "owners",
    "patients",
    "people",
    "residents",
    "students",
    "voters",
    "women",
    "workers",
    "youth",
];

/// Drops a colour before a noun for people, and cuts it off a nationality
/// (see the module comment); says whether a mention was dropped.
pub fn drop_colours(around: &Surroundings, mentions: &mut Vec<Mention>) -> bool {
    let text = around.text;
    let is_colour = |m: &Mention| COLOURS.iter().any(|c| m.span.of(text).starts_with(c));
    // Most texts have none.
    if !mentions.iter().any(is_colour) {
        return false;
    }
    let g = gazetteer::get();
    let mut kept = Vec::with_capacity(mentions.len());
    for (m, r) in mentions.iter().zip(&around.ranges) {
        let spelling = m.span.of(text);
        let first = around.word(r.start).unwrap_or_default();
        if !COLOURS.contains(&first) || around.is_name_part(spelling, r) {
            kept.push(m.clone());
        } else if r.len() == 1 {
            if !around.word_in(r.end, PEOPLE_NOUNS) {
                kept.push(m.clone());
            }
        } else if r.len() == 2
            && g.lookup(around.word(r.start + 1).unwrap_or_default()) == Some(Misc)
        {
            let span = Span::new(around.tokens[r.start + 1].span.start, m.span.end);
            kept.push(Mention { span, kind: Misc });
        } else {
            kept.push(m.clone());
        }
    }
    let dropped = kept.len() < mentions.len();
    *mentions = kept;
    dropped
}
