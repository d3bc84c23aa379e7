//! The features of a token: its own form, its neighbours, its word cluster
//! and gazetteer matches (looked up in the model's lexicon), and what the
//! rest of the document says about its spelling. Each feature is a bucket
//! of the hashed weight table.

use super::hash::{self, Fnv};
use super::lexicon::{Entry, Lexicon};
use std::collections::HashMap;

/// Longest gazetteer phrase looked up, in words (`Bosnia and Herzegovina`,
/// `Democratic Republic of the Congo`).
pub const MAX_PHRASE: usize = 6;
/// Prefixes up to this many characters are features.
const PREFIXES: usize = 3;
/// Suffixes up to this many characters are features (`-ese`, `-berg`).
const SUFFIXES: usize = 4;
/// Share of upper-case words above which a sentence is a headline: case
/// then says little, and the features say so.
const HEADLINE_CAPS_SHARE: f32 = 0.6;
/// Cluster path depths used as features, in bits of the path code.
const CLUSTER_DEPTHS: [u32; 4] = [3, 6, 9, 11];

/// Feature templates; each hashes with its value into a bucket.
#[derive(Clone, Copy)]
enum T {
    Bias,
    Word,
    Lower,
    Prefix,
    Suffix,
    Shape,
    ShortShape,
    ShapeFirst,
    ShapeHeadline,
    LowerHeadline,
    Prev,
    Next,
    Prev2,
    Next2,
    PrevShape,
    NextShape,
    PrevBigram,
    NextBigram,
    ShapeTrigram,
    Cluster,
    PrevCluster,
    NextCluster,
    ClusterShape,
    GazBegin,
    GazInside,
    PrevGaz,
    NextGaz,
    Doc,
    PrevWordShape,
    WordNextShape,
    Prev2Bigram,
    CapsWindow,
    DocMajority,
    DocHas,
    DocPrev,
    DocNext,
    DocContext,
}

/// Folds curly quotes and dashes that real pages use into the ASCII forms
/// of the training text (`’s` → `'s`).
fn normalise(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        '\u{2013}' | '\u{2014}' => '-',
        _ => c,
    }
}

/// The hash of a word lower-cased and normalised, as [`Word`] keys it.
pub fn lower_hash(word: &str) -> u64 {
    let mut h = Fnv::default();
    for c in word.chars().map(normalise) {
        c.to_lowercase().for_each(|l| h.push(l));
    }
    h.finish()
}

/// What the features need of one word, computed once.
#[derive(Clone, Copy, Default)]
pub struct Word {
    exact: u64,
    lower: u64,
    shape: u64,
    short_shape: u64,
    prefix: [u64; PREFIXES],
    suffix: [u64; SUFFIXES],
    entry: Entry,
    gaz_begin: u8,
    gaz_inside: u8,
    capitalised: bool,
    all_caps: bool,
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

impl Word {
    fn new(word: &str, lexicon: &Lexicon) -> Word {
        let mut w = Word::default();
        let [mut exact, mut lower, mut shape, mut short] = [Fnv::default(); 4];
        let (mut last_class, mut n, mut letters, mut uppers) = ('\0', 0, 0, 0);
        for c in word.chars().map(normalise) {
            exact.push(c);
            c.to_lowercase().for_each(|l| lower.push(l));
            let class = shape_class(c);
            shape.push(class);
            if class != last_class {
                short.push(class);
                last_class = class;
            }
            if n < PREFIXES {
                w.prefix[n] = lower.finish();
            }
            n += 1;
            letters += usize::from(c.is_alphabetic());
            uppers += usize::from(c.is_uppercase());
        }
        let mut suffix = Fnv::default();
        for (k, c) in word.chars().rev().map(normalise).take(SUFFIXES).enumerate() {
            c.to_lowercase().for_each(|l| suffix.push(l));
            w.suffix[k] = suffix.finish();
        }
        w.exact = exact.finish();
        w.lower = lower.finish();
        w.shape = shape.finish();
        w.short_shape = short.finish();
        w.entry = lexicon.get(hash::mix(hash::PHRASE_SEED, w.lower));
        w.capitalised = word.chars().next().is_some_and(char::is_uppercase);
        w.all_caps = letters >= 2 && uppers == letters;
        w
    }
}

/// What the document says about a lower-cased spelling: seen written in
/// lower case, and seen capitalised inside a sentence (not its first word,
/// not a headline).
#[derive(Clone, Copy, Default)]
struct Spelling {
    lower_case: bool,
    capitalised_inside: bool,
}

/// The hash of a word's collapsed shape (`Xx`, `d`, `X.X.`), as
/// [`Word`]'s `short_shape`.
fn short_shape_hash(word: &str) -> u64 {
    let mut h = Fnv::default();
    let mut last = '\0';
    for c in word.chars().map(normalise) {
        let class = shape_class(c);
        if class != last {
            h.push(class);
            last = class;
        }
    }
    h.finish()
}

/// Per-document facts the features read.
pub struct DocumentContext {
    spellings: HashMap<u64, Spelling>,
    /// The words around each capitalised spelling, over all its
    /// occurrences in the document (see [`neighbour_words`]).
    neighbours: HashMap<u64, Vec<u64>>,
}

/// Most distinct neighbour words kept per spelling: bounds the features
/// of a name repeated throughout a long document.
const MAX_NEIGHBOURS: usize = 32;

/// Context aggregation (Ratinov & Roth 2009): for each capitalised
/// spelling, the lower-cased words up to two before and after each of its
/// occurrences (by position), and the shapes of the words next to it, so
/// that every `Comelf` of a document is read in the light of all its
/// contexts (`Comelf exported`, `Comelf 's output`) and a team name in a
/// results table (`Bochum 3`) in the light of its prose mentions: a name
/// new to the model is typed by more than one sentence.
fn neighbour_words(sentences: &[Vec<&str>]) -> HashMap<u64, Vec<u64>> {
    let mut neighbours: HashMap<u64, Vec<u64>> = HashMap::new();
    for sentence in sentences {
        let lower: Vec<u64> = sentence.iter().map(|w| lower_hash(w)).collect();
        let shape: Vec<u64> = sentence.iter().map(|w| short_shape_hash(w)).collect();
        for (i, word) in sentence.iter().enumerate() {
            if !word.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let around = [
                i.checked_sub(1).map(|j| hash::mix(0, lower[j])),
                lower.get(i + 1).map(|&n| hash::mix(1, n)),
                i.checked_sub(2).map(|j| hash::mix(2, lower[j])),
                lower.get(i + 2).map(|&n| hash::mix(3, n)),
                i.checked_sub(1).map(|j| hash::mix(4, shape[j])),
                shape.get(i + 1).map(|&n| hash::mix(5, n)),
            ];
            let seen = neighbours.entry(lower[i]).or_default();
            for n in around.into_iter().flatten() {
                if seen.len() < MAX_NEIGHBOURS && !seen.contains(&n) {
                    seen.push(n);
                }
            }
        }
    }
    neighbours
}

impl DocumentContext {
    pub fn new(sentences: &[Vec<&str>]) -> DocumentContext {
        let mut spellings: HashMap<u64, Spelling> = HashMap::new();
        for sentence in sentences {
            let headline = is_headline(sentence);
            for (i, word) in sentence.iter().enumerate() {
                let first = word.chars().next();
                if !first.is_some_and(char::is_alphabetic) {
                    continue;
                }
                let entry = spellings.entry(lower_hash(word)).or_default();
                if first.is_some_and(char::is_lowercase) {
                    entry.lower_case = true;
                } else if i > 0 && !headline {
                    entry.capitalised_inside = true;
                }
            }
        }
        DocumentContext {
            spellings,
            neighbours: neighbour_words(sentences),
        }
    }

    fn spelling(&self, lower: u64) -> Spelling {
        self.spellings.get(&lower).copied().unwrap_or_default()
    }
}

fn is_headline(sentence: &[&str]) -> bool {
    let words = sentence
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
    let (mut total, mut caps) = (0usize, 0usize);
    for w in words {
        total += 1;
        caps += usize::from(w.chars().all(|c| !c.is_lowercase()));
    }
    total > 0 && caps as f32 / total as f32 > HEADLINE_CAPS_SHARE
}

/// The features of each token of a sentence, as bucket indices: token
/// `t`'s are `buckets[starts[t]..starts[t + 1]]`.
#[derive(Default)]
pub struct SentenceFeatures {
    pub buckets: Vec<u32>,
    pub starts: Vec<usize>,
    /// Each token's lower-cased form and whether it is capitalised: what
    /// the second pass keys the document's first-pass labels by.
    pub words: Vec<(u64, bool)>,
}

impl SentenceFeatures {
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn token(&self, t: usize) -> &[u32] {
        &self.buckets[self.starts[t]..self.starts[t + 1]]
    }
}

/// Extracts features into buckets of a table of `1 << bits` rows.
pub struct Extractor<'a> {
    pub lexicon: &'a Lexicon,
    pub bits: u32,
    /// Training only: hides the spelling of about a quarter of the
    /// capitalised words (chosen by hashing this seed with the word's
    /// position), so the model also learns to tag names it has never seen
    /// from their context, shape, suffixes, cluster and gazetteer matches.
    /// A quarter scored best on dev (a half and an eighth close behind).
    pub hide_names: Option<u64>,
}

/// Stands for a hidden spelling (see [`Extractor::hide_names`]).
const HIDDEN: u64 = 2;

/// Stands for the words before the first and after the last.
const BOUNDARY: Word = Word {
    exact: 1,
    lower: 1,
    shape: 1,
    short_shape: 1,
    prefix: [1; PREFIXES],
    suffix: [1; SUFFIXES],
    entry: Entry::NONE,
    gaz_begin: 0,
    gaz_inside: 0,
    capitalised: false,
    all_caps: false,
};

impl Extractor<'_> {
    /// Fills `out` with the features of `sentence` in `doc`.
    pub fn sentence(&self, sentence: &[&str], doc: &DocumentContext, out: &mut SentenceFeatures) {
        out.buckets.clear();
        out.starts.clear();
        let mut words: Vec<Word> = sentence
            .iter()
            .map(|w| Word::new(w, self.lexicon))
            .collect();
        out.words.clear();
        out.words
            .extend(words.iter().map(|w| (w.lower, w.capitalised)));
        self.match_phrases(&mut words);
        if let Some(seed) = self.hide_names {
            for (i, w) in words.iter_mut().enumerate() {
                if w.capitalised && hash::mix(seed, i as u64) & 3 == 0 {
                    w.exact = HIDDEN;
                    w.lower = HIDDEN;
                    w.prefix = [HIDDEN; PREFIXES];
                }
            }
        }
        let headline = is_headline(sentence);
        let at = |i: isize| {
            usize::try_from(i)
                .ok()
                .and_then(|i| words.get(i))
                .copied()
                .unwrap_or(BOUNDARY)
        };
        for (i, &w) in words.iter().enumerate() {
            out.starts.push(out.buckets.len());
            let i = i as isize;
            let context = Context {
                w,
                prev: at(i - 1),
                next: at(i + 1),
                prev2: at(i - 2),
                next2: at(i + 2),
                first: i == 0,
                headline,
                spelling: doc.spelling(w.lower),
            };
            context.emit(&mut |t, v| out.buckets.push(self.bucket(t, v)));
            let (lower, capitalised) = out.words[i as usize];
            if capitalised {
                for &n in doc.neighbours.get(&lower).into_iter().flatten() {
                    out.buckets.push(self.bucket(T::DocContext, n));
                }
            }
        }
        out.starts.push(out.buckets.len());
    }

    fn bucket(&self, template: T, value: u64) -> u32 {
        (hash::mix(template as u64 + 1, value) >> (64 - self.bits)) as u32
    }

    /// Marks the longest gazetteer phrase starting at each word: its first
    /// word gets the phrase's classes as "begin", the rest as "inside".
    fn match_phrases(&self, words: &mut [Word]) {
        for i in 0..words.len() {
            let mut h = hash::PHRASE_SEED;
            let mut longest = None;
            for j in i..words.len().min(i + MAX_PHRASE) {
                h = hash::mix(h, words[j].lower);
                let entry = if j == i {
                    words[i].entry
                } else {
                    self.lexicon.get(h)
                };
                if entry.classes != 0 {
                    longest = Some((j, entry.classes));
                }
                if !entry.continues {
                    break;
                }
            }
            if let Some((end, classes)) = longest {
                words[i].gaz_begin |= classes;
                for w in &mut words[i + 1..=end] {
                    w.gaz_inside |= classes;
                }
            }
        }
    }
}

/// Outcome slots of [`LabelTally`]: the four types, then `O`.
const TALLY_SLOTS: usize = 5;

/// How often the first pass labelled each spelling (lower-cased) in the
/// document with each type, or `O`: the second pass reads it, so that a
/// name is typed alike everywhere (`Stoltenberg` after `Jens
/// Stoltenberg`, a headline's `IRAQ` after the body's `Iraq`).
#[derive(Default)]
pub struct LabelTally {
    counts: HashMap<u64, [u16; TALLY_SLOTS]>,
}

impl LabelTally {
    /// Counts the first-pass `labels` of the sentences in `features`.
    pub fn new<'a>(
        sentences: impl Iterator<Item = (&'a SentenceFeatures, &'a [u8])>,
    ) -> LabelTally {
        let mut counts: HashMap<u64, [u16; TALLY_SLOTS]> = HashMap::new();
        for (features, labels) in sentences {
            for (&(lower, capitalised), &label) in features.words.iter().zip(labels) {
                if !capitalised {
                    continue;
                }
                let slot = super::Label(label).kind().unwrap_or(TALLY_SLOTS - 1);
                let c = &mut counts.entry(lower).or_default()[slot];
                *c = c.saturating_add(1);
            }
        }
        LabelTally { counts }
    }

    /// The most frequent outcome of a spelling (`None`: never seen).
    fn majority(&self, lower: u64) -> Option<(usize, &[u16; TALLY_SLOTS])> {
        let counts = self.counts.get(&lower)?;
        let best = (0..TALLY_SLOTS).max_by_key(|&k| (counts[k], TALLY_SLOTS - k))?;
        Some((best, counts))
    }
}

impl Extractor<'_> {
    /// The second-pass features of a sentence whose base features are
    /// `base`, from the document's first-pass `tally`.
    pub fn document_labels(
        &self,
        base: &SentenceFeatures,
        tally: &LabelTally,
        out: &mut SentenceFeatures,
    ) {
        out.buckets.clear();
        out.starts.clear();
        let majority = |i: usize| {
            base.words
                .get(i)
                .and_then(|&(lower, _)| tally.majority(lower))
                .map_or(0, |(k, _)| k as u64 + 1)
        };
        for (i, &(lower, capitalised)) in base.words.iter().enumerate() {
            out.starts.push(out.buckets.len());
            let cap = u64::from(capitalised);
            if let Some((best, counts)) = tally.majority(lower) {
                out.buckets
                    .push(self.bucket(T::DocMajority, hash::mix(best as u64, cap)));
                for (k, _) in counts[..TALLY_SLOTS - 1]
                    .iter()
                    .enumerate()
                    .filter(|(_, &c)| c > 0)
                {
                    out.buckets
                        .push(self.bucket(T::DocHas, hash::mix(k as u64, cap)));
                }
            }
            let prev = i.checked_sub(1).map_or(0, majority);
            out.buckets
                .push(self.bucket(T::DocPrev, hash::mix(prev, cap)));
            out.buckets
                .push(self.bucket(T::DocNext, hash::mix(majority(i + 1), cap)));
        }
        out.starts.push(out.buckets.len());
    }
}

/// A token and its surroundings.
struct Context {
    w: Word,
    prev: Word,
    next: Word,
    prev2: Word,
    next2: Word,
    first: bool,
    headline: bool,
    spelling: Spelling,
}

impl Context {
    fn emit(&self, f: &mut impl FnMut(T, u64)) {
        let (w, prev, next) = (&self.w, &self.prev, &self.next);
        f(T::Bias, 0);
        f(T::Word, w.exact);
        f(T::Lower, w.lower);
        for (k, &p) in w.prefix.iter().enumerate().filter(|(_, &p)| p != 0) {
            f(T::Prefix, hash::mix(k as u64, p));
        }
        for (k, &s) in w.suffix.iter().enumerate().filter(|(_, &s)| s != 0) {
            f(T::Suffix, hash::mix(k as u64, s));
        }
        f(T::Shape, w.shape);
        f(T::ShortShape, w.short_shape);
        f(
            T::ShapeFirst,
            hash::mix(w.short_shape, u64::from(self.first)),
        );
        f(
            T::ShapeHeadline,
            hash::mix(w.short_shape, u64::from(self.headline)),
        );
        if self.headline {
            f(T::LowerHeadline, w.lower);
        }
        f(T::Prev, prev.lower);
        f(T::Next, next.lower);
        f(T::Prev2, self.prev2.lower);
        f(T::Next2, self.next2.lower);
        f(T::PrevShape, prev.short_shape);
        f(T::NextShape, next.short_shape);
        f(T::PrevWordShape, hash::mix(prev.lower, w.short_shape));
        f(T::PrevBigram, hash::mix(prev.lower, w.lower));
        f(T::NextBigram, hash::mix(w.lower, next.lower));
        f(
            T::ShapeTrigram,
            hash::mix(hash::mix(prev.short_shape, w.short_shape), next.short_shape),
        );
        f(T::WordNextShape, hash::mix(w.lower, next.short_shape));
        f(T::Prev2Bigram, hash::mix(self.prev2.lower, prev.lower));
        let caps = [&self.prev2, prev, w, next, &self.next2]
            .iter()
            .fold(0u64, |acc, x| acc << 1 | u64::from(x.capitalised));
        f(T::CapsWindow, caps);
        self.clusters(f);
        self.gazetteer(f);
        if w.capitalised {
            let s = self.spelling;
            let doc = u64::from(s.lower_case) | u64::from(s.capitalised_inside) << 1;
            f(T::Doc, doc | u64::from(self.first || self.headline) << 2);
        }
    }

    fn clusters(&self, f: &mut impl FnMut(T, u64)) {
        let (w, prev, next) = (&self.w, &self.prev, &self.next);
        for depth in CLUSTER_DEPTHS {
            if let Some(c) = w.entry.cluster_prefix(depth) {
                f(T::Cluster, c);
            }
        }
        if let Some(c) = w.entry.cluster_prefix(9) {
            f(T::ClusterShape, hash::mix(c, w.short_shape));
        }
        for depth in [6, 11] {
            f(
                T::PrevCluster,
                prev.entry.cluster_prefix(depth).unwrap_or(0),
            );
            f(
                T::NextCluster,
                next.entry.cluster_prefix(depth).unwrap_or(0),
            );
        }
    }

    fn gazetteer(&self, f: &mut impl FnMut(T, u64)) {
        let w = &self.w;
        for class in 0..8 {
            if w.gaz_begin & (1 << class) != 0 {
                f(T::GazBegin, hash::mix(class, u64::from(w.capitalised)));
            }
            if w.gaz_inside & (1 << class) != 0 {
                f(T::GazInside, class);
            }
        }
        let around = |x: &Word| u64::from(x.gaz_begin | x.gaz_inside);
        f(T::PrevGaz, around(&self.prev));
        f(T::NextGaz, around(&self.next));
    }
}
