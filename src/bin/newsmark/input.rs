//! Reading inputs: files, `.gz`, standard input; guessing HTML or text;
//! refusing what is not a page with a one-line reason.

use newsmark::adapters::{html, plain};
use newsmark::boilerplate::{self, Stage};
use newsmark::document::Document;
use newsmark::pipeline::{self, Options};
use newsmark::report::{Coordinates, Report};
use std::io::Read;
use std::path::Path;

/// Pages larger than this are refused rather than parsed: no news article
/// is this big, and a runaway input should fail fast with a clear message.
const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// How many leading bytes are checked for NUL when guessing "binary".
const BINARY_SNIFF_BYTES: usize = 8 * 1024;

pub fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The file name without `.txt`, `.html`, `.html.gz` (the scorers' ids).
pub fn doc_id(path: &Path) -> String {
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
pub enum Input {
    Html(String),
    Text(String),
}

impl Input {
    pub fn read(path: &Path) -> Result<Input, String> {
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
    pub fn article_at(&self, stage: Stage) -> String {
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

    pub fn annotate(&self, options: &Options) -> Report {
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
