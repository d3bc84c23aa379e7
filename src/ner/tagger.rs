//! Tagging a document. Most features of a token depend on one word alone
//! — its own form, or a neighbour's on a given side — so their weights are
//! summed once per distinct word of the document and reused; only the
//! features that combine words are hashed token by token. The weights are
//! integers, so the sums are exactly those of adding every feature of
//! every token in turn.

use super::decode;
use super::features::{
    self, document_features, headline_vote, is_headline, neighbour_features, word_features,
    Context, DocumentContext, Extractor, LabelTally, Side, Spelled, Word, BOUNDARY,
};
use super::hash::Fnv;
use super::model::{Model, Sums};
use super::Label;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// A distinct word of the document and the weight sums of its features.
struct Kind {
    word: Word,
    first: Option<char>,
    headline_vote: Option<bool>,
    /// Its [`word_features`].
    own: Sums,
    /// Its [`neighbour_features`] on each side, in [`Side::ALL`] order.
    beside: [Sums; 4],
}

impl Kind {
    /// A word whose feature sums are still to be added.
    fn unsummed(word: Word, first: Option<char>, headline_vote: Option<bool>) -> Kind {
        Kind {
            word,
            first,
            headline_vote,
            own: [0; Label::COUNT],
            beside: [[0; Label::COUNT]; 4],
        }
    }
}

/// Stands in [`Kinds`] for the words before the first and after the last.
const BOUNDARY_ID: u32 = 0;

/// The distinct words of a document, numbered from 1 ([`BOUNDARY_ID`] is
/// the boundary).
struct Kinds<'m, 't> {
    model: &'m Model<'m>,
    extractor: Extractor<'m>,
    ids: HashMap<&'t str, u32, BuildHasherDefault<Fnv>>,
    kinds: Vec<Kind>,
}

impl<'m, 't> Kinds<'m, 't> {
    /// Room for the distinct words of `tokens` tokens.
    fn new(model: &'m Model<'m>, tokens: usize) -> Self {
        // News text repeats about half its tokens; reserving that many
        // spares most of the copying as the table grows.
        let room = tokens / 2 + 1;
        let extractor = Extractor {
            lexicon: &model.lexicon,
            bits: model.bits,
            hide_names: None,
        };
        let mut kinds = Kinds {
            model,
            extractor,
            ids: HashMap::with_capacity_and_hasher(room, Default::default()),
            kinds: Vec::with_capacity(room),
        };
        kinds.kinds.push(Kind::unsummed(BOUNDARY, None, None));
        kinds.sum(BOUNDARY_ID as usize);
        kinds
    }

    /// The id of word `text`; a new word's lexicon entry and sums wait for
    /// [`Kinds::complete`].
    fn id(&mut self, text: &'t str) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let word = Word::spelled(text);
        let kind = Kind::unsummed(word, text.chars().next(), headline_vote(text));
        let id = self.kinds.len() as u32;
        self.kinds.push(kind);
        self.ids.insert(text, id);
        id
    }

    /// Looks every word up in the lexicon, then sums its features. Apart
    /// from the summing, the lookups form a loop of independent loads whose
    /// cache misses overlap; one word at a time, each miss was waited for
    /// (an eighth of the tagger's time in `perf`).
    fn complete(&mut self) {
        let lexicon = self.extractor.lexicon;
        let words = &mut self.kinds[BOUNDARY_ID as usize + 1..];
        words.iter_mut().for_each(|k| k.word.look_up(lexicon));
        for i in BOUNDARY_ID as usize + 1..self.kinds.len() {
            self.sum(i);
        }
    }

    /// Fills in the feature sums of word `i`.
    fn sum(&mut self, i: usize) {
        let word = self.kinds[i].word;
        let mut own = [0; Label::COUNT];
        word_features(&word, &mut |t, v| self.add(&mut own, t, v));
        let beside = Side::ALL.map(|side| {
            let mut sums = [0; Label::COUNT];
            neighbour_features(side, &word, &mut |t, v| self.add(&mut sums, t, v));
            sums
        });
        (self.kinds[i].own, self.kinds[i].beside) = (own, beside);
    }

    fn add(&self, sums: &mut Sums, template: features::T, value: u64) {
        let bucket = self.extractor.bucket(template, value);
        self.model.add_weights(sums, bucket);
    }

    fn get(&self, id: u32) -> &Kind {
        &self.kinds[id as usize]
    }

    fn is_headline(&self, ids: &[u32]) -> bool {
        is_headline(ids.iter().map(|&id| self.get(id).headline_vote))
    }

    fn document_context(&self, sentences: &[Vec<u32>]) -> DocumentContext {
        DocumentContext::read(sentences, |&id| {
            let kind = self.get(id);
            (Spelled::from(&kind.word), kind.first, kind.headline_vote)
        })
    }

    /// The weight sums of each distinct word's context aggregation
    /// features, which depend on its spelling and the document only.
    fn context_sums(&self, doc: &DocumentContext) -> Vec<Sums> {
        self.kinds
            .iter()
            .map(|kind| {
                let mut sums = [0; Label::COUNT];
                doc.context_features(Spelled::from(&kind.word), &mut |t, v| {
                    self.add(&mut sums, t, v)
                });
                sums
            })
            .collect()
    }

    /// The first-pass emission scores of a sentence of words `ids`.
    fn emissions(
        &self,
        ids: &[u32],
        doc: &DocumentContext,
        context_sums: &[Sums],
    ) -> Vec<[f32; Label::COUNT]> {
        let mut words: Vec<Word> = ids.iter().map(|&id| self.get(id).word).collect();
        self.extractor.match_phrases(&mut words);
        let headline = self.is_headline(ids);
        let neighbour = |i: usize, offset: isize| {
            i.checked_add_signed(offset)
                .and_then(|j| ids.get(j))
                .map_or(BOUNDARY_ID, |&id| id)
        };
        (0..ids.len())
            .map(|i| {
                let mut sums = self.get(ids[i]).own;
                for (k, offset) in [-1, 1, -2, 2].into_iter().enumerate() {
                    let beside = &self.get(neighbour(i, offset)).beside[k];
                    sums.iter_mut().zip(beside).for_each(|(s, b)| *s += b);
                }
                let context = Context::at(&words, i, headline, doc);
                context.emit(&mut |t, v| self.add(&mut sums, t, v));
                let own_context = &context_sums[ids[i] as usize];
                sums.iter_mut().zip(own_context).for_each(|(s, c)| *s += c);
                self.model.scores(&sums)
            })
            .collect()
    }
}

/// One sentence through the two passes.
struct Sentence {
    /// Each word's lower-cased hash and whether it is capitalised.
    spellings: Vec<(u64, bool)>,
    emissions: Vec<[f32; Label::COUNT]>,
    labels: Vec<u8>,
}

impl Model<'_> {
    /// The labels of every token of a document given as sentences of words.
    ///
    /// Two passes: the first tags each sentence from its own features; the
    /// second adds what the first pass said about the same words elsewhere
    /// in the document (see [`LabelTally`]). The first pass's emission
    /// scores are kept, so the second costs only its few extra features.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<u8>> {
        let mut kinds = Kinds::new(self, sentences.iter().map(Vec::len).sum());
        let ids: Vec<Vec<u32>> = sentences
            .iter()
            .map(|s| s.iter().map(|w| kinds.id(w)).collect())
            .collect();
        kinds.complete();
        let doc = kinds.document_context(&ids);
        let context_sums = kinds.context_sums(&doc);
        let decoder = decode::Decoder::new(&self.transitions);
        let mut passes: Vec<Sentence> = ids
            .iter()
            .map(|ids| {
                let emissions = kinds.emissions(ids, &doc, &context_sums);
                let mut labels = Vec::new();
                decoder.decode(&emissions, &mut labels);
                let spellings = ids
                    .iter()
                    .map(|&id| {
                        let w = &kinds.get(id).word;
                        (w.lower, w.capitalised)
                    })
                    .collect();
                Sentence {
                    spellings,
                    emissions,
                    labels,
                }
            })
            .collect();
        let tally = LabelTally::of_words(
            passes
                .iter()
                .map(|s| (s.spellings.as_slice(), s.labels.as_slice())),
        );
        for s in &mut passes {
            let majorities = tally.majorities(&s.spellings);
            for (i, e) in s.emissions.iter_mut().enumerate() {
                let mut sums = [0; Label::COUNT];
                document_features(&s.spellings, &majorities, i, &mut |t, v| {
                    kinds.add(&mut sums, t, v)
                });
                e.iter_mut()
                    .zip(self.scores(&sums))
                    .for_each(|(a, b)| *a += b);
            }
            decoder.decode(&s.emissions, &mut s.labels);
        }
        passes.into_iter().map(|s| s.labels).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::features::SentenceFeatures;
    use crate::tokens;

    #[test]
    fn sums_per_word_equal_the_features_added_one_by_one() {
        let model = crate::ner::model();
        let text = crate::REFERENCE_ARTICLE;
        let toks = tokens::tokenize(text);
        let sentences: Vec<Vec<&str>> = tokens::sentences(text, &toks)
            .into_iter()
            .map(|r| toks[r].iter().map(|t| t.text(text)).collect())
            .collect();
        let mut kinds = Kinds::new(model, 0);
        let ids: Vec<Vec<u32>> = sentences
            .iter()
            .map(|s| s.iter().map(|w| kinds.id(w)).collect())
            .collect();
        kinds.complete();
        let doc = DocumentContext::new(&sentences);
        let context_sums = kinds.context_sums(&doc);
        let mut features = SentenceFeatures::default();
        for (sentence, ids) in sentences.iter().zip(&ids) {
            kinds.extractor.sentence(sentence, &doc, &mut features);
            let one_by_one: Vec<_> = (0..features.len())
                .map(|t| {
                    let mut sums = [0; Label::COUNT];
                    for &b in features.token(t) {
                        model.add_weights(&mut sums, b);
                    }
                    model.scores(&sums)
                })
                .collect();
            assert_eq!(kinds.emissions(ids, &doc, &context_sums), one_by_one);
        }
    }
}
