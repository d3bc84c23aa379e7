//! Training the speaker ranker (`ranker.rs`) on PolNeAR train: for every
//! gold quotation we find (span IoU ≥ 0.5) whose gold source is among our
//! candidates, an averaged perceptron learns to rank a candidate
//! overlapping the source above the others. Native only; deterministic
//! (documents in file order and fixed shuffles of it).

use super::attribution;
use super::marks;
use super::ranker::{self, Candidate, MODEL_BITS, MODEL_MAGIC};
use super::tokens::{Kind, Tokens};
use serde::Deserialize;
use std::path::Path;

/// A quotation's candidates as feature lists, which of them overlap the
/// gold source, and which the rules chose.
pub struct Example {
    candidates: Vec<Vec<u32>>,
    correct: Vec<bool>,
    /// What training aims at: the right candidates, or only the rules'
    /// choice when that is right (`José Núñez, the coach, said`: both
    /// phrases overlap the gold source, and the name is the one to keep).
    target: Vec<bool>,
    rules_choice: Option<usize>,
    /// Where the gold source is when no candidate overlaps it.
    missed: Option<Missed>,
    /// The quotation's sentence, gold source and candidates, for reading
    /// the errors (`newsmark train-quotes --errors`).
    note: String,
    /// Each candidate's text, for the same.
    texts: Vec<String>,
}

/// Where the gold source of a quotation without a right candidate sits:
/// what a new candidate rule would have to reach (`coverage` counts them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Missed {
    /// The rules' choice came from a confident step, which the ranker
    /// leaves alone (one candidate only).
    ConfidentStep,
    InQuotation,
    SameSentence,
    EarlierInParagraph,
    EarlierParagraph,
    Later,
}

/// Where the first gold source of quotation `qi` sits, relative to it.
fn missed(toks: &Tokens, qi: usize, candidates: &[Candidate], source: (usize, usize)) -> Missed {
    let tokens = &toks.tokens;
    let at = tokens
        .iter()
        .position(|t| t.span.end > source.0 && t.span.start < source.1)
        .unwrap_or(qi);
    let (s, qs) = (toks.sentence_of[at], toks.sentence_of[qi]);
    if candidates.len() == 1 && candidates[0].step.is_some_and(ranker::is_confident) {
        Missed::ConfidentStep
    } else if matches!(tokens[at].kind, Kind::Quote(_)) {
        Missed::InQuotation
    } else if s == qs {
        Missed::SameSentence
    } else if s > qs {
        Missed::Later
    } else if tokens[at].para == tokens[qi].para {
        Missed::EarlierInParagraph
    } else {
        Missed::EarlierParagraph
    }
}

/// One training document: its examples.
pub struct Document {
    examples: Vec<Example>,
}

#[derive(Deserialize)]
struct GoldDoc {
    text_file: String,
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct GoldQuote {
    start: usize,
    end: usize,
    #[serde(default)]
    speaker_spans: Option<Vec<[usize; 2]>>,
}

/// The smallest overlap (intersection over union) that pairs one of our
/// quoted spans with a gold quotation, as the scorer does.
const MIN_IOU: f64 = 0.5;

/// Reads the gold JSONL (`gold_quotes_train.jsonl`; texts relative to its
/// folder) into training documents.
pub fn load(gold: &Path) -> Result<Vec<Document>, String> {
    let root = gold.parent().unwrap_or(Path::new("."));
    let lines = std::fs::read_to_string(gold).map_err(|e| format!("{}: {e}", gold.display()))?;
    lines
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let doc: GoldDoc = serde_json::from_str(line).map_err(|e| e.to_string())?;
            let path = root.join(&doc.text_file);
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(document(&text, &doc))
        })
        .collect()
}

fn document(text: &str, gold: &GoldDoc) -> Document {
    // Gold offsets count code points; ours are bytes.
    let byte_at: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let quoted = marks::pair(text);
    let toks = Tokens::new(text, &quoted);
    let (candidates, sal) = attribution::candidates(text, &toks, quoted.len());
    let mut examples = Vec::new();
    for g in &gold.quotes {
        let sources: Vec<(usize, usize)> = g
            .speaker_spans
            .iter()
            .flatten()
            .map(|&[a, b]| (byte_at[a], byte_at[b]))
            .collect();
        if sources.is_empty() {
            continue;
        }
        let span = (byte_at[g.start], byte_at[g.end]);
        let best = quoted
            .iter()
            .enumerate()
            .map(|(q, p)| (iou(span, (p.span.start, p.span.end)), q))
            .filter(|&(v, _)| v >= MIN_IOU)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, q)) = best {
            let qi = toks.quote_token[q];
            examples.push(example(text, &toks, &sal, qi, &candidates[q], &sources));
        }
    }
    Document { examples }
}

fn example(
    text: &str,
    toks: &Tokens,
    sal: &ranker::Salience,
    qi: usize,
    candidates: &[Candidate],
    sources: &[(usize, usize)],
) -> Example {
    let overlaps = |c: &Candidate| {
        let s = c.np.span(&toks.tokens);
        sources.iter().any(|&(a, b)| s.end.min(b) > s.start.max(a))
    };
    let correct: Vec<bool> = candidates.iter().map(overlaps).collect();
    let rules_choice = candidates.iter().position(Candidate::is_chosen);
    let target = match rules_choice {
        Some(r) if correct[r] => (0..correct.len()).map(|i| i == r).collect(),
        _ => correct.clone(),
    };
    let missed = (!correct.contains(&true)).then(|| missed(toks, qi, candidates, sources[0]));
    let texts = candidates
        .iter()
        .map(|c| c.np.span(&toks.tokens).of(text).to_string())
        .collect();
    let quotation = ranker::Quotation::new(text, toks, qi);
    Example {
        missed,
        note: note(text, toks, qi, candidates, sources),
        texts,
        candidates: (0..candidates.len())
            .map(|i| {
                let mut f = Vec::new();
                ranker::features(text, toks, sal, &quotation, candidates, i, &mut f);
                f
            })
            .collect(),
        correct,
        target,
        rules_choice,
    }
}

/// The longest context printed on each side of a missed quotation.
const NOTE_CONTEXT: usize = 300;

/// What an example looks like: the gold source and the quotation's
/// sentence (the quotation itself shortened) with the text before it.
fn note(
    text: &str,
    toks: &Tokens,
    qi: usize,
    candidates: &[Candidate],
    sources: &[(usize, usize)],
) -> String {
    let step = candidates.iter().find_map(|c| c.step);
    let tokens = &toks.tokens;
    let clip = |a: usize, b: usize| text[a..b].replace('\n', " ¶ ");
    let floor = |mut b: usize| {
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        b
    };
    let s = toks.sentence_range(qi);
    let (lo, hi) = (tokens[s.start].span.start, tokens[s.end - 1].span.end);
    let q = tokens[qi].span;
    let gold: Vec<String> = sources.iter().map(|&(a, b)| clip(a, b)).collect();
    let quote = if q.end - q.start > 60 {
        format!(
            "{} … {}",
            clip(q.start, floor(q.start + 25)),
            clip(floor(q.end - 25), q.end)
        )
    } else {
        clip(q.start, q.end)
    };
    format!(
        "step={step:?} gold={gold:?}\n  …{} [[{}]] {quote} [[{}]]\n",
        clip(floor(lo.saturating_sub(NOTE_CONTEXT)), lo),
        clip(lo, q.start),
        clip(q.end, hi),
    )
}

/// Fold `k` of `folds` (`held`: its documents; otherwise all the others),
/// documents dealt round-robin.
fn fold(docs: &[Document], folds: usize, k: usize, held: bool) -> Vec<&Document> {
    docs.iter()
        .enumerate()
        .filter(|(d, _)| (d % folds == k) == held)
        .map(|(_, doc)| doc)
        .collect()
}

/// The cross-validated errors at `settings` (folds as in
/// [`cross_validate`]), one note each: the quotations without a right
/// candidate (where their source is), then the wrong picks (the pick and
/// the rules' choice), each with every candidate.
pub fn error_notes(docs: &[Document], folds: usize, (epochs, prior): (usize, f32)) -> String {
    let mut missed = String::new();
    let mut wrong = String::new();
    for k in 0..folds {
        let split = |held| fold(docs, folds, k, held);
        let w = fit(&split(false), epochs, prior);
        for e in split(true).iter().flat_map(|d| &d.examples) {
            let cands = &e.texts;
            if let Some(m) = e.missed {
                missed += &format!("MISSED {m:?} cands={cands:?} {}", e.note);
                continue;
            }
            let Some(pick) = Perceptron::argmax(&w, e, |_| true).filter(|&i| !e.correct[i]) else {
                continue;
            };
            let rules = e.rules_choice.map(|r| (cands[r].as_str(), e.correct[r]));
            wrong += &format!(
                "WRONG pick={:?} rules={rules:?} cands={cands:?} {}",
                cands[pick], e.note
            );
        }
    }
    missed + &wrong
}

fn iou(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    inter as f64 / union.max(1) as f64
}

/// Averaged perceptron weights (the running sum trick: `w - u / c`).
struct Perceptron {
    w: Vec<f32>,
    u: Vec<f32>,
    c: f32,
}

impl Perceptron {
    fn new(prior: f32) -> Perceptron {
        let n = 1 << MODEL_BITS;
        let mut w = vec![0.0; n];
        w[ranker::chosen_feature() as usize] = prior;
        Perceptron {
            w,
            u: vec![0.0; n],
            c: 1.0,
        }
    }

    fn score(w: &[f32], f: &[u32]) -> f32 {
        f.iter().map(|&i| w[i as usize]).sum()
    }

    /// The best-scoring index among `which` (ties to the first).
    fn argmax(w: &[f32], e: &Example, which: impl Fn(usize) -> bool) -> Option<usize> {
        let mut best: Option<(f32, usize)> = None;
        for (i, f) in e.candidates.iter().enumerate().filter(|&(i, _)| which(i)) {
            let s = Self::score(w, f);
            if best.is_none_or(|(b, _)| s > b) {
                best = Some((s, i));
            }
        }
        best.map(|(_, i)| i)
    }

    fn update(&mut self, e: &Example) {
        let (Some(pred), Some(gold)) = (
            Self::argmax(&self.w, e, |_| true),
            Self::argmax(&self.w, e, |i| e.target[i]),
        ) else {
            return;
        };
        if !e.target[pred] {
            for (f, sign) in [(&e.candidates[gold], 1.0), (&e.candidates[pred], -1.0)] {
                for &i in f {
                    self.w[i as usize] += sign;
                    self.u[i as usize] += sign * self.c;
                }
            }
        }
        self.c += 1.0;
    }

    fn averaged(&self) -> Vec<f32> {
        self.w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| w - u / self.c)
            .collect()
    }
}

/// Trains for `epochs` passes over `docs` in each of [`ORDERS`] orders;
/// the mean of the averaged weights.
fn fit(docs: &[&Document], epochs: usize, prior: f32) -> Vec<f32> {
    let mut sum = vec![0.0f32; 1 << MODEL_BITS];
    for order in 0..ORDERS {
        let mut p = Perceptron::new(prior);
        let docs = shuffled(docs, order);
        for _ in 0..epochs {
            for e in docs.iter().flat_map(|d| &d.examples) {
                p.update(e);
            }
        }
        for (s, w) in sum.iter_mut().zip(p.averaged()) {
            *s += w / ORDERS as f32;
        }
    }
    sum
}

/// How many document orders the perceptron is trained in; the model is
/// the mean of their averaged weights. One perceptron's picks among
/// near-equal candidates depend on the order it met the documents in
/// (single CV cells moved by ±5 quotations with any change); the mean
/// over orders is steadier and better: CV neighbour mean 7,749.0 with one
/// order, 7,748.7 / 7,756.0 / 7,758.3 / 7,759.5 with 3 / 7 / 11 / 15.
const ORDERS: usize = 15;

/// `docs` in file order for `order` 0, else in a fixed pseudo-random
/// order (xorshift seeded by `order`: the same on every run).
fn shuffled<'a>(docs: &[&'a Document], order: usize) -> Vec<&'a Document> {
    let mut out = docs.to_vec();
    if order == 0 {
        return out;
    }
    crate::shuffle::shuffle(&mut out, 0x9e37_79b9_7f4a_7c15 ^ order as u64);
    out
}

/// Right answers over all examples: the model's and the rules' alone.
fn accuracy(w: &[f32], docs: &[&Document]) -> (usize, usize, usize) {
    let mut right = (0, 0, 0);
    for e in docs.iter().flat_map(|d| &d.examples) {
        let pick = Perceptron::argmax(w, e, |_| true);
        right.0 += usize::from(pick.is_some_and(|i| e.correct[i]));
        right.1 += usize::from(e.rules_choice.is_some_and(|i| e.correct[i]));
        right.2 += 1;
    }
    right
}

/// The starting weights of the rules' choice tried in cross-validation.
const PRIORS: &[f32] = &[0.0, 1.0, 2.0, 4.0, 8.0, 16.0];

/// Cross-validated accuracy for 1..=`max_epochs` epochs over `folds`
/// folds (document `d` is in fold `d % folds`): one line per epoch
/// count, and the best epoch count.
pub fn cross_validate(
    docs: &[Document],
    folds: usize,
    max_epochs: usize,
) -> ((usize, f32), String) {
    let mut report = String::new();
    let mut right = vec![vec![0; PRIORS.len()]; max_epochs + 1];
    for (epochs, (p, &prior)) in
        (1..=max_epochs).flat_map(|e| PRIORS.iter().enumerate().map(move |p| (e, p)))
    {
        let mut total = (0, 0, 0);
        for k in 0..folds {
            let split = |held| fold(docs, folds, k, held);
            let w = fit(&split(false), epochs, prior);
            let (m, r, n) = accuracy(&w, &split(true));
            total = (total.0 + m, total.1 + r, total.2 + n);
        }
        let acc = total.0 as f64 / total.2 as f64;
        report += &format!(
            "epochs {epochs} prior {prior}: ranker {acc:.4} ({}/{}), rules {:.4}\n",
            total.0,
            total.2,
            total.1 as f64 / total.2 as f64
        );
        right[epochs][p] = total.0;
    }
    // Neighbouring epoch counts differ by a few quotations either way
    // (noise); the best sum over an epoch count and its neighbours is a
    // steadier choice than the single best cell.
    let smoothed = |&(e, p): &(usize, usize)| -> f64 {
        let window = e.saturating_sub(1).max(1)..=(e + 1).min(max_epochs);
        let n = window.clone().count() as f64;
        window.map(|k| right[k][p] as f64).sum::<f64>() / n
    };
    let (e, p) = (1..=max_epochs)
        .flat_map(|e| (0..PRIORS.len()).map(move |p| (e, p)))
        .max_by(|a, b| smoothed(a).total_cmp(&smoothed(b)))
        .unwrap_or((1, 0));
    ((e, PRIORS[p]), report)
}

/// How many gold-matched quotations have a right candidate at all, and
/// where the source of the others is.
pub fn coverage(docs: &[Document]) -> String {
    let all: Vec<&Example> = docs.iter().flat_map(|d| &d.examples).collect();
    let covered = all.iter().filter(|e| e.correct.contains(&true)).count();
    let mut missed: Vec<Missed> = all.iter().filter_map(|e| e.missed).collect();
    missed.sort();
    let mut report = format!(
        "{} quotations matched, a right candidate for {covered} ({:.4})\nno right candidate:",
        all.len(),
        covered as f64 / all.len().max(1) as f64
    );
    for group in missed.chunk_by(|a, b| a == b) {
        report += &format!(" {:?} {}", group[0], group.len());
    }
    report + "\n"
}

/// Trains on all of `docs` for `epochs` and returns the model file.
pub fn train(docs: &[Document], (epochs, prior): (usize, f32)) -> Vec<u8> {
    let all: Vec<&Document> = docs.iter().collect();
    let w = fit(&all, epochs, prior);
    let mut bytes = MODEL_MAGIC.to_vec();
    for x in w {
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two candidates; the right one is the second, marked by feature 7.
    fn example(right_first: bool) -> Example {
        let (a, b) = (vec![1, 2], vec![1, 7]);
        Example {
            candidates: if right_first { vec![b, a] } else { vec![a, b] },
            correct: vec![right_first, !right_first],
            target: vec![right_first, !right_first],
            rules_choice: Some(0),
            missed: None,
            note: String::new(),
            texts: vec![],
        }
    }

    /// Where the source `Trump` (bytes 0..5) sits for `text`'s first quotation.
    fn missed_in(text: &str) -> Missed {
        let quoted = marks::pair(text);
        let toks = Tokens::new(text, &quoted);
        missed(&toks, toks.quote_token[0], &[], (0, 5))
    }

    #[test]
    fn a_missed_source_is_placed_relative_to_its_quotation() {
        assert_eq!(
            missed_in("Trump spoke. “We will win.”"),
            Missed::EarlierInParagraph
        );
        assert_eq!(
            missed_in("Trump spoke.\n\n“We will win.”"),
            Missed::EarlierParagraph
        );
        assert_eq!(
            missed_in("Trump told them “we will win.”"),
            Missed::SameSentence
        );
    }

    #[test]
    fn each_order_is_a_fixed_permutation_of_the_documents() {
        let docs: Vec<Document> = (0..10).map(|_| Document { examples: vec![] }).collect();
        let all: Vec<&Document> = docs.iter().collect();
        let at = |order: &[&Document]| -> Vec<usize> {
            order
                .iter()
                .map(|d| docs.iter().position(|o| std::ptr::eq(o, *d)).unwrap())
                .collect()
        };
        assert_eq!(at(&shuffled(&all, 0)), (0..10).collect::<Vec<_>>());
        let first = at(&shuffled(&all, 1));
        assert_eq!(first, at(&shuffled(&all, 1)), "the same on every run");
        assert_ne!(first, (0..10).collect::<Vec<_>>());
        let mut sorted = first.clone();
        sorted.sort();
        assert_eq!(sorted, (0..10).collect::<Vec<_>>(), "a permutation");
        assert_ne!(first, at(&shuffled(&all, 2)));
    }

    #[test]
    fn the_perceptron_learns_to_leave_a_wrong_rules_choice() {
        let doc = Document {
            examples: vec![example(false), example(true), example(false)],
        };
        let w = fit(&[&doc], 2, 0.0);
        assert_eq!(accuracy(&w, &[&doc]), (3, 1, 3));
        let bytes = train(&[doc], (2, 0.0));
        assert_eq!(bytes.len(), 4 + (4 << MODEL_BITS));
    }
}
