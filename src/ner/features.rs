//! The features of a token: its own form, its neighbours, its word cluster
//! and gazetteer matches (looked up in the model's lexicon), and what the
//! rest of the document says about its spelling. Each feature is a bucket
//! of the hashed weight table.

use super::hash::{self, Fnv};
use super::lexicon::{Entry, HashKeyed, Lexicon};
use crate::tokens::is_letter;

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
/// Cluster depth of the part before a hyphen: coarse enough that
/// `Anglo-` and `Franco-` meet, as the parts are short and varied.
const HYPHEN_HEAD_CLUSTER_DEPTH: u32 = 6;

/// Feature templates; each hashes with its value into a bucket.
#[derive(Clone, Copy)]
pub(super) enum T {
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
    HyphenHead,
    HyphenTail,
    PrevHyphenTail,
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
        h.push_lower(c);
    }
    h.finish()
}

/// What the features need of one word, computed once.
#[derive(Clone, Copy, Default)]
pub struct Word {
    exact: u64,
    pub(super) lower: u64,
    shape: u64,
    short_shape: u64,
    prefix: [u64; PREFIXES],
    suffix: [u64; SUFFIXES],
    /// Of a hyphenated word (`Minneapolis-based`), the lower-cased part
    /// before the first hyphen and its lexicon entry, and the part after
    /// the last (0: no hyphen).
    hyphen_head: u64,
    head_entry: Entry,
    hyphen_tail: u64,
    entry: Entry,
    gaz_begin: u8,
    gaz_inside: u8,
    pub(super) capitalised: bool,
    all_caps: bool,
    /// Not one capital letter in it (`said`, `2019`, `,`).
    pub(super) uncapitalised: bool,
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
    pub(super) fn new(word: &str, lexicon: &Lexicon) -> Word {
        let mut w = Word::spelled(word);
        w.look_up(lexicon);
        w
    }

    /// A word's spelling features, without what the lexicon knows of it
    /// (see [`Word::look_up`]).
    pub(super) fn spelled(word: &str) -> Word {
        // Most words are ASCII: read byte by byte, they skip the UTF-8
        // decoding, and `normalise` and the Unicode tables drop out.
        if word.is_ascii() {
            Word::spelled_as(word, word.bytes().map(char::from))
        } else {
            Word::spelled_as(word, word.chars())
        }
    }

    /// [`Word::spelled`] of `word`, whose characters are `chars`.
    fn spelled_as(word: &str, chars: impl DoubleEndedIterator<Item = char> + Clone) -> Word {
        let mut w = Word::default();
        let [mut exact, mut lower, mut shape, mut short] = [Fnv::default(); 4];
        let (mut last_class, mut n, mut letters, mut uppers) = ('\0', 0, 0, 0);
        for c in chars.clone().map(normalise) {
            exact.push(c);
            lower.push_lower(c);
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
            letters += usize::from(is_letter(c));
            uppers += usize::from(c.is_uppercase());
        }
        let mut suffix = Fnv::default();
        for (k, c) in chars
            .clone()
            .rev()
            .map(normalise)
            .take(SUFFIXES)
            .enumerate()
        {
            suffix.push_lower(c);
            w.suffix[k] = suffix.finish();
        }
        // Searched as bytes (a `-` byte is always the character): the
        // `str` searchers' set-up cost more than these short words.
        if let Some(first) = word.bytes().position(|b| b == b'-') {
            let last = word.bytes().rposition(|b| b == b'-').unwrap_or(first);
            let (head, tail) = (&word[..first], &word[last + 1..]);
            if !head.is_empty() && !tail.is_empty() {
                w.hyphen_head = lower_hash(head);
                w.hyphen_tail = lower_hash(tail);
            }
        }
        w.exact = exact.finish();
        w.lower = lower.finish();
        w.shape = shape.finish();
        w.short_shape = short.finish();
        w.capitalised = chars.clone().next().is_some_and(char::is_uppercase);
        w.all_caps = letters >= 2 && uppers == letters;
        w.uncapitalised = n > 0 && uppers == 0;
        w
    }

    /// Adds the word's cluster and gazetteer entry from `lexicon`.
    pub(super) fn look_up(&mut self, lexicon: &Lexicon) {
        self.entry = lexicon.get(hash::mix(hash::PHRASE_SEED, self.lower));
        if self.hyphen_head != 0 {
            self.head_entry = lexicon.get(hash::mix(hash::PHRASE_SEED, self.hyphen_head));
        }
    }
}

/// What the document says about a lower-cased spelling: seen written in
/// lower case, and seen capitalised inside a sentence (not its first word,
/// not a headline).
#[derive(Clone, Copy, Default)]
pub(super) struct Spelling {
    lower_case: bool,
    capitalised_inside: bool,
}

impl Spelling {
    /// What one occurrence says of its spelling: its first character, and
    /// whether it stands `inside` a sentence that is not a headline. Words
    /// that do not start with a letter say nothing.
    fn of(first: Option<char>, inside: bool) -> Option<Spelling> {
        let first = first.filter(|&c| is_letter(c))?;
        let lower_case = first.is_lowercase();
        Some(Spelling {
            lower_case,
            capitalised_inside: !lower_case && inside,
        })
    }

    /// Adds what another occurrence says.
    pub(super) fn add(&mut self, other: Spelling) {
        self.lower_case |= other.lower_case;
        self.capitalised_inside |= other.capitalised_inside;
    }
}

/// Per-document facts the features read.
#[derive(Default)]
pub struct DocumentContext {
    spellings: HashKeyed<u64, Spelling>,
    /// The words around each capitalised spelling, over all its
    /// occurrences in the document (see [`DocumentContext::note_neighbours`]):
    /// where in `lists` they are.
    neighbours: HashKeyed<u64, usize>,
    lists: Vec<Neighbours>,
}

/// The distinct words noted around one spelling, in first-seen order,
/// kept inline: a `Vec` each was an allocation and a free for most
/// capitalised words of a document (callgrind).
struct Neighbours {
    len: usize,
    words: [u64; MAX_NEIGHBOURS],
}

impl Neighbours {
    const NONE: Neighbours = Neighbours {
        len: 0,
        words: [0; MAX_NEIGHBOURS],
    };

    fn words(&self) -> &[u64] {
        &self.words[..self.len]
    }

    fn note(&mut self, word: u64) {
        if self.len < MAX_NEIGHBOURS && !self.words().contains(&word) {
            self.words[self.len] = word;
            self.len += 1;
        }
    }
}

/// Tokens of news text per distinct capitalised spelling, about: sizes
/// the table of their neighbours up front, as growing it rehashed it
/// several times per article.
const TOKENS_PER_NAME: usize = 8;

/// Most distinct neighbour words kept per spelling: bounds the features
/// of a name repeated throughout a long document.
const MAX_NEIGHBOURS: usize = 32;

/// A word as context aggregation reads it: its lower-cased form, its
/// collapsed shape and whether it is capitalised (as [`Word`] has them).
#[derive(Clone, Copy)]
pub(super) struct Spelled {
    pub lower: u64,
    pub short_shape: u64,
    pub capitalised: bool,
}

impl From<&Word> for Spelled {
    fn from(w: &Word) -> Spelled {
        Spelled {
            lower: w.lower,
            short_shape: w.short_shape,
            capitalised: w.capitalised,
        }
    }
}

impl DocumentContext {
    pub fn new(sentences: &[Vec<&str>]) -> DocumentContext {
        let lexicon = Lexicon::default();
        let mut spellings = Vec::new();
        let mut doc = DocumentContext::read(
            sentences,
            |w| {
                let word = Word::new(w, &lexicon);
                (Spelled::from(&word), w.chars().next(), headline_vote(w))
            },
            |_, lower, spelling| spellings.push((lower, spelling)),
        );
        doc.note_spellings(spellings);
        doc
    }

    /// The context of a document given as sentences of any kind of word
    /// handle; `read` gives each word's [`Spelled`] form, first character
    /// and headline vote. What each occurrence says of its spelling goes
    /// to `spelling` (with the word and its lower-cased hash), for the
    /// caller to gather and [`note_spellings`](Self::note_spellings): a
    /// caller that numbers its distinct words gathers them by number
    /// instead of hashing every token.
    pub(super) fn read<X>(
        sentences: &[Vec<X>],
        read: impl Fn(&X) -> (Spelled, Option<char>, Option<bool>),
        mut spelling: impl FnMut(&X, u64, Spelling),
    ) -> DocumentContext {
        let tokens: usize = sentences.iter().map(Vec::len).sum();
        let mut doc = DocumentContext {
            spellings: HashKeyed::default(),
            neighbours: HashKeyed::with_capacity_and_hasher(
                tokens / TOKENS_PER_NAME,
                Default::default(),
            ),
            lists: Vec::with_capacity(tokens / TOKENS_PER_NAME),
        };
        let mut words = Vec::new();
        let mut spelled = Vec::new();
        for sentence in sentences {
            words.clear();
            words.extend(sentence.iter().map(&read));
            let headline = is_headline(words.iter().map(|&(_, _, vote)| vote));
            for (i, (x, (word, first, _))) in sentence.iter().zip(&words).enumerate() {
                if let Some(s) = Spelling::of(*first, i > 0 && !headline) {
                    spelling(x, word.lower, s);
                }
            }
            spelled.clear();
            spelled.extend(words.iter().map(|&(word, _, _)| word));
            doc.note_neighbours(&spelled);
        }
        doc
    }

    /// Context aggregation (Ratinov & Roth 2009): notes, for each
    /// capitalised word of a sentence, the lower-cased words up to two
    /// before and after it and the shapes of the words next to it, so that
    /// every `Comelf` of a document is read in the light of all its
    /// contexts (`Comelf exported`, `Comelf 's output`) and a team name in
    /// a results table (`Bochum 3`) in the light of its prose mentions: a
    /// name new to the model is typed by more than one sentence.
    fn note_neighbours(&mut self, sentence: &[Spelled]) {
        for (i, w) in sentence.iter().enumerate() {
            if !w.capitalised {
                continue;
            }
            let at = |offset: isize| i.checked_add_signed(offset).and_then(|j| sentence.get(j));
            let around = [
                at(-1).map(|x| hash::mix(0, x.lower)),
                at(1).map(|x| hash::mix(1, x.lower)),
                at(-2).map(|x| hash::mix(2, x.lower)),
                at(2).map(|x| hash::mix(3, x.lower)),
                at(-1).map(|x| hash::mix(4, x.short_shape)),
                at(1).map(|x| hash::mix(5, x.short_shape)),
            ];
            let list = *self.neighbours.entry(w.lower).or_insert_with(|| {
                self.lists.push(Neighbours::NONE);
                self.lists.len() - 1
            });
            around
                .into_iter()
                .flatten()
                .for_each(|n| self.lists[list].note(n));
        }
    }

    /// The context aggregation features of a word (none unless it is
    /// capitalised).
    pub(super) fn context_features(&self, w: Spelled, f: &mut impl FnMut(T, u64)) {
        if !w.capitalised {
            return;
        }
        if let Some(&list) = self.neighbours.get(&w.lower) {
            for &n in self.lists[list].words() {
                f(T::DocContext, n);
            }
        }
    }

    /// Adds what occurrences say of their spellings (lower-cased hashes).
    pub(super) fn note_spellings(&mut self, spellings: impl IntoIterator<Item = (u64, Spelling)>) {
        let spellings = spellings.into_iter();
        self.spellings.reserve(spellings.size_hint().1.unwrap_or(0));
        for (lower, spelling) in spellings {
            self.spellings.entry(lower).or_default().add(spelling);
        }
    }

    fn spelling(&self, lower: u64) -> Spelling {
        self.spellings.get(&lower).copied().unwrap_or_default()
    }
}

/// How a word counts towards its sentence being a headline: `None` if it
/// has fewer than two letters, else whether it has no lower-case letter.
pub(super) fn headline_vote(word: &str) -> Option<bool> {
    (word.chars().filter(|&c| is_letter(c)).count() >= 2)
        .then(|| word.chars().all(|c| !c.is_lowercase()))
}

/// Whether a sentence whose words vote so is a headline.
pub(super) fn is_headline(votes: impl Iterator<Item = Option<bool>>) -> bool {
    let (mut total, mut caps) = (0usize, 0usize);
    for caps_only in votes.flatten() {
        total += 1;
        caps += usize::from(caps_only);
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
pub(super) const BOUNDARY: Word = Word {
    exact: 1,
    lower: 1,
    shape: 1,
    short_shape: 1,
    prefix: [1; PREFIXES],
    suffix: [1; SUFFIXES],
    hyphen_head: 0,
    head_entry: Entry::NONE,
    hyphen_tail: 0,
    entry: Entry::NONE,
    gaz_begin: 0,
    gaz_inside: 0,
    capitalised: false,
    all_caps: false,
    uncapitalised: false,
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
        let spelled: Vec<Spelled> = words.iter().map(Spelled::from).collect();
        self.match_phrases(&mut words);
        if let Some(seed) = self.hide_names {
            for (i, w) in words.iter_mut().enumerate() {
                if w.capitalised && hash::mix(seed, i as u64) & 3 == 0 {
                    w.exact = HIDDEN;
                    w.lower = HIDDEN;
                    w.prefix = [HIDDEN; PREFIXES];
                    if w.hyphen_head != 0 {
                        w.hyphen_head = HIDDEN;
                        w.head_entry = Entry::NONE;
                    }
                }
            }
        }
        let headline = is_headline(sentence.iter().map(|w| headline_vote(w)));
        for (i, &spelling) in spelled.iter().enumerate() {
            out.starts.push(out.buckets.len());
            let context = Context::at(&words, i, headline, doc);
            let f = &mut |t, v| out.buckets.push(self.bucket(t, v));
            word_features(context.w, f);
            for (side, x) in Side::ALL.into_iter().zip(context.around()) {
                neighbour_features(side, x, f);
            }
            context.emit(f);
            doc.context_features(spelling, f);
        }
        out.starts.push(out.buckets.len());
    }

    pub(super) fn bucket(&self, template: T, value: u64) -> u32 {
        (hash::mix(template as u64 + 1, value) >> (64 - self.bits)) as u32
    }

    /// Marks the longest gazetteer phrase starting at each word: its first
    /// word gets the phrase's classes as "begin", the rest as "inside".
    pub(super) fn match_phrases(&self, words: &mut [Word]) {
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

/// Each token's lower-cased form and whether it is capitalised.
pub type Spellings = [(u64, bool)];

/// How often the first pass labelled each spelling (lower-cased) in the
/// document with each type, or `O`: the second pass reads it, so that a
/// name is typed alike everywhere (`Stoltenberg` after `Jens
/// Stoltenberg`, a headline's `IRAQ` after the body's `Iraq`).
#[derive(Default)]
pub struct LabelTally {
    counts: HashKeyed<u64, [u16; TALLY_SLOTS]>,
}

impl LabelTally {
    /// Counts the first-pass `labels` of the sentences in `features`.
    pub fn new<'a>(
        sentences: impl Iterator<Item = (&'a SentenceFeatures, &'a [u8])>,
    ) -> LabelTally {
        Self::of_words(sentences.map(|(f, labels)| (f.words.as_slice(), labels)))
    }

    /// Counts the first-pass `labels` of sentences given by their words.
    pub fn of_words<'a>(sentences: impl Iterator<Item = (&'a Spellings, &'a [u8])>) -> LabelTally {
        let mut tally = LabelTally::default();
        for (words, labels) in sentences {
            for (&(lower, capitalised), &label) in words.iter().zip(labels) {
                if !capitalised {
                    continue;
                }
                let slot = super::Label(label).kind().unwrap_or(TALLY_SLOTS - 1);
                let c = &mut tally.counts.entry(lower).or_default()[slot];
                *c = c.saturating_add(1);
            }
        }
        tally
    }

    /// The most frequent outcome of each word's spelling and the counts
    /// (`None`: never seen).
    pub(super) fn majorities(&self, words: &Spellings) -> Vec<Majority> {
        words
            .iter()
            .map(|&(lower, _)| self.majority(lower))
            .collect()
    }

    /// The most frequent outcome of the spelling `lower` and the counts.
    pub(super) fn majority(&self, lower: u64) -> Majority {
        let counts = *self.counts.get(&lower)?;
        let best = (0..TALLY_SLOTS).max_by_key(|&k| (counts[k], TALLY_SLOTS - k))?;
        Some((best, counts))
    }
}

/// A spelling's most frequent first-pass outcome and the counts of all.
pub(super) type Majority = Option<(usize, [u16; TALLY_SLOTS])>;

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
        let majorities = tally.majorities(&base.words);
        for i in 0..base.words.len() {
            out.starts.push(out.buckets.len());
            document_features(&base.words, &majorities, i, &mut |t, v| {
                out.buckets.push(self.bucket(t, v))
            });
        }
        out.starts.push(out.buckets.len());
    }
}

/// The second-pass features of word `i` of a sentence of `words`, whose
/// spellings' [`LabelTally::majorities`] are `majorities`.
pub(super) fn document_features(
    words: &Spellings,
    majorities: &[Majority],
    i: usize,
    f: &mut impl FnMut(T, u64),
) {
    let code = |i: usize| majorities.get(i).copied().map_or(0, majority_code);
    let capitalised = words[i].1;
    majority_features(majorities[i], capitalised, f);
    let prev = i.checked_sub(1).map_or(0, code);
    beside_majority_feature(true, prev, capitalised, f);
    beside_majority_feature(false, code(i + 1), capitalised, f);
}

/// The second-pass features of a word of the `majority` seen for its
/// spelling: the same wherever it stands.
pub(super) fn majority_features(majority: Majority, capitalised: bool, f: &mut impl FnMut(T, u64)) {
    let cap = u64::from(capitalised);
    if let Some((best, counts)) = majority {
        f(T::DocMajority, hash::mix(best as u64, cap));
        for (k, _) in counts[..TALLY_SLOTS - 1]
            .iter()
            .enumerate()
            .filter(|(_, &c)| c > 0)
        {
            f(T::DocHas, hash::mix(k as u64, cap));
        }
    }
}

/// Values of [`majority_code`]: none, or one of the tally's outcomes.
pub(super) const MAJORITY_CODES: u64 = TALLY_SLOTS as u64 + 1;

/// A neighbour's majority as a feature value: 0 when never seen.
pub(super) fn majority_code(majority: Majority) -> u64 {
    majority.map_or(0, |(k, _)| k as u64 + 1)
}

/// The second-pass feature a word takes from the [`majority_code`] of the
/// word `before` it, or else after it.
pub(super) fn beside_majority_feature(
    before: bool,
    code: u64,
    capitalised: bool,
    f: &mut impl FnMut(T, u64),
) {
    let template = if before { T::DocPrev } else { T::DocNext };
    f(template, hash::mix(code, u64::from(capitalised)));
}

/// The features of a word on its own: the same wherever it stands, so the
/// tagger computes them once per distinct word of a document.
pub(super) fn word_features(w: &Word, f: &mut impl FnMut(T, u64)) {
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
    for depth in CLUSTER_DEPTHS {
        if let Some(c) = w.entry.cluster_prefix(depth) {
            f(T::Cluster, c);
        }
    }
    if let Some(c) = w.entry.cluster_prefix(9) {
        f(T::ClusterShape, hash::mix(c, w.short_shape));
    }
    hyphen_features(w, f);
}

/// The parts of a hyphenated word: `Minneapolis-based`, `Ontario-based`
/// and `Anglo-Dutch` are read by their parts (a listed place, a cluster of
/// nationalities, the tail `based`), as each whole word is too rare to
/// learn. Dev F1 (mean of three visiting orders) 93.94 → 94.09, unseen
/// names 85.04 → 85.42 (docs/ner.md). The head's spelling, gazetteer
/// classes and cluster share one template: their values are hashes of
/// different kinds that do not meet.
fn hyphen_features(w: &Word, f: &mut impl FnMut(T, u64)) {
    if w.hyphen_tail == 0 {
        return;
    }
    f(T::HyphenTail, w.hyphen_tail);
    f(T::HyphenHead, w.hyphen_head);
    let head = &w.head_entry;
    f(T::HyphenHead, hash::mix(u64::from(head.classes), 1));
    if let Some(c) = head.cluster_prefix(HYPHEN_HEAD_CLUSTER_DEPTH) {
        f(T::HyphenHead, c);
    }
}

/// Where a neighbour stands relative to the token.
#[derive(Clone, Copy)]
pub(super) enum Side {
    Prev,
    Next,
    Prev2,
    Next2,
}

impl Side {
    pub(super) const ALL: [Side; 4] = [Side::Prev, Side::Next, Side::Prev2, Side::Next2];
}

/// The features a token takes from the neighbour `x` on `side` alone:
/// like [`word_features`], computed once per distinct word.
pub(super) fn neighbour_features(side: Side, x: &Word, f: &mut impl FnMut(T, u64)) {
    let cluster = |depth| x.entry.cluster_prefix(depth).unwrap_or(0);
    match side {
        Side::Prev => {
            f(T::Prev, x.lower);
            f(T::PrevShape, x.short_shape);
            f(T::PrevCluster, cluster(6));
            f(T::PrevCluster, cluster(11));
            // `Minneapolis-based First Bank`: the tail says a name follows.
            if x.hyphen_tail != 0 {
                f(T::PrevHyphenTail, x.hyphen_tail);
            }
        }
        Side::Next => {
            f(T::Next, x.lower);
            f(T::NextShape, x.short_shape);
            f(T::NextCluster, cluster(6));
            f(T::NextCluster, cluster(11));
        }
        Side::Prev2 => f(T::Prev2, x.lower),
        Side::Next2 => f(T::Next2, x.lower),
    }
}

/// A token and its surroundings.
pub(super) struct Context<'a> {
    pub(super) w: &'a Word,
    prev: &'a Word,
    next: &'a Word,
    prev2: &'a Word,
    next2: &'a Word,
    first: bool,
    headline: bool,
    doc: &'a DocumentContext,
}

impl<'a> Context<'a> {
    /// Word `i` of `words`, a sentence of the document `doc`.
    pub(super) fn at(
        words: &'a [Word],
        i: usize,
        headline: bool,
        doc: &'a DocumentContext,
    ) -> Context<'a> {
        let at = |j: Option<usize>| j.and_then(|j| words.get(j)).unwrap_or(&BOUNDARY);
        Context {
            w: &words[i],
            prev: at(i.checked_sub(1)),
            next: at(Some(i + 1)),
            prev2: at(i.checked_sub(2)),
            next2: at(Some(i + 2)),
            first: i == 0,
            headline,
            doc,
        }
    }

    /// The neighbours, in [`Side::ALL`] order.
    pub(super) fn around(&self) -> [&'a Word; 4] {
        [self.prev, self.next, self.prev2, self.next2]
    }

    /// The features that depend on the token and its surroundings
    /// together (the rest are [`word_features`] and [`neighbour_features`]).
    /// The tagger adds the parts called here separately, most of them
    /// summed once per word or per value; this order is the training's.
    pub(super) fn emit(&self, f: &mut impl FnMut(T, u64)) {
        position_features(self.w, self.first, self.headline, f);
        self.pairs(f);
        caps_window_feature(self.caps_window(), f);
        self.gazetteer(f);
        spelling_features(self.w, self.first || self.headline, self.doc, f);
    }

    /// The features of the token's word together with its neighbours'.
    pub(super) fn pairs(&self, f: &mut impl FnMut(T, u64)) {
        let (w, prev, next) = (self.w, self.prev, self.next);
        f(T::PrevWordShape, hash::mix(prev.lower, w.short_shape));
        f(T::PrevBigram, hash::mix(prev.lower, w.lower));
        f(T::NextBigram, hash::mix(w.lower, next.lower));
        f(
            T::ShapeTrigram,
            hash::mix(hash::mix(prev.short_shape, w.short_shape), next.short_shape),
        );
        f(T::WordNextShape, hash::mix(w.lower, next.short_shape));
        f(T::Prev2Bigram, hash::mix(self.prev2.lower, prev.lower));
    }

    /// The capitalisation of the five words centred on the token, one bit
    /// each (below [`CAPS_WINDOWS`]).
    pub(super) fn caps_window(&self) -> u64 {
        self.around_in_order()
            .iter()
            .fold(0u64, |acc, x| acc << 1 | u64::from(x.capitalised))
    }

    /// The five words centred on the token, in text order.
    fn around_in_order(&self) -> [&Word; 5] {
        [self.prev2, self.prev, self.w, self.next, self.next2]
    }

    /// True when neither the token nor the words next to it are in a
    /// gazetteer phrase: then [`Context::gazetteer`] gives the same two
    /// features as for any other such token.
    pub(super) fn outside_gazetteers(&self) -> bool {
        let classes = |x: &Word| x.gaz_begin | x.gaz_inside;
        classes(self.w) | classes(self.prev) | classes(self.next) == 0
    }

    pub(super) fn gazetteer(&self, f: &mut impl FnMut(T, u64)) {
        let w = self.w;
        // The classes set, in ascending order: most words have none.
        let mut classes = w.gaz_begin | w.gaz_inside;
        while classes != 0 {
            let class = u64::from(classes.trailing_zeros());
            classes &= classes - 1;
            if w.gaz_begin & (1 << class) != 0 {
                f(T::GazBegin, hash::mix(class, u64::from(w.capitalised)));
            }
            if w.gaz_inside & (1 << class) != 0 {
                f(T::GazInside, class);
            }
        }
        let around = |x: &Word| u64::from(x.gaz_begin | x.gaz_inside);
        f(T::PrevGaz, around(self.prev));
        f(T::NextGaz, around(self.next));
    }
}

/// The features of a word's shape at the sentence start and in a
/// headline, where case says less.
pub(super) fn position_features(w: &Word, first: bool, headline: bool, f: &mut impl FnMut(T, u64)) {
    f(T::ShapeFirst, hash::mix(w.short_shape, u64::from(first)));
    f(
        T::ShapeHeadline,
        hash::mix(w.short_shape, u64::from(headline)),
    );
    if headline {
        f(T::LowerHeadline, w.lower);
    }
}

/// Values of [`Context::caps_window`]: one bit for each of five words.
pub(super) const CAPS_WINDOWS: u64 = 1 << 5;

pub(super) fn caps_window_feature(caps: u64, f: &mut impl FnMut(T, u64)) {
    f(T::CapsWindow, caps);
}

/// What the document says about a capitalised word's spelling, and
/// whether it stands where every word is capitalised (`at_start`: the
/// sentence start or a headline).
pub(super) fn spelling_features(
    w: &Word,
    at_start: bool,
    doc: &DocumentContext,
    f: &mut impl FnMut(T, u64),
) {
    if w.capitalised {
        let s = doc.spelling(w.lower);
        let seen = u64::from(s.lower_case) | u64::from(s.capitalised_inside) << 1;
        f(T::Doc, seen | u64::from(at_start) << 2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates(w: &Word, side: Option<Side>) -> Vec<(u64, u64)> {
        let mut out = Vec::new();
        let f = &mut |t: T, v| out.push((t as u64, v));
        match side {
            Some(side) => neighbour_features(side, w, f),
            None => word_features(w, f),
        }
        out
    }

    #[test]
    fn hyphenated_words_are_read_by_their_parts() {
        let w = Word::spelled("Minneapolis-Based");
        assert_eq!(w.hyphen_head, lower_hash("minneapolis"));
        assert_eq!(w.hyphen_tail, lower_hash("based"));
        let own = templates(&w, None);
        assert!(own.contains(&(T::HyphenTail as u64, lower_hash("based"))));
        assert!(own.contains(&(T::HyphenHead as u64, lower_hash("minneapolis"))));
        let before = templates(&w, Some(Side::Prev));
        assert!(before.contains(&(T::PrevHyphenTail as u64, lower_hash("based"))));
        // Only the previous word's tail is a neighbour feature.
        assert!(!templates(&w, Some(Side::Next))
            .iter()
            .any(|&(t, _)| t == T::PrevHyphenTail as u64));
        // `U.S.-led-coalition`: the first part and the last.
        let w = Word::spelled("U.S.-led-coalition");
        assert_eq!(w.hyphen_head, lower_hash("u.s."));
        assert_eq!(w.hyphen_tail, lower_hash("coalition"));
    }

    #[test]
    fn words_without_two_hyphen_parts_have_no_hyphen_features() {
        for word in ["Minneapolis", "-", "--", "pre-", "-based"] {
            let w = Word::spelled(word);
            assert_eq!((w.hyphen_head, w.hyphen_tail), (0, 0), "{word}");
            let hyphen = [T::HyphenHead as u64, T::HyphenTail as u64];
            assert!(!templates(&w, None).iter().any(|(t, _)| hyphen.contains(t)));
        }
    }
}
