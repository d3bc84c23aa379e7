//! Bands named with ordinary words, which the model reads as people from
//! their shape: `English Teacher` and `Black Pumas` came out PER in a
//! festival review. A person's name opens with a first name or a surname,
//! not with a common word or a nationality; in music copy (a review that
//! speaks of albums, bands, gigs) a person-typed name of two words or more
//! whose first word is such a word, and no listed first name (`Will`,
//! `Rose`, `Jack` are both), is the act: ORG, as eng.train's `Oasis`.

use super::consistency::Mention;
use super::{gazetteer, Surroundings};
use crate::annotations::EntityType::{Misc, Organization, Person};
use crate::tokens::TokenKind;

/// Words only music copy uses, in lower case (the test reads the text
/// only when a candidate name is found: most texts have none).
const MUSIC_WORDS: &[&str] = &[
    "album",
    "albums",
    "band",
    "bands",
    "bassist",
    "drummer",
    "ep",
    "frontman",
    "frontwoman",
    "gig",
    "gigs",
    "guitarist",
    "headliners",
    "setlist",
    "singer",
    "songs",
];

/// The fewest music words that make a text music copy (one `album` may be
/// a politician's photo album).
const MIN_MUSIC_WORDS: usize = 2;

/// Retypes as organisations the person-typed names that open with a
/// common word or a nationality, in music copy.
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    let g = gazetteer::get();
    let opens_with_word = |m: &Mention, r: &std::ops::Range<usize>| {
        let first = around.word(r.start).unwrap_or_default();
        m.kind == Person
            && r.len() > 1
            && !g.is_first_name(first)
            && (g.is_common(first) || g.lookup(first) == Some(Misc))
    };
    let candidates: Vec<usize> = (0..mentions.len())
        .filter(|&i| opens_with_word(&mentions[i], &around.ranges[i]))
        .collect();
    if candidates.is_empty() || !is_music_copy(around) {
        return;
    }
    for i in candidates {
        mentions[i].kind = Organization;
    }
}

/// Whether the text speaks of music (see [`MIN_MUSIC_WORDS`]).
fn is_music_copy(around: &Surroundings) -> bool {
    around
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .filter(|t| {
            let w = t.text(around.text);
            MUSIC_WORDS.iter().any(|m| m.eq_ignore_ascii_case(w))
        })
        .nth(MIN_MUSIC_WORDS - 1)
        .is_some()
}
