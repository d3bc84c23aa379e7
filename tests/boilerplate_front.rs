//! The story's front matter — headline, standfirst, byline — is reported
//! on its own: not dimmed with the page chrome around it, not counted in
//! the article text the extraction benchmarks measure; the headline and
//! standfirst are read for names like the body, the byline is not.

use newsmark::adapters::{html, plain};
use newsmark::annotations::{Annotations, EntityType, FrontMatter};
use newsmark::document::Document;
use newsmark::pipeline::{annotate, Options};
use newsmark::report::{Coordinates, Report};

fn run(page: &str) -> (Document, Annotations) {
    let doc = html::parse(page);
    let ann = annotate(&doc, &Options::default());
    (doc, ann)
}

fn headline_text(doc: &Document, ann: &Annotations) -> Option<String> {
    ann.front.headline.map(|i| doc.block_text(i).to_string())
}

fn flagged_texts<'d>(doc: &'d Document, ann: &Annotations) -> Vec<&'d str> {
    ann.boilerplate
        .iter()
        .map(|b| doc.block_text(b.block))
        .collect()
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
    let headline = ann.front.headline.expect("the story's h1 is its headline");
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
    // The byline under it is front matter too; the chrome is still flagged.
    assert_eq!(report.byline.expect("byline").text, "By Maria Lopez");
    let flagged = flagged_texts(&doc, &ann);
    assert!(!flagged.contains(&"By Maria Lopez"), "{flagged:?}");
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
    let headline = ann.front.headline.expect("headline");
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
    let flagged = flagged_texts(&doc, &ann);
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
    assert_eq!(ann.front, FrontMatter::default());
    assert!(
        ann.article.contains(&0),
        "the opening line stays article text"
    );
}

/// A page whose story opens with a summary and a credit line under the
/// title, the way most news sites print them, then a lead image.
fn page_with_front_matter(standfirst: &str, byline: &str) -> String {
    format!(
        "<html><body><header><a href=\"/\">The Example Times</a>\
         <nav><a href=\"/w\">World</a> <a href=\"/b\">Business</a></nav></header>\
         <h1>Macron and Merz agree on joint arms purchases</h1>\
         <p class=\"standfirst\">{standfirst}</p>\
         <div class=\"byline\">{byline}</div>\
         <div class=\"share\"><a href=\"/s\">Share</a></div>{BODY}</body></html>"
    )
}

#[test]
fn the_standfirst_and_byline_under_the_headline_are_front_matter() {
    let standfirst =
        "The two leaders want Europe to buy its weapons together, and to pay for them \
                      with a common fund.";
    let page = page_with_front_matter(standfirst, "By Anne Duval, Paris correspondent");
    let (doc, ann) = run(&page);
    let texts = |i: Option<usize>| i.map(|i| doc.block_text(i));
    assert_eq!(texts(ann.front.standfirst), Some(standfirst));
    assert_eq!(
        texts(ann.front.byline),
        Some("By Anne Duval, Paris correspondent")
    );
    let flagged = flagged_texts(&doc, &ann);
    assert!(!flagged.contains(&standfirst), "{flagged:?}");
    assert!(flagged.contains(&"Share"), "{flagged:?}");
    let report = Report::new(&doc, &ann, &Coordinates::DocumentText);
    assert!(!report.article.contains("common fund"));
    assert!(report.article.contains("joint working group"));
    // Names are read in the standfirst, not in the byline.
    let tagged: Vec<&str> = ann.entities.iter().map(|e| e.span.of(&doc.text)).collect();
    assert!(tagged.contains(&"Europe"), "{tagged:?}");
    assert!(!tagged.contains(&"Anne Duval"), "{tagged:?}");
}

#[test]
fn a_byline_under_a_summary_the_classifier_kept_is_still_the_byline() {
    let page = format!(
        "<main><article><h1>Leaders agree on a common arms fund</h1>\
         <p class=\"dek\">The two leaders want Europe to buy its weapons together, and to pay \
         for them with a common fund.</p>\
         <div class=\"byline\">By <a href=\"/staff/ad\">Anne Duval</a> · Staff writer</div>\
         {BODY}</article></main>"
    );
    let (doc, ann) = run(&page);
    let report = Report::new(&doc, &ann, &Coordinates::DocumentText);
    assert_eq!(
        report.byline.map(|b| b.text).as_deref(),
        Some("By Anne Duval · Staff writer")
    );
    assert!(!report.article.contains("Anne Duval"), "{}", report.article);
    assert!(report.article.contains("joint working group"));
}

#[test]
fn a_date_line_or_a_caption_under_the_headline_is_no_standfirst() {
    let taken: Vec<&str> = [
        "Chris Davies - Nov 19, 2019, 10:31 pm CST",
        "Published Wed, Nov 20 2019 4:29 AM EST, updated an hour ago",
        "In this Dec. 12, 2006, file photo, the two leaders shake hands in front of the press.",
        "Macron And Merz Meet In Paris For Talks On Arms Purchases And Budgets",
    ]
    .into_iter()
    .filter(|line| {
        let (_, ann) = run(&page_with_front_matter(line, "By Anne Duval"));
        assert!(ann.front.byline.is_some(), "{line}");
        ann.front.standfirst.is_some()
    })
    .collect();
    assert_eq!(taken, [] as [&str; 0]);
}

#[test]
fn links_and_labels_in_the_author_box_are_no_byline() {
    for line in ["Biography", "email the author", "By"] {
        let (_, ann) = run(&page_with_front_matter("Short.", line));
        assert_eq!(ann.front.byline, None, "{line}");
    }
}

#[test]
fn the_publication_date_is_the_one_the_page_declares() {
    let page = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"datePublished\":\"2025-06-02T09:30:00+02:00\"}}</script></head><body>\
         <h1>Macron and Merz agree on joint arms purchases</h1>{BODY}</body></html>"
    );
    let (doc, ann) = run(&page);
    let report = Report::new(&doc, &ann, &Coordinates::DocumentText);
    assert_eq!(
        report.published.as_deref(),
        Some("2025-06-02T09:30:00+02:00")
    );
    let (doc, ann) = run(&format!("<html><body>{BODY}</body></html>"));
    assert_eq!(
        Report::new(&doc, &ann, &Coordinates::DocumentText).published,
        None
    );
}

#[test]
fn without_a_declared_date_the_bylines_time_element_dates_the_story() {
    // A teaser's `<time>` above the story and a comment's below it date
    // other things; the byline's, between the headline and the body, is
    // the story's own, as written.
    let page = format!(
        "<html><body><aside><a href=\"/x\">Earlier story</a> \
         <time datetime=\"2025-05-30\">30 May</time></aside>\
         <h1>Macron and Merz agree on joint arms purchases</h1>\
         <div class=\"byline\">By Anne Martin, <time datetime=\"2025-06-02T09:30:00+02:00\">\
         2 June 2025</time></div>{BODY}\
         <div class=\"comment\"><time datetime=\"2025-06-03\">3 June</time></div></body></html>"
    );
    let (_, ann) = run(&page);
    assert_eq!(ann.published.as_deref(), Some("2025-06-02T09:30:00+02:00"));
    // A `<time>` whose machine date is no ISO date gives none; the date
    // the byline prints is read instead.
    let page = page.replace("2025-06-02T09:30:00+02:00", "Monday");
    assert_eq!(run(&page).1.published.as_deref(), Some("2025-06-02"));
}

#[test]
fn without_any_machine_date_the_printed_one_dates_the_story() {
    // A teaser's date above the headline is not read; an update stamp
    // under it dates a later version; the byline's printed date is the
    // story's.
    let page = format!(
        "<html><body><aside><a href=\"/x\">Earlier story</a> <span>May 30, 2025</span></aside>\
         <h1>Macron and Merz agree on joint arms purchases</h1>\
         <p class=\"stamp\">Updated June 3, 2025, 10:15 AM</p>\
         <p class=\"byline\">By Anne Martin June 2, 2025, 9:30 AM</p>{BODY}</body></html>"
    );
    let (_, ann) = run(&page);
    assert_eq!(ann.published.as_deref(), Some("2025-06-02"));
    // Without a headline there is no telling which date is the story's.
    let page = page.replace("<h1>", "<div>").replace("</h1>", "</div>");
    assert_eq!(run(&page).1.published, None);
}

#[test]
fn a_declared_date_as_printed_is_read_as_a_calendar_date() {
    let page = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"datePublished\":\"Monday\"}}</script><script type=\"application/ld+json\">\
         {{\"@type\":\"NewsArticle\",\"datePublished\":\"20 Nov 2019 08:02 GMT\"}}</script>\
         </head><body><h1>Macron and Merz agree on joint arms purchases</h1>{BODY}</body></html>"
    );
    assert_eq!(run(&page).1.published.as_deref(), Some("2019-11-20"));
}

#[test]
fn a_body_set_directly_in_the_headlines_container_is_no_trouble() {
    // The body is the container's own text, lines set apart by `br`, so
    // its element was opened before the headline's: there is nothing
    // between them (this panicked on a slice running backwards).
    let page = "<html><body><div><h1>Macron and Merz agree on joint arms purchases</h1>\
         <time datetime=\"2025-06-02\">2 June</time> President Emmanuel Macron met Chancellor \
         Friedrich Merz in Paris on Monday to discuss the defence budget, the first meeting of \
         the two leaders since the summer.<br>The two men agreed to set up a joint working group \
         on arms purchases, officials said after the talks, which lasted more than three hours.\
         <br>“We have to spend more, and we have to spend together,” Macron told reporters \
         afterwards.</div></body></html>";
    let (doc, ann) = run(page);
    assert!(
        ann.front.headline.is_some(),
        "{:?}",
        headline_text(&doc, &ann)
    );
    assert_eq!(ann.published, None);
}

#[test]
fn a_body_of_div_paragraphs_still_anchors_the_front_matter() {
    // Some publishers set every paragraph as a `div`: no `p` is kept, and
    // the headline and byline above such a body must still be found.
    let body = BODY
        .replace("<p>", "<div class=\"para\">")
        .replace("</p>", "</div>");
    let page = format!(
        "<html><body><header><a href=\"/\">The Example Times</a></header>\
         <h1>Macron and Merz agree on joint arms purchases</h1>\
         <p class=\"byline\">By Anne Duval</p>{body}</body></html>"
    );
    let (doc, ann) = run(&page);
    assert_eq!(
        headline_text(&doc, &ann).as_deref(),
        Some("Macron and Merz agree on joint arms purchases")
    );
    let byline = ann.front.byline.map(|i| doc.block_text(i));
    assert_eq!(byline, Some("By Anne Duval"));
}
