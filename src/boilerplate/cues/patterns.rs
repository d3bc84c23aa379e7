//! A list of cues, each alternative of each cue compiled on first need.
//!
//! One `RegexSet` of all the cues matched a block in one pass, but
//! compiling it was nearly half of the first annotate() of a page (the
//! extension and the bookmarklet load the wasm afresh on every page). Here
//! a block is first scanned for the literals the alternatives need
//! ([`super::screen`]), and only the alternatives whose literals it holds
//! are compiled (once) and tried, in the cues' order: the answer is the
//! set's, since a pattern matches where one of its alternatives does.

use super::screen::{self, Screen};
use super::{ascii_boundaries, Cue, Kind};
use crate::ner::hash::Map;
use regex::Regex;
use std::sync::OnceLock;

/// One top-level alternative of a cue's pattern.
struct Alternative {
    pattern: String,
    kind: Kind,
    prompt: bool,
    needs: Needs,
    regex: OnceLock<Regex>,
}

/// What a text must hold for an alternative to be worth trying.
enum Needs {
    /// One of these at its start (an alternative anchored with `^`).
    Start(Starts),
    /// Anywhere, one of each of these sets (indices into the screen's
    /// needles).
    All(Vec<Vec<usize>>),
    /// Nothing found to screen with: always tried.
    Nothing,
}

/// The literals an anchored alternative may begin with, and their first
/// bytes: one look at a text's first byte rules most texts out.
struct Starts {
    /// A 256-bit set.
    first_bytes: [u64; 4],
    literals: Vec<String>,
}

impl Starts {
    fn new(literals: Vec<String>) -> Starts {
        let mut first_bytes = [0u64; 4];
        for literal in &literals {
            let b = literal.as_bytes()[0];
            first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        Starts {
            first_bytes,
            literals,
        }
    }

    fn open(&self, text: &str) -> bool {
        text.as_bytes()
            .first()
            .is_some_and(|&b| self.first_bytes[usize::from(b >> 6)] >> (b & 63) & 1 == 1)
            && self.literals.iter().any(|l| text.starts_with(l.as_str()))
    }
}

impl Alternative {
    fn may_match(&self, text: &str, found: &[bool]) -> bool {
        match &self.needs {
            Needs::Start(starts) => starts.open(text),
            Needs::All(parts) => parts.iter().all(|p| p.iter().any(|&i| found[i])),
            Needs::Nothing => true,
        }
    }

    fn is_match(&self, text: &str) -> bool {
        self.regex
            .get_or_init(|| Regex::new(&ascii_boundaries(&self.pattern)).expect("cue pattern"))
            .is_match(text)
    }
}

pub(super) struct Patterns {
    alternatives: Vec<Alternative>,
    screen: Screen,
}

impl Patterns {
    pub(super) fn new(cues: &[Cue]) -> Patterns {
        // Each distinct literal once, numbered in order of first use.
        let mut numbers: Map<String, usize> = Map::default();
        let mut index_of = |needle: String| {
            let next = numbers.len();
            *numbers.entry(needle).or_insert(next)
        };
        let mut alternatives = Vec::new();
        for cue in cues {
            for pattern in screen::alternatives(cue.pattern) {
                let needs = if let Some(starts) = screen::leading(pattern) {
                    Needs::Start(Starts::new(starts))
                } else {
                    let parts = screen::required_parts(pattern);
                    let parts: Vec<Vec<usize>> = parts
                        .into_iter()
                        .map(|needles| needles.into_iter().map(&mut index_of).collect())
                        .collect();
                    if parts.is_empty() {
                        Needs::Nothing
                    } else {
                        Needs::All(parts)
                    }
                };
                alternatives.push(Alternative {
                    pattern: pattern.to_string(),
                    kind: cue.kind,
                    prompt: cue.prompt,
                    needs,
                    regex: OnceLock::new(),
                });
            }
        }
        let mut needles: Vec<(String, usize)> = numbers.into_iter().collect();
        needles.sort_unstable_by_key(|&(_, i)| i);
        Patterns {
            alternatives,
            screen: Screen::new(needles.into_iter().map(|(n, _)| n).collect()),
        }
    }

    /// The kind of the first cue that matches `text`, where a prompt also
    /// needs `addressed` (asked only when a prompt matched).
    pub(super) fn first(&self, text: &str, addressed: impl Fn() -> bool) -> Option<Kind> {
        let found = self.screen.found(text);
        let mut speaks = None;
        self.alternatives
            .iter()
            .filter(|a| a.may_match(text, &found))
            .find(|a| a.is_match(text) && (!a.prompt || *speaks.get_or_insert_with(&addressed)))
            .map(|a| a.kind)
    }
}
