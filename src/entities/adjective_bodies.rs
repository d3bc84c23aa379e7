//! A nation's adjective opening an institution named `<head> of/for …`
//! is a part of its name: CoNLL types `Bosnian Association for Refugees
//! and Displaced Persons`, `Irish Department of Enterprise and
//! Employment`, `Ukrainian Academy of Agrarian Sciences` ORG whole
//! (eng.train, eng.testa), where the model cut the adjective off as MISC
//! (`Canadian` + `Centre for Policy Alternatives`). Bodies without the
//! `of`/`for` keep the adjective apart, as CoNLL does (`Brazilian` +
//! `Senate`, `Turkish` + `Foreign Ministry`), and so do ministries
//! (`Yemeni` + `Ministry of Petroleum and Minerals`, eng.train).

use super::consistency::Mention;
use super::gazetteer;
use super::joins::{join, token_range};
use crate::annotations::EntityType::{Misc, Organization};
use crate::text::Span;
use crate::tokens::Token;

/// Words after an institution's head that make the head a named body.
const CONTINUERS: [&str; 2] = ["of", "for"];

/// Heads whose nation stays apart (CoNLL's `Yemeni` + `Ministry of …`).
const GOVERNMENT_HEADS: [&str; 1] = ["Ministry"];

/// Joins a nation's adjective to the institution right after it.
pub fn join_adjectives(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let g = gazetteer::get();
    let joined: Vec<Span> = mentions
        .windows(2)
        .filter(|pair| {
            let (adjective, body) = (&pair[0], &pair[1]);
            adjective.kind == Misc
                && body.kind == Organization
                && g.lookup(adjective.span.of(text)) == Some(Misc)
                && is_named_body(text, tokens, adjective.span.end, body.span)
        })
        .map(|pair| Span::new(pair[0].span.start, pair[1].span.end))
        .collect();
    for span in joined.into_iter().rev() {
        join(mentions, span, Organization);
    }
}

/// Whether `body`, starting one space after `gap_start`, is `<head>
/// of/for …` with an institution's head other than a ministry.
fn is_named_body(text: &str, tokens: &[Token], gap_start: usize, body: Span) -> bool {
    if text.get(gap_start..body.start) != Some(" ") {
        return false;
    }
    let words = &tokens[token_range(tokens, body)];
    let [head, link, _, ..] = words else {
        return false;
    };
    let head = head.text(text);
    CONTINUERS.contains(&link.text(text))
        && gazetteer::get().is_org_word(head)
        && !GOVERNMENT_HEADS.contains(&head)
}
