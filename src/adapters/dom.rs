//! Paint ranges for the live DOM: annotations turned into
//! `[startNode, startOffset, endNode, endOffset]` quadruples over the text
//! nodes of a snapshot, offsets in UTF-16 code units (what `Range.setStart`
//! counts). Pure data: `www/lib/paint.js` does the painting.
//!
//! Every offset is computed here, before anything touches the page, so a
//! failure can never leave a page half-painted.

use crate::annotations::Annotations;
use crate::document::Document;
use crate::text::{OffsetConverter, Span, Unit};

/// What `paint.js` needs: four numbers per range, and per range the kind
/// (`quote`, `speaker`, `per`, `org`, …, `boilerplate`) and a note (the
/// speaker of a quote, the canonical name of an entity, the boilerplate kind).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PaintList {
    pub ranges: Vec<u32>,
    pub kinds: Vec<String>,
    pub notes: Vec<String>,
}

/// Maps the annotations of `doc` to ranges over `sources` (the text of each
/// source node, as decoded from the snapshot). Spans that do not map to a
/// source (empty ones) are left out.
pub fn paint_list(doc: &Document, sources: &[&str], ann: &Annotations) -> PaintList {
    let mut items: Vec<(Span, String, String)> = Vec::new();
    for q in &ann.quotes {
        let speaker = q
            .speaker
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default();
        items.push((q.span, "quote".into(), speaker.clone()));
        if let Some(mention) = q.speaker.as_ref().and_then(|s| s.mention) {
            items.push((mention, "speaker".into(), speaker));
        }
    }
    for e in &ann.entities {
        let kind = e.kind.label().to_ascii_lowercase();
        items.push((e.span, kind, e.canonical.clone()));
    }
    for b in &ann.boilerplate {
        let span = doc.blocks[b.block].span;
        items.push((span, "boilerplate".into(), b.kind.label().into()));
    }

    let mut list = PaintList::default();
    // (source node, byte offset in it, index in `list.ranges`)
    let mut pending: Vec<(u32, usize, usize)> = Vec::new();
    for (span, kind, note) in items {
        let start = doc.source_pos(span.start, false);
        let end = doc.source_pos(span.end, true);
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        if span.is_empty() {
            continue;
        }
        let at = list.ranges.len();
        list.ranges.extend([start.source, 0, end.source, 0]);
        pending.push((start.source, start.byte, at + 1));
        pending.push((end.source, end.byte, at + 3));
        list.kinds.push(kind);
        list.notes.push(note);
    }
    to_utf16(sources, &mut pending, &mut list.ranges);
    list
}

/// Converts the byte offsets in `pending` to UTF-16 and stores them in
/// `ranges`, one sweep over each source node that has any: linear in the
/// text, however many ranges there are.
fn to_utf16(sources: &[&str], pending: &mut [(u32, usize, usize)], ranges: &mut [u32]) {
    pending.sort_unstable_by_key(|&(node, _, _)| node);
    for group in pending.chunk_by(|a, b| a.0 == b.0) {
        let text = sources
            .get(group[0].0 as usize)
            .copied()
            .unwrap_or_default();
        let mut offsets: Vec<usize> = group.iter().map(|&(_, byte, _)| byte).collect();
        OffsetConverter::new(text).convert(&mut offsets, Unit::Utf16);
        for (&(_, _, slot), offset) in group.iter().zip(offsets) {
            ranges[slot] = offset as u32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::{Entity, EntityType, Quote, Speaker};
    use crate::builder::Builder;
    use crate::document::Attrs;

    /// `<p>😀 “Hi <b>there</b>,” said Zoë Ng.</p>`, as a builder sees it.
    fn fixture() -> (Document, Vec<&'static str>) {
        let sources = vec!["😀  “Hi ", "there", ",” said Zoë Ng."];
        let mut b = Builder::new();
        b.open("p", Attrs::default());
        b.text(sources[0]);
        b.open("b", Attrs::default());
        b.text(sources[1]);
        b.close();
        b.text(sources[2]);
        b.close();
        (b.finish(), sources)
    }

    fn span_of(doc: &Document, needle: &str) -> Span {
        let start = doc.text.find(needle).unwrap();
        Span::new(start, start + needle.len())
    }

    #[test]
    fn ranges_cross_nodes_in_utf16_units() {
        let (doc, sources) = fixture();
        assert_eq!(doc.text, "😀 “Hi there,” said Zoë Ng.");
        let quote = span_of(&doc, "“Hi there,”");
        let name = span_of(&doc, "Zoë Ng");
        let ann = Annotations {
            quotes: vec![Quote {
                span: quote,
                speaker: Some(Speaker {
                    mention: Some(name),
                    name: "Zoë Ng".into(),
                }),
            }],
            entities: vec![Entity {
                span: name,
                kind: EntityType::Person,
                canonical: "Zoë Ng".into(),
            }],
            ..Annotations::default()
        };
        let list = paint_list(&doc, &sources, &ann);
        assert_eq!(list.kinds, ["quote", "speaker", "per"]);
        assert_eq!(list.notes, ["Zoë Ng", "Zoë Ng", "Zoë Ng"]);
        // The emoji is two UTF-16 units and the collapsed double space two
        // source units: the quote starts at 4 in node 0, ends at 2 in node 2.
        assert_eq!(&list.ranges[0..4], [0, 4, 2, 2]);
        // "Zoë Ng" in ",” said Zoë Ng.": ë is one UTF-16 unit.
        assert_eq!(&list.ranges[4..8], [2, 8, 2, 14]);
        assert_eq!(&list.ranges[8..12], [2, 8, 2, 14]);
    }

    #[test]
    fn an_end_at_a_node_edge_stays_in_that_node() {
        let (doc, sources) = fixture();
        let there = span_of(&doc, "there");
        let ann = Annotations {
            entities: vec![Entity {
                span: there,
                kind: EntityType::Misc,
                canonical: "there".into(),
            }],
            ..Annotations::default()
        };
        assert_eq!(paint_list(&doc, &sources, &ann).ranges, [1, 0, 1, 5]);
    }

    #[test]
    fn empty_spans_are_left_out() {
        let (doc, sources) = fixture();
        let ann = Annotations {
            entities: vec![Entity {
                span: Span::new(3, 3),
                kind: EntityType::Date,
                canonical: String::new(),
            }],
            ..Annotations::default()
        };
        assert_eq!(paint_list(&doc, &sources, &ann), PaintList::default());
    }
}
