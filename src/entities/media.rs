//! Newspapers and broadcasters: CoNLL types them as organisations (`The
//! Times`, `Washington Post`, `Daily Telegraph`, `Jakarta Post`, `Sky`,
//! `CNN`, `Israel Radio`, `Channel Two` in eng.train). The model reads a
//! paper named like a people or a place by that word (`The Scotsman`
//! MISC) and cuts a channel at its number (`Channel` + `News` for
//! `Channel 4 News`). A paper's name after `The` that the model tagged,
//! and a channel with its number, are organisations. (The papers the
//! model misses, `The Economist`, are not looked for: that took a test
//! at every token.)

use super::consistency::Mention;
use super::joins::{first_and_last, join, token_range, tokens_span};
use crate::annotations::EntityType::Organization;
use crate::tokens::Token;

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

/// Types newspapers as organisations and takes channels whole. Both
/// start at a mention of the model's (`Scotsman`, `Channel`): a walk over
/// every token cost the entity pass 0.4 %.
pub fn fix(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let (mut papers, mut channels) = (Vec::new(), Vec::new());
    for m in mentions.iter() {
        let (first, last) = first_and_last(m.span.of(text));
        let paper = PAPER_HEADS.contains(&last);
        let channel = CHANNELS.contains(&last);
        if !paper && !channel && !CHANNELS.contains(&first) {
            continue;
        }
        let r = token_range(tokens, m.span);
        if paper && r.start > 0 && word(r.start - 1) == "The" {
            papers.push(m.span);
        }
        if let Some(c) = r.clone().find(|&i| CHANNELS.contains(&word(i))) {
            if is_channel_number(word(c + 1)) {
                let end = if PROGRAMMES.contains(&word(c + 2)) {
                    c + 2
                } else {
                    c + 1
                };
                channels.push(tokens_span(tokens, r.start, end));
            }
        }
    }
    for span in papers.into_iter().chain(channels) {
        join(mentions, span, Organization);
    }
}

/// `4` of `Channel 4`: one or two digits.
fn is_channel_number(word: &str) -> bool {
    (1..=MAX_CHANNEL_DIGITS).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}
