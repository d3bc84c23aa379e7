//! The learned block classifier: two logistic regressions over hashed
//! features ([`super::features`]), one for pages and one for flattened text.
//!
//! The weights are trained by `newsmark train-boilerplate` (see
//! `models/boilerplate.md`) and embedded in the binary. File format, little
//! endian: the magic `NMBP1`, then per model (page, then text) an `f32`
//! scale followed by [`BUCKETS`] signed bytes; weight = byte × scale.

use super::features::{Features, BUCKETS};
use std::sync::OnceLock;

const MAGIC: &[u8] = b"NMBP1";

/// Which of the two models.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Page,
    Text,
}

/// One model's weights.
pub struct Weights {
    scale: f32,
    bytes: Vec<i8>,
}

impl Weights {
    /// Quantises float weights to one signed byte each (training only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn quantise(weights: &[f32]) -> Weights {
        let max = weights.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let bytes = weights
            .iter()
            .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8)
            .collect();
        Weights { scale, bytes }
    }

    /// The log-odds that the block with features `f` is article text.
    pub fn logit(&self, f: &Features) -> f32 {
        let sum: i32 = f
            .indices
            .iter()
            .map(|&i| self.bytes[i as usize] as i32)
            .sum();
        sum as f32 * self.scale
    }
}

/// Both models, as stored.
pub struct Model {
    pub page: Weights,
    pub text: Weights,
}

impl Model {
    pub fn get(&self, which: Which) -> &Weights {
        match which {
            Which::Page => &self.page,
            Which::Text => &self.text,
        }
    }

    /// The serialised form (see the module docs; training only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        for w in [&self.page, &self.text] {
            out.extend_from_slice(&w.scale.to_le_bytes());
            out.extend(w.bytes.iter().map(|&b| b as u8));
        }
        out
    }

    /// Reads the serialised form; `None` if it is not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let mut rest = bytes.strip_prefix(MAGIC)?;
        let mut read = || {
            let scale = f32::from_le_bytes(rest.get(..4)?.try_into().ok()?);
            let bytes = rest.get(4..4 + BUCKETS)?.iter().map(|&b| b as i8).collect();
            rest = &rest[4 + BUCKETS..];
            Some(Weights { scale, bytes })
        };
        let page = read()?;
        let text = read()?;
        Some(Model { page, text })
    }
}

/// The embedded model.
pub fn embedded() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../../models/boilerplate.bin"))
            .expect("models/boilerplate.bin is a boilerplate model")
    })
}
