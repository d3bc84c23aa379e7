//! The trained model and its compact binary file.
//!
//! Layout (little-endian):
//!
//! ```text
//! magic "NMNER1" | bits u8 | labels u8 | scale f32
//! transitions: (labels + 1) × labels f32   (row 0: sentence start)
//! lexicon: count u32 | keys u32 × count (sorted) | entries u32 × count
//! weights: (1 << bits) × labels i8          (times `scale`)
//! ```
//!
//! The weights are int8: four times smaller than f32, and the feature
//! hashing already bounds their number. The file is embedded in the wasm
//! with `include_bytes!` and read in place.

use super::lexicon::{Entry, Lexicon};
use super::Label;

const MAGIC: &[u8; 6] = b"NMNER1";
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
        let keys = r.take(count * 4)?;
        let values = r.take(count * 4)?;
        let mut lexicon = Lexicon::default();
        for (k, v) in keys.chunks_exact(4).zip(values.chunks_exact(4)) {
            let key = u32::from_le_bytes(k.try_into().expect("4 bytes"));
            let bits = u32::from_le_bytes(v.try_into().expect("4 bytes"));
            lexicon.insert_key(key, Entry::from_bits(bits));
        }
        let weights = r.take((1usize << bits) * Label::COUNT)?;
        Ok(Model {
            bits: u32::from(bits),
            scale,
            transitions,
            lexicon,
            weights,
        })
    }

    /// The emission scores of one token's features, per label.
    pub fn emissions(&self, buckets: &[u32], out: &mut [f32; Label::COUNT]) {
        let mut sums = [0i32; Label::COUNT];
        for &b in buckets {
            let row = &self.weights[b as usize * Label::COUNT..][..Label::COUNT];
            for (s, &w) in sums.iter_mut().zip(row) {
                *s += i32::from(w as i8);
            }
        }
        for (o, s) in out.iter_mut().zip(sums) {
            *o = s as f32 * self.scale;
        }
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
    let entries = lexicon.sorted();
    out.extend((entries.len() as u32).to_le_bytes());
    entries
        .iter()
        .for_each(|(k, _)| out.extend(k.to_le_bytes()));
    entries
        .iter()
        .for_each(|(_, e)| out.extend(e.to_bits().to_le_bytes()));
    out.extend(
        weights
            .iter()
            .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8),
    );
    out
}
