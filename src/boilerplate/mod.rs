//! Boilerplate versus article, block by block.
//!
//! Three kinds of evidence, each in its own module:
//!
//! * [`structure`] — where the block sits: inside the element that holds
//!   the article or not, and what the tags, roles and class names around it
//!   say ([`kinds`] holds that vocabulary). Pages without structure (plain
//!   text) put every block in the article, leaving the decision to cues.
//! * [`cues`] — what the block's words say on their own: newsletter and
//!   login prompts, chat widgets, timestamps, share bars, labels.
//! * [`model`] — a learned classifier that reads both, plus the block's
//!   words, length, link density and neighbours ([`features`]), in two
//!   passes (the second reads the first's verdicts on the blocks around),
//!   and makes the final call; it also chooses between reading the
//!   structure with and without the markup's names. It was trained on
//!   pages whose article text is known (`newsmark train-boilerplate`, see
//!   `models/boilerplate.md`).
//!
//! [`classify`] gathers the evidence per block and decides; [`Stage`]
//! switches the later pieces off, to measure what each adds.

mod boxes;
mod contents;
mod cues;
pub mod declared;
mod features;
pub mod front;
mod kinds;
pub(crate) mod model;
mod printed_date;
mod prose;
mod structure;
mod threads;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use crate::annotations::{Boilerplate, BoilerplateKind};
use crate::document::Document;
use core::cell::OnceCell;
use features::Features;
use model::Which;

/// The page model overrules the rules only when it is confident: it drops
/// a block the rules keep when its log-odds of being article text fall
/// below [`DROP_BELOW`], and restores a block the rules flag when they rise
/// above [`RESTORE_ABOVE`]. Dropping needs more certainty, because losing
/// a paragraph of the story is worse for a reader than a stray line kept.
/// Tuned on held-out training pages (`train-boilerplate --folds 5`); the
/// second pass's log-odds are calibrated on pages the first pass did not
/// see, so it restores from +0.5 (cross-validated Readability pages
/// 0.9338 → 0.9342, L3S-GN1 0.9725 → 0.9724; CleanEval, never trained on,
/// 0.8855 → 0.8870).
const DROP_BELOW: f32 = -2.0;
const RESTORE_ABOVE: f32 = 0.5;

/// Blocks the markup names as a related-links box or a page header are
/// restored only above this log-odds. Those names also sit on wrappers
/// that hold part of the story (`related-content` around an article's
/// second half, a `header` holding the standfirst), which the model tells
/// apart by the text. Chosen on held-out training pages (Readability
/// pages 0.943 → 0.952, L3S-GN1 unchanged) and confirmed on CleanEval,
/// which the model never saw (+0.001).
const RESTORE_NAMED_ABOVE: f32 = 2.0;
const RESTORABLE_NAMES: &[BoilerplateKind] = &[BoilerplateKind::Related, BoilerplateKind::Header];

/// On flattened text the text model only overrules "article" when it is
/// sure: without structure a wrongly dropped paragraph cannot be told
/// apart by anything else. It learned from 2008-era pages, and on modern
/// flattened news it also doubts headlines and short paragraphs: of the
/// 16,322 paragraphs of the 840 PolNeAR train texts it flagged 523 at −4
/// and 126 at −6 (144 of the difference headlines), while the text cues
/// catch the leftover kinds it used to (docs/boilerplate.md, session 9).
const TEXT_THRESHOLD: f32 = -6.0;

/// The fewest words of a headline opening a flattened article
/// ([`opening_block`]): shorter opening lines are as often a site's name,
/// a section label or a menu word (`World`, `Sign in`, `US & Canada`) as
/// a headline, and the text model keeps its say on them.
const OPENING_MIN_WORDS: usize = 4;

/// The fewest quoted words that keep a paragraph of flattened text from
/// the text model's doubt: a quotation is the news's own words (`"They are
/// not using distance," Dr Raman explains.`), which the text model, taught
/// by pages where quotes sit in comments and testimonials, dropped 5 times
/// in the PolNeAR train texts. Boilerplate that quotes (a testimonial, a
/// promo) is still the cues' to catch, and they read it without its
/// quotations. Shorter quoted runs are names and titles (`CNBC's "Squawk
/// Box"`), which say nothing about the paragraph.
const QUOTED_MIN_WORDS: usize = 4;

/// Kinds the names give that hold when the reading without names wins:
/// a caption (`figcaption`, `class="caption"`) is never a misnamed wrapper
/// around the story, and captions are flagged whatever the model says
/// ([`overrule`]). Without this, choosing the reading without names would
/// keep every caption.
const NAMES_KEPT_WITHOUT_NAMES: &[BoilerplateKind] = &[BoilerplateKind::Caption];

/// How much of the detector runs: each stage adds a piece to the previous.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The article container and the markup vocabulary only.
    Structure,
    /// Plus text cues (the rule-based detector).
    Cues,
    /// Plus the learned classifier, on the one reading of the structure
    /// the rules use.
    Model,
    /// Plus the model's choice between reading the structure with and
    /// without the markup's names (the default).
    Learned,
}

/// What is known about one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The boilerplate its words name, if any.
    pub cue: Option<BoilerplateKind>,
    /// The boilerplate its place in the page names, if any.
    pub structure: Option<BoilerplateKind>,
}

/// The blocks of `doc` that are not article text, in block order.
pub fn classify(doc: &Document) -> Vec<Boilerplate> {
    classify_with(doc, Stage::Learned)
}

/// [`classify`], running only up to `stage`.
pub fn classify_with(doc: &Document, stage: Stage) -> Vec<Boilerplate> {
    classify_model(doc, stage, model::embedded())
}

/// [`classify_with`], with the given model.
fn classify_model(doc: &Document, stage: Stage, model: &model::Model) -> Vec<Boilerplate> {
    let texts = BlockTexts::of(doc);
    let kinds = if stage == Stage::Learned && !is_flat(doc) {
        best_reading(doc, &texts, model)
    } else {
        read_blocks(doc, &texts, &structure::Layout::of(doc), stage, model).kinds
    };
    after_model(doc, &texts, stage, kinds)
        .into_iter()
        .enumerate()
        .filter_map(|(i, kind)| kind.map(|kind| Boilerplate { block: i, kind }))
        .collect()
}

/// The page rules that run after the model, on the blocks it keeps:
/// entries of the page's own table of contents ([`contents`]; also
/// renaming a block the model flagged as merely `Other` or as a link
/// list), an author box's line ([`cues::is_dated_credit`]), links behind
/// a label ([`is_labelled_links`], also renaming an `Other`), a button's
/// label ([`is_button`]), another story's headline shouted as a link
/// ([`is_shouted_link`]), the cues the model does not read
/// ([`cues::kinds_of`]) and the lines of a prompt box ([`boxes`]). As
/// evidence the model reads they moved the training corpora both ways;
/// after it, they only add flags where they are sure.
fn after_model(
    doc: &Document,
    texts: &BlockTexts,
    stage: Stage,
    kinds: Vec<Option<BoilerplateKind>>,
) -> Vec<Option<BoilerplateKind>> {
    let entries = contents::entries(doc, &texts.texts);
    let with_cues = stage > Stage::Structure;
    let no_cues = vec![None; doc.blocks.len()];
    let late = if with_cues { &texts.late } else { &no_cues };
    // Flattened text has no boxes: every block shares the root.
    let mates = if with_cues && !is_flat(doc) {
        let cued: Vec<_> = (texts.cues.iter().zip(late))
            .map(|(cue, late)| cue.or(*late))
            .collect();
        boxes::mates(doc, &texts.texts, &cued)
    } else {
        vec![None; doc.blocks.len()]
    };
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| match kind {
            // A contents entry links within the page: it is no related
            // story, whatever a link list's density made of it.
            None | Some(BoilerplateKind::Other | BoilerplateKind::Related) if entries[i] => {
                Some(BoilerplateKind::Navigation)
            }
            None if with_cues && cues::is_dated_credit(texts.texts[i]) => {
                Some(BoilerplateKind::Byline)
            }
            None | Some(BoilerplateKind::Other)
                if with_cues && is_labelled_links(doc, texts, i) =>
            {
                Some(BoilerplateKind::Related)
            }
            None if with_cues && is_button(doc, i) => Some(BoilerplateKind::Widget),
            None if with_cues && is_shouted_link(doc, texts.texts[i], i) => {
                Some(BoilerplateKind::Related)
            }
            None => late[i].or(mates[i]),
            _ => kind,
        })
        .collect()
}

/// Whether block `i` is links behind a label: a teaser (`Related: …`,
/// `See also: …`) or a story's tag list (`Topics: Water Pollution`), most
/// of its text link text. Set between the story's paragraphs, the model
/// reads a teaser as one of them; the label says it points elsewhere.
fn is_labelled_links(doc: &Document, texts: &BlockTexts, i: usize) -> bool {
    let block = &doc.blocks[i];
    block.link_bytes * 2 >= block.span.len()
        && (texts.cues[i] == Some(BoilerplateKind::Related)
            || cues::is_tag_label(texts.texts[i])
            || is_glued_label(texts.texts[i], block.link_bytes))
}

/// Whether the text before a block's links is a `Related`-style label
/// alone, glued to the teaser by spans with no space or separator between
/// them (`Also ReadDam levels rise …`): read whole, the label's cue
/// misses, as the label runs into the headline. Only glued: with a space
/// between, the words before the link may be the start of the story's
/// own sentence (`Read more at YCharts: …` is in dragnet's gold).
fn is_glued_label(text: &str, link_bytes: usize) -> bool {
    let own = text.len().saturating_sub(link_bytes);
    let glued = |(label, link): (&str, &str)| {
        label.ends_with(char::is_alphanumeric) && link.starts_with(char::is_alphanumeric)
    };
    own > 0
        && text.is_char_boundary(own)
        && glued(text.split_at(own))
        && cues::kind_of(&text[..own]) == Some(BoilerplateKind::Related)
}

/// The fewest words (of two letters or more) of a teaser
/// [`is_shouted_link`] flags: a short capitalised link is as often a name
/// or an acronym as a story's link, and a map link's coordinates (`41°17′S
/// 174°27′E`) have no words.
const MIN_SHOUTED_WORDS: usize = 4;

/// Whether block `i`, of text `text`, is another story's headline set in
/// capitals between a story's paragraphs, the whole line one link (`SEAN
/// SPICER ELIMINATED FROM 'DANCING WITH THE STARS'`). The model keeps
/// such a line among the paragraphs around it; but a story's own lines
/// are not all link text, and its subheadings do not shout and link.
fn is_shouted_link(doc: &Document, text: &str, i: usize) -> bool {
    let linked = doc.blocks[i].link_bytes * 10 >= text.len() * 9;
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
    linked && words.count() >= MIN_SHOUTED_WORDS && !text.chars().any(char::is_lowercase)
}

/// Whether block `i` is a button's label (`Story continues`, `Read less`,
/// `Load more`): a control, not the story's text. The model reads the tag
/// with the rest and keeps a short one set among the paragraphs.
fn is_button(doc: &Document, i: usize) -> bool {
    doc.elements[doc.blocks[i].element as usize].tag == "button"
}

/// What a page's blocks say whatever the reading of its structure: the
/// blocks the page's JSON-LD declares as its article body, and each
/// block's own text cue. Made once per page, because the learned stage
/// reads the structure twice and the cue patterns are the costly part of
/// a reading.
struct BlockTexts<'a> {
    texts: Vec<&'a str>,
    declared: Vec<bool>,
    cues: Vec<Option<BoilerplateKind>>,
    /// Each block's cue among those read after the model.
    late: Vec<Option<BoilerplateKind>>,
    /// The model's features that no reading changes, made when a reading
    /// first asks for them (pages the model does not read never do).
    own: OnceCell<features::OwnFeatures>,
}

impl<'a> BlockTexts<'a> {
    fn of(doc: &'a Document) -> Self {
        let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
        let declared = declared::in_declared_body(&doc.structured_data, &texts);
        let (cues, late) = texts.iter().map(|t| cues::kinds_of(t)).unzip();
        BlockTexts {
            texts,
            declared,
            cues,
            late,
            own: OnceCell::new(),
        }
    }

    fn own_features(&self, doc: &Document) -> &features::OwnFeatures {
        self.own.get_or_init(|| features::OwnFeatures::of(doc))
    }
}

/// What one reading of the page's structure makes of every block.
struct Reading {
    /// The final call per block (`None`: article text).
    kinds: Vec<Option<BoilerplateKind>>,
    /// The page model's log-odds per block (empty unless the learned stage
    /// runs on a page).
    logits: Vec<f32>,
}

/// On a page, the learned stage reads the structure twice — with the
/// markup's names and ignoring them ([`structure::Layout::read`]) — and
/// keeps the reading whose article the model expects to score better
/// ([`expected_f1`]). Names mislead both ways (a story in a container
/// named `author-box`; a sidebar that only its name tells from prose), and
/// the model, reading the words and the neighbours, weighs what each
/// reading keeps. Both are judged by the probabilities the model gives
/// under the reading with names, the one it was trained on: under the
/// other its verdict features say less than they claim (a menu that has
/// lost its name looks like text), and judging by them chose the wider
/// reading too often (see docs/boilerplate.md, session 8). Ties go to the
/// reading with names. (The rule stages keep Readability's retry: without
/// names only when the names leave almost nothing;
/// [`structure::Layout::of`].)
fn best_reading(
    doc: &Document,
    texts: &BlockTexts,
    model: &model::Model,
) -> Vec<Option<BoilerplateKind>> {
    let read = |ignore_names| {
        let layout = structure::Layout::read(doc, ignore_names);
        read_blocks(doc, texts, &layout, Stage::Learned, model)
    };
    let (named, loose) = (read(false), read(true));
    let probability: Vec<f32> = named.logits.iter().map(|&z| sigmoid(z)).collect();
    let words: Vec<f32> = (0..doc.blocks.len())
        .map(|i| doc.block_text(i).split_whitespace().count() as f32)
        .collect();
    let score = |r: &Reading| expected_f1(&r.kinds, &probability, &words);
    if score(&loose) <= score(&named) {
        return named.kinds;
    }
    // The reading without names decides what is flagged, except that
    // captions stay captions; and the names still say best what a block
    // flagged by both is (a menu, not just "other").
    loose
        .kinds
        .iter()
        .zip(&named.kinds)
        .map(|(&loose, &named)| match named {
            Some(kind) if NAMES_KEPT_WITHOUT_NAMES.contains(&kind) => Some(kind),
            _ => loose.map(|kind| named.unwrap_or(kind)),
        })
        .collect()
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The F1 the article that `kinds` keeps would score, in words, if every
/// block were article text with its `probability`: expected article words
/// kept over words kept (precision) and over all expected article words
/// (recall).
fn expected_f1(kinds: &[Option<BoilerplateKind>], probability: &[f32], words: &[f32]) -> f32 {
    let mut hits = 0.0;
    let mut kept = 0.0;
    let mut article = 0.0;
    for ((kind, &p), &w) in kinds.iter().zip(probability).zip(words) {
        article += p * w;
        if kind.is_none() {
            hits += p * w;
            kept += w;
        }
    }
    if hits > 0.0 {
        2.0 * hits / (kept + article)
    } else {
        0.0
    }
}

/// Every block's final call under one reading of the structure, up to
/// `stage` (the learned stages both use the model here).
fn read_blocks(
    doc: &Document,
    texts: &BlockTexts,
    layout: &structure::Layout,
    stage: Stage,
    model: &model::Model,
) -> Reading {
    let flat = is_flat(doc);
    let learned = stage >= Stage::Model;
    let verdicts = block_verdicts(doc, texts, layout);
    let cues = match stage {
        Stage::Structure => vec![None; doc.blocks.len()],
        _ => block_cues(texts, &verdicts),
    };
    let logits = if learned && !flat {
        page_logits(doc, texts, layout, &verdicts, &cues, model)
    } else {
        Vec::new()
    };
    let rules: Vec<Option<BoilerplateKind>> = (0..doc.blocks.len())
        .map(|i| {
            decide(&Evidence {
                cue: cues[i],
                structure: verdicts[i],
            })
        })
        .collect();
    if !learned {
        return Reading {
            kinds: rules,
            logits,
        };
    }
    let opening = flat.then(|| opening_block(doc, &rules)).flatten();
    let kinds: Vec<_> = (0..doc.blocks.len())
        .map(|i| {
            if flat {
                let mut f = Features::default();
                features::text_features(&mut f, doc.block_text(i), cues[i]);
                let sure = model.get(Which::Text).logit(&f.indices) < TEXT_THRESHOLD;
                let doubted = sure
                    && opening != Some(i)
                    && cues::quoted_words(doc.block_text(i)) < QUOTED_MIN_WORDS
                    && !prose::reads_as_sentence(doc.block_text(i));
                rules[i].or(doubted.then_some(BoilerplateKind::Other))
            } else {
                overrule(rules[i], logits[i])
            }
        })
        .collect();
    // The model never empties an article the rules keep text in: nothing
    // to read is the worst answer, and the second pass, which trusts a
    // block by the confident paragraphs around it, finds none on a page of
    // one short paragraph.
    let emptied = kinds.iter().all(Option::is_some) && rules.iter().any(Option::is_none);
    Reading {
        kinds: if emptied { rules } else { kinds },
        logits,
    }
}

/// The structure's verdict on every block, except that blocks of the
/// article body the page declares in its JSON-LD are article text
/// ([`declared`]).
fn block_verdicts(
    doc: &Document,
    texts: &BlockTexts,
    layout: &structure::Layout,
) -> Vec<Option<BoilerplateKind>> {
    (0..doc.blocks.len())
        .map(|i| {
            (!texts.declared[i])
                .then(|| layout.verdict(doc, i))
                .flatten()
        })
        .collect()
}

/// The text cue of every block: its own words ([`cues`]), or being part of
/// a comment thread below the story ([`threads`]).
fn block_cues(
    texts: &BlockTexts,
    verdicts: &[Option<BoilerplateKind>],
) -> Vec<Option<BoilerplateKind>> {
    let mut cues = texts.cues.clone();
    let kept: Vec<usize> = (0..cues.len())
        .filter(|&i| cues[i].is_none() && verdicts[i].is_none())
        .collect();
    if let Some(first) = threads::start(&texts.texts, &kept) {
        for &i in kept.iter().filter(|&&i| i >= first) {
            cues[i] = Some(BoilerplateKind::Comments);
        }
    }
    cues
}

/// The page model's log-odds that each block is article text: the first
/// pass reads each block and the structure around it, the second reads the
/// first pass's verdicts on the blocks around (a paragraph among
/// paragraphs the model keeps is kept, a lone line in a link box is not).
fn page_logits(
    doc: &Document,
    texts: &BlockTexts,
    layout: &structure::Layout,
    verdicts: &[Option<BoilerplateKind>],
    cues: &[Option<BoilerplateKind>],
    model: &model::Model,
) -> Vec<f32> {
    let own = texts.own_features(doc);
    let first = first_pass(doc, own, layout, verdicts, cues, model.get(Which::Page));
    second_pass(doc, verdicts, &first, model.get(Which::Stack))
}

/// The page model's log-odds for every block, each on its own features.
fn first_pass(
    doc: &Document,
    own: &features::OwnFeatures,
    layout: &structure::Layout,
    verdicts: &[Option<BoilerplateKind>],
    cues: &[Option<BoilerplateKind>],
    weights: &model::Weights,
) -> Vec<f32> {
    let page = features::Page::new(doc, layout, verdicts, own);
    let mut f = Features::default();
    (0..doc.blocks.len())
        .map(|i| {
            f.indices.clear();
            features::page_features(&mut f, &page, i, cues[i]);
            weights.logit(&f.indices)
        })
        .collect()
}

/// The second pass's log-odds for every block, from the first pass's
/// log-odds around it ([`features::stack_features`]).
fn second_pass(
    doc: &Document,
    verdicts: &[Option<BoilerplateKind>],
    first: &[f32],
    weights: &model::Weights,
) -> Vec<f32> {
    let pass = features::FirstPass::new(doc, verdicts, first);
    let mut f = Features::default();
    (0..first.len())
        .map(|i| {
            f.indices.clear();
            features::stack_features(&mut f, &pass, i);
            weights.logit(&f.indices)
        })
        .collect()
}

/// The final call on a block of a page, from the rules' verdict and the
/// page model's log-odds.
///
/// Blocks the rules flag as merely outside the article container
/// (`Other`) are restored most readily: that is where the container choice
/// errs (a story split across sibling containers). Blocks named as related
/// links or a header need more certainty ([`RESTORE_NAMED_ABOVE`]). Other
/// named blocks — captions, bylines, menus, share bars — keep their flag,
/// since what counts as article there differs between corpora more than
/// by page.
fn overrule(rules: Option<BoilerplateKind>, logit: f32) -> Option<BoilerplateKind> {
    match rules {
        Some(BoilerplateKind::Other) if logit > RESTORE_ABOVE => None,
        Some(kind) if RESTORABLE_NAMES.contains(&kind) && logit > RESTORE_NAMED_ABOVE => None,
        Some(kind) => Some(kind),
        None => (logit < DROP_BELOW).then_some(BoilerplateKind::Other),
    }
}

/// The article text of `doc` when the blocks `flagged` says are left out,
/// joined as the pipeline joins it (for ablations and training scores).
pub fn article_without(doc: &Document, flagged: impl Fn(usize) -> bool) -> String {
    let annotations = crate::annotations::Annotations {
        article: (0..doc.blocks.len()).filter(|&i| !flagged(i)).collect(),
        ..Default::default()
    };
    crate::pipeline::article_text(doc, &annotations)
}

/// The block that opens a flattened article, which the text model may not
/// flag on its own: the first block the rules keep, if it has at least
/// [`OPENING_MIN_WORDS`] words. A flattened story usually starts with its
/// headline, and the text model, taught by pages whose gold leaves
/// headlines out, doubted 60 of the 840 PolNeAR train headlines (half of
/// all it flagged there). Leftovers above the headline (`Skip to main
/// content`, menus, timestamps) are the cues' to catch, and they still do.
fn opening_block(doc: &Document, rules: &[Option<BoilerplateKind>]) -> Option<usize> {
    let first = rules.iter().position(Option::is_none)?;
    let words = doc.block_text(first).split_whitespace().count();
    (words >= OPENING_MIN_WORDS).then_some(first)
}

/// A document without markup: every block a paragraph straight under the
/// root (a text file, a scraper's output).
fn is_flat(doc: &Document) -> bool {
    doc.elements.iter().skip(1).all(|e| e.parent == Some(0))
}

/// The rule-based decision: either kind of evidence is enough, and the
/// words name the kind more precisely than the place does (a newsletter box
/// in a page footer is a newsletter prompt).
pub fn decide(evidence: &Evidence) -> Option<BoilerplateKind> {
    evidence.cue.or(evidence.structure)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MENU: Option<BoilerplateKind> = Some(BoilerplateKind::Navigation);

    #[test]
    fn expected_f1_rewards_keeping_the_likely_article() {
        // Two long blocks the model is sure are article, one short menu it
        // is sure is not.
        let probability = [0.99, 0.99, 0.01];
        let words = [80.0, 60.0, 5.0];
        let story_only = expected_f1(&[None, None, MENU], &probability, &words);
        let everything = expected_f1(&[None, None, None], &probability, &words);
        let half_story = expected_f1(&[None, MENU, MENU], &probability, &words);
        assert!(story_only > everything, "{story_only} vs {everything}");
        assert!(everything > half_story, "{everything} vs {half_story}");
        assert!(story_only > 0.98);
        assert_eq!(expected_f1(&[MENU, MENU, MENU], &probability, &words), 0.0);
    }
}
