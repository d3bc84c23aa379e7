//! Names in one coordinated list agree in type: `Microsoft, Amazon, Google
//! and Meta` are companies, `Texas, Georgia and Louisiana` places. The
//! model types each member from its own spelling and neighbours, and a
//! company named after a place or a word (`Amazon`) comes out a place
//! among companies. A list says its members are things of one kind.
//!
//! Only a clear majority counts: at least two members of one type and more
//! of it than of all other types (a two-member list, `Apple and Tim
//! Cook`, never agrees), only for organisations and places (the
//! confusions seen on today's news), and a person named in full or an
//! acronym keeps its type. MISC members (products, nationalities) neither vote
//! nor change. The member's other mentions follow it, as in
//! [`super::organisations`].

use super::consistency::Mention;
use super::{Set, Surroundings};
use crate::annotations::EntityType::{self, Location, Organization, Person};
use crate::tokens::is_all_caps;
use std::ops::Range;

/// Types a list's majority can give its other members.
const AGREEING: [EntityType; 2] = [Organization, Location];

/// Types that vote and can be changed.
const VOTING: [EntityType; 3] = [Person, Organization, Location];

/// Makes the members of each list agree in type (see the module comment).
pub fn agree(around: &Surroundings, mentions: &mut [Mention]) {
    let mut chosen: [Set<&str>; AGREEING.len()] = Default::default();
    for list in lists(around) {
        let members = || list.clone().filter(|&i| VOTING.contains(&mentions[i].kind));
        let count = |kind: EntityType| members().filter(|&i| mentions[i].kind == kind).count();
        let voters = members().count();
        let Some(t) = (0..AGREEING.len()).find(|&t| {
            let n = count(AGREEING[t]);
            n >= 2 && n * 2 > voters
        }) else {
            continue;
        };
        for i in members().filter(|&i| mentions[i].kind != AGREEING[t]) {
            let spelling = mentions[i].span.of(around.text);
            let full_name = mentions[i].kind == Person && around.ranges[i].len() > 1;
            // An acronym is typed by what it stands for, not by its
            // neighbours (`ISIS, Iran, North Korea and Russia`, PolNeAR
            // train).
            if !full_name && !is_all_caps(spelling) {
                chosen[t].insert(spelling);
            }
        }
    }
    for (t, kind) in AGREEING.into_iter().enumerate() {
        let (this, others) = (&chosen[t], &chosen[1 - t]);
        if !this.is_empty() {
            around.retype_spellings(mentions, kind, |s, _| {
                this.contains(s) && !others.contains(s)
            });
        }
    }
}

/// The lists of names, as ranges of mention indices: names joined by
/// commas, with `and` or `or` (maybe after a comma) before the last.
fn lists(around: &Surroundings) -> Vec<Range<usize>> {
    let n = around.ranges.len();
    // Between names `j` and `j + 1`: a comma (`Some(false)`), or the
    // conjunction that ends a list (`Some(true)`).
    let glue = |j: usize| {
        let between = around.ranges[j].end..around.ranges[j + 1].start;
        let word = |k: usize| around.word(k).unwrap_or("");
        let conjunction = |k: usize| matches!(word(k), "and" | "or");
        match between.len() {
            1 if word(between.start) == "," => Some(false),
            1 if conjunction(between.start) => Some(true),
            2 if word(between.start) == "," && conjunction(between.start + 1) => Some(true),
            _ => None,
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n && glue(j) == Some(false) {
            j += 1;
        }
        if j + 1 < n && glue(j) == Some(true) {
            out.push(i..j + 2);
            i = j + 2;
        } else {
            i = j + 1;
        }
    }
    out
}
