//! Organisations the model mistypes, told by what the document says
//! around their names.
//!
//! The model was trained on 1996 newswire: a company founded since
//! (`Anthropic`, `Klarna`, `Waymo`) has no cluster or gazetteer entry and
//! is read as a person or a place from its shape. The article itself
//! usually says what it is, in phrases that only an organisation takes:
//! `Anthropic's chief financial officer`, `shares of Amazon`, `an analyst
//! at Bernstein`, `Klarna, the Swedish fintech firm,`, `Walt Disney Co`
//! next to a bare `Walt Disney`, `Chelsea boss Enzo Maresca`. One such
//! phrase makes every mention of the same spelling an organisation.
//!
//! Separately, where one word is typed as an organisation at least as
//! often as as a person in one article (`Mojang`), it is the organisation.
//! Neither applies to a word of a person's full name in the document.

use super::consistency::Mention;
use super::{Map, Set, Surroundings};
use crate::annotations::EntityType::{Organization, Person};
use crate::tokens::{is_all_caps, TokenKind};
use std::ops::Range;

/// Words after `X's` that only an organisation has: people have no chief
/// executive, shareholders or founder (a person's `spokesman` or `board`
/// is left out: `Trump's spokesman`, `Iran's board`).
const OWNED_BY_ORGANISATIONS: &[&str] = &[
    "ceo",
    "cfo",
    "co-founder",
    "founder",
    "shareholders",
    "shares",
];

/// `chief` + one of these after `X's` (`Anthropic's chief financial
/// officer`); `chief of staff` and `chief negotiator` belong to people
/// and countries too.
const CHIEF_OF_ORGANISATIONS: &[&str] = &["executive", "financial", "operating", "technology"];

/// Two words before a name that make it a company: `shares of X`,
/// `analyst at X`, `chief executive of X`. Not `stake in X`: a candidate
/// has a stake in New Hampshire (PolNeAR train).
const BEFORE_ORGANISATIONS: &[(&str, &str)] = &[
    ("analyst", "at"),
    ("analysts", "at"),
    ("economist", "at"),
    ("economists", "at"),
    ("executive", "of"),
    ("founder", "of"),
    ("shares", "in"),
    ("shares", "of"),
    ("strategist", "at"),
    ("strategists", "at"),
];

/// Roles after a name that make it a team (`Chelsea boss Enzo Maresca`,
/// `Surrey captain`). Only a mention typed a person is retyped by them: a
/// national team is a place in CoNLL (`England coach`).
const TEAM_ROLES: &[&str] = &[
    "boss",
    "captain",
    "coach",
    "defender",
    "goalkeeper",
    "manager",
    "midfielder",
    "striker",
];

/// Words right before a name that make it a company (`drugmaker Eli
/// Lilly`, `the startup Anthropic`).
const COMPANY_TITLES: &[&str] = &[
    "automaker",
    "carmaker",
    "chipmaker",
    "drugmaker",
    "fintech",
    "start-up",
    "startup",
];

/// Words that make the name after them a company when a name comes before
/// them (`iPhone maker Apple`); after a lower-case word they may describe a
/// person (`film maker Ann`). `developer` is left out: `Florida developer
/// Mel Sembler` is a person (PolNeAR train).
const MADE_BY: &[&str] = &["maker"];

/// Head nouns of an apposition that describe a company: `Shopify, the
/// Canadian e-commerce platform,`. Nouns for people (`executive`,
/// `founder`, `manager`, `developer`) are left out: `Jamie Dimon, the
/// bank's chief executive` names a person; so is `group`: `New Hampshire,
/// a different group of candidates` (PolNeAR train).
const COMPANY_NOUNS: &[&str] = &[
    "airline",
    "automaker",
    "bank",
    "brokerage",
    "carmaker",
    "chipmaker",
    "company",
    "conglomerate",
    "drugmaker",
    "firm",
    "fintech",
    "giant",
    "insurer",
    "lender",
    "maker",
    "manufacturer",
    "platform",
    "retailer",
    "start-up",
    "startup",
    "studio",
    "subsidiary",
    "unit",
];

/// Articles that may open an apposition (`X, the …`, `X, a …`).
const APPOSITION_ARTICLES: &[&str] = &["a", "an", "the"];

/// Punctuation that closes an apposition.
const APPOSITION_ENDS: &[&str] = &[",", ".", ";", ":", ")"];

/// Most words between the article and the head noun of an apposition
/// (`the world's largest chipmaker`); a longer one is a clause, whose last
/// word says nothing about the name.
const MAX_APPOSITION_WORDS: usize = 6;

/// Last words of a company's full name; the name without them is the same
/// company (`Walt Disney Co` → `Walt Disney`).
const COMPANY_SUFFIXES: &[&str] = &[
    "AG", "Co", "Co.", "Corp", "Corp.", "GmbH", "Inc", "Inc.", "LLC", "Ltd", "Ltd.", "NV", "PLC",
    "Plc", "SA", "plc",
];

/// Retypes as organisations the mentions whose spelling the document
/// shows to be one (see the module comment).
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    let text = around.text;
    let mut evidenced: Set<&str> = Set::default();
    for (m, r) in mentions.iter().zip(&around.ranges) {
        let spelling = m.span.of(text);
        let team = m.kind == Person && r.len() == 1 && around.word_in(r.end, TEAM_ROLES);
        if (team || is_company_context(around, r)) && !is_adjective(spelling) {
            evidenced.insert(spelling);
        }
        if let Some((name, last)) = spelling.rsplit_once(' ') {
            if COMPANY_SUFFIXES.contains(&last) {
                evidenced.insert(name);
            }
        }
    }
    let disputed = disputed_spellings(around, mentions);
    if evidenced.is_empty() && disputed.is_empty() {
        return;
    }
    around.retype_spellings(mentions, Organization, |spelling, kind| {
        evidenced.contains(spelling) || kind == Person && disputed.contains(spelling)
    });
}

/// `France-registered`, `California-based`: a name made an adjective, which
/// `shares of` can precede (`Shares of France-registered printed packaging
/// company Cofinec`).
fn is_adjective(name: &str) -> bool {
    name.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
}

/// Whether the words around a mention over tokens `r` say it is a
/// company.
fn is_company_context(around: &Surroundings, r: &Range<usize>) -> bool {
    let is = |i: usize, list: &[&str]| around.word_in(i, list);
    let is_possessive = |i: usize| {
        around
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    };
    let owned = is_possessive(r.end)
        && (is(r.end + 1, OWNED_BY_ORGANISATIONS)
            || (is(r.end + 1, &["chief"]) && is(r.end + 2, CHIEF_OF_ORGANISATIONS)));
    let before = r.start >= 2
        && around.word(r.start - 1).is_some_and(|preposition| {
            BEFORE_ORGANISATIONS
                .iter()
                .any(|&(a, b)| b == preposition && is(r.start - 2, &[a]))
        });
    let titled = r.start >= 1 && is(r.start - 1, COMPANY_TITLES);
    let made_by = r.start >= 2
        && is(r.start - 1, MADE_BY)
        && around
            .word(r.start - 2)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    owned || before || titled || made_by || company_apposition(around, r.end, is_possessive)
}

/// `X, the Swedish buy-now-pay-later firm,`, `X, maker of Fortnite`,
/// `X, Alphabet's self-driving unit,`: after a comma (and an article), the
/// last word before the next punctuation mark or preposition is a company
/// noun.
fn company_apposition(
    around: &Surroundings,
    end: usize,
    is_possessive: impl Fn(usize) -> bool,
) -> bool {
    let word = |i: usize| around.word(i);
    if word(end) != Some(",") {
        return false;
    }
    let article = word(end + 1).is_some_and(|w| APPOSITION_ARTICLES.contains(&w));
    let from = end + 1 + usize::from(article);
    // Without an article, a comma is as often followed by a clause
    // (`Nikolai Sherbatov, took a group of journalists`): only a company
    // noun at once (`maker of`) or an owner's possessive (`Alphabet's
    // self-driving unit`) opens an apposition then.
    let owned =
        word(from).is_some_and(|w| w.starts_with(char::is_uppercase)) && is_possessive(from + 1);
    if !article && !owned && !word(from).is_some_and(|w| COMPANY_NOUNS.contains(&w)) {
        return false;
    }
    let mut head = None;
    for i in from..from + MAX_APPOSITION_WORDS {
        match word(i) {
            _ if is_possessive(i) => head = None,
            Some(w) if w.chars().next().is_some_and(char::is_alphabetic) && !is_preposition(w) => {
                head = Some(w)
            }
            // The noun phrase ends at a preposition or a closing mark; a
            // quotation mark goes on with it (`Eddie Mannix, a studio
            // ''fixer''`, PolNeAR train).
            Some(w) if is_preposition(w) || APPOSITION_ENDS.contains(&w) => break,
            None => break,
            Some(_) => return false,
        }
    }
    // A capitalised last word is a name (`Nablus, West Bank`).
    head.is_some_and(|w| COMPANY_NOUNS.contains(&w))
}

/// Words that end an apposition's noun phrase (`the studio behind
/// Minecraft`, `the maker of Fortnite`).
fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "of" | "behind" | "in" | "at" | "for" | "with" | "which" | "that" | "whose" | "based"
    )
}

/// The lone words typed as a person somewhere and as organisations at
/// least as often as persons, outside shouted lines (a dateline's `NEW
/// YORK` and the team of that name are told apart by case). A person typed
/// an organisation once in a dozen mentions (`Dole` of `Dole team
/// seeking`) stays a person.
fn disputed_spellings<'a>(around: &Surroundings<'a>, mentions: &[Mention]) -> Set<&'a str> {
    let lone = |m: &Mention, r: &Range<usize>| {
        let spelling = m.span.of(around.text);
        (r.len() == 1 && !is_all_caps(spelling)).then_some(spelling)
    };
    let mut votes: Map<&str, (usize, usize)> = Map::default();
    for (m, r) in mentions.iter().zip(&around.ranges) {
        if m.kind == Person {
            if let Some(spelling) = lone(m, r) {
                votes.entry(spelling).or_default().1 += 1;
            }
        }
    }
    if votes.is_empty() {
        return Set::default();
    }
    for (m, r) in mentions.iter().zip(&around.ranges) {
        if m.kind == Organization {
            if let Some(votes) = lone(m, r).and_then(|s| votes.get_mut(s)) {
                votes.0 += 1;
            }
        }
    }
    votes
        .into_iter()
        .filter(|(_, (organisation, person))| organisation >= person)
        .map(|(spelling, _)| spelling)
        .collect()
}
