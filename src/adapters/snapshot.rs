//! A page snapshot taken in JavaScript (`www/lib/snapshot.js`), decoded into
//! the [`Builder`].
//!
//! The browser walks the DOM in JavaScript, not through web-sys, for two
//! reasons. Speed: one string crosses into wasm instead of several calls per
//! node. And the extension: on pages with a strict Content-Security-Policy
//! the content script cannot compile wasm, so it takes the same snapshot and
//! sends it to the extension's service worker, which decodes it here. Both
//! paths therefore share one walker (the JS file) and one set of rules (the
//! builder).
//!
//! Format: one string of records, each starting with a marker character.
//! The markers are control characters that the walker replaces in text
//! (one UTF-16 unit for one, so offsets are unchanged).
//!
//! * `OPEN tag (FIELD value){6}` — an element starts; the six values are the
//!   attributes of [`Attrs::NAMES`], in order, empty when absent.
//! * `CLOSE` — the innermost element ends.
//! * `TEXT data` — a text node; the n-th `TEXT` record is source `n`.
//! * `DATA json` — a JSON-LD script's text (before the first `OPEN`).

use crate::builder::Builder;
use crate::document::{Attrs, Document};

pub const OPEN: char = '\u{1}';
pub const FIELD: char = '\u{2}';
pub const CLOSE: char = '\u{3}';
pub const TEXT: char = '\u{4}';
pub const DATA: char = '\u{5}';

/// A decoded snapshot: the document and the text of each source node (the
/// painter needs it to convert byte offsets to UTF-16).
pub struct Snapshot<'a> {
    pub doc: Document,
    pub sources: Vec<&'a str>,
}

/// Decodes a snapshot string. Malformed input never panics; it just gives
/// fewer blocks.
pub fn decode(events: &str) -> Snapshot<'_> {
    let mut builder = Builder::new();
    let mut sources = Vec::new();
    let mut rest = events;
    while let Some(marker) = rest.chars().next() {
        let body_start = marker.len_utf8();
        let body_end = rest[body_start..]
            .find([OPEN, CLOSE, TEXT, DATA])
            .map_or(rest.len(), |i| body_start + i);
        let body = &rest[body_start..body_end];
        match marker {
            OPEN => {
                let mut fields = body.split(FIELD);
                let tag = fields.next().unwrap_or_default();
                let mut attrs = Attrs::default();
                for (i, value) in fields.enumerate().filter(|(_, v)| !v.is_empty()) {
                    attrs.set(i, value);
                }
                builder.open(tag, attrs);
            }
            CLOSE => builder.close(),
            DATA => builder.structured_data(body),
            TEXT => {
                builder.text(body);
                sources.push(body);
            }
            _ => {}
        }
        rest = &rest[body_end..];
    }
    Snapshot {
        doc: builder.finish(),
        sources,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(tag: &str, class: &str) -> String {
        format!("{OPEN}{tag}{FIELD}{FIELD}{class}{FIELD}{FIELD}{FIELD}")
    }

    #[test]
    fn decodes_elements_attributes_and_text() {
        let events = format!(
            "{}{}{TEXT}Menu{CLOSE}{}{TEXT}Hello {}{TEXT}wörld{CLOSE}{CLOSE}{CLOSE}",
            open("body", ""),
            open("nav", "Top-Nav"),
            open("p", ""),
            open("b", ""),
        );
        let snap = decode(&events);
        assert_eq!(snap.doc.text, "Menu\nHello wörld");
        assert_eq!(snap.sources, ["Menu", "Hello ", "wörld"]);
        let nav = snap.doc.blocks[0].element as usize;
        assert_eq!(snap.doc.elements[nav].attrs.class, "top-nav");
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in [
            "",
            "\u{2}\u{2}",
            "x",
            "\u{1}",
            "\u{3}\u{3}\u{4}",
            "\u{1}p\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}",
        ] {
            decode(s);
        }
    }
}
