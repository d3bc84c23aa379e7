//! Past participles that open a sentence before a preposition (`Born in
//! Dundee in 1937, …`, `Raised in Ohio, …`, `Asked about the deal, …`):
//! capitalised there, and followed by a place, they read to the model as a
//! name. CoNLL-2003 tags one of them (`Born in 1937 …` is I-LOC once in
//! eng.train, an annotator's slip the model learned); a sentence that
//! opens with one of these words followed by a preposition names nobody.

use crate::tokens::Token;
use std::ops::Range;

/// The participles, as they open a sentence.
const PARTICIPLES: &[&str] = &[
    "Appointed",
    "Asked",
    "Based",
    "Born",
    "Educated",
    "Elected",
    "Founded",
    "Headquartered",
    "Located",
    "Pressed",
    "Raised",
    "Trained",
];

/// Prepositions after the participle.
const PREPOSITIONS: &[&str] = &["about", "as", "at", "by", "in", "on", "to"];

/// Whether the name over `name` (token indices) is a lone participle
/// opening its sentence before a preposition. `sentences` cover the
/// tokens in order.
pub fn is_opener(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    name: &Range<usize>,
) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text));
    let opens_sentence = sentences
        .binary_search_by_key(&name.start, |s| s.start)
        .is_ok();
    name.len() == 1
        && opens_sentence
        && word(name.start).is_some_and(|w| PARTICIPLES.contains(&w))
        && word(name.end).is_some_and(|w| PREPOSITIONS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::{sentences, tokenize};

    fn openers(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let sentences = sentences(text, &tokens);
        (0..tokens.len())
            .filter(|&i| is_opener(text, &tokens, &sentences, &(i..i + 1)))
            .map(|i| tokens[i].text(text))
            .collect()
    }

    #[test]
    fn a_participle_opening_a_sentence_before_a_preposition() {
        assert_eq!(
            openers("She died on Sunday. Born in Dundee in 1937, she studied medicine."),
            ["Born"]
        );
        // Mid-sentence, or without a preposition after it, it may be a name.
        assert!(openers("The physicist Max Born in 1926 wrote the rule.").is_empty());
        assert!(openers("Born Free was a film.").is_empty());
    }
}
