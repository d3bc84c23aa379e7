//! 32-bit FNV-1a for the small hashed models (the boilerplate block
//! classifier, the quote speaker ranker): tiny, fast and spelled out so
//! that a model trained natively means the same in the wasm. The entity
//! tagger's wider hash is [`crate::ner::hash`].

/// The offset basis: the hash of nothing.
pub const OFFSET: u32 = 0x811c_9dc5;
const PRIME: u32 = 0x0100_0193;

/// The hash `h` continued over `bytes`.
pub fn fnv(mut h: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        h = (h ^ u32::from(b)).wrapping_mul(PRIME);
    }
    h
}
