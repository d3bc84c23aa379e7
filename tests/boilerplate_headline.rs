//! The story's headline is reported on its own: not dimmed with the page
//! chrome around it, not counted in the article text the extraction
//! benchmarks measure, and read for names like the body.

use newsmark::adapters::{html, plain};
use newsmark::annotations::{Annotations, EntityType};
use newsmark::document::Document;
use newsmark::pipeline::{annotate, Options};
use newsmark::report::{Coordinates, Report};

fn run(page: &str) -> (Document, Annotations) {
    let doc = html::parse(page);
    let ann = annotate(&doc, &Options::default());
    (doc, ann)
}

fn headline_text(doc: &Document, ann: &Annotations) -> Option<String> {
    ann.headline.map(|i| doc.block_text(i).to_string())
}

const BODY: &str = "<div class=\"story-body\">\
    <p>President Emmanuel Macron met Chancellor Friedrich Merz in Paris on Monday to discuss the \
    defence budget, the first meeting of the two leaders since the summer.</p>\
    <p>The two men agreed to set up a joint working group on arms purchases, officials said after \
    the talks, which lasted more than three hours.</p>\
    <p>“We have to spend more, and we have to spend together,” Macron told reporters afterwards, \
    standing beside his guest at the Elysee Palace.</p></div>";

#[test]
fn the_story_headline_is_neither_boilerplate_nor_article_text() {
    let (doc, ann) = run(include_str!("fixtures/boilerplate/news_page.html"));
    let headline = ann.headline.expect("the story's h1 is its headline");
    assert_eq!(
        doc.block_text(headline),
        "Harbour bridge reopens after two years of repairs"
    );
    assert!(ann.boilerplate.iter().all(|b| b.block != headline));
    assert!(!ann.article.contains(&headline));
    let report = Report::new(&doc, &ann, &Coordinates::DocumentText);
    let out = report.headline.expect("the report carries the headline");
    assert_eq!(out.text, doc.block_text(headline));
    let chars: Vec<char> = doc.text.chars().collect();
    let at: String = chars[out.start..out.end].iter().collect();
    assert_eq!(at, out.text);
    assert!(!report.article.contains("Harbour bridge reopens"));
    // The chrome around it is still flagged.
    let flagged: Vec<&str> = ann
        .boilerplate
        .iter()
        .map(|b| doc.block_text(b.block))
        .collect();
    assert!(flagged.contains(&"By Maria Lopez"), "{flagged:?}");
    assert!(flagged.contains(&"The Daily Example"), "{flagged:?}");
}

#[test]
fn names_in_the_headline_are_tagged() {
    let page = format!(
        "<html><body><header><a href=\"/\">The Example Times</a></header>\
         <h1>Macron and Merz agree on joint arms purchases</h1>\
         <p class=\"byline\">By Anne Duval</p>{BODY}</body></html>"
    );
    let (doc, ann) = run(&page);
    let headline = ann.headline.expect("headline");
    let span = doc.blocks[headline].span;
    let people: Vec<&str> = ann
        .entities
        .iter()
        .filter(|e| {
            e.kind == EntityType::Person && e.span.start >= span.start && e.span.end <= span.end
        })
        .map(|e| &doc.text[e.span.start..e.span.end])
        .collect();
    assert_eq!(people, ["Macron", "Merz"]);
}

#[test]
fn a_linked_site_name_in_an_h1_is_not_the_headline() {
    // The site's logo is the page's only h1; the story's title is an h2.
    let page = format!(
        "<html><body><header><h1><a href=\"/\">The Example Times</a></h1>\
         <nav><ul><li><a href=\"/w\">World</a></li><li><a href=\"/p\">Politics</a></li></ul></nav>\
         </header><h2>Macron and Merz agree on joint arms purchases</h2>{BODY}</body></html>"
    );
    let (doc, ann) = run(&page);
    assert_eq!(headline_text(&doc, &ann), None);
    let flagged: Vec<&str> = ann
        .boilerplate
        .iter()
        .map(|b| doc.block_text(b.block))
        .collect();
    assert!(flagged.contains(&"The Example Times"), "{flagged:?}");
}

#[test]
fn a_prompt_in_an_h1_above_the_story_stays_boilerplate() {
    let page = format!(
        "<html><body><h1>Macron and Merz agree on joint arms purchases</h1>\
         <div class=\"modal\"><h1>Sign in to your account</h1></div>{BODY}</body></html>"
    );
    let (doc, ann) = run(&page);
    // The nearest h1 above the body is the login prompt: no headline is
    // better than the prompt shown as one.
    assert_eq!(headline_text(&doc, &ann), None);
    assert!(ann
        .boilerplate
        .iter()
        .any(|b| doc.block_text(b.block) == "Sign in to your account"));
}

#[test]
fn flattened_text_has_no_headline_block() {
    let parsed = plain::parse(
        "Macron and Merz agree on joint arms purchases\n\nPresident Emmanuel Macron met \
         Chancellor Friedrich Merz in Paris on Monday to discuss the defence budget.\n",
    );
    let ann = annotate(&parsed.doc, &Options::default());
    assert_eq!(ann.headline, None);
    assert!(
        ann.article.contains(&0),
        "the opening line stays article text"
    );
}
