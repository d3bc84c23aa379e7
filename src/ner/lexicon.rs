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
}

/// Phrase key → entry.
#[derive(Default)]
pub struct Lexicon {
    entries: HashMap<u32, Entry, BuildHasherDefault<KeyHasher>>,
}

impl Lexicon {
    pub fn get(&self, phrase: u64) -> Entry {
        self.entries
            .get(&super::hash::key(phrase))
            .copied()
            .unwrap_or_default()
    }

    pub fn insert_key(&mut self, key: u32, entry: Entry) {
        self.entries.insert(key, entry);
    }

    /// Merges `entry` into what is known of `phrase`.
    pub fn add(&mut self, phrase: u64, entry: Entry) {
        let e = self.entries.entry(super::hash::key(phrase)).or_default();
        e.cluster |= entry.cluster;
        e.classes |= entry.classes;
        e.continues |= entry.continues;
    }

    /// Entries sorted by key (the file order).
    pub fn sorted(&self) -> Vec<(u32, Entry)> {
        let mut all: Vec<(u32, Entry)> = self.entries.iter().map(|(&k, &e)| (k, e)).collect();
        all.sort_unstable_by_key(|&(k, _)| k);
        all
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
