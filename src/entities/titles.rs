//! A title on its own is no name (`the Chancellor said` came out as the
//! organisation `Chancellor`, and later as the person): CoNLL leaves bare
//! titles untagged (`Chancellor` O twice in eng.train). Kept: a title
//! that is the surname of a person named in full in the text (`King
//! said` after `Billie Jean King`, eng.testa; `Major`), one after or
//! before a capitalised word, which is part of a name the model cut
//! (`Prince` + `Sultan`, `St.` + `Gallen`, `Justice` + `Minister`:
//! CoNLL's `Justice` ORG), and an acronym (`PM` may be a party or a firm).
//! A title the model read into a person's name comes off it.

use super::consistency::Mention;
use super::gazetteer;
use super::joins::token_range;
use crate::annotations::EntityType::{Organization, Person};
use crate::text::Span;
use crate::tokens::{is_all_caps, is_capitalised, Token};

/// Drops the mentions that are a title and nothing else.
pub fn drop_bare(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let g = gazetteer::get();
    let bare = |m: &Mention| {
        let name = m.span.of(text);
        !is_all_caps(name) && g.is_title(name) && !next_to_a_name(text, tokens, m)
    };
    // Most texts have none.
    if !mentions.iter().any(bare) {
        return;
    }
    let surnames: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == Person)
        .filter_map(|m| m.span.of(text).rsplit_once(' ').map(|(_, last)| last))
        .collect();
    mentions.retain(|m| !bare(m) || surnames.contains(&m.span.of(text)));
}

/// The fewest words of a name that must follow a title for the title to
/// come off a person's mention: `Treasurer Jim Chalmers` at a sentence's
/// start is read as one name by the model, but CoNLL leaves titles out
/// of names (`President Bill Clinton`: `Bill Clinton`). A single word
/// after a title (`Prince Harry`, `Pope Francis`) keeps it: there the
/// title is how the person is named.
const MIN_NAME_WORDS_AFTER_TITLE: usize = 2;

/// A saint's title, which opens places' and clubs' names after a first
/// name (`St. Louis Cardinals`, ORG in eng.train).
const SAINTS: &[&str] = &["Saint", "St", "St."];

/// Takes a leading title off person mentions (`Treasurer Jim Chalmers`
/// → `Jim Chalmers`), so that the name, not the title, is what the text's
/// other mentions are linked to. An organisation's mention is a person
/// too when a listed first name follows the title and no organisation
/// word nor common word is in it: `Justice Amy Coney Barrett` came out as
/// an organisation (the model's `Justice` of `Justice Ministry`), while
/// `Prince Charles Hospital` and `St. Louis Cardinals` (eng.train) stay
/// organisations; places are left (`Prince William Sound`, eng.train).
pub fn strip_leading(text: &str, tokens: &[Token], mentions: &mut [Mention]) {
    let g = gazetteer::get();
    for m in mentions.iter_mut() {
        let range = token_range(tokens, m.span);
        let words = &tokens[range];
        let names_follow = words.len() > MIN_NAME_WORDS_AFTER_TITLE
            && words[1..].iter().all(|t| is_capitalised(t.text(text)));
        if !names_follow || !g.is_title(words[0].text(text)) {
            continue;
        }
        let title = words[0].text(text);
        let person = m.kind == Person
            || m.kind == Organization
                && !SAINTS.contains(&title)
                && g.is_first_name(words[1].text(text))
                && !words[2..].iter().any(|t| {
                    let w = t.text(text);
                    g.is_org_word(w) || g.is_common(w)
                });
        if person {
            m.span = Span::new(words[1].span.start, m.span.end);
            m.kind = Person;
        }
    }
}

/// Whether the word before or after mention `m` is capitalised and no
/// frequent word (`The Chancellor`), or a title after it (`Justice
/// Minister`, where CoNLL tags the ministry's word ORG).
fn next_to_a_name(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let g = gazetteer::get();
    let range = token_range(tokens, m.span);
    let (first, next) = (range.start, range.end);
    let word = |i: usize| {
        tokens
            .get(i)
            .map(|t| t.text(text))
            .filter(|w| is_capitalised(w))
    };
    let named = |i: usize| word(i).is_some_and(|w| !g.is_common(w));
    named(next)
        || word(next).is_some_and(|w| g.is_title(w))
        || first.checked_sub(1).is_some_and(named)
}
