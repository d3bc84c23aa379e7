//! Words and sentences of real page text.
//!
//! The tokenizer keeps what news pages write as one unit together
//! (`U.S.`, `Gen.`, `29-member`, `1,000`, `O’Brien`) and splits what the
//! analyses need apart (`NATO’s` → `NATO` + `’s`). Every token carries its
//! byte span, so the entity tagger, the quote finder and a trained tagger
//! all share one segmentation of the text.

use crate::text::{alphanumeric_and, Span};
use std::ops::Range;

/// Words written with a final period that is part of the word, not the end
/// of a sentence (titles, months, company suffixes, common shorthand).
/// Matched case-sensitively against the word before the period.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dec", "Dr", "Feb", "Fla",
    "Fri", "Gen", "Gov", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Mar", "Mass",
    "Mon", "Mr", "Mrs", "Ms", "Mt", "No", "Nov", "Oct", "Prof", "Rep", "Rev", "Sat", "Sen", "Sep",
    "Sept", "Sgt", "Sr", "St", "Sun", "Thu", "Tue", "Wed", "approx", "etc", "vs",
];

/// Abbreviations that never end a sentence when followed by a capitalised
/// word, because they always introduce one (`Gen. Soleimani`, `Jan. 7`).
const PREFIX_ABBREVIATIONS: &[&str] = &[
    "Adm.", "Capt.", "Cmdr.", "Col.", "Cpl.", "Dr.", "Gen.", "Gov.", "Lt.", "Maj.", "Mr.", "Mrs.",
    "Ms.", "Mt.", "No.", "Prof.", "Rep.", "Rev.", "Sen.", "Sgt.", "St.", "Jan.", "Feb.", "Mar.",
    "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "vs.",
];

/// Capitalised words that nearly always begin a sentence. After a dotted
/// abbreviation such as `U.S.` they tell "…vetoed by the U.S. The council…"
/// (a sentence ends) from "the U.S. Army" (it does not).
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "After",
    "All",
    "Although",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "No",
    "On",
    "Our",
    "She",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "Who",
    "Yet",
    "You",
];

/// What a token is, by its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens or apostrophes.
    Word,
    /// Digits, possibly with inner `,`, `.` or hyphens (`1,000`, `3.5`,
    /// `2019-05-01`): no letters.
    Number,
    /// A word written with its period (`U.S.`, `Gen.`, `F.`).
    Abbreviation,
    /// The possessive ending `’s` / `'s`, split off its word.
    Possessive,
    /// Punctuation; a run of `.`, `!`, `?` is one token (`...`, `?!`).
    Punct,
    /// Anything else: emoji (with their joiners and modifiers), symbols.
    Symbol,
}

/// One token: where it is and what shape it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in the string it was made from.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.of(text)
    }
}

/// Unicode's General Punctuation block (curly quotes, dashes, the
/// ellipsis): most of the non-ASCII characters of English news, and no
/// letter or digit is among them.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// `char::is_alphabetic`, answered without Unicode's tables for ASCII and
/// [`GENERAL_PUNCTUATION`]: a lookup there cost more than a hundred
/// instructions, at every curly quote and dash of a page (callgrind).
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphabetic()
    }
}

/// `char::is_alphanumeric`, answered as [`is_letter`] is.
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
    }
}

/// True when `word` starts with an upper-case letter (`Iraq`, `U.S.`).
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when `word` has at least two letters and all of them are upper
/// case (`NATO`, `U.N.`); a lone capital (`A`, `I`) is not shouting.
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = word.chars().filter(|&c| is_letter(c));
    let mut count = 0;
    let all_upper = letters.all(|c| {
        count += 1;
        c.is_uppercase()
    });
    all_upper && count >= 2
}

/// Splits `text` into tokens, in text order. Whitespace separates tokens and
/// is never part of one.
pub fn tokenize(text: &str) -> Vec<Token> {
    // Sized up front (English runs about one token per five bytes):
    // growing the vector cost more than the slack. The text is read in
    // place, by byte offsets: decoding it into a `Vec<char>` first (four
    // bytes a character) cost a fifth of the tokenizer and its memory.
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        if c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        let (end, kind) = scan(text, at, c);
        tokens.push(Token {
            span: Span::new(at, end),
            kind,
        });
        at = end;
    }
    tokens
}

/// The character starting at byte `at` of `text` (a char boundary), if
/// any. ASCII, most of any page, is read without decoding.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

/// The byte offset just past the character `c` at byte `at`.
fn after(at: usize, c: char) -> usize {
    at + c.len_utf8()
}

/// Reads the token starting with character `c` at byte `start` of `text`;
/// returns the byte offset just past it and its kind.
fn scan(text: &str, start: usize, c: char) -> (usize, TokenKind) {
    let next = after(start, c);
    if !c.is_ascii() && is_cjk(c) {
        return (next, TokenKind::Word);
    }
    if is_apostrophe(c) {
        if let Some(s @ ('s' | 'S')) = char_at(text, next) {
            if !char_at(text, after(next, s)).is_some_and(is_word_char) {
                return (after(next, s), TokenKind::Possessive);
            }
        }
    }
    if is_word_char(c) {
        if let Some(end) = dotted_initials(text, start) {
            return (end, TokenKind::Abbreviation);
        }
        let end = word_end(text, start, c);
        if text.as_bytes().get(end) == Some(&b'.') {
            let word = &text[start..end];
            if ABBREVIATIONS.contains(&word) || is_initial(word) {
                return (end + 1, TokenKind::Abbreviation);
            }
        }
        let word = &text[start..end];
        // A word that starts with an ASCII letter, most, is no number.
        let number = if c.is_ascii_alphabetic() {
            false
        } else if word.is_ascii() {
            !word.bytes().any(|b| b.is_ascii_alphabetic())
        } else {
            !word.chars().any(is_letter)
        };
        return (
            end,
            if number {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
        );
    }
    if matches!(c, '.' | '!' | '?') {
        // One byte each: the run is counted in bytes.
        let run = text.as_bytes()[next..]
            .iter()
            .take_while(|b| matches!(b, b'.' | b'!' | b'?'))
            .count();
        return (next + run, TokenKind::Punct);
    }
    if is_punctuation(c) {
        return (next, TokenKind::Punct);
    }
    let mut j = next;
    while let Some(joiner) = char_at(text, j).filter(|&c| is_emoji_joiner(c)) {
        j = after(j, joiner);
        // A zero-width joiner glues the next pictograph into the same emoji.
        if joiner == '\u{200D}' {
            if let Some(glued) = char_at(text, j) {
                j = after(j, glued);
            }
        }
    }
    (j, TokenKind::Symbol)
}

/// The end of `U.S.`, `U.N.`, `e.g.` starting at byte `start`: two or more
/// single letters each followed by a period.
fn dotted_initials(text: &str, start: usize) -> Option<usize> {
    let pair_end = |j: usize| {
        let letter = char_at(text, j).filter(|&c| is_letter(c))?;
        let dot = after(j, letter);
        (text.as_bytes().get(dot) == Some(&b'.')).then_some(dot + 1)
    };
    let (mut j, mut pairs) = (start, 0);
    while let Some(end) = pair_end(j) {
        (j, pairs) = (end, pairs + 1);
    }
    (pairs >= 2).then_some(j)
}

/// A single upper-case letter: a name initial when a period follows (`F.`).
fn is_initial(word: &str) -> bool {
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

static ASCII_ALPHANUMERIC: [bool; 256] = alphanumeric_and(b"");

/// The end of the word starting with character `first` at byte `start`:
/// word characters, joined by inner hyphens, inner apostrophes (not a
/// possessive `’s`) and, between digits, `.` or `,`.
fn word_end(text: &str, start: usize, first: char) -> usize {
    let bytes = text.as_bytes();
    let mut j = after(start, first);
    loop {
        // ASCII letters and digits, most of any word, are skipped byte by
        // byte: they take the first branch below and nothing else.
        j += bytes[j..]
            .iter()
            .take_while(|&&b| ASCII_ALPHANUMERIC[usize::from(b)])
            .count();
        let Some(c) = char_at(text, j) else {
            return j;
        };
        // Most words end at a space or a punctuation mark that cannot
        // join: one test instead of the four below.
        if c.is_ascii() && !matches!(c, '-' | '\'' | '.' | ',') {
            return j;
        }
        let next = after(j, c);
        match c {
            c if is_word_char(c) => j = next,
            c if is_hyphen(c) => match char_at(text, next).filter(|&n| is_word_char(n)) {
                Some(n) => j = after(next, n),
                None => return j,
            },
            c if is_apostrophe(c) => match char_at(text, next).filter(|&n| is_letter(n)) {
                Some(n) => {
                    let possessive = matches!(n, 's' | 'S')
                        && !char_at(text, after(next, n)).is_some_and(is_word_char);
                    if possessive {
                        return j;
                    }
                    j = after(next, n);
                }
                None => return j,
            },
            // The character before is the word's last: an ASCII digit
            // only if its last byte is one.
            '.' | ','
                if bytes[j - 1].is_ascii_digit()
                    && bytes.get(next).is_some_and(u8::is_ascii_digit) =>
            {
                j = next + 1
            }
            _ => return j,
        }
    }
}

fn is_word_char(c: char) -> bool {
    // ASCII first: the test runs on every character of every word.
    c.is_ascii_alphanumeric() || (is_letter_or_digit(c) && !is_cjk(c))
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Han, kana and hangul: written without spaces, so each character is a
/// token of its own.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32, 0x2010..=0x205E | 0x00A1..=0x00BF | 0x3000..=0x303F | 0xFF01..=0xFF0F)
}

/// Characters that modify the emoji before them: variation selectors, skin
/// tones, the zero-width joiner, keycap and tag characters.
fn is_emoji_joiner(c: char) -> bool {
    matches!(c as u32, 0x200D | 0xFE0E | 0xFE0F | 0x1F3FB..=0x1F3FF | 0x20E3 | 0xE0020..=0xE007F)
}

/// Splits tokens into sentences, returned as ranges of token indices that
/// cover every token once, in order.
///
/// A sentence ends at a line break (each line of the document text is a
/// paragraph), and after `.`, `!` or `?` (with any closing quotes or
/// brackets glued to it) unless a lower-case word follows. A dotted
/// abbreviation ends one only when the next word is a typical sentence
/// start: `the U.S. drone` and `the U.S. Army` go on, `by the U.S. The` ends.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut end = i + 1;
        let next_text = |k: usize| tokens.get(k).map(|t| t.text(text));
        let ends = match tokens[i].kind {
            TokenKind::Punct if is_terminal(tokens[i].text(text)) => {
                while tokens.get(end).is_some_and(|t| {
                    is_closer(t.text(text)) && t.span.start == tokens[end - 1].span.end
                }) {
                    end += 1;
                }
                !next_text(end).is_some_and(|w| w.starts_with(char::is_lowercase))
            }
            TokenKind::Abbreviation => {
                let abbr = tokens[i].text(text);
                !PREFIX_ABBREVIATIONS.contains(&abbr)
                    && next_text(end).is_some_and(|w| SENTENCE_STARTERS.contains(&w))
            }
            _ => false,
        };
        // The gap between two tokens is mostly one space or none: read as
        // bytes, it costs less than setting up a substring search.
        let line_break = tokens.get(end).is_some_and(|next| {
            text.as_bytes()[tokens[end - 1].span.end..next.span.start].contains(&b'\n')
        });
        if ends || line_break || end == tokens.len() {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    out
}

fn is_terminal(punct: &str) -> bool {
    punct.chars().all(|c| matches!(c, '.' | '!' | '?'))
}

fn is_closer(punct: &str) -> bool {
    matches!(
        punct,
        "\u{201D}" | "\u{2019}" | "\"" | "'" | ")" | "]" | "\u{00BB}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character, letters and digits of every script included.
    #[test]
    fn letters_are_unicode_letters() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    fn kinds(text: &str) -> Vec<TokenKind> {
        tokenize(text).iter().map(|t| t.kind).collect()
    }

    fn sentence_texts(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        sentences(text, &tokens)
            .into_iter()
            .map(|r| text[tokens[r.start].span.start..tokens[r.end - 1].span.end].to_string())
            .collect()
    }

    #[test]
    fn possessives_split_off_with_either_apostrophe() {
        assert_eq!(words("NATO’s chief"), ["NATO", "’s", "chief"]);
        assert_eq!(words("Iran's support"), ["Iran", "'s", "support"]);
        assert_eq!(kinds("NATO’s")[1], TokenKind::Possessive);
    }

    #[test]
    fn inner_apostrophes_stay_in_the_word() {
        assert_eq!(words("O’Brien didn't go"), ["O’Brien", "didn't", "go"]);
        assert_eq!(words("the members’ vote"), ["the", "members", "’", "vote"]);
    }

    #[test]
    fn abbreviations_keep_their_periods() {
        assert_eq!(
            words("the U.S. and U.N. said"),
            ["the", "U.S.", "and", "U.N.", "said"]
        );
        assert_eq!(
            words("Gen. Qassem on Jan. 7"),
            ["Gen.", "Qassem", "on", "Jan.", "7"]
        );
        assert_eq!(
            words("Mr. John F. Kennedy"),
            ["Mr.", "John", "F.", "Kennedy"]
        );
        assert_eq!(kinds("U.S.")[0], TokenKind::Abbreviation);
        assert_eq!(words("ended."), ["ended", "."]);
    }

    #[test]
    fn hyphens_and_numbers_join() {
        assert_eq!(
            words("29-member de-escalation"),
            ["29-member", "de-escalation"]
        );
        assert_eq!(
            words("1,000 or 3.5, in 2020."),
            ["1,000", "or", "3.5", ",", "in", "2020", "."]
        );
        assert_eq!(
            kinds("1,000 29-member"),
            [TokenKind::Number, TokenKind::Word]
        );
        assert_eq!(words("a - b"), ["a", "-", "b"]);
    }

    #[test]
    fn emoji_and_cjk_tokens() {
        assert_eq!(words("hi 😀! 👍🏽 👨‍👩‍👧"), ["hi", "😀", "!", "👍🏽", "👨‍👩‍👧"]);
        assert_eq!(kinds("😀")[0], TokenKind::Symbol);
        assert_eq!(words("東京で会議"), ["東", "京", "で", "会", "議"]);
        assert_eq!(words("“quoted”"), ["“", "quoted", "”"]);
    }

    #[test]
    fn spans_slice_the_original_text() {
        let text = "Café 😀 U.S.";
        for t in tokenize(text) {
            assert!(!t.text(text).is_empty());
        }
        assert_eq!(tokenize(text)[2].span, Span::new(11, 15));
    }

    #[test]
    fn sentences_end_at_terminal_punctuation_and_quotes() {
        assert_eq!(
            sentence_texts("He said it was “a U.S. decision.” Stoltenberg left. Why?"),
            [
                "He said it was “a U.S. decision.”",
                "Stoltenberg left.",
                "Why?"
            ]
        );
    }

    #[test]
    fn dotted_abbreviations_end_sentences_only_before_a_sentence_start() {
        assert_eq!(
            sentence_texts("It will be vetoed by the U.S. The council met."),
            ["It will be vetoed by the U.S.", "The council met."]
        );
        assert_eq!(
            sentence_texts("the U.S. drone strike hit."),
            ["the U.S. drone strike hit."]
        );
        assert_eq!(
            sentence_texts("the U.S. Army said so."),
            ["the U.S. Army said so."]
        );
        assert_eq!(
            sentence_texts("On Jan. 7 Gen. Soleimani died."),
            ["On Jan. 7 Gen. Soleimani died."]
        );
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(
            sentence_texts("vetoed by the U.S.\nU.N. chief Guterres spoke"),
            ["vetoed by the U.S.", "U.N. chief Guterres spoke"]
        );
        assert_eq!(
            sentence_texts("Headline\nBody text"),
            ["Headline", "Body text"]
        );
    }

    #[test]
    fn mid_sentence_question_marks_before_lower_case_go_on() {
        assert_eq!(sentence_texts("“Why?” he asked."), ["“Why?” he asked."]);
    }

    #[test]
    fn case_helpers() {
        assert!(is_capitalised("Iraq") && !is_capitalised("iraq"));
        assert!(
            is_all_caps("NATO") && is_all_caps("U.N.") && !is_all_caps("I") && !is_all_caps("Nato")
        );
    }
}
