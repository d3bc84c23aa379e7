//! Sports clubs named like places (`West Ham`, `Inter Milan`, `Augsburg`)
//! that the model types as places: CoNLL types a club as an organisation
//! (`Crystal Palace`, `Nottingham Forest`, `Bayern Munich`, `West Ham`:
//! ORG in eng.train) and a national team as its country (`England beat
//! Pakistan`: LOC). A name the sports copy around it shows to be a team
//! (`X drew with`, `beat X`, `X manager`, `signed ... from X`, `X 2-1`)
//! is a club, every mention of it, unless the gazetteer lists the
//! spelling as a place (countries, and the big cities the model knows as
//! clubs anyway). In sports copy (a team so named, or a score), a result
//! or a fixture before a name makes it a club too (`their win over X`,
//! `the defeat of X`, `they travel to X`), which outside
//! sports copy may lead to a place.

use super::consistency::Mention;
use super::organisations::TEAM_ROLES;
use super::{gazetteer, Set, Surroundings};
use crate::annotations::EntityType::{Location, Organization};
use crate::tokens::{is_all_caps, TokenKind};
use std::ops::Range;

/// Words after a team's name before another name or `with` (`West Ham
/// beat Brighton`, `Inter drew with`; not `the Hill beat`, a reporter's).
const AFTER_TEAM: &[&str] = &["beat", "drew", "thrashed"];

/// Words right before a team's name (`beat Brighton`).
const BEFORE_TEAM: &[&str] = &["beat", "beating", "thrashed"];

/// Pairs of words before a team's name (`drew with X`, `lost to X`,
/// `signed for X`).
const TWO_BEFORE_TEAM: &[(&str, &str)] = &[("drew", "with"), ("lost", "to"), ("signed", "for")];

/// Pairs of words before a name that make it a team in sports copy only
/// (`their win over X`, `the defeat of X`, `they travel to X`); elsewhere
/// they may lead to a place (`victory over Mosul`, `travel to Burnley` for
/// a funeral). Not `at`: CoNLL types the town after `a 3-1 win at`
/// (`Volendam`, eng.train) and the ground after a score (`4-1 at
/// Wembley`) as places.
const SPORT_TWO_BEFORE: &[(&str, &str)] = &[
    ("defeat", "of"),
    ("defeat", "to"),
    ("travel", "to"),
    ("victory", "over"),
    ("win", "over"),
];

/// How far back `signed` makes a later `from X` a club (`signed
/// midfielder Arne Engels from Augsburg`).
const SIGNED_WINDOW: usize = 6;

/// Last words of English and Scottish football clubs' names after their
/// town (`Huddersfield Town`, `Wigan Athletic`, `Blackburn Rovers`),
/// which the model types as places, products or people. Not `Stanley`,
/// `Villa`, `Alexandra`: surnames and first names too (`Mike Stanley`,
/// `Marco Villa`, eng.train).
const CLUB_SUFFIXES: &[&str] = &[
    "Albion",
    "Argyle",
    "Athletic",
    "City",
    "County",
    "Rovers",
    "Town",
    "United",
    "Wanderers",
];

/// Whether a name ends in a club's word (`Wigan Athletic`).
pub fn has_club_suffix(spelling: &str) -> bool {
    spelling
        .rsplit_once(' ')
        .is_some_and(|(_, last)| CLUB_SUFFIXES.contains(&last))
}

/// Retypes as clubs the places the sports copy shows to be teams, and the
/// names ending in a club's word there.
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    retype_suffixed(around, mentions);
    let mut clubs: Set<&str> = Set::default();
    let mut maybe: Vec<&str> = Vec::new();
    for (m, r) in mentions.iter().zip(&around.ranges) {
        let spelling = m.span.of(around.text);
        if m.kind != Location || !may_be_club(spelling) {
            continue;
        }
        if is_team_context(around, r) {
            clubs.insert(spelling);
        } else if is_fixture_context(around, r) && !is_ground(spelling) {
            maybe.push(spelling);
        }
    }
    if !maybe.is_empty() && (!clubs.is_empty() || is_sports_copy(around)) {
        clubs.extend(maybe);
    }
    if !clubs.is_empty() {
        around.retype_spellings(mentions, Organization, |s, kind| {
            kind == Location && clubs.contains(s)
        });
    }
}

/// In sports copy, a name of two words or more ending in one of
/// [`CLUB_SUFFIXES`] is a club, whatever the model typed it, unless the
/// gazetteer lists it as a place (`Cape Town`, `Kansas City`: a venue in
/// sports copy) or the words before the suffix as a place of more than one
/// word (`the traffic of New York City`, eng.train's tennis report; a
/// club's town is one word), it follows `in` (`a fight in Atlantic City`,
/// eng.train's place), or it is shouted or written as a country's.
fn retype_suffixed(around: &Surroundings, mentions: &mut [Mention]) {
    let mut clubs: Vec<usize> = mentions
        .iter()
        .zip(&around.ranges)
        .enumerate()
        .filter(|(_, (m, r))| {
            let spelling = m.span.of(around.text);
            m.kind != Organization
                && r.len() > 1
                && spelling.rsplit_once(' ').is_some_and(|(town, last)| {
                    CLUB_SUFFIXES.contains(&last)
                        && !(town.contains(' ') && gazetteer::get().lookup(town) == Some(Location))
                })
                && may_be_club(spelling)
                && !around.word_in(r.start.wrapping_sub(1), &["in"])
        })
        .map(|(i, _)| i)
        .collect();
    // Most texts have no such name: sports copy is tested only for one.
    if !clubs.is_empty() && !is_sports_copy(around) {
        clubs.clear();
    }
    for i in clubs {
        mentions[i].kind = Organization;
    }
}

/// Whether a place's name may be a club's: not a nation or a city the
/// gazetteer lists, and not written as a country's (`Republic of
/// Ireland`, `The Netherlands`, `Faroe Islands`) or shouted (`ENGLAND
/// BEAT PAKISTAN`, where case hides the gazetteer's spelling), nor a
/// person's (`beat Flora Perfetti`, typed a place). National teams are
/// places in CoNLL.
fn may_be_club(spelling: &str) -> bool {
    // The gazetteer first: most places are listed, and leave here.
    let g = gazetteer::get();
    let first = spelling.split(' ').next().unwrap_or(spelling);
    g.lookup(spelling) != Some(Location)
        && !is_all_caps(spelling)
        && !g.is_first_name(first)
        && !spelling
            .split(' ')
            .any(|w| matches!(w, "of" | "The" | "Islands" | "Republic"))
}

/// Whether some name of the document is a team by the words around it
/// (a sports report, where a county is a team).
pub fn in_sports_copy(around: &Surroundings) -> bool {
    around.ranges.iter().any(|r| is_team_context(around, r))
}

/// Last words of a ground's name (`Elland Road`, `Villa Park`,
/// `Franklin's Gardens`), which follow `travel to` as clubs do (`they
/// travel to Villa Park`).
const GROUND_HEADS: &[&str] = &["Gardens", "Ground", "Lane", "Park", "Road", "Street"];

/// Whether a name is a ground's (a place where teams play).
fn is_ground(spelling: &str) -> bool {
    spelling
        .rsplit_once(' ')
        .is_some_and(|(_, last)| GROUND_HEADS.contains(&last))
}

/// Words only sports copy uses (`Taibe, coached by Wojtek Lazarek`,
/// `a goalless draw`: eng.train's report on a club named after its town).
const SPORT_WORDS: &[&str] = &[
    "coached",
    "footballer",
    "footballers",
    "goalkeeper",
    "goalless",
    "league",
    "midfielder",
    "rugby",
    "soccer",
    "striker",
];

/// Whether the text is sports copy: some name is a team by the words
/// around it, a score is given, or a word only sports copy uses.
pub fn is_sports_copy(around: &Surroundings) -> bool {
    let text = around.text;
    in_sports_copy(around)
        || around.tokens.iter().any(|t| match t.kind {
            TokenKind::Number => is_score(t.text(text)),
            TokenKind::Word => {
                let w = t.text(text);
                SPORT_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w))
            }
            _ => false,
        })
}

/// Whether the words before a mention over tokens `r` make it a team in
/// sports copy: a result or a fixture (`win over X`, `Bath travel to X`).
/// A team's travel needs the team or `they` before it: a national squad
/// travels to a city (`the squad will travel to Vaduz`, eng.train).
fn is_fixture_context(around: &Surroundings, r: &Range<usize>) -> bool {
    if r.start < 2 {
        return false;
    }
    let (first, second) = (r.start - 2, r.start - 1);
    let traveller = || {
        first
            .checked_sub(1)
            .and_then(|i| around.word(i))
            .is_some_and(|w| w.eq_ignore_ascii_case("they") || w.starts_with(char::is_uppercase))
    };
    SPORT_TWO_BEFORE.iter().any(|&(a, b)| {
        around.word_in(first, &[a])
            && around.word_in(second, &[b])
            && (a != "travel" || traveller())
    })
}

/// Whether the words around a mention over tokens `r` make it a team.
fn is_team_context(around: &Surroundings, r: &Range<usize>) -> bool {
    let is = |i: usize, list: &[&str]| around.word_in(i, list);
    let before = |k: usize| r.start.checked_sub(k);
    let score = around
        .tokens
        .get(r.end)
        .is_some_and(|t| t.kind == TokenKind::Number && is_score(t.text(around.text)));
    let named_next = around
        .word(r.end + 1)
        .is_some_and(|w| w == "with" || w.starts_with(char::is_uppercase));
    let after = (is(r.end, AFTER_TEAM) && named_next) || is(r.end, TEAM_ROLES) || score;
    let one_before = before(1).is_some_and(|i| is(i, BEFORE_TEAM));
    let two_before = before(2).is_some_and(|i| {
        TWO_BEFORE_TEAM
            .iter()
            .any(|&(a, b)| is(i, &[a]) && is(i + 1, &[b]))
    });
    let signed_from = before(1).is_some_and(|i| {
        is(i, &["from"]) && (i.saturating_sub(SIGNED_WINDOW)..i).any(|k| is(k, &["signed"]))
    });
    after || one_before || two_before || signed_from
}

/// `2-1`, `0-0`: goals, one or two digits a side.
fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        let goals = |s: &str| (1..=2).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit());
        goals(a) && goals(b)
    })
}
