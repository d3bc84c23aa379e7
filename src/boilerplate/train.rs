//! Training the learned classifier (native only; `newsmark
//! train-boilerplate`).
//!
//! Every page of the training corpora is parsed with the same adapter and
//! builder as at run time, every block gets its features and a label —
//! article if its words appear, in order, in the corpus's gold text — and
//! two logistic regressions are fitted with AdaGrad: one over all features
//! (pages) and one over the text features alone (flattened text).
//!
//! With `dev` set, every fifth page (by a hash of its id) is held out, and
//! the held-out pages are scored with the benchmark's metric (4-word
//! shingles, per-page precision and recall averaged) for the rules and for
//! the model at several thresholds.

use super::features::{self, Features, BUCKETS};
use super::model::{Model, Weights};
use super::structure::Layout;
use super::Stage;
use crate::adapters::html;
use crate::document::Document;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Passes over the training blocks.
const EPOCHS: usize = 6;
/// Sample orders whose fits are averaged: one order's weights depend on
/// where each page fell in it, and a small change to any feature moved
/// the held-out corpora by ±0.001 through that alone.
const ORDERS: usize = 5;
/// AdaGrad's base learning rate and L2 penalty.
const LEARNING_RATE: f32 = 0.2;
const L2: f32 = 1e-6;
/// A block counts as article when at least this share of its 4-word
/// shingles is in the gold text.
const ARTICLE_SHARE: f32 = 0.5;
/// Shingle length of the labels and of the metric (the benchmark's).
const SHINGLE: usize = 4;

/// One training page: its parsed document and gold article text.
pub struct Page {
    pub corpus: String,
    pub id: String,
    pub doc: Document,
    pub gold: String,
    /// How much its blocks count in training.
    pub weight: f32,
}

/// Reads a corpus folder (`html/<id>.html.gz`, `ground-truth.json`, and
/// where present `labels.json` and `metadata.json`).
///
/// The gold aims at what newsmark extracts, the article body: for L3S-GN1
/// only the text labelled full text (no headline or captions), and
/// Readability's synthetic unit-test pages are left out.
pub fn load_corpus(
    dir: &Path,
    weight: f32,
    read_page: impl Fn(&Path) -> Result<String, String>,
) -> Result<Vec<Page>, String> {
    let read_json = |name: &str| -> Result<Option<Value>, String> {
        let path = dir.join(name);
        if !path.exists() {
            return Ok(None);
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    let truth = read_json("ground-truth.json")?.ok_or("no ground-truth.json")?;
    let labels = read_json("labels.json")?;
    let metadata = read_json("metadata.json")?;
    let corpus = dir
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut pages = Vec::new();
    let mut ids: Vec<&String> = truth
        .as_object()
        .ok_or("ground truth is not an object")?
        .keys()
        .collect();
    ids.sort();
    for id in ids {
        if metadata
            .as_ref()
            .is_some_and(|m| m[id]["synthetic"] == Value::Bool(true))
        {
            continue;
        }
        let gold = match &labels {
            Some(labels) => labels[id]
                .as_array()
                .map(|items| {
                    let full: Vec<&str> = items
                        .iter()
                        .filter(|it| it[0] == "fulltext")
                        .filter_map(|it| it[1].as_str())
                        .collect();
                    full.join("\n\n")
                })
                .unwrap_or_default(),
            None => truth[id]["articleBody"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        };
        let source = read_page(&dir.join("html").join(format!("{id}.html.gz")))?;
        pages.push(Page {
            corpus: corpus.clone(),
            id: id.clone(),
            doc: html::parse(&source),
            gold,
            weight,
        });
    }
    Ok(pages)
}

/// Word tokens as the benchmark counts them (`\w+`).
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingle_hash(words: &[&str]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    words.hash(&mut h);
    h.finish()
}

/// Per block: article (`Some(true)`), boilerplate (`Some(false)`), or no
/// words to judge (`None`).
///
/// A block of four words or more is article when most of its shingles are
/// in the gold. A shorter one (a subheading, a dateline) is judged with the
/// words around it: article if the shingle that ends with it, or the one
/// that starts with it, is in the gold.
fn labels(doc: &Document, gold: &str) -> Vec<Option<bool>> {
    let gold_tokens = tokens(gold);
    let gold_set: HashSet<u64> = gold_tokens.windows(SHINGLE).map(shingle_hash).collect();
    let block_tokens: Vec<Vec<&str>> = (0..doc.blocks.len())
        .map(|i| tokens(doc.block_text(i)))
        .collect();
    let all: Vec<&str> = block_tokens.iter().flatten().copied().collect();
    let mut start = 0;
    let mut out = Vec::with_capacity(block_tokens.len());
    for words in &block_tokens {
        let n = words.len();
        let end = start + n;
        let label = if n == 0 {
            None
        } else if n >= SHINGLE {
            let grams: Vec<u64> = words.windows(SHINGLE).map(shingle_hash).collect();
            let hits = grams.iter().filter(|g| gold_set.contains(g)).count();
            Some(hits as f32 >= grams.len() as f32 * ARTICLE_SHARE)
        } else {
            let ending = end.checked_sub(SHINGLE).map(|s| &all[s..end]);
            let starting = all.get(start..start + SHINGLE);
            let found = |g: Option<&[&str]>| g.is_some_and(|g| gold_set.contains(&shingle_hash(g)));
            Some(found(ending) || found(starting))
        };
        out.push(label);
        start = end;
    }
    out
}

/// The blocks of one training page, ready for training.
struct Blocks {
    /// Text features of every block, labelled or not.
    text: Vec<Vec<u32>>,
    labels: Vec<Option<bool>>,
    /// How much each block counts in training.
    weights: Vec<f32>,
    /// Per reading of the structure the page model learns from.
    readings: Vec<ReadingBlocks>,
}

/// Page features and rule verdicts of every block under one reading of
/// the structure (the second pass reads the first pass's log-odds of
/// every block, labelled or not).
struct ReadingBlocks {
    page: Vec<Vec<u32>>,
    verdicts: Vec<Option<crate::annotations::BoilerplateKind>>,
}

/// The features and labels of every block of a page.
fn blocks(page: &Page) -> Blocks {
    let doc = &page.doc;
    // Both readings, with names and without: the model judges both at run
    // time (`super::best_reading`), so it learns what the verdicts of each
    // are worth. The text features come from the first, the one the rules
    // use.
    let layouts = Layout::both(doc);
    let texts = super::BlockTexts::of(doc);
    let mut readings = Vec::new();
    let mut text = Vec::new();
    for layout in &layouts {
        let verdicts = super::block_verdicts(doc, &texts, layout);
        let cues = super::block_cues(&texts, &verdicts);
        let context = features::Page::new(doc, layout, &verdicts, texts.own_features(doc));
        let mut page_features = Vec::new();
        for (i, &cue) in cues.iter().enumerate() {
            let mut pf = Features::default();
            features::page_features(&mut pf, &context, i, cue);
            page_features.push(pf.indices);
            if readings.is_empty() {
                let mut tf = Features::default();
                features::text_features(&mut tf, doc.block_text(i), cue);
                text.push(tf.indices);
            }
        }
        readings.push(ReadingBlocks {
            page: page_features,
            verdicts,
        });
    }
    // Long blocks carry more of the benchmark's shingles.
    let weights = (0..doc.blocks.len())
        .map(|i| page.weight * (1.0 + (1.0 + tokens(doc.block_text(i)).len() as f32).ln()))
        .collect();
    Blocks {
        text,
        labels: labels(doc, &page.gold),
        weights,
        readings,
    }
}

/// One labelled block's features, label and weight.
struct Sample<'a> {
    indices: &'a [u32],
    article: bool,
    weight: f32,
}

/// The labelled blocks of the pages `keep` selects, with the features
/// `pick` gives for (page, reading, block), for the first `readings`
/// readings of each page.
fn samples<'a>(
    pages: &[Page],
    blocks: &'a [Blocks],
    keep: impl Fn(&Page) -> bool,
    readings: usize,
    pick: impl Fn(usize, usize, usize) -> &'a [u32],
) -> Vec<Sample<'a>> {
    let mut out = Vec::new();
    for r in 0..readings {
        for (p, _) in pages.iter().enumerate().filter(|(_, page)| keep(page)) {
            let b = &blocks[p];
            if r >= b.readings.len() {
                continue;
            }
            for (i, label) in b.labels.iter().enumerate() {
                if let Some(article) = *label {
                    out.push(Sample {
                        indices: pick(p, r, i),
                        article,
                        weight: b.weights[i],
                    });
                }
            }
        }
    }
    out
}

/// Fits a logistic regression: the mean of [`ORDERS`] fits, each with
/// AdaGrad over its own fixed shuffle of the samples.
fn fit(samples: &[Sample]) -> Vec<f32> {
    let mut mean = vec![0.0f32; BUCKETS];
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..ORDERS {
        for (m, w) in mean.iter_mut().zip(fit_in_order(samples, seed)) {
            *m += w / ORDERS as f32;
        }
        seed = seed.wrapping_mul(0x2545_f491_4f6c_dd1d).wrapping_add(1);
    }
    mean
}

/// One AdaGrad fit, visiting the samples in the orders a shuffle seeded
/// with `seed` gives (fixed, so training is reproducible).
fn fit_in_order(samples: &[Sample], seed: u64) -> Vec<f32> {
    let mut w = vec![0.0f32; BUCKETS];
    let mut g2 = vec![1e-6f32; BUCKETS];
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut state = seed;
    for _ in 0..EPOCHS {
        state = crate::shuffle::shuffle(&mut order, state);
        for &k in &order {
            let ex = &samples[k];
            let z: f32 = ex.indices.iter().map(|&i| w[i as usize]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if ex.article { 1.0 } else { 0.0 };
            let grad = (p - y) * ex.weight;
            for &i in ex.indices {
                let i = i as usize;
                let g = grad + L2 * w[i];
                g2[i] += g * g;
                w[i] -= LEARNING_RATE * g / g2[i].sqrt();
            }
        }
    }
    w
}

/// Folds of the dev evaluation and of the second pass's cross-fitting:
/// page `id` is held out for `--dev` when its fold is 0.
const FOLDS: u64 = 5;

/// The fold of page `id`, out of `folds`.
fn fold(id: &str, folds: u64) -> u64 {
    shingle_hash(&[id]) % folds
}

/// Whether page `id` is held out for the dev evaluation.
fn is_dev(id: &str) -> bool {
    fold(id, FOLDS) == 0
}

/// Fits the three models on the pages `keep` selects. The second pass
/// learns from first-pass log-odds of models that did not see the page
/// (cross-fitting over [`FOLDS`]): in-sample log-odds are over-confident,
/// and it would learn to trust them.
fn fit_model(pages: &[Page], blocks: &[Blocks], keep: impl Fn(&Page) -> bool) -> Model {
    let readings = blocks.iter().map(|b| b.readings.len()).max().unwrap_or(1);
    let page_weights = |keep: &dyn Fn(&Page) -> bool| {
        let samples = samples(pages, blocks, keep, readings, |p, r, i| {
            &blocks[p].readings[r].page[i]
        });
        Weights::quantise(&fit(&samples))
    };
    let page = page_weights(&keep);
    let text = samples(pages, blocks, &keep, 1, |p, _, i| &blocks[p].text[i]);
    let text = Weights::quantise(&fit(&text));
    let mut stack_features: Vec<Vec<Vec<Vec<u32>>>> = vec![Vec::new(); pages.len()];
    for k in 0..FOLDS {
        let held = |p: &Page| keep(p) && fold(&p.id, FOLDS) == k;
        if !pages.iter().any(held) {
            continue;
        }
        let first = page_weights(&|p: &Page| keep(p) && fold(&p.id, FOLDS) != k);
        for (p, page) in pages.iter().enumerate().filter(|(_, page)| held(page)) {
            stack_features[p] = blocks[p]
                .readings
                .iter()
                .map(|reading| second_pass_features(page, reading, &first))
                .collect();
        }
    }
    let stack = samples(pages, blocks, &keep, readings, |p, r, i| {
        &stack_features[p][r][i]
    });
    let stack = Weights::quantise(&fit(&stack));
    Model { page, text, stack }
}

/// The second pass's features of every block of a page under one reading,
/// from the log-odds of the first-pass weights `first`.
fn second_pass_features(page: &Page, reading: &ReadingBlocks, first: &Weights) -> Vec<Vec<u32>> {
    let logits: Vec<f32> = reading.page.iter().map(|f| first.logit(f)).collect();
    let pass = features::FirstPass::new(&page.doc, &reading.verdicts, &logits);
    (0..logits.len())
        .map(|i| {
            let mut f = Features::default();
            features::stack_features(&mut f, &pass, i);
            f.indices
        })
        .collect()
}

/// Trains both models on `pages` (all of them, or without the dev pages
/// when `dev` is set, then prints the dev scores) and returns the model.
pub fn train(pages: &[Page], dev: bool) -> Model {
    let blocks: Vec<Blocks> = pages.iter().map(blocks).collect();
    let model = fit_model(pages, &blocks, |p| !(dev && is_dev(&p.id)));
    if dev {
        report_dev(pages, &model);
    }
    model
}

/// Scores every page with a model trained on the other folds' pages and
/// prints the scores per corpus, for the rules and for the rules overruled
/// by the model: a held-out estimate over every training page, steadier
/// than the one dev fold.
pub fn cross_validate(pages: &[Page], folds: u64) {
    let blocks: Vec<Blocks> = pages.iter().map(blocks).collect();
    let mut corpora: Vec<&str> = pages.iter().map(|p| p.corpus.as_str()).collect();
    corpora.dedup();
    let stages = [Stage::Cues, Stage::Model, Stage::Learned];
    let mut scores: Vec<Vec<Score>> = corpora
        .iter()
        .map(|_| stages.iter().map(|_| Score::default()).collect())
        .collect();
    for k in 0..folds {
        let model = fit_model(pages, &blocks, |p| fold(&p.id, folds) != k);
        for page in pages.iter().filter(|p| fold(&p.id, folds) == k) {
            let c = corpora.iter().position(|&c| c == page.corpus).unwrap_or(0);
            for (stage, score) in stages.iter().zip(&mut scores[c]) {
                score.add(&page.gold, &article(page, *stage, &model));
            }
        }
    }
    for (corpus, scores) in corpora.iter().zip(&scores) {
        eprintln!("{corpus} ({folds}-fold cross-validation):");
        for (stage, score) in stages.iter().zip(scores) {
            eprintln!(
                "  --stage {:9} {}",
                format!("{stage:?}").to_lowercase(),
                score.line()
            );
        }
    }
}

/// The article text `model` finds on a training page, up to `stage`.
fn article(page: &Page, stage: Stage, model: &Model) -> String {
    let mut flags = vec![false; page.doc.blocks.len()];
    for b in super::classify_model(&page.doc, stage, model) {
        flags[b.block] = true;
    }
    super::article_without(&page.doc, |i| flags[i])
}

/// Macro precision and recall of 4-word shingles, as the benchmark counts.
#[derive(Default)]
struct Score {
    precision: Vec<f32>,
    recall: Vec<f32>,
}

impl Score {
    fn add(&mut self, gold: &str, predicted: &str) {
        let bag = |text: &str| {
            let t = tokens(text);
            let mut bag: HashMap<u64, i32> = HashMap::new();
            if t.is_empty() {
                return bag;
            }
            if t.len() < SHINGLE {
                *bag.entry(shingle_hash(&t)).or_default() += 1;
            } else {
                for g in t.windows(SHINGLE) {
                    *bag.entry(shingle_hash(g)).or_default() += 1;
                }
            }
            bag
        };
        let g = bag(gold);
        let p = bag(predicted);
        let tp: i32 = p.iter().map(|(k, &n)| n.min(*g.get(k).unwrap_or(&0))).sum();
        let np: i32 = p.values().sum();
        let ng: i32 = g.values().sum();
        let (fp, fn_) = (np - tp, ng - tp);
        if np > 0 {
            self.precision.push(if fp == 0 && fn_ == 0 {
                1.0
            } else {
                tp as f32 / np as f32
            });
        }
        if ng > 0 {
            self.recall.push(if fp == 0 && fn_ == 0 {
                1.0
            } else {
                tp as f32 / ng as f32
            });
        }
    }

    fn line(&self) -> String {
        let mean = |v: &[f32]| v.iter().sum::<f32>() / v.len().max(1) as f32;
        let (p, r) = (mean(&self.precision), mean(&self.recall));
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!("F1 {f1:.4}  P {p:.4}  R {r:.4}")
    }
}

/// Scores the dev pages, per corpus: the rules, and the model at several
/// thresholds.
fn report_dev(pages: &[Page], model: &Model) {
    let mut corpora: Vec<&str> = pages.iter().map(|p| p.corpus.as_str()).collect();
    corpora.dedup();
    let thresholds = [-1.5f32, -1.0, -0.5, 0.0, 0.5, 1.0];
    for corpus in corpora {
        let dev: Vec<&Page> = pages
            .iter()
            .filter(|p| p.corpus == corpus && is_dev(&p.id))
            .collect();
        let mut rules = Score::default();
        let mut learned: Vec<Score> = thresholds.iter().map(|_| Score::default()).collect();
        let mut combined = Score::default();
        for page in &dev {
            rules.add(&page.gold, &article(page, Stage::Cues, model));
            let logits = page_logits(&page.doc, model);
            for (t, score) in thresholds.iter().zip(&mut learned) {
                let kept = super::article_without(&page.doc, |i| logits[i] < *t);
                score.add(&page.gold, &kept);
            }
            combined.add(&page.gold, &article(page, Stage::Learned, model));
        }
        eprintln!("{corpus} ({} dev pages): rules {}", dev.len(), rules.line());
        for (t, score) in thresholds.iter().zip(&learned) {
            eprintln!("  model, threshold {t:+.1}: {}", score.line());
        }
        eprintln!("  rules overruled by the model: {}", combined.line());
    }
}

/// The page model's log-odds for every block of `doc`, as [`super::classify`] computes them.
fn page_logits(doc: &Document, model: &Model) -> Vec<f32> {
    let layout = Layout::of(doc);
    let texts = super::BlockTexts::of(doc);
    let verdicts = super::block_verdicts(doc, &texts, &layout);
    let cues = super::block_cues(&texts, &verdicts);
    super::page_logits(doc, &texts, &layout, &verdicts, &cues, model)
}
