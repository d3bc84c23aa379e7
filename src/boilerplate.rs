//! Boilerplate versus article, block by block.

use crate::annotations::Boilerplate;
use crate::document::Document;

/// The blocks of `doc` that are not article text, in block order.
pub fn classify(_doc: &Document) -> Vec<Boilerplate> {
    Vec::new()
}
