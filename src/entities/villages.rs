//! English villages and rivers the model reads as people or firms
//! (`Stow-on-the-Wold` ORG, `Moreton-in-Marsh` PER, `Little Rissington`
//! PER, `River Windrush` ORG): CoNLL's 1996 text names few of them, and
//! two capitalised words look like a person's name. Typed places, every
//! mention of the spelling:
//!
//! * a hyphenated name whose middle words are lower-case place-name
//!   particles (eng.train: `Chester-le-Street` LOC ×4, `Weston-super-Mare`
//!   LOC ×3; `Year-on-year`, lower-case at its end, and
//!   `Commander-in-Chief`, a title, are no place);
//! * `River X` outside sports copy (eng.train's `River Plate` is the club,
//!   ORG), X no common word (`River Medical`, a firm, ORG in eng.train);
//! * two words opening with a village's first word (`Little`, `Upper`,
//!   `Chipping`, …) after a place preposition (`in`, `near`), or beside a
//!   place in a list (`Long Compton and Little Rissington`);
//! * a name of up to three words after a settlement's noun (`the village
//!   of X`, `villages including X`, `hamlets such as X`), and the names
//!   listed after it or after a placed village (`villages including A, B
//!   and C`: the model read each of the three as a person).

use super::consistency::Mention;
use super::{clubs, gazetteer, Surroundings};
use crate::annotations::EntityType::Location;
use crate::tokens::is_capitalised;
use std::ops::Range;

/// Lower-case words between the hyphens of an English place's name
/// (`Stoke-on-Trent`, `Stratford-upon-Avon`, `Weston-super-Mare`).
const PLACE_PARTICLES: &[&str] = &[
    "by", "cum", "in", "le", "next", "on", "over", "super", "the", "under", "upon",
];

/// First words of English villages' and market towns' names (`Little
/// Rissington`, `Chipping Norton`, `Market Harborough`), which open no
/// person's name in eng.train (`Little` and `Long` are surnames, last).
const VILLAGE_FIRST_WORDS: &[&str] = &[
    "Chipping", "Great", "Little", "Long", "Lower", "Market", "Much", "Nether", "Upper",
];

/// Words before a name that put it on the map (`Villagers in Lower
/// Slaughter`, `near Upper Slaughter`, `In nearby Chipping Campden`).
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "nearby", "outside", "around", "between"];

/// Words between two members of a list of places.
const LIST_LINKS: &[&str] = &[",", "and", "or"];

/// Nouns for settlements that name the places after them (`the village
/// of`, `villages including`, `hamlets such as`).
const SETTLEMENT_NOUNS: &[&str] = &["hamlet", "hamlets", "village", "villages"];

/// Words between a settlement's noun and the first name it introduces.
const INTRODUCERS: &[&str] = &["as", "including", "like", "of", "such"];

/// Most words of a name a settlement's noun types (`Chipping Sodbury`,
/// `Stow cum Quy`); longer runs are more often something else.
const MAX_SETTLEMENT_WORDS: usize = 3;

/// Retypes as places the villages and rivers named so.
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    let text = around.text;
    let mut places: Vec<&str> = Vec::new();
    let mut rivers: Vec<&str> = Vec::new();
    // The list a placed village opens: its later members are places too.
    let mut listing = false;
    for (i, (m, r)) in mentions.iter().zip(&around.ranges).enumerate() {
        listing = listing && r.len() <= MAX_SETTLEMENT_WORDS && follows_in_list(around, i);
        let spelling = m.span.of(text);
        if m.kind == Location {
            continue;
        }
        if is_hyphenated_place(spelling)
            || is_placed_village(around, mentions, i, r)
            || after_settlement_noun(around, r)
        {
            places.push(spelling);
            listing = true;
        } else if listing && !starts_with_first_name(around, r) {
            places.push(spelling);
        } else if is_river(around, r) {
            rivers.push(spelling);
        }
    }
    // The sports test, the dearest, only for texts naming a river so.
    if !rivers.is_empty() && !clubs::is_sports_copy(around) {
        places.extend(rivers);
    }
    if !places.is_empty() {
        around.retype_spellings(mentions, Location, |s, _| places.contains(&s));
    }
}

/// Whether mention `i` follows the one before it in a list (`A, B`, `A
/// and B`, `A, and B`).
fn follows_in_list(around: &Surroundings, i: usize) -> bool {
    let (Some(before), Some(r)) = (
        i.checked_sub(1).map(|j| &around.ranges[j]),
        around.ranges.get(i),
    ) else {
        return false;
    };
    let links = before.end..r.start;
    (1..=2).contains(&links.len())
        && links
            .clone()
            .all(|t| around.word(t).is_some_and(|w| LIST_LINKS.contains(&w)))
}

/// Whether the name over tokens `r` comes after a settlement's noun
/// (`the village of`, `villages including`, `hamlets such as`).
fn after_settlement_noun(around: &Surroundings, r: &Range<usize>) -> bool {
    if r.len() > MAX_SETTLEMENT_WORDS {
        return false;
    }
    let mut i = r.start;
    while i > 0 && around.word_in(i - 1, INTRODUCERS) {
        i -= 1;
    }
    i < r.start && i > 0 && around.word_in(i - 1, SETTLEMENT_NOUNS)
}

/// A listed first name opens a person's name (`villages including Long
/// Compton and Mary Hale's farm`).
fn starts_with_first_name(around: &Surroundings, r: &Range<usize>) -> bool {
    r.len() > 1
        && around
            .word(r.start)
            .is_some_and(|w| gazetteer::get().is_first_name(w))
}

/// `Stow-on-the-Wold`: capitalised ends, place-name particles between;
/// not a title's ends (`Commander-in-Chief`, PolNeAR train).
fn is_hyphenated_place(spelling: &str) -> bool {
    // Most names have no hyphen: no list of parts made for them.
    if !spelling.contains('-') {
        return false;
    }
    let parts: Vec<&str> = spelling.split('-').collect();
    let g = gazetteer::get();
    match parts.as_slice() {
        [first, middle @ .., last] if !middle.is_empty() => {
            is_capitalised(first)
                && is_capitalised(last)
                && !g.is_title(first)
                && !g.is_title(last)
                && middle.iter().all(|p| PLACE_PARTICLES.contains(p))
        }
        _ => false,
    }
}

/// `River Windrush`: `River` and one word that is no common word.
fn is_river(around: &Surroundings, r: &Range<usize>) -> bool {
    r.len() == 2
        && around.word(r.start) == Some("River")
        && around
            .word(r.start + 1)
            .is_some_and(|w| !gazetteer::get().is_common(w))
}

/// Whether mention `i` (over tokens `r`) is a village's two-word name
/// placed by the words before it or by a place beside it in a list.
fn is_placed_village(
    around: &Surroundings,
    mentions: &[Mention],
    i: usize,
    r: &Range<usize>,
) -> bool {
    if r.len() != 2
        || !around
            .word(r.start)
            .is_some_and(|w| VILLAGE_FIRST_WORDS.contains(&w))
    {
        return false;
    }
    let placed = r.start > 0 && around.word_in(r.start - 1, PLACE_PREPOSITIONS);
    let listed_after = i > 0
        && r.start > 0
        && around.word_in(r.start - 1, LIST_LINKS)
        && mentions[i - 1].kind == Location
        && around.ranges[i - 1].end + 1 == r.start;
    let listed_before = around.word_in(r.end, LIST_LINKS)
        && mentions.get(i + 1).is_some_and(|m| m.kind == Location)
        && around
            .ranges
            .get(i + 1)
            .is_some_and(|o| o.start == r.end + 1);
    placed || listed_after || listed_before
}
