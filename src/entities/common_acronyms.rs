//! Acronyms used as common nouns: a political action committee (`a super
//! PAC`, `the crypto PAC`) or a blank-cheque company (`a SPAC`). CoNLL
//! leaves common nouns untagged; the model typed the acronym ORG on its
//! own (`Fairshake, a super PAC funded by …`) and ran it into the name
//! after it (`whose super PAC United Democracy Project` as one ORG). After
//! a word in small letters the acronym is the noun: a mention of it alone
//! is dropped, and a mention it opens loses it. After a capitalised word
//! it ends a name (`Senate Majority PAC`) and stays.

use super::consistency::Mention;
use crate::text::Span;

/// Acronyms read as nouns after a word in small letters.
const NOUNS: &[&str] = &["PAC", "PACs", "SPAC", "SPACs"];

/// Drops or cuts the acronyms that are nouns (see the module comment).
pub fn drop_nouns(text: &str, mentions: &mut Vec<Mention>) {
    mentions.retain_mut(|m| {
        let name = m.span.of(text);
        let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
        if !NOUNS.contains(&first) || !follows_small_word(text, m.span.start) {
            return true;
        }
        let cut = name.len() - rest.len();
        m.span = Span::new(m.span.start + cut, m.span.end);
        !rest.is_empty()
    });
}

/// Whether the word right before byte `start` (one space before it) is
/// written in small letters (`super`, `crypto`, `a`).
fn follows_small_word(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    word.starts_with(|c: char| c.is_lowercase())
}
