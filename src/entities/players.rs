//! Players' full names the model typed as clubs or places in match
//! reports (`Jordan Pickford saved` ORG, after the country; `Carlton
//! Morris headed in` ORG), where a club's name and a player's look alike.
//! What tells them apart is a verb only a player does with the ball:
//! a team scores and wins, a player saves, heads, curls, volleys. In
//! sports copy, a name of two or three capitalised words typed ORG or
//! LOC and followed by such a verb is a person, every mention of it;
//! not a club named `<Town> City/United/…`, a listed place or
//! organisation, nor a one-word name (`Liverpool headed to Madrid`:
//! teams travel too).

use super::consistency::Mention;
use super::{clubs, gazetteer, Surroundings};
use crate::annotations::EntityType::{Location, Organization, Person};
use std::ops::Range;

/// Verbs of a player's touch of the ball, in the past tense of match
/// reports. Not `scored`, `struck`, `fired`, `shot`: teams do those too
/// (`Leeds scored twice`, `Villa fired their manager`).
const PLAYER_VERBS: &[&str] = &[
    "chipped", "curled", "dribbled", "glanced", "headed", "lobbed", "nodded", "saved", "slotted",
    "tapped", "volleyed",
];

/// Words after `headed` that make it a journey (`Aston Villa headed to
/// Madrid`, `headed into the break`), not a header.
const JOURNEY_WORDS: &[&str] = &["back", "for", "home", "into", "to", "towards"];

/// Most words of a player's name taken (`Trent Alexander-Arnold`, `Kevin
/// De Bruyne`).
const MAX_PLAYER_WORDS: usize = 3;

/// Retypes as people the players named before a verb of their touch.
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    let text = around.text;
    let players: Vec<&str> = mentions
        .iter()
        .zip(&around.ranges)
        .filter(|(m, r)| matches!(m.kind, Organization | Location) && before_touch(around, r))
        .map(|(m, _)| m.span.of(text))
        .filter(|name| !clubs::has_club_suffix(name) && gazetteer::get().lookup(name).is_none())
        .collect();
    // The sports test, the dearest, only for texts with such a name.
    if !players.is_empty() && clubs::is_sports_copy(around) {
        around.retype_spellings(mentions, Person, |s, _| players.contains(&s));
    }
}

/// Whether the name over tokens `r` has two or three words and a verb of
/// a player's touch right after it.
fn before_touch(around: &Surroundings, r: &Range<usize>) -> bool {
    (2..=MAX_PLAYER_WORDS).contains(&r.len())
        && around.word_in(r.end, PLAYER_VERBS)
        && !(around.word(r.end) == Some("headed") && around.word_in(r.end + 1, JOURNEY_WORDS))
}
