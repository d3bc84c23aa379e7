//! The story's front matter — headline, standfirst and byline — told apart
//! from the page chrome around it.
//!
//! The classifier flags a story's `h1`, the summary under it and the
//! author's line like any other block outside the body text: the pages it
//! learned from, and the extraction benchmarks, leave them out of the
//! article text. But a reader who dims the clutter, or hides it in reader
//! mode, still wants to see what the story is called, what it is about
//! and who wrote it, and a researcher exporting the annotations wants
//! them as fields. So the pipeline reports them on their own ([`find`]),
//! neither dims them nor counts them in the article text.

use super::{cues, declared, printed_date};
use crate::annotations::{BoilerplateKind, FrontMatter};
use crate::document::{BlockKind, Document};

/// The most blocks between the headline and the first paragraph of the
/// body: a standfirst, bylines, dates, share bars (a dozen buttons, twice
/// over on some pages), a lead image's captions or a whole gallery's
/// labels. Further up, an `h1` is more likely the site's name in the page
/// header, above a menu, than the story's title.
const MAX_BLOCKS_TO_BODY: usize = 30;

/// Kinds that make an `h1` something other than the story's title, even
/// right above the body: prompts and notices the words themselves name
/// (`Create a new password`, `Subscribe now`), and the page footer. They
/// rule out a standfirst too.
const NEVER_FRONT: &[BoilerplateKind] = &[
    BoilerplateKind::Newsletter,
    BoilerplateKind::Login,
    BoilerplateKind::Subscribe,
    BoilerplateKind::Cookie,
    BoilerplateKind::Ad,
    BoilerplateKind::Comments,
    BoilerplateKind::Copyright,
    BoilerplateKind::Timestamp,
    BoilerplateKind::Footer,
];

/// Kinds that, under the headline, are the lead image's caption, a share
/// bar or a menu: a sentence there describes the picture or another story,
/// not this one.
const NOT_STANDFIRST: &[BoilerplateKind] = &[
    BoilerplateKind::Caption,
    BoilerplateKind::Share,
    BoilerplateKind::Navigation,
    BoilerplateKind::Related,
    BoilerplateKind::Widget,
];

/// The largest share of a front-matter block's text inside links. Site
/// names in the header are links to the home page, and so are the other
/// stories' titles in a list; a story's own headline and summary, on its
/// own page, are plain text. (An author's name is often a link to their
/// page: bylines are not held to this.)
const MAX_LINK_SHARE: f32 = 0.5;

/// The fewest words of a headline. A single word in an `h1` above the
/// body is a section name or a logo's text (`World`, `Opinion`).
const MIN_HEADLINE_WORDS: usize = 2;

/// The fewest and most words of a standfirst: one or two sentences that
/// sum the story up. Fewer is a label or a kicker (`Key Points`,
/// `Analysis`); more is a block of text the classifier had reasons to
/// flag, such as a gallery's description.
const STANDFIRST_WORDS: std::ops::RangeInclusive<usize> = 8..=80;

/// The smallest share of a standfirst's words that start lower case. A
/// sentence has mostly lower-case words; a byline with its date (`Chris
/// Davies - Nov 19, 2019, 10:31 pm CST`), a second title in title case or
/// a list of section names does not.
const MIN_LOWER_CASE_SHARE: f32 = 0.5;

/// The largest share of a standfirst's words that hold a digit: more, and
/// it is a date line (`sexta-feira, 22 de outubro de 2010 às 20:13`).
const MAX_NUMBER_SHARE: f32 = 0.25;

/// How far into a wire caption it names itself (`In this Dec. 12, 2006,
/// file photo, …`): pages that print the lead image's caption as a plain
/// paragraph under the headline give no other sign of it.
const CAPTION_NAMED_WITHIN_WORDS: usize = 8;

/// The fewest capitalised words of a byline the markup names (`class=
/// "byline"`) without a leading "By": the author's first and last name.
/// Fewer is a link or label in the author box (`Biography`, `email the
/// author`, `By` alone on its line).
const MIN_BYLINE_NAMES: usize = 2;

/// The most words of a byline the markup names: names, an agency or job
/// title and a date. More is an author's biography.
const MAX_BYLINE_WORDS: usize = 14;

/// The most words of a line under the headline whose printed date is read
/// as the publication date: a byline with its date and time (`By Joseph
/// Tsidulko November 19, 2019, 07:47 PM EST`) or a stamp with a label.
/// More is a summary, which may name any date.
const MAX_DATE_LINE_WORDS: usize = 20;

/// Finds the story's front matter in `doc`: the headline, and under it the
/// standfirst and the byline. `flagged` is the classifier's verdict per
/// block (`None`: article).
///
/// The headline is the last `h1` above the first paragraph of the article
/// body, if it is close to it, reads as a title, and is flagged as page
/// chrome rather than as a prompt or notice ([`NEVER_FRONT`]). An `h1` the
/// classifier kept is article text already. The standfirst is the block
/// right under the headline when it reads as a summary; the byline the
/// first flagged credit line between the headline and the body. Without a
/// headline there is nothing to anchor them, and neither is looked for.
pub fn find(doc: &Document, flagged: &[Option<BoilerplateKind>]) -> FrontMatter {
    let Some(body_start) = body_start(doc, flagged) else {
        return FrontMatter::default();
    };
    let Some(headline) = headline(doc, flagged, body_start) else {
        return FrontMatter::default();
    };
    let under = headline + 1..body_start;
    let standfirst = under
        .clone()
        .next()
        .filter(|&i| is_standfirst(doc, flagged[i], i));
    let byline = under
        .filter(|&i| Some(i) != standfirst)
        .find(|&i| is_byline(doc, flagged[i], i))
        .or_else(|| byline_under_kept_summary(doc, flagged, body_start));
    FrontMatter {
        headline: Some(headline),
        standfirst,
        byline,
    }
}

/// When the story was published, for a page that declares no date in its
/// JSON-LD: the first `<time datetime="…">` holding an ISO 8601 date (as
/// written) between the headline and the body's first block, where a
/// byline prints it. Elsewhere a `<time>` dates a teaser, a comment or
/// the page, and with no headline found there is no telling which.
/// Elements are numbered in document order, so the byline's `<time>`
/// falls between the headline's element and the body's. The body's text
/// may sit directly in a container opened before the headline: then there
/// is no range between them, and no date.
pub fn time_published(doc: &Document, front: &FrontMatter, article: &[usize]) -> Option<String> {
    let (headline, body) = headline_and_body(front, article)?;
    let (from, to) = (doc.blocks[headline].element, doc.blocks[body].element);
    doc.elements
        .get(from as usize + 1..to as usize)?
        .iter()
        .find(|el| el.tag == "time" && declared::is_iso_date(&el.attrs.datetime))
        .map(|el| el.attrs.datetime.clone())
}

/// When the story was published, for a page that declares no date in its
/// JSON-LD nor in a `<time datetime>`: the first calendar date printed
/// between the headline and the body, in the byline or a time stamp
/// (`By Jane Doe November 19, 2019`, `Published: Monday, November 18th,
/// 2019`), as `YYYY-MM-DD`. A line that opens on "Updated" dates a later
/// version, and a long one is a summary that may name any date; neither
/// is read.
pub fn printed_published(doc: &Document, front: &FrontMatter, article: &[usize]) -> Option<String> {
    let (headline, body) = headline_and_body(front, article)?;
    (headline + 1..body)
        .map(|i| doc.block_text(i))
        .filter(|text| text.split_whitespace().count() <= MAX_DATE_LINE_WORDS)
        .filter(|text| !is_update_stamp(text))
        .find_map(printed_date::parse)
}

/// The headline's block and the first article block after it: where a
/// page prints its byline and date.
fn headline_and_body(front: &FrontMatter, article: &[usize]) -> Option<(usize, usize)> {
    let headline = front.headline?;
    let body = *article.iter().find(|&&i| i > headline)?;
    Some((headline, body))
}

/// Whether a time stamp gives when the story was last changed
/// (`Updated 0339 GMT (1139 HKT) November 19, 2019`, `Last updated: …`).
fn is_update_stamp(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    ["updated", "last updated", "modified", "last modified"]
        .iter()
        .any(|label| lower.starts_with(label))
}

/// The body's first block: its first kept paragraph. Some publishers set
/// every paragraph as a `div` (`<div data-testid="paragraph-0">`); on a
/// page with no kept `p` at all, the first kept text set directly in a
/// container is the body's first paragraph.
fn body_start(doc: &Document, flagged: &[Option<BoilerplateKind>]) -> Option<usize> {
    let kept = |kind: BlockKind| {
        (0..doc.blocks.len()).find(move |&i| doc.blocks[i].kind == kind && flagged[i].is_none())
    };
    kept(BlockKind::Paragraph).or_else(|| kept(BlockKind::Other))
}

fn headline(
    doc: &Document,
    flagged: &[Option<BoilerplateKind>],
    body_start: usize,
) -> Option<usize> {
    let first_candidate = body_start.saturating_sub(MAX_BLOCKS_TO_BODY + 1);
    let h1 = (first_candidate..body_start)
        .rev()
        .find(|&i| doc.blocks[i].kind == BlockKind::Heading(1))?;
    let flagged_as_chrome = flagged[h1].is_some_and(|k| !NEVER_FRONT.contains(&k));
    let words = doc.block_text(h1).split_whitespace().count();
    (flagged_as_chrome && is_plain_text(doc, h1) && words >= MIN_HEADLINE_WORDS).then_some(h1)
}

/// Whether block `i`, flagged `kind`, reads as a summary of the story: a
/// sentence or two of plain text, not a credit line.
fn is_standfirst(doc: &Document, kind: Option<BoilerplateKind>, i: usize) -> bool {
    let Some(kind) = kind else {
        return false;
    };
    let text = doc.block_text(i);
    let words = text.split_whitespace().count();
    let share = |test: fn(&str) -> bool| {
        text.split_whitespace().filter(|w| test(w)).count() as f32 / words.max(1) as f32
    };
    !NEVER_FRONT.contains(&kind)
        && !NOT_STANDFIRST.contains(&kind)
        && doc.blocks[i].kind != BlockKind::Heading(1)
        && STANDFIRST_WORDS.contains(&words)
        && share(|w| w.chars().next().is_some_and(char::is_lowercase)) >= MIN_LOWER_CASE_SHARE
        && share(|w| w.chars().any(|c| c.is_ascii_digit())) <= MAX_NUMBER_SHARE
        && is_plain_text(doc, i)
        && !is_wire_caption(text)
        && !is_credit_line(text)
}

/// `FILE - …`, `In this March 3, 2021, photo …`.
fn is_wire_caption(text: &str) -> bool {
    let names_a_picture = text
        .split_whitespace()
        .take(CAPTION_NAMED_WITHIN_WORDS)
        .any(|w| w.starts_with("photo") || w.starts_with("image"));
    text.starts_with("FILE ") || (text.starts_with("In this ") && names_a_picture)
}

/// Whether block `i`, flagged `kind`, is the author's line: a credit its
/// words make one (`By Jane Doe`), or a short line of names the markup
/// calls a byline (`Jane Doe, Science Editor`).
fn is_byline(doc: &Document, kind: Option<BoilerplateKind>, i: usize) -> bool {
    if kind.is_none() {
        return false;
    }
    let text = doc.block_text(i);
    if is_credit_line(text) {
        return true;
    }
    let words = text.split_whitespace().count();
    let names = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    kind == Some(BoilerplateKind::Byline) && words <= MAX_BYLINE_WORDS && names >= MIN_BYLINE_NAMES
}

/// A credit line right under the first paragraph the classifier kept,
/// when that paragraph reads as a summary: some pages print the standfirst
/// above the byline, and a standfirst the classifier keeps is where the
/// body seems to start (`<p class="dek">…</p><div class="byline">By Jane
/// Doe · Staff writer</div>`). Only a line whose words make it a credit
/// counts this far down, where the markup's names are no longer enough.
fn byline_under_kept_summary(
    doc: &Document,
    flagged: &[Option<BoilerplateKind>],
    body_start: usize,
) -> Option<usize> {
    let summary = doc.block_text(body_start).split_whitespace().count();
    (STANDFIRST_WORDS.contains(&summary) && is_plain_text(doc, body_start))
        .then(|| body_start + 1)
        .filter(|&i| i < doc.blocks.len() && flagged[i].is_some())
        .filter(|&i| is_credit_line(doc.block_text(i)))
}

/// A credit by its words: a byline, a wire credit or an author box's line.
fn is_credit_line(text: &str) -> bool {
    cues::is_credit(text) || cues::is_dated_credit(text)
}

/// Whether block `i` is mostly not link text.
fn is_plain_text(doc: &Document, i: usize) -> bool {
    let text = doc.block_text(i);
    let link_share = doc.blocks[i].link_bytes as f32 / text.len().max(1) as f32;
    link_share <= MAX_LINK_SHARE
}
