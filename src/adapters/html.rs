//! Saved HTML pages (native only): parsed with html5ever through `scraper`,
//! the same HTML5 parsing algorithm the browser runs, then walked in
//! document order into the [`Builder`].

use crate::builder::{Builder, SKIP_SELECTOR, STRUCTURED_DATA_SELECTOR};
use crate::document::{Attrs, Document};
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::OnceLock;

fn skip_selector() -> &'static Selector {
    static SELECTOR: OnceLock<Selector> = OnceLock::new();
    SELECTOR.get_or_init(|| Selector::parse(SKIP_SELECTOR).expect("SKIP_SELECTOR is valid CSS"))
}

fn structured_data_selector() -> &'static Selector {
    static SELECTOR: OnceLock<Selector> = OnceLock::new();
    SELECTOR.get_or_init(|| {
        Selector::parse(STRUCTURED_DATA_SELECTOR).expect("STRUCTURED_DATA_SELECTOR is valid CSS")
    })
}

/// Parses an HTML page into a document.
pub fn parse(html: &str) -> Document {
    let page = Html::parse_document(html);
    let mut builder = Builder::new();
    for script in page.select(structured_data_selector()) {
        builder.structured_data(&script.text().collect::<String>());
    }
    // An explicit stack rather than recursion: real pages nest deep enough
    // to overflow the stack of a recursive walk.
    enum Step<'a> {
        Enter(ego_tree::NodeRef<'a, Node>),
        Leave,
    }
    let mut steps: Vec<Step> = page.tree.root().children().rev().map(Step::Enter).collect();
    while let Some(step) = steps.pop() {
        let node = match step {
            Step::Leave => {
                builder.close();
                continue;
            }
            Step::Enter(node) => node,
        };
        match node.value() {
            Node::Text(text) => builder.text(text),
            Node::Element(el) => {
                let element = ElementRef::wrap(node).expect("an element node");
                if skip_selector().matches(&element) {
                    continue;
                }
                let mut attrs = Attrs::default();
                for (i, name) in Attrs::NAMES.iter().enumerate() {
                    if let Some(value) = el.attr(name).filter(|_| Attrs::reads(el.name(), name)) {
                        attrs.set(i, value);
                    }
                }
                builder.open(el.name(), attrs);
                steps.push(Step::Leave);
                steps.extend(node.children().rev().map(Step::Enter));
            }
            _ => steps.extend(node.children().rev().map(Step::Enter)),
        }
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_hidden_and_code_and_keeps_structure() {
        let doc = parse(
            "<html><head><title>T</title><style>p{}</style></head><body>\
             <nav class='Main-Nav'><a href='/'>Home</a></nav>\
             <article><h1>Big news</h1><p>First <b>para</b>graph.</p>\
             <script>var x = 1;</script><p hidden>secret</p>\
             <div style='display: none'>gone</div><p>Second.</p></article></body></html>",
        );
        assert_eq!(doc.text, "Home\nBig news\nFirst paragraph.\nSecond.");
        let nav = doc.blocks[0].element as usize;
        assert_eq!(doc.elements[nav].tag, "nav");
        assert_eq!(doc.elements[nav].attrs.class, "main-nav");
        assert_eq!(doc.blocks[0].link_bytes, 4);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(3_000) + "deep" + &"</div>".repeat(3_000);
        assert_eq!(parse(&html).text, "deep");
    }
}
