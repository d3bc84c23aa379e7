//! The `newsmark` command line: the same core as the browser build, run on
//! saved pages and text files. It is how quality is measured.

use clap::{Parser, Subcommand, ValueEnum};
use newsmark::adapters::{html, plain};
use newsmark::boilerplate::{self, train, Stage};
use newsmark::document::Document;
use newsmark::pipeline::{self, Options};
use newsmark::report::{Coordinates, Report};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Pages larger than this are refused rather than parsed: no news article
/// is this big, and a runaway input should fail fast with a clear message.
const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// How many leading bytes are checked for NUL when guessing "binary".
const BINARY_SNIFF_BYTES: usize = 8 * 1024;

#[derive(Parser)]
#[command(
    name = "newsmark",
    version,
    about = "Annotate news articles: quotes and speakers, entities, boilerplate"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate one page or text and print JSON (the reference article when FILE is omitted).
    Annotate {
        /// `.html`, `.html.gz` or `.txt`; `-` reads standard input.
        file: Option<PathBuf>,
        /// The page's URL (recorded for exports; not fetched).
        #[arg(long)]
        url: Option<String>,
        /// Print a human summary instead of JSON.
        #[arg(long)]
        pretty: bool,
    },
    /// Print one JSON line of quotes per text file (the quote scorer's format).
    Quotes {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Time quote finding with attribution (entity tagging included) over text files, single thread.
    BenchQuotes {
        /// Passes over all the files; the fastest pass is reported.
        #[arg(long, default_value_t = 5)]
        passes: usize,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the article text of each page.
    Extract {
        #[arg(long, value_enum, default_value_t = ExtractFormat::Aeb)]
        format: ExtractFormat,
        /// How much of the boilerplate detector runs (for ablations).
        #[arg(long, value_enum, default_value_t = StageArg::Learned)]
        stage: StageArg,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Tag the tokens of a CoNLL-2003 file and print `token TAG` lines (IOB2) for score_ner.py.
    /// Train the boilerplate classifier on corpus folders (html/, ground-truth.json).
    TrainBoilerplate {
        /// Hold out every fifth page and print scores on them.
        #[arg(long)]
        dev: bool,
        /// Where to write the model.
        #[arg(long, default_value = "models/boilerplate.bin")]
        out: PathBuf,
        /// Corpus folders, each optionally `DIR=WEIGHT` (how much its pages count).
        #[arg(required = true)]
        corpora: Vec<PathBuf>,
    },
    Ner {
        /// A CoNLL file: token in the first column, blank lines between sentences.
        #[arg(long)]
        conll: PathBuf,
        /// A model file to use instead of the built-in one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Entity-tagger speed on a text file: tokens per second of the model alone and of the full entity pass.
    BenchNer {
        file: PathBuf,
        /// Seconds to run each measurement for.
        #[arg(long, default_value_t = 3.0)]
        seconds: f64,
    },
    /// Train the entity tagger on CoNLL files and write the model file (see docs/ner.md).
    TrainNer {
        #[arg(long)]
        train: PathBuf,
        /// Dev file: picks the epoch and reports the quantised model's F1.
        #[arg(long)]
        dev: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// `word<TAB>path` word clusters (scripts/train/build_resources.py).
        #[arg(long)]
        clusters: Option<PathBuf>,
        /// `phrase<TAB>class` gazetteer (scripts/train/build_resources.py).
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        /// Weight-table rows: 2^bits.
        #[arg(long, default_value_t = 18)]
        bits: u32,
        #[arg(long, default_value_t = 12)]
        epochs: usize,
        /// Do not learn from copies of the sentences with names hidden.
        #[arg(long)]
        no_hide_names: bool,
    },
}

/// See `newsmark::boilerplate::Stage`.
#[derive(Clone, Copy, ValueEnum)]
enum StageArg {
    /// Article container and markup vocabulary only.
    Structure,
    /// Plus text cues (the rules).
    Cues,
    /// Plus the learned classifier.
    Learned,
}

impl StageArg {
    fn stage(self) -> Stage {
        match self {
            StageArg::Structure => Stage::Structure,
            StageArg::Cues => Stage::Cues,
            StageArg::Learned => Stage::Learned,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    /// `{"<id>": {"articleBody": "..."}}`, the article-extraction benchmark's format.
    Aeb,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("newsmark: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Annotate {
            file,
            url: _,
            pretty,
        } => {
            let input = match &file {
                Some(path) => Input::read(path)?,
                None => Input::Text(newsmark::REFERENCE_ARTICLE.to_string()),
            };
            let report = input.annotate(&Options::default());
            if pretty {
                print!("{}", summary(&report));
            } else {
                println!("{}", to_json(&report));
            }
        }
        Command::Quotes { files } => {
            let options = Options {
                quotes: true,
                entities: false,
                boilerplate: false,
            };
            for path in files {
                let report = Input::read(&path)?.annotate(&options);
                let line = serde_json::json!({"doc": doc_id(&path), "quotes": report.quotes});
                println!("{line}");
            }
        }
        Command::BenchQuotes { passes, files } => bench_quotes(passes, &files)?,
        Command::Extract {
            format: ExtractFormat::Aeb,
            stage,
            files,
        } => {
            let options = Options {
                quotes: false,
                entities: false,
                boilerplate: true,
            };
            let mut out = serde_json::Map::new();
            for path in files {
                let input = Input::read(&path)?;
                let article = match stage {
                    StageArg::Learned => input.annotate(&options).article,
                    other => input.article_at(other.stage()),
                };
                out.insert(doc_id(&path), serde_json::json!({"articleBody": article}));
            }
            println!("{}", serde_json::Value::Object(out));
        }
        Command::TrainBoilerplate { dev, out, corpora } => {
            let mut pages = Vec::new();
            for spec in &corpora {
                let spec = spec.to_string_lossy();
                let (dir, weight) = match spec.rsplit_once('=') {
                    Some((dir, w)) => {
                        (dir, w.parse().map_err(|_| format!("bad weight in {spec}"))?)
                    }
                    None => (spec.as_ref(), 1.0),
                };
                let dir = Path::new(dir);
                let read = |path: &Path| match Input::read(path)? {
                    Input::Html(source) | Input::Text(source) => Ok(source),
                };
                pages.extend(train::load_corpus(dir, weight, read)?);
            }
            let model = train::train(&pages, dev);
            std::fs::write(&out, model.to_bytes())
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            eprintln!("wrote {}", out.display());
        }
        Command::Ner { conll, model } => {
            let source = read_text(&conll)?;
            let file = model.as_deref().map(std::fs::read).transpose();
            let file = file.map_err(|e| format!("cannot read the model: {e}"))?;
            let model = match &file {
                Some(bytes) => &newsmark::ner::model::Model::parse(bytes)?,
                None => newsmark::ner::model(),
            };
            print!("{}", conll_ner::tag(model, &source));
        }
        Command::BenchNer { file, seconds } => bench_ner::run(&read_text(&file)?, seconds),
        Command::TrainNer {
            train,
            dev,
            out,
            clusters,
            gazetteer,
            bits,
            epochs,
            no_hide_names,
        } => {
            use newsmark::ner::train;
            let optional = |p: &Option<PathBuf>| p.as_deref().map(read_text).transpose();
            let lexicon = train::build_lexicon(
                optional(&clusters)?.as_deref(),
                optional(&gazetteer)?.as_deref(),
            )?;
            let train_docs = train::read_conll(&read_text(&train)?);
            let dev_docs = train::read_conll(&read_text(&dev)?);
            let options = train::Options {
                bits,
                epochs,
                hide_names: !no_hide_names,
            };
            let bytes = train::train(&train_docs, &dev_docs, lexicon, &options);
            std::fs::write(&out, bytes)
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        }
    }
    Ok(())
}

/// `newsmark bench-quotes`: the text analysis the quotes need (entity
/// tagging, then quotes with attribution) on documents already parsed,
/// timed per pass; reading and parsing the files stays outside the clock.
fn bench_quotes(passes: usize, files: &[PathBuf]) -> Result<(), String> {
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

/// This thread's CPU time so far in seconds (Linux schedstat), if known.
fn thread_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}

/// `newsmark ner --conll`: the entity tagger over CoNLL-2003 documents.
mod conll_ner {
    use newsmark::annotations::EntityType;
    use newsmark::entities;
    use newsmark::ner::model::Model;
    use std::fmt::Write;

    /// A document's sentences, each a list of tokens.
    type Sentences<'a> = Vec<Vec<&'a str>>;

    /// One `token TAG` line per token (IOB2, name types only), a blank
    /// line after each sentence, in the order of `source`.
    pub fn tag(model: &Model, source: &str) -> String {
        let mut out = String::new();
        for doc in documents(source) {
            let (text, starts) = rebuild(&doc);
            let tags = token_tags(model, &text, &starts);
            let mut k = 0;
            for sentence in &doc {
                for token in sentence {
                    let _ = writeln!(out, "{token} {}", tags[k]);
                    k += 1;
                }
                out.push('\n');
            }
        }
        out
    }

    /// Splits the file into documents at `-DOCSTART-` lines.
    fn documents(source: &str) -> Vec<Sentences<'_>> {
        let mut docs: Vec<Sentences> = vec![Vec::new()];
        let mut sentence = Vec::new();
        for line in source.lines() {
            let token = line.split_whitespace().next();
            match token {
                Some("-DOCSTART-") if !docs.last().is_some_and(Vec::is_empty) => {
                    docs.push(Vec::new())
                }
                Some("-DOCSTART-") => {}
                Some(token) => sentence.push(token),
                None if !sentence.is_empty() => docs
                    .last_mut()
                    .expect("one document")
                    .push(std::mem::take(&mut sentence)),
                None => {}
            }
        }
        if !sentence.is_empty() {
            docs.last_mut().expect("one document").push(sentence);
        }
        docs.retain(|d| !d.is_empty());
        docs
    }

    /// The document's text (tokens joined by spaces, sentences by `\n`) and
    /// the byte offset of each token in it.
    fn rebuild(doc: &Sentences) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut starts = Vec::new();
        for (s, sentence) in doc.iter().enumerate() {
            if s > 0 {
                text.push('\n');
            }
            for (t, token) in sentence.iter().enumerate() {
                if t > 0 {
                    text.push(' ');
                }
                starts.push(text.len());
                text.push_str(token);
            }
        }
        (text, starts)
    }

    /// The IOB2 tag of each token starting at `starts`.
    fn token_tags(model: &Model, text: &str, starts: &[usize]) -> Vec<String> {
        let mut tags = vec!["O".to_string(); starts.len()];
        for e in entities::tag_with(model, text) {
            if !matches!(
                e.kind,
                EntityType::Person
                    | EntityType::Organization
                    | EntityType::Location
                    | EntityType::Misc
            ) {
                continue;
            }
            let first = starts
                .partition_point(|&s| s <= e.span.start)
                .saturating_sub(1);
            let mut inside = false;
            for (k, &start) in starts.iter().enumerate().skip(first) {
                if start >= e.span.end {
                    break;
                }
                let prefix = if inside { "I" } else { "B" };
                tags[k] = format!("{prefix}-{}", e.kind.label());
                inside = true;
            }
        }
        tags
    }
}

/// `newsmark bench-ner`: single-threaded throughput of the entity tagger.
mod bench_ner {
    use newsmark::{entities, ner, tokens};
    use std::time::Instant;

    /// Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux).
    const TICKS_PER_SECOND: f64 = 100.0;

    /// CPU seconds this process has used (user + system), from
    /// /proc/self/stat; `None` off Linux. On a shared machine CPU time
    /// says more than wall time, which other processes inflate.
    fn cpu_seconds() -> Option<f64> {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        // Fields after the command name (which is in parentheses).
        let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
        let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
        Some((ticks(11)? + ticks(12)?) / TICKS_PER_SECOND)
    }

    /// Runs `f` until `seconds` have passed; returns runs per wall second
    /// and per CPU second.
    fn rate(seconds: f64, mut f: impl FnMut()) -> (f64, Option<f64>) {
        let start = Instant::now();
        let cpu = cpu_seconds();
        let mut runs = 0u64;
        while runs == 0 || start.elapsed().as_secs_f64() < seconds {
            f();
            runs += 1;
        }
        let wall = runs as f64 / start.elapsed().as_secs_f64();
        let cpu = cpu.zip(cpu_seconds()).map(|(a, b)| runs as f64 / (b - a));
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
        let parsed =
            ner::model::Model::parse(ner::MODEL_FILE).expect("the embedded model is valid");
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
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn to_json(report: &Report) -> String {
    serde_json::to_string(report).expect("a report always serialises")
}

/// The file name without `.txt`, `.html`, `.html.gz` (the scorers' ids).
fn doc_id(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [".html", ".htm", ".txt"]
        .iter()
        .find_map(|ext| name.strip_suffix(ext))
        .unwrap_or(name)
        .to_string()
}

/// A loaded input, decoded and typed.
enum Input {
    Html(String),
    Text(String),
}

impl Input {
    fn read(path: &Path) -> Result<Input, String> {
        let shown = path.display();
        let mut bytes = if path == Path::new("-") {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(MAX_INPUT_BYTES as u64 + 1)
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            buf
        } else {
            std::fs::read(path).map_err(|e| format!("cannot read {shown}: {e}"))?
        };
        let name = path.to_string_lossy().to_lowercase();
        let name = match name.strip_suffix(".gz") {
            Some(inner) => {
                bytes = gunzip(&bytes).map_err(|e| format!("{shown} is not valid gzip: {e}"))?;
                inner.to_string()
            }
            None => name,
        };
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(format!(
                "{shown} is larger than {} MB; newsmark annotates single pages",
                MAX_INPUT_BYTES >> 20
            ));
        }
        if bytes[..bytes.len().min(BINARY_SNIFF_BYTES)].contains(&0) {
            return Err(format!(
                "{shown} looks binary (it has NUL bytes); give an .html, .html.gz or .txt file"
            ));
        }
        let is_html = name.ends_with(".html")
            || name.ends_with(".htm")
            || (!name.ends_with(".txt") && looks_like_html(&bytes));
        if is_html {
            // Browsers decode broken pages rather than refuse them; so do we.
            return Ok(Input::Html(String::from_utf8_lossy(&bytes).into_owned()));
        }
        String::from_utf8(bytes).map(Input::Text).map_err(|e| {
            format!(
                "{shown} is not valid UTF-8 (first bad byte at offset {}); convert it to UTF-8 first",
                e.utf8_error().valid_up_to()
            )
        })
    }

    /// The article text with the boilerplate detector run up to `stage`.
    fn article_at(&self, stage: Stage) -> String {
        let doc = match self {
            Input::Html(source) => html::parse(source),
            Input::Text(source) => plain::parse(source).doc,
        };
        let mut flagged = vec![false; doc.blocks.len()];
        for b in boilerplate::classify_with(&doc, stage) {
            flagged[b.block] = true;
        }
        boilerplate::article_without(&doc, |i| flagged[i])
    }

    fn annotate(&self, options: &Options) -> Report {
        match self {
            Input::Html(source) => {
                let doc = html::parse(source);
                report(&doc, options, &Coordinates::DocumentText)
            }
            Input::Text(source) => {
                let parsed = plain::parse(source);
                let coords = Coordinates::Original {
                    original: source,
                    starts: &parsed.line_starts,
                };
                report(&parsed.doc, options, &coords)
            }
        }
    }
}

fn report(doc: &Document, options: &Options, coords: &Coordinates) -> Report {
    let annotations = pipeline::annotate(doc, options);
    Report::new(doc, &annotations, coords)
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    bytes[start..].first() == Some(&b'<')
}

fn gunzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut out)?;
    Ok(out)
}

/// The `--pretty` view: quotes by speaker, entities by type, boilerplate.
fn summary(report: &Report) -> String {
    use std::collections::BTreeMap;
    use std::fmt::Write;
    let mut out = String::new();
    let mut by_speaker: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for q in &report.quotes {
        let who = q.speaker_name.as_deref().unwrap_or("(unattributed)");
        by_speaker.entry(who).or_default().push(&q.text);
    }
    let _ = writeln!(out, "Quotes ({}):", report.quotes.len());
    for (who, quotes) in &by_speaker {
        let _ = writeln!(out, "  {who}");
        for q in quotes {
            let _ = writeln!(out, "    {q}");
        }
    }
    let mut by_type: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for e in &report.entities {
        *by_type
            .entry(e.kind.label())
            .or_default()
            .entry(&e.canonical)
            .or_default() += 1;
    }
    let _ = writeln!(out, "Entities ({}):", report.entities.len());
    for (kind, names) in &by_type {
        let list: Vec<String> = names.iter().map(|(n, c)| format!("{n} ×{c}")).collect();
        let _ = writeln!(out, "  {kind}: {}", list.join(", "));
    }
    let _ = writeln!(out, "Boilerplate ({}):", report.boilerplate.len());
    for b in &report.boilerplate {
        let _ = writeln!(out, "  [{}] {}", b.kind, b.text);
    }
    out
}
