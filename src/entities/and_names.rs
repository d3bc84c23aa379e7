//! Names with `and` inside that the model split at it: a body named for
//! two places (`England and Wales Cricket Board` gave `England` and `Wales
//! Cricket Board`) and a festival named for two arts or towns (`Coachella
//! Valley Music and Arts Festival`, `Reading and Leeds Festivals`). CoNLL
//! writes such names whole (eng.train's `Costa Rican Volcanic and
//! Seismological Observatory`, `Food and Drug Administration`). Two
//! mentions one `and` apart are one name, of the second's type, when the
//! second ends in an organisation's head word and both open with a listed
//! place, or when the second ends in `Festival`/`Festivals`.

use super::consistency::Mention;
use super::festivals::FESTIVALS;
use super::gazetteer;
use super::joins::join;
use crate::annotations::EntityType::Location;
use crate::text::Span;

/// Joins the two parts of each name split at its `and` (see the module
/// comment).
pub fn join_parts(text: &str, mentions: &mut Vec<Mention>) {
    // Backwards, so that a join does not move the mentions still to read.
    for i in (1..mentions.len()).rev() {
        let (first, second) = (&mentions[i - 1], &mentions[i]);
        if &text[first.span.end..second.span.start] == " and "
            && is_one_name(first.span.of(text), second.span.of(text))
        {
            join(
                mentions,
                Span::new(first.span.start, second.span.end),
                second.kind,
            );
        }
    }
}

/// Whether `first`, `and` and `second` are one name (see the module
/// comment). The model may have taken a sentence's `The` into the first
/// (`The England`).
fn is_one_name(first: &str, second: &str) -> bool {
    let g = gazetteer::get();
    let Some((opening, _)) = second.split_once(' ') else {
        return false;
    };
    let last = second.rsplit(' ').next().unwrap_or_default();
    let is_place = |name: &str| g.lookup(name) == Some(Location);
    let first = first.strip_prefix("The ").unwrap_or(first);
    FESTIVALS.contains(&last) || (g.is_org_head(last) && is_place(first) && is_place(opening))
}
