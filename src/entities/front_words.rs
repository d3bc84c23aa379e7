//! Capitalised first words that the model leaves off a name because the
//! document also writes them in lower case: `Three Mile Island` came out
//! `Mile Island` in an article that says `three inspections` (one of the
//! model's features is "this spelling is seen in lower case elsewhere",
//! which in training mostly marks a sentence's first word). Mid-sentence,
//! after a lower-case word, such a capital is the name's own.

use super::gazetteer::{self, Gazetteer};
use super::names::{self, Candidate};
use crate::text::Span;
use crate::tokens::{Token, TokenKind};

/// Puts back the capitalised word before each of the model's `names`
/// (disjoint, in text order) when a lower-case word precedes it, the
/// document writes it in lower case elsewhere, and it is no title, no
/// article and no name of its own (`fellow Republican Ted Cruz`).
pub fn restore(text: &str, tokens: &[Token], g: &Gazetteer, names: &mut [Candidate]) {
    let mut previous_end = 0;
    for c in names.iter_mut() {
        let end = c.tokens.end;
        // A person's name that starts with a first name is whole: the
        // word before it ends a title (`Secretary of State John Kerry`).
        let person = g.is_first_name(tokens[c.tokens.start].text(text));
        if let Some(b) = c
            .tokens
            .start
            .checked_sub(1)
            .filter(|&b| b > previous_end && !person)
        {
            if is_cut_word(text, &tokens[b - 1..=b], g)
                && !ends_title(text, tokens, b, g)
                && is_written_lower(text, tokens, b)
            {
                c.tokens.start = b;
                c.span = Span::new(tokens[b].span.start, c.span.end);
            }
        }
        previous_end = end;
    }
}

/// `pair` is the word before the candidate word and the word itself.
fn is_cut_word(text: &str, pair: &[Token], g: &Gazetteer) -> bool {
    let (before, word) = (&pair[0], pair[1].text(text));
    let lower_before =
        before.kind == TokenKind::Word && before.text(text).starts_with(|c: char| c.is_lowercase());
    let mut chars = word.chars();
    let capitalised = pair[1].kind == TokenKind::Word
        && chars.next().is_some_and(char::is_uppercase)
        && chars.any(char::is_lowercase);
    lower_before
        && capitalised
        && !names::is_article(word)
        && !g.is_title(word)
        && g.lookup(word).is_none()
}

/// Whether the word at token `i` ends a title's `of` phrase (`Chief of
/// Staff Katie Walsh`, `Secretary of State Madeleine Albright`, PolNeAR
/// train), whatever the name after it.
fn ends_title(text: &str, tokens: &[Token], i: usize, g: &Gazetteer) -> bool {
    i >= 2 && tokens[i - 1].text(text) == "of" && g.is_title(tokens[i - 2].text(text))
}

/// Whether the document has the word at token `i` in lower case.
fn is_written_lower(text: &str, tokens: &[Token], i: usize) -> bool {
    gazetteer::with_lower(tokens[i].text(text), |lower| {
        tokens.iter().any(|t| t.text(text) == lower)
    })
}
