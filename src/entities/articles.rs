//! Articles the model took into a name.
//!
//! A leading `A` or `An` on a person (`An Ofcom spokesperson said` came
//! out as the person `An Ofcom`: the model reads the capital as a first
//! name) when the text names the rest as something else elsewhere
//! (`Ofcom`, an organisation): the article is dropped and the rest takes
//! that type. `An` is a first name too (`An Marchal` in CoNLL-2003
//! train), and places may open with `A` (`A Coruña`).
//!
//! A `the` inside an organisation, where the model ran two names
//! together (`told the BBC the Treasury had …` came out as one
//! organisation, `BBC the Treasury`): an organisation's name never holds
//! a lower-case `the` right after one of its own capitalised words, except
//! after a capitalised function word of a title (`Association for
//! Relations Across the Taiwan Straits`, the one such name in CoNLL-2003
//! train) or after `of`/`for` (`Friends of the Earth`, which this never
//! splits). People keep theirs (`Alfred the Great`), and so do places and
//! other names (`Our Lady the Queen of the Angels`, `All the President's
//! Men`). The part before `the` must be two words or an acronym to be a
//! name of its own.

use super::consistency::Mention;
use super::joins::{self, token_range, tokens_span};
use crate::annotations::EntityType::{self, Organization};
use crate::tokens::Token;

/// Capitalised words of titles after which `the` stays inside a name.
const TITLE_FUNCTION_WORDS: &[&str] = &[
    "About", "Above", "Across", "After", "Against", "All", "Along", "Among", "Around", "At",
    "Before", "Behind", "Below", "Beneath", "Beside", "Between", "Beyond", "By", "Down", "During",
    "For", "From", "In", "Inside", "Into", "Near", "Of", "Off", "On", "Over", "Through", "To",
    "Toward", "Towards", "Under", "Until", "Up", "Upon", "With", "Within", "Without",
];

/// A word of capitals (`BBC`, `ITV`): a name on its own. A single
/// other word before `the` is as often a title's verb (`Meet the Press`,
/// `Crashing the Party`) as a name.
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Splits every organisation at each `the` that follows one of its
/// capitalised words, keeping both sides as organisations.
pub fn at_articles(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    joins::split_organisations(text, mentions, " the ", |m| {
        parts_between_articles(text, tokens, m)
    });
}

/// The organisation `m` cut at each `the` that ends a name before it.
fn parts_between_articles(text: &str, tokens: &[Token], m: &Mention) -> Vec<Mention> {
    let range = token_range(tokens, m.span);
    let part = |first, last| Mention {
        span: tokens_span(tokens, first, last),
        kind: Organization,
    };
    let mut parts = Vec::new();
    let mut first = range.start;
    for i in range.start + 1..range.end.saturating_sub(1) {
        let before = tokens[i - 1].text(text);
        let splits = tokens[i].text(text) == "the"
            && before.starts_with(char::is_uppercase)
            && !TITLE_FUNCTION_WORDS.contains(&before)
            && (i - first >= 2 || is_acronym(before));
        if splits {
            parts.push(part(first, i - 1));
            first = i + 1;
        }
    }
    parts.push(part(first, range.end - 1));
    parts
}

/// Articles the model may read as a first name.
const INDEFINITE_ARTICLES: &[&str] = &["A", "An"];

/// Drops a leading `A`/`An` from every person of two words or more whose
/// rest another mention spells, as something other than a person, and
/// gives the rest that mention's type.
pub fn drop_indefinite(text: &str, tokens: &[Token], mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        if mentions[i].kind != EntityType::Person {
            continue;
        }
        let range = token_range(tokens, mentions[i].span);
        let opens = INDEFINITE_ARTICLES.contains(&tokens[range.start].text(text));
        if !opens || range.len() < 2 {
            continue;
        }
        let rest = tokens_span(tokens, range.start + 1, range.end - 1);
        match type_elsewhere(text, mentions, i, rest.of(text)) {
            Some(kind) if kind != EntityType::Person => mentions[i] = Mention { span: rest, kind },
            _ => {}
        }
    }
}

/// The type of another mention than `i` spelled `name`.
fn type_elsewhere(text: &str, mentions: &[Mention], i: usize, name: &str) -> Option<EntityType> {
    mentions
        .iter()
        .enumerate()
        .find(|&(j, m)| j != i && m.span.of(text) == name)
        .map(|(_, m)| m.kind)
}
