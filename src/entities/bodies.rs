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
    first_and_last, in_title_case, in_title_case_besides, join, overlapping, run_before,
    token_range, tokens_span,
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
    let g = gazetteer::get();
    let mut bodies = Vec::new();
    for m in mentions.iter_mut() {
        if !NATIONS.contains(&first_and_last(m.span.of(text)).1) {
            continue;
        }
        let r = token_range(tokens, m.span);
        let title_case = || in_title_case(text, tokens, sentences, r.start);
        match m.kind {
            Location if r.len() > 1 => {
                let place = PARTS_OF_NATIONS.contains(&word(r.start))
                    || (r.start..r.end).any(|i| word(i) == "of")
                    || g.lookup(m.span.of(text)) == Some(Location);
                if !place && !title_case() {
                    m.kind = Organization;
                } else if place {
                    // A part of a nation can end a body's name too
                    // (`Fuel Poverty Action Northern Ireland`).
                    bodies.push((r, false));
                }
            }
            Location if r.len() == 1 => bodies.push((r, false)),
            // `Shelter Cymru said`: a word and a nation read as a person's
            // first name and surname; a listed first name makes a person
            // (`Kevin Ireland`).
            Person if r.len() == 2 && !g.is_first_name(word(r.start)) && !title_case() => {
                m.kind = Organization;
            }
            // The model's organisation may have lost its front over `of
            // the` (`Friends of the` + `Earth Cymru`).
            Organization => bodies.push((r, true)),
            _ => {}
        }
    }
    for (r, over_of) in bodies.into_iter().rev() {
        let mut start = run_before(text, tokens, sentences, mentions, r.start, true);
        if over_of && start == r.start {
            start = front_over_of(text, tokens, sentences, mentions, r.start);
        }
        let placed = (start..r.start).any(|i| {
            PARTS_OF_NATIONS.contains(&word(i))
                || g.lookup(word(i)) == Some(Location)
                || is_hyphenated_adjective(word(i))
        });
        // A person's nation (`Glenn Hoddle's England players`).
        let before = tokens_span(tokens, start, r.start.max(start + 1) - 1);
        let owned = mentions[overlapping(mentions, before)]
            .iter()
            .any(|m| m.kind == Person);
        let headline = || in_title_case_besides(text, tokens, sentences, start..r.end);
        if start < r.start && !placed && !owned && !headline() {
            join(
                mentions,
                tokens_span(tokens, start, r.end - 1),
                Organization,
            );
        }
    }
}

/// `British-ruled`, `Swiss-based`: a word ending in a lower-case part
/// after a hyphen describes the place after it (`British-ruled Northern
/// Ireland`, eng.testa, which a first version made an organisation).
fn is_hyphenated_adjective(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, last)| last.starts_with(|c: char| c.is_lowercase()))
}

/// The first token of `X of the` or `X of` right before token `end`, X a
/// run of capitalised words that is no title (`Friends of the` before
/// `Earth Cymru`; not `President of the` before `European Commission`);
/// `end` when there is none.
fn front_over_of(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    mentions: &[Mention],
    end: usize,
) -> usize {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut of = end.wrapping_sub(1);
    if word(of) == "the" {
        of = of.wrapping_sub(1);
    }
    if of == usize::MAX || word(of) != "of" {
        return end;
    }
    let start = run_before(text, tokens, sentences, mentions, of, false);
    let titled = (start..of).any(|i| gazetteer::get().is_title(word(i)));
    if start < of && !titled {
        start
    } else {
        end
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
