//! The trained named-entity tagger: an averaged perceptron over hashed
//! token features with Viterbi decoding, trained in this repository
//! (`newsmark train-ner`, see docs/ner.md) and embedded in the binary.
//!
//! * [`features`] — what a token looks like to the model; [`lexicon`] —
//!   word clusters and gazetteers, hashed into the model file.
//! * [`model`] — the compact file; `tagger` — a document's two passes;
//!   [`decode`] — Viterbi.
//! * `train` — the perceptron (native only).

pub mod decode;
pub mod features;
pub mod hash;
pub mod lexicon;
pub mod model;
mod tagger;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use crate::annotations::EntityType;
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

    pub const fn begin(kind: usize) -> Label {
        Label(1 + 2 * kind as u8)
    }

    pub const fn inside(kind: usize) -> Label {
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
