//! Named entities and date-like expressions.
//!
//! Names come from the trained tagger ([`crate::ner`]); dates and amounts
//! from patterns ([`dates`]). One type per name across the document
//! ([`consistency`]), and the fullest form of each name as its canonical
//! ([`canonical`]). The rule name finder ([`names`]) adds the names the
//! model leaves out.

mod canonical;
mod consistency;
pub mod dates;
mod gazetteer;
mod names;

use crate::annotations::Entity;
use crate::annotations::EntityType::Person;
use crate::ner::{self, model::Model};
use crate::text::Span;
use crate::tokens::{self, Token};
use names::Candidate;
use std::collections::HashSet;
use std::ops::Range;

/// Tags the entities of `text` (paragraphs separated by `'\n'`), in text
/// order, each with the canonical name of the entity it mentions.
pub fn tag(text: &str) -> Vec<Entity> {
    tag_with(ner::model(), text)
}

/// [`tag`] with a given model (the CLI evaluates model files with it).
pub fn tag_with(model: &Model, text: &str) -> Vec<Entity> {
    let tokens = tokens::tokenize(text);
    let sentences = tokens::sentences(text, &tokens);
    let patterns = dates::find(text);
    let mut candidates = model_names(model, text, &tokens, &sentences, &patterns);
    let rules = names::find(text, &tokens, &sentences, &patterns);
    merge_rules(&mut candidates, rules);
    let mentions = consistency::resolve(text, candidates);
    let mut entities = canonical::name(text, &mentions);
    entities.extend(patterns.into_iter().map(|(span, kind)| Entity {
        span,
        kind,
        canonical: span.of(text).to_string(),
    }));
    entities.sort_by_key(|e| e.span.start);
    entities
}

/// The names the model finds, as candidates whose type is evidence;
/// tokens inside date and amount patterns are left to the patterns.
fn model_names(
    model: &Model,
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    patterns: &[(crate::text::Span, crate::annotations::EntityType)],
) -> Vec<Candidate> {
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|r| tokens[r.clone()].iter().map(|t| t.text(text)).collect())
        .collect();
    let labels = model.tag_document(&words);
    let mut out: Vec<(Candidate, bool)> = Vec::new();
    for (range, labels) in sentences.iter().zip(labels) {
        let words = &tokens[range.clone()];
        let caps = words.iter().filter(|t| tokens::is_all_caps(t.text(text)));
        let shouted = caps.count() * 2 > words.len();
        for (r, kind) in ner::spans(&labels) {
            let mut r = range.start + r.start..range.start + r.end;
            if r.len() > 1 && r.start == range.start && is_determiner(tokens[r.start].text(text)) {
                r.start += 1;
            }
            let span =
                crate::text::Span::new(tokens[r.start].span.start, tokens[r.end - 1].span.end);
            if patterns.iter().any(|(p, _)| p.overlaps(span)) {
                continue;
            }
            out.push((
                Candidate {
                    span,
                    evidence: Some(kind),
                    guess: None,
                    tokens: r,
                },
                shouted,
            ));
        }
    }
    people_in_headlines(text, &mut out);
    out.into_iter().map(|(c, _)| c).collect()
}

/// Adds the rule names with evidence (gazetteer, title, organisation word)
/// that the model missed or cut short: a rule name replaces the model names
/// it contains, and yields to any it only partly overlaps.
fn merge_rules(candidates: &mut Vec<Candidate>, rules: Vec<Candidate>) {
    // Model names are disjoint and in text order: binary search finds the
    // ones a rule name overlaps (a linear scan per rule was quadratic).
    let overlapping = |candidates: &[Candidate], span: Span| {
        let first = candidates.partition_point(|c| c.span.end <= span.start);
        let count = candidates[first..]
            .iter()
            .take_while(|c| c.span.start < span.end)
            .count();
        first..first + count
    };
    let accepted: Vec<Candidate> = rules
        .into_iter()
        .filter(|r| r.evidence.is_some())
        .filter(|r| {
            candidates[overlapping(candidates, r.span)]
                .iter()
                .all(|c| r.span.contains(c.span) && c.span != r.span)
        })
        .collect();
    for rule in accepted {
        let replaced = overlapping(candidates, rule.span);
        candidates.splice(replaced, [rule]);
    }
}

/// Determiners and quantifiers written capitalised at a sentence start
/// are not part of the name after them (`Any Security Council action`).
/// The model sometimes takes them in; only these words are cut, because a
/// wider list (all frequent words) cut real names and cost dev F1.
const DETERMINERS: &[&str] = &[
    "All", "Another", "Any", "Both", "Each", "Every", "Many", "Most", "No", "Other", "Several",
    "Some", "Such", "That", "These", "This", "Those",
];

fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

/// Case says little in a shouted line (`STOLTENBERG WARNS IRAQ`): a name
/// there made only of words of the document's full person names
/// (`Jens Stoltenberg`) is that person, whatever the model said. Other
/// shouted names keep the model's type: deferring them all to the rest of
/// the document cost dev F1.
fn people_in_headlines(text: &str, candidates: &mut [(Candidate, bool)]) {
    let lower = |c: &Candidate| c.span.of(text).to_lowercase();
    let people: HashSet<String> = candidates
        .iter()
        .filter(|(c, shouted)| !shouted && c.evidence == Some(Person) && c.tokens.len() > 1)
        .flat_map(|(c, _)| {
            lower(c)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    for (c, _) in candidates.iter_mut().filter(|(_, shouted)| *shouted) {
        if lower(c).split_whitespace().all(|w| people.contains(w)) {
            c.evidence = Some(Person);
        }
    }
}
