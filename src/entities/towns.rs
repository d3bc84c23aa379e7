//! Towns the model types as organisations outside sports copy
//! (`Kettering`, `Braintree`, `Basingstoke`): CoNLL's training text names
//! English towns mostly as the football and cricket clubs named after
//! them (`Swindon` ORG 6 times of 6 in eng.train, `Northampton` 4 of 8),
//! and the model reads an unknown town's name the same way. Outside sports copy, a lone word typed an organisation is a
//! place, every mention of it, when the article puts it on the map:
//!
//! * another mention of it follows a place preposition (`Kettering's high
//!   street` … `traders in Kettering`, which the model typed a place);
//! * it is one end of `between A and B` whose other end is a place;
//! * `near X`, `X, Somerset,` (an address) or `X-based` elsewhere.
//!
//! Not in sports copy (a team named so, a score, `goalless`: see
//! `clubs::is_sports_copy`), where the town is the club.
//!
//! Company evidence, read later (`organisations.rs`), still wins (`shares
//! in X`).

use super::consistency::Mention;
use super::{clubs, gazetteer, places, Set, Surroundings};
use crate::annotations::EntityType::{Location, Organization};
use crate::tokens::is_all_caps;
use std::ops::Range;

/// Words before a mention typed a place that put its spelling on the map
/// (`traders in Kettering`).
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside"];

/// Retypes as places the towns the article shows to be places.
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    let text = around.text;
    let lone = |m: &Mention, r: &Range<usize>, kind| {
        m.kind == kind && r.len() == 1 && !is_all_caps(m.span.of(text))
    };
    let mut candidates = mentions
        .iter()
        .zip(&around.ranges)
        .enumerate()
        .filter(|(_, (m, r))| lone(m, r, Organization))
        .peekable();
    // Most texts have no lone organisation.
    if candidates.peek().is_none() {
        return;
    }
    let placed: Set<&str> = mentions
        .iter()
        .zip(&around.ranges)
        .filter(|(m, r)| lone(m, r, Location) && after_place_preposition(around, r))
        .map(|(m, _)| m.span.of(text))
        .collect();
    let based = based_names(around);
    let g = gazetteer::get();
    let towns: Set<&str> = candidates
        .map(|(i, (m, r))| (i, m.span.of(text), r))
        .filter(|&(i, spelling, r)| {
            (placed.contains(spelling)
                || based.contains(&spelling)
                || around.word_in(r.start.wrapping_sub(1), &["near"])
                || between_places(around, mentions, i)
                || is_address(around, r))
                && g.lookup(spelling) != Some(Organization)
        })
        .map(|(_, spelling, _)| spelling)
        .collect();
    // The sports test, the dearest, only for the few texts left.
    if !towns.is_empty() && !clubs::is_sports_copy(around) {
        around.retype_spellings(mentions, Location, |s, kind| {
            kind == Organization && towns.contains(s)
        });
    }
}

/// The names before `-based` in the text (`Swindon` of `a Swindon-based
/// firm`): a company is based somewhere, and that somewhere is a place.
fn based_names<'a>(around: &Surroundings<'a>) -> Vec<&'a str> {
    const BASED: &str = "-based";
    if !around.text.contains(BASED) {
        return Vec::new();
    }
    around
        .tokens
        .iter()
        .filter_map(|t| t.text(around.text).strip_suffix(BASED))
        .collect()
}

/// Whether the word before tokens `r` is a place preposition.
fn after_place_preposition(around: &Surroundings, r: &Range<usize>) -> bool {
    r.start > 0 && around.word_in(r.start - 1, PLACE_PREPOSITIONS)
}

/// Whether mention `i` is one end of `between A and B` whose other end is
/// a mention typed a place.
fn between_places(around: &Surroundings, mentions: &[Mention], i: usize) -> bool {
    let r = &around.ranges[i];
    let place = |j: usize, start: usize| {
        mentions.get(j).is_some_and(|m| m.kind == Location)
            && around
                .ranges
                .get(j)
                .is_some_and(|o| o.start == start || o.end == start)
    };
    let second = r.start >= 3
        && around.word(r.start - 1) == Some("and")
        && around.word_in(r.start - 3, &["between"])
        && i > 0
        && place(i - 1, r.start - 1);
    let first = r.start >= 1
        && around.word_in(r.start - 1, &["between"])
        && around.word(r.end) == Some("and")
        && place(i + 1, r.end + 1);
    second || first
}

/// `Yeovil, Somerset,`: the name, a comma and a county or a listed place,
/// ending the phrase.
fn is_address(around: &Surroundings, r: &Range<usize>) -> bool {
    let region = around.word(r.end + 1).unwrap_or("");
    around.word(r.end) == Some(",")
        && (places::is_county(region) || gazetteer::get().lookup(region) == Some(Location))
        && matches!(around.word(r.end + 2), Some("," | ".") | None)
}
