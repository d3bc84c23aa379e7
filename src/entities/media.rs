//! Newspapers and broadcasters: CoNLL types them as organisations (`The
//! Times`, `Washington Post`, `Daily Telegraph`, `Jakarta Post`, `Sky`,
//! `CNN`, `Israel Radio`, `Channel Two` in eng.train). The model reads a
//! paper named like a people or a place by that word (`The Scotsman`
//! MISC), misses one named by a common noun (`The Economist`) and cuts a
//! channel at its number (`Channel` + `News` for `Channel 4 News`).

use super::consistency::Mention;
use super::joins::{in_title_case, join, overlapping, token_range, tokens_span};
use crate::annotations::EntityType::Organization;
use crate::tokens::{Token, TokenKind};
use std::ops::Range;

/// Last words of a newspaper's or magazine's name.
const PAPER_HEADS: &[&str] = &[
    "Argus",
    "Chronicle",
    "Courier",
    "Echo",
    "Economist",
    "Examiner",
    "Express",
    "Gazette",
    "Guardian",
    "Herald",
    "Independent",
    "Inquirer",
    "Journal",
    "Mail",
    "Mirror",
    "Observer",
    "Post",
    "Scotsman",
    "Spectator",
    "Standard",
    "Telegraph",
    "Times",
    "Tribune",
];

/// Broadcasters' words before a channel's number (`Channel 4`, `BBC
/// Radio 4`).
const CHANNELS: &[&str] = &["Channel", "Radio"];

/// Words that go on with a channel's name after its number.
const PROGRAMMES: &[&str] = &["News"];

/// Longest channel number, in digits.
const MAX_CHANNEL_DIGITS: usize = 2;

/// Types newspapers as organisations and takes channels whole.
pub fn fix(text: &str, tokens: &[Token], sentences: &[Range<usize>], mentions: &mut Vec<Mention>) {
    // One walk over the tokens finds the places where either may start:
    // a token after `The`, a word before a number. Bytes, lengths first:
    // this runs at every token, and a word's slice (checked for UTF-8
    // bounds) or a search of the text cost more than the rest of the pass.
    let bytes = text.as_bytes();
    let (mut after_the, mut before_number) = (Vec::new(), Vec::new());
    for (i, pair) in tokens.windows(2).enumerate() {
        let (first, next) = (pair[0].span, pair[1].span);
        if first.end - first.start == 3
            && &bytes[first.start..first.end] == b"The"
            && bytes[next.start].is_ascii_uppercase()
        {
            after_the.push(i + 1);
        } else if pair[1].kind == TokenKind::Number && next.end - next.start <= MAX_CHANNEL_DIGITS {
            before_number.push(i);
        }
    }
    if !after_the.is_empty() {
        papers(text, tokens, sentences, &after_the, mentions);
    }
    if !before_number.is_empty() {
        channels(text, tokens, &before_number, mentions);
    }
}

/// `The X`, with a capital `The` (X at each token of `after_the`), where
/// X ends in a paper's head word: an organisation (`The Scotsman`, typed
/// MISC), found even where the model saw nothing if the `The` is inside a
/// sentence (`and The Economist`): a sentence's own `The` says nothing
/// of an untagged word (`The Observer said` may be anyone), nor does a
/// title-case line (`In The Mail`).
fn papers(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    after_the: &[usize],
    mentions: &mut Vec<Mention>,
) {
    let word = |i: usize| tokens[i].text(text);
    let opens_sentence = |i: usize| sentences.binary_search_by_key(&i, |r| r.start).is_ok();
    let mut found = Vec::new();
    for &i in after_the {
        let inside = overlapping(mentions, tokens[i].span);
        let r = match mentions[inside.clone()].first() {
            Some(m) if m.span.start == tokens[i].span.start => token_range(tokens, m.span),
            None if !opens_sentence(i - 1) && !in_title_case(text, tokens, sentences, i) => {
                i..i + 1
            }
            _ => continue,
        };
        if PAPER_HEADS.contains(&word(r.end - 1)) {
            found.push(tokens_span(tokens, r.start, r.end - 1));
        }
    }
    for span in found {
        join(mentions, span, Organization);
    }
}

/// `Channel 4`, `Radio 4`, `Channel 4 News` (a channel's word at each
/// token of `before_number`): one organisation.
fn channels(text: &str, tokens: &[Token], before_number: &[usize], mentions: &mut Vec<Mention>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut found = Vec::new();
    for &i in before_number {
        let digits = word(i + 1).bytes().all(|b| b.is_ascii_digit());
        if digits && CHANNELS.contains(&word(i)) {
            let end = if PROGRAMMES.contains(&word(i + 2)) {
                i + 2
            } else {
                i + 1
            };
            found.push(tokens_span(tokens, i, end));
        }
    }
    for span in found {
        join(mentions, span, Organization);
    }
}
