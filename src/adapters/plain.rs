//! Plain text: every non-blank line is a paragraph.
//!
//! News text files put one paragraph on a line, with or without blank lines
//! between them; both layouts give the same blocks.

use crate::builder::Builder;
use crate::document::{Attrs, Document};

/// A document made from a text file, with what is needed to map its
/// offsets back to the file.
pub struct PlainText {
    pub doc: Document,
    /// Byte offset in the file of each source (line) of `doc`.
    pub line_starts: Vec<usize>,
}

pub fn parse(text: &str) -> PlainText {
    let mut builder = Builder::new();
    let mut line_starts = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        if !line.trim().is_empty() {
            builder.open("p", Attrs::default());
            builder.text(line);
            builder.close();
            line_starts.push(start);
        }
        start += line.len() + 1;
    }
    PlainText {
        doc: builder.finish(),
        line_starts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_paragraphs_and_map_back() {
        let file = "First  line.\r\n\n  Second 😀 line.\n";
        let p = parse(file);
        assert_eq!(p.doc.text, "First line.\nSecond 😀 line.");
        let second = p.doc.text.find("Second").unwrap();
        let pos = p.doc.source_pos(second, false).unwrap();
        assert_eq!(
            &file[p.line_starts[pos.source as usize] + pos.byte..][..6],
            "Second"
        );
    }
}
