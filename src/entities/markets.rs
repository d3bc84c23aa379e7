//! Stock market indices: CoNLL types them as MISC with their number
//! (`FTSE 100`, `S&P Index`, `NASDAQ Index`, `Dow Jones`, `Nikkei`,
//! `CAC-40`, `Hang Seng` in eng.train), and an exchange as ORG. The model
//! types the ones it has not seen by shape (`DAX` ORG, `Topix` ORG) and
//! leaves numbers out (`CAC` for `CAC 40`, `S&P` ORG for `S&P 500`).
//!
//! An index's name, with the number or word that completes it, is one
//! MISC name, found even where the model saw nothing (`Stoxx 600`).

use super::consistency::Mention;
use super::joins::{join, overlapping, tokens_at, tokens_span};
use crate::annotations::EntityType::Misc;
use crate::tokens::{Token, TokenKind};
use regex::Regex;
use std::sync::OnceLock;

/// Indices, a name on their own (`the Nikkei fell`, `the Hang Seng`).
const INDICES: &[&str] = &[
    "CAC",
    "DAX",
    "Dow",
    "Dow Jones",
    "Euro Stoxx",
    "FTSE",
    "Hang Seng",
    "Kospi",
    "Nasdaq",
    "Nikkei",
    "Sensex",
    "Stoxx",
    "Topix",
];

/// Index families that are also companies or people on their own (`S&P`
/// rates bonds, `Russell` is a name): an index only with its number or
/// `Index` after it.
const NUMBERED_ONLY: &[&str] = &["ASX", "MSCI", "Russell", "S&P"];

/// Words that complete an index's name after it (`Nasdaq Composite`,
/// `Dow Jones Industrial Average`).
const COMPLETIONS: &[&str] = &["Average", "Composite", "Index", "Industrial"];

/// Longest index number (`Russell 2000`), in digits.
const MAX_INDEX_DIGITS: usize = 4;

/// The index names of the text, found by one pattern (a test per token
/// cost the entity pass 3 %).
fn pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        let names: Vec<String> = INDICES
            .iter()
            .chain(NUMBERED_ONLY)
            .map(|n| regex::escape(n))
            .collect();
        // Longest first, so that `Dow Jones` wins over `Dow`.
        let mut names = names;
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        Regex::new(&format!(r"(?-u:\b)(?:{})(?-u:\b)", names.join("|"))).expect("valid pattern")
    })
}

/// Tags the indices of the text as MISC names.
pub fn fix(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    for found in pattern().find_iter(text) {
        let Some(stem) = tokens_at(tokens, found.start(), found.end()) else {
            continue;
        };
        let alone = INDICES.contains(&found.as_str());
        let mut end = stem.end;
        while COMPLETIONS.contains(&word(end)) {
            end += 1;
        }
        if end == stem.end && is_index_number(tokens, text, end) {
            end += 1;
        }
        if alone || end > stem.end {
            tag(mentions, tokens_span(tokens, stem.start, end - 1));
        }
    }
}

/// Makes `span` one MISC name, unless a mention reaches past it (`Hang
/// Seng Bank`, `Dow Chemical`): the index's name is then part of another.
fn tag(mentions: &mut Vec<Mention>, span: crate::text::Span) {
    let inside = overlapping(mentions, span);
    if mentions[inside].iter().all(|m| span.contains(m.span)) {
        join(mentions, span, Misc);
    }
}

/// `100` of `FTSE 100`: a whole number of a few digits, not an amount
/// (`Nasdaq 1,143`, `FTSE 3.5%`).
fn is_index_number(tokens: &[Token], text: &str, i: usize) -> bool {
    tokens.get(i).is_some_and(|t| {
        let w = t.text(text);
        let percent = tokens.get(i + 1).is_some_and(|n| n.text(text) == "%");
        t.kind == TokenKind::Number
            && w.len() <= MAX_INDEX_DIGITS
            && w.chars().all(|c| c.is_ascii_digit())
            && !percent
    })
}
