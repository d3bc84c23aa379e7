//! The words and phrases the model knows beyond its weights: each word's
//! cluster (its path in a hierarchical clustering of word vectors) and the
//! gazetteer classes of each known phrase. Keys are 32-bit phrase hashes,
//! so the model file holds no text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Bits of the cluster path code (levels of 8, 8, 8 and 4 branches).
pub const CLUSTER_BITS: u32 = 11;
/// Marks a present cluster code, so that path `0` is not "no cluster".
const CLUSTER_PRESENT: u16 = 1 << 15;
/// Value bit: a longer gazetteer phrase starts with this one.
const CONTINUES: u32 = 1 << 24;

/// Gazetteer classes, one bit each in [`Entry::classes`].
pub const CLASSES: [&str; 8] = [
    "country",
    "region",
    "city",
    "first_name",
    "org_word",
    "org",
    "demonym",
    "title",
];

/// What the lexicon knows of one phrase.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The word's cluster path code with [`CLUSTER_PRESENT`] set; 0 if none.
    pub cluster: u16,
    /// Gazetteer classes of the whole phrase, one bit per [`CLASSES`] entry.
    pub classes: u8,
    /// A longer gazetteer phrase starts with this one.
    pub continues: bool,
}

impl Entry {
    pub const NONE: Entry = Entry {
        cluster: 0,
        classes: 0,
        continues: false,
    };

    pub fn with_cluster(path: u16) -> Entry {
        Entry {
            cluster: path | CLUSTER_PRESENT,
            ..Entry::NONE
        }
    }

    /// The first `depth` bits of the cluster path, tagged with the depth.
    pub fn cluster_prefix(&self, depth: u32) -> Option<u64> {
        (self.cluster & CLUSTER_PRESENT != 0).then(|| {
            let code = u64::from(self.cluster & !CLUSTER_PRESENT);
            (u64::from(depth) << 16) | (code >> (CLUSTER_BITS - depth))
        })
    }

    pub fn to_bits(self) -> u32 {
        let continues = if self.continues { CONTINUES } else { 0 };
        u32::from(self.cluster) | (u32::from(self.classes) << 16) | continues
    }

    pub fn from_bits(bits: u32) -> Entry {
        Entry {
            cluster: bits as u16,
            classes: (bits >> 16) as u8,
            continues: bits & CONTINUES != 0,
        }
    }
}

/// Keys are hashes already: use them as they are.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A hash map keyed by hashes.
pub type HashKeyed<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// Phrase key → entry, as a sorted array: read from the model file in one
/// pass, without building a hash map of 100k entries at page load.
pub struct Lexicon {
    /// Keys with their entries side by side: a lookup touches one cache
    /// line of them.
    entries: Vec<(u32, Entry)>,
    /// `starts[b]..starts[b + 1]` are the entries whose keys' top
    /// `index_bits` bits are `b`: keys are hashes, so each range holds a
    /// handful, and the index stays small enough to stay in cache.
    starts: Vec<u32>,
    index_bits: u32,
}

/// Entries per index range, on average (a power of two).
const PER_RANGE: usize = 4;

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::from_sorted(Vec::new())
    }
}

impl Lexicon {
    /// The lexicon of `entries`, whose keys must be sorted and distinct.
    pub fn from_sorted(entries: Vec<(u32, Entry)>) -> Lexicon {
        debug_assert!(entries.windows(2).all(|w| w[0].0 < w[1].0));
        let index_bits = (entries.len() / PER_RANGE).max(2).ilog2().min(24);
        let mut lexicon = Lexicon {
            entries,
            starts: Vec::with_capacity((1 << index_bits) + 1),
            index_bits,
        };
        let mut next = 0;
        for b in 0..=1usize << index_bits {
            while next < lexicon.entries.len() && lexicon.range_of(lexicon.entries[next].0) < b {
                next += 1;
            }
            lexicon.starts.push(next as u32);
        }
        lexicon
    }

    fn range_of(&self, key: u32) -> usize {
        (key >> (32 - self.index_bits)) as usize
    }

    pub fn get(&self, phrase: u64) -> Entry {
        let key = super::hash::key(phrase);
        let b = self.range_of(key);
        self.entries[self.starts[b] as usize..self.starts[b + 1] as usize]
            .iter()
            .find(|&&(k, _)| k == key)
            .map_or(Entry::NONE, |&(_, e)| e)
    }

    /// Entries sorted by key (the file order).
    pub fn sorted(&self) -> &[(u32, Entry)] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Builds a [`Lexicon`] from phrases (training).
#[derive(Default)]
pub struct Builder {
    entries: HashKeyed<u32, Entry>,
}

impl Builder {
    /// Merges `entry` into what is known of `phrase`.
    pub fn add(&mut self, phrase: u64, entry: Entry) {
        let e = self.entries.entry(super::hash::key(phrase)).or_default();
        e.cluster |= entry.cluster;
        e.classes |= entry.classes;
        e.continues |= entry.continues;
    }

    pub fn build(self) -> Lexicon {
        let mut all: Vec<(u32, Entry)> = self.entries.into_iter().collect();
        all.sort_unstable_by_key(|&(k, _)| k);
        Lexicon::from_sorted(all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_only_those() {
        let keys: Vec<u32> = vec![0, 1, 5, 0x7fff_ffff, 0x8000_0000, 0xffff_fff0, u32::MAX];
        let entries = (0..keys.len() as u16).map(Entry::with_cluster);
        let lexicon = Lexicon::from_sorted(keys.iter().copied().zip(entries).collect());
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(
                lexicon.get(u64::from(k) << 32),
                Entry::with_cluster(i as u16)
            );
        }
        for absent in [2, 0x7fff_fffe, 0x8000_0001, u32::MAX - 1] {
            assert_eq!(lexicon.get(u64::from(absent) << 32), Entry::NONE);
        }
        assert_eq!(Lexicon::default().get(7), Entry::NONE);
    }
}
