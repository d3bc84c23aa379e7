//! A flattened article (a scraper's text output: one paragraph per block)
//! with leftovers of many kinds between its paragraphs, none worded like
//! the reference article's: every leftover is flagged with its kind, and
//! no paragraph of the story is, though several use the same words.

use newsmark::adapters::plain;
use newsmark::annotations::BoilerplateKind as Kind;
use newsmark::boilerplate::classify;

/// The story: each paragraph shares words with a leftover kind (follow,
/// comment, app, tip, photo, subscribe, privacy, reporting by, report an
/// error) in a news sense.
const STORY: &[&str] = &[
    "Harbor city votes to close its last coal plant by 2030",
    "The harbor city council voted 6-3 on Wednesday to close the coal plant on the east bank, ending a fight that had followed three mayors through a decade of hearings.",
    "Supporters said the town would follow the lead of its neighbors, several of which posted their own plans on Facebook and Instagram last year.",
    "Comments made by the plant's owner during the hearing drew boos from the gallery, and a spokesman later declined to comment on them.",
    "The utility's outage app, which has been downloaded about 80,000 times, will warn customers of any interruptions during the switch, officials said.",
    "Police said they had received a tip last month that protesters planned to block the plant's gates, but the demonstration passed without arrests.",
    "A photo taken by a Reuters photographer on Tuesday showed workers dismantling the cooling tower.",
    "Residents who subscribe to the city's green tariff will pay about $4 a month more, the council said, and privacy rules bar it from sharing their names.",
    "Reporting by the local paper showed the plant had exceeded its emission limits four times since 2019.",
    "The mayor said the inspector's report found an error in the plant's pollution figures.",
    "Associated Press contributed.",
];

/// Leftovers, each placed after the story paragraph of the same index.
const LEFTOVERS: &[(&str, Kind)] = &[
    ("Listen to this story · 4 min", Kind::Widget),
    ("Like us on Facebook and follow us on Threads", Kind::Promo),
    ("Comments (37)", Kind::Comments),
    (
        "Get the Harbor Herald app for breaking news alerts",
        Kind::Promo,
    ),
    (
        "Got a news tip? Write to us at news@example.org",
        Kind::Promo,
    ),
    ("Photo: AFP via Getty Images", Kind::Caption),
    ("Already a subscriber? Log in to keep reading", Kind::Login),
    (
        "We care about your privacy. Review your consent options.",
        Kind::Cookie,
    ),
    ("Reporting by Ana Ruiz; Editing by Paul Grant", Kind::Byline),
    ("Report an error", Kind::Widget),
    (
        "Thanks for reading. If you value our reporting, please donate today.",
        Kind::Subscribe,
    ),
];

/// Leftovers after the last paragraph: the widget headings and page chrome
/// a scraper keeps below a story.
const TRAILING: &[(&str, Kind)] = &[
    ("Story continues below advertisement", Kind::Ad),
    ("Most read", Kind::Related),
    ("More from Local News", Kind::Related),
    ("Back to top", Kind::Navigation),
    ("Need help? Chat with our support team", Kind::Widget),
    (
        "Follow the Herald's full coverage of the council at https://example.org/hub/council",
        Kind::Promo,
    ),
    (
        "This article is protected by copyright. No part may be reproduced without written permission.",
        Kind::Footer,
    ),
    ("Member-only story", Kind::Subscribe),
];

#[test]
fn reworded_leftovers_of_every_kind_are_flagged_and_the_story_is_not() {
    let mut lines: Vec<&str> = Vec::new();
    for (i, paragraph) in STORY.iter().enumerate() {
        lines.push(paragraph);
        if let Some((leftover, _)) = LEFTOVERS.get(i) {
            lines.push(leftover);
        }
    }
    lines.extend(TRAILING.iter().map(|(t, _)| *t));
    let doc = plain::parse(&lines.join("\n\n")).doc;
    let got: Vec<(&str, Kind)> = classify(&doc)
        .into_iter()
        .map(|b| (doc.block_text(b.block), b.kind))
        .collect();
    let want: Vec<(&str, Kind)> = LEFTOVERS.iter().chain(TRAILING).copied().collect();
    for (text, kind) in &want {
        assert!(
            got.contains(&(text, *kind)),
            "{text:?} should be flagged as {kind:?}; flagged: {got:#?}"
        );
    }
    for paragraph in STORY {
        assert!(
            got.iter().all(|(text, _)| text != paragraph),
            "story paragraph flagged: {paragraph:?}"
        );
    }
    assert_eq!(got.len(), want.len(), "flagged: {got:#?}");
}

/// Flags the blocks of a flattened text made of `lines`, as (text, kind).
fn flagged(lines: &[&str]) -> Vec<(String, Kind)> {
    let doc = plain::parse(&lines.join("\n\n")).doc;
    classify(&doc)
        .into_iter()
        .map(|b| (doc.block_text(b.block).to_string(), b.kind))
        .collect()
}

/// The text model, taught by pages whose gold leaves headlines out, doubts
/// these two headlines; opening a flattened story, they are its headline.
/// Page chrome above the headline is still flagged, by its cues.
#[test]
fn the_headline_opening_a_flattened_story_is_kept() {
    let body = [
        "LONDON (AP) — The government said on Wednesday it would appeal against the decision, which lawyers said could open the way for compensation claims.",
        "The ruling follows a similar judgment by the European court in March.",
    ];
    for headline in [
        "Court rules against government over deportation flights",
        "Flood warnings issued across northern England",
    ] {
        let lines = [&[headline][..], &body].concat();
        assert_eq!(flagged(&lines), [], "{headline:?}");
        let chrome = ["Skip to main content", "Sign in"];
        let lines = [&chrome[..], &[headline], &body].concat();
        let want = [
            (chrome[0].to_string(), Kind::Navigation),
            (chrome[1].to_string(), Kind::Login),
        ];
        assert_eq!(flagged(&lines), want, "{headline:?} under page chrome");
    }
}

/// A paragraph that is mostly a quotation is the story's own words, however
/// little else it says; the text model, taught by pages whose quotes sit
/// in testimonials and comments, doubted these. A promo that quotes is
/// still flagged, by its cues.
#[test]
fn quotation_paragraphs_of_a_flattened_story_are_kept() {
    let story = [
        "Bees can count to four, a new study finds",
        "Researchers trained honeybees to find sugar water behind the third of four identical yellow markers in a tunnel.",
        "\"They are not using distance. They are counting,\" Dr Raman explains.",
        "“It is the farmers who will pay for this in the end,” he adds.",
        "When the markers were moved, most of the bees still stopped after the third one.",
    ];
    assert_eq!(flagged(&story), []);
    let promo = "“The only briefing I read every morning,” says one reader. Sign up for our free newsletter.";
    let lines = [&story[..3], &[promo], &story[3..]].concat();
    assert_eq!(flagged(&lines), [(promo.to_string(), Kind::Newsletter)]);
}
