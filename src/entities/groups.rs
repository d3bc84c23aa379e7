//! Advocacy groups named for their members (`Friends of the Earth`,
//! `Students for Life of America`, `Women for Women International`). When
//! such a name opens a sentence the model reads the plural as an ordinary
//! capitalised word and keeps only the end, typed ORG (`Earth`, `Life of
//! America`). CoNLL has no such names; as a whole they are the group's
//! name, ORG like eng.train's `Physicians` in `… Committee for
//! Responsible Physicians`. An organisation after a listed plural of
//! people and `of`/`for` (and `the`) takes them in, unless it is a name
//! of its own: listed (`Supporters of Hamas`), or headed by an
//! organisation word (`Students of Harvard University`).

use super::consistency::Mention;
use super::gazetteer;
use super::joins::{join, token_range};
use crate::annotations::EntityType::Organization;
use crate::text::Span;
use crate::tokens::{self, Token};

/// Plurals of people that name a group before `of`/`for` (capitalised).
const MEMBERS: &[&str] = &[
    "Citizens",
    "Doctors",
    "Families",
    "Friends",
    "Lawyers",
    "Mothers",
    "Parents",
    "Physicians",
    "Scientists",
    "Students",
    "Veterans",
    "Women",
];

/// Takes the members' plural into the organisation after it (see the
/// module comment).
pub fn join_members(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == Organization) {
        let start = token_range(tokens, m.span).start;
        if let Some(plural) = members_before(text, tokens, start) {
            if !is_a_name_of_its_own(m.span.of(text)) {
                found.push(Span::new(tokens[plural].span.start, m.span.end));
            }
        }
    }
    for span in found.into_iter().rev() {
        join(mentions, span, Organization);
    }
}

/// The token of a members' plural before `of`/`for` (and `the`) that
/// ends at token `start`.
fn members_before(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let word = |i: usize| tokens[i].text(text);
    let mut i = start.checked_sub(1)?;
    if word(i) == "the" {
        i = i.checked_sub(1)?;
    }
    if !matches!(word(i), "of" | "for") {
        return None;
    }
    let plural = i.checked_sub(1)?;
    MEMBERS.contains(&word(plural)).then_some(plural)
}

/// Whether `name` is a listed name or one headed by an organisation word.
fn is_a_name_of_its_own(name: &str) -> bool {
    let g = gazetteer::get();
    g.lookup(name).is_some()
        || name
            .split(' ')
            .any(|w| tokens::is_capitalised(w) && g.is_org_head(w))
}
