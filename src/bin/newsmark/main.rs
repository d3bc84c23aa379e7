//! The `newsmark` command line: the same core as the browser build, run on
//! saved pages and text files. It is how quality is measured.

use clap::{Parser, Subcommand, ValueEnum};
use newsmark::boilerplate::{train, Stage};
use newsmark::pipeline::Options;
use newsmark::report::Report;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod bench_ner;
mod bench_quotes;
mod conll;
mod cpu_clock;
mod input;
mod summary;

use input::{doc_id, read_text, Input};

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
    /// Annotate pages or texts and print JSON (the reference article when no FILE is given).
    ///
    /// Several files print one JSON line each, with its `file`; one that cannot be read
    /// is reported and skipped, and the command fails at the end.
    Annotate {
        /// `.html`, `.html.gz` or `.txt`; `-` reads standard input.
        files: Vec<PathBuf>,
        /// Print a human summary instead of JSON.
        #[arg(long)]
        pretty: bool,
    },
    /// Print one JSON line of quotes per text file (the quote scorer's format).
    Quotes {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Train the speaker ranker on gold quotes (docs/quotes.md): cross-validates the
    /// number of epochs inside the gold split, then trains on all of it.
    TrainQuotes {
        /// Gold quotes JSONL (texts are read relative to its folder).
        #[arg(long)]
        gold: PathBuf,
        /// Cross-validation folds.
        #[arg(long, default_value_t = 5)]
        folds: usize,
        /// Most epochs tried.
        #[arg(long, default_value_t = 10)]
        max_epochs: usize,
        #[arg(long)]
        out: PathBuf,
        /// Instead of training, writes the cross-validated errors of the
        /// shipped settings (9 epochs, prior 0) here, with their context.
        #[arg(long)]
        errors: Option<PathBuf>,
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
    /// Train the boilerplate classifier on corpus folders (html/, ground-truth.json).
    TrainBoilerplate {
        /// Hold out every fifth page and print scores on them.
        #[arg(long)]
        dev: bool,
        /// Instead of training, print N-fold cross-validated scores over all pages.
        #[arg(long)]
        folds: Option<u64>,
        /// Where to write the model.
        #[arg(long, default_value = "models/boilerplate.bin")]
        out: PathBuf,
        /// Corpus folders, each optionally `DIR=WEIGHT` (how much its pages count).
        #[arg(required = true)]
        corpora: Vec<PathBuf>,
    },
    /// Tag the tokens of a CoNLL-2003 file and print `token TAG` lines (IOB2) for score_ner.py.
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
        /// Shifts the sentences' visiting orders (0 ships; others measure
        /// how much of a change is the luck of one order).
        #[arg(long, default_value_t = 0)]
        order_salt: u64,
    },
}

/// See `newsmark::boilerplate::Stage`.
#[derive(Clone, Copy, ValueEnum)]
enum StageArg {
    /// Article container and markup vocabulary only.
    Structure,
    /// Plus text cues (the rules).
    Cues,
    /// Plus the learned classifier, on one reading of the structure.
    Model,
    /// Plus the classifier's choice between reading with and without names (the default).
    Learned,
}

impl StageArg {
    fn stage(self) -> Stage {
        match self {
            StageArg::Structure => Stage::Structure,
            StageArg::Cues => Stage::Cues,
            StageArg::Model => Stage::Model,
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
        Command::Annotate { files, pretty } => annotate(&files, pretty)?,
        Command::Quotes { files } => {
            let options = Options {
                quotes: true,
                entities: false,
                boilerplate: false,
            };
            for path in files {
                let report = Input::read(&path)?.annotate(&options);
                let line = serde_json::json!({"doc": doc_id(&path), "quotes": report.quotes});
                emit(&format!("{line}\n"));
            }
        }
        Command::BenchQuotes { passes, files } => bench_quotes::run(passes, &files)?,
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
            emit(&format!("{}\n", serde_json::Value::Object(out)));
        }
        Command::TrainBoilerplate {
            dev,
            folds,
            out,
            corpora,
        } => {
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
            if let Some(folds) = folds {
                train::cross_validate(&pages, folds);
                return Ok(());
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
            emit(&conll::tag(model, &source));
        }
        Command::BenchNer { file, seconds } => bench_ner::run(&read_text(&file)?, seconds),
        Command::TrainQuotes {
            gold,
            folds,
            max_epochs,
            out,
            errors,
        } => {
            use newsmark::quotes::train;
            let docs = train::load(&gold)?;
            eprint!("{}", train::coverage(&docs));
            if let Some(path) = errors {
                std::fs::write(&path, train::error_notes(&docs, folds, (9, 0.0)))
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                return Ok(());
            }
            let (settings, report) = train::cross_validate(&docs, folds, max_epochs);
            eprint!("{report}");
            eprintln!("training on all with (epochs, prior) {settings:?}");
            std::fs::write(&out, train::train(&docs, settings))
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        }
        Command::TrainNer {
            train,
            dev,
            out,
            clusters,
            gazetteer,
            bits,
            epochs,
            no_hide_names,
            order_salt,
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
                order_salt,
            };
            let bytes = train::train(&train_docs, &dev_docs, lexicon, &options);
            std::fs::write(&out, bytes)
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        }
    }
    Ok(())
}

/// `annotate`: one file (or none: the reference article) prints its report
/// as the browser build returns it. Several print one line each, led by the
/// file's name; a file that cannot be read is reported and skipped, so that
/// one bad page does not end a batch, and the command fails at the end.
fn annotate(files: &[PathBuf], pretty: bool) -> Result<(), String> {
    let print = |report: &Report| {
        if pretty {
            emit(&summary::summary(report));
        } else {
            emit(&format!("{}\n", to_json(report)));
        }
    };
    match files {
        [] => print(
            &Input::Text(newsmark::REFERENCE_ARTICLE.to_string()).annotate(&Options::default()),
        ),
        [path] => print(&Input::read(path)?.annotate(&Options::default())),
        _ => return annotate_each(files, pretty),
    }
    Ok(())
}

fn annotate_each(files: &[PathBuf], pretty: bool) -> Result<(), String> {
    let mut unread = 0;
    for path in files {
        let report = match Input::read(path) {
            Ok(input) => input.annotate(&Options::default()),
            Err(message) => {
                eprintln!("newsmark: {message}");
                unread += 1;
                continue;
            }
        };
        if pretty {
            emit(&format!(
                "== {}\n{}",
                path.display(),
                summary::summary(&report)
            ));
            continue;
        }
        let mut line = serde_json::to_value(&report).expect("a report always serialises");
        line["file"] = path.display().to_string().into();
        emit(&format!("{line}\n"));
    }
    match unread {
        0 => Ok(()),
        n => Err(format!("{n} of {} files could not be read", files.len())),
    }
}

/// Writes `text` to standard output. A reader that stops reading
/// (`newsmark annotate *.html | head`) ends the command quietly, as it
/// ends other Unix tools, instead of with a panic.
fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(error) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("newsmark: cannot write the output: {error}");
            std::process::exit(2);
        }
        std::process::exit(0);
    }
}

fn to_json(report: &Report) -> String {
    serde_json::to_string(report).expect("a report always serialises")
}
