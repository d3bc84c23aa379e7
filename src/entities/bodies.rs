//! Organisations named after the nation they serve (`Historic England`,
//! `Prostate Cancer UK`, `Parkinson's UK`): CoNLL types such a name as an
//! organisation (`Alarm UK`, `Football Association of Ireland` in
//! eng.train), while the model reads the nation's name and types the
//! whole a place, or keeps only the nation (`UK` LOC after an untagged
//! `Prostate Cancer`, `Parkinson` + `UK`).
//!
//! A name typed a place that ends in a nation's name after words that
//! are not a part of the map (`North`, `Northern`, `Greater`) is an
//! organisation; so is a nation's name with capitalised words before it
//! that no place name has, taken whole. Not in a title-case line, where
//! every word is capitalised (`Storms Batter UK`).

use super::consistency::Mention;
use super::gazetteer;
use super::joins::{
    first_and_last, in_title_case, join, overlapping, run_before, token_range, tokens_span,
};
use crate::annotations::EntityType::{Location, Organization, Person};
use crate::tokens::{is_capitalised, Token};
use std::ops::Range;

/// Nations that end organisations' names.
const NATIONS: &[&str] = &["Cymru", "England", "Ireland", "Scotland", "UK", "Wales"];

/// First words of a part of a nation (`North Wales`, `Northern Ireland`,
/// `New England`, `Greater Manchester`): a place, not an organisation.
pub const PARTS_OF_NATIONS: &[&str] = &[
    "Central", "East", "Eastern", "Great", "Greater", "Mid", "Middle", "New", "North", "Northern",
    "Rural", "South", "Southern", "West", "Western",
];

/// Second words after a nation that make a place or a venue of it, not a
/// body (`Wales Stadium`; CoNLL types `National Tennis Centre` LOC).
const PLACE_SECOND_WORDS: &[&str] = &["Centre", "Center", "Hall", "Park", "Square", "Theatre"];

/// Retypes and joins the organisations named after a nation.
pub fn fix(text: &str, tokens: &[Token], sentences: &[Range<usize>], mentions: &mut Vec<Mention>) {
    led_by_nation(text, tokens, sentences, mentions);
    let word = |i: usize| tokens[i].text(text);
    let mut bodies = Vec::new();
    for m in mentions.iter_mut() {
        if m.kind != Location || !NATIONS.contains(&first_and_last(m.span.of(text)).1) {
            continue;
        }
        let r = token_range(tokens, m.span);
        if r.len() > 1 {
            let g = gazetteer::get();
            let place = PARTS_OF_NATIONS.contains(&word(r.start))
                || (r.start..r.end).any(|i| word(i) == "of")
                || g.lookup(m.span.of(text)) == Some(Location);
            if !place && !in_title_case(text, tokens, sentences, r.start) {
                m.kind = Organization;
            }
        } else {
            bodies.push(r);
        }
    }
    for r in bodies.into_iter().rev() {
        let start = run_before(text, tokens, sentences, mentions, r.start, true);
        let g = gazetteer::get();
        let placed = (start..r.start)
            .any(|i| PARTS_OF_NATIONS.contains(&word(i)) || g.lookup(word(i)) == Some(Location));
        // A person's nation (`Glenn Hoddle's England players`).
        let before = tokens_span(tokens, start, r.start.max(start + 1) - 1);
        let owned = mentions[overlapping(mentions, before)]
            .iter()
            .any(|m| m.kind == Person);
        if start < r.start && !placed && !owned && !in_title_case(text, tokens, sentences, start) {
            join(
                mentions,
                tokens_span(tokens, start, r.end - 1),
                Organization,
            );
        }
    }
}

/// A nation's name and one more word that no place has (`UK Biobank`,
/// `Scotland Yard`, `Wales Online`) is an organisation, where the model
/// typed the pair a place or left the second word out. Only two words: a
/// longer name is more often a place in the nation (`Wales Millennium
/// Centre`, a venue).
fn led_by_nation(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    mentions: &mut Vec<Mention>,
) {
    let body_word = |i: usize| {
        let w = tokens.get(i).map_or("", |t| t.text(text));
        let g = gazetteer::get();
        tokens[i - 1].span.end < tokens[i].span.start
            && is_capitalised(w)
            && w.chars().all(char::is_alphanumeric)
            && !g.is_common(w)
            && !g.is_title(w)
            && g.lookup(w).is_none()
            && !PARTS_OF_NATIONS.contains(&w)
            && !PLACE_SECOND_WORDS.contains(&w)
    };
    // A second word that opens the next mention belongs to that one.
    let free = |mentions: &[Mention], k: usize, i: usize| {
        mentions
            .get(k + 1)
            .is_none_or(|n| n.span.start > tokens[i].span.start)
    };
    let mut joined = Vec::new();
    for k in 0..mentions.len() {
        let span = mentions[k].span;
        let (first, _) = first_and_last(span.of(text));
        if mentions[k].kind != Location || !NATIONS.contains(&first) {
            continue;
        }
        let r = token_range(tokens, span);
        let pair = match r.len() {
            1 => r.end < tokens.len() && free(mentions, k, r.end) && body_word(r.end),
            2 => body_word(r.start + 1),
            _ => false,
        };
        if pair && !in_title_case(text, tokens, sentences, r.start) {
            mentions[k].kind = Organization;
            joined.push(r.start);
        }
    }
    for start in joined.into_iter().rev() {
        join(
            mentions,
            tokens_span(tokens, start, start + 1),
            Organization,
        );
    }
}
