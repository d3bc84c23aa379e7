//! Airlines' names the model cut before their trade words (`Korean Air
//! Lines` came out as `Korean`, ORG): a mention followed by a run of
//! `Air`, `Lines`, `Airlines`, `Airways` that ends in a plural (`Korean
//! Air Lines`, not `Korean Air Force`) is one organisation with them.
//!
//! Two firms the model ran together over `and` (`Delta Air Lines and
//! Southwest Airlines`, `Cathay Pacific Airways and Japan Airlines` came
//! out as one organisation): a name whose part before `and` and part after
//! it each end in a company's head word (`Airlines`, `Bank`, `Group`, a
//! company suffix) and are two words or more is two firms. One firm's
//! name with `and` inside has no head before it (`Securities and Exchange
//! Commission`, `Marks and Spencer`); public bodies' heads are left out
//! (CoNLL tags `Guangdong Post and Telecommunications Administration`,
//! eng.testa, and `Federal Trade Commission and Justice Department`,
//! eng.train, as one name each). Advocacy groups' heads count too
//! (`American Economic Liberties Project and Food & Water Watch` came out
//! as one name): none ends a part before `and` in a name of eng.train or
//! eng.testa.

use super::consistency::Mention;
use super::gazetteer;
use super::joins::{self, token_range, tokens_span};
use crate::annotations::EntityType::Organization;
use crate::text::Span;
use crate::tokens::Token;

/// Last words of companies' names (`Delta Air Lines`, `Japan Airlines`,
/// `Carnival Cruise Lines`, `Tata Motors`).
const FIRM_HEADS: &[&str] = &[
    "Airlines", "Airways", "Bank", "Group", "Holdings", "Lines", "Motors",
];

/// Last words of advocacy groups' and think tanks' names (`Consumer
/// Action`, `Human Rights Watch`, `Brookings Institution`); public bodies'
/// heads (`Commission`, `Department`) stay out, see the module comment.
const GROUP_HEADS: &[&str] = &[
    "Action",
    "Alliance",
    "Campaign",
    "Center",
    "Centre",
    "Coalition",
    "Foundation",
    "Initiative",
    "Institute",
    "Institution",
    "Network",
    "Project",
    "Watch",
];

/// Words of airlines' names after the owner's or the country's word.
const AIRLINE_WORDS: &[&str] = &["Air", "Airlines", "Airways", "Lines"];

/// The words of [`AIRLINE_WORDS`] that end an airline's name.
const AIRLINE_HEADS: &[&str] = &["Airlines", "Airways", "Lines"];

/// Joins each mention to the airline's words after it.
pub fn join_airline_words(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    for i in (0..mentions.len()).rev() {
        let after = token_range(tokens, mentions[i].span).end;
        let run = tokens[after..]
            .iter()
            .take_while(|t| AIRLINE_WORDS.contains(&t.text(text)))
            .count();
        let last = (after + run).wrapping_sub(1);
        if run > 0 && AIRLINE_HEADS.contains(&tokens[last].text(text)) {
            let span = Span::new(mentions[i].span.start, tokens[last].span.end);
            joins::join(mentions, span, Organization);
        }
    }
}

/// Splits every organisation at an `and` between two firms' names.
pub fn split_at_and(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    joins::split_organisations(text, mentions, " and ", |m| {
        parts_between_firms(text, tokens, m)
    });
}

/// The organisation `m` cut at each `and` between two firms' names.
fn parts_between_firms(text: &str, tokens: &[Token], m: &Mention) -> Vec<Mention> {
    let range = token_range(tokens, m.span);
    let word = |i: usize| tokens[i].text(text);
    let part = |first, last| Mention {
        span: tokens_span(tokens, first, last),
        kind: Organization,
    };
    // Where the part after an `and` at `i` ends: the next `and` or the end.
    let part_end = |i: usize| {
        (i + 1..range.end)
            .find(|&k| word(k) == "and")
            .unwrap_or(range.end)
    };
    let mut parts = Vec::new();
    let mut first = range.start;
    for i in range.start + 1..range.end.saturating_sub(1) {
        let end = part_end(i);
        let splits = word(i) == "and"
            && i - first >= 2
            && end - i > 2
            && is_firm_head(word(i - 1))
            && is_firm_head(word(end - 1));
        if splits {
            parts.push(part(first, i - 1));
            first = i + 1;
        }
    }
    parts.push(part(first, range.end - 1));
    parts
}

/// Whether `word` ends a firm's or a group's name.
fn is_firm_head(word: &str) -> bool {
    gazetteer::is_company_suffix(word) || FIRM_HEADS.contains(&word) || GROUP_HEADS.contains(&word)
}
