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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub quotes: Vec<QuoteOut>,
    pub entities: Vec<EntityOut>,
    pub boilerplate: Vec<BoilerplateOut>,
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
        let points = to_code_points(doc, &spans, coords);
        let mut points = points.into_iter();
        let mut next = || points.next().expect("one converted span per span");

        let quotes = ann
            .quotes
            .iter()
            .map(|q| {
                let (start, end) = next();
                let (s_start, s_end) = next();
                let speaker = q.speaker.as_ref();
                let mention = speaker.and_then(|s| s.mention);
                QuoteOut {
                    text: q.span.of(&doc.text).to_string(),
                    start,
                    end,
                    speaker_text: mention.map(|m| m.of(&doc.text).to_string()),
                    speaker_start: mention.map(|_| s_start),
                    speaker_end: mention.map(|_| s_end),
                    speaker_name: speaker.map(|s| s.name.clone()),
                }
            })
            .collect();
        let entities = ann
            .entities
            .iter()
            .map(|e| {
                let (start, end) = next();
                EntityOut {
                    text: e.span.of(&doc.text).to_string(),
                    kind: e.kind,
                    start,
                    end,
                    canonical: e.canonical.clone(),
                }
            })
            .collect();
        let boilerplate = ann
            .boilerplate
            .iter()
            .map(|b| {
                let (start, end) = next();
                BoilerplateOut {
                    text: doc.block_text(b.block).to_string(),
                    start,
                    end,
                    kind: b.kind.label(),
                }
            })
            .collect();
        Report {
            quotes,
            entities,
            boilerplate,
            article: article_text(doc, ann),
        }
    }
}

/// Converts byte spans of `doc.text` to code point spans in `coords`.
fn to_code_points(doc: &Document, spans: &[Span], coords: &Coordinates) -> Vec<(usize, usize)> {
    let (text, mut offsets): (&str, Vec<usize>) = match coords {
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
    OffsetConverter::new(text).convert(&mut offsets, Unit::CodePoint);
    offsets.chunks(2).map(|p| (p[0], p[1])).collect()
}
