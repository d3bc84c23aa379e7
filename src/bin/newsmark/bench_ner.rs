//! `newsmark bench-ner`: single-threaded throughput of the entity tagger.

use crate::cpu_clock::thread_cpu_secs;
use newsmark::{entities, ner, tokens};
use std::time::Instant;

/// Runs `f` until `seconds` have passed; returns runs per wall second
/// and per CPU second.
fn rate(seconds: f64, mut f: impl FnMut()) -> (f64, Option<f64>) {
    let start = Instant::now();
    let cpu = thread_cpu_secs();
    let mut runs = 0u64;
    while runs == 0 || start.elapsed().as_secs_f64() < seconds {
        f();
        runs += 1;
    }
    let wall = runs as f64 / start.elapsed().as_secs_f64();
    let cpu = cpu
        .zip(thread_cpu_secs())
        .map(|(a, b)| runs as f64 / (b - a));
    (wall, cpu)
}

fn show(what: &str, tokens: f64, (wall, cpu): (f64, Option<f64>)) {
    let cpu = cpu.map_or("n/a".to_string(), |c| format!("{:.0}", c * tokens));
    println!(
        "{what}: {:.0} tokens/s wall, {cpu} tokens per CPU-second",
        wall * tokens
    );
}

pub fn run(text: &str, seconds: f64) {
    let toks = tokens::tokenize(text);
    let sentences = tokens::sentences(text, &toks);
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|r| toks[r.clone()].iter().map(|t| t.text(text)).collect())
        .collect();
    let start = Instant::now();
    let parsed = ner::model::Model::parse(ner::MODEL_FILE).expect("the embedded model is valid");
    let load = start.elapsed().as_secs_f64() * 1000.0;
    let entries = parsed.lexicon.len();
    println!("model load (parse, lexicon of {entries} entries): {load:.1} ms");
    let model = ner::model();
    let n = toks.len() as f64;
    let tagged = rate(seconds, || {
        std::hint::black_box(model.tag_document(&words));
    });
    let full = rate(seconds, || {
        std::hint::black_box(entities::tag(text));
    });
    println!("tokens: {}", toks.len());
    show("model (features, two passes of Viterbi)", n, tagged);
    show(
        "entities::tag (tokenizer, model, dates, rules, consistency)",
        n,
        full,
    );
}
