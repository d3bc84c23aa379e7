//! Police forces and fire, ambulance and rescue services named after the
//! area they serve (`Greater Manchester Police`, `Avon and Somerset
//! Police`, `South Yorkshire Fire and Rescue Service`, `King County
//! Search and Rescue`). CoNLL types them as organisations (`Arkansas
//! State Police`, `Chesapeake Police Department` in eng.train). The model knows the areas as places and cuts the name
//! where a place word looks like a sentence's ordinary first word
//! (`Manchester Police` at a paragraph's start, whose `Greater` it left
//! out), where `and` joins two areas (`Avon` LOC + `Somerset Police`) or
//! the service's own words (`Manchester Fire` + `Rescue Service`).
//!
//! A mention ending in a service's words is taken whole, with the area's
//! capitalised words before it, and typed an organisation.

use super::bodies::PARTS_OF_NATIONS;
use super::consistency::Mention;
use super::joins::{first_and_last, join, overlapping, run_before, token_range, tokens_span};
use crate::annotations::EntityType::{Organization, Person};
use crate::tokens::{is_capitalised, Token};
use std::ops::Range;

/// The words that end a force's or a service's name, after the area.
const SERVICE_TAILS: &[&[&str]] = &[
    &["Police"],
    &["Constabulary"],
    &["Police", "Service"],
    &["Fire", "Brigade"],
    &["Fire", "Service"],
    &["Fire", "and", "Rescue", "Service"],
    &["Ambulance", "Service"],
    &["Search", "and", "Rescue"],
];

/// Words before `A and B Police` that make `A` a place of its own.
const PLACE_PREPOSITIONS: &[&str] = &["at", "between", "in", "near"];

/// Takes the names of forces and services whole, as organisations.
pub fn fix(text: &str, tokens: &[Token], sentences: &[Range<usize>], mentions: &mut Vec<Mention>) {
    let word = |i: usize| tokens[i].text(text);
    let mut services = Vec::new();
    for m in mentions.iter() {
        let last = first_and_last(m.span.of(text)).1;
        if !SERVICE_TAILS.iter().any(|t| t.last() == Some(&last)) {
            continue;
        }
        let end = token_range(tokens, m.span).end;
        let tail = SERVICE_TAILS.iter().find(|t| {
            end >= t.len()
                && t.iter()
                    .enumerate()
                    .all(|(k, w)| word(end - t.len() + k) == *w)
        });
        if let Some(tail) = tail {
            services.push(end - tail.len()..end);
        }
    }
    for r in services.into_iter().rev() {
        let start = area_start(text, tokens, sentences, mentions, r.start);
        if start == r.start {
            continue;
        }
        // A person before the force is not its area (`Chief Constable Jo
        // Shiner` + `Police`).
        let area = tokens_span(tokens, start, r.start - 1);
        let person = mentions[overlapping(mentions, area)]
            .iter()
            .any(|m| m.kind == Person && area.contains(m.span));
        if !person {
            join(
                mentions,
                tokens_span(tokens, start, r.end - 1),
                Organization,
            );
        }
    }
}

/// The first token of the area's name before token `end`: the run of
/// capitalised words there, with a part of a country opening a sentence
/// (`Greater`, `West`: frequent words the run leaves out there), and one
/// more area joined by `and` (`Avon and Somerset`, `Devon and Cornwall`).
fn area_start(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    mentions: &[Mention],
    end: usize,
) -> usize {
    let word = |i: usize| tokens[i].text(text);
    let part = |i: usize| PARTS_OF_NATIONS.contains(&word(i));
    let mut start = run_before(text, tokens, sentences, mentions, end, false);
    if start == end {
        return end;
    }
    if start > 0 && part(start - 1) {
        start -= 1;
    }
    // One capitalised word before `and`, itself opening the run; not
    // after a place preposition, which makes it a place of its own (`in
    // Bath and Thames Valley Police`).
    if start >= 2 && word(start - 1) == "and" && is_capitalised(word(start - 2)) {
        let before = start - 2;
        let prefixed = before > 0 && part(before - 1);
        let alone = before == 0
            || prefixed
            || !is_capitalised(word(before - 1)) && !PLACE_PREPOSITIONS.contains(&word(before - 1));
        if alone {
            start = before - usize::from(prefixed);
        }
    }
    start
}
