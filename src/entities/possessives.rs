//! Possessives inside and before the model's names.
//!
//! A possessive belongs to some organisations' names (`King's College
//! London`, `People's Liberation Army`, `Queen's University`: CoNLL tags
//! `People 's Daily` whole), where the model, which has seen few of them,
//! starts the name after it and reads the rest as a person (`College
//! London`). After an organisation's full name, a possessive ends it
//! (`Stanford University's Center on Poverty` is the university's centre,
//! not one name). A possessive after a company's name that joins two
//! names by `&` and ends in a first name is the name's own (`Ben &
//! Jerry's`: the brand, named after its founders, not their belongings;
//! CoNLL tags such names whole, `Moody 's`, `Lloyd 's`). Not after a
//! surname: `Douglas & Lomason's top executives` (eng.testa) are the
//! company's.

use super::gazetteer::{self, Gazetteer};
use super::names::Candidate;
use crate::annotations::EntityType::Organization;
use crate::text::Span;
use crate::tokens::{Token, TokenKind};

/// Words that begin an organisation's name with a possessive (`King's
/// College`, `People's Party`, `Children's Hospital`). A name before a
/// possessive is otherwise its owner (`Trump's Justice Department`).
const POSSESSIVE_NAME_HEADS: &[&str] = &["Children", "King", "People", "Queen", "Women", "Workers"];

/// Joins a possessive name head to the organisation name after it, and
/// cuts a name at a possessive that follows an organisation word.
/// `names` are the model's names, disjoint and in text order.
pub fn fix(text: &str, tokens: &[Token], g: &Gazetteer, names: &mut Vec<Candidate>) {
    let word = |i: usize| tokens[i].text(text);
    let is_possessive = |i: usize| tokens[i].kind == TokenKind::Possessive;
    let mut out: Vec<Candidate> = Vec::with_capacity(names.len());
    for mut c in names.drain(..) {
        let r = c.tokens.clone();
        let head = r.start.checked_sub(2);
        let joins = head.is_some_and(|h| {
            is_possessive(h + 1)
                && POSSESSIVE_NAME_HEADS.contains(&word(h))
                && r.clone().any(|i| g.is_org_word(word(i)))
        });
        if let Some(h) = head.filter(|_| joins) {
            // The model may have taken the head for a name of its own.
            out.retain(|o| o.tokens.end <= h);
            c.tokens.start = h;
            c.span = Span::new(tokens[h].span.start, c.span.end);
            c.evidence = Some(Organization);
            out.push(c);
            continue;
        }
        let cut = (r.start + 1..r.end.saturating_sub(1))
            .find(|&k| is_possessive(k) && g.is_org_word(word(k - 1)));
        match cut {
            Some(k) => {
                let part = |range: std::ops::Range<usize>| Candidate {
                    span: Span::new(
                        tokens[range.start].span.start,
                        tokens[range.end - 1].span.end,
                    ),
                    evidence: c.evidence,
                    guess: c.guess,
                    tokens: range,
                };
                out.push(part(r.start..k));
                out.push(part(k + 1..r.end));
            }
            None => out.push(c),
        }
    }
    for c in &mut out {
        if ends_with_possessive(text, tokens, c) {
            c.tokens.end += 1;
            c.span = Span::new(c.span.start, tokens[c.tokens.end - 1].span.end);
        }
    }
    *names = out;
}

/// Whether the possessive after an organisation's name `c` is the name's
/// own (see the module comment).
fn ends_with_possessive(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    let end = c.tokens.end;
    let possessive = tokens
        .get(end)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    if c.evidence != Some(Organization) || !possessive {
        return false;
    }
    c.tokens.clone().any(|i| tokens[i].text(text) == "&")
        && gazetteer::get().is_first_name(tokens[end - 1].text(text))
}
