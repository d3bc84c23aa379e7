//! A news page with the usual furniture around its article: the article's
//! paragraphs and subheading stay, everything else is flagged with a kind
//! that says what it is.

use newsmark::adapters::html;
use newsmark::annotations::BoilerplateKind as Kind;
use newsmark::boilerplate::{classify, classify_with, Stage};
use newsmark::document::Document;

fn page() -> Document {
    html::parse(include_str!("fixtures/boilerplate/news_page.html"))
}

/// The kind of the block starting with `start`, or `None` if it is article.
fn kind_of(doc: &Document, start: &str) -> Option<Kind> {
    let block = (0..doc.blocks.len())
        .find(|&i| doc.block_text(i).starts_with(start))
        .unwrap_or_else(|| panic!("no block starts with {start:?}"));
    classify(doc)
        .into_iter()
        .find(|b| b.block == block)
        .map(|b| b.kind)
}

#[test]
fn article_paragraphs_and_subheading_are_kept() {
    let doc = page();
    for start in [
        "The harbour bridge reopened",
        "Thousands of commuters",
        "A costly repair",
        "The repairs cost",
        "“It was worth every cent,”",
        "Local businesses on both banks",
    ] {
        assert_eq!(kind_of(&doc, start), None, "{start}");
    }
}

#[test]
fn furniture_is_flagged_with_its_kind() {
    let doc = page();
    let expected = [
        ("We use cookies", Kind::Cookie),
        ("The Daily Example", Kind::Header),
        ("World", Kind::Navigation),
        ("Sport", Kind::Navigation),
        ("Sign in", Kind::Login),
        ("By Maria Lopez", Kind::Byline),
        ("Updated 5:00 PM ET", Kind::Timestamp),
        ("Facebook Twitter Email", Kind::Share),
        ("The bridge at dawn", Kind::Caption),
        ("Get the morning briefing", Kind::Newsletter),
        ("Ferry operators count the cost", Kind::Related),
        ("Finally! I have been waiting", Kind::Comments),
        ("About us", Kind::Footer),
        ("© 2024 The Daily Example", Kind::Copyright),
    ];
    for (start, kind) in expected {
        assert_eq!(kind_of(&doc, start), Some(kind), "{start}");
    }
}

#[test]
fn page_without_named_containers_still_finds_the_prose() {
    let doc = html::parse(
        "<body><div><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></div>\
         <div><p>The river rose by two metres overnight, flooding the lower town and forcing the \
         evacuation of about three hundred homes, officials said.</p>\
         <p>Rescue teams, working through the night, used boats to reach residents who had stayed \
         behind, and no injuries had been reported by the morning.</p></div>\
         <div><a href='/x'>Most read: Prices rise again</a></div></body>",
    );
    let flagged: Vec<&str> = classify(&doc)
        .iter()
        .map(|b| doc.block_text(b.block))
        .collect();
    assert_eq!(flagged, ["Home News About", "Most read: Prices rise again"]);
}

#[test]
fn deep_and_long_pages_are_handled() {
    let para = "<p>Officials said the work, which began last spring, would finish in June.</p>";
    let html = "<div>".repeat(2_000) + &para.repeat(5_000) + &"</div>".repeat(2_000);
    let doc = html::parse(&html);
    assert_eq!(doc.blocks.len(), 5_000);
    assert!(classify(&doc).is_empty());
}

/// Four paragraphs of a story, each long enough to count as prose.
const STORY: &str =
    "<p>The river rose by two metres overnight, flooding the lower town and forcing \
     the evacuation of about three hundred homes, officials said on Tuesday.</p>\
     <p>Rescue teams, working through the night, used boats to reach residents who had stayed \
     behind, and no injuries had been reported by the morning.</p>\
     <p>The mayor said the town would ask for emergency funds, and that the flood defences, \
     built in the seventies, had held better than many had feared.</p>\
     <p>Forecasters expect the water to fall slowly over the coming days, although more rain, \
     heavy at times, is due at the weekend.</p>";

#[test]
fn a_share_name_on_the_story_wrappers_does_not_drop_the_story() {
    // A share widget's script set its id on each part of the story.
    let part = |n: usize| format!("<div id='gigya-share-btns-{n}_container'>{STORY}</div>");
    let html = format!(
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>{}{}\
         <div class='share-bar'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a></div></body>",
        part(1),
        part(2),
    );
    let doc = html::parse(&html);
    let flagged: Vec<&str> = classify(&doc)
        .iter()
        .map(|b| doc.block_text(b.block))
        .collect();
    assert_eq!(flagged, ["Home News", "Facebook Twitter"]);
}

#[test]
fn a_wrapper_around_the_story_names_nothing_beside_it() {
    let html = format!(
        "<body><main class='js-social-anchor'><h2>Floods hit the lower town</h2>\
         <div class='story'>{STORY}</div></main></body>"
    );
    let doc = html::parse(&html);
    let heading = (0..doc.blocks.len())
        .find(|&i| doc.block_text(i).starts_with("Floods"))
        .unwrap();
    let kind = classify(&doc)
        .into_iter()
        .find(|b| b.block == heading)
        .map(|b| b.kind);
    assert!(kind.is_none_or(|k| k == Kind::Other), "{kind:?}");
}

#[test]
fn a_live_blogs_key_events_box_is_navigation_and_its_posts_stay() {
    let doc = html::parse(include_str!("fixtures/boilerplate/live_blog.html"));
    let flagged: Vec<(&str, Kind)> = classify(&doc)
        .iter()
        .map(|b| (doc.block_text(b.block), b.kind))
        .collect();
    for entry in [
        "Watchdog warns on growth",
        "Fuel duty frozen for another year",
        "Borrowing forecast revised up",
    ] {
        // The box's link is flagged; the post's heading with the same
        // words is not.
        assert_eq!(
            flagged.iter().filter(|(text, _)| *text == entry).count(),
            1,
            "{entry}: {flagged:?}"
        );
        assert!(flagged.contains(&(entry, Kind::Navigation)), "{flagged:?}");
    }
    for start in ["The fiscal watchdog", "The freeze", "Good afternoon"] {
        assert_eq!(kind_of(&doc, start), None, "{start}");
    }
}

#[test]
fn an_inline_newsletter_boxs_pitch_is_flagged_with_its_prompt() {
    // A modern page whose story wrapper the model reads without the
    // markup's names: the box's class no longer flags its pitch line, but
    // its prompts do.
    let doc = html::parse(include_str!("fixtures/boilerplate/modern_page.html"));
    assert_eq!(
        kind_of(&doc, "Five ideas for the weekend"),
        Some(Kind::Newsletter)
    );
    assert_eq!(
        kind_of(&doc, "Get the Weekend Planner newsletter"),
        Some(Kind::Newsletter)
    );
    for start in [
        "The regional transit board voted",
        "The agency's chief executive",
        "\"People are telling us",
    ] {
        assert_eq!(kind_of(&doc, start), None, "{start}");
    }
}

#[test]
fn teasers_app_prompts_and_ai_notes_inside_the_story_are_flagged() {
    // A story body that holds, between its paragraphs, one-link teasers
    // behind a label, an app prompt naming the app with a digit, and a
    // note that a summary box was written by AI, a label glued to its
    // teaser by spans, an expander's button, and ends on a tag list. The
    // model keeps them as the story's own paragraphs; their words and
    // tags say otherwise.
    let doc = html::parse(include_str!("fixtures/boilerplate/inline_teasers.html"));
    assert_eq!(kind_of(&doc, "Related: Leisure"), Some(Kind::Related));
    assert_eq!(kind_of(&doc, "See also: Evening"), Some(Kind::Related));
    assert_eq!(kind_of(&doc, "Also ReadMobile"), Some(Kind::Related));
    assert_eq!(kind_of(&doc, "Story continues"), Some(Kind::Widget));
    assert_eq!(kind_of(&doc, "Keep up to date"), Some(Kind::Promo));
    assert_eq!(kind_of(&doc, "This summary was"), Some(Kind::Widget));
    assert_eq!(kind_of(&doc, "Topics: Libraries"), Some(Kind::Related));
    for start in [
        "Opening hours at seven",
        "The branches in Millbrook",
        "Council leader Janet Moss",
        "\"Nobody came",
        "The council said",
    ] {
        assert_eq!(kind_of(&doc, start), None, "{start}");
    }
}

/// Story text set loose in its column, after a title paragraph and beside
/// a sidebar of archive links inside the same row: the column holds the
/// article, not the address line at the bottom of the page (the loose
/// text scores its own column, as Readability's wrapping `p` would).
#[test]
fn loose_story_text_beside_a_link_sidebar_is_the_article() {
    let archive: String = (1..=40)
        .map(|m| format!("<li><a href='/archive?m={m}'>Month {m} <span>(31)</span></a></li>"))
        .collect();
    let doc = html::parse(&format!(
        "<body><div class='container'><div class='row'>\
         <div class='col-3'><ul>{archive}</ul></div>\
         <div class='col-9'><p class='title'>Clinic reports break-in at its vehicle depot</p>\
         <small><b>12/03/2021</b> - Posted by: Ana Souza - Category: <a href='/c'>Health</a></small>\
         <br><br><img src='van.jpg'>The home-care team of the Riverside clinic found two of its \
         five vans broken into this morning. The vans had their batteries removed and their \
         windows smashed, and a police report was filed. Patients booked for the morning are \
         being rescheduled, and the health department expects visits to resume by the afternoon.\
         <br><br><br></div></div></div>\
         <div class='bottom'><p>Riverside Town Hall - 1111 Walter Street - Harbour District - \
         Postal Box 421 - Phone: (047) 2106-8000</p></div></body>"
    ));
    let kept: Vec<&str> = article_blocks(&doc, Stage::Learned);
    assert!(
        kept.iter().any(|t| t.starts_with("The home-care team")),
        "{kept:?}"
    );
    assert!(
        !kept.iter().any(|t| t.starts_with("Riverside Town Hall")),
        "{kept:?}"
    );
}

/// The texts of the blocks `classify_with` leaves in the article, up to
/// `stage`.
fn article_blocks(doc: &Document, stage: Stage) -> Vec<&str> {
    let flagged: Vec<usize> = classify_with(doc, stage).iter().map(|b| b.block).collect();
    (0..doc.blocks.len())
        .filter(|i| !flagged.contains(i))
        .map(|i| doc.block_text(i))
        .collect()
}

/// A layout wrapper named for the sidebar it also holds
/// (`content-with-sidebar-wrap`), holding most of the story below its
/// opening paragraphs: its paragraphs are the story's, not the sidebar's.
#[test]
fn a_wrapper_named_for_its_sidebar_keeps_the_story_inside() {
    let doc = html::parse(include_str!("fixtures/boilerplate/sidebar_wrapper.html"));
    let kept = article_blocks(&doc, Stage::Learned);
    for start in [
        "The city council voted",
        "The vote came after",
        "Councillors backed",
        "The first lanes",
        "Shop owners",
        "The bus company",
    ] {
        assert!(
            kept.iter().any(|t| t.starts_with(start)),
            "{start}: {kept:?}"
        );
    }
    assert!(!kept.contains(&"Bus fares rise again"), "{kept:?}");
}

/// Another story's headline shouted in capitals between the paragraphs,
/// the whole line one link, is a teaser; a capitalised subheading that
/// links nowhere, and a linked acronym, are the story's.
#[test]
fn a_shouted_link_between_the_paragraphs_is_a_teaser() {
    let html = format!(
        "<body><article><h1>Floods hit the lower town</h1>{STORY}\
         <p><strong><a href='/other'>STORM DAMAGE BILL TOPS A MILLION POUNDS</a></strong></p>\
         <h3>WHAT HAPPENS NEXT</h3>\
         <p>Engineers from the <a href='/ea'>EA</a> will inspect the walls, and a report on the \
         defences, which held, is due before the end of the year, the council said.</p>\
         </article></body>"
    );
    let doc = html::parse(&html);
    assert_eq!(kind_of(&doc, "STORM DAMAGE BILL"), Some(Kind::Related));
    assert_eq!(kind_of(&doc, "WHAT HAPPENS NEXT"), None);
    assert_eq!(kind_of(&doc, "Engineers from the"), None);
}

/// A standfirst set as a `div` of loose text beside the story's body
/// (`<div class="intro">`): a `div` holding one block is a paragraph, and
/// joins the article as the body's sibling — by the rules already, not
/// only when the model restores it.
#[test]
fn a_standfirst_set_as_a_div_beside_the_body_is_kept() {
    let doc = html::parse(include_str!("fixtures/boilerplate/div_standfirst.html"));
    for stage in [Stage::Cues, Stage::Learned] {
        let kept = article_blocks(&doc, stage);
        for start in ["Dock workers at the country", "Talks are due"] {
            assert!(
                kept.iter().any(|t| t.starts_with(start)),
                "{stage:?}: {kept:?}"
            );
        }
        assert!(!kept.contains(&"Facebook Twitter"), "{stage:?}: {kept:?}");
    }
}
