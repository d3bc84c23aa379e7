//! One pass over a document: boilerplate first, then entities, then quotes
//! (which resolve speakers against the entities), all on the same text.

use crate::annotations::{Annotations, Boilerplate};
use crate::document::Document;
use crate::{boilerplate, entities, quotes};

/// Which analyses to run. All on by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub quotes: bool,
    pub entities: bool,
    pub boilerplate: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            quotes: true,
            entities: true,
            boilerplate: true,
        }
    }
}

/// Runs the analyses `options` asks for over `doc`.
///
/// Entities and quotes are looked for in the whole text (a quotation may
/// run across blocks), then those inside boilerplate blocks are dropped: a
/// name in a menu or a promo is not part of the story.
pub fn annotate(doc: &Document, options: &Options) -> Annotations {
    let boilerplate: Vec<Boilerplate> = if options.boilerplate {
        boilerplate::classify(doc)
    } else {
        Vec::new()
    };
    let mut is_boilerplate = vec![false; doc.blocks.len()];
    for b in &boilerplate {
        is_boilerplate[b.block] = true;
    }
    let in_article = |span: crate::text::Span| doc.blocks_of(span).any(|i| !is_boilerplate[i]);

    let all_entities = if options.entities || options.quotes {
        entities::tag(&doc.text)
    } else {
        Vec::new()
    };
    let quotes = if options.quotes {
        quotes::find(&doc.text, &all_entities)
            .into_iter()
            .filter(|q| in_article(q.span))
            .collect()
    } else {
        Vec::new()
    };
    let entities = if options.entities {
        all_entities
            .into_iter()
            .filter(|e| in_article(e.span))
            .collect()
    } else {
        Vec::new()
    };
    let article = (0..doc.blocks.len())
        .filter(|&i| !is_boilerplate[i])
        .collect();
    Annotations {
        quotes,
        entities,
        boilerplate,
        article,
    }
}

/// The article body as plain text: its blocks in reading order, one
/// paragraph each, separated by a blank line.
pub fn article_text(doc: &Document, annotations: &Annotations) -> String {
    let parts: Vec<&str> = annotations
        .article
        .iter()
        .map(|&i| doc.block_text(i))
        .collect();
    parts.join("\n\n")
}
