//! The pipeline reads entities and quotes in the article only, and maps
//! what it finds back to the whole document's offsets.

use newsmark::adapters::plain;
use newsmark::entities;
use newsmark::pipeline::{annotate, Options};

const QUOTE_ACROSS_AN_AD: &str = "\
Maria Lopez, the mayor of Springfield, spoke to reporters on Tuesday.
\u{201c}We will open the new bridge in March,\u{201d} Lopez said. \u{201c}The work is on time.
Sign up for our newsletter to get the latest news in your inbox.
\u{201c}And it is on budget,\u{201d} she added, before leaving for Chicago.";

#[test]
fn boilerplate_between_paragraphs_is_skipped_and_offsets_stay_in_the_document() {
    let doc = plain::parse(QUOTE_ACROSS_AN_AD).doc;
    let ann = annotate(&doc, &Options::default());
    assert_eq!(ann.boilerplate.len(), 1, "the newsletter line: {ann:#?}");
    let promo = doc.blocks[ann.boilerplate[0].block].span;

    let across = ann
        .quotes
        .iter()
        .find(|q| q.span.start < promo.start && q.span.end > promo.end)
        .expect("the quotation that runs over the promo");
    assert!(doc.text[across.span.start..across.span.end].ends_with("budget,\u{201d}"));
    assert_eq!(across.speaker.as_ref().unwrap().name, "Maria Lopez");

    for e in &ann.entities {
        assert!(e.span.end <= promo.start || e.span.start >= promo.end);
        let text = &doc.text[e.span.start..e.span.end];
        assert!(!text.contains('\n'), "{text:?}");
    }
    let names: Vec<&str> = ann
        .entities
        .iter()
        .map(|e| &doc.text[e.span.start..e.span.end])
        .collect();
    assert!(names.contains(&"Chicago"), "{names:?}");
}

#[test]
fn without_boilerplate_the_whole_text_is_read() {
    let text = "Maria Lopez met Jens Stoltenberg in Brussels on Monday.\n\u{201c}It went well,\u{201d} Lopez said.";
    let doc = plain::parse(text).doc;
    let ann = annotate(&doc, &Options::default());
    assert!(ann.boilerplate.is_empty());
    let spans =
        |v: Vec<newsmark::annotations::Entity>| v.into_iter().map(|e| e.span).collect::<Vec<_>>();
    assert_eq!(spans(ann.entities), spans(entities::tag(&doc.text)));
    assert_eq!(ann.quotes.len(), 1);
}
