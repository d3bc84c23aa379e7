//! Helpers shared by the quote tests: hand-made entity lists and a
//! readable view of the quotes found.
#![allow(dead_code)]

use newsmark::annotations::{Entity, EntityType, Quote};
use newsmark::quotes;
use newsmark::text::Span;

pub const PER: EntityType = EntityType::Person;
pub const ORG: EntityType = EntityType::Organization;
pub const LOC: EntityType = EntityType::Location;

/// Entities for every whole-word occurrence of each `(text, type,
/// canonical)`, longer names first so `Jens Stoltenberg` is not also
/// tagged `Stoltenberg`.
pub fn entities(text: &str, names: &[(&str, EntityType, &str)]) -> Vec<Entity> {
    let mut names = names.to_vec();
    names.sort_by_key(|(n, _, _)| std::cmp::Reverse(n.len()));
    let mut out: Vec<Entity> = Vec::new();
    for (name, kind, canonical) in names {
        for (start, _) in text.match_indices(name) {
            let span = Span::new(start, start + name.len());
            let bounded = !text[..start].ends_with(char::is_alphanumeric)
                && !text[span.end..].starts_with(char::is_alphanumeric);
            if bounded && !out.iter().any(|e| e.span.overlaps(span)) {
                out.push(Entity {
                    span,
                    kind,
                    canonical: canonical.to_string(),
                });
            }
        }
    }
    out.sort_by_key(|e| e.span.start);
    out
}

/// A quote as text: the quoted words, the speaker mention and name.
#[derive(Debug)]
pub struct Found {
    pub quote: String,
    pub mention: String,
    pub name: String,
}

pub fn found(text: &str, quotes: &[Quote]) -> Vec<Found> {
    quotes
        .iter()
        .map(|q| Found {
            quote: q.span.of(text).to_string(),
            mention: q
                .speaker
                .as_ref()
                .and_then(|s| s.mention)
                .map(|m| m.of(text).to_string())
                .unwrap_or_default(),
            name: q
                .speaker
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default(),
        })
        .collect()
}

/// The quotes `quotes::find` gives for `text` with entities `ents`.
pub fn run(text: &str, ents: &[Entity]) -> Vec<Found> {
    found(text, &quotes::find(text, ents))
}

/// `(mention, name)` of each quote of `text`, no entities given.
pub fn speakers(text: &str) -> Vec<(String, String)> {
    run(text, &[])
        .into_iter()
        .map(|f| (f.mention, f.name))
        .collect()
}
