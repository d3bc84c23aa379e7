//! Named entities and date-like expressions.
//!
//! A rule tagger: patterns for dates and amounts ([`dates`]), capitalised
//! word runs typed by gazetteers, titles and shape ([`names`]), one type per
//! name across the document ([`consistency`]), and the fullest form of each
//! name as its canonical ([`canonical`]).

mod canonical;
mod consistency;
pub mod dates;
mod gazetteer;
mod names;

use crate::annotations::Entity;
use crate::tokens;

/// Tags the entities of `text` (paragraphs separated by `'\n'`), in text
/// order, each with the canonical name of the entity it mentions.
pub fn tag(text: &str) -> Vec<Entity> {
    let tokens = tokens::tokenize(text);
    let sentences = tokens::sentences(text, &tokens);
    let patterns = dates::find(text);
    let candidates = names::find(text, &tokens, &sentences, &patterns);
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
