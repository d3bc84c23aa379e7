//! Single quotation marks: whether a document quotes with them, and which
//! of its `‘ ’ '` are quotation marks rather than apostrophes.
//!
//! British and Commonwealth outlets quote with `‘…’` and nest `“…”` inside;
//! US outlets (and PolNeAR) do the reverse. The same characters are also
//! apostrophes (`don’t`, `Johnson’s`, `’90s`, `rock ’n’ roll`, `Hawai‘i`,
//! `it's`). A single mark is read from the characters around it:
//!
//! * between two letters or digits it is an apostrophe;
//! * `‘` or `'` at a word start (after a space, the paragraph start, a
//!   dash, a colon, an opening bracket or opening double mark) and before
//!   a non-space opens a quote, unless an elision follows (`'07,`,
//!   `'90s`, `'em`, `'n'`); `’` there is always an elision (`’90s`, `rock ’n’ roll`);
//! * `’` or `'` after a non-space and not before a letter or digit closes
//!   one. After an `s` and before a word (`the players’ union`) it may be a
//!   plural possessive instead: it closes only when no sure closing mark
//!   follows before the next opening one (`‘The players’ union,’ he said`
//!   closes at `,’`; `called it ‘a win for the players’ and left` at
//!   `players’`).
//!
//! The document quotes with single marks when there are at least two
//! closed single-quoted spans outside every double-quoted span and they
//! outnumber the double-quoted spans outside every single-quoted one. So a
//! US text's nested singles (inside doubles) count for nothing, a
//! Guardian-style single-quoted headline over a double-quoted body loses,
//! and a tie keeps the double marks.

use super::marks::{is_space, Mark, Quoted, Shape};
use crate::text::Span;

/// Characters after which a single mark stands at a word start, where an
/// opening mark goes: a dash, a slash, a colon, an opening bracket, an
/// opening double mark (`“‘Yes’ was his answer”`). The straight `"` is left
/// out: it also closes (`"Star Wars"'s`).
const WORD_START_AFTER: &str = "([{—–-/:“„«";

/// Words cut at the front, written with a leading apostrophe that looks
/// like an opening mark (`'em`, `rock 'n' roll`, `'til`, `What's So Funny 'Bout`).
const ELIDED_WORDS: &[&str] = &["bout", "cause", "em", "n", "til", "tis", "twas"];

/// Closed single-quoted spans (outside double quotes) needed before the
/// single marks are read as the document's quotation marks. One is no
/// evidence of a house style: US headlines quote with single marks (`FOR
/// AFGHAN WOMEN ‘GLASS IS HALF FULL.’`) and so, now and then, do a speaker's
/// imagined words in an interview; PolNeAR train has one of each, in
/// documents with no double-quoted span at all.
const MIN_SINGLE_QUOTES: usize = 2;

/// How a single mark reads in its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    Open,
    Close,
    /// `s’` before a word: a closing mark or a plural possessive.
    CloseOrPossessive,
}

/// The characters that can be single marks.
const SINGLES: [char; 3] = ['\'', '‘', '’'];

/// A cheap first test, so texts quoting with double marks keep their old
/// path: are there enough opening single marks outside double quotes
/// (`loose`) to open [`MIN_SINGLE_QUOTES`] quotes?
pub(super) fn may_quote(loose: usize) -> bool {
    loose >= MIN_SINGLE_QUOTES
}

/// The length of the opening single mark at byte `i`, if one is there.
pub(super) fn opens_at(text: &str, i: usize) -> Option<usize> {
    // Most marks are apostrophes inside words, which a look at the byte
    // before skips.
    let mark = ['\'', '‘']
        .into_iter()
        .find(|&c| text[i..].starts_with(c))?;
    let in_word = i > 0 && text.as_bytes()[i - 1].is_ascii_alphanumeric();
    (!in_word && read(text, i) == Some(Reading::Open)).then_some(mark.len_utf8())
}

/// Does the document quote with single marks? (See the module comment.)
pub(super) fn outnumber(singles: &[Quoted], doubles: &[Quoted]) -> bool {
    let single_quotes = singles
        .iter()
        .filter(|s| s.closed && !inside(doubles, s.span.start))
        .count();
    let double_quotes = doubles
        .iter()
        .filter(|d| !inside(singles, d.span.start))
        .count();
    single_quotes >= MIN_SINGLE_QUOTES && single_quotes > double_quotes
}

/// Whether byte `i` falls inside one of the ordered, disjoint `spans`.
fn inside(spans: &[Quoted], i: usize) -> bool {
    let k = spans.partition_point(|q| q.span.start <= i);
    k > 0 && spans[k - 1].span.end > i
}

/// Whether `para` opens with an opening single mark, continuing a quote
/// left open at the end of the paragraph before.
pub(super) fn starts_quote(text: &str, para: Span) -> bool {
    let first = para.end - para.of(text).trim_start().len();
    first < para.end && read(text, first) == Some(Reading::Open)
}

/// The single quotation marks inside `para`: apostrophes dropped, and a
/// possessive-looking closer dropped when a sure closer follows it before
/// the next opener.
pub(super) fn marks_in(text: &str, para: Span) -> Vec<Mark> {
    let read: Vec<(Span, Reading)> = para
        .of(text)
        .match_indices(SINGLES)
        .filter_map(|(i, m)| {
            let at = para.start + i;
            read(text, at).map(|r| (Span::new(at, at + m.len()), r))
        })
        .collect();
    read.iter()
        .enumerate()
        .filter(|&(k, &(_, r))| {
            r != Reading::CloseOrPossessive || !sure_closer_next(&read[k + 1..])
        })
        .map(|(_, &(span, r))| {
            let shape = if r == Reading::Open {
                Shape::Open
            } else {
                Shape::Close
            };
            Mark {
                span,
                shape,
                after_word: shape == Shape::Close,
            }
        })
        .collect()
}

/// Is the next mark that is neither possessive-looking nor an apostrophe
/// a closing one?
fn sure_closer_next(rest: &[(Span, Reading)]) -> bool {
    rest.iter()
        .map(|&(_, r)| r)
        .find(|&r| r != Reading::CloseOrPossessive)
        == Some(Reading::Close)
}

/// How the single mark at byte `i` reads, `None` for an apostrophe, a
/// mark that is part of a doubled one (`''`, `‘‘`, `’’`: double marks) or
/// no single mark at all.
fn read(text: &str, i: usize) -> Option<Reading> {
    let mark = text[i..].chars().next().filter(|c| SINGLES.contains(c))?;
    let before = text[..i].chars().next_back();
    let after = &text[i + mark.len_utf8()..];
    let next = after.chars().next();
    if before == Some(mark) || next == Some(mark) {
        return None;
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if word(before) && word(next) {
        return None;
    }
    let after_space = before.is_none_or(is_space);
    let at_word_start = after_space || before.is_some_and(|c| WORD_START_AFTER.contains(c));
    if at_word_start && next.is_some_and(|c| !is_space(c)) {
        let opens = mark != '’' && !is_elision(after);
        return opens.then_some(Reading::Open);
    }
    // A closing mark follows the words it closes (`—’` ends cut-off
    // speech); `‘` only ever opens.
    if after_space || mark == '‘' || word(next) || ends_rock_n_roll(text, i) {
        return None;
    }
    let before_word = after
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_alphanumeric));
    if matches!(before, Some('s' | 'S')) && before_word {
        Some(Reading::CloseOrPossessive)
    } else {
        Some(Reading::Close)
    }
}

/// `rock ’n’ roll`, `rock 'n' roll`: the one elision with an apostrophe on
/// both sides, so the second, at byte `i`, looks like a closing mark.
fn ends_rock_n_roll(text: &str, i: usize) -> bool {
    let word = text[..i].rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(word, "’n" | "'n" | "’N" | "'N")
}

/// Does `after` (the text right after a leading apostrophe) start with a
/// shortened word: a year ending a phrase (`class of '07,`), a decade
/// (`'90s`) or one of [`ELIDED_WORDS`]? Two digits before a word may open
/// a quotation (`‘35 years of experience’`) as well as be a year (`the '16
/// race`), and are left to open.
fn is_elision(after: &str) -> bool {
    let word_len = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    let (word, rest) = after.split_at(word_len);
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    let year = word.len() == 2 && digits(word) && !rest.starts_with(' ');
    let decade = word.strip_suffix('s').is_some_and(digits);
    year || decade || ELIDED_WORDS.iter().any(|e| e.eq_ignore_ascii_case(word))
}
