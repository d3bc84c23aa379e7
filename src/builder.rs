//! The rules that turn a page into blocks — the only place they live.
//!
//! An adapter walks its tree (live DOM, parsed HTML, lines of a text file)
//! in document order and calls [`Builder::open`], [`Builder::text`] and
//! [`Builder::close`]. The adapter itself only has to skip the subtrees that
//! match [`SKIP_SELECTOR`]; everything else — which elements break blocks,
//! how whitespace collapses, what counts as link text — is decided here, so
//! two adapters fed the same page produce the same [`Document`].

use crate::document::{Attrs, Block, BlockKind, Document, Element, ElementId, Segment};
use crate::text::Span;

/// The scripts whose text is structured data about the page (JSON-LD);
/// adapters pass their text to [`Builder::structured_data`].
pub const STRUCTURED_DATA_SELECTOR: &str = "script[type='application/ld+json']";

/// Elements whose whole subtree is never text a reader sees: code, styles,
/// embedded documents, and elements the page has hidden by attribute.
///
/// Adapters evaluate it with their own selector engine (`Element.matches`
/// in the browser, `scraper` natively) and do not descend into matches.
/// Computed styles are deliberately not consulted: they need layout in the
/// browser and do not exist for a saved file, and parity between the two
/// matters more than the rare page hidden only by a stylesheet.
pub const SKIP_SELECTOR: &str = "script, style, noscript, template, svg, math, iframe, object, \
     embed, canvas, select, textarea, head, [hidden], [aria-hidden=true], \
     [style*='display:none'], [style*='display: none'], \
     [style*='visibility:hidden'], [style*='visibility: hidden']";

/// Elements that start and end a block of text (HTML's block-level and
/// table-structure elements, plus `br`, which separates lines as paragraphs
/// do on pages that lay text out with it).
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "video",
    "audio",
];

fn is_block_tag(tag: &str) -> bool {
    BLOCK_TAGS.contains(&tag)
}

/// The tag of the synthetic root every document has at element 0, so that
/// text outside any element still has a parent.
pub const ROOT_TAG: &str = "#root";

struct Open {
    id: ElementId,
    is_block: bool,
    is_link: bool,
}

/// Whitespace seen since the last visible character, not yet emitted.
#[derive(Clone, Copy)]
struct PendingSpace {
    source: u32,
    src: Span,
}

/// Builds a [`Document`] from a stream of open/text/close events.
pub struct Builder {
    doc: Document,
    stack: Vec<Open>,
    links_open: usize,
    /// Start of the block being collected in `doc.text`, if it has text.
    block_start: Option<usize>,
    block_link_bytes: usize,
    pending_space: Option<PendingSpace>,
    sources: u32,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    pub fn new() -> Builder {
        let mut doc = Document::default();
        doc.elements.push(Element {
            tag: ROOT_TAG.to_string(),
            parent: None,
            attrs: Attrs::default(),
        });
        Builder {
            doc,
            stack: vec![Open {
                id: 0,
                is_block: true,
                is_link: false,
            }],
            links_open: 0,
            block_start: None,
            block_link_bytes: 0,
            pending_space: None,
            sources: 0,
        }
    }

    /// An element starts. `tag` is matched case-insensitively.
    pub fn open(&mut self, tag: &str, attrs: Attrs) {
        let tag = tag.to_ascii_lowercase();
        let is_block = is_block_tag(&tag);
        if is_block {
            self.flush();
        }
        let is_link = tag == "a";
        if is_link {
            self.links_open += 1;
        }
        let id = self.doc.elements.len() as ElementId;
        let parent = self.stack.last().map(|o| o.id);
        self.doc.elements.push(Element { tag, parent, attrs });
        self.stack.push(Open {
            id,
            is_block,
            is_link,
        });
    }

    /// The innermost open element ends. Unbalanced closes are ignored.
    pub fn close(&mut self) {
        if self.stack.len() <= 1 {
            return;
        }
        if self.stack.last().is_some_and(|o| o.is_block) {
            self.flush();
        }
        let open = self.stack.pop().expect("stack holds the root");
        if open.is_link {
            self.links_open -= 1;
        }
    }

    /// A text node. Every call is one source, numbered from 0 in call order:
    /// adapters use that number to find the node again.
    pub fn text(&mut self, data: &str) {
        let source = self.sources;
        self.sources += 1;
        let mut run_start = None;
        for (i, c) in data.char_indices() {
            if c.is_whitespace() {
                if let Some(start) = run_start.take() {
                    self.push_visible(source, Span::new(start, i), data);
                }
                self.note_space(source, i, c);
            } else if run_start.is_none() {
                run_start = Some(i);
            }
        }
        if let Some(start) = run_start {
            self.push_visible(source, Span::new(start, data.len()), data);
        }
    }

    /// A JSON-LD block of the page. Adapters send them all, in page order,
    /// before the first element (scripts are otherwise skipped).
    pub fn structured_data(&mut self, json: &str) {
        self.doc.structured_data.push(json.to_string());
    }

    /// Ends the document and returns it.
    pub fn finish(mut self) -> Document {
        self.flush();
        self.doc
    }

    fn note_space(&mut self, source: u32, at: usize, c: char) {
        let end = at + c.len_utf8();
        match &mut self.pending_space {
            Some(p) if p.source == source && p.src.end == at => p.src.end = end,
            Some(_) => {}
            None if self.block_start.is_some() => {
                self.pending_space = Some(PendingSpace {
                    source,
                    src: Span::new(at, end),
                })
            }
            None => {}
        }
    }

    fn push_visible(&mut self, source: u32, src: Span, data: &str) {
        if self.block_start.is_none() {
            if !self.doc.text.is_empty() {
                self.doc.text.push('\n');
            }
            self.block_start = Some(self.doc.text.len());
            self.block_link_bytes = 0;
        }
        if let Some(space) = self.pending_space.take() {
            self.push_segment(" ", space.source, space.src);
        }
        self.push_segment(src.of(data), source, src);
    }

    fn push_segment(&mut self, text: &str, source: u32, src: Span) {
        let start = self.doc.text.len();
        self.doc.text.push_str(text);
        let doc = Span::new(start, self.doc.text.len());
        if self.links_open > 0 {
            self.block_link_bytes += text.len();
        }
        let verbatim = doc.len() == src.len();
        if let Some(last) = self.doc.segments.last_mut() {
            let last_verbatim = last.doc.len() == last.src.len();
            if verbatim
                && last_verbatim
                && last.source == source
                && last.doc.end == doc.start
                && last.src.end == src.start
            {
                last.doc.end = doc.end;
                last.src.end = src.end;
                return;
            }
        }
        self.doc.segments.push(Segment { doc, source, src });
    }

    /// Closes the block being collected, if it has any text.
    fn flush(&mut self) {
        self.pending_space = None;
        let Some(start) = self.block_start.take() else {
            return;
        };
        let element = self
            .stack
            .iter()
            .rev()
            .find(|o| o.is_block)
            .map_or(0, |o| o.id);
        let kind = self.kind_of(element);
        self.doc.blocks.push(Block {
            span: Span::new(start, self.doc.text.len()),
            element,
            kind,
            link_bytes: self.block_link_bytes,
        });
    }

    fn kind_of(&self, element: ElementId) -> BlockKind {
        let tag = self.doc.elements[element as usize].tag.as_str();
        match tag {
            "p" => BlockKind::Paragraph,
            "li" | "dd" | "dt" => BlockKind::ListItem,
            "td" | "th" => BlockKind::TableCell,
            "blockquote" => BlockKind::Quote,
            "pre" => BlockKind::Preformatted,
            "figcaption" | "caption" => BlockKind::Caption,
            _ => match tag.strip_prefix('h').and_then(|n| n.parse::<u8>().ok()) {
                Some(level @ 1..=6) => BlockKind::Heading(level),
                _ => BlockKind::Other,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(events: &[(&str, &str)]) -> Document {
        let mut b = Builder::new();
        for &(ev, arg) in events {
            match ev {
                "open" => b.open(arg, Attrs::default()),
                "close" => b.close(),
                _ => b.text(arg),
            }
        }
        b.finish()
    }

    #[test]
    fn paragraphs_become_blocks_and_inline_text_joins() {
        let doc = build(&[
            ("open", "p"),
            ("text", "  Hello\n  "),
            ("open", "b"),
            ("text", "big"),
            ("close", ""),
            ("text", "world "),
            ("close", ""),
            ("open", "h2"),
            ("text", "Title"),
            ("close", ""),
        ]);
        assert_eq!(doc.text, "Hello bigworld\nTitle");
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.blocks[0].kind, BlockKind::Paragraph);
        assert_eq!(doc.blocks[1].kind, BlockKind::Heading(2));
        assert_eq!(doc.block_text(1), "Title");
    }

    #[test]
    fn offsets_map_back_to_text_nodes() {
        let doc = build(&[
            ("open", "p"),
            ("text", "  Hello\n  "),
            ("open", "b"),
            ("text", "big"),
            ("close", ""),
            ("close", ""),
        ]);
        let big = doc.text.find("big").unwrap();
        let pos = doc.source_pos(big, false).unwrap();
        assert_eq!((pos.source, pos.byte), (1, 0));
        // The end of "Hello" stays in node 0 rather than jumping to node 1.
        let end = doc.source_pos(5, true).unwrap();
        assert_eq!((end.source, end.byte), (0, 7));
        // The collapsed space maps to the start of the whitespace run.
        let space = doc.source_pos(5, false).unwrap();
        assert_eq!((space.source, space.byte), (0, 7));
    }

    #[test]
    fn link_text_is_counted() {
        let doc = build(&[
            ("open", "li"),
            ("open", "a"),
            ("text", "Home"),
            ("close", ""),
            ("text", " page"),
            ("close", ""),
        ]);
        assert_eq!(doc.text, "Home page");
        assert_eq!(doc.blocks[0].link_bytes, 4);
        assert_eq!(doc.blocks[0].kind, BlockKind::ListItem);
    }

    #[test]
    fn text_around_a_nested_block_splits_in_three() {
        let doc = build(&[
            ("open", "div"),
            ("text", "before"),
            ("open", "p"),
            ("text", "inside"),
            ("close", ""),
            ("text", "after"),
            ("close", ""),
        ]);
        let texts: Vec<_> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
        assert_eq!(texts, ["before", "inside", "after"]);
        assert_eq!(doc.blocks[0].element, doc.blocks[2].element);
    }

    #[test]
    fn whitespace_only_and_unbalanced_input_is_harmless() {
        let doc = build(&[
            ("close", ""),
            ("text", " \n "),
            ("open", "p"),
            ("close", ""),
        ]);
        assert!(doc.blocks.is_empty());
        assert_eq!(doc.text, "");
    }
}
