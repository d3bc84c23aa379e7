//! The article's headline, told apart from the page chrome around it.
//!
//! The classifier flags a story's `h1` like any other block outside the
//! body text: the pages it learned from, and the extraction benchmarks,
//! leave the headline out of the article text. But a reader who dims the
//! clutter, or hides it in reader mode, still wants the headline, so the
//! pipeline reports it on its own ([`find`]) and neither dims it nor
//! counts it in the article text.

use crate::annotations::BoilerplateKind;
use crate::document::{BlockKind, Document};

/// The most blocks between the headline and the first paragraph of the
/// body: a standfirst, bylines, dates, share bars (a dozen buttons, twice
/// over on some pages), a lead image's captions or a whole gallery's
/// labels. Further up, an `h1` is more likely the site's name in the page
/// header, above a menu, than the story's title.
const MAX_BLOCKS_TO_BODY: usize = 30;

/// Kinds that make an `h1` something other than the story's title, even
/// right above the body: prompts and notices the words themselves name
/// (`Create a new password`, `Subscribe now`), and the page footer.
const NEVER_HEADLINE: &[BoilerplateKind] = &[
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

/// The largest share of a headline's text inside links. Site names in the
/// header are links to the home page; a story's own headline, on its own
/// page, is plain text (or, rarely, a link to itself, which this gives up).
const MAX_LINK_SHARE: f32 = 0.5;

/// The fewest words of a headline. A single word in an `h1` above the
/// body is a section name or a logo's text (`World`, `Opinion`).
const MIN_WORDS: usize = 2;

/// The block holding the headline of the article: the last `h1` above the
/// first paragraph of the article body, if it is close to it, reads as a
/// title, and is flagged as page chrome rather than as a prompt or notice
/// ([`NEVER_HEADLINE`]). An `h1` the classifier kept is article text
/// already.
///
/// `flagged` is the classifier's verdict per block (`None`: article).
pub fn find(doc: &Document, flagged: &[Option<BoilerplateKind>]) -> Option<usize> {
    let body_start = (0..doc.blocks.len())
        .find(|&i| doc.blocks[i].kind == BlockKind::Paragraph && flagged[i].is_none())?;
    let first_candidate = body_start.saturating_sub(MAX_BLOCKS_TO_BODY + 1);
    let h1 = (first_candidate..body_start)
        .rev()
        .find(|&i| doc.blocks[i].kind == BlockKind::Heading(1))?;
    let flagged_as_chrome = flagged[h1].is_some_and(|k| !NEVER_HEADLINE.contains(&k));
    (flagged_as_chrome && is_plain_title(doc, h1)).then_some(h1)
}

/// Whether block `i` reads as a title rather than a link or a label.
fn is_plain_title(doc: &Document, i: usize) -> bool {
    let text = doc.block_text(i);
    let link_share = doc.blocks[i].link_bytes as f32 / text.len().max(1) as f32;
    link_share <= MAX_LINK_SHARE && text.split_whitespace().count() >= MIN_WORDS
}
