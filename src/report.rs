//! The JSON shape shared by the CLI and the JS API: annotations with
//! Unicode code point offsets, ready to serialise.

use crate::annotations::{Annotations, EntityType};
use crate::document::Document;
use crate::pipeline::article_text;
use crate::text::{OffsetConverter, Span, Unit};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteOut {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker_text: Option<String>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    pub speaker_name: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityOut {
    pub text: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub start: usize,
    pub end: usize,
    pub canonical: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BoilerplateOut {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
}

/// A block of the story's front matter: its headline, standfirst or
/// byline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FrontOut {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub quotes: Vec<QuoteOut>,
    pub entities: Vec<EntityOut>,
    pub boilerplate: Vec<BoilerplateOut>,
    /// The story's front matter, each where the page marks it (else `null`).
    pub headline: Option<FrontOut>,
    pub standfirst: Option<FrontOut>,
    pub byline: Option<FrontOut>,
    /// When the story was published, as the page's JSON-LD declares it
    /// (ISO 8601, as the publisher wrote it), else `null`.
    pub published: Option<String>,
    pub article: String,
}

/// Which text the offsets of a [`Report`] count in.
pub enum Coordinates<'a> {
    /// [`Document::text`] itself (HTML pages, the live DOM).
    DocumentText,
    /// The original text the sources were cut from: source `i` starts at
    /// byte `starts[i]` of `original` (a `.txt` file and its lines).
    Original {
        original: &'a str,
        starts: &'a [usize],
    },
}

impl Report {
    pub fn new(doc: &Document, ann: &Annotations, coords: &Coordinates) -> Report {
        // Gather every offset first and convert them in one sweep.
        let mut spans: Vec<Span> = Vec::new();
        for q in &ann.quotes {
            spans.push(q.span);
            spans.push(
                q.speaker
                    .as_ref()
                    .and_then(|s| s.mention)
                    .unwrap_or_default(),
            );
        }
        spans.extend(ann.entities.iter().map(|e| e.span));
        spans.extend(ann.boilerplate.iter().map(|b| doc.blocks[b.block].span));
        let front = ann.front.parts();
        spans.extend(front.iter().flatten().map(|&i| doc.blocks[i].span));
        let located = locate(doc, &spans, coords);
        let mut located = located.into_iter();
        let mut next = || located.next().expect("one located span per span");

        let quotes = ann
            .quotes
            .iter()
            .map(|q| {
                let quote = next();
                let said_by = next();
                let speaker = q.speaker.as_ref();
                let mention = speaker.and_then(|s| s.mention);
                QuoteOut {
                    text: quote.text,
                    start: quote.start,
                    end: quote.end,
                    speaker_text: mention.map(|_| said_by.text),
                    speaker_start: mention.map(|_| said_by.start),
                    speaker_end: mention.map(|_| said_by.end),
                    speaker_name: speaker.map(|s| s.name.clone()),
                }
            })
            .collect();
        let entities = ann
            .entities
            .iter()
            .map(|e| {
                let at = next();
                EntityOut {
                    text: at.text,
                    kind: e.kind,
                    start: at.start,
                    end: at.end,
                    canonical: e.canonical.clone(),
                }
            })
            .collect();
        let boilerplate = ann
            .boilerplate
            .iter()
            .map(|b| {
                let at = next();
                BoilerplateOut {
                    text: doc.block_text(b.block).to_string(),
                    start: at.start,
                    end: at.end,
                    kind: b.kind.label(),
                }
            })
            .collect();
        let [headline, standfirst, byline] = front.map(|block| {
            block.map(|i| {
                let at = next();
                FrontOut {
                    text: doc.block_text(i).to_string(),
                    start: at.start,
                    end: at.end,
                }
            })
        });
        Report {
            quotes,
            entities,
            boilerplate,
            headline,
            standfirst,
            byline,
            published: ann.published.clone(),
            article: article_text(doc, ann),
        }
    }
}

/// A span placed in the coordinate text: code point offsets and the text
/// between them.
struct Located {
    start: usize,
    end: usize,
    text: String,
}

/// Places byte spans of `doc.text` in `coords`. The text is cut from the
/// coordinate text itself (for a `.txt` file, the file slice, whose
/// whitespace the document collapsed), so `text` always equals the slice
/// `[start, end)` a reader of that file takes.
fn locate(doc: &Document, spans: &[Span], coords: &Coordinates) -> Vec<Located> {
    let (text, bytes): (&str, Vec<usize>) = match coords {
        Coordinates::DocumentText => (
            &doc.text,
            spans.iter().flat_map(|s| [s.start, s.end]).collect(),
        ),
        Coordinates::Original { original, starts } => {
            let at = |pos: usize, is_end: bool| {
                doc.source_pos(pos, is_end)
                    .map_or(original.len(), |p| starts[p.source as usize] + p.byte)
            };
            let offsets = spans
                .iter()
                .flat_map(|s| [at(s.start, false), at(s.end, true)])
                .collect();
            (original, offsets)
        }
    };
    let mut points = bytes.clone();
    OffsetConverter::new(text).convert(&mut points, Unit::CodePoint);
    bytes
        .chunks(2)
        .zip(points.chunks(2))
        .map(|(b, p)| Located {
            start: p[0],
            end: p[1],
            text: text[b[0]..b[1].max(b[0])].to_string(),
        })
        .collect()
}
