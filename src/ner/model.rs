//! The trained model and its compact binary file.
//!
//! Layout (little-endian):
//!
//! ```text
//! magic "NMNER1" | bits u8 | labels u8 | scale f32
//! transitions: (labels + 1) × labels f32   (row 0: sentence start)
//! lexicon: count u32 | key bytes u32 | keys (sorted, as LEB128 deltas)
//!          | entries u32 × count
//! weights: (1 << bits) × labels i8          (times `scale`)
//! ```
//!
//! The weights are int8: four times smaller than f32, and the feature
//! hashing already bounds their number. The file is embedded in the wasm
//! with `include_bytes!` and read in place.

use super::lexicon::{Entry, Lexicon};
use super::tagger::CommonKinds;
use super::Label;
use std::sync::OnceLock;

/// Int8 weights summed per label: integers, so the order of the sum does
/// not change it.
pub type Sums = [i32; Label::COUNT];

const MAGIC: &[u8; 6] = b"NMNER2";
/// Largest weight-table size a file may declare (bits): guards against
/// reading a corrupt header as a huge allocation.
const MAX_BITS: u8 = 24;

/// A model ready to tag: int8 weights read in place.
pub struct Model<'a> {
    pub bits: u32,
    pub scale: f32,
    pub transitions: Vec<f32>,
    pub lexicon: Lexicon,
    pub weights: &'a [u8],
    /// The common words' feature sums, made on first use (the tagger's).
    pub(super) common: OnceLock<CommonKinds>,
}

/// Reads `bytes` from the front, failing on a short file.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.0.len() < n {
            return Err("model file is truncated".into());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }

    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_bits(self.u32()?))
    }
}

impl<'a> Model<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Model<'a>, String> {
        let mut r = Reader(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return Err("not a newsmark NER model".into());
        }
        let head = r.take(2)?;
        let (bits, labels) = (head[0], head[1]);
        if bits > MAX_BITS || usize::from(labels) != Label::COUNT {
            return Err(format!("unsupported model: {bits} bits, {labels} labels"));
        }
        let scale = r.f32()?;
        let transitions = (0..(Label::COUNT + 1) * Label::COUNT)
            .map(|_| r.f32())
            .collect::<Result<_, _>>()?;
        let count = r.u32()? as usize;
        let key_bytes = r.u32()? as usize;
        let keys = decode_keys(r.take(key_bytes)?, count)?;
        let values = r.take(count * 4)?.chunks_exact(4);
        let entries = keys.into_iter().zip(values).map(|(key, v)| {
            let bits = u32::from_le_bytes(v.try_into().expect("4 bytes"));
            (key, Entry::from_bits(bits))
        });
        let lexicon = Lexicon::from_sorted(entries.collect());
        let weights = r.take((1usize << bits) * Label::COUNT)?;
        Ok(Model {
            bits: u32::from(bits),
            scale,
            transitions,
            lexicon,
            weights,
            common: OnceLock::new(),
        })
    }

    /// Adds the weights of feature `bucket` to `sums`.
    pub fn add_weights(&self, sums: &mut Sums, bucket: u32) {
        // A fixed-size row: one bounds check, and the loop unrolls.
        let start = bucket as usize * Label::COUNT;
        let row: &[u8; Label::COUNT] = self.weights[start..start + Label::COUNT]
            .try_into()
            .expect("a whole row");
        for (s, &w) in sums.iter_mut().zip(row) {
            *s += i32::from(w as i8);
        }
    }

    /// The emission scores of summed weights.
    pub fn scores(&self, sums: &Sums) -> [f32; Label::COUNT] {
        sums.map(|s| s as f32 * self.scale)
    }
}

/// Writes a model file from float weights, quantised to int8.
pub fn write(bits: u32, transitions: &[f32], lexicon: &Lexicon, weights: &[f32]) -> Vec<u8> {
    let max = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    let mut out = MAGIC.to_vec();
    out.extend([bits as u8, Label::COUNT as u8]);
    out.extend(scale.to_le_bytes());
    transitions.iter().for_each(|t| out.extend(t.to_le_bytes()));
    let keys = encode_keys(lexicon.sorted().iter().map(|&(k, _)| k));
    out.extend((lexicon.len() as u32).to_le_bytes());
    out.extend((keys.len() as u32).to_le_bytes());
    out.extend(keys);
    lexicon
        .sorted()
        .iter()
        .for_each(|(_, e)| out.extend(e.to_bits().to_le_bytes()));
    out.extend(
        weights
            .iter()
            .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8),
    );
    out
}

/// Sorted keys as the LEB128 varints of their differences: random 32-bit
/// hashes do not compress, but the gaps between 100k sorted ones take about
/// two bytes each instead of four.
fn encode_keys(keys: impl Iterator<Item = u32>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev = 0u32;
    for key in keys {
        let mut gap = key - prev;
        prev = key;
        while gap >= 0x80 {
            out.push((gap as u8 & 0x7f) | 0x80);
            gap >>= 7;
        }
        out.push(gap as u8);
    }
    out
}

fn decode_keys(bytes: &[u8], count: usize) -> Result<Vec<u32>, String> {
    let mut keys = Vec::with_capacity(count);
    let (mut prev, mut gap, mut shift) = (0u32, 0u32, 0u32);
    for &b in bytes {
        let bad = || "model lexicon keys are corrupt".to_string();
        gap |= u32::from(b & 0x7f).checked_shl(shift).ok_or_else(bad)?;
        if b & 0x80 != 0 {
            shift += 7;
            continue;
        }
        // Keys are distinct: only the first may be a gap of zero.
        if gap == 0 && !keys.is_empty() {
            return Err(bad());
        }
        prev = prev.checked_add(gap).ok_or_else(bad)?;
        keys.push(prev);
        (gap, shift) = (0, 0);
    }
    if keys.len() != count || shift != 0 {
        return Err("model lexicon has the wrong number of keys".into());
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_their_gaps() {
        let keys = [0, 1, 127, 128, 300, 70_000, u32::MAX];
        let bytes = encode_keys(keys.iter().copied());
        assert_eq!(decode_keys(&bytes, keys.len()).unwrap(), keys);
        assert!(decode_keys(&bytes, keys.len() + 1).is_err());
        assert!(decode_keys(&bytes[..bytes.len() - 1], keys.len()).is_err());
        let repeated = encode_keys([5, 5].into_iter());
        assert!(decode_keys(&repeated, 2).is_err());
    }
}
