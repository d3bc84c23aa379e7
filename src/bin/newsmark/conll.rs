//! `newsmark ner --conll`: the entity tagger over CoNLL-2003 documents.

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
            Some("-DOCSTART-") if !docs.last().is_some_and(Vec::is_empty) => docs.push(Vec::new()),
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
            EntityType::Person | EntityType::Organization | EntityType::Location | EntityType::Misc
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
