//! Dates, times, money and percentages, found by patterns over the text.
//!
//! These need no document-level reasoning, so they are found first and the
//! name rules skip their words (`Jan.` in `Jan. 7` is not a name).

use crate::annotations::EntityType;
use crate::text::{alphanumeric_and, Span};
use regex::Regex;
use std::sync::OnceLock;
use Trigger::{Anywhere, Digit, DigitOrWords, Words};

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";
/// Month names that are also everyday words (`May`, `March`) count only
/// with a day or a year; these count alone too.
const BARE_MONTH: &str =
    r"(?:January|February|April|June|July|August|September|October|November|December)";
const DAY: &str = r"\d{1,2}(?:st|nd|rd|th)?";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?";
const PERIOD: &str = r"(?:week|month|year|weekend|decade|century|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)";
/// Words after which a bare four-digit number is a year (`in 2019`), not a
/// count (`2019 people`).
const YEAR_CUE: &str =
    r"(?:in|since|by|until|till|before|after|from|during|through|early|late|mid-?|of)";
const YEAR: &str = r"(?:1[89]|20)\d\d";

/// Where a pattern can start. Scanning the whole text with each of the 17
/// patterns cost more than the rest of the rules together (and more in
/// wasm, which has no SIMD prefilters), so each pattern is tried only at
/// word starts that can begin it.
#[derive(Clone, Copy)]
enum Trigger {
    /// A digit.
    Digit,
    /// One of these words, compared in ASCII lower case, with the next
    /// word starting with one of the given bytes (any, when empty).
    Words(&'static [&'static str], &'static [u8]),
    /// A digit, or one of these words as in [`Words`].
    DigitOrWords(&'static [&'static str], &'static [u8]),
    /// No cheap trigger: the pattern scans the text itself (its literal
    /// prefixes make that fast). Such patterns have no groups.
    Anywhere,
}

/// Whether `lower` (a lower-case word) names a month or a weekday, whole
/// or abbreviated: capitalised like a name, but none (`By Tuesday, …`).
pub(crate) fn is_calendar_word(lower: &str) -> bool {
    MONTH_WORDS.contains(&lower) || WEEKDAY_WORDS.contains(&lower)
}

const MONTH_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
const WEEKDAY_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
];
const RELATIVE_WORDS: &[&str] = &[
    "last",
    "next",
    "this",
    "past",
    "coming",
    "previous",
    "following",
    "earlier",
    "later",
];
const DEICTIC_WORDS: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];
const COUNT_WORDS: &[&str] = &[
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];
const YEAR_CUE_WORDS: &[&str] = &[
    "in", "since", "by", "until", "till", "before", "after", "from", "during", "through", "early",
    "late", "mid", "of",
];

/// A pattern, its type and where it can start. A pattern's `v` group, when
/// present, is the entity (the year of `in 2019`); otherwise the whole
/// match is. A `glued` group is a time written against the date without a
/// space (`Jan. 7, 202005:00` on scraped pages); it becomes a TIME of its
/// own.
struct Pattern {
    /// Anchored at the start of the haystack, without the leading `\b`
    /// (the trigger positions are word boundaries), except for [`Anywhere`].
    re: Regex,
    kind: EntityType,
    trigger: Trigger,
    /// The `v` and `glued` groups.
    value: Option<usize>,
    glued: Option<usize>,
}

/// The patterns and, for finding their starts in one pass over the text,
/// which patterns each trigger fires (bit `i` is pattern `i`).
struct Patterns {
    list: Vec<Pattern>,
    /// Trigger words ([`key`]) and their patterns, sorted by key.
    words: Vec<(u128, u32)>,
    /// By word length and first letter, the second letters of trigger
    /// words ([`letter_pair`]): most words are ruled out without a lookup.
    second_letters: Vec<[u32; 26]>,
    digit: u32,
    /// Every triggered pattern.
    all: u32,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let list = pattern_list();
        let mut words: Vec<(u128, u32)> = Vec::new();
        let mut second_letters: Vec<[u32; 26]> = Vec::new();
        let (mut digit, mut all) = (0, 0);
        for (i, p) in list.iter().enumerate() {
            let bit = 1 << i;
            let (on_digit, on_words) = match p.trigger {
                Digit => (true, &[][..]),
                Words(w, _) => (false, w),
                DigitOrWords(w, _) => (true, w),
                Anywhere => continue,
            };
            all |= bit;
            if on_digit {
                digit |= bit;
            }
            for w in on_words {
                let len = w.len();
                if second_letters.len() <= len {
                    second_letters.resize(len + 1, [0; 26]);
                }
                let (first, second) = letter_pair(w.as_bytes());
                second_letters[len][first] |= second;
                match words.iter_mut().find(|(k, _)| *k == key(w.as_bytes())) {
                    Some((_, mask)) => *mask |= bit,
                    None => words.push((key(w.as_bytes()), bit)),
                }
            }
        }
        words.sort_unstable();
        Patterns {
            list,
            words,
            second_letters,
            digit,
            all,
        }
    })
}

fn pattern_list() -> Vec<Pattern> {
    {
        let date = [
            (format!(r"\b{MONTH}\s+{DAY}(?:,?\s+{YEAR})?(?P<glued>\d{{1,2}}:\d\d)?\b"), Words(MONTH_WORDS, b"")),
            (format!(r"\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\b"), Digit),
            (format!(r"\b{MONTH},?\s+{YEAR}\b"), Words(MONTH_WORDS, b"")),
            (format!(r"\b{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b"), Words(WEEKDAY_WORDS, b"")),
            (format!(r"\b(?i:(?:last|next|this|past|coming|previous|following|earlier this|later this)\s+{PERIOD})\b"), Words(RELATIVE_WORDS, b"")),
            (r"\b(?i:yesterday|today|tomorrow|tonight)\b".to_string(), Words(DEICTIC_WORDS, b"")),
            (r"\b(?i:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?)\s+ago\b".to_string(), DigitOrWords(COUNT_WORDS, b"dwmy")),
            (r"\b\d{4}-\d\d-\d\d\b".to_string(), Digit),
            (r"\b\d{1,2}/\d{1,2}/\d{2,4}\b".to_string(), Digit),
            (format!(r"\b{BARE_MONTH}\b"), Words(MONTH_WORDS, b"")),
            (format!(r"\b(?i:{YEAR_CUE})\s+(?P<v>{YEAR}s?)\b"), Words(YEAR_CUE_WORDS, b"12")),
            (format!(r"\b(?i:the)\s+(?P<v>{YEAR}s)\b"), Words(&["the"], b"12")),
        ];
        let time = [
            (
                r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|(?i:am|pm)\b)",
                Digit,
            ),
            (r"\b\d{1,2}:\d\d\b", Digit),
        ];
        let money = [
            (
                r"(?:US\$|\$|€|£|¥)\s?\d[\d,.]*(?:\s+(?:million|billion|trillion)|(?:m|mn|bn|tn|k)\b)?",
                Anywhere,
            ),
            (
                r"\b\d[\d,.]*\s+(?:(?:million|billion|trillion)\s+)?(?:dollars|euros|pounds|yen|yuan|rupees|francs|marks)\b",
                Digit,
            ),
        ];
        let percent = [(r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)", Digit)];
        let typed = |list: &[(&str, Trigger)], kind| {
            list.iter()
                .map(|&(p, trigger)| compile(p, kind, trigger))
                .collect::<Vec<_>>()
        };
        let date: Vec<(&str, Trigger)> = date.iter().map(|(p, t)| (p.as_str(), *t)).collect();
        [
            typed(&date, EntityType::Date),
            typed(&time, EntityType::Time),
            typed(&money, EntityType::Money),
            typed(&percent, EntityType::Percent),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

fn compile(pattern: &str, kind: EntityType, trigger: Trigger) -> Pattern {
    let pattern = match trigger {
        Anywhere => pattern.to_string(),
        _ => format!(
            "^{}",
            pattern.strip_prefix(r"\b").expect("starts at a word")
        ),
    };
    // ASCII word boundaries: the patterns' words are ASCII, and a
    // Unicode `\b` keeps the regex off its fast engines on pages with
    // any non-ASCII text (ten times slower here).
    let re = Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("valid pattern");
    let group = |name| re.capture_names().position(|n| n == Some(name));
    Pattern {
        value: group("v"),
        glued: group("glued"),
        re,
        kind,
        trigger,
    }
}

/// A trigger word (at most 16 bytes) as a number, for the sorted lookup.
fn key(word: &[u8]) -> u128 {
    let mut bytes = [0; 16];
    bytes[..word.len()].copy_from_slice(word);
    u128::from_le_bytes(bytes)
}

/// A place where patterns may start: a byte offset at an ASCII word
/// boundary, and the patterns that may start there.
struct Start {
    at: usize,
    mask: u32,
}

/// `(?-u:\w)`: the ASCII letters, digits and `_`.
static WORD_BYTES: [bool; 256] = alphanumeric_and(b"_");

fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// The first letter of an ASCII word (0 for `a`) and its second as a bit
/// (bit 26 for none), either case.
fn letter_pair(word: &[u8]) -> (usize, u32) {
    let index = |b: u8| u32::from(b.to_ascii_lowercase() - b'a');
    let second = word.get(1).map_or(1 << 26, |&b| 1 << index(b));
    (index(word[0]) as usize, second)
}

/// The positions where `(?-u:\b)` holds and a triggered pattern can
/// start: the first byte of each run of ASCII word bytes, and a non-ASCII
/// character right after one.
fn starts(text: &str, patterns: &Patterns) -> Vec<Start> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if !is_word_byte(b) {
            at += 1;
            continue;
        }
        // The run's leading letters (the word `word_mask` reads), then the
        // rest of it: each byte is read once.
        let letters = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let run = letters
            + bytes[at + letters..]
                .iter()
                .take_while(|&&b| is_word_byte(b))
                .count();
        let mask = if b.is_ascii_digit() {
            patterns.digit
        } else if letters > 0 {
            word_mask(text, at, letters, patterns)
        } else {
            0
        };
        if mask != 0 {
            out.push(Start { at, mask });
        }
        at += run;
        if bytes.get(at).is_some_and(|&b| b >= 0x80) && may_begin_a_pattern(&text[at..]) {
            out.push(Start {
                at,
                mask: patterns.all,
            });
        }
    }
    out
}

/// A non-ASCII character can begin a pattern only as a `\d` (Unicode
/// digits) or as a case-insensitive `s` or `k` (`ſ`, the Kelvin sign).
fn may_begin_a_pattern(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_some_and(|c| c.is_numeric() || c == 'ſ' || c == '\u{212A}')
}

/// The patterns the `len` ASCII letters at `at` may begin: those of the word
/// they spell, or all when they run on into non-ASCII letters, which a
/// case-insensitive pattern may match (`laſt` is `last`).
fn word_mask(text: &str, at: usize, len: usize, patterns: &Patterns) -> u32 {
    let rest = &text.as_bytes()[at..];
    if rest.get(len).is_some_and(|&b| b >= 0x80)
        && text[at + len..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    {
        return patterns.all;
    }
    let (first, second) = letter_pair(&rest[..len]);
    if patterns
        .second_letters
        .get(len)
        .is_none_or(|s| s[first] & second == 0)
    {
        return 0;
    }
    let mut word = [0; 16];
    for (w, b) in word.iter_mut().zip(&rest[..len]) {
        *w = b.to_ascii_lowercase();
    }
    let k = key(&word[..len]);
    match patterns.words.binary_search_by_key(&k, |&(k, _)| k) {
        Ok(i) => patterns.words[i].1,
        Err(_) => 0,
    }
}

/// The matches of pattern `i`, as `find_iter` finds them: leftmost first,
/// each search resuming at the end of the previous match. A triggered
/// pattern is tried, anchored, at each start it may begin.
fn matches(i: usize, text: &str, starts: &[Start], found: &mut Vec<(Span, EntityType)>) {
    let pattern = &patterns().list[i];
    if let Anywhere = pattern.trigger {
        let spans = pattern
            .re
            .find_iter(text)
            .map(|m| Span::new(m.start(), m.end()));
        found.extend(spans.map(|span| (span, pattern.kind)));
        return;
    }
    let next_words = match pattern.trigger {
        Words(_, next) | DigitOrWords(_, next) => next,
        _ => b"",
    };
    let mut locations = pattern.re.capture_locations();
    let mut from = 0;
    for start in starts.iter().filter(|s| s.mask & (1 << i) != 0) {
        if start.at < from || !next_word_fits(&text[start.at..], next_words) {
            continue;
        }
        if pattern
            .re
            .captures_read(&mut locations, &text[start.at..])
            .is_some()
        {
            let group = |g: Option<usize>| {
                let (s, e) = locations.get(g?)?;
                Some(Span::new(start.at + s, start.at + e))
            };
            let whole = group(Some(0)).expect("group 0");
            let value = group(pattern.value).unwrap_or(whole);
            match group(pattern.glued) {
                Some(time) => {
                    found.push((Span::new(value.start, time.start), pattern.kind));
                    found.push((time, EntityType::Time));
                }
                None => found.push((value, pattern.kind)),
            }
            from = whole.end;
        }
    }
}

/// Whether the word after the ASCII letters `rest` starts with (spaces
/// and hyphens skipped) starts with one of `next` (or `next` is empty).
/// A non-ASCII start may be anything a Unicode pattern matches.
fn next_word_fits(rest: &str, next: &[u8]) -> bool {
    if next.is_empty() || !rest.as_bytes()[0].is_ascii_alphabetic() {
        return true;
    }
    let word = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    rest[word..]
        .chars()
        .find(|&c| !c.is_whitespace() && c != '-')
        .is_some_and(|c| !c.is_ascii() || next.contains(&(c as u8)))
}

/// All date, time, money and percent expressions in `text`, in text order,
/// non-overlapping (the longer of two overlapping matches wins).
pub fn find(text: &str) -> Vec<(Span, EntityType)> {
    let starts = starts(text, patterns());
    let mut found = Vec::new();
    for i in 0..patterns().list.len() {
        matches(i, text, &starts, &mut found);
    }
    found.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut kept: Vec<(Span, EntityType)> = Vec::new();
    for (span, kind) in found {
        match kept.last() {
            Some((last, _)) if last.overlaps(span) => {
                if span.len() > last.len() {
                    kept.pop();
                    kept.push((span, kind));
                }
            }
            _ => kept.push((span, kind)),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, EntityType)> {
        find(text)
            .into_iter()
            .map(|(s, k)| (s.of(text), k))
            .collect()
    }

    use EntityType::{Date, Money, Percent, Time};

    #[test]
    fn weekdays() {
        assert_eq!(
            found("met on Monday and Sunday morning"),
            [("Monday", Date), ("Sunday morning", Date)]
        );
    }

    #[test]
    fn month_day_year_forms() {
        assert_eq!(found("on Jan. 7, 2020, at"), [("Jan. 7, 2020", Date)]);
        assert_eq!(found("on January 7 it"), [("January 7", Date)]);
        assert_eq!(found("on 7 January 2020 it"), [("7 January 2020", Date)]);
        assert_eq!(found("in March 2019"), [("March 2019", Date)]);
        assert_eq!(found("on 2019-05-01."), [("2019-05-01", Date)]);
    }

    #[test]
    fn date_glued_to_a_time() {
        assert_eq!(
            found("Jan. 7, 202005:00"),
            [("Jan. 7, 2020", Date), ("05:00", Time)]
        );
    }

    #[test]
    fn relative_dates() {
        assert_eq!(
            found("Last week and next month"),
            [("Last week", Date), ("next month", Date)]
        );
        assert_eq!(found("earlier this year"), [("earlier this year", Date)]);
        assert_eq!(
            found("three days ago, yesterday"),
            [("three days ago", Date), ("yesterday", Date)]
        );
    }

    #[test]
    fn years_only_in_context() {
        assert_eq!(
            found("in 2019 and since the 1990s"),
            [("2019", Date), ("1990s", Date)]
        );
        assert_eq!(found("2019 people came"), []);
        assert_eq!(found("by April"), [("April", Date)]);
        assert_eq!(found("you may march"), []);
    }

    #[test]
    fn times_money_percent() {
        assert_eq!(found("at 5:30 p.m."), [("5:30 p.m.", Time)]);
        assert_eq!(found("cost $1.5 billion"), [("$1.5 billion", Money)]);
        // British and business copy's short scales.
        assert_eq!(found("fined £4m"), [("£4m", Money)]);
        assert_eq!(found("a €2.5bn deal"), [("€2.5bn", Money)]);
        assert_eq!(found("£4 more"), [("£4", Money)]);
        assert_eq!(found("500 million euros"), [("500 million euros", Money)]);
        assert_eq!(
            found("up 3.5% or 20 percent"),
            [("3.5%", Percent), ("20 percent", Percent)]
        );
    }

    /// Each pattern, tried only at its triggers, finds what a scan of the
    /// whole text finds, also where Unicode `\d` and case folding reach
    /// past the ASCII trigger words (`ſ` is `s`).
    #[test]
    fn triggers_miss_nothing() {
        let texts = [
            "laſt week, xſix days ago, ſince 2019",
            "٣ days ago, a٣ days ago, ١٢:٣٠ pm",
            "in 2019, mid-1990s, In  2020s, by\u{a0}1999, the 1990s, THE 2000s",
            "Mondays and Sunday morning; LAST WEEK; earlier this year",
            "20 years ago, a week ago, Ten Months ago",
            "Jan. 7, 202005:00 and 7 of January 2020, May 2019, 2019-05-01, 1/2/2020",
            "US$5, $5 billion, £4m, €2bn, 5 dollars, 3.5% and 20 per cent; café 12:30 pm",
            "x2019 in2019 _in 2019 é2019 in 2019s the1990s",
        ];
        for text in texts {
            let starts = starts(text, patterns());
            for (i, p) in patterns().list.iter().enumerate() {
                let mut got = Vec::new();
                matches(i, text, &starts, &mut got);
                let scan = match p.trigger {
                    Anywhere => p.re.clone(),
                    _ => Regex::new(&p.re.as_str().replacen('^', r"(?-u:\b)", 1)).unwrap(),
                };
                let want: Vec<(Span, EntityType)> = scan
                    .captures_iter(text)
                    .flat_map(|c| {
                        let whole = c.get(0).unwrap();
                        let value = c.name("v").unwrap_or(whole);
                        let span = |s, e| Span::new(s, e);
                        match c.name("glued") {
                            Some(t) => vec![
                                (span(value.start(), t.start()), p.kind),
                                (span(t.start(), t.end()), Time),
                            ],
                            None => vec![(span(value.start(), value.end()), p.kind)],
                        }
                    })
                    .collect();
                assert_eq!(got, want, "pattern {i} on {text:?}");
            }
        }
    }
}
