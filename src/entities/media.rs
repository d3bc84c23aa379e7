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
    papers(text, tokens, sentences, mentions);
    channels(text, tokens, mentions);
}

/// `The X`, with a capital `The`, where X ends in a paper's head word: an
/// organisation (`The Scotsman`, typed MISC), found even where the model
/// saw nothing if the `The` is inside a sentence (`and The Economist`): a
/// sentence's own `The` says nothing of an untagged word (`The Observer
/// said` may be anyone), nor does a title-case line (`In The Mail`).
fn papers(text: &str, tokens: &[Token], sentences: &[Range<usize>], mentions: &mut Vec<Mention>) {
    let word = |i: usize| tokens[i].text(text);
    let opens_sentence = |i: usize| sentences.binary_search_by_key(&i, |r| r.start).is_ok();
    let mut found = Vec::new();
    for i in 1..tokens.len() {
        if word(i - 1) != "The" || !word(i).starts_with(char::is_uppercase) {
            continue;
        }
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

/// `Channel 4`, `Radio 4`, `Channel 4 News`: one organisation.
fn channels(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let number = tokens[i + 1];
        let numbered = number.kind == TokenKind::Number
            && number.text(text).len() <= MAX_CHANNEL_DIGITS
            && number.text(text).chars().all(|c| c.is_ascii_digit());
        if numbered && CHANNELS.contains(&word(i)) {
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
