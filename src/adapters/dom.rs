//! Paint ranges for the live DOM: annotations turned into
//! `[startNode, startOffset, endNode, endOffset]` quadruples over the text
//! nodes of a snapshot, offsets in UTF-16 code units (what `Range.setStart`
//! counts), plus the elements that hold the article and the boilerplate
//! (indices into the snapshot's elements). Pure data: `www/lib/paint.js`
//! does the painting.
//!
//! Every offset is computed here, before anything touches the page, so a
//! failure can never leave a page half-painted.

use crate::annotations::Annotations;
use crate::document::{Document, ElementId};
use crate::text::{OffsetConverter, Span, Unit};

/// What `paint.js` needs: four numbers per range, and per range the kind
/// (`quote`, `speaker`, `per`, `org`, …, `boilerplate`) and a note (the
/// speaker of a quote, the canonical name of an entity, the boilerplate kind)
/// and a ref (the item's index in the report's `quotes`, `entities` or
/// `boilerplate` list, so a results panel can find an item's range).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PaintList {
    pub ranges: Vec<u32>,
    pub kinds: Vec<String>,
    pub notes: Vec<String>,
    pub refs: Vec<u32>,
    /// The element holding the whole article (index into the snapshot's
    /// elements), if it is smaller than the page.
    pub article: Option<u32>,
    /// The outermost elements that hold only boilerplate blocks (indices
    /// into the snapshot's elements, in document order): what reader mode
    /// hides.
    pub boilerplate: Vec<u32>,
}

/// Maps the annotations of `doc` to ranges over `sources` (the text of each
/// source node, as decoded from the snapshot). Spans that do not map to a
/// source (empty ones) are left out.
pub fn paint_list(doc: &Document, sources: &[&str], ann: &Annotations) -> PaintList {
    let mut items: Vec<(Span, String, String, usize)> = Vec::new();
    for (i, q) in ann.quotes.iter().enumerate() {
        let speaker = q
            .speaker
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default();
        items.push((q.span, "quote".into(), speaker.clone(), i));
        if let Some(mention) = q.speaker.as_ref().and_then(|s| s.mention) {
            items.push((mention, "speaker".into(), speaker, i));
        }
    }
    for (i, e) in ann.entities.iter().enumerate() {
        let kind = e.kind.label().to_ascii_lowercase();
        items.push((e.span, kind, e.canonical.clone(), i));
    }
    for (i, b) in ann.boilerplate.iter().enumerate() {
        let span = doc.blocks[b.block].span;
        items.push((span, "boilerplate".into(), b.kind.label().into(), i));
    }

    let mut list = PaintList {
        article: article_element(doc, ann),
        boilerplate: boilerplate_elements(doc, ann),
        ..PaintList::default()
    };
    // (source node, byte offset in it, index in `list.ranges`)
    let mut pending: Vec<(u32, usize, usize)> = Vec::new();
    for (span, kind, note, index) in items {
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
        list.refs.push(index as u32);
    }
    to_utf16(sources, &mut pending, &mut list.ranges);
    list
}

/// The snapshot's index of a document element: element 0 is the builder's
/// own root, element `n` the n-th opened one.
fn snapshot_index(element: ElementId) -> Option<u32> {
    element.checked_sub(1)
}

/// Elements that stand for the whole page, never outlined or hidden.
fn is_page(doc: &Document, element: ElementId) -> bool {
    element == 0 || matches!(doc.elements[element as usize].tag.as_str(), "html" | "body")
}

/// The lowest common ancestor of the article blocks' elements, unless that
/// is the whole page (or there is no boilerplate, so no article to tell
/// apart).
fn article_element(doc: &Document, ann: &Annotations) -> Option<u32> {
    if ann.boilerplate.is_empty() {
        return None;
    }
    let depth = depths(doc);
    let lca = ann
        .article
        .iter()
        .map(|&b| doc.blocks[b].element)
        .reduce(|mut a, mut b| {
            while a != b {
                // Parents are opened (and numbered) before their children.
                if depth[a as usize] >= depth[b as usize] {
                    a = doc.elements[a as usize].parent.unwrap_or(0);
                } else {
                    b = doc.elements[b as usize].parent.unwrap_or(0);
                }
            }
            a
        })?;
    if is_page(doc, lca) {
        return None;
    }
    snapshot_index(lca)
}

fn depths(doc: &Document) -> Vec<u32> {
    let mut depth = vec![0u32; doc.elements.len()];
    for (i, el) in doc.elements.iter().enumerate().skip(1) {
        depth[i] = el.parent.map_or(0, |p| depth[p as usize] + 1);
    }
    depth
}

/// The outermost elements whose blocks are all boilerplate. An element that
/// also holds an article block is never chosen, so hiding these hides no
/// part of the article.
fn boilerplate_elements(doc: &Document, ann: &Annotations) -> Vec<u32> {
    let n = doc.elements.len();
    let mut total = vec![0u32; n];
    let mut dim = vec![0u32; n];
    for block in &doc.blocks {
        total[block.element as usize] += 1;
    }
    for b in &ann.boilerplate {
        dim[doc.blocks[b.block].element as usize] += 1;
    }
    // Children have higher ids than their parents: one backward sweep sums
    // each subtree.
    for i in (1..n).rev() {
        if let Some(p) = doc.elements[i].parent {
            total[p as usize] += total[i];
            dim[p as usize] += dim[i];
        }
    }
    let only_boilerplate = |e: ElementId| {
        !is_page(doc, e) && total[e as usize] > 0 && dim[e as usize] == total[e as usize]
    };
    (1..n as ElementId)
        .filter(|&e| {
            only_boilerplate(e)
                && !doc.elements[e as usize]
                    .parent
                    .is_some_and(only_boilerplate)
        })
        .filter_map(snapshot_index)
        .collect()
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

    /// `<body><nav><ul><li>Home</li><li>World</li></ul></nav>
    /// <main><article><p>One.</p><aside><p>Promo</p></aside><p>Two.</p></article></main></body>`
    fn page() -> Document {
        let mut b = Builder::new();
        let el = |b: &mut Builder, tag: &str, text: Option<&str>| {
            b.open(tag, Attrs::default());
            if let Some(t) = text {
                b.text(t);
                b.close();
            }
        };
        el(&mut b, "body", None); // 1
        el(&mut b, "nav", None); // 2
        el(&mut b, "ul", None); // 3
        el(&mut b, "li", Some("Home")); // 4
        el(&mut b, "li", Some("World")); // 5
        b.close();
        b.close();
        el(&mut b, "main", None); // 6
        el(&mut b, "article", None); // 7
        el(&mut b, "p", Some("One.")); // 8
        el(&mut b, "aside", None); // 9
        el(&mut b, "p", Some("Promo")); // 10
        b.close();
        el(&mut b, "p", Some("Two.")); // 11
        b.finish()
    }

    fn with_boilerplate(doc: &Document, blocks: &[usize]) -> Annotations {
        use crate::annotations::{Boilerplate, BoilerplateKind};
        Annotations {
            boilerplate: blocks
                .iter()
                .map(|&block| Boilerplate {
                    block,
                    kind: BoilerplateKind::Navigation,
                })
                .collect(),
            article: (0..doc.blocks.len())
                .filter(|i| !blocks.contains(i))
                .collect(),
            ..Annotations::default()
        }
    }

    #[test]
    fn article_and_boilerplate_elements_are_snapshot_indices() {
        let doc = page();
        // Blocks: Home, World, One., Promo, Two.
        let ann = with_boilerplate(&doc, &[0, 1, 3]);
        let list = paint_list(&doc, &[], &ann);
        // <article> is element 7, the snapshot's 6th; <nav> (2) and the
        // <aside> (9) are the outermost all-boilerplate elements.
        assert_eq!(list.article, Some(6));
        assert_eq!(list.boilerplate, [1, 8]);
    }

    #[test]
    fn no_boilerplate_means_no_article_element() {
        let doc = page();
        let list = paint_list(&doc, &[], &with_boilerplate(&doc, &[]));
        assert_eq!(list.article, None);
        assert!(list.boilerplate.is_empty());
    }

    #[test]
    fn the_page_itself_is_never_a_region() {
        let doc = page();
        let list = paint_list(&doc, &[], &with_boilerplate(&doc, &[0, 1, 2, 3, 4]));
        // Everything is boilerplate: <nav> and <main> are hidden, never <body>.
        assert_eq!(list.boilerplate, [1, 5]);
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
