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
//!   words, length, link density and neighbours ([`features`]), and makes
//!   the final call. It was trained on pages whose article text is known
//!   (`newsmark train-boilerplate`, see `models/boilerplate.md`).
//!
//! [`classify`] gathers the evidence per block and decides; [`Stage`]
//! switches the later pieces off, to measure what each adds.

mod cues;
mod declared;
mod features;
mod kinds;
pub(crate) mod model;
mod structure;
mod threads;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use crate::annotations::{Boilerplate, BoilerplateKind};
use crate::document::Document;
use features::Features;
use model::Which;

/// The page model overrules the rules only when it is confident: it drops
/// a block the rules keep when its log-odds of being article text fall
/// below [`DROP_BELOW`], and restores a block the rules flag when they rise
/// above [`RESTORE_ABOVE`]. Dropping needs more certainty, because losing
/// a paragraph of the story is worse for a reader than a stray line kept.
/// Tuned on held-out training pages (`train-boilerplate --dev`).
const DROP_BELOW: f32 = -2.0;
const RESTORE_ABOVE: f32 = 1.0;

/// Blocks the markup names as a related-links box or a page header are
/// restored only above this log-odds. Those names also sit on wrappers
/// that hold part of the story (`related-content` around an article's
/// second half, a `header` holding the standfirst), which the model tells
/// apart by the text. Chosen on held-out training pages (Readability
/// pages 0.943 → 0.952, L3S-GN1 unchanged) and confirmed on CleanEval,
/// which the model never saw (+0.001).
const RESTORE_NAMED_ABOVE: f32 = 2.0;
const RESTORABLE_NAMES: &[BoilerplateKind] = &[BoilerplateKind::Related, BoilerplateKind::Header];

/// How far each block's log-odds move towards the mean of its container's
/// blocks (0 = not at all, 1 = the container decides alone). Guards
/// against lone misses: a plain paragraph dropped from the middle of the
/// story, a stray line kept from a link box. Tuned on held-out pages.
const CONTAINER_PULL: f32 = 0.3;

/// On flattened text the text model only overrules "article" when it is
/// sure: without structure a wrongly dropped paragraph cannot be told
/// apart by anything else.
const TEXT_THRESHOLD: f32 = -4.0;

/// How much of the detector runs: each stage adds a piece to the previous.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The article container and the markup vocabulary only.
    Structure,
    /// Plus text cues (the rule-based detector).
    Cues,
    /// Plus the learned classifier (the default).
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
    let layout = structure::Layout::of(doc);
    let verdicts = block_verdicts(doc, &layout);
    let cues = match stage {
        Stage::Structure => vec![None; doc.blocks.len()],
        _ => block_cues(doc, &verdicts),
    };
    let flat = is_flat(doc);
    let logits = if stage == Stage::Learned && !flat {
        page_logits(doc, &layout, &verdicts, &cues, model.get(Which::Page))
    } else {
        Vec::new()
    };
    (0..doc.blocks.len())
        .filter_map(|i| {
            let evidence = Evidence {
                cue: cues[i],
                structure: verdicts[i],
            };
            let rules = decide(&evidence);
            if stage != Stage::Learned {
                return rules.map(|kind| Boilerplate { block: i, kind });
            }
            let kind = if flat {
                let mut f = Features::default();
                features::text_features(&mut f, doc.block_text(i), cues[i]);
                let sure = model.get(Which::Text).logit(&f) < TEXT_THRESHOLD;
                rules.or(sure.then_some(BoilerplateKind::Other))
            } else {
                overrule(rules, logits[i])
            };
            kind.map(|kind| Boilerplate { block: i, kind })
        })
        .collect()
}

/// The structure's verdict on every block, except that blocks of the
/// article body the page declares in its JSON-LD are article text
/// ([`declared`]).
fn block_verdicts(doc: &Document, layout: &structure::Layout) -> Vec<Option<BoilerplateKind>> {
    let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
    let declared = declared::in_declared_body(&doc.structured_data, &texts);
    (0..doc.blocks.len())
        .map(|i| (!declared[i]).then(|| layout.verdict(doc, i)).flatten())
        .collect()
}

/// The text cue of every block: its own words ([`cues`]), or being part of
/// a comment thread below the story ([`threads`]).
fn block_cues(
    doc: &Document,
    verdicts: &[Option<BoilerplateKind>],
) -> Vec<Option<BoilerplateKind>> {
    let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
    let mut cues: Vec<_> = texts.iter().map(|t| cues::kind_of(t)).collect();
    let kept: Vec<usize> = (0..texts.len())
        .filter(|&i| cues[i].is_none() && verdicts[i].is_none())
        .collect();
    if let Some(first) = threads::start(&texts, &kept) {
        for &i in kept.iter().filter(|&&i| i >= first) {
            cues[i] = Some(BoilerplateKind::Comments);
        }
    }
    cues
}

/// The page model's log-odds that each block is article text, each pulled
/// towards the mean of the blocks in the same container: a paragraph among
/// paragraphs the model keeps is kept, a lone line in a link box is not.
fn page_logits(
    doc: &Document,
    layout: &structure::Layout,
    verdicts: &[Option<BoilerplateKind>],
    cues: &[Option<BoilerplateKind>],
    weights: &model::Weights,
) -> Vec<f32> {
    let page = features::Page::new(doc, layout, verdicts);
    let mut f = Features::default();
    let own: Vec<f32> = (0..doc.blocks.len())
        .map(|i| {
            f.indices.clear();
            features::page_features(&mut f, &page, i, cues[i]);
            weights.logit(&f)
        })
        .collect();
    let container = |i: usize| {
        let el = doc.blocks[i].element;
        doc.elements[el as usize].parent.unwrap_or(el)
    };
    let mut sums: std::collections::HashMap<u32, (f32, usize)> = Default::default();
    for (i, &z) in own.iter().enumerate() {
        let e = sums.entry(container(i)).or_default();
        e.0 += z;
        e.1 += 1;
    }
    let pull = CONTAINER_PULL;
    own.iter()
        .enumerate()
        .map(|(i, &z)| {
            let (sum, n) = sums[&container(i)];
            (1.0 - pull) * z + pull * sum / n as f32
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
