//! One pass over a document: boilerplate first, then entities, then quotes
//! (which resolve speakers against the entities), all on the same text.

use crate::annotations::{Annotations, Boilerplate, Entity, Quote, Speaker};
use crate::document::Document;
use crate::text::Span;
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
/// Entities and quotes are looked for in the article only (its headline,
/// standfirst and body): its blocks joined into one text, so that a
/// quotation still runs across paragraphs (and across an ad between them), a name in a menu or a promo neither
/// shows up nor sways how the story's names are read, and the costliest
/// analyses skip what is thrown away anyway.
pub fn annotate(doc: &Document, options: &Options) -> Annotations {
    let mut boilerplate: Vec<Boilerplate> = if options.boilerplate {
        boilerplate::classify(doc)
    } else {
        Vec::new()
    };
    let mut flagged = vec![None; doc.blocks.len()];
    for b in &boilerplate {
        flagged[b.block] = Some(b.kind);
    }
    let front = boilerplate::front::find(doc, &flagged);
    for i in front.blocks() {
        flagged[i] = None;
    }
    boilerplate.retain(|b| flagged[b.block].is_some());
    // The byline's names are the author's, not the story's: read with the
    // body, they would be the antecedent of its first "he said".
    let analysed: Vec<usize> = (0..doc.blocks.len())
        .filter(|&i| flagged[i].is_none() && Some(i) != front.byline)
        .collect();
    let excerpt = Excerpt::new(doc, &analysed);
    let article: Vec<usize> = analysed
        .into_iter()
        .filter(|&i| Some(i) != front.headline && Some(i) != front.standfirst)
        .collect();

    // The quotes read the entities only to name speakers: a text that
    // quotes nothing needs none unless they are asked for.
    let marks = options.quotes.then(|| quotes::marks(&excerpt.text));
    let quotes_read_entities = marks.as_ref().is_some_and(|m| !m.is_empty());
    let entities = if options.entities || quotes_read_entities {
        entities::tag(&excerpt.text)
    } else {
        Vec::new()
    };
    let quotes = match marks {
        Some(marks) => quotes::find_marked(&excerpt.text, &marks, &entities)
            .into_iter()
            .map(|q| excerpt.quote_in_doc(q))
            .collect(),
        None => Vec::new(),
    };
    let entities = if options.entities {
        entities
            .into_iter()
            .map(|e| excerpt.entity_in_doc(e))
            .collect()
    } else {
        Vec::new()
    };
    let published = boilerplate::declared::date_published(&doc.structured_data)
        .or_else(|| boilerplate::front::time_published(doc, &front, &article))
        .or_else(|| boilerplate::front::printed_published(doc, &front, &article));
    Annotations {
        quotes,
        entities,
        boilerplate,
        front,
        published,
        article,
    }
}

/// Some blocks of a document joined into one text (by `\n`, as the
/// document joins all of them), with the way back to document offsets.
struct Excerpt {
    text: String,
    /// Per block taken: where it starts in `text` and in the document.
    starts: Vec<(usize, usize)>,
}

impl Excerpt {
    fn new(doc: &Document, blocks: &[usize]) -> Excerpt {
        let mut text = String::with_capacity(doc.text.len());
        let mut starts = Vec::with_capacity(blocks.len());
        for &i in blocks {
            if !starts.is_empty() {
                text.push('\n');
            }
            starts.push((text.len(), doc.blocks[i].span.start));
            text.push_str(doc.block_text(i));
        }
        Excerpt { text, starts }
    }

    /// The document offset of an excerpt offset. An offset on the `\n`
    /// after a block (an end) stays at the end of that block.
    fn to_doc(&self, pos: usize) -> usize {
        let i = self.starts.partition_point(|&(s, _)| s <= pos).max(1) - 1;
        let (excerpt_start, doc_start) = self.starts[i];
        doc_start + (pos - excerpt_start)
    }

    fn span_in_doc(&self, span: Span) -> Span {
        Span::new(self.to_doc(span.start), self.to_doc(span.end))
    }

    fn entity_in_doc(&self, e: Entity) -> Entity {
        Entity {
            span: self.span_in_doc(e.span),
            ..e
        }
    }

    fn quote_in_doc(&self, q: Quote) -> Quote {
        let speaker = q.speaker.map(|s| Speaker {
            mention: s.mention.map(|m| self.span_in_doc(m)),
            ..s
        });
        Quote {
            span: self.span_in_doc(q.span),
            speaker,
        }
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
