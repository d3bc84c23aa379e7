//! Direct quotations and who said them.

use crate::annotations::{Entity, Quote};

/// Finds the direct quotations in `text` (paragraphs separated by `'\n'`)
/// and attributes each to a speaker, resolved against `entities`.
pub fn find(_text: &str, _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
