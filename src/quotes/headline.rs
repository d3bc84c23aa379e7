//! Quotations in a headline (the text's first paragraph).
//!
//! A headline quotes in its own grammar, and its speaker hides there:
//!
//! ```text
//! Minister: 'We got it wrong' on school meals
//! 'We have lost everything': families count cost of flash floods
//! ```
//!
//! The first names a title the body never gives anyone (`Minister`); the
//! body quotes the same words again (`'We got it wrong and I am sorry,'
//! she said`), where the article's context names the speaker. The second
//! puts the speaker after the quotation and a colon, with no speech verb.

use super::attribution::Attribution;
use super::phrases::{self, Np, NpKind};
use super::tokens::{Kind, Tokens};

/// Fewer words than this repeat by chance (`'special'`, `'a disgrace'`),
/// not as one quotation cited twice.
const MIN_REPEATED_WORDS: usize = 3;

/// Gives each headline quotation the speaker of the body quotation that
/// repeats its words, or else the phrase after it and a colon.
pub fn attribute(text: &str, toks: &Tokens, att: &mut Attribution) {
    let Some(headline) = toks.tokens.first().map(|t| t.para) else {
        return;
    };
    let in_headline = |q: usize| toks.tokens[toks.quote_token[q]].para == headline;
    for q in (0..toks.quote_token.len()).take_while(|&q| in_headline(q)) {
        let speaker = repeated_below(text, toks, att, q).or_else(|| after_colon(toks, q));
        if speaker.is_some() {
            att.quote_speakers[q] = speaker;
        }
    }
}

/// The speaker of the first later quotation outside the headline that
/// holds the headline quotation's words in a row.
fn repeated_below(text: &str, toks: &Tokens, att: &Attribution, q: usize) -> Option<Np> {
    let quote_words = |q: usize| words(toks.tokens[toks.quote_token[q]].span.of(text));
    let head = quote_words(q);
    if head.len() < MIN_REPEATED_WORDS {
        return None;
    }
    let para = toks.tokens[toks.quote_token[q]].para;
    (q + 1..toks.quote_token.len())
        .filter(|&r| toks.tokens[toks.quote_token[r]].para != para)
        .find(|&r| {
            att.quote_speakers[r].is_some() && quote_words(r).windows(head.len()).any(|w| w == head)
        })
        .and_then(|r| att.quote_speakers[r])
}

/// A quotation's words, lower-cased, without punctuation.
fn words(quote: &str) -> Vec<String> {
    quote
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.trim_matches(['\'', '’']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// `'It was chaos': passengers describe …`: the phrase after a quotation
/// opening its sentence and a colon, or a bare plural there (a headline
/// drops the article: `families count cost …`), when a word follows it.
fn after_colon(toks: &Tokens, q: usize) -> Option<Np> {
    let tokens = &toks.tokens;
    let qi = toks.quote_token[q];
    let s = toks.sentence_range(qi);
    let opens = s.start == qi && tokens.get(qi + 1).is_some_and(|t| t.is_punct(":"));
    if !opens {
        return None;
    }
    let first = qi + 2;
    let bare_plural = || {
        let t = tokens.get(first).filter(|_| first < s.end)?;
        let plural =
            t.is_word() && !t.is_capitalized() && t.lower.ends_with('s') && t.verb.is_none();
        plural.then_some(Np {
            first,
            last: first,
            kind: NpKind::Nominal,
        })
    };
    let np = phrases::after(tokens, first, s.end)
        .filter(|np| np.first == first)
        .or_else(bare_plural)?;
    let continues = tokens
        .get(np.last + 1)
        .is_some_and(|t| t.is_word() && !matches!(t.kind, Kind::Quote(_)));
    continues.then_some(np)
}
