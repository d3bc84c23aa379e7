//! Job titles and honours written as acronyms (`MP`, `KC`, `CEO`, `CFO`)
//! are no names: CoNLL leaves them untagged (`CEO` O 3 times, `CFO` once
//! in eng.train and eng.testa; `Audi CEO`, `Cofinec CEO Stephen Frater`,
//! the person alone a name). The model, which saw few of them, read them
//! into a person's name (`Jess Teesdale MP`, `Sarah Lowther KC`), typed
//! them ORG on their own (`the company's COO`, `an MP from Kent`) or ran
//! a party and its member together (`Labour MP Rachel Hopkins` ORG).
//! A mention is cut at such an acronym: the words before it keep their
//! reading (or name the holder's party or firm when a person follows),
//! the words after name the holder. A bare acronym is dropped where it
//! reads as a post: after a determiner or a possessive, or next to a
//! person's name.

use super::consistency::Mention;
use super::gazetteer;
use super::joins::token_range;
use crate::annotations::EntityType::{self, Location, Misc, Organization, Person};
use crate::text::Span;
use crate::tokens::{is_all_caps, Token};

/// Posts and honours written after or before a name. Left out: `MS` (a
/// disease and a firm), `TD` (eng.train's `TD Securities`), `PM` (a
/// party or a firm; see `titles.rs`).
const TITLE_ACRONYMS: [&str; 15] = [
    "CBE", "CEO", "CFO", "CIO", "CMO", "COO", "CTO", "KC", "MBE", "MEP", "MLA", "MP", "MSP", "OBE",
    "QC",
];

/// Words before a bare acronym that make it a post (`the KC`, `an MP`,
/// `its CFO`, `the company's COO`).
const DETERMINERS: [&str; 9] = ["the", "a", "an", "its", "his", "her", "their", "our", "'s"];

fn is_title_acronym(word: &str) -> bool {
    TITLE_ACRONYMS.contains(&word)
}

/// Whether a lower-cased word spells a post or honour written as an
/// acronym (`mp`, `ceo`). The quote finder reads it, on its lower-cased
/// tokens: `A Labour MP said` names a member, not the party. Compared
/// without allocating, since the quote finder asks of many tokens.
pub(crate) fn is_title_acronym_lowered(lower: &str) -> bool {
    TITLE_ACRONYMS.iter().any(|a| a.eq_ignore_ascii_case(lower))
}

/// Cuts mentions at a title acronym and drops the bare ones that read as
/// posts; the mentions stay in text order.
pub fn cut(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let holds_one = |m: &Mention| m.span.of(text).split(' ').any(is_title_acronym);
    // Most texts have none.
    if !mentions.iter().any(holds_one) {
        return;
    }
    let mut kept = Vec::with_capacity(mentions.len() + 1);
    for (i, m) in mentions.iter().enumerate() {
        if !holds_one(m) || is_shouted(text, tokens, m) {
            kept.push(m.clone());
        } else if let Some(parts) = split(text, tokens, m) {
            kept.extend(parts);
        } else if !is_post(text, tokens, mentions, i) {
            kept.push(m.clone());
        }
    }
    *mentions = kept;
}

/// Whether mention `m` is several words in capitals in a line written in
/// capitals (`LABOUR MP QUITS` in an all-caps headline), where an acronym
/// cannot be told from a word. A word with a small letter next to it
/// shows the capitals are the words' own: `One SNP MP said` is a party's
/// acronym and a post.
fn is_shouted(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let name = m.span.of(text);
    if !name.contains(' ') || !is_all_caps(name) {
        return false;
    }
    let range = token_range(tokens, m.span);
    let has_small = |i: Option<usize>| {
        i.and_then(|i| tokens.get(i))
            .is_some_and(|t| t.text(text).chars().any(char::is_lowercase))
    };
    !has_small(range.start.checked_sub(1)) && !has_small(Some(range.end))
}

/// The parts of a mention of several words around its first title
/// acronym (`None` for a bare acronym, `the KC` included). A person must
/// follow for the words before to be a party or a firm (`Labour MP
/// Rachel Hopkins`); a title acronym opening a firm's name stays (`MP
/// Materials`).
fn split(text: &str, tokens: &[Token], m: &Mention) -> Option<Vec<Mention>> {
    let words = &tokens[token_range(tokens, m.span)];
    let k = words.iter().position(|t| is_title_acronym(t.text(text)))?;
    let after = &words[k + 1..];
    if after.is_empty() && words[..k].iter().all(|t| is_determiner(t.text(text))) {
        return None;
    }
    let holder_follows = after
        .first()
        .is_some_and(|t| m.kind == Person || gazetteer::get().is_first_name(t.text(text)));
    if !after.is_empty() && !holder_follows {
        return Some(vec![m.clone()]);
    }
    let mut parts = Vec::with_capacity(2);
    if k > 0 {
        let span = Span::new(m.span.start, words[k - 1].span.end);
        let kind = if after.is_empty() {
            m.kind
        } else {
            holders_body(span.of(text), m.kind)
        };
        parts.push(Mention { span, kind });
    }
    if let (Some(first), Some(last)) = (after.first(), after.last()) {
        let span = Span::new(first.span.start, last.span.end);
        parts.push(Mention { span, kind: Person });
    }
    Some(parts)
}

/// The type of the words before a post and its holder, read as one
/// mention of `kind`: a listed place (`Kent MP`) LOC, an adjective the
/// model saw (`Welsh MP`) MISC, anything else a party or a firm
/// (`Labour`, `Apple`), ORG as eng.train's `Labour government`.
fn holders_body(words: &str, kind: EntityType) -> EntityType {
    match gazetteer::get().lookup(words) {
        Some(Location) => Location,
        _ if kind == Misc => Misc,
        _ => Organization,
    }
}

fn is_determiner(word: &str) -> bool {
    let word = word.replace('\u{2019}', "'");
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(&word))
}

/// Whether bare acronym mention `i` reads as a post: after a determiner or
/// a possessive, or right before or after a person's mention.
fn is_post(text: &str, tokens: &[Token], mentions: &[Mention], i: usize) -> bool {
    let range = token_range(tokens, mentions[i].span);
    // The acronym is the mention's last word (`The KC` at a sentence's
    // start is one mention).
    let acronym = range.end - 1;
    let before = acronym.checked_sub(1).map(|b| &tokens[b]);
    let after_determiner = before.is_some_and(|t| is_determiner(t.text(text)));
    let person_at = |j: Option<usize>, touches: &dyn Fn(&Mention) -> bool| {
        j.and_then(|j| mentions.get(j))
            .is_some_and(|p| p.kind == Person && touches(p))
    };
    let next_start = tokens.get(range.end).map(|t| t.span.start);
    let prev_end = before.map(|t| t.span.end);
    after_determiner
        || person_at(Some(i + 1), &|p| Some(p.span.start) == next_start)
        || person_at(i.checked_sub(1), &|p| Some(p.span.end) == prev_end)
}
