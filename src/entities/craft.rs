//! Craft and programmes named by the article (`its Starship rocket`, `The
//! Orion capsule`, `the company's New Glenn rocket`, `its Artemis moon
//! programme`): CoNLL types a vehicle or a programme MISC (eng.train's
//! `MI-17` helicopter, `Medicare` program, `Titanic`). The model missed
//! most new ones or read them as firms (`Blue Moon`) and people
//! (`Starliner`). A capitalised name between an owner (`its`, `their`,
//! a possessive) or `the` and a craft's noun is one, every mention of its
//! spelling; a Roman numeral after a mention is part of it (`Artemis
//! III`).

use super::consistency::Mention;
use super::joins::{join, overlapping};
use crate::annotations::EntityType::{self, Misc, Person};
use crate::entities::gazetteer;
use crate::text::{overlaps_sorted, Span};
use crate::tokens::{self, Token, TokenKind};

/// Nouns that say a name before them is a craft or a space programme.
/// Not `vehicle`, `jet`, `aircraft` or `airliner`: the name before them
/// is the owner or the maker in eng.train (`a TWA jet`, `a Croatian
/// government jet`, `Russian-made MI-17 helicopter`), nor `mission` or
/// `probe` (`the OSCE mission`, `the Chechnya mission`, `in Saudi bomb
/// probe`).
const CRAFT_NOUNS: &[&str] = &[
    "booster",
    "boosters",
    "capsule",
    "capsules",
    "lander",
    "landers",
    "megarocket",
    "program",
    "programme",
    "rocket",
    "rockets",
    "rover",
    "satellite",
    "satellites",
    "spacecraft",
    "telescope",
];

/// Words that may stand between the name and the noun (`its Artemis moon
/// programme`, `the Galileo navigation satellites`).
const MODIFIERS: &[&str] = &["lunar", "moon", "navigation", "space"];

/// Words before the name that make it the thing the noun names: an owner
/// (`its Neutron rocket`) or `the`. Not `a`: `a SpaceX rocket` names the
/// maker.
const OWNERS: &[&str] = &["its", "their", "the"];

/// Roman numerals that number a craft or a mission (`Artemis III`).
const NUMERALS: &[&str] = &["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/// Adds or retypes as MISC the craft and programmes the article names
/// (see the module comment). `dates` are the date patterns: `the June 5
/// rocket launch` names no craft.
pub fn find(
    text: &str,
    tokens: &[Token],
    dates: &[(Span, EntityType)],
    mentions: &mut Vec<Mention>,
) {
    let mut spellings: Vec<&str> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || !CRAFT_NOUNS.contains(&t.text(text)) {
            continue;
        }
        let Some(span) = name_before(text, tokens, i) else {
            continue;
        };
        let name = span.of(text);
        if !spellings.contains(&name) && is_new_name(text, dates, mentions, span) {
            spellings.push(name);
        }
    }
    for name in spellings {
        mark_every(text, mentions, name, |span| with_numeral(text, span));
    }
}

/// Makes every whole-word occurrence of `name` (widened by `widen`) one
/// MISC mention, over the mentions inside it; an occurrence inside a
/// longer mention is left, as the longer name is another name (`Orion
/// Health`).
pub(super) fn mark_every(
    text: &str,
    mentions: &mut Vec<Mention>,
    name: &str,
    widen: impl Fn(Span) -> Span,
) {
    for span in occurrences(text, name) {
        let span = widen(span);
        let inside = overlapping(mentions, span);
        if mentions[inside]
            .iter()
            .all(|m| m.span.start >= span.start && m.span.end <= span.end)
        {
            join(mentions, span, Misc);
        }
    }
}

/// The name of up to four capitalised words or numbers (`Blue Moon Mark
/// 1`, `Ariane 6`) that ends right before the craft noun at token `noun`
/// (or one modifier before it) and follows an owner.
fn name_before(text: &str, tokens: &[Token], noun: usize) -> Option<Span> {
    let word = |i: usize| tokens[i].text(text);
    let mut end = noun;
    if end > 0 && MODIFIERS.contains(&word(end - 1)) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < 4 && is_name_token(text, &tokens[start - 1]) {
        start -= 1;
    }
    let owned = start > 0
        && (tokens[start - 1].kind == TokenKind::Possessive
            || OWNERS
                .iter()
                .any(|o| o.eq_ignore_ascii_case(word(start - 1))));
    let capitalised = start < end && tokens[start].kind == TokenKind::Word;
    (owned && capitalised).then(|| Span::new(tokens[start].span.start, tokens[end - 1].span.end))
}

/// Whether the name over `span` before a craft noun is a name of its own:
/// no listed name (`the Soviet space programme`), acronym (`the NASA
/// rocket`, the owner), date or person's name.
fn is_new_name(text: &str, dates: &[(Span, EntityType)], mentions: &[Mention], span: Span) -> bool {
    let name = span.of(text);
    let listed = gazetteer::get().lookup(name).is_some();
    let acronym = !name.contains(' ') && tokens::is_all_caps(name);
    !listed
        && !acronym
        && !overlaps_sorted(dates, span, |(d, _)| *d)
        && !is_persons(text, mentions, span)
}

/// A capitalised word (`Starship`, `A321neo`) or a number (`6`); not an
/// owner opening a sentence (`The Orion capsule`).
fn is_name_token(text: &str, token: &Token) -> bool {
    let word = token.text(text);
    match token.kind {
        TokenKind::Word => {
            tokens::is_capitalised(word) && !OWNERS.iter().any(|o| o.eq_ignore_ascii_case(word))
        }
        TokenKind::Number => true,
        _ => false,
    }
}

/// Whether `span` overlaps a person's name of two words or more or spells
/// one of its words (`the Reagan program` after `Ronald Reagan`). A lone
/// word typed PER is no evidence: the model reads new craft as people
/// (`Starliner`).
fn is_persons(text: &str, mentions: &[Mention], span: Span) -> bool {
    let name = span.of(text);
    mentions.iter().any(|m| {
        let person = m.span.of(text);
        let overlaps = m.span.start < span.end && span.start < m.span.end;
        m.kind == Person
            && person.contains(' ')
            && (overlaps || person.split(' ').any(|w| w == name))
    })
}

/// The spans where `name` stands as whole words in `text`.
pub(super) fn occurrences<'a>(text: &'a str, name: &'a str) -> impl Iterator<Item = Span> + 'a {
    let bounded = |c: Option<char>| !c.is_some_and(tokens::is_letter_or_digit);
    text.match_indices(name).filter_map(move |(at, _)| {
        let end = at + name.len();
        let whole = bounded(text[..at].chars().next_back()) && bounded(text[end..].chars().next());
        whole.then(|| Span::new(at, end))
    })
}

/// `span` with the Roman numeral after it, if one follows (`Artemis III`).
fn with_numeral(text: &str, span: Span) -> Span {
    let rest = &text[span.end..];
    let Some(after) = rest.strip_prefix(' ') else {
        return span;
    };
    let numeral = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if NUMERALS.contains(&numeral) {
        Span::new(span.start, span.end + 1 + numeral.len())
    } else {
        span
    }
}
