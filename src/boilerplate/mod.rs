//! Boilerplate versus article, block by block.
//!
//! Two kinds of evidence, each in its own module:
//!
//! * [`structure`] — where the block sits: inside the element that holds
//!   the article or not, and what the tags, roles and class names around it
//!   say ([`kinds`] holds that vocabulary). Pages without structure (plain
//!   text) put every block in the article, leaving the decision to cues.
//! * [`cues`] — what the block's words say on their own: newsletter and
//!   login prompts, chat widgets, timestamps, share bars, labels.
//!
//! [`classify`] gathers both into one [`Evidence`] per block and [`decide`]s
//! on it; a learned block classifier can later replace `decide` while
//! reading the same evidence.

mod cues;
mod kinds;
mod structure;

use crate::annotations::{Boilerplate, BoilerplateKind};
use crate::document::Document;

/// What is known about one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The boilerplate its words name, if any.
    pub cue: Option<BoilerplateKind>,
    /// The boilerplate its place in the page names, if any.
    pub structure: Option<BoilerplateKind>,
}

/// The blocks of `doc` that are not article text, in block order.
pub fn classify(doc: &Document) -> Vec<Boilerplate> {
    let layout = structure::Layout::of(doc);
    (0..doc.blocks.len())
        .filter_map(|block| {
            let evidence = Evidence {
                cue: cues::kind_of(doc.block_text(block)),
                structure: layout.verdict(doc, block),
            };
            decide(&evidence).map(|kind| Boilerplate { block, kind })
        })
        .collect()
}

/// The rule-based decision: either kind of evidence is enough, and the
/// words name the kind more precisely than the place does (a newsletter box
/// in a page footer is a newsletter prompt).
pub fn decide(evidence: &Evidence) -> Option<BoilerplateKind> {
    evidence.cue.or(evidence.structure)
}
