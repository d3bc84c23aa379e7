//! Shops and brands named in the possessive (`Sainsbury's`, `Domino's`,
//! `Nando's`): the model reads the word before `'s` as a surname (or a
//! company) and leaves the `'s` out. CoNLL tags such names whole, with the
//! `'s`, as organisations (`Lloyd 's`, `Moody 's`, `Boatmen 's`).
//!
//! A possessive is followed by what is owned; when a verb follows it
//! instead (`Sainsbury's said`) or it ends a phrase after a shop's word
//! (`at Sainsbury's,`, `the pizza chain Domino's.`), the `'s` belongs to
//! the name. Then every mention of the spelling is the organisation, each
//! taken with the `'s` after it. A lone word of a person's full name
//! stays the person's.

use super::consistency::Mention;
use super::{Set, Surroundings};
use crate::annotations::EntityType::Organization;
use crate::text::Span;
use crate::tokens::TokenKind;
use std::ops::Range;

/// Verbs right after `X's` that make the `'s` the name's own. `has`, `is`,
/// `was` are left out: an owner with its noun left out (`Mrs. Clinton's
/// has not`, PolNeAR train) and diseases (`Crohn's is`, eng.train) take
/// them; `reported` and `plans` are nouns' adjectives or nouns too
/// (`Trump's reported net worth`).
const VERBS: &[&str] = &[
    "announced",
    "confirmed",
    "expects",
    "said",
    "says",
    "warned",
];

/// Words before `X's` that make it a shop when the phrase ends after it
/// (`shoppers at Sainsbury's,`, `the pizza chain Domino's.`).
const SHOP_WORDS: &[&str] = &["at", "brand", "chain", "retailer", "rival", "supermarket"];

/// Punctuation that ends the phrase after `at X's`.
const PHRASE_ENDS: &[&str] = &[",", ".", ";", ":", ")"];

/// Makes the names that own their possessive organisations, with it.
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    let text = around.text;
    let shops: Set<&str> = mentions
        .iter()
        .zip(&around.ranges)
        .filter(|(_, r)| owns_possessive(around, r))
        .map(|(m, _)| m.span.of(text))
        .collect();
    if shops.is_empty() {
        return;
    }
    around.retype_spellings(mentions, Organization, |s, _| shops.contains(s));
    for (m, r) in mentions.iter_mut().zip(&around.ranges) {
        if m.kind == Organization && shops.contains(m.span.of(text)) && is_possessive(around, r.end)
        {
            m.span = Span::new(m.span.start, around.tokens[r.end].span.end);
        }
    }
}

/// Whether the `'s` after the mention over `r` is the name's own (see the
/// module comment).
fn owns_possessive(around: &Surroundings, r: &Range<usize>) -> bool {
    if !is_possessive(around, r.end) {
        return false;
    }
    let after = r.end + 1;
    around.word_in(after, VERBS)
        || (r.start > 0
            && around.word_in(r.start - 1, SHOP_WORDS)
            && around.word(after).is_none_or(|w| PHRASE_ENDS.contains(&w)))
}

fn is_possessive(around: &Surroundings, i: usize) -> bool {
    around
        .tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
}
