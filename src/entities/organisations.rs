//! Organisations the model mistypes, told by what the document says
//! around their names.
//!
//! The model was trained on 1996 newswire: a company founded since
//! (`Anthropic`, `Klarna`, `Waymo`) has no cluster or gazetteer entry and
//! is read as a person or a place from its shape. The article itself
//! usually says what it is, in phrases that only an organisation takes:
//! `Anthropic's chief financial officer`, `shares of Amazon`, `an analyst
//! at Bernstein`, `Klarna, the Swedish fintech firm,`, `Walt Disney Co`
//! next to a bare `Walt Disney`. One such phrase makes every mention of the
//! same spelling an organisation.
//!
//! Separately, where the model itself typed one word both as an
//! organisation and as a person in one article (`Chelsea`, `Mojang`), and
//! the word is no part of a person's full name there, it is the
//! organisation.

use super::consistency::Mention;
use super::gazetteer::with_lower;
use super::{Map, Set};
use crate::annotations::EntityType::{Organization, Person};
use crate::tokens::{is_all_caps, Token, TokenKind};

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

/// Two words before a name that make it a company: `shares of X`, `stake
/// in X`, `analyst at X`, `chief executive of X`.
const BEFORE_ORGANISATIONS: &[(&str, &str)] = &[
    ("analyst", "at"),
    ("analysts", "at"),
    ("economist", "at"),
    ("economists", "at"),
    ("executive", "of"),
    ("founder", "of"),
    ("shares", "in"),
    ("shares", "of"),
    ("stake", "in"),
    ("strategist", "at"),
    ("strategists", "at"),
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
/// them (`Minecraft developer Mojang`, `iPhone maker Apple`); after a
/// lower-case word they may describe a person (`software developer Ann`).
const MADE_BY: &[&str] = &["developer", "maker"];

/// Head nouns of an apposition that describe a company: `Shopify, the
/// Canadian e-commerce platform,`. Nouns for people (`executive`,
/// `founder`, `manager`, `developer`) are left out: `Jamie Dimon, the
/// bank's chief executive` names a person.
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
    "group",
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

/// A mention with the tokens it covers.
struct Placed<'a> {
    mention: &'a Mention,
    first: usize,
    end: usize,
}

/// Retypes as organisations the mentions whose spelling the document
/// shows to be one (see the module comment).
pub fn retype(text: &str, tokens: &[Token], mentions: &mut [Mention]) {
    let placed = place(tokens, mentions);
    let word = |i: usize| tokens.get(i).map(|t| t.text(text));
    let key = |p: &Placed| p.mention.span.of(text).to_lowercase();
    let people = person_words(text, &placed);
    let mut evidenced: Set<String> = Set::default();
    for p in &placed {
        if is_company_context(&word, tokens, p) && !is_adjective(p.mention.span.of(text)) {
            evidenced.insert(key(p));
        }
        let words: Vec<&str> = p.mention.span.of(text).split_whitespace().collect();
        if let [name @ .., last] = &words[..] {
            if !name.is_empty() && COMPANY_SUFFIXES.contains(last) {
                evidenced.insert(name.join(" ").to_lowercase());
            }
        }
    }
    let typed_organisation = organisation_spellings(text, &placed);
    let retyped: Vec<usize> = placed
        .iter()
        .enumerate()
        .filter(|(_, p)| p.mention.kind != Organization)
        .filter(|(_, p)| {
            let k = key(p);
            let lone = p.end - p.first == 1;
            let surname = lone && people.contains(&k);
            let disputed = lone && p.mention.kind == Person && typed_organisation.contains(&k);
            !surname && (evidenced.contains(&k) || disputed)
        })
        .map(|(i, _)| i)
        .collect();
    for i in retyped {
        mentions[i].kind = Organization;
    }
}

/// Each mention's token range (mentions and tokens are both in text order).
fn place<'a>(tokens: &[Token], mentions: &'a [Mention]) -> Vec<Placed<'a>> {
    mentions
        .iter()
        .map(|m| {
            let first = tokens.partition_point(|t| t.span.start < m.span.start);
            let end = tokens.partition_point(|t| t.span.start < m.span.end);
            Placed {
                mention: m,
                first,
                end,
            }
        })
        .collect()
}

/// `France-registered`, `California-based`: a name made an adjective, which
/// `shares of` can precede (`Shares of France-registered printed packaging
/// company Cofinec`).
fn is_adjective(name: &str) -> bool {
    name.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
}

/// Whether the words around a mention say it is a company.
fn is_company_context<'t>(
    word: &impl Fn(usize) -> Option<&'t str>,
    tokens: &[Token],
    p: &Placed,
) -> bool {
    let lower =
        |i: usize, list: &[&str]| word(i).is_some_and(|w| with_lower(w, |l| list.contains(&l)));
    let possessive = tokens
        .get(p.end)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    let owned = possessive
        && (lower(p.end + 1, OWNED_BY_ORGANISATIONS)
            || (lower(p.end + 1, &["chief"]) && lower(p.end + 2, CHIEF_OF_ORGANISATIONS)));
    let before = p.first >= 2
        && BEFORE_ORGANISATIONS.iter().any(|(a, b)| {
            lower(p.first - 2, std::slice::from_ref(a))
                && lower(p.first - 1, std::slice::from_ref(b))
        });
    let titled = p.first >= 1 && lower(p.first - 1, COMPANY_TITLES);
    let made_by = p.first >= 2
        && lower(p.first - 1, MADE_BY)
        && word(p.first - 2).is_some_and(|w| w.starts_with(char::is_uppercase));
    owned || before || titled || made_by || company_apposition(word, p.end)
}

/// `X, the Swedish buy-now-pay-later firm,`, `X, maker of Fortnite`,
/// `X, Alphabet's self-driving unit,`: after a comma (and an article), the
/// last word before the next punctuation mark or preposition is a company
/// noun.
fn company_apposition<'t>(word: &impl Fn(usize) -> Option<&'t str>, end: usize) -> bool {
    if word(end) != Some(",") {
        return false;
    }
    let article = word(end + 1).is_some_and(|w| APPOSITION_ARTICLES.contains(&w));
    let from = end + 1 + usize::from(article);
    // Without an article, a comma is as often followed by a clause
    // (`Nikolai Sherbatov, took a group of journalists`): only a company
    // noun at once (`maker of`) or an owner's possessive (`Alphabet's
    // self-driving unit`) opens an apposition then.
    let owned = word(from).is_some_and(|w| w.starts_with(char::is_uppercase))
        && word(from + 1).is_some_and(|w| matches!(w, "'s" | "\u{2019}s"));
    if !article && !owned && !word(from).is_some_and(|w| COMPANY_NOUNS.contains(&w)) {
        return false;
    }
    let mut head = None;
    for i in from..from + MAX_APPOSITION_WORDS {
        match word(i) {
            Some(w) if w.chars().next().is_some_and(char::is_alphabetic) && !is_preposition(w) => {
                head = Some(w)
            }
            Some("'s" | "\u{2019}s") => head = None,
            Some(_) | None => break,
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

/// The lower-cased spellings typed as organisations at least as often as
/// persons, outside shouted lines (a dateline's `NEW YORK` and the team of
/// that name are told apart by case). A person typed an organisation once
/// in a dozen mentions (`Dole` of `Dole team seeking`) stays a person.
fn organisation_spellings(text: &str, placed: &[Placed]) -> Set<String> {
    let mut votes: Map<String, (usize, usize)> = Map::default();
    for p in placed {
        let spelling = p.mention.span.of(text);
        if is_all_caps(spelling) {
            continue;
        }
        let (organisation, person) = votes.entry(spelling.to_lowercase()).or_default();
        match p.mention.kind {
            Organization => *organisation += 1,
            Person => *person += 1,
            _ => {}
        }
    }
    votes
        .into_iter()
        .filter(|(_, (organisation, person))| *organisation > 0 && organisation >= person)
        .map(|(spelling, _)| spelling)
        .collect()
}

/// The lower-cased words of the document's person names of two words or
/// more: a lone mention of one is a surname or a first name.
fn person_words(text: &str, placed: &[Placed]) -> Set<String> {
    placed
        .iter()
        .filter(|p| p.mention.kind == Person && p.end - p.first > 1)
        .flat_map(|p| p.mention.span.of(text).split_whitespace())
        .map(str::to_lowercase)
        .collect()
}
