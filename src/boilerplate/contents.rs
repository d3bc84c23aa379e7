//! A page's own table of contents: list items that are nothing but a link
//! and repeat, word for word, a heading elsewhere on the page. A live
//! blog's "Key events" box links to its posts by their headings, a long
//! read lists its chapters, a "Most read" box lists the story itself by
//! its headline. Each entry reads like a headline, so neither the words
//! nor a link density tell it from a subheading of the story; the repeat
//! does. Their container's class (`key-events`) is not reliable enough to
//! name them: it is split into ordinary words (`key`, `events`).

use crate::document::{BlockKind, Document};
use std::collections::HashSet;

/// The fewest words of an entry. A one- or two-word list link that
/// matches a heading (`Analysis`, `Live`) is as often a section label as a
/// contents entry, and those are the cues' to judge.
const MIN_WORDS: usize = 3;

/// Whether each block is a contents entry.
pub fn entries(doc: &Document, texts: &[&str]) -> Vec<bool> {
    let headings: HashSet<&str> = doc
        .blocks
        .iter()
        .zip(texts)
        .filter(|(block, _)| matches!(block.kind, BlockKind::Heading(_)))
        .map(|(_, text)| *text)
        .collect();
    doc.blocks
        .iter()
        .zip(texts)
        .map(|(block, text)| {
            block.kind == BlockKind::ListItem
                && block.link_bytes >= text.len()
                && text.split_whitespace().nth(MIN_WORDS - 1).is_some()
                && headings.contains(text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::html::parse;

    fn entry_texts(html: &str) -> Vec<String> {
        let doc = parse(html);
        let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
        let found = entries(&doc, &texts);
        texts
            .iter()
            .zip(found)
            .filter(|(_, hit)| *hit)
            .map(|(t, _)| t.to_string())
            .collect()
    }

    #[test]
    fn links_repeating_a_heading_are_entries() {
        let html = "<ul><li><a href='#a'>Storm cuts power to homes</a></li>\
                    <li><a href='#b'>Rail services suspended</a></li></ul>\
                    <h3 id='a'>Storm cuts power to homes</h3><p>Text.</p>\
                    <h3 id='b'>Rail services suspended</h3><p>More.</p>";
        assert_eq!(
            entry_texts(html),
            ["Storm cuts power to homes", "Rail services suspended"]
        );
    }

    #[test]
    fn other_list_links_headings_and_short_labels_are_not() {
        let html = "<ul><li><a href='/x'>Another story entirely here</a></li>\
                    <li>Storm cuts power to homes</li>\
                    <li><a href='/l'>Live now</a></li></ul>\
                    <h2>Storm cuts power to homes</h2><h2>Live now</h2>";
        assert!(entry_texts(html).is_empty());
    }
}
