//! Hashing of words and features. Every feature is a 64-bit hash folded into
//! a bucket of the weight table, so the model holds no strings. The hashes
//! are spelled out here (FNV-1a, a SplitMix finaliser) rather than taken
//! from `std`, whose hashers may change between releases and platforms: the
//! trained file must mean the same thing natively and in the wasm.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// Golden-ratio multiplier: spreads consecutive template ids apart.
const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

/// FNV-1a over the UTF-8 bytes of the characters pushed.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(FNV_OFFSET)
    }
}

// The ASCII paths are inlined (the tagger hashes every character of a
// document's words several times); the rest stays out of line.
impl Fnv {
    #[inline]
    pub fn push(&mut self, c: char) {
        if c.is_ascii() {
            self.push_byte(c as u8);
        } else {
            self.push_utf8(c);
        }
    }

    fn push_utf8(&mut self, c: char) {
        let mut buf = [0u8; 4];
        c.encode_utf8(&mut buf)
            .bytes()
            .for_each(|b| self.push_byte(b));
    }

    /// [`push`](Self::push) of the lower-case form of `c`.
    #[inline]
    pub fn push_lower(&mut self, c: char) {
        if c.is_ascii() {
            self.push_byte(c.to_ascii_lowercase() as u8);
        } else {
            self.push_lower_unicode(c);
        }
    }

    fn push_lower_unicode(&mut self, c: char) {
        c.to_lowercase().for_each(|l| self.push(l));
    }

    fn push_byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }

    pub fn finish(self) -> u64 {
        self.0
    }
}

/// FNV-1a over bytes, to key hash maps by strings.
impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        bytes.iter().for_each(|&b| self.push_byte(b));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Hash maps and sets keyed by words, names and positions: FNV hashes
/// those several times faster than the default SipHash. Their entries'
/// order depends on the hash, so code that iterates one must not let the
/// order show.
pub type Map<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
pub type Set<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<Fnv>>;

/// An empty [`Map`] with room for `n` keys (for maps filled once per
/// document, which growing rehashed several times).
pub fn map_with_room<K, V>(n: usize) -> Map<K, V> {
    Map::with_capacity_and_hasher(n, Default::default())
}

/// A word as a hash-map key, hashed once: a document's table of distinct
/// words and the common words' table are probed with the same key. The
/// hash reads eight bytes at a step (FNV's byte steps were most of the
/// cost of numbering a document's words); it is not stored anywhere, so
/// it may change freely.
#[derive(Clone, Copy, Debug)]
pub struct WordKey<'t> {
    hash: u64,
    pub text: &'t str,
}

/// Spreads the bits of a word's bytes (an odd constant).
const WORD_MULTIPLIER: u64 = 0x9fb2_1c65_1e98_df25;

impl<'t> WordKey<'t> {
    pub fn new(text: &'t str) -> WordKey<'t> {
        let mut chunks = text.as_bytes().chunks_exact(8);
        let mut h = text.len() as u64;
        for chunk in &mut chunks {
            let eight = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            h = (h ^ eight).wrapping_mul(WORD_MULTIPLIER).rotate_left(31);
        }
        let rest = chunks
            .remainder()
            .iter()
            .fold(0u64, |acc, &b| acc << 8 | u64::from(b));
        h = (h ^ rest).wrapping_mul(WORD_MULTIPLIER);
        WordKey {
            hash: h ^ (h >> 29),
            text,
        }
    }
}

impl PartialEq for WordKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && self.text == other.text
    }
}

impl Eq for WordKey<'_> {}

impl std::hash::Hash for WordKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// Combines two hashes (SplitMix64's finaliser over `a` and `b`).
pub fn mix(a: u64, b: u64) -> u64 {
    let mut x = a ^ b.wrapping_mul(GOLDEN).rotate_left(17);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The seed of phrase hashes: a phrase is `mix`ed word by word from here.
pub const PHRASE_SEED: u64 = 0x5eed_0f9a_2a5e;

/// The lexicon key of a phrase hash: its high 32 bits.
pub fn key(phrase: u64) -> u32 {
    (phrase >> 32) as u32
}

/// The hash of a phrase of lower-cased words given as strings (used when
/// building the lexicon; the tagger folds word hashes the same way).
pub fn phrase_of(words: &[&str]) -> u64 {
    words.iter().fold(PHRASE_SEED, |h, w| {
        mix(h, crate::ner::features::lower_hash(w))
    })
}
