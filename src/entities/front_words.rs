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
use std::ops::Range;

/// Shortest word put back: shorter capitalised words before a name are
/// function words in a title-case phrase or a typo (`rally In
/// Mississippi`, PolNeAR train).
const MIN_WORD_CHARS: usize = 3;

/// Share of capitalised words above which a sentence is written in title
/// case (`Ted Cruz Refuses to Disavow Lindsey Graham Endorsement`): its
/// capitals say nothing.
const TITLE_CASE_SHARE: f32 = 0.5;

/// Puts back the capitalised word before each of the model's `names`
/// (disjoint, in text order) when a lower-case word of the same sentence
/// precedes it, the document writes it in lower case elsewhere, and it is
/// no title, no article and no name of its own (`fellow Republican Ted
/// Cruz`). `sentences` cover the tokens in order.
pub fn restore(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    g: &Gazetteer,
    names: &mut [Candidate],
) {
    let mut previous_end = 0;
    let mut sentence = sentences.iter();
    let mut current = sentence.next();
    for c in names.iter_mut() {
        while current.is_some_and(|s| s.end <= c.tokens.start) {
            current = sentence.next();
        }
        let Some(s) = current else { break };
        let from = previous_end.max(s.start);
        previous_end = c.tokens.end;
        let Some(b) = c.tokens.start.checked_sub(1).filter(|&b| b > from) else {
            continue;
        };
        if belongs(text, tokens, s, b, c, g) {
            c.tokens.start = b;
            c.span = Span::new(tokens[b].span.start, c.span.end);
        }
    }
}

/// Whether the word at token `b` (after a word of sentence `s`) belongs
/// to the name `c` that follows it.
fn belongs(
    text: &str,
    tokens: &[Token],
    s: &Range<usize>,
    b: usize,
    c: &Candidate,
    g: &Gazetteer,
) -> bool {
    // A listed name is whole (`Make America Great Again` is not about a
    // place called `Make America`) unless the longer one is listed too.
    let listed = || {
        g.lookup(c.span.of(text)).is_some()
            && g.lookup(&text[tokens[b].span.start..c.span.end]).is_none()
    };
    // A person's name that starts with a first name is whole: the word
    // before it ends a title (`Secretary of State John Kerry`).
    let person = || g.is_first_name(tokens[c.tokens.start].text(text));
    // Cheapest tests first: most names have no capitalised word before.
    is_cut_word(text, &tokens[b - 1..=b], g)
        && !ends_title(text, tokens, b, g)
        && !person()
        && !listed()
        && !is_title_case(text, &tokens[s.clone()])
        && is_written_lower(text, tokens, b)
}

/// Whether most words of a sentence are capitalised.
fn is_title_case(text: &str, sentence: &[Token]) -> bool {
    let words = sentence.iter().filter(|t| t.kind == TokenKind::Word);
    let (mut capitalised, mut all) = (0, 0);
    for w in words {
        all += 1;
        capitalised += usize::from(w.text(text).starts_with(char::is_uppercase));
    }
    capitalised as f32 >= all as f32 * TITLE_CASE_SHARE
}

/// `pair` is the word before the candidate word and the word itself.
fn is_cut_word(text: &str, pair: &[Token], g: &Gazetteer) -> bool {
    let (before, word) = (&pair[0], pair[1].text(text));
    let lower_before =
        before.kind == TokenKind::Word && before.text(text).starts_with(|c: char| c.is_lowercase());
    let capitalised = || {
        let mut chars = word.chars();
        pair[1].kind == TokenKind::Word
            && chars.next().is_some_and(char::is_uppercase)
            && chars.any(char::is_lowercase)
            && word.chars().count() >= MIN_WORD_CHARS
    };
    lower_before
        && capitalised()
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

/// Puts back a sentence's first word that the model left off the name
/// after it when the document writes the name with that word elsewhere
/// (`Planned` + `Parenthood Action Fund` opening a sentence, next to a
/// `Planned Parenthood Federation …` further on): the model reads a
/// common word opening a sentence as no part of a name. A title is no
/// part of it (`Justice Scalia` opening a sentence, PolNeAR train: CoNLL
/// leaves titles out of names).
/// `names` are disjoint and in text order; `sentences` cover the tokens
/// in order.
pub fn restore_openers(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    g: &Gazetteer,
    names: &mut [Candidate],
) {
    for i in 0..names.len() {
        let Some(b) = names[i].tokens.start.checked_sub(1) else {
            continue;
        };
        let free = i == 0 || names[i - 1].tokens.end <= b;
        let (word, next) = (&tokens[b], tokens[b + 1].text(text));
        // Cheapest tests first: most names follow no capitalised word.
        let opener = word.kind == TokenKind::Word
            && word.text(text).starts_with(char::is_uppercase)
            && word.text(text).chars().count() >= MIN_WORD_CHARS
            && !names::is_article(word.text(text))
            && !g.is_title(word.text(text));
        if !opener || !free || !opens_sentence(sentences, b) {
            continue;
        }
        let written_whole = names.iter().any(|d| {
            d.tokens.len() > 1
                && tokens[d.tokens.start].text(text) == word.text(text)
                && tokens[d.tokens.start + 1].text(text) == next
        });
        if written_whole {
            let c = &mut names[i];
            c.tokens.start = b;
            c.span = Span::new(word.span.start, c.span.end);
        }
    }
}

/// Whether token `i` is the first of its sentence.
fn opens_sentence(sentences: &[Range<usize>], i: usize) -> bool {
    let s = sentences.partition_point(|s| s.end <= i);
    sentences.get(s).is_some_and(|s| s.start == i)
}
