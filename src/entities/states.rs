//! US states written the wire's short way after a town (`Reno, Nev`,
//! `Fresno, Calif.`, `Bethlehem, Pa`): CoNLL types them LOC with their
//! period (`San Mateo , Calif.`, `Carlsbad , Calif.` in eng.train). The
//! model missed some without the period (`Nev`) and left the period off
//! others. After a place and a comma, such a word is a place with its
//! period, or without one when punctuation or the line's end comes next
//! (`Reno, Nev, and …`; not `Dallas, Tex Ritter said`).

use super::consistency::Mention;
use super::joins::{join, overlapping};
use crate::annotations::EntityType::Location;
use crate::text::Span;
use crate::tokens::{Token, TokenKind};

/// The AP style's short forms of states' names, without their periods
/// (`Calif.`, `Pa.`); states of five letters or fewer are written out in
/// that style and so are not here, except `Tex` and `Wash`, older forms.
const STATES: [&str; 28] = [
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Pa", "Tenn",
    "Tex", "Wash",
];

/// Adds or completes the states' short forms after a place and a comma.
pub fn find(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate().skip(2) {
        // The comma first: it rules out most tokens at the cost of one
        // comparison, where the list costs 28.
        // `Fla.` and `Mass.` are tokens with their period.
        let is_state = || STATES.contains(&t.text(text).trim_end_matches('.'));
        if tokens[i - 1].text(text) != "," || !is_state() {
            continue;
        }
        let Some(span) = with_period(text, tokens, i) else {
            continue;
        };
        let town = overlapping(mentions, tokens[i - 2].span);
        if mentions[town].iter().any(|m| m.kind == Location) {
            found.push(span);
        }
    }
    for span in found.into_iter().rev() {
        join(mentions, span, Location);
    }
}

/// The span of state token `i` with a period written onto it, when the
/// period, punctuation or a line's end follows (`None` for a word
/// following: `Dallas, Tex Ritter`).
fn with_period(text: &str, tokens: &[Token], i: usize) -> Option<Span> {
    let span = tokens[i].span;
    let next = tokens.get(i + 1);
    if let Some(period) = next.filter(|t| t.text(text) == "." && t.span.start == span.end) {
        return Some(Span::new(span.start, period.span.end));
    }
    let ends = next
        .is_none_or(|t| t.kind == TokenKind::Punct || text[span.end..t.span.start].contains('\n'));
    ends.then_some(span)
}
