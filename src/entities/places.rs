//! Places the model types as something else, told by their form or by
//! what the article says around them.
//!
//! * Venues: CoNLL types a stadium or an arena as a place (`Stadium
//!   Court` is LOC in its training data), while the model, having seen few
//!   named ones, reads `the Emirates Stadium` as an event and `SoFi Stadium`
//!   as a company.
//! * Datelines: the all-caps city before a news agency's name (`SAN
//!   FRANCISCO (Reuters) -`) or a date (`LONDON, March 16`) is a place; the
//!   model types the cities its gazetteer lacks by shape alone.
//! * Geographic last words: `Three Mile Island`, `Snake River` (the model
//!   read `Mile Island` as a person).
//! * What the article says: `the Po river`, `the Lombardy and Piedmont
//!   regions`, `Kaub, a town of 800 people`, and for a hyphenated name
//!   (`Mecklenburg-Vorpommern`, which the model's hyphen features read as a
//!   company) a place preposition before it or before the list it ends.
//!   An office or a part of somewhere before `of` says it too: `the
//!   mayor of Leeds`, `the outskirts of Kharkiv` (CoNLL's training text
//!   types English towns as the football and cricket clubs named after
//!   them, so the model reads `Leeds` as an organisation).
//!   One such phrase makes every mention of the spelling a place.

use super::consistency::Mention;
use super::dates::is_calendar_word;
use super::{appositions, gazetteer, Set, Surroundings};
use crate::annotations::EntityType::{self, Location, Misc, Organization, Person};
use crate::tokens::is_all_caps;
use std::ops::Range;

/// Last words of a venue's name.
pub const VENUE_HEADS: &[&str] = &["Arena", "Stadium", "Stadion", "Velodrome"];

/// Last words of a natural place's name; CoNLL's training names ending in
/// them are places (`Coast` is left out: `Ivory Coast` is also a team,
/// ORG). A name the model typed an organisation keeps that type (`Rhode
/// Island` is a college team in results tables).
const GEOGRAPHIC_HEADS: &[&str] = &[
    "Bay",
    "Canyon",
    "Island",
    "Islands",
    "Lake",
    "Mountains",
    "River",
    "Sea",
    "Strait",
    "Valley",
];

/// Last words of a street's name (`Leith Walk` and `Downing Street` came
/// out ORG, `Sheep Street` PER): CoNLL's streets and roads are places
/// (`Wall Street` 13 of 16, `Elland Road`, `Minutka Square` in
/// eng.train). Typed whatever the model gave, unless the first word is a
/// first name (`Barry Lane`, eng.train's golfer) or lower case (`wall
/// Street`, eng.train's ORG). Not `Crescent` (`Red
/// Crescent`, ORG), `Way`, `Drive`, `Hill` (surnames).
const STREET_HEADS: &[&str] = &[
    "Avenue",
    "Boulevard",
    "Lane",
    "Road",
    "Square",
    "Street",
    "Terrace",
    "Walk",
];

/// First words of a natural place's name (`Lake Windermere`, `Loch
/// Ness`, `Mount Kenya`; CoNLL: `Lake Maracaibo`, `Mount Lebanon` LOC),
/// which the model read as a person's title and name.
const LEADING_GEOGRAPHIC_HEADS: &[&str] = &["Lake", "Loch", "Mount"];

/// First words that make a known place a wider area (`Greater
/// Manchester`, `Greater Sydney`), which the model, not knowing the pair,
/// read as a first name and a surname.
const AREA_PREFIXES: &[&str] = &["Greater"];

/// Counties of the United Kingdom (sorted) that CoNLL's cricket and football
/// reports name as teams, so that the model types them ORG even `in
/// Cumbria` (`Essex`, `Surrey`, `Hampshire`: ORG in eng.train as teams,
/// LOC in its few other mentions: `Essex police`, `a court in Surrey`).
const COUNTIES: &[&str] = &[
    "Bedfordshire",
    "Berkshire",
    "Buckinghamshire",
    "Cambridgeshire",
    "Cheshire",
    "Cornwall",
    "Cumbria",
    "Derbyshire",
    "Devon",
    "Dorset",
    "Durham",
    "Essex",
    "Glamorgan",
    "Gloucestershire",
    "Hampshire",
    "Herefordshire",
    "Hertfordshire",
    "Kent",
    "Lancashire",
    "Leicestershire",
    "Lincolnshire",
    "Middlesex",
    "Norfolk",
    "Northamptonshire",
    "Northumberland",
    "Nottinghamshire",
    "Oxfordshire",
    "Rutland",
    "Shropshire",
    "Somerset",
    "Staffordshire",
    "Suffolk",
    "Surrey",
    "Sussex",
    "Warwickshire",
    "Wiltshire",
    "Worcestershire",
    "Yorkshire",
];

/// Words after a county that make it a place (`Essex police`).
const AFTER_PLACES: &[&str] = &["police"];

/// Lower-case nouns after `the X` (or `and X`, ending a list) that make X
/// a place: `the Po river`, `the Lombardy and Piedmont regions`.
const PLACE_NOUNS_AFTER: &[&str] = &[
    "basin",
    "delta",
    "province",
    "provinces",
    "region",
    "regions",
    "river",
    "valley",
];

/// Nouns after a name that make it a place whatever comes before it (a
/// headline drops the article: `as Po river runs dry`).
const RIVERS: &[&str] = &["river", "rivers"];

/// Head nouns of an apposition that make the name a place: `Kaub, a town
/// of 800 people`, `Passau, a city where three rivers meet`.
const PLACE_APPOSITIONS: &[&str] = &[
    "capital",
    "city",
    "district",
    "municipality",
    "port",
    "province",
    "region",
    "suburb",
    "town",
    "village",
];

/// Nouns before `of X` that make X a place: who governs or lives there
/// and the parts of it (`the mayor of Leeds`, `residents of Natick`, `the
/// outskirts of Kharkiv`, `north of Kyiv`). Not `fans of`, `shares of` or
/// `head of` (`fans of Leeds`, the club; `head of Apple`).
const PLACE_NOUNS_BEFORE_OF: &[&str] = &[
    "mayor",
    "mayors",
    "residents",
    "outskirts",
    "suburbs",
    "streets",
    "centre",
    "center",
    "north",
    "south",
    "east",
    "west",
];

/// Prepositions that put a hyphenated name on the map (`in
/// Baden-Württemberg`, `across Rhône-Alpes`); `from` is left out (`an
/// order from Rolls-Royce`).
const PLACE_PREPOSITIONS: &[&str] = &["across", "in", "throughout"];

/// Most tokens walked back over a list of names (`from A, B and C`) to
/// the preposition before it.
const MAX_LIST_TOKENS: usize = 12;

/// Longest agency name in a dateline's brackets, in bytes (`(Reuters)`,
/// `(AP)`, `(Bloomberg)`): longer bracketed text is not a dateline.
const MAX_AGENCY_BYTES: usize = 24;

/// Retypes venues, dateline cities, natural places and the names the
/// article describes as places.
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    let text = around.text;
    let mut described: Set<&str> = Set::default();
    for (m, r) in mentions.iter_mut().zip(&around.ranges) {
        if m.kind == Location {
            continue;
        }
        let name = m.span.of(text);
        let last = name.rsplit_once(' ').map(|(_, last)| last);
        let venue = last.is_some_and(|w| VENUE_HEADS.contains(&w));
        // `Michael Bay` is a person (PolNeAR train).
        let first_name = || {
            name.split_whitespace()
                .next()
                .is_some_and(|w| gazetteer::get().is_first_name(w))
        };
        let leading = || {
            name.split_once(' ').is_some_and(|(w, rest)| {
                LEADING_GEOGRAPHIC_HEADS.contains(&w)
                    || AREA_PREFIXES.contains(&w) && gazetteer::get().lookup(rest) == Some(Location)
            })
        };
        let natural = (last.is_some_and(|w| GEOGRAPHIC_HEADS.contains(&w)) || leading())
            && m.kind != Organization
            && !first_name();
        let street = last.is_some_and(|w| STREET_HEADS.contains(&w))
            && name.starts_with(char::is_uppercase)
            && !first_name();
        if venue || natural || street || is_dateline(text, m.span.start, m.span.end) {
            m.kind = Location;
        } else if is_described(around, name, m.kind, r) {
            described.insert(name);
        }
    }
    if !described.is_empty() {
        around.retype_spellings(mentions, Location, |s, _| described.contains(s));
    }
}

/// Whether the words around a mention over tokens `r` say it is a place.
fn is_described(around: &Surroundings, name: &str, kind: EntityType, r: &Range<usize>) -> bool {
    let before = r.start.checked_sub(1).and_then(|i| around.word(i));
    // `the Kurdish region` is a demonym's region. A headline drops the
    // article (`Flood alert as Po river runs dry`): `river` alone says it,
    // after any word, but not after a person's full name.
    let noun_after = || {
        let article = before.is_some_and(|w| w == "the" || w == "and");
        let headline_river = !(kind == Person && r.len() > 1) && around.word_in(r.end, RIVERS);
        (headline_river || article && around.word_in(r.end, PLACE_NOUNS_AFTER))
            && gazetteer::get().lookup(name) != Some(Misc)
    };
    // A person named in full may be followed by `, the city's mayor`, not
    // by a town: only a lone word is read as one.
    let apposition = || {
        !(kind == Person && r.len() > 1)
            && appositions::after(around, r)
                .is_some_and(|a| a.opened && PLACE_APPOSITIONS.contains(&a.head))
    };
    // Only an organisation: a hyphenated MISC after `in` is a law or an
    // event named after people (`in Dodd-Frank`, PolNeAR train).
    let hyphenated = || {
        kind == Organization
            && is_compound_name(name)
            && word_before_list(around, r.start)
                .is_some_and(|i| around.word_in(i, PLACE_PREPOSITIONS))
    };
    // A place's office or part before `of`; not a MISC (`north of
    // Russian lines` is not about a place named Russian).
    let noun_before_of = || {
        kind != Misc
            && before == Some("of")
            && r.start >= 2
            && around.word_in(r.start - 2, PLACE_NOUNS_BEFORE_OF)
    };
    noun_after()
        || apposition()
        || hyphenated()
        || noun_before_of()
        || county(around, name, kind, r)
}

/// A county typed an organisation (a team in CoNLL's reports) that the
/// words around put on the map: `in Cumbria`, `across Wales and
/// Cumbria`, `Kendal, Cumbria,`, `Essex police`; not `in Essex's
/// history` (the team's) nor in a report where some name is a team
/// (`Somerset beat Kent`).
fn county(around: &Surroundings, name: &str, kind: EntityType, r: &Range<usize>) -> bool {
    if kind != Organization || !is_county(name) {
        return false;
    }
    let word = |i: usize| around.word(i).unwrap_or("");
    let possessive = around
        .tokens
        .get(r.end)
        .is_some_and(|t| t.kind == crate::tokens::TokenKind::Possessive);
    let after_preposition =
        word_before_list(around, r.start).is_some_and(|i| around.word_in(i, PLACE_PREPOSITIONS));
    let address = r.start >= 2
        && word(r.start - 1) == ","
        && word(r.start - 2).starts_with(char::is_uppercase)
        && matches!(word(r.end), "," | "." | "");
    let evidence = after_preposition || address || around.word_in(r.end, AFTER_PLACES);
    evidence && !possessive && !super::clubs::in_sports_copy(around)
}

/// Whether `name` is one of the counties CoNLL's reports made teams.
pub fn is_county(name: &str) -> bool {
    COUNTIES.binary_search(&name).is_ok()
}

/// `Baden-Württemberg`, `Auvergne-Rhône-Alpes`: capitalised parts joined
/// by hyphens (not `Boston-based`), none of them a nationality (`in
/// Arab-Israeli peace talks`, CoNLL dev).
fn is_compound_name(name: &str) -> bool {
    let g = gazetteer::get();
    name.contains('-')
        && name
            .split('-')
            .all(|part| part.starts_with(char::is_uppercase) && g.lookup(part) != Some(Misc))
}

/// The token before the name at token `start`, or before the list of
/// names it ends (`from Schleswig-Holstein and Mecklenburg-Vorpommern`):
/// the first one back that is neither a list's comma or conjunction nor a
/// capitalised word other than a place preposition (`In Bavaria, …`).
fn word_before_list(around: &Surroundings, start: usize) -> Option<usize> {
    (start.saturating_sub(MAX_LIST_TOKENS)..start)
        .rev()
        .find(|&i| {
            around.word(i).is_some_and(|w| {
                !matches!(w, "," | "and" | "or")
                    && (!w.starts_with(char::is_uppercase) || around.word_in(i, PLACE_PREPOSITIONS))
            })
        })
}

/// An all-caps name opening a line, followed by an agency in brackets or
/// by a comma and a month.
fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    let opens_line = start == 0 || text[..start].ends_with('\n');
    if !opens_line || !is_all_caps(&text[start..end]) {
        return false;
    }
    let rest = &text[end..];
    if let Some(bracketed) = rest.strip_prefix(" (") {
        let agency = bracketed.split_once(')').map(|(a, _)| a);
        return agency
            .is_some_and(|a| a.len() <= MAX_AGENCY_BYTES && a.starts_with(char::is_uppercase));
    }
    rest.strip_prefix(", ").is_some_and(|r| {
        let month = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        is_calendar_word(&month.to_lowercase())
    })
}
