//! `newsmark bench-quotes`: quotes with attribution, timed per pass.

use crate::cpu_clock::thread_cpu_secs;
use crate::input::Input;
use newsmark::adapters::{html, plain};
use newsmark::document::Document;
use newsmark::pipeline::{self, Options};
use std::path::PathBuf;

/// `newsmark bench-quotes`: the text analysis the quotes need (entity
/// tagging, then quotes with attribution) on documents already parsed,
/// timed per pass; reading and parsing the files stays outside the clock.
pub fn run(passes: usize, files: &[PathBuf]) -> Result<(), String> {
    let docs: Vec<Document> = files
        .iter()
        .map(|p| match Input::read(p)? {
            Input::Text(t) => Ok(plain::parse(&t).doc),
            Input::Html(h) => Ok(html::parse(&h)),
        })
        .collect::<Result<_, String>>()?;
    let options = Options {
        quotes: true,
        entities: false,
        boilerplate: false,
    };
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let tagged: Vec<_> = texts.iter().map(|t| newsmark::entities::tag(t)).collect();
    // On a shared machine wall time counts other processes' turns; the
    // thread's own CPU time (Linux) does not, so it is used when readable.
    let fastest = |run: &dyn Fn() -> usize| {
        (0..passes.max(1))
            .map(|_| {
                let (start, cpu) = (std::time::Instant::now(), thread_cpu_secs());
                let found = run();
                let wall = start.elapsed().as_secs_f64();
                let secs = cpu
                    .zip(thread_cpu_secs())
                    .map_or(wall, |(from, to)| to - from);
                (secs, found)
            })
            .fold((f64::INFINITY, 0), |a, b| if b.0 < a.0 { b } else { a })
    };
    let n = docs.len() as f64;
    let line = |what: &str, (secs, found): (f64, usize)| {
        println!(
            "{what:<28} {found:>6} found  {:>8.1} ms  {:>7.0} articles/s  {:>6.0} µs/article",
            secs * 1e3,
            n / secs,
            secs * 1e6 / n
        );
    };
    let clock = if thread_cpu_secs().is_some() {
        "thread CPU time"
    } else {
        "wall time"
    };
    println!(
        "{} articles, fastest of {passes} passes, one thread, {clock}",
        docs.len()
    );
    line(
        "quotes with attribution",
        fastest(&|| {
            docs.iter()
                .map(|d| pipeline::annotate(d, &options).quotes.len())
                .sum()
        }),
    );
    line(
        "  entity tagging alone",
        fastest(&|| texts.iter().map(|t| newsmark::entities::tag(t).len()).sum()),
    );
    line(
        "  quotes alone (tagged)",
        fastest(&|| {
            texts
                .iter()
                .zip(&tagged)
                .map(|(t, e)| newsmark::quotes::find(t, e).len())
                .sum()
        }),
    );
    Ok(())
}
