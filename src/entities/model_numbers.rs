//! Products named with a model number (`its PlayStation 5 console`, `the
//! Switch 2`, `its Galaxy Z Fold7`, `the Pixel Buds 2a`): CoNLL types a
//! model MISC with its number (eng.train's `Windows 95`, `their Ilyushin
//! 76`, `the Airbus A310`). The model typed the line as a firm
//! (`PlayStation`, `Pixel`, `Renault`) and left the number out, or missed
//! both (`its Seal 06`). Up to three capitalised words after an owner
//! (`its`, `their`, `whose`, `the`, a possessive) and before a model
//! number name a model; the first of them names a line, and every `<line>
//! [capitalised words] <model number>` of the document is a model too
//! (the headline's `Sony raises PlayStation 5 price`), with its edition
//! words (`Pixel 10 Pro XL`).

use super::consistency::Mention;
use super::craft::occurrences;
use super::gazetteer;
use super::joins::{join, overlapping};
use crate::annotations::EntityType::{self, Misc, Organization};
use crate::text::{overlaps_sorted, Span};
use crate::tokens::{self, Token, TokenKind};

/// Words before a model's name that make it the thing owned or meant
/// (`its PlayStation 5 console`, `the Switch 2`). `a`/`an` are left out:
/// `a Boeing 737` is as often the maker's as the model's.
const OWNERS: &[&str] = &["its", "the", "their", "whose"];

/// The most capitalised words before a model number (`Pixel Buds 2a`,
/// `Galaxy Z Fold7`).
const MAX_NAME_WORDS: usize = 3;

/// The most digits of a model number written as a number (`Boeing 737`):
/// four are a year (`the Paris 2024 Games`).
const MAX_DIGITS: usize = 3;

/// The longest model number of letters and digits (`Fold7`, `VR2`, `2a`);
/// longer ones are codes (`COVID19`).
const MAX_MODEL_WORD: usize = 5;

/// Edition words after a model number (`PlayStation 5 Pro`, `Pixel 10 Pro
/// XL`, `Renault 5 E-Tech`, `Seal 06 Touring`).
const EDITIONS: &[&str] = &[
    "E-Tech", "Lite", "Max", "Mini", "Plus", "Pro", "Slim", "Touring", "Ultra", "XL",
];

/// Words after a number that make it a count (`the Yankees 12 of their
/// last 15`, eng.train).
const COUNTS: &[&str] = &["of"];

/// Adds the models the article names, or retypes them MISC (see the
/// module comment). `dates` are the date patterns: `the August 31 vote`
/// names no model.
pub fn find(
    text: &str,
    tokens: &[Token],
    dates: &[(Span, EntityType)],
    mentions: &mut Vec<Mention>,
) {
    let mut lines: Vec<&str> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !is_model_number(text, t) {
            continue;
        }
        let Some(first) = owned_name_start(text, tokens, i) else {
            continue;
        };
        if model_from(text, tokens, dates, mentions, first).is_some() {
            let line = tokens[first].text(text);
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
    }
    for line in lines {
        for at in occurrences(text, line) {
            let first = tokens.partition_point(|t| t.span.start < at.start);
            if let Some(span) = model_from(text, tokens, dates, mentions, first) {
                join(mentions, span, Misc);
            }
        }
    }
}

/// A number of up to three digits (`5`, `06`) or a short word of letters
/// and digits that starts or ends with a digit (`Fold7`, `VR2`, `2a`).
/// Asked of every token: its length and ends are read first, as bytes,
/// since most tokens fail there (perf).
fn is_model_number(text: &str, token: &Token) -> bool {
    let longest = match token.kind {
        TokenKind::Number => MAX_DIGITS,
        TokenKind::Word => MAX_MODEL_WORD,
        _ => return false,
    };
    if token.span.end - token.span.start > longest {
        return false;
    }
    let bytes = &text.as_bytes()[token.span.start..token.span.end];
    let digit_at_an_end = bytes.first().is_some_and(u8::is_ascii_digit)
        || bytes.last().is_some_and(u8::is_ascii_digit);
    digit_at_an_end && bytes.iter().all(u8::is_ascii_alphanumeric)
}

/// The first token of the capitalised words before the model number at
/// token `number`, when an owner written in small letters stands before
/// them: in a line in capitals a number after words is a date or a table's
/// figure (`THE OCTOBER 16 POLL`, `MOODY'S PAY DATE 5`, eng.train).
fn owned_name_start(text: &str, tokens: &[Token], number: usize) -> Option<usize> {
    let is_owner = |i: usize| {
        let word = tokens[i].text(text);
        let small = word.chars().any(char::is_lowercase);
        small
            && (tokens[i].kind == TokenKind::Possessive
                || OWNERS.iter().any(|o| o.eq_ignore_ascii_case(word)))
    };
    let mut first = number;
    while first > 0
        && number - first < MAX_NAME_WORDS
        && is_name_word(text, &tokens[first - 1])
        && !is_model_number(text, &tokens[first - 1])
    {
        first -= 1;
        if is_owner(first) {
            // `The` opening a sentence is the owner, not the name.
            first += 1;
            break;
        }
    }
    (first < number && first > 0 && is_owner(first - 1)).then_some(first)
}

/// The model whose name starts at token `first`: its capitalised words, a
/// model number and edition words, written one space apart. None when it
/// is something else (see [`is_model`]).
fn model_from(
    text: &str,
    tokens: &[Token],
    dates: &[(Span, EntityType)],
    mentions: &[Mention],
    first: usize,
) -> Option<Span> {
    let spaced = |i: usize| &text[tokens[i - 1].span.end..tokens[i].span.start] == " ";
    let mut number = first;
    while number < tokens.len()
        && number - first < MAX_NAME_WORDS
        && is_name_word(text, &tokens[number])
        && !is_model_number(text, &tokens[number])
        && (number == first || spaced(number))
    {
        number += 1;
    }
    let numbered = number > first
        && number < tokens.len()
        && spaced(number)
        && is_model_number(text, &tokens[number]);
    if !numbered {
        return None;
    }
    let mut end = number + 1;
    while end < tokens.len() && spaced(end) && EDITIONS.contains(&tokens[end].text(text)) {
        end += 1;
    }
    let name = Span::new(tokens[first].span.start, tokens[number - 1].span.end);
    let model = Span::new(name.start, tokens[end - 1].span.end);
    is_model(text, tokens, dates, mentions, name, model, end).then_some(model)
}

/// Whether the capitalised words over `name` and the number after them
/// (the whole over `model`, `after` the token that follows it) name a
/// model: not a date (`the July 3 vote`), a listed place or person (`the
/// US G7 summit`), a nation's adjective or an event (a MISC name: `the
/// Olympic 100 metres`, `the German 125cc race`), a name the model took
/// the number into (`the Channel 4 series`), a score (`Queen's Park 2
/// Forfar 1`: a capitalised word or a number after it) or a count.
fn is_model(
    text: &str,
    tokens: &[Token],
    dates: &[(Span, EntityType)],
    mentions: &[Mention],
    name: Span,
    model: Span,
    after: usize,
) -> bool {
    let listed = gazetteer::get()
        .lookup(name.of(text))
        .is_some_and(|kind| kind != Organization);
    let over_name = &mentions[overlapping(mentions, name)];
    // A MISC name, or one that goes on past the name's words.
    let typed_apart = over_name
        .iter()
        .any(|m| m.kind == Misc || m.span.end > name.end);
    let followed = tokens.get(after).is_some_and(|t| {
        let word = t.text(text);
        t.kind == TokenKind::Number
            || (t.kind == TokenKind::Word && tokens::is_capitalised(word))
            || word == "("
            || COUNTS.contains(&word)
    });
    !listed && !typed_apart && !followed && !overlaps_sorted(dates, model, |(d, _)| *d)
}

/// A capitalised word that may be part of a model's name (`Galaxy`, `Z`).
fn is_name_word(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Word && tokens::is_capitalised(token.text(text))
}
