//! A private word/sentence view of the text for the attribution rules:
//! each quoted span is one opaque token, so the words around a quotation
//! read like a sentence with a hole in it (`“…,” he said.`).

use super::capitals::Capitals;
use super::lexicon::{self, VerbForm};
use super::lower::Lower;
use super::marks::Quoted;
use crate::text::{alphanumeric_and, Span};
use crate::tokens::is_letter_or_digit;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
    /// The quoted span with this index.
    Quote(usize),
}

#[derive(Clone, Debug)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
    /// The word lower-cased (empty for quotes).
    pub lower: Lower,
    /// Index of the paragraph the token starts in.
    pub para: usize,
    /// The lemma and form when the word is a speech verb (looked up once).
    pub verb: Option<(&'static str, VerbForm)>,
    /// A word starting with an upper-case letter (read once: the rules ask
    /// it of every token they pass, and decoding the first character at
    /// each question cost 1 % of the whole annotation, callgrind).
    capitalized: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Is this a punctuation token among `chars`? The rules ask it of
    /// nearly every token they pass, words most often: the test of the
    /// kind is inlined into each caller, which cut the annotation's
    /// instructions by 0.6 % (callgrind; the whole test is not inlined).
    #[inline(always)]
    pub fn is_punct(&self, chars: &str) -> bool {
        self.kind == Kind::Punct && self.is_punct_in(chars)
    }

    fn is_punct_in(&self, chars: &str) -> bool {
        // A punctuation token is one character: comparing it with each of
        // the few `chars` skips the set-up of a string search (of a
        // substring, or of a char with `memchr`) at every call.
        let mut one = self.lower.chars();
        match (one.next(), one.next()) {
            (Some(c), None) => chars.chars().any(|p| p == c),
            _ => chars.contains(self.lower.as_str()),
        }
    }

    /// A word starting with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }
}

/// Words whose trailing period belongs to them rather than ending a
/// sentence (`Mr. Smith`, `Jan. 7`).
const ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "apr", "aug", "capt", "co", "col", "corp", "dec", "dr", "feb", "ft", "gen",
    "gov", "gov't", "inc", "jan", "jr", "lt", "ltd", "mar", "mr", "mrs", "ms", "mt", "no", "nov",
    "oct", "p.m", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "vs",
];

pub struct Tokens {
    pub tokens: Vec<Token>,
    /// Sentences as token ranges, in order; a paragraph break always ends one.
    pub sentences: Vec<Range<usize>>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<usize>,
    /// For each quoted span, the index of its token.
    pub quote_token: Vec<usize>,
    /// Which words the text writes capitalised inside a sentence.
    pub capitals: Capitals,
}

impl Tokens {
    pub fn new(text: &str, quoted: &[Quoted]) -> Tokens {
        let tokens = tokenize(text, quoted);
        let sentences = split_sentences(text, &tokens);
        let mut sentence_of = vec![0; tokens.len()];
        for (k, s) in sentences.iter().enumerate() {
            sentence_of[s.clone()].fill(k);
        }
        let mut quote_token = vec![0; quoted.len()];
        for (i, t) in tokens.iter().enumerate() {
            if let Kind::Quote(q) = t.kind {
                quote_token[q] = i;
            }
        }
        Tokens {
            tokens,
            sentences,
            sentence_of,
            quote_token,
            capitals: Capitals::default(),
        }
    }

    pub fn sentence_range(&self, token: usize) -> Range<usize> {
        self.sentences[self.sentence_of[token]].clone()
    }
}

fn is_word_char(c: char) -> bool {
    is_letter_or_digit(c) || c == '@' || c == '#'
}

/// Characters that join two word characters into one token (`U.S`,
/// `NATO’s`, `Secretary-General`, `AT&T`).
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-' | '&' | '_')
}

/// Bytes of English text per token, about: sizes the token list up front,
/// as growing it (tokens are large) copied it several times per article.
const BYTES_PER_TOKEN: usize = 5;

fn tokenize(text: &str, quoted: &[Quoted]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / BYTES_PER_TOKEN);
    let mut next_quote = 0;
    let mut para = 0;
    let mut i = 0;
    while i < text.len() {
        if next_quote < quoted.len() && quoted[next_quote].span.start == i {
            let span = quoted[next_quote].span;
            tokens.push(Token {
                span,
                kind: Kind::Quote(next_quote),
                lower: Lower::verbatim(""),
                para,
                verb: None,
                capitalized: false,
            });
            para += span.of(text).matches('\n').count();
            next_quote += 1;
            i = span.end;
            continue;
        }
        // ASCII, most of any text, is read without decoding.
        let c = match text.as_bytes()[i] {
            b if b.is_ascii() => char::from(b),
            _ => text[i..].chars().next().expect("char boundary"),
        };
        if c == '\n' {
            para += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += c.len_utf8();
        } else if is_word_char(c) {
            let end = word_end(text, i);
            let lower = Lower::of(&text[i..end]);
            tokens.push(Token {
                span: Span::new(i, end),
                kind: Kind::Word,
                verb: lexicon::speech_verb(&lower),
                lower,
                para,
                capitalized: c.is_uppercase(),
            });
            i = end;
        } else {
            let end = i + c.len_utf8();
            let lower = Lower::verbatim(&text[i..end]);
            tokens.push(Token {
                span: Span::new(i, end),
                kind: Kind::Punct,
                lower,
                para,
                verb: None,
                capitalized: false,
            });
            i = end;
        }
    }
    tokens
}

/// The ASCII bytes that [`is_word_char`] takes.
static ASCII_WORD_BYTES: [bool; 256] = alphanumeric_and(b"@#");

/// The end of the word starting at `start`, with joiners between word
/// characters and an abbreviation's own period.
fn word_end(text: &str, start: usize) -> usize {
    // ASCII word characters, most of any word, are skipped byte by byte
    // before the char loop below (which decodes and peeks at every char;
    // it was the tokenizer's hottest line). The loop carries no state but
    // the position, so starting it later changes nothing.
    let ascii = text.as_bytes()[start..]
        .iter()
        .take_while(|&&b| ASCII_WORD_BYTES[usize::from(b)])
        .count();
    let mut end = start + ascii;
    // Most words end at a space or a mark that joins nothing, where the
    // char loop below would stop at once.
    let stop = text.as_bytes().get(end);
    if stop.is_none_or(|&b| b.is_ascii() && !is_joiner(char::from(b))) {
        return end;
    }
    let mut chars = text[end..]
        .char_indices()
        .map(|(k, c)| (k + ascii, c))
        .peekable();
    while let Some((k, c)) = chars.next() {
        if is_word_char(c) {
            end = start + k + c.len_utf8();
        } else if is_joiner(c) && chars.peek().is_some_and(|&(_, n)| is_word_char(n)) {
            continue;
        } else {
            break;
        }
    }
    if text[end..].starts_with('.') {
        let word = Lower::of(&text[start..end]);
        let initial = word.chars().count() == 1 && text[start..].starts_with(char::is_uppercase);
        if initial || word.contains('.') || ABBREVIATIONS.contains(&word.as_str()) {
            end += 1;
        }
    }
    end
}

/// Does the quoted token end with sentence-final punctuation inside its
/// marks (`“We won.”`)?
fn quote_ends_sentence(text: &str, t: &Token) -> bool {
    let inner = t
        .span
        .of(text)
        .trim_end_matches(|c: char| !is_letter_or_digit(c) && !".!?…".contains(c));
    inner.ends_with(['.', '!', '?', '…'])
}

/// Longer runs without a sentence end (lists, markup) are cut here: the
/// attribution rules scan within a sentence, and this keeps that scan, and
/// so the whole pass, linear in the text.
const MAX_SENTENCE_TOKENS: usize = 200;

fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let next = tokens.get(i + 1);
        let t = &tokens[i];
        let end_here = match next {
            None => true,
            Some(n) if n.para != t.para && !matches!(t.kind, Kind::Quote(_)) => true,
            Some(n) if matches!(t.kind, Kind::Quote(_)) => {
                let last_para = t.para + t.span.of(text).matches('\n').count();
                n.para != last_para || (quote_ends_sentence(text, t) && n.is_capitalized())
            }
            Some(n) => t.is_punct(".!?…") && !n.is_punct(".!?…)\"”’',;:"),
        };
        if end_here || i + 1 - start >= MAX_SENTENCE_TOKENS {
            sentences.push(start..i + 1);
            start = i + 1;
        }
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::marks;

    fn sentences(text: &str) -> Vec<String> {
        let q = marks::pair(text);
        let t = Tokens::new(text, &q);
        t.sentences
            .iter()
            .map(|r| {
                let toks = &t.tokens[r.clone()];
                text[toks[0].span.start..toks[toks.len() - 1].span.end].to_string()
            })
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = "Mr. Smith met U.S. envoys on Jan. 7. He left.\nNew “A. B.” one.";
        assert_eq!(
            sentences(t),
            [
                "Mr. Smith met U.S. envoys on Jan. 7.",
                "He left.",
                "New “A. B.” one."
            ]
        );
    }

    #[test]
    fn only_words_starting_with_a_capital_are_capitalized() {
        let text = "“Hi,” Émile said to ( iPhone users.";
        let q = marks::pair(text);
        let t = Tokens::new(text, &q);
        let caps: Vec<bool> = t.tokens.iter().map(Token::is_capitalized).collect();
        assert_eq!(
            caps,
            [false, true, false, false, false, false, false, false]
        );
    }

    #[test]
    fn a_quote_ending_in_a_period_ends_its_sentence_before_a_capital() {
        let t = "“We won.” Then we left. “We won,” he said.";
        assert_eq!(
            sentences(t),
            ["“We won.”", "Then we left.", "“We won,” he said."]
        );
    }
}
