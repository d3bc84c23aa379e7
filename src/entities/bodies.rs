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
use crate::tokens::Token;
use std::ops::Range;

/// Nations that end organisations' names.
const NATIONS: &[&str] = &["Cymru", "England", "Ireland", "Scotland", "UK", "Wales"];

/// First words of a part of a nation (`North Wales`, `Northern Ireland`,
/// `New England`, `Greater Manchester`): a place, not an organisation.
pub const PARTS_OF_NATIONS: &[&str] = &[
    "Central", "East", "Eastern", "Great", "Greater", "Mid", "Middle", "New", "North", "Northern",
    "Rural", "South", "Southern", "West", "Western",
];

/// Retypes and joins the organisations named after a nation.
pub fn fix(text: &str, tokens: &[Token], sentences: &[Range<usize>], mentions: &mut Vec<Mention>) {
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
