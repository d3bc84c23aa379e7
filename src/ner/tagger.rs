//! Tagging a document. Most features of a token depend on one word alone
//! — its own form, or a neighbour's on a given side — so their weights are
//! summed once per distinct word of the document and reused; so are those
//! that depend on the word and the document (context aggregation, the
//! spelling seen elsewhere, the second pass's majority), and those with a
//! handful of values (the capitalisation window, the neighbours'
//! majorities) are summed once per value. Only the features that combine
//! words are hashed token by token. The weights are integers, so the sums
//! are exactly those of adding every feature of every token in turn.
//!
//! Two thirds of a news text's tokens are not scored at all: a token with
//! no capital letter between two words that are not capitalised is left
//! outside every name (see [`SURELY_OUTSIDE`]), and a word's sums are made
//! only where a scored token reads them.

use super::decode;
use super::features::{
    self, beside_majority_feature, caps_window_feature, headline_vote, is_headline, majority_code,
    majority_features, neighbour_features, position_features, spelling_features, word_features,
    Context, DocumentContext, Extractor, LabelTally, Side, Spelled, Spelling, Word, BOUNDARY,
    CAPS_WINDOWS, MAJORITY_CODES,
};
use super::hash::WordKey;
use super::lexicon::HashKeyed;
use super::model::{Model, Sums};
use super::Label;
use std::collections::hash_map::Entry;
use std::ops::Range;

/// A distinct word of the document and the weight sums of its features.
#[derive(Clone, Copy)]
pub struct Kind {
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
    ids: HashKeyed<WordKey<'t>, u32>,
    kinds: Vec<Kind>,
    /// The words whose lexicon entry and sums are still to be added.
    pending: Vec<u32>,
    /// Words whose kinds are complete already (none while those are made).
    common: Option<&'m CommonKinds>,
}

/// The words news text uses most, one a line, most frequent first
/// (`scripts/common_words.py` over the PolNeAR train texts). About half
/// the distinct words of an article are among them (dev, 1,000 words).
const COMMON_WORDS: &str = include_str!("common_words.txt");

/// The kinds of [`COMMON_WORDS`] under one model, made once: a document
/// copies the kind of each it uses instead of spelling, looking up and
/// summing the word again (a kind depends on the word and the model only).
pub struct CommonKinds {
    ids: HashKeyed<WordKey<'static>, u32>,
    kinds: Vec<Kind>,
}

impl CommonKinds {
    fn new(model: &Model) -> CommonKinds {
        let words = COMMON_WORDS.lines();
        let mut kinds = Kinds::new(model, words.clone().count(), None);
        words.for_each(|w| {
            kinds.id(w);
        });
        kinds.complete(|_| Needs::ALL);
        CommonKinds {
            ids: kinds.ids,
            kinds: kinds.kinds,
        }
    }

    fn get(&self, word: &WordKey) -> Option<&Kind> {
        self.ids.get(word).map(|&id| &self.kinds[id as usize])
    }
}

/// Each distinct word's sums of the features that depend on the document
/// as well as the word (indexed by word id).
struct InDocument {
    /// Its context aggregation features.
    context: Vec<Sums>,
    /// The same plus the features of where it stands, for a word inside
    /// a sentence that is not a headline: most tokens.
    inside: Vec<Sums>,
    /// [`caps_window_feature`] of each value.
    caps_window: Vec<Sums>,
    /// [`Context::gazetteer`] of a token [`Context::outside_gazetteers`].
    outside_gazetteers: Sums,
}

/// Sums of the second-pass features.
struct SecondPass {
    /// Each distinct word's [`majority_code`] and [`majority_features`].
    codes: Vec<u64>,
    own: Vec<Sums>,
    /// [`beside_majority_feature`] of each code and capitalisation, before
    /// the word and after it.
    before: Vec<[Sums; 2]>,
    after: Vec<[Sums; 2]>,
}

impl<'m, 't> Kinds<'m, 't> {
    /// Room for the distinct words of `tokens` tokens; the kinds of
    /// `common` words are copied from there.
    fn new(model: &'m Model<'m>, tokens: usize, common: Option<&'m CommonKinds>) -> Self {
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
            ids: HashKeyed::with_capacity_and_hasher(room, Default::default()),
            kinds: Vec::with_capacity(room),
            pending: Vec::with_capacity(room),
            common,
        };
        kinds.kinds.push(Kind::unsummed(BOUNDARY, None, None));
        kinds.sum(BOUNDARY_ID as usize, Needs::ALL);
        kinds
    }

    /// The id of word `text`; a new word's lexicon entry and sums wait for
    /// [`Kinds::complete`] unless it is a common word.
    fn id(&mut self, text: &'t str) -> u32 {
        // One hash of `text` finds it or makes room for it, and looks it
        // up among the common words.
        let key = WordKey::new(text);
        let id = self.kinds.len() as u32;
        match self.ids.entry(key) {
            Entry::Occupied(found) => return *found.get(),
            Entry::Vacant(room) => room.insert(id),
        };
        match self.common.and_then(|c| c.get(&key)) {
            Some(&kind) => self.kinds.push(kind),
            None => {
                let word = Word::spelled(text);
                let kind = Kind::unsummed(word, text.chars().next(), headline_vote(text));
                self.kinds.push(kind);
                self.pending.push(id);
            }
        }
        id
    }

    /// Looks every pending word up in the lexicon, then sums its features.
    /// Apart from the summing, the lookups form a loop of independent loads
    /// whose cache misses overlap; one word at a time, each miss was waited
    /// for (an eighth of the tagger's time in `perf`). Of each word's sums,
    /// only those `needs` gives are made.
    fn complete(&mut self, needs: impl Fn(u32) -> Needs) {
        let lexicon = self.extractor.lexicon;
        for &id in &self.pending {
            self.kinds[id as usize].word.look_up(lexicon);
        }
        for k in 0..self.pending.len() {
            let id = self.pending[k];
            self.sum(id as usize, needs(id));
        }
        self.pending.clear();
    }

    /// Fills in the feature sums of word `i` that `needs` asks for.
    fn sum(&mut self, i: usize, needs: Needs) {
        let word = self.kinds[i].word;
        if needs.own() {
            self.kinds[i].own = self.sum_of(|f| word_features(&word, f));
        }
        for (k, side) in Side::ALL.into_iter().enumerate() {
            if needs.beside(k) {
                self.kinds[i].beside[k] = self.sum_of(|f| neighbour_features(side, &word, f));
            }
        }
    }

    /// Which sums of each word (by id) the scored tokens of `sentences`
    /// read: its own where it is scored, a side's where it stands on that
    /// side of a scored token. A rare word of lower-case letters is mostly
    /// read by neither.
    fn needs(&self, sentences: &[Vec<u32>]) -> Vec<Needs> {
        let mut needs = vec![Needs::NONE; self.kinds.len()];
        for ids in sentences {
            for i in (0..ids.len()).filter(|&i| !self.is_surely_outside(ids, i)) {
                needs[ids[i] as usize].0 |= Needs::OWN;
                for (k, offset) in NEIGHBOURS.into_iter().enumerate() {
                    needs[neighbour(ids, i, offset) as usize].0 |= Needs::BESIDE << k;
                }
            }
        }
        needs
    }

    /// The weight sums of the features `emit` gives (for the sums made
    /// once per word or per document).
    fn sum_of(&self, emit: impl FnOnce(&mut Emit)) -> Sums {
        let mut sums = [0; Label::COUNT];
        let mut f = |t, v| self.add(&mut sums, t, v);
        emit(&mut (&mut f as Emit));
        sums
    }

    fn add(&self, sums: &mut Sums, template: features::T, value: u64) {
        let bucket = self.extractor.bucket(template, value);
        self.model.add_weights(sums, bucket);
    }

    fn get(&self, id: u32) -> &Kind {
        &self.kinds[id as usize]
    }

    /// True when token `i` of a sentence of words `ids` has no capital
    /// letter and neither word beside it is capitalised (`the ministry
    /// said`, `on 2 May`'s `on`): such a token is left outside every name
    /// without being scored (see [`SURELY_OUTSIDE`]).
    fn is_surely_outside(&self, ids: &[u32], i: usize) -> bool {
        let word = |offset| &self.get(neighbour(ids, i, offset)).word;
        word(0).uncapitalised && !word(-1).capitalised && !word(1).capitalised
    }

    fn is_headline(&self, ids: &[u32]) -> bool {
        is_headline(ids.iter().map(|&id| self.get(id).headline_vote))
    }

    /// The document's context; what its words say of their spellings is
    /// gathered per word id, then noted once per distinct word.
    fn document_context(&self, sentences: &[Vec<u32>]) -> DocumentContext {
        let mut spellings: Vec<Option<Spelling>> = vec![None; self.kinds.len()];
        let mut doc = DocumentContext::read(
            sentences,
            |&id| {
                let kind = self.get(id);
                (Spelled::from(&kind.word), kind.first, kind.headline_vote)
            },
            |&id, _, s| {
                spellings[id as usize]
                    .get_or_insert_with(Spelling::default)
                    .add(s)
            },
        );
        let words = self.kinds.iter().zip(spellings);
        doc.note_spellings(words.filter_map(|(kind, s)| Some((kind.word.lower, s?))));
        doc
    }

    /// The sums of [`InDocument`] for the document `doc`.
    fn in_document(&self, doc: &DocumentContext, needs: &[Needs]) -> InDocument {
        let context = self.per_scored_word(needs, |_, kind| {
            self.sum_of(|f| doc.context_features(Spelled::from(&kind.word), f))
        });
        let inside = self.per_scored_word(needs, |i, kind| {
            let mut sums = self.sum_of(|f| {
                position_features(&kind.word, false, false, f);
                spelling_features(&kind.word, false, doc, f);
            });
            add(&mut sums, &context[i]);
            sums
        });
        let caps_window = (0..CAPS_WINDOWS)
            .map(|caps| self.sum_of(|f| caps_window_feature(caps, f)))
            .collect();
        let outside_gazetteers =
            self.sum_of(|f| Context::at(&[BOUNDARY], 0, false, doc).gazetteer(f));
        InDocument {
            context,
            inside,
            caps_window,
            outside_gazetteers,
        }
    }

    /// `sums` of each word (by id) that `needs` says is scored somewhere,
    /// zero for the rest.
    fn per_scored_word(&self, needs: &[Needs], sums: impl Fn(usize, &Kind) -> Sums) -> Vec<Sums> {
        let kinds = self.kinds.iter().zip(needs).enumerate();
        kinds
            .map(|(i, (kind, n))| {
                if n.own() {
                    sums(i, kind)
                } else {
                    [0; Label::COUNT]
                }
            })
            .collect()
    }

    /// The first-pass emission scores of a sentence of words `ids`,
    /// appended to `out`; `words` is room for the sentence's words.
    fn emissions(
        &self,
        ids: &[u32],
        doc: &DocumentContext,
        sums: &InDocument,
        words: &mut Vec<Word>,
        out: &mut Vec<[f32; Label::COUNT]>,
    ) {
        words.clear();
        words.extend(ids.iter().map(|&id| self.get(id).word));
        self.extractor.match_phrases(words);
        let headline = self.is_headline(ids);
        out.extend((0..ids.len()).map(|i| {
            if self.is_surely_outside(ids, i) {
                return SURELY_OUTSIDE;
            }
            let id = ids[i] as usize;
            let mut token = self.kinds[id].own;
            for (k, offset) in NEIGHBOURS.into_iter().enumerate() {
                add(&mut token, &self.get(neighbour(ids, i, offset)).beside[k]);
            }
            let context = Context::at(words, i, headline, doc);
            let at_start = i == 0 || headline;
            add(
                &mut token,
                if at_start {
                    &sums.context[id]
                } else {
                    &sums.inside[id]
                },
            );
            let outside_gazetteers = context.outside_gazetteers();
            if outside_gazetteers {
                add(&mut token, &sums.outside_gazetteers);
            }
            add(
                &mut token,
                &sums.caps_window[context.caps_window() as usize],
            );
            let f = &mut |t, v| self.add(&mut token, t, v);
            if at_start {
                position_features(context.w, i == 0, headline, f);
                spelling_features(context.w, true, doc, f);
            }
            context.pairs(f);
            if !outside_gazetteers {
                context.gazetteer(f);
            }
            self.model.scores(&token)
        }));
    }

    /// The sums of [`SecondPass`] under the first pass's `tally`.
    fn second_pass(&self, tally: &LabelTally, needs: &[Needs]) -> SecondPass {
        let majorities: Vec<_> = self
            .kinds
            .iter()
            .map(|kind| tally.majority(kind.word.lower))
            .collect();
        let own = self.per_scored_word(needs, |i, kind| {
            self.sum_of(|f| majority_features(majorities[i], kind.word.capitalised, f))
        });
        let beside = |before: bool| {
            (0..MAJORITY_CODES)
                .map(|code| {
                    [false, true]
                        .map(|cap| self.sum_of(|f| beside_majority_feature(before, code, cap, f)))
                })
                .collect()
        };
        SecondPass {
            codes: majorities.into_iter().map(majority_code).collect(),
            own,
            before: beside(true),
            after: beside(false),
        }
    }

    /// The second-pass sums of the features of a sentence of words `ids`,
    /// added to its first-pass scores `emissions`.
    fn add_second_pass(
        &self,
        ids: &[u32],
        second: &SecondPass,
        emissions: &mut [[f32; Label::COUNT]],
    ) {
        let code = |j: Option<usize>| {
            j.and_then(|j| ids.get(j))
                .map_or(0, |&id| second.codes[id as usize])
        };
        for (i, e) in emissions.iter_mut().enumerate() {
            if self.is_surely_outside(ids, i) {
                continue;
            }
            let id = ids[i] as usize;
            let cap = usize::from(self.kinds[id].word.capitalised);
            let mut token = second.own[id];
            add(
                &mut token,
                &second.before[code(i.checked_sub(1)) as usize][cap],
            );
            add(&mut token, &second.after[code(Some(i + 1)) as usize][cap]);
            e.iter_mut()
                .zip(self.model.scores(&token))
                .for_each(|(a, b)| *a += b);
        }
    }
}

/// The emission scores of a token [`Kinds::is_surely_outside`]: `O` only.
/// Every path the decoder may take then passes `O` there, so the best of
/// them is the one the full scores would pick whenever that one has `O`
/// there too. The model almost never labels such a token otherwise: 2 of
/// PolNeAR train's 476,078 (a quotation mark opening a sentence), none of
/// dev's 53,738, 3 of CoNLL testa's 29,777 (`interior ministry
/// officials`, `the Minsk Group of countries`), and every quotation found
/// on PolNeAR stays the same. They are two thirds of a news text's
/// tokens, and scoring them was most of the tagger's time.
const SURELY_OUTSIDE: [f32; Label::COUNT] = {
    let mut row = [f32::NEG_INFINITY; Label::COUNT];
    row[Label::OUTSIDE.0 as usize] = 0.0;
    row
};

/// Where the neighbours of [`Side::ALL`] stand, in tokens from the word.
const NEIGHBOURS: [isize; 4] = [-1, 1, -2, 2];

/// Which of a word's sums a document reads (see [`Kinds::needs`]): bit 0
/// its own, bit 1 + k its sums as the neighbour on side `k` of
/// [`Side::ALL`].
#[derive(Clone, Copy)]
struct Needs(u8);

impl Needs {
    const NONE: Needs = Needs(0);
    const ALL: Needs = Needs(0x1f);
    const OWN: u8 = 1;
    const BESIDE: u8 = 2;

    fn own(self) -> bool {
        self.0 & Needs::OWN != 0
    }

    fn beside(self, k: usize) -> bool {
        self.0 & Needs::BESIDE << k != 0
    }
}

/// The word id `offset` tokens from token `i` of a sentence of words
/// `ids` ([`BOUNDARY_ID`] past either end).
fn neighbour(ids: &[u32], i: usize, offset: isize) -> u32 {
    i.checked_add_signed(offset)
        .and_then(|j| ids.get(j))
        .map_or(BOUNDARY_ID, |&id| id)
}

/// Where features are sent to be summed.
type Emit<'a> = &'a mut dyn FnMut(features::T, u64);

/// Adds `more` to `sums`.
fn add(sums: &mut Sums, more: &Sums) {
    sums.iter_mut().zip(more).for_each(|(s, m)| *s += m);
}

impl Model<'_> {
    /// The labels of every token of a document given as sentences of words.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<u8>> {
        let labels = self.tag_sentences(sentences);
        let mut rest = labels.as_slice();
        sentences
            .iter()
            .map(|s| {
                let (sentence, after) = rest.split_at(s.len());
                rest = after;
                sentence.to_vec()
            })
            .collect()
    }

    /// The labels of every token of a document given as sentences of words,
    /// in one list in text order (a list per sentence was an allocation
    /// each).
    ///
    /// Two passes: the first tags each sentence from its own features; the
    /// second adds what the first pass said about the same words elsewhere
    /// in the document (see [`LabelTally`]). The first pass's emission
    /// scores are kept, so the second costs only its few extra features.
    pub fn tag_sentences<'t, S: AsRef<[&'t str]>>(&self, sentences: &[S]) -> Vec<u8> {
        let tokens = sentences.iter().map(|s| s.as_ref().len()).sum();
        let common = self.common.get_or_init(|| CommonKinds::new(self));
        let mut kinds = Kinds::new(self, tokens, Some(common));
        let ids: Vec<Vec<u32>> = sentences
            .iter()
            .map(|s| s.as_ref().iter().map(|w| kinds.id(w)).collect())
            .collect();
        let needs = kinds.needs(&ids);
        kinds.complete(|id| needs[id as usize]);
        let doc = kinds.document_context(&ids);
        let in_document = kinds.in_document(&doc, &needs);
        // One buffer each for the whole document, sentence after sentence.
        let mut spans: Vec<Range<usize>> = Vec::with_capacity(ids.len());
        let mut emissions = Vec::with_capacity(tokens);
        let mut words = Vec::new();
        for s in &ids {
            let start = emissions.len();
            kinds.emissions(s, &doc, &in_document, &mut words, &mut emissions);
            spans.push(start..emissions.len());
        }
        let mut decoder = decode::Decoder::new(&self.transitions);
        let mut labels = vec![0; tokens];
        for span in &spans {
            decoder.decode(&emissions[span.clone()], &mut labels[span.clone()]);
        }
        let spellings: Vec<(u64, bool)> = ids
            .iter()
            .flatten()
            .map(|&id| {
                let w = &kinds.get(id).word;
                (w.lower, w.capitalised)
            })
            .collect();
        let tally = LabelTally::of_words(
            spans
                .iter()
                .map(|s| (&spellings[s.clone()], &labels[s.clone()])),
        );
        let second = kinds.second_pass(&tally, &needs);
        for (s, span) in ids.iter().zip(&spans) {
            kinds.add_second_pass(s, &second, &mut emissions[span.clone()]);
            decoder.decode(&emissions[span.clone()], &mut labels[span.clone()]);
        }
        labels
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::features::SentenceFeatures;
    use crate::tokens;

    /// Checked with every kind summed for the document and with the
    /// common words' kinds copied from the model's table.
    #[test]
    fn sums_per_word_equal_the_features_added_one_by_one() {
        let model = crate::ner::model();
        let common = CommonKinds::new(model);
        for common in [None, Some(&common)] {
            check_sums_per_word(model, common);
        }
    }

    fn check_sums_per_word(model: &Model, common: Option<&CommonKinds>) {
        let text = crate::REFERENCE_ARTICLE;
        let toks = tokens::tokenize(text);
        let sentences: Vec<Vec<&str>> = tokens::sentences(text, &toks)
            .into_iter()
            .map(|r| toks[r].iter().map(|t| t.text(text)).collect())
            .collect();
        let mut kinds = Kinds::new(model, 0, common);
        let ids: Vec<Vec<u32>> = sentences
            .iter()
            .map(|s| s.iter().map(|w| kinds.id(w)).collect())
            .collect();
        let copied = kinds.kinds.len() - 1 - kinds.pending.len();
        assert_eq!(copied > 100, common.is_some(), "{copied} kinds copied");
        let needs = kinds.needs(&ids);
        kinds.complete(|id| needs[id as usize]);
        // The document context gathered per word (the tagger's) and per
        // token (training's) must say the same.
        let by_word = kinds.document_context(&ids);
        let by_token = DocumentContext::new(&sentences);
        let in_document = kinds.in_document(&by_word, &needs);
        let mut features = SentenceFeatures::default();
        let mut words = Vec::new();
        for (sentence, ids) in sentences.iter().zip(&ids) {
            kinds.extractor.sentence(sentence, &by_token, &mut features);
            let one_by_one: Vec<_> = (0..features.len())
                .map(|t| {
                    let mut sums = [0; Label::COUNT];
                    for &b in features.token(t) {
                        model.add_weights(&mut sums, b);
                    }
                    model.scores(&sums)
                })
                .collect();
            let mut emissions = Vec::new();
            kinds.emissions(ids, &by_word, &in_document, &mut words, &mut emissions);
            for (i, (e, full)) in emissions.iter().zip(&one_by_one).enumerate() {
                let want = if kinds.is_surely_outside(ids, i) {
                    &SURELY_OUTSIDE
                } else {
                    full
                };
                assert_eq!(e, want, "{}", sentence[i]);
            }
            // Leaving a token out unscored must not change the best labels.
            let (mut labels, mut full_labels) = (Vec::new(), Vec::new());
            decode::viterbi(&emissions, &model.transitions, &mut labels);
            decode::viterbi(&one_by_one, &model.transitions, &mut full_labels);
            assert_eq!(labels, full_labels, "{sentence:?}");
        }
    }

    #[test]
    fn only_uncapitalised_words_between_uncapitalised_words_are_left_unscored() {
        let model = crate::ner::model();
        let mut kinds = Kinds::new(model, 0, None);
        let sentence = "the Bank of England said on Monday that it would cut rates by 2 points .";
        let sentence: Vec<&str> = sentence.split(' ').collect();
        let ids: Vec<u32> = sentence.iter().map(|w| kinds.id(w)).collect();
        kinds.complete(|_| Needs::ALL);
        let unscored: Vec<&str> = (0..ids.len())
            .filter(|&i| kinds.is_surely_outside(&ids, i))
            .map(|i| sentence[i])
            .collect();
        assert_eq!(
            unscored,
            ["it", "would", "cut", "rates", "by", "2", "points", "."]
        );
    }
}
