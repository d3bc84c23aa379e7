//! Direct quotations and who said them.
//!
//! 1. [`marks`] pairs quotation marks into quoted spans (multi-paragraph
//!    quotes included); [`singles`] decides whether the document quotes
//!    with single marks and tells them from apostrophes.
//! 2. [`tokens`] reads the text as words and sentences with each quoted span
//!    as one token.
//! 3. [`attribution`] finds each quotation's speaker phrase from speech
//!    verbs around it, or from the neighbouring sentences; [`interview`]
//!    gives the answers of a question-and-answer piece to the interviewee.
//! 4. [`filter`] drops quoted spans that are titles or scare quotes.
//! 5. [`resolve`] turns speaker phrases into names.

mod attribution;
mod capitals;
mod filter;
mod interview;
mod lexicon;
mod lower;
mod marks;
mod phrases;
mod ranker;
mod resolve;
mod singles;
mod tokens;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use crate::annotations::{Entity, Quote, Speaker};

/// Finds the direct quotations in `text` (paragraphs separated by `'\n'`)
/// and attributes each to a speaker, resolved against `entities`.
pub fn find(text: &str, entities: &[Entity]) -> Vec<Quote> {
    let quoted = marks::pair(text);
    let toks = tokens::Tokens::new(text, &quoted);
    let att = attribution::attribute(text, &toks, quoted.len());
    let names = resolve::resolve(text, &toks, entities, &att);
    quoted
        .iter()
        .enumerate()
        .filter(|&(q, _)| filter::is_quotation(text, &toks, q, att.local[q]))
        .map(|(q, quoted)| Quote {
            span: quoted.span,
            speaker: att.quote_speakers[q]
                .zip(names[q].clone())
                .map(|(np, name)| Speaker {
                    mention: Some(np.span(&toks.tokens)),
                    name,
                }),
        })
        .collect()
}
