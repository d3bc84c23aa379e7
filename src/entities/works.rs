//! Works named by the article: albums, novels, plays, films (`whose album
//! Guts won`, `Swag, his first album`, `Nye, Tim Price's play about
//! Aneurin Bevan`, `Black Doves, the Netflix spy thriller`). CoNLL types a
//! work MISC (eng.train's film `Independence Day`); the model read new
//! titles as places or people (`Swag` LOC, `Guts` PER) and cut those with
//! small words (`Broken by Desire to Be Heavenly Sent` gave `Desire` PER).
//! A title is one right after the noun `album`, `novel`, `memoir` or
//! `mixtape` (capitalised words, small words between them), or a name set
//! off by a comma before a work's noun and a determiner or a person's
//! possessive (`, his first album`, `, Tim Price's play`). Every
//! occurrence of its spelling is MISC.

use super::consistency::Mention;
use super::craft::mark_every;
use super::gazetteer;
use super::joins::{overlapping, token_range};
use crate::annotations::EntityType::Person;
use crate::text::Span;
use crate::tokens::{self, Token, TokenKind};

/// Nouns a title follows (`whose album Guts won`). Not `single` (`a
/// single European currency`), `play` or `book` (verbs, or a book of
/// names), nor `film`/`series` (`the Test series`).
const TITLE_NOUNS: &[&str] = &["album", "memoir", "mixtape", "novel"];

/// Nouns a work's title stands in apposition to (`Swag, his first album`,
/// `Black Doves, the Netflix spy thriller`).
const WORK_NOUNS: &[&str] = &[
    "album",
    "comedy",
    "documentary",
    "drama",
    "film",
    "memoir",
    "musical",
    "novel",
    "opera",
    "play",
    "sitcom",
    "thriller",
];

/// Determiners that open the apposition (`, his first album`).
const DETERMINERS: &[&str] = &["her", "his", "its", "the", "their"];

/// Small words inside a title (`Broken by Desire to Be Heavenly Sent`,
/// `Bring Up the Bodies`); a title does not end with one.
const SMALL_WORDS: &[&str] = &[
    "a", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with",
];

/// The most words of a title after a noun.
const MAX_TITLE_WORDS: usize = 8;

/// The most words between the apposition's determiner and its noun
/// (`the Netflix spy thriller`).
const MAX_NOUN_WORDS: usize = 3;

/// Adds or retypes as MISC the works the article names (see the module
/// comment).
pub fn find(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let mut titles: Vec<&str> = Vec::new();
    let mut keep = |span: Span| {
        let title = span.of(text);
        if !titles.contains(&title) && gazetteer::get().lookup(title).is_none() {
            titles.push(title);
        }
    };
    for (i, t) in tokens.iter().enumerate() {
        // The length first: most words have none of the nouns' (perf).
        let len = t.span.end - t.span.start;
        if t.kind == TokenKind::Word
            && TITLE_NOUNS.iter().any(|n| n.len() == len)
            && TITLE_NOUNS.contains(&t.text(text))
        {
            if let Some(span) = title_after(text, tokens, i + 1) {
                keep(span);
            }
        }
    }
    for m in mentions.iter() {
        // Most mentions have no comma after them: looked at first (perf).
        if !text[m.span.end..].starts_with(',') {
            continue;
        }
        let r = token_range(tokens, m.span);
        if !follows_small_word(text, tokens, r.start)
            && is_apposed_to_work(text, tokens, mentions, r.end)
        {
            keep(m.span);
        }
    }
    titles.retain(|title| !is_persons_name(text, mentions, title));
    for title in titles {
        mark_every(text, mentions, title, |span| span);
    }
}

/// The title that starts at token `start`: capitalised words and the small
/// words between them, ending with a capitalised word, one space apart
/// from each other and from the noun before (a headline's last word is no
/// noun of the next paragraph's first name: `… second album` / `Wet Leg's
/// second album`).
fn title_after(text: &str, tokens: &[Token], start: usize) -> Option<Span> {
    let word = |i: usize| tokens[i].text(text);
    let is_capital =
        |i: usize| tokens[i].kind == TokenKind::Word && tokens::is_capitalised(word(i));
    let spaced = |i: usize| &text[tokens[i - 1].span.end..tokens[i].span.start] == " ";
    let mut last = None;
    let mut i = start;
    while i < tokens.len() && i - start < MAX_TITLE_WORDS && spaced(i) {
        if is_capital(i) {
            last = Some(i);
        } else if !(tokens[i].kind == TokenKind::Word && SMALL_WORDS.contains(&word(i))) {
            break;
        }
        i += 1;
    }
    let last = last.filter(|_| is_capital(start))?;
    Some(Span::new(tokens[start].span.start, tokens[last].span.end))
}

/// Whether the token before a mention's first token `first` joins it to
/// words before: the mention is the end of a longer title the model cut
/// (`The Mirror and the Light` gave `Light`). Not `of`, `to` or `from`,
/// which stand before whole titles (`a production of Nye`, `songs from
/// Swag`).
fn follows_small_word(text: &str, tokens: &[Token], first: usize) -> bool {
    first
        .checked_sub(1)
        .is_some_and(|i| matches!(tokens[i].text(text), "and" | "the"))
}

/// Whether the tokens from `after` (right after a mention) are a comma, a
/// determiner or a person's possessive, and a work's noun within a few
/// words (`, his first album`, `, Tim Price's play`).
fn is_apposed_to_work(text: &str, tokens: &[Token], mentions: &[Mention], after: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    if word(after) != "," {
        return false;
    }
    let mut i = after + 1;
    if DETERMINERS.contains(&word(i)) {
        i += 1;
    } else if let Some(end) = persons_possessive(tokens, mentions, i) {
        i = end + 1;
    } else {
        return false;
    }
    // Words of one noun phrase: not a new one (`, the day a film`).
    (i..=i + MAX_NOUN_WORDS)
        .take_while(|&k| {
            tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && !matches!(word(k), "a" | "an")
        })
        .any(|k| WORK_NOUNS.contains(&word(k)))
}

/// The possessive's token after a person's name that starts at token
/// `first` (`Tim Price's`).
fn persons_possessive(tokens: &[Token], mentions: &[Mention], first: usize) -> Option<usize> {
    let start = tokens.get(first)?.span;
    let person = mentions[overlapping(mentions, start)]
        .iter()
        .find(|m| m.kind == Person && m.span.start == start.start)?;
    let end = token_range(tokens, person.span).end;
    (tokens.get(end)?.kind == TokenKind::Possessive).then_some(end)
}

/// Whether `title` is, or is a word of, a person's name of two words or
/// more in the document (`the album Jane Doe`).
fn is_persons_name(text: &str, mentions: &[Mention], title: &str) -> bool {
    mentions.iter().any(|m| {
        let name = m.span.of(text);
        m.kind == Person
            && name.contains(' ')
            && (name == title || name.split(' ').any(|w| w == title))
    })
}
