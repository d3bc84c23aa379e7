//! Places the model types as something else, told by their form.
//!
//! * Venues: CoNLL types a stadium or an arena as a place (`Stadium
//!   Court` is LOC in its training data), while the model, having seen few
//!   named ones, reads `the Emirates Stadium` as an event and `SoFi Stadium`
//!   as a company.
//! * Datelines: the all-caps city before a news agency's name (`SAN
//!   FRANCISCO (Reuters) -`) or a date (`LONDON, March 16`) is a place; the
//!   model types the cities its gazetteer lacks by shape alone.

use super::consistency::Mention;
use super::dates::is_calendar_word;
use crate::annotations::EntityType::Location;
use crate::tokens::is_all_caps;

/// Last words of a venue's name.
const VENUE_HEADS: &[&str] = &["Arena", "Stadium", "Stadion", "Velodrome"];

/// Longest agency name in a dateline's brackets, in bytes (`(Reuters)`,
/// `(AP)`, `(Bloomberg)`): longer bracketed text is not a dateline.
const MAX_AGENCY_BYTES: usize = 24;

/// Retypes venues and dateline cities as places.
pub fn retype(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind != Location) {
        let name = m.span.of(text);
        let venue = name
            .rsplit_once(' ')
            .is_some_and(|(_, last)| VENUE_HEADS.contains(&last));
        if venue || is_dateline(text, m.span.start, m.span.end) {
            m.kind = Location;
        }
    }
}

/// An all-caps name opening a line, followed by an agency in brackets or
/// by a comma and a month.
fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    let opens_line = start == 0 || text[..start].ends_with('\n');
    if !opens_line || !is_all_caps(&text[start..end]) {
        return false;
    }
    let rest = &text[end..];
    if let Some(bracketed) = rest.strip_prefix(" (") {
        let agency = bracketed.split_once(')').map(|(a, _)| a);
        return agency
            .is_some_and(|a| a.len() <= MAX_AGENCY_BYTES && a.starts_with(char::is_uppercase));
    }
    rest.strip_prefix(", ").is_some_and(|r| {
        let month = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        is_calendar_word(&month.to_lowercase())
    })
}
