//! The features the learned classifier reads, as hashed indicator names.
//!
//! Every feature is a name (`len:7`, `w:newsletter`, `c:sidebar`) hashed
//! into a fixed number of buckets, so the model is one flat weight table
//! and unseen words cost nothing. Numbers are bucketed into names too
//! (`len:7` is "about 2^7 characters"): a linear model then learns any
//! shape of response to them.
//!
//! Three groups:
//!
//! * text features — the block's own words, length and punctuation, and
//!   the text cue; all there is on flattened text;
//! * page features — what the structure says around the block: the rule
//!   verdict, the tag, the roles and landmarks above the block, link
//!   density, its position relative to the article the scoring chose, and
//!   its neighbours;
//! * second-pass features — what the page model (the first pass) says
//!   about the blocks around ([`stack_features`]).

use super::structure::Layout;
use crate::annotations::BoilerplateKind as Kind;
use crate::document::{BlockKind, Document};
use crate::fnv::{self, fnv};
use crate::ner::hash;

/// The hashed feature space: a power of two, so a mask picks the bucket.
pub const BUCKETS: usize = 1 << 14;

/// Words of a block that feed word features: boilerplate announces itself
/// at the start ("Sign up…", "Read more…", "© 2024…"); the rest of a long
/// paragraph only adds noise.
const LEADING_WORDS: usize = 12;

/// Ancestors whose roles are read, the block's own element first: a role
/// further up (`main` on a page wrapper) says little about one block.
const NEAR_ANCESTORS: usize = 4;

/// Collects hashed feature indices for one block.
#[derive(Default)]
pub struct Features {
    pub indices: Vec<u32>,
}

impl Features {
    /// Adds the indicator `namespace:value`.
    fn add(&mut self, namespace: &str, value: &str) {
        self.add_pair(namespace, value, None);
    }

    /// Adds `namespace:first second` (a conjunction of two facts), hashed
    /// piece by piece so that no name is ever built.
    fn add_pair(&mut self, namespace: &str, first: &str, second: Option<&str>) {
        let mut h = fnv(fnv::OFFSET, namespace.as_bytes());
        h = fnv(h, b":");
        h = fnv(h, first.as_bytes());
        if let Some(second) = second {
            h = fnv(h, b" ");
            h = fnv(h, second.as_bytes());
        }
        self.indices.push(h & (BUCKETS as u32 - 1));
    }

    fn add_num(&mut self, namespace: &str, value: usize) {
        self.add(namespace, num(value));
    }
}

/// Bucket numbers as text (every bucket is below 64).
fn num(n: usize) -> &'static str {
    const NUMS: [&str; 64] = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
        "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
        "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46",
        "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61",
        "62", "63",
    ];
    NUMS[n.min(63)]
}

/// `floor(log2(n + 1))`: 0 for 0, 1 for 1, 2 for 2–3, 3 for 4–7, …
fn log_bucket(n: usize) -> usize {
    (usize::BITS - (n + 1).leading_zeros() - 1) as usize
}

/// A ratio in tenths, 0–10.
fn tenths(x: f32) -> usize {
    (x.clamp(0.0, 1.0) * 10.0).round() as usize
}

fn kind_name(kind: Option<Kind>) -> &'static str {
    kind.map_or("none", Kind::label)
}

fn block_kind_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Paragraph => "p",
        BlockKind::Heading(1) => "h1",
        BlockKind::Heading(2) => "h2",
        BlockKind::Heading(_) => "h3+",
        BlockKind::ListItem => "li",
        BlockKind::TableCell => "td",
        BlockKind::Quote => "quote",
        BlockKind::Preformatted => "pre",
        BlockKind::Caption => "caption",
        BlockKind::Other => "other",
    }
}

/// Lower-cased words with digits folded to `0`, so `2024` and `1999` are
/// one feature.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    raw_words(text).map(fold_word)
}

fn raw_words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

fn fold_word(w: &str) -> String {
    // Most words are ASCII, and folding bytes skips Unicode case tables.
    if w.is_ascii() {
        let fold = |b: u8| {
            if b.is_ascii_digit() {
                b'0'
            } else {
                b.to_ascii_lowercase()
            }
        };
        return w.bytes().map(|b| fold(b) as char).collect();
    }
    w.chars()
        .map(|c| if c.is_numeric() { '0' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// What a block's text says on its own: its leading words and word pairs,
/// its last word, length, punctuation, and the rule cue.
pub fn text_features(f: &mut Features, text: &str, cue: Option<Kind>) {
    cue_features(f, cue);
    words_features(f, text);
}

fn cue_features(f: &mut Features, cue: Option<Kind>) {
    f.add("bias", "");
    f.add("cue", kind_name(cue));
}

/// The text features that do not depend on the cue.
fn words_features(f: &mut Features, text: &str) {
    // Only the leading words and the last one are lower-cased (allocated);
    // the rest of a long paragraph is only counted.
    let lead: Vec<String> = words(text).take(LEADING_WORDS).collect();
    let counts = Counts::of(text);
    f.add_num("words", log_bucket(counts.words));
    f.add_num("chars", log_bucket(text.len()));
    for w in &lead {
        f.add("w", w);
    }
    for pair in lead.windows(2) {
        f.add_pair("b", &pair[0], Some(&pair[1]));
    }
    if let Some(first) = lead.first() {
        f.add("first", first);
    }
    let last = raw_words(text).next_back().map(fold_word);
    if let Some(last) = &last {
        f.add("last", last);
    }
    let last_char = text.chars().last().unwrap_or(' ');
    let end = match last_char {
        '.' | '!' | '?' => "stop",
        '"' | '”' | '’' | '\'' | ')' => "close",
        ':' => "colon",
        c if c.is_alphanumeric() => "word",
        _ => "other",
    };
    f.add("end", end);
    f.add_num("punct", log_bucket(counts.punct));
    let capitalised = counts.capitalised as f32 / counts.lettered.max(1) as f32;
    f.add_num("caps", tenths(capitalised));
    for mark in MARKS {
        if counts.marks.contains(&mark) {
            f.add("mark", mark.encode_utf8(&mut [0; 4]));
        }
    }
}

/// Characters whose presence is a feature: copyright lines, menus split by
/// bars and bullets, handles, breadcrumbs.
const MARKS: [char; 6] = ['©', '|', '@', '»', '›', '•'];

/// What the text features count in a block's text, read in one pass (a
/// paragraph was read six times over, once per count).
struct Counts {
    /// Words as [`raw_words`] splits them.
    words: usize,
    /// Sentence and clause punctuation.
    punct: usize,
    /// Whitespace-separated words with a letter, and those whose first
    /// letter is a capital: menus and titles are Title Case, prose is not.
    lettered: usize,
    capitalised: usize,
    /// The [`MARKS`] present.
    marks: Vec<char>,
}

impl Counts {
    fn of(text: &str) -> Self {
        let mut counts = Counts {
            words: 0,
            punct: 0,
            lettered: 0,
            capitalised: 0,
            marks: Vec::new(),
        };
        let (mut in_word, mut seeking_letter) = (false, false);
        let mut after_space = true;
        for c in text.chars() {
            let alphanumeric = c.is_alphanumeric();
            counts.words += (alphanumeric && !in_word) as usize;
            in_word = alphanumeric;
            counts.punct += matches!(c, '.' | ',' | ';' | '!' | '?') as usize;
            if c.is_whitespace() {
                after_space = true;
                continue;
            }
            if after_space {
                (after_space, seeking_letter) = (false, true);
            }
            if seeking_letter && c.is_alphabetic() {
                seeking_letter = false;
                counts.lettered += 1;
                counts.capitalised += c.is_uppercase() as usize;
            }
            if MARKS.contains(&c) && !counts.marks.contains(&c) {
                counts.marks.push(c);
            }
        }
        counts
    }
}

/// The features of every block of a page that no reading of its structure
/// changes: the words of its text ([`text_features`] but the cue) and the
/// markup above it ([`ancestor_features`]). Made once per page: the
/// learned stage reads the structure twice, and the words were a third of
/// the cost of a reading.
pub struct OwnFeatures {
    indices: Vec<u32>,
    /// Per block, where its word features end and where its ancestor
    /// features end in `indices` (each block's start is the previous end).
    ends: Vec<(usize, usize)>,
}

impl OwnFeatures {
    pub fn of(doc: &Document) -> Self {
        let mut f = Features::default();
        let ends = (0..doc.blocks.len())
            .map(|i| {
                words_features(&mut f, doc.block_text(i));
                let words = f.indices.len();
                ancestor_features(&mut f, doc, doc.blocks[i].element as usize);
                (words, f.indices.len())
            })
            .collect();
        OwnFeatures {
            indices: f.indices,
            ends,
        }
    }

    /// Block `i`'s word features and its ancestor features.
    fn of_block(&self, i: usize) -> (&[u32], &[u32]) {
        let start = i.checked_sub(1).map_or(0, |j| self.ends[j].1);
        let (words, end) = self.ends[i];
        (&self.indices[start..words], &self.indices[words..end])
    }
}

/// What page features are read from: the document, its layout, the
/// structure's verdict on every block, the first and last block it keeps
/// (computed once per reading), and the features no reading changes.
pub struct Page<'a> {
    doc: &'a Document,
    layout: &'a Layout,
    verdicts: &'a [Option<Kind>],
    own: &'a OwnFeatures,
    first_kept: Option<usize>,
    last_kept: Option<usize>,
}

impl<'a> Page<'a> {
    pub fn new(
        doc: &'a Document,
        layout: &'a Layout,
        verdicts: &'a [Option<Kind>],
        own: &'a OwnFeatures,
    ) -> Self {
        Page {
            doc,
            layout,
            verdicts,
            own,
            first_kept: verdicts.iter().position(Option::is_none),
            last_kept: verdicts.iter().rposition(Option::is_none),
        }
    }
}

/// Everything about block `i` of a page: its text features plus the
/// structure around it.
pub fn page_features(f: &mut Features, page: &Page, i: usize, cue: Option<Kind>) {
    let Page {
        doc,
        layout,
        verdicts,
        own,
        ..
    } = *page;
    let text = doc.block_text(i);
    let (words, ancestors) = own.of_block(i);
    cue_features(f, cue);
    f.indices.extend_from_slice(words);
    let block = &doc.blocks[i];
    let el = block.element as usize;
    let verdict = kind_name(verdicts[i]);
    let len = log_bucket(text.len());
    f.add("v", verdict);
    f.add_pair("v&len", verdict, Some(num(len)));
    f.add_pair("v&cue", verdict, Some(kind_name(cue)));
    let kind = block_kind_name(block.kind);
    f.add("bk", kind);
    f.add_pair("bk&len", kind, Some(num(len)));
    f.add_pair("bk&v", kind, Some(verdict));
    let in_article = layout.in_article(el);
    f.add("in", if in_article { "y" } else { "n" });
    f.add_pair(
        "in&len",
        if in_article { "true" } else { "false" },
        Some(num(len)),
    );
    f.add("unlikely", if layout.is_unlikely(el) { "y" } else { "n" });
    f.add("named", kind_name(layout.named(el)));
    let standing = tenths(layout.standing(el));
    f.add_num("standing", standing);
    f.add_pair("standing&len", num(standing), Some(num(len)));
    let density = block.link_bytes as f32 / text.len().max(1) as f32;
    f.add_num("links", tenths(density));
    f.add_pair("links&len", num(tenths(density)), Some(num(len)));
    f.indices.extend_from_slice(ancestors);
    neighbour_features(f, doc, verdicts, i);
    position_features(f, page, i);
}

/// The parent's tag, roles of the nearest ancestors, and schema.org
/// properties and landmark tags anywhere above the block.
///
/// Class and id words are deliberately not features: they are site
/// specific, and as features they fitted the training sites (held-out
/// pages scored worse with them). The general ones already speak through
/// the rule verdict ([`super::kinds`]).
fn ancestor_features(f: &mut Features, doc: &Document, el: usize) {
    for (depth, a) in doc.ancestors(el as u32).enumerate() {
        if depth == 1 {
            f.add("ptag", &a.tag);
        }
        if depth < NEAR_ANCESTORS && !a.attrs.role.is_empty() {
            f.add("role", &a.attrs.role);
        }
        if !a.attrs.itemprop.is_empty() {
            f.add("itemprop", &a.attrs.itemprop);
        }
        if matches!(
            a.tag.as_str(),
            "article" | "main" | "aside" | "nav" | "footer" | "header"
        ) {
            f.add("within", &a.tag);
        }
    }
}

/// The rule verdicts and lengths of the blocks before and after: article
/// text comes in runs, boilerplate in clusters.
fn neighbour_features(f: &mut Features, doc: &Document, verdicts: &[Option<Kind>], i: usize) {
    for (name, j) in [("prev", i.checked_sub(1)), ("next", Some(i + 1))] {
        match j.filter(|&j| j < verdicts.len()) {
            Some(j) => {
                f.add(name, kind_name(verdicts[j]));
                let len = log_bucket(doc.block_text(j).len());
                let len_name = if name == "prev" { "prevlen" } else { "nextlen" };
                f.add(len_name, num(len));
            }
            None => f.add(name, "edge"),
        }
    }
}

/// Where the block sits relative to the run of blocks the rules kept:
/// before it (page header, headline, byline), inside, or after (footer,
/// comments, related stories).
fn position_features(f: &mut Features, page: &Page, i: usize) {
    let place = match (page.first_kept, page.last_kept) {
        (Some(a), _) if i < a => "before",
        (_, Some(b)) if i > b => "after",
        (Some(_), Some(_)) => "inside",
        _ => "none",
    };
    f.add("place", place);
    let at = tenths(i as f32 / page.verdicts.len().max(1) as f32);
    f.add_num("at", at);
}

/// First-pass log-odds beyond which a block counts as confidently article
/// text for the second pass (a prose paragraph the model is sure of).
const CONFIDENT: f32 = 2.0;

/// Blocks at least this long (in bytes) anchor the story for the second
/// pass: a confident long paragraph, not a confident short line.
const ANCHOR_CHARS: usize = 100;

/// What the second pass reads: the first pass's log-odds for every block
/// of a page and what follows from them (computed once per page).
pub struct FirstPass<'a> {
    doc: &'a Document,
    verdicts: &'a [Option<Kind>],
    logits: &'a [f32],
    /// Per block: the mean first-pass log-odds of the blocks in its container.
    container_mean: Vec<f32>,
    /// Bytes of text before block `i`, in all and in blocks the first pass
    /// leans towards keeping (log-odds above 0).
    chars_before: Vec<usize>,
    kept_before: Vec<usize>,
    /// Per block: the nearest confident anchor above and below it.
    anchor_above: Vec<Option<usize>>,
    anchor_below: Vec<Option<usize>>,
}

impl<'a> FirstPass<'a> {
    pub fn new(doc: &'a Document, verdicts: &'a [Option<Kind>], logits: &'a [f32]) -> Self {
        let n = logits.len();
        // A block's container is the parent of its element.
        let containers: Vec<u32> = doc
            .blocks
            .iter()
            .map(|b| doc.elements[b.element as usize].parent.unwrap_or(b.element))
            .collect();
        let mut sums: hash::Map<u32, (f32, usize)> = Default::default();
        for (&c, &z) in containers.iter().zip(logits) {
            let e = sums.entry(c).or_default();
            e.0 += z;
            e.1 += 1;
        }
        let container_mean = containers
            .iter()
            .map(|c| sums[c].0 / sums[c].1 as f32)
            .collect();
        let lens: Vec<usize> = (0..n).map(|i| doc.block_text(i).len()).collect();
        let mut chars_before = vec![0; n + 1];
        let mut kept_before = vec![0; n + 1];
        for i in 0..n {
            chars_before[i + 1] = chars_before[i] + lens[i];
            kept_before[i + 1] = kept_before[i] + if logits[i] > 0.0 { lens[i] } else { 0 };
        }
        let is_anchor = |i: usize| logits[i] > CONFIDENT && lens[i] >= ANCHOR_CHARS;
        let mut anchor_above = vec![None; n];
        for i in 1..n {
            anchor_above[i] = if is_anchor(i - 1) {
                Some(i - 1)
            } else {
                anchor_above[i - 1]
            };
        }
        let mut anchor_below = vec![None; n];
        for i in (0..n.saturating_sub(1)).rev() {
            anchor_below[i] = if is_anchor(i + 1) {
                Some(i + 1)
            } else {
                anchor_below[i + 1]
            };
        }
        FirstPass {
            doc,
            verdicts,
            logits,
            container_mean,
            chars_before,
            kept_before,
            anchor_above,
            anchor_below,
        }
    }
}

/// Log-odds in half-unit steps from −6 to +6 (0–24): indicators over these
/// let a linear model learn any response to the first pass's confidence.
fn odds(z: f32) -> usize {
    ((z.clamp(-6.0, 6.0) + 6.0) * 2.0).round() as usize
}

/// Log-odds in whole units from −4 to +4 (0–8), for conjunctions.
fn coarse_odds(z: f32) -> usize {
    (z.clamp(-4.0, 4.0) + 4.0).round() as usize
}

/// The second pass's features of block `i`: its own first-pass log-odds
/// (alone and with its rule verdict and length), its container's, its
/// neighbours' up to two blocks away, the share of the text above and below
/// that the first pass keeps, and how far the nearest confidently kept
/// paragraph is. Smooths isolated errors: a kept promo between dropped
/// blocks, a dropped paragraph inside the story.
pub fn stack_features(f: &mut Features, pass: &FirstPass, i: usize) {
    let z = pass.logits[i];
    let verdict = kind_name(pass.verdicts[i]);
    let len = log_bucket(pass.doc.block_text(i).len());
    f.add("bias", "");
    f.add_num("z", odds(z));
    f.add_pair("z&v", num(coarse_odds(z)), Some(verdict));
    f.add_pair("z&len", num(coarse_odds(z)), Some(num(len)));
    f.add_num("cz", odds(pass.container_mean[i]));
    let n = pass.logits.len();
    let near = |d: isize| match i.checked_add_signed(d).filter(|&j| j < n) {
        Some(j) => num(coarse_odds(pass.logits[j])),
        None => "edge",
    };
    for (name, d) in [("z-2", -2), ("z-1", -1), ("z+1", 1), ("z+2", 2)] {
        f.add(name, near(d));
    }
    f.add_pair("z-1&z+1", near(-1), Some(near(1)));
    let share = |kept: usize, all: usize| tenths(kept as f32 / all.max(1) as f32);
    let (kb, cb) = (pass.kept_before[i], pass.chars_before[i]);
    let (ka, ca) = (
        pass.kept_before[n] - pass.kept_before[i + 1],
        pass.chars_before[n] - pass.chars_before[i + 1],
    );
    f.add_num("kept-above", share(kb, cb));
    f.add_num("kept-below", share(ka, ca));
    let distance =
        |anchor: Option<usize>| anchor.map_or("none", |a| num(log_bucket(a.abs_diff(i))));
    let (above, below) = (pass.anchor_above[i], pass.anchor_below[i]);
    f.add("anchor-above", distance(above));
    f.add("anchor-below", distance(below));
    f.add_pair(
        "anchors&z",
        num(coarse_odds(z)),
        Some(match (above, below) {
            (Some(_), Some(_)) => "between",
            (Some(_), None) => "after",
            (None, Some(_)) => "before",
            (None, None) => "none",
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_words_punctuation_capitals_and_marks_in_one_pass() {
        let c = Counts::of("Home | World — Sign up, it's free! © 2026 “Élan” 42");
        // raw words: Home World Sign up it s free 2026 Élan 42
        assert_eq!(c.words, 10);
        assert_eq!(c.punct, 2);
        // whitespace words with a letter: Home World Sign up, it's free! “Élan”
        assert_eq!((c.lettered, c.capitalised), (7, 4));
        assert_eq!(c.marks, vec!['|', '©']);
    }

    #[test]
    fn ascii_and_unicode_words_fold_alike() {
        assert_eq!(fold_word("COVID19"), "covid00");
        assert_eq!(fold_word("Élan٣"), "élan0");
    }
}
