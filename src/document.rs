//! The document model every analysis reads: an ordered list of text blocks
//! plus the element tree they sit in.
//!
//! It is deliberately small and DOM-agnostic. An adapter (live DOM, parsed
//! HTML file, plain text) feeds events to [`crate::builder::Builder`], which
//! owns the rules for what becomes a block; the analyses then only see
//! `Document`. Because every adapter goes through the same builder, the same
//! page gives the same blocks, and so the same annotations, in the browser
//! and in the CLI.
//!
//! Coordinates: `Document::text` is the blocks' text joined by `'\n'`, with
//! whitespace collapsed. Analyses return byte spans into it; [`Segment`]s map
//! any such offset back to the source text node (or file) it came from.

use crate::text::Span;

/// Index of an element in [`Document::elements`].
pub type ElementId = u32;

/// One element of the page, kept for the structural facts a classifier needs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Element {
    /// Lower-case tag name (`p`, `div`, `nav`, …).
    pub tag: String,
    pub parent: Option<ElementId>,
    /// Attribute values the classifiers read (lower-cased, may be empty).
    pub attrs: Attrs,
}

/// The attributes that carry meaning for boilerplate detection. Anything
/// else on an element is dropped at the adapter, so snapshots stay small.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attrs {
    pub id: String,
    pub class: String,
    pub role: String,
    pub itemprop: String,
    pub itemtype: String,
    /// A `<time>` element's machine-readable date, as written (not
    /// lower-cased: `2026-11-24T18:02:11-05:00`).
    pub datetime: String,
}

impl Attrs {
    /// The attribute names, in the order adapters send them.
    pub const NAMES: [&'static str; 6] =
        ["id", "class", "role", "itemprop", "itemtype", "datetime"];

    /// Whether an adapter reads attribute `name` on a `tag` element: the
    /// date only on `<time>`, the one element whose date the core reads
    /// (`www/lib/snapshot.js` does the same, sparing a DOM call on every
    /// other element).
    pub fn reads(tag: &str, name: &str) -> bool {
        name != "datetime" || tag == "time"
    }

    /// Sets the attribute at position `i` of [`Attrs::NAMES`].
    pub fn set(&mut self, i: usize, value: &str) {
        let slot = match i {
            0 => &mut self.id,
            1 => &mut self.class,
            2 => &mut self.role,
            3 => &mut self.itemprop,
            4 => &mut self.itemtype,
            5 => {
                self.datetime = value.trim().to_string();
                return;
            }
            _ => return,
        };
        *slot = value.to_lowercase();
    }
}

/// What kind of text a block is, from its nearest meaningful ancestor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// `h1`…`h6`, with its level.
    Heading(u8),
    ListItem,
    TableCell,
    Quote,
    Preformatted,
    Caption,
    /// Text directly in a generic container (`div`, `section`, …).
    Other,
}

/// A run of text that a reader sees as one unit: a paragraph, a heading, a
/// list item, a table cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Where the block's text is in [`Document::text`].
    pub span: Span,
    /// The innermost block-level element that holds the text.
    pub element: ElementId,
    pub kind: BlockKind,
    /// Bytes of the block's text that sit inside `<a>` elements.
    pub link_bytes: usize,
}

/// Maps a stretch of [`Document::text`] back to where it came from.
///
/// `doc` and `src` have equal length when the text was copied verbatim; a
/// collapsed whitespace run is one `' '` in `doc` against the whole run in
/// `src`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub doc: Span,
    /// Index of the source text (a DOM text node, in document order, or a
    /// line of a text file).
    pub source: u32,
    /// Byte range in that source text.
    pub src: Span,
}

/// A position in a source text: which one, and the byte offset in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourcePos {
    pub source: u32,
    pub byte: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub text: String,
    pub blocks: Vec<Block>,
    pub elements: Vec<Element>,
    /// Sorted by `doc.start`, non-overlapping.
    pub segments: Vec<Segment>,
    /// The page's JSON-LD blocks (`<script type="application/ld+json">`),
    /// verbatim: the article body a publisher declares is evidence for
    /// boilerplate detection. Not part of `text`.
    pub structured_data: Vec<String>,
}

impl Document {
    /// The block whose span contains byte `pos` of `text` (the one ending at
    /// `pos` does not).
    pub fn block_at(&self, pos: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.span.end <= pos);
        (i < self.blocks.len() && self.blocks[i].span.start <= pos).then_some(i)
    }

    /// Blocks that a span touches, as a range of block indices.
    pub fn blocks_of(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.blocks.partition_point(|b| b.span.end <= span.start);
        let last = self.blocks.partition_point(|b| b.span.start < span.end);
        first..last.max(first)
    }

    /// Where a start offset (`is_end == false`) or an exclusive end offset
    /// (`is_end == true`) of `text` lies in the sources.
    ///
    /// The distinction matters at segment edges: the end of a word maps to
    /// the end of the text node holding it, not to offset 0 of the next one,
    /// so that a DOM range never spills into a neighbouring node.
    pub fn source_pos(&self, pos: usize, is_end: bool) -> Option<SourcePos> {
        let i = if is_end {
            self.segments.partition_point(|s| s.doc.end < pos)
        } else {
            self.segments.partition_point(|s| s.doc.end <= pos)
        };
        let seg = self.segments.get(i)?;
        let inside = pos.saturating_sub(seg.doc.start);
        let byte = if seg.doc.len() == seg.src.len() {
            seg.src.start + inside
        } else if inside == 0 {
            seg.src.start
        } else {
            seg.src.end
        };
        Some(SourcePos {
            source: seg.source,
            byte,
        })
    }

    /// Ancestors of `element`, innermost first, the element itself included.
    pub fn ancestors(&self, element: ElementId) -> impl Iterator<Item = &Element> {
        let mut next = Some(element);
        std::iter::from_fn(move || {
            let el = &self.elements[next? as usize];
            next = el.parent;
            Some(el)
        })
    }

    /// The text of block `i`.
    pub fn block_text(&self, i: usize) -> &str {
        self.blocks[i].span.of(&self.text)
    }
}
