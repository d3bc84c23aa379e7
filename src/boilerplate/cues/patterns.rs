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
use regex::Regex;
use std::sync::OnceLock;

/// One top-level alternative of a cue's pattern.
struct Alternative {
    pattern: String,
    kind: Kind,
    prompt: bool,
    /// Indices into the screen's needles, one of which a match contains;
    /// `None`: no required literal, always tried.
    needles: Option<Vec<usize>>,
    regex: OnceLock<Regex>,
}

impl Alternative {
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
        let mut needles: Vec<String> = Vec::new();
        let mut index_of = |needle: String| match needles.iter().position(|n| *n == needle) {
            Some(i) => i,
            None => {
                needles.push(needle);
                needles.len() - 1
            }
        };
        let mut alternatives = Vec::new();
        for cue in cues {
            for pattern in screen::alternatives(cue.pattern) {
                let needles = screen::required(pattern)
                    .map(|found| found.into_iter().map(&mut index_of).collect());
                alternatives.push(Alternative {
                    pattern: pattern.to_string(),
                    kind: cue.kind,
                    prompt: cue.prompt,
                    needles,
                    regex: OnceLock::new(),
                });
            }
        }
        Patterns {
            alternatives,
            screen: Screen::new(needles),
        }
    }

    /// The kind of the first cue that matches `text`, where a prompt also
    /// needs `addressed` (asked only when a prompt matched).
    pub(super) fn first(&self, text: &str, addressed: impl Fn() -> bool) -> Option<Kind> {
        let found = self.screen.found(text);
        let mut speaks = None;
        self.alternatives
            .iter()
            .filter(|a| {
                a.needles
                    .as_ref()
                    .is_none_or(|n| n.iter().any(|&i| found[i]))
            })
            .find(|a| a.is_match(text) && (!a.prompt || *speaks.get_or_insert_with(&addressed)))
            .map(|a| a.kind)
    }
}
