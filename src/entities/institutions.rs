//! Hospitals, colleges and schools: a name ending in an institution's
//! head word is never a person.
//!
//! CoNLL's training text types a hospital as a place (`Johns Hopkins
//! Hospital`, `Royal Free Hospital School of Medicine`, `St. Christopher
//! Children 's Hospital`: 11 names, all LOC) and a college, university
//! or school as an organisation (`Northcote College`, `Oxford
//! University`, `Sidwell Friends School`). The model has seen few of
//! them: it reads `Infirmary` as a surname and cuts the name's front
//! (`Leeds` + `Infirmary` for `Leeds General Infirmary`, `Ormond Street
//! Hospital`). Here a hospital's name is taken whole, from the
//! capitalised words before its head word, and typed a place; so is a
//! venue's (`King` + `Power Stadium`, where the model took `King` for a
//! title); a school's name typed a person becomes an organisation.

use super::consistency::Mention;
use super::gazetteer::{self, is_company_suffix};
use super::joins::{first_and_last, join, run_before, token_range, tokens_span};
use super::places::VENUE_HEADS;
use crate::annotations::EntityType::{Location, Organization, Person};
use crate::tokens::Token;
use std::ops::Range;

/// Head words of a hospital's name (CoNLL: LOC). `Infirmary`, `Clinic`
/// and `Hospice` do not occur in eng.train; they name hospitals too.
const HOSPITAL_HEADS: &[&str] = &["Clinic", "Hospice", "Hospital", "Infirmary"];

/// Shortest name with a hospital's head word inside (`Clinic of Ely`):
/// shorter names are only tested at their last word.
const MIN_INNER_HEAD_BYTES: usize = 12;

/// Head words of a school's name (CoNLL: ORG).
const SCHOOL_HEADS: &[&str] = &["Academy", "College", "School", "University"];

/// Takes hospitals' and venues' names whole as places and makes schools' names typed
/// as persons organisations.
pub fn fix(text: &str, tokens: &[Token], sentences: &[Range<usize>], mentions: &mut Vec<Mention>) {
    let word = |i: usize| tokens[i].text(text);
    let mut hospitals = Vec::new();
    for m in mentions.iter_mut() {
        let name = m.span.of(text);
        let (_, last) = first_and_last(name);
        if m.kind == Person && SCHOOL_HEADS.contains(&last) {
            m.kind = Organization;
        }
        let venue = VENUE_HEADS.contains(&last);
        // A head inside a name (`Royal Infirmary of Edinburgh`) needs three
        // words or more: the words are split only then.
        let long =
            name.len() >= MIN_INNER_HEAD_BYTES && name.bytes().filter(|&b| b == b' ').count() >= 2;
        let hospital = HOSPITAL_HEADS.contains(&last)
            || long && name.split(' ').any(|w| HOSPITAL_HEADS.contains(&w));
        if !venue && !hospital {
            continue;
        }
        let r = token_range(tokens, m.span);
        if let Some(head) = (r.clone())
            .rev()
            .find(|&i| HOSPITAL_HEADS.contains(&word(i)))
        {
            // Not a company named after one (`Hospital Corp of America`).
            let g = gazetteer::get();
            let company =
                (head + 1..r.end).any(|i| g.is_org_word(word(i)) || is_company_suffix(word(i)));
            if !company {
                hospitals.push(r);
            }
        } else if venue {
            hospitals.push(r);
        }
    }
    for r in hospitals.into_iter().rev() {
        let start = run_before(text, tokens, sentences, mentions, r.start, false);
        // A head word alone (`Hospital staff said`) names nothing.
        if r.end - start > 1 {
            join(mentions, tokens_span(tokens, start, r.end - 1), Location);
        }
    }
}
