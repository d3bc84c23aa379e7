//! A literal screen for the cue patterns: the words a pattern cannot match
//! without, read from the pattern itself, and one scan of a text that
//! finds which of them it contains.
//!
//! Compiling all the cue patterns was most of a page's first annotate();
//! most blocks lack the words of most cues, so an alternative of a cue is
//! compiled only when a block holds its words — one literal of each of its
//! required parts, or, anchored, one it can start with
//! ([`super::patterns`]).
//! The reading of a pattern is deliberately simple — literal runs, groups
//! and quantifiers, nothing else — and conservative: what it cannot read
//! is "no required literal", and a test checks its answer for every cue
//! against the regex parser's own reading.

/// The top-level alternatives of `pattern` (split at the `|` outside any
/// group or class): the pattern matches where one of them does.
pub(super) fn alternatives(pattern: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start, mut i) = (0usize, 0, 0);
    let bytes = pattern.as_bytes();
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'[' => i = class_end(bytes, i) - 1,
            b'(' => depth += 1,
            b')' => depth -= 1,
            b'|' if depth == 0 => {
                out.push(&pattern[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&pattern[start..]);
    out
}

/// Literals one of which every match of `pattern` contains, or `None` if
/// the reading finds none (the pattern must then always be tried).
pub(super) fn required(pattern: &str) -> Option<Vec<String>> {
    let alternatives = alternatives(pattern);
    if alternatives.len() > 1 {
        let mut all = Vec::new();
        for alternative in alternatives {
            all.extend(required(alternative)?);
        }
        return Some(all);
    }
    // In a sequence, any one required part will do: take the most
    // selective (the longest shortest literal, then the fewest).
    candidates(pattern).into_iter().max_by_key(|needles| {
        let shortest = needles.iter().map(String::len).min().unwrap_or(0);
        (shortest, std::cmp::Reverse(needles.len()))
    })
}

/// Shortest literal a part of a sequence may be screened by besides its
/// most selective one: a two-letter word ("us", "on") is in most blocks
/// and would only make the screen slower.
const MIN_PART_BYTES: usize = 3;

/// For a top-level alternative: sets of literals such that a match holds
/// one literal of every set. Each required part of the sequence is a set
/// ("how", then "can|may|could|might", then "help|assist"): together they
/// rule out far more blocks than the best part alone. Empty if the
/// alternative has no required literal.
pub(super) fn required_parts(alternative: &str) -> Vec<Vec<String>> {
    let mut parts = candidates(alternative);
    parts.retain(|needles| needles.iter().all(|n| n.len() >= MIN_PART_BYTES));
    if parts.is_empty() {
        parts.extend(required(alternative));
    }
    parts
}

/// For an alternative anchored at the start of the text (`^…`): literals
/// one of which the text must start with for it to match. Cues of this
/// kind are labels, whose words also appear inside ordinary sentences, so
/// where a label can begin says far more than what it contains.
pub(super) fn leading(alternative: &str) -> Option<Vec<String>> {
    leading_any(alternative.strip_prefix('^')?)
}

/// Literals one of which every match of `pattern` starts with; `None` if
/// some match may be empty or start otherwise.
fn leading_any(pattern: &str) -> Option<Vec<String>> {
    let mut all = Vec::new();
    for alternative in alternatives(pattern) {
        all.extend(leading_of(&items(alternative))?);
    }
    Some(all)
}

fn leading_of(items: &[Item]) -> Option<Vec<String>> {
    let (first, rest) = items.split_first()?;
    let own = match first.atom {
        Atom::Char(_) if first.required => {
            let run = items
                .iter()
                .map_while(|item| match item.atom {
                    Atom::Char(c) if item.required => Some(c),
                    _ => None,
                })
                .collect();
            return Some(vec![run]);
        }
        Atom::Char(c) => vec![c.to_string()],
        Atom::Group(inner) => leading_any(inner)?,
        Atom::Other => return None,
    };
    if first.required {
        return Some(own);
    }
    // An optional first piece: the match starts with it or with the rest.
    let mut both = own;
    both.extend(leading_of(rest)?);
    Some(both)
}

/// The required parts of a sequence with no top-level `|`: each run of
/// plain characters that must appear, and the needles of each group that
/// must match at least once.
fn candidates(pattern: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut run = String::new();
    for item in items(pattern) {
        match item.atom {
            Atom::Char(c) if item.required => {
                run.push(c);
                continue;
            }
            Atom::Group(inner) if item.required => {
                out.extend(required(inner));
            }
            _ => {}
        }
        if !run.is_empty() {
            out.push(vec![std::mem::take(&mut run)]);
        }
    }
    if !run.is_empty() {
        out.push(vec![run]);
    }
    out
}

/// One piece of a sequence: a character, a group's inside, or anything
/// else (a class, an escape class, an assertion, a flag group).
enum Atom<'p> {
    Char(char),
    Group(&'p str),
    Other,
}

struct Item<'p> {
    atom: Atom<'p>,
    /// Whether it must match at least once (no `?`, `*`, `{0,n}` after it).
    required: bool,
}

/// The pieces of a sequence, each with whether its quantifier allows it
/// to be absent. A quantifier after a run's last character takes only
/// that character, as in the regex (`cookies?`).
fn items(pattern: &str) -> Vec<Item<'_>> {
    let bytes = pattern.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (atom, next) = atom_at(pattern, i);
        let (required, next) = quantifier_at(bytes, next);
        out.push(Item { atom, required });
        i = next;
    }
    out
}

/// The atom starting at byte `i`, and where it ends.
fn atom_at(pattern: &str, i: usize) -> (Atom<'_>, usize) {
    let bytes = pattern.as_bytes();
    match bytes[i] {
        b'\\' => {
            let c = pattern[i + 1..]
                .chars()
                .next()
                .expect("an escaped character");
            let end = i + 1 + c.len_utf8();
            // `\.` is a dot; `\b`, `\s`, `\d` and the like are classes or
            // assertions.
            let atom = if c.is_ascii_alphanumeric() {
                Atom::Other
            } else {
                Atom::Char(c)
            };
            (atom, end)
        }
        b'[' => (Atom::Other, class_end(bytes, i)),
        b'(' => {
            let end = group_end(bytes, i);
            let inner = &pattern[i + 1..end - 1];
            let atom = match inner.strip_prefix("?:") {
                Some(inner) => Atom::Group(inner),
                None if inner.starts_with('?') => Atom::Other,
                None => Atom::Group(inner),
            };
            (atom, end)
        }
        b'.' | b'^' | b'$' => (Atom::Other, i + 1),
        _ => {
            let c = pattern[i..].chars().next().expect("a character");
            (Atom::Char(c), i + c.len_utf8())
        }
    }
}

/// Whether the quantifier at byte `i` (if any) requires its atom at least
/// once, and where the quantifier ends.
fn quantifier_at(bytes: &[u8], i: usize) -> (bool, usize) {
    let (required, mut end) = match bytes.get(i) {
        Some(b'?' | b'*') => (false, i + 1),
        Some(b'+') => (true, i + 1),
        Some(b'{') => {
            let close = i + bytes[i..]
                .iter()
                .position(|&b| b == b'}')
                .expect("a closed repetition");
            (!bytes[i + 1..close].starts_with(b"0"), close + 1)
        }
        _ => return (true, i),
    };
    // A lazy quantifier (`??`, `*?`) is the same for what must appear.
    if bytes.get(end) == Some(&b'?') {
        end += 1;
    }
    (required, end)
}

/// The end (one past `]`) of the class opening at byte `i`. A `]` right
/// after `[` or `[^` is a literal bracket.
fn class_end(bytes: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    if bytes.get(j) == Some(&b'^') {
        j += 1;
    }
    if bytes.get(j) == Some(&b']') {
        j += 1;
    }
    while bytes[j] != b']' {
        j += if bytes[j] == b'\\' { 2 } else { 1 };
    }
    j + 1
}

/// The end (one past `)`) of the group opening at byte `i`.
fn group_end(bytes: &[u8], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    loop {
        match bytes[j] {
            b'\\' => j += 1,
            b'[' => j = class_end(bytes, j) - 1,
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
}

/// Buckets of the screen's index by a literal's first two bytes (a power
/// of two). Indexed by the first byte alone, common letters each led to
/// dozens of literals to compare at every position of every block.
const PAIR_BUCKETS: usize = 1 << 12;

/// Finds, in one scan of a text, which of a list of literals it contains.
pub(super) struct Screen {
    needles: Vec<String>,
    /// Per bucket of the first two bytes ([`pair_bucket`]): the needles
    /// of two bytes or more that start so.
    by_pair: Vec<Vec<usize>>,
    /// Per byte: the one-byte needles that are it.
    single: Vec<Vec<usize>>,
}

fn pair_bucket(first: u8, second: u8) -> usize {
    // Multiplicative hashing of the 16 bits; the top bits are the best mixed.
    let pair = u32::from(first) << 8 | u32::from(second);
    (pair.wrapping_mul(0x9e37_79b1) >> (32 - PAIR_BUCKETS.trailing_zeros())) as usize
}

impl Screen {
    pub(super) fn new(needles: Vec<String>) -> Screen {
        let mut by_pair = vec![Vec::new(); PAIR_BUCKETS];
        let mut single = vec![Vec::new(); 256];
        for (i, needle) in needles.iter().enumerate() {
            match needle.as_bytes() {
                [b] => single[usize::from(*b)].push(i),
                [a, b, ..] => by_pair[pair_bucket(*a, *b)].push(i),
                [] => unreachable!("needles are not empty"),
            }
        }
        Screen {
            needles,
            by_pair,
            single,
        }
    }

    /// Per needle (in the order given), whether `text` contains it.
    pub(super) fn found(&self, text: &str) -> Vec<bool> {
        let mut found = vec![false; self.needles.len()];
        let bytes = text.as_bytes();
        for (at, pair) in bytes.windows(2).enumerate() {
            for &n in &self.by_pair[pair_bucket(pair[0], pair[1])] {
                found[n] |= bytes[at..].starts_with(self.needles[n].as_bytes());
            }
        }
        for &b in bytes {
            for &n in &self.single[usize::from(b)] {
                found[n] = true;
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_syntax::hir::{Hir, HirKind, Look};

    #[test]
    fn alternatives_split_outside_groups_and_classes() {
        assert_eq!(
            alternatives(r"a(?:b|c)|[|x]d|\|e"),
            [r"a(?:b|c)", r"[|x]d", r"\|e"]
        );
    }

    #[test]
    fn required_literals() {
        let req = |p| {
            required(p).map(|mut v: Vec<String>| {
                v.sort();
                v
            })
        };
        assert_eq!(req(r"\bcookies?\b"), Some(vec!["cookie".into()]));
        assert_eq!(
            req(r"\b(?:send|drop) us (?:a|an)\b"),
            Some(vec![" us ".into()])
        );
        assert_eq!(
            req(r"^(?:log|sign) ?in$|account"),
            Some(vec!["account".into(), "log".into(), "sign".into()])
        );
        assert_eq!(req(r"(?:about )?[0-9]{1,3} min"), Some(vec![" min".into()]));
        assert_eq!(req(r"x{0,3}[a-z]+"), None);
    }

    #[test]
    fn every_selective_part_is_required() {
        let mut parts = required_parts(r"\bhow (?:can|may) (?:we|i) (?:help|assist)\b");
        parts.iter_mut().for_each(|p| p.sort());
        parts.sort();
        assert_eq!(
            parts,
            [
                vec!["assist".to_string(), "help".into()],
                vec!["can".into(), "may".into()],
                vec!["how ".into()],
            ]
        );
        assert_eq!(
            required_parts(r"\bus (?:a|an)\b"),
            [vec!["us ".to_string()]]
        );
        assert!(required_parts(r"[a-z]+").is_empty());
    }

    #[test]
    fn leading_literals_of_anchored_alternatives() {
        let lead = |p| {
            leading(p).map(|mut v: Vec<String>| {
                v.sort();
                v
            })
        };
        assert_eq!(
            lead(r"^\(?(?:file |staff )?photo\b"),
            Some(vec![
                "(".into(),
                "file ".into(),
                "photo".into(),
                "staff ".into()
            ])
        );
        assert_eq!(
            lead(r"^(?:read|see) more"),
            Some(vec!["read".into(), "see".into()])
        );
        assert_eq!(lead(r"^(?:[0-9]+ )?comments"), None);
        assert_eq!(lead(r"^(?:ads?)?$"), None);
        assert_eq!(lead(r"\bads\b"), None);
    }

    #[test]
    fn the_screen_finds_overlapping_needles() {
        let screen = Screen::new(vec![
            "sign".into(),
            "sign up".into(),
            "gn u".into(),
            "$".into(),
        ]);
        assert_eq!(screen.found("please sign up"), [true, true, true, false]);
        assert_eq!(screen.found("a signal for $5"), [true, false, false, true]);
        assert_eq!(screen.found("up"), [false; 4]);
    }

    /// Whether every match of `hir` contains one of `needles`, by the
    /// regex parser's reading of the pattern: a literal that contains
    /// one, a sequence with such a part, a repetition of at least one,
    /// an alternation whose every branch is such.
    fn covered(hir: &Hir, needles: &[String]) -> bool {
        match hir.kind() {
            HirKind::Literal(lit) => {
                let lit = String::from_utf8_lossy(&lit.0);
                needles.iter().any(|n| lit.contains(n.as_str()))
            }
            HirKind::Capture(c) => covered(&c.sub, needles),
            HirKind::Repetition(r) => r.min >= 1 && covered(&r.sub, needles),
            HirKind::Concat(parts) => parts.iter().any(|p| covered(p, needles)),
            HirKind::Alternation(alts) => alts.iter().all(|a| covered(a, needles)),
            _ => false,
        }
    }

    /// Whether every non-empty match of `hir` starts with one of `needles`.
    fn starts(hir: &Hir, needles: &[String]) -> bool {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => true,
            HirKind::Literal(lit) => {
                let lit = String::from_utf8_lossy(&lit.0);
                needles.iter().any(|n| lit.starts_with(n.as_str()))
            }
            HirKind::Class(_) => false,
            HirKind::Capture(c) => starts(&c.sub, needles),
            HirKind::Repetition(r) => starts(&r.sub, needles),
            HirKind::Alternation(alts) => alts.iter().all(|a| starts(a, needles)),
            // The first part that matches something comes first: every
            // part up to the first that cannot be empty must start right.
            HirKind::Concat(parts) => {
                for part in parts {
                    if !starts(part, needles) {
                        return false;
                    }
                    if part.properties().minimum_len() != Some(0) {
                        return true;
                    }
                }
                true
            }
        }
    }

    #[test]
    fn every_cue_alternative_holds_one_of_its_needles() {
        for cue in super::super::CUES.iter().chain(super::super::LABELS) {
            for alternative in alternatives(cue.pattern) {
                let hir = regex_syntax::Parser::new()
                    .parse(alternative)
                    .unwrap_or_else(|e| panic!("{alternative}: {e}"));
                if let Some(needles) = leading(alternative) {
                    // Anchored, and never empty: a match is a non-empty
                    // start of the text.
                    let HirKind::Concat(parts) = hir.kind() else {
                        panic!("{alternative} is not a sequence");
                    };
                    assert_eq!(parts[0].kind(), &HirKind::Look(Look::Start));
                    assert_ne!(hir.properties().minimum_len(), Some(0), "{alternative}");
                    assert!(starts(&hir, &needles), "{needles:?} start {alternative}");
                    continue;
                }
                let parts = required_parts(alternative);
                assert!(!parts.is_empty(), "no required literal in {alternative}");
                for needles in parts {
                    assert!(covered(&hir, &needles), "{needles:?} in {alternative}");
                }
            }
        }
    }

    #[test]
    fn the_start_check_rejects_a_needle_a_match_can_lack() {
        let hir = regex_syntax::Parser::new()
            .parse(r"^(?:the )?ads?")
            .unwrap();
        assert!(starts(&hir, &["the ".into(), "ad".into()]));
        assert!(!starts(&hir, &["the ".into(), "ads".into()]));
        assert!(!starts(&hir, &["ad".into()]));
    }

    #[test]
    fn the_check_rejects_a_needle_a_match_can_lack() {
        let hir = regex_syntax::Parser::new()
            .parse(r"cookies?|accept")
            .unwrap();
        assert!(covered(&hir, &["cookie".into(), "accept".into()]));
        assert!(!covered(&hir, &["cookies".into(), "accept".into()]));
        assert!(!covered(&hir, &["cookie".into()]));
    }
}
