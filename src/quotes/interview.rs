//! Quotations that answer an interviewer's questions.
//!
//! A question-and-answer interview prints each question as its own short
//! paragraph and each answer as a paragraph that is nothing but a
//! quotation, with no speech verb anywhere near it:
//!
//! ```text
//! You ran as an independent. Why?
//!
//! “Because the parties had stopped listening.”
//! ```
//!
//! The rule chain then borrows a speaker from the question (`Your critics
//! say …` gives `critics`) or finds none. The answer's speaker is the
//! person interviewed: whoever answered the questions before, or, for the
//! first answer, the person the introduction names most.

use super::attribution::Attribution;
use super::phrases::{self, Np, NpKind};
use super::tokens::{Kind, Tokens};
use std::ops::Range;

/// The most words in a question paragraph (`You ran as an independent.
/// Why?`): a longer paragraph ending in a question mark is the story's own
/// prose, not an interviewer's turn.
const MAX_QUESTION_WORDS: usize = 40;

/// Gives every answer quotation the interviewee as its speaker.
pub fn attribute_answers(text: &str, toks: &Tokens, att: &mut Attribution) {
    let mut interviewee: Option<Np> = None;
    let mut last_answer: Option<Range<usize>> = None;
    for (q, &qi) in toks.quote_token.iter().enumerate() {
        let Some((question, answer)) = turn(toks, qi, last_answer.as_ref()) else {
            continue;
        };
        interviewee = interviewee.or_else(|| most_named(text, toks, question.start));
        if let Some(np) = interviewee {
            att.quote_speakers[q] = Some(np);
            att.sentence_speakers[toks.sentence_of[qi]] = Some(np);
        }
        last_answer = Some(answer);
    }
}

/// The tokens of the paragraph holding token `k`.
fn paragraph(toks: &Tokens, k: usize) -> Range<usize> {
    let tokens = &toks.tokens;
    let para = tokens[k].para;
    let start = (0..k).rev().take_while(|&j| tokens[j].para == para).last();
    let end = (k..tokens.len())
        .take_while(|&j| tokens[j].para == para)
        .last();
    start.unwrap_or(k)..end.unwrap_or(k) + 1
}

/// The question and the answer paragraphs when the quotation at `qi`
/// answers one: `qi` opens a paragraph of quotations and punctuation only,
/// and the paragraph before is a short one that quotes nobody and either
/// asks (ends in `?`) or follows the previous answer (`Your critics say
/// the plan is too expensive.` between two answers).
fn turn(
    toks: &Tokens,
    qi: usize,
    last_answer: Option<&Range<usize>>,
) -> Option<(Range<usize>, Range<usize>)> {
    let tokens = &toks.tokens;
    let answer = paragraph(toks, qi);
    let only_quoted = tokens[answer.clone()].iter().all(|t| !t.is_word());
    if answer.start != qi || answer.start == 0 || !only_quoted {
        return None;
    }
    let question = paragraph(toks, answer.start - 1);
    let asks = tokens[question.end - 1].is_punct("?");
    let follows_answer = last_answer.is_some_and(|a| a.end == question.start);
    let words = tokens[question.clone()]
        .iter()
        .filter(|t| t.is_word())
        .count();
    let quotes_nobody = tokens[question.clone()]
        .iter()
        .all(|t| !matches!(t.kind, Kind::Quote(_)));
    let is_turn = (asks || follows_answer) && quotes_nobody && words <= MAX_QUESTION_WORDS;
    is_turn.then_some((question, answer))
}

/// The full name (two words or more) in `0..end` whose last word the
/// whole text repeats most, at its last mention there: an interview's
/// introduction names the person interviewed in full, and the answers
/// and the rest of the piece keep coming back to them.
fn most_named(text: &str, toks: &Tokens, end: usize) -> Option<Np> {
    let tokens = &toks.tokens;
    let key = |np: &Np| phrases::without_possessive(&tokens[np.last].lower).to_string();
    let repeats = |word: &str| {
        tokens
            .iter()
            .filter(|t| t.is_word() && phrases::without_possessive(&t.lower) == word)
            .count()
    };
    phrases::mentions(text, toks, 0, end)
        .into_iter()
        .filter(|np| np.kind == NpKind::Name && np.last > np.first)
        .map(|np| (repeats(&key(&np)), np))
        .max_by_key(|&(n, np)| (n, np.first))
        .map(|(_, np)| np)
}
