//! The trained named-entity tagger: an averaged perceptron over hashed
//! token features with Viterbi decoding, trained in this repository
//! (`newsmark train-ner`, see docs/ner.md) and embedded in the binary.
//!
//! * [`features`] — what a token looks like to the model; [`lexicon`] —
//!   word clusters and gazetteers, hashed into the model file.
//! * [`model`] — the compact file; [`decode`] — Viterbi.
//! * `train` — the perceptron (native only).

pub mod decode;
pub mod features;
pub mod hash;
pub mod lexicon;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use crate::annotations::EntityType;
use features::{DocumentContext, Extractor, LabelTally, SentenceFeatures};
use model::Model;
use std::ops::Range;
use std::sync::OnceLock;

/// The entity types the model tags, in label order.
pub const TYPES: [EntityType; 4] = [
    EntityType::Person,
    EntityType::Organization,
    EntityType::Location,
    EntityType::Misc,
];

/// A BIO label: 0 is `O`, then `B-X`, `I-X` for each of [`TYPES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u8);

impl Label {
    pub const COUNT: usize = 1 + 2 * TYPES.len();
    pub const OUTSIDE: Label = Label(0);

    pub fn begin(kind: usize) -> Label {
        Label(1 + 2 * kind as u8)
    }

    pub fn inside(kind: usize) -> Label {
        Label(2 + 2 * kind as u8)
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The type index of a `B-` or `I-` label.
    pub fn kind(self) -> Option<usize> {
        (self.0 > 0).then(|| usize::from(self.0 - 1) / 2)
    }

    /// The type index of an `I-` label.
    pub fn inside_of(self) -> Option<usize> {
        (self.0 > 0 && self.0 % 2 == 0).then(|| usize::from(self.0 - 1) / 2)
    }
}

/// The entity spans (token ranges) and types of a BIO label sequence.
pub fn spans(labels: &[u8]) -> Vec<(Range<usize>, EntityType)> {
    let mut out: Vec<(Range<usize>, EntityType)> = Vec::new();
    for (t, &l) in labels.iter().enumerate() {
        let label = Label(l);
        match (label.inside_of(), label.kind()) {
            (Some(kind), _)
                if out
                    .last()
                    .is_some_and(|(r, k)| r.end == t && *k == TYPES[kind]) =>
            {
                out.last_mut().expect("checked").0.end = t + 1;
            }
            (_, Some(kind)) => out.push((t..t + 1, TYPES[kind])),
            _ => {}
        }
    }
    out
}

/// The model built into newsmark (the file `models/ner.bin`).
pub static MODEL_FILE: &[u8] = include_bytes!("../../models/ner.bin");

/// The embedded model, parsed on first use.
pub fn model() -> &'static Model<'static> {
    static MODEL: OnceLock<Model<'static>> = OnceLock::new();
    MODEL.get_or_init(|| Model::parse(MODEL_FILE).expect("the embedded model is valid"))
}

impl Model<'_> {
    /// The labels of every token of a document given as sentences of words.
    ///
    /// Two passes: the first tags each sentence from its own features; the
    /// second adds what the first pass said about the same words elsewhere
    /// in the document (see [`LabelTally`]). The first pass's emission
    /// scores are kept, so the second costs only its few extra features.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<u8>> {
        let doc = DocumentContext::new(sentences);
        let extractor = Extractor {
            lexicon: &self.lexicon,
            bits: self.bits,
            hide_names: None,
        };
        let mut passes: Vec<(SentenceFeatures, Vec<[f32; Label::COUNT]>, Vec<u8>)> = sentences
            .iter()
            .map(|sentence| {
                let mut features = SentenceFeatures::default();
                extractor.sentence(sentence, &doc, &mut features);
                let emissions = self.all_emissions(&features);
                let mut labels = Vec::new();
                decode::viterbi(&emissions, &self.transitions, &mut labels);
                (features, emissions, labels)
            })
            .collect();
        let tally = LabelTally::new(passes.iter().map(|(f, _, l)| (f, l.as_slice())));
        let mut extra = SentenceFeatures::default();
        for (features, emissions, labels) in &mut passes {
            extractor.document_labels(features, &tally, &mut extra);
            let more = self.all_emissions(&extra);
            for (e, m) in emissions.iter_mut().zip(more) {
                e.iter_mut().zip(m).for_each(|(a, b)| *a += b);
            }
            decode::viterbi(emissions, &self.transitions, labels);
        }
        passes.into_iter().map(|(_, _, labels)| labels).collect()
    }

    fn all_emissions(&self, features: &SentenceFeatures) -> Vec<[f32; Label::COUNT]> {
        (0..features.len())
            .map(|t| {
                let mut e = [0f32; Label::COUNT];
                self.emissions(features.token(t), &mut e);
                e
            })
            .collect()
    }
}
