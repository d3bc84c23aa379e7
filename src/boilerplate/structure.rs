//! Structure: finds the element that holds the article, in the manner of
//! Readability.js, and reads what the markup says about every other block.
//!
//! One pass each way over the element tree, so the cost is linear in
//! blocks plus elements:
//!
//! 1. top-down: which elements are *unlikely* (named like boilerplate:
//!    `nav`, `class="sidebar"`, `role="complementary"`), subtree included;
//! 2. bottom-up: text, link text and commas under every element;
//! 3. each paragraph-like block scores its parent fully, its grandparent
//!    half and a few more ancestors less; the best-scoring element, after a
//!    climb to a parent that scores as well and a sweep of its siblings, is
//!    the article;
//! 4. top-down: whether an element is inside the article, and the nearest
//!    boilerplate name below the article's root.
//!
//! Elements are stored parents-first (the builder appends them as they
//! open), which is what makes single forward and backward sweeps enough.

use super::kinds::{self, Vocabulary};
use crate::annotations::BoilerplateKind as Kind;
use crate::document::{BlockKind, Document, Element};

/// An article shorter than this (in bytes of text) means the names misled
/// the first reading of the page; see [`Layout::of`].
const MIN_ARTICLE_CHARS: usize = 500;

/// Blocks shorter than this (in characters) add nothing to a container's
/// score: captions, labels and menu entries are short.
const MIN_SCORED_CHARS: usize = 25;

/// Characters of text per score point, and the most points length can give:
/// longer paragraphs count more, but one huge block cannot outvote many.
const CHARS_PER_POINT: usize = 100;
const MAX_LENGTH_POINTS: f32 = 3.0;

/// How many ancestors above a block receive part of its score. Deeper
/// wrappers (`body`, page shells) should not win by merely containing
/// everything.
const SCORED_LEVELS: usize = 5;

/// While climbing from the best element to its parents, stop once a parent
/// scores below this share of the best: it holds little more article.
const CLIMB_FLOOR: f32 = 1.0 / 3.0;

/// Runners-up that score at least this share of the best, among the next
/// few best, mark the article as split: if enough of them share an
/// ancestor with the best, that ancestor holds the whole article.
const RIVAL_SHARE: f32 = 0.75;
const RIVALS_CONSIDERED: usize = 4;
const MIN_RIVALS: usize = 3;

/// A sibling of the best element joins the article if it scores at least
/// this share of the best score (or [`MIN_SIBLING_SCORE`], if higher).
const SIBLING_SHARE: f32 = 0.2;
const MIN_SIBLING_SCORE: f32 = 10.0;

/// A sibling paragraph joins the article if it is at least this long and
/// has little link text…
const SIBLING_PARAGRAPH_CHARS: usize = 80;
const SIBLING_PARAGRAPH_LINK_DENSITY: f32 = 0.25;

/// Inside the article, a short block that is mostly link text is a link
/// list ("Read more: …", related stories), not prose. A long one is prose
/// that happens to link a lot.
const LINK_LIST_DENSITY: f32 = 0.5;
const LINK_LIST_MAX_CHARS: usize = 160;

/// A boilerplate-named element holding more than this share of the page's
/// prose is taken for a misnamed wrapper rather than boilerplate.
const WRAPPER_PROSE_SHARE: f32 = 0.5;

/// Names of boilerplate whose text is never prose: share bars, menus and
/// ad slots hold links, buttons and labels. An element so named that holds
/// at least [`MISNAMED_MIN_PROSE`] characters of prose paragraphs got its
/// name from a script or a slug (`gigya-share-btns` set on the story's
/// wrapper, `id="sharing-with-other-developers"` from a section title),
/// and the name is ignored.
const PROSELESS_KINDS: &[Kind] = &[Kind::Share, Kind::Navigation, Kind::Ad];
const MISNAMED_MIN_PROSE: usize = 400;

/// Containers inside the article that [`is_clutter`] may drop.
const CLEANED_TAGS: &[&str] = &["div", "section", "table", "ul", "ol", "form", "aside"];

/// A container with this many commas holds prose and is never clutter.
const PROSE_COMMAS: usize = 10;

/// Link density above which a comma-poor container is clutter; a container
/// named like content gets more slack.
const CLUTTER_LINK_DENSITY: f32 = 0.33;
const NAMED_CLUTTER_LINK_DENSITY: f32 = 0.5;

/// Per-element facts, summed over the element's subtree.
#[derive(Clone, Copy, Default)]
struct Totals {
    chars: usize,
    link_chars: usize,
    commas: usize,
}

impl Totals {
    fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// What the structure says about every block of a document.
pub struct Layout {
    /// Per element: inside the article.
    in_article: Vec<bool>,
    /// Per element: inside a container of the article that holds links or
    /// widgets rather than prose (see [`is_clutter`]).
    cluttered: Vec<bool>,
    /// Per element: the boilerplate the nearest named ancestor names,
    /// counting only ancestors below the article root (outside the article:
    /// any ancestor that does not hold the article).
    named: Vec<Option<Kind>>,
    /// Per element: dropped as unlikely, with the kind of the outermost name
    /// that dropped it (`named` gives the more precise innermost one).
    unlikely: Vec<Option<Kind>>,
    /// Per element: the content score of its nearest scored container (it
    /// or an ancestor), as a share of the article root's score — how close
    /// its region came to being chosen (the learned classifier reads it).
    standing: Vec<f32>,
}

impl Layout {
    /// The layout of `doc`. When the markup's names leave an article
    /// shorter than [`MIN_ARTICLE_CHARS`] — the story sits in a container
    /// named like boilerplate (`author-box`, `nav-wrapper`) — the page is
    /// read again ignoring names, and the reading that keeps more text wins
    /// (Readability's retry with its flags off). The rule stages and the
    /// training features use this; the learned stage reads both ways and
    /// lets the model choose (`super::best_reading`).
    pub fn of(doc: &Document) -> Layout {
        let strict = Layout::read(doc, false);
        if strict.article_chars(doc) >= MIN_ARTICLE_CHARS {
            return strict;
        }
        let loose = Layout::read(doc, true);
        if loose.beats(&strict, doc) {
            loose
        } else {
            strict
        }
    }

    /// Both readings of `doc`, the one [`Layout::of`] picks first (the
    /// model learns from both).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn both(doc: &Document) -> [Layout; 2] {
        let strict = Layout::read(doc, false);
        let loose = Layout::read(doc, true);
        if loose.beats(&strict, doc) {
            [loose, strict]
        } else {
            [strict, loose]
        }
    }

    /// Whether this reading, without names, replaces the `strict` one:
    /// only when the names leave less than [`MIN_ARTICLE_CHARS`] and this
    /// one keeps more.
    fn beats(&self, strict: &Layout, doc: &Document) -> bool {
        let kept = strict.article_chars(doc);
        kept < MIN_ARTICLE_CHARS && self.article_chars(doc) > kept
    }

    /// Characters of the blocks the structure keeps.
    fn article_chars(&self, doc: &Document) -> usize {
        (0..doc.blocks.len())
            .filter(|&i| self.verdict(doc, i).is_none())
            .map(|i| doc.block_text(i).len())
            .sum()
    }

    /// One reading of the page; `ignore_names` drops what tags, roles and
    /// class names say, keeping only text and link statistics.
    pub fn read(doc: &Document, ignore_names: bool) -> Layout {
        let (vocab, weights): (Vec<Vocabulary>, Vec<f32>) = if ignore_names {
            let n = doc.elements.len();
            (vec![Vocabulary::default(); n], vec![0.0; n])
        } else {
            kinds::read_all(&doc.elements)
        };
        let prose = prose_totals(doc);
        let vocab = drop_misnames(vocab, &prose);
        let wrappers = story_wrappers(&vocab, &prose);
        let unlikely = unlikely_elements(doc, &vocab, &wrappers);
        let totals = totals(doc, &unlikely);
        let blocks = block_counts(doc);
        let score = content_scores(doc, &unlikely, &totals, &weights, &blocks);
        let ends = subtree_ends(doc);
        let roots = article_roots(doc, &unlikely, &totals, &score, &ends, &blocks);
        let standing = standing(doc, &score, &roots);
        let holds_article = ancestors_of(doc, &roots);
        let mut in_article = vec![false; doc.elements.len()];
        let mut cluttered = vec![false; doc.elements.len()];
        let mut named = vec![None; doc.elements.len()];
        for (i, el) in doc.elements.iter().enumerate() {
            let parent = el.parent.map(|p| p as usize);
            in_article[i] = roots[i] || parent.is_some_and(|p| in_article[p]);
            cluttered[i] = in_article[i]
                && !roots[i]
                && (parent.is_some_and(|p| cluttered[p])
                    || is_clutter(el, &totals[i], score[i], weights[i]));
            // The article root and the wrappers around it name nothing:
            // whatever a wrapper's name says, it holds the story (`main
            // class="js-social-anchor"`), so the blocks beside the story in
            // it are only outside the article, not that name's boilerplate.
            // Nor does a wrapper inside the article that holds most of the
            // page's prose (`content-with-sidebar-wrp` around the body).
            named[i] = if roots[i] || holds_article[i] || wrappers[i] {
                None
            } else {
                vocab[i].kind.or(parent.and_then(|p| named[p]))
            };
        }
        Layout {
            in_article,
            cluttered,
            named,
            unlikely,
            standing,
        }
    }

    /// Whether element `e` is inside the chosen article.
    pub fn in_article(&self, e: usize) -> bool {
        self.in_article[e]
    }

    /// Whether element `e` was dropped as unlikely before scoring.
    pub fn is_unlikely(&self, e: usize) -> bool {
        self.unlikely[e].is_some()
    }

    /// The boilerplate the nearest name around element `e` says it is.
    pub fn named(&self, e: usize) -> Option<Kind> {
        self.named[e]
    }

    /// See [`Layout::standing`]'s field: 1.0 at the article, near 0 far from it.
    pub fn standing(&self, e: usize) -> f32 {
        self.standing[e]
    }

    /// The kind of boilerplate block `i` is by structure, if it is any.
    pub fn verdict(&self, doc: &Document, i: usize) -> Option<Kind> {
        let block = &doc.blocks[i];
        let el = block.element as usize;
        if let Some(outer) = self.unlikely[el] {
            return Some(self.named[el].unwrap_or(outer));
        }
        if !self.in_article[el] {
            return Some(self.named[el].unwrap_or(Kind::Other));
        }
        if let Some(kind) = self.named[el] {
            return Some(kind);
        }
        if block.kind == BlockKind::Heading(1) {
            return Some(Kind::Header);
        }
        let chars = doc.block_text(i).len();
        let density = block.link_bytes as f32 / chars.max(1) as f32;
        if density > LINK_LIST_DENSITY && chars < LINK_LIST_MAX_CHARS {
            return Some(Kind::Related);
        }
        self.cluttered[el].then_some(Kind::Other)
    }
}

/// Per element, the score of the nearest scored element on its path to the
/// root, over the best article root's score (0 when nothing scored).
fn standing(doc: &Document, score: &[Option<f32>], roots: &[bool]) -> Vec<f32> {
    let top = roots
        .iter()
        .zip(score)
        .filter(|(r, _)| **r)
        .filter_map(|(_, s)| *s)
        .fold(0.0f32, f32::max);
    let mut nearest = vec![0.0f32; doc.elements.len()];
    for (i, el) in doc.elements.iter().enumerate() {
        nearest[i] = score[i].unwrap_or_else(|| el.parent.map_or(0.0, |p| nearest[p as usize]));
    }
    if top > 0.0 {
        for s in &mut nearest {
            *s /= top;
        }
    }
    nearest
}

/// Per element: a wrapper whose name misleads, because it holds most of
/// the page's prose (`nav-drawer` around the whole page, Blogger's `widget
/// Blog` around the post) — unless it names comments, which can outweigh
/// the article they follow.
fn story_wrappers(vocab: &[Vocabulary], prose: &[usize]) -> Vec<bool> {
    let page_prose = prose[0] as f32;
    vocab
        .iter()
        .zip(prose)
        .map(|(v, &chars)| {
            chars as f32 > page_prose * WRAPPER_PROSE_SHARE && v.kind != Some(Kind::Comments)
        })
        .collect()
}

/// Elements under a boilerplate name, with that name's kind (the outermost
/// such name: once a subtree is dropped, nothing inside brings it back).
/// A story's [`story_wrappers`] are kept whatever their names say.
fn unlikely_elements(doc: &Document, vocab: &[Vocabulary], wrappers: &[bool]) -> Vec<Option<Kind>> {
    let mut unlikely: Vec<Option<Kind>> = vec![None; doc.elements.len()];
    for (i, el) in doc.elements.iter().enumerate() {
        let inherited = el.parent.and_then(|p| unlikely[p as usize]);
        unlikely[i] = inherited.or_else(|| {
            let v = &vocab[i];
            (v.is_unlikely() && !wrappers[i])
                .then_some(v.kind)
                .flatten()
        });
    }
    unlikely
}

/// The vocabulary with [`PROSELESS_KINDS`] names dropped from elements
/// that hold prose.
fn drop_misnames(mut vocab: Vec<Vocabulary>, prose: &[usize]) -> Vec<Vocabulary> {
    for (v, &chars) in vocab.iter_mut().zip(prose) {
        if chars >= MISNAMED_MIN_PROSE && v.kind.is_some_and(|k| PROSELESS_KINDS.contains(&k)) {
            v.kind = None;
        }
    }
    vocab
}

/// Characters of prose under every element: blocks long enough to score
/// and mostly free of links.
fn prose_totals(doc: &Document) -> Vec<usize> {
    let mut prose = vec![0; doc.elements.len()];
    for (i, block) in doc.blocks.iter().enumerate() {
        let chars = doc.block_text(i).len();
        if chars >= MIN_SCORED_CHARS && (block.link_bytes as f32) < chars as f32 * LINK_LIST_DENSITY
        {
            prose[block.element as usize] += chars;
        }
    }
    for i in (1..doc.elements.len()).rev() {
        if let Some(p) = doc.elements[i].parent {
            prose[p as usize] += prose[i];
        }
    }
    prose
}

/// Text, link text and commas under every element, unlikely ones left out.
fn totals(doc: &Document, unlikely: &[Option<Kind>]) -> Vec<Totals> {
    let mut totals = vec![Totals::default(); doc.elements.len()];
    for (i, block) in doc.blocks.iter().enumerate() {
        let el = block.element as usize;
        if unlikely[el].is_some() {
            continue;
        }
        let text = doc.block_text(i);
        let t = &mut totals[el];
        t.chars += text.len();
        t.link_chars += block.link_bytes;
        t.commas += count_commas(text);
    }
    for i in (1..doc.elements.len()).rev() {
        if let Some(p) = doc.elements[i].parent {
            let child = totals[i];
            let t = &mut totals[p as usize];
            t.chars += child.chars;
            t.link_chars += child.link_chars;
            t.commas += child.commas;
        }
    }
    totals
}

fn count_commas(text: &str) -> usize {
    // Bytes, not chars: every block's text is read here in both readings,
    // and a byte count needs no decoding (nor, for ASCII text, anything
    // more).
    let ascii = text.bytes().filter(|&b| b == b',').count();
    if text.is_ascii() {
        return ascii;
    }
    ascii + text.matches(['，', '、']).count()
}

/// The content score a block gives its containers (Readability's formula).
fn block_score(text: &str) -> f32 {
    let chars = text.chars().count();
    if chars < MIN_SCORED_CHARS {
        return 0.0;
    }
    let length_points = ((chars / CHARS_PER_POINT) as f32).min(MAX_LENGTH_POINTS);
    1.0 + count_commas(text) as f32 + length_points
}

/// Readability's starting score for a container, by tag: `div`s usually
/// wrap prose, lists and headings usually do not.
fn tag_score(tag: &str) -> f32 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Marks the elements whose subtrees make up the article.
fn article_roots(
    doc: &Document,
    unlikely: &[Option<Kind>],
    totals: &[Totals],
    score: &[Option<f32>],
    ends: &[usize],
    blocks: &[u32],
) -> Vec<bool> {
    let mut roots = vec![false; doc.elements.len()];
    let Some(top) = pick_top(doc, score, ends) else {
        roots[0] = true;
        return roots;
    };
    roots[top] = true;
    let Some(parent) = doc.elements[top].parent else {
        return roots;
    };
    let top_score = score[top].unwrap_or(0.0);
    let threshold = MIN_SIBLING_SCORE.max(top_score * SIBLING_SHARE);
    for sibling in children(parent as usize, ends) {
        if sibling == top || unlikely[sibling].is_some() {
            continue;
        }
        roots[sibling] = score[sibling].is_some_and(|s| s >= threshold)
            || is_prose_paragraph(doc, sibling, &totals[sibling], blocks[sibling]);
    }
    roots
}

/// Readability's conditional cleaning, for a container inside the article:
/// one that scores below zero, or has few commas (little prose) and much
/// link text, is a link box or widget that sits among the paragraphs.
fn is_clutter(el: &Element, t: &Totals, score: Option<f32>, weight: f32) -> bool {
    if !CLEANED_TAGS.contains(&el.tag.as_str()) {
        return false;
    }
    if weight + score.unwrap_or(0.0) < 0.0 {
        return true;
    }
    if t.commas >= PROSE_COMMAS {
        return false;
    }
    let is_list = matches!(el.tag.as_str(), "ul" | "ol");
    let max_density = if weight >= kinds::NAME_WEIGHT {
        NAMED_CLUTTER_LINK_DENSITY
    } else {
        CLUTTER_LINK_DENSITY
    };
    !is_list && t.link_density() > max_density
}

/// Per element: how many blocks lie in its subtree. Readability reads a
/// `div` holding one block as a paragraph, and wraps text set loose beside
/// other blocks in a paragraph of its own (see [`content_scores`] and
/// [`is_prose_paragraph`]).
fn block_counts(doc: &Document) -> Vec<u32> {
    let mut blocks = vec![0u32; doc.elements.len()];
    for block in &doc.blocks {
        blocks[block.element as usize] += 1;
    }
    for i in (1..doc.elements.len()).rev() {
        if let Some(p) = doc.elements[i].parent {
            blocks[p as usize] += blocks[i];
        }
    }
    blocks
}

/// Every container's content score: what its paragraphs gave it, less the
/// share of its text that is links. `None` for elements no paragraph
/// reached.
///
/// Text set loose in a container that holds other blocks too (headings,
/// paragraphs, `br` lines; `blocks` counts them) is a paragraph of that
/// container, so it scores the container first; text alone in a `div` is
/// that div's paragraph and scores the div's parent. Scored from the
/// parent, a container's loose story text was credited to the wrapper
/// around the story and its sidebar, whose links then diluted it below a
/// footer's address line.
fn content_scores(
    doc: &Document,
    unlikely: &[Option<Kind>],
    totals: &[Totals],
    weights: &[f32],
    blocks: &[u32],
) -> Vec<Option<f32>> {
    let mut score: Vec<Option<f32>> = vec![None; doc.elements.len()];
    for (i, block) in doc.blocks.iter().enumerate() {
        if unlikely[block.element as usize].is_some() || matches!(block.kind, BlockKind::Heading(_))
        {
            continue;
        }
        let points = block_score(doc.block_text(i));
        if points == 0.0 {
            continue;
        }
        let el = block.element as usize;
        let mut next = if block.kind == BlockKind::Other && blocks[el] > 1 {
            Some(block.element)
        } else {
            doc.elements[el].parent
        };
        for level in 0..SCORED_LEVELS {
            let Some(e) = next else { break };
            let el = &doc.elements[e as usize];
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f32 * 3.0,
            };
            let s =
                score[e as usize].get_or_insert_with(|| tag_score(&el.tag) + weights[e as usize]);
            *s += points / divider;
            next = el.parent;
        }
    }
    for (s, t) in score.iter_mut().zip(totals) {
        if let Some(s) = s {
            *s *= 1.0 - t.link_density();
        }
    }
    score
}

/// The element that holds the article: the best-scoring one, widened to
/// the common ancestor of close runners-up, through wrappers with a single
/// child, and up to a parent that scores better (Readability's steps).
fn pick_top(doc: &Document, score: &[Option<f32>], ends: &[usize]) -> Option<usize> {
    let mut ranked: Vec<(usize, f32)> = score
        .iter()
        .enumerate()
        .filter_map(|(e, s)| s.map(|s| (e, s)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let &(best, best_score) = ranked.first()?;
    let rivals: Vec<usize> = ranked[1..]
        .iter()
        .take(RIVALS_CONSIDERED)
        .filter(|(_, s)| *s >= best_score * RIVAL_SHARE)
        .map(|&(e, _)| e)
        .collect();
    let mut top = best;
    if rivals.len() >= MIN_RIVALS {
        let mut parent = doc.elements[best].parent;
        while let Some(p) = parent.map(|p| p as usize) {
            if doc.elements[p].tag == "body" {
                break;
            }
            let held = rivals.iter().filter(|&&r| p < r && r < ends[p]).count();
            if held >= MIN_RIVALS {
                top = p;
                break;
            }
            parent = doc.elements[p].parent;
        }
    }
    while let Some(p) = doc.elements[top].parent.map(|p| p as usize) {
        if doc.elements[p].tag == "body" || children(p, ends).len() != 1 {
            break;
        }
        top = p;
    }
    Some(climb(doc, top, score))
}

/// Readability's climb: a parent that scores higher than the element holds
/// more of the article (the article was split into several wrappers).
fn climb(doc: &Document, top: usize, score: &[Option<f32>]) -> usize {
    let Some(top_score) = score[top] else {
        return top;
    };
    let floor = top_score * CLIMB_FLOOR;
    let mut last = top_score;
    let mut parent = doc.elements[top].parent;
    while let Some(p) = parent.map(|p| p as usize) {
        if doc.elements[p].tag == "body" {
            break;
        }
        if let Some(s) = score[p] {
            if s < floor {
                break;
            }
            if s > last {
                return p;
            }
            last = s;
        }
        parent = doc.elements[p].parent;
    }
    top
}

/// Whether element `e`, holding `blocks` blocks, is a paragraph of prose:
/// a `p`, or a `div` holding one block (a standfirst set as `<div
/// class="summary">` beside the story's body).
fn is_prose_paragraph(doc: &Document, e: usize, t: &Totals, blocks: u32) -> bool {
    let tag = doc.elements[e].tag.as_str();
    (tag == "p" || tag == "div" && blocks == 1)
        && t.chars >= SIBLING_PARAGRAPH_CHARS
        && t.link_density() < SIBLING_PARAGRAPH_LINK_DENSITY
}

/// The children of element `parent`, found by jumping over each child's
/// subtree: elements are stored parents-first, so a subtree is the run of
/// elements from its root up to `ends[root]`.
fn children(parent: usize, ends: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut e = parent + 1;
    while e < ends[parent] {
        out.push(e);
        e = ends[e];
    }
    out
}

/// Per element: whether it is an ancestor of one of the `marked` elements.
fn ancestors_of(doc: &Document, marked: &[bool]) -> Vec<bool> {
    let mut holds = vec![false; doc.elements.len()];
    for i in (1..doc.elements.len()).rev() {
        if let Some(p) = doc.elements[i].parent {
            holds[p as usize] |= marked[i] || holds[i];
        }
    }
    holds
}

/// For every element, one past the last element of its subtree.
fn subtree_ends(doc: &Document) -> Vec<usize> {
    let mut ends: Vec<usize> = (1..=doc.elements.len()).collect();
    for i in (1..doc.elements.len()).rev() {
        if let Some(p) = doc.elements[i].parent {
            let p = p as usize;
            ends[p] = ends[p].max(ends[i]);
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_are_counted_in_latin_and_cjk_text() {
        assert_eq!(count_commas("One, two, three"), 2);
        assert_eq!(count_commas("北京，上海、广州, and Osaka"), 3);
        assert_eq!(count_commas("“Yes,” she said — née Smith"), 1);
    }
}
