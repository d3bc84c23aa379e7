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

/// One block ready for training.
struct Example {
    page: Vec<u32>,
    text: Vec<u32>,
    article: bool,
    weight: f32,
}

/// The features and labels of every block of a page.
fn examples(page: &Page) -> Vec<Example> {
    let doc = &page.doc;
    let layout = Layout::of(doc);
    let verdicts = super::block_verdicts(doc, &layout);
    let labels = labels(doc, &page.gold);
    let cues = super::block_cues(doc, &verdicts);
    let context = features::Page::new(doc, &layout, &verdicts);
    let mut out = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        let Some(article) = *label else { continue };
        let text = doc.block_text(i);
        let cue = cues[i];
        let mut pf = Features::default();
        features::page_features(&mut pf, &context, i, cue);
        let mut tf = Features::default();
        features::text_features(&mut tf, text, cue);
        // Long blocks carry more of the benchmark's shingles.
        let weight = page.weight * (1.0 + (1.0 + tokens(text).len() as f32).ln());
        out.push(Example {
            page: pf.indices,
            text: tf.indices,
            article,
            weight,
        });
    }
    out
}

/// Fits a logistic regression with AdaGrad over the chosen feature set.
fn fit(examples: &[&Example], pick: impl Fn(&Example) -> &[u32]) -> Vec<f32> {
    let mut w = vec![0.0f32; BUCKETS];
    let mut g2 = vec![1e-6f32; BUCKETS];
    // A fixed shuffle, so training is reproducible.
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..EPOCHS {
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            let ex = examples[k];
            let idx = pick(ex);
            let z: f32 = idx.iter().map(|&i| w[i as usize]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if ex.article { 1.0 } else { 0.0 };
            let grad = (p - y) * ex.weight;
            for &i in idx {
                let i = i as usize;
                let g = grad + L2 * w[i];
                g2[i] += g * g;
                w[i] -= LEARNING_RATE * g / g2[i].sqrt();
            }
        }
    }
    w
}

/// Whether page `id` is held out for the dev evaluation.
fn is_dev(id: &str) -> bool {
    shingle_hash(&[id]) % 5 == 0
}

/// Trains both models on `pages` (all of them, or without the dev pages
/// when `dev` is set, then prints the dev scores) and returns the model.
pub fn train(pages: &[Page], dev: bool) -> Model {
    let per_page: Vec<Vec<Example>> = pages.iter().map(examples).collect();
    let train_set: Vec<&Example> = pages
        .iter()
        .zip(&per_page)
        .filter(|(p, _)| !(dev && is_dev(&p.id)))
        .flat_map(|(_, ex)| ex)
        .collect();
    eprintln!("training on {} blocks", train_set.len());
    let model = Model {
        page: Weights::quantise(&fit(&train_set, |e| &e.page)),
        text: Weights::quantise(&fit(&train_set, |e| &e.text)),
    };
    if dev {
        report_dev(pages, &model);
    }
    model
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
        format!("F1 {f1:.3}  P {p:.3}  R {r:.3}")
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
            let kept = |flags: &[bool]| super::article_without(&page.doc, |i| flags[i]);
            let mut flags = vec![false; page.doc.blocks.len()];
            for b in super::classify_with(&page.doc, Stage::Cues) {
                flags[b.block] = true;
            }
            rules.add(&page.gold, &kept(&flags));
            let logits = page_logits(&page.doc, model);
            for (t, score) in thresholds.iter().zip(&mut learned) {
                let flags: Vec<bool> = logits.iter().map(|&z| z < *t).collect();
                score.add(&page.gold, &kept(&flags));
            }
            let mut flags = vec![false; page.doc.blocks.len()];
            for b in super::classify_model(&page.doc, Stage::Learned, model) {
                flags[b.block] = true;
            }
            combined.add(&page.gold, &kept(&flags));
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
    let verdicts = super::block_verdicts(doc, &layout);
    let cues = super::block_cues(doc, &verdicts);
    super::page_logits(doc, &layout, &verdicts, &cues, &model.page)
}
