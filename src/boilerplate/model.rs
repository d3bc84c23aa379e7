//! The learned block classifier: logistic regressions over hashed features
//! ([`super::features`]) — one for pages, a second pass over pages that
//! reads the first one's verdicts on the blocks around, and one for
//! flattened text.
//!
//! The weights are trained by `newsmark train-boilerplate` (see
//! `models/boilerplate.md`) and embedded in the binary. File format, little
//! endian: the magic `NMBP2`, then per model (page, text, then the second
//! pass) an `f32` scale followed by [`BUCKETS`] signed bytes; weight = byte
//! × scale.

use super::features::BUCKETS;
use std::sync::OnceLock;

const MAGIC: &[u8] = b"NMBP2";

/// Which of the two models.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Page,
    Text,
    /// The second pass over a page's blocks ([`super::features::stack_features`]).
    Stack,
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

    /// The log-odds that the block with the feature indices `f` is article text.
    pub fn logit(&self, f: &[u32]) -> f32 {
        let sum: i32 = f.iter().map(|&i| self.bytes[i as usize] as i32).sum();
        sum as f32 * self.scale
    }
}

/// The three models, as stored.
pub struct Model {
    pub page: Weights,
    pub text: Weights,
    pub stack: Weights,
}

impl Model {
    pub fn get(&self, which: Which) -> &Weights {
        match which {
            Which::Page => &self.page,
            Which::Text => &self.text,
            Which::Stack => &self.stack,
        }
    }

    /// The serialised form (see the module docs; training only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        for w in [&self.page, &self.text, &self.stack] {
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
        let stack = read()?;
        Some(Model { page, text, stack })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_survives_a_round_trip() {
        let model = embedded();
        let bytes = model.to_bytes();
        assert_eq!(bytes.len(), MAGIC.len() + 3 * (4 + BUCKETS));
        let again = Model::from_bytes(&bytes).expect("a model");
        for which in [Which::Page, Which::Text, Which::Stack] {
            let (a, b) = (model.get(which), again.get(which));
            assert_eq!(a.scale, b.scale);
            assert_eq!(a.bytes, b.bytes);
        }
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_none());
    }
}
