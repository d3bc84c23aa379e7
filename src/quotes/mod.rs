//! Direct quotations and who said them.
//!
//! 1. [`marks`] pairs quotation marks into quoted spans (multi-paragraph
//!    quotes included); [`singles`] decides whether the document quotes
//!    with single marks and tells them from apostrophes.
//! 2. [`tokens`] reads the text as words and sentences with each quoted span
//!    as one token.
//! 3. [`attribution`] finds each quotation's speaker phrase from speech
//!    verbs around it ([`modified`] tells a speech word used as a noun),
//!    or from the neighbouring sentences; [`interview`]
//!    gives the answers of a question-and-answer piece to the interviewee,
//!    [`headline`] a headline's quotations to their speakers below.
//! 4. [`filter`] drops quoted spans that are titles or scare quotes.
//! 5. [`resolve`] turns speaker phrases into names.

mod attribution;
mod capitals;
mod filter;
mod headline;
mod interview;
mod lexicon;
mod lower;
mod marks;
mod modified;
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
    find_marked(text, &marks(text), entities)
}

/// The quoted spans of a text: the first step of [`find`], which a caller
/// may take on its own to learn whether the text quotes anything before
/// it tags the entities that only attribution reads.
pub struct Marks(Vec<marks::Quoted>);

impl Marks {
    /// Whether the text has no quoted span, and so no quotation.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The quoted spans of `text` (see [`Marks`]).
pub fn marks(text: &str) -> Marks {
    Marks(marks::pair(text))
}

/// [`find`] over the quoted spans `marks` of `text`.
pub fn find_marked(text: &str, marks: &Marks, entities: &[Entity]) -> Vec<Quote> {
    let quoted = &marks.0;
    // Without a quoted span there is no quotation to attribute: the
    // tokens, rules and resolution below would all find nothing.
    if quoted.is_empty() {
        return Vec::new();
    }
    let toks = tokens::Tokens::new(text, quoted);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_tell_a_text_that_quotes_nothing() {
        assert!(marks("He said nothing of note.").is_empty());
        let text = "“We won,” Smith said.";
        let m = marks(text);
        assert!(!m.is_empty());
        let quotes = find_marked(text, &m, &[]);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].span.of(text), "“We won,”");
    }
}
