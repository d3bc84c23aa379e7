//! Credit lines: who wrote, reported, edited or photographed the story,
//! printed as a line of their own. They are read in the original case,
//! because what tells a credit from a sentence that starts the same way
//! ("Reporting by the Times showed …") is that only names follow.

use crate::entities::dates;

/// Words besides months and weekdays that may follow "By" at the start
/// of a sentence capitalised like a name: `By then, …`, `By Contrast`.
const NOT_NAMES: &[&str] = &[
    "comparison",
    "contrast",
    "far",
    "god",
    "law",
    "now",
    "the",
    "then",
];

/// Longest byline, in words: the names, an agency or job title, a date.
const MAX_BYLINE_WORDS: usize = 14;

/// A byline: `By Jane Doe`, `By JANE DOE and JOHN ROE, Associated Press
/// Writer`, `By: Jane Doe | March 3, 2021`, `Written by Jane Doe`. The
/// words after "By" up to the end or a separator must all be capitalised
/// names (the case of the original text is read), and the block must not
/// end a sentence, as `By Christmas, the line was open.` does.
pub(super) fn is_byline(text: &str) -> bool {
    byline_with(text, &[])
}

/// A byline whose time stamp opens on a capitalised label
/// ([`STAMP_LABELS`]), or any [`is_byline`].
pub(super) fn is_stamped_byline(text: &str) -> bool {
    byline_with(text, STAMP_LABELS)
}

/// A byline whose names may also end at one of `stamp_labels`.
fn byline_with(text: &str, stamp_labels: &[&str]) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    if !(2..=MAX_BYLINE_WORDS).contains(&words) || text.ends_with(['.', '!', '?']) {
        return false;
    }
    let rest = [
        "By:",
        "By",
        "BY:",
        "BY",
        "Written by",
        "Words by",
        "Story by",
    ]
    .iter()
    .find_map(|lead| text.strip_prefix(lead).filter(|r| r.starts_with(' ')));
    let Some(rest) = rest else {
        return false;
    };
    let (names, tail) = split_names(rest, stamp_labels);
    if !is_title_like(tail) {
        return false;
    }
    let mut any = false;
    for w in names.split_whitespace() {
        if matches!(w, "and" | "&" | "de" | "van" | "von" | "der" | "da") {
            continue;
        }
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        let lower = w.to_lowercase();
        let word = lower.trim_end_matches(|c: char| !c.is_alphabetic());
        if !capitalised || NOT_NAMES.contains(&word) || dates::is_calendar_word(word) {
            return false;
        }
        any = true;
    }
    any
}

/// The most words of the names and job title before an author box's time
/// stamp (`Dave Hughes Local Democracy Reporter`): more is a sentence or a
/// headline that happens to end with a date.
const MAX_DATED_CREDIT_NAME_WORDS: usize = 8;

/// Job words one of which an author box's line names (`Local Democracy
/// Reporter`, `Political Editor`): without one, a title-case line ending
/// in a date is as often an event in a list (`Chapter Meeting, Tuesday,
/// September 9`), a dateline (`New Delhi, August 30`) or a label
/// (`Publication Date: …`) — 40 such lines of CleanEval's pages.
const JOB_WORDS: &[&str] = &[
    "reporter",
    "editor",
    "correspondent",
    "writer",
    "columnist",
    "journalist",
    "contributor",
    "critic",
];

/// Words an author's name and job may hold besides capitalised ones.
const DATED_CREDIT_JOINS: &[&str] = &["and", "&", "of", "for", "|", "·", "•", "-", "–", "—"];

/// An author box printed as one line, without "By": the names and job,
/// then the time stamp (`Dave Hughes Local Democracy Reporter 11:04, 28 NOV
/// 2026`; the page's spans often run them together, `Reporter11:04`).
/// `is_timestamp` tells whether a lower-cased rest of the line is only a
/// time stamp. Every word before it must be capitalised (or a join), as in
/// a byline and not in a sentence or a headline, and one must name a
/// journalist's job ([`JOB_WORDS`]).
pub(super) fn is_dated_credit(text: &str, is_timestamp: impl Fn(&str) -> bool) -> bool {
    let text = text.trim();
    if !text.starts_with(|c: char| c.is_uppercase())
        || !text.contains(|c: char| c.is_ascii_digit())
        || text.split_whitespace().nth(MAX_BYLINE_WORDS).is_some()
    {
        return false;
    }
    // Where the time stamp may start: after a space, or where a digit
    // follows a letter.
    let starts = text.char_indices().filter(|&(i, c)| {
        let before = text[..i].chars().next_back();
        c.is_ascii_digit() && before.is_some_and(char::is_alphabetic)
            || before.is_some_and(char::is_whitespace) && !c.is_whitespace()
    });
    for (i, _) in starts {
        let names: Vec<&str> = text[..i].split_whitespace().collect();
        if names.len() > MAX_DATED_CREDIT_NAME_WORDS {
            return false;
        }
        if is_timestamp(&text[i..].to_lowercase()) {
            return names.len() >= 2
                && names.iter().all(|w| is_name_or_join(w))
                && names.iter().any(|w| is_job_word(w));
        }
    }
    false
}

/// A job word, in the singular: `Writers Guild` is a body, not a job.
fn is_job_word(word: &str) -> bool {
    let word = word.trim_end_matches([',', ':']).to_lowercase();
    JOB_WORDS.contains(&word.as_str())
}

fn is_name_or_join(word: &str) -> bool {
    let word = word.trim_end_matches([',', ':']);
    DATED_CREDIT_JOINS.contains(&word)
        || word.starts_with(|c: char| c.is_uppercase())
            && !word.ends_with(['.', '!', '?'])
            && !word.contains(|c: char| c.is_ascii_digit())
}

/// Lower-case words that open a byline's time stamp after the names
/// (`By Jane Doe published 27 November 2026`, `By Jane Doe on March 3`).
/// What follows must still read like a title or date ([`is_title_like`]).
const DATE_LEADS: &[&str] = &[" published ", " updated ", " posted ", " on "];

/// The same words capitalised, as a stamp's label (`By Jane Doe
/// Published: Oct. 8, 2026 at 3:12 PM MDT`). Read only after the model
/// ([`is_stamped_byline`]): the model was trained on the bylines of
/// [`is_byline`], and retraining it with these moved every held-out set
/// by about ±0.0005 (session 19). A capitalised `On` is left out: it may
/// be a name.
const STAMP_LABELS: &[&str] = &[" Published", " Updated", " Posted"];

/// Where the names after "By" end: at a comma, bar, dash, dot or bracket,
/// a hyphen between spaces (`By Tess Bonn - 11/19/19 06:56 AM EST`; one
/// inside a word joins a double-barrelled name) or a time stamp's lead
/// word ([`DATE_LEADS`], and the `stamp_labels` asked for). The rest is a
/// title, an agency or a date (`By Jane Doe · Staff writer`, `By Jane Doe
/// • 5 min read`).
fn split_names<'a>(rest: &'a str, stamp_labels: &[&str]) -> (&'a str, &'a str) {
    const SEPARATORS: [char; 7] = [',', '|', '–', '—', '(', '·', '•'];
    let cut = rest
        .find(SEPARATORS)
        .into_iter()
        .chain(rest.find(" - "))
        .chain((DATE_LEADS.iter().chain(stamp_labels)).filter_map(|lead| rest.find(lead)))
        .min()
        .unwrap_or(rest.len());
    let tail =
        rest[cut..].trim_start_matches(|c: char| SEPARATORS.contains(&c) || c == '-' || c == ' ');
    (&rest[..cut], tail)
}

/// Whether at least half the words are capitalised or numbers, as in
/// what follows a byline's names (`AP Business Writer 47 minutes ago`,
/// `March 3, 2021`) and not in the rest of a sentence (`the line was open`).
fn is_title_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let titled = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    titled * 2 >= words.len()
}

/// Longest wire credit line, in words: a few roles, each with a name or
/// two and a city (`Reporting by Steve Holland in Washington; additional
/// reporting by Jeff Mason; Editing by Peter Cooney`).
const MAX_CREDIT_WORDS: usize = 40;

/// What a wire credit names as someone's part in the story.
const CREDIT_ROLES: &[&str] = &[
    "reporting",
    "writing",
    "editing",
    "edited",
    "written",
    "compiled",
    "produced",
    "research",
    "graphics",
    "fact-checking",
    "translation",
    "translated",
    "photography",
    "photos",
    "video",
    "production",
];

/// Lower-case words a credit's names may contain: joins, places (`in
/// Washington`), particles (`de`, `van`), and a desk named as staff.
const CREDIT_JOINS: &[&str] = &[
    "and",
    "&",
    "in",
    "at",
    "from",
    "for",
    "of",
    "the",
    "with",
    "de",
    "van",
    "von",
    "der",
    "da",
    "al",
    "bin",
    "-",
    "staff",
    "reporters",
    "writers",
    "correspondents",
    "team",
    "desk",
];

/// The label of a newspaper's contributors line (`Contributing: Marcus
/// Bell, Valley Tribune`). Only this label takes a colon instead of "by":
/// `Photos: NYDN` and `Video: …` lines are kept by CleanEval's gold.
const CONTRIBUTORS_LABEL: &str = "contributing:";

/// Words that may stand before a role: `additional reporting by`.
const CREDIT_MODIFIERS: &[&str] = &["additional", "further", "extra", "and"];

/// A wire credit: `Reporting by Jane Doe; Editing by John Roe`, `Writing
/// by Ann Smith, editing by Tom Brown`, `Compiled by the Ledger staff`,
/// `Contributing: Marcus Bell, Valley Tribune`.
/// Every part, split at `;` or `,`, is a role followed by "by" and names,
/// or (after the first) more names; any other lower-case word makes it a
/// sentence ("Reporting by the Times showed the agency missed deadlines").
pub(super) fn is_wire_credit(text: &str) -> bool {
    let text = text.trim().trim_end_matches('.');
    let words = text.split_whitespace().count();
    if !(3..=MAX_CREDIT_WORDS).contains(&words) {
        return false;
    }
    let mut parts = text.split([';', ',']).map(str::trim);
    let first_has_role = parts
        .next()
        .is_some_and(|p| names_after_role(p) == Some(true));
    first_has_role && parts.all(|p| names_after_role(p).is_some())
}

/// For one part of a credit line: `Some(true)` when it is `ROLE by NAMES`,
/// `Some(false)` when it is names alone, `None` when it is neither.
fn names_after_role(part: &str) -> Option<bool> {
    let words: Vec<&str> = part.split_whitespace().collect();
    // Only the words up to the role's "by" are compared lower-cased: every
    // short block is asked, and most are not credits.
    let lower = |i: usize| words.get(i).map(|w| w.to_lowercase());
    let skip = (0..words.len())
        .take_while(|&i| lower(i).is_some_and(|w| CREDIT_MODIFIERS.contains(&w.as_str())))
        .count();
    let (role, next) = (lower(skip), lower(skip + 1));
    let role_by =
        next.as_deref() == Some("by") && role.as_deref().is_some_and(|r| CREDIT_ROLES.contains(&r));
    let role_colon = next.is_some() && role.as_deref() == Some(CONTRIBUTORS_LABEL);
    let names = if role_by {
        &words[skip + 2..]
    } else if role_colon {
        &words[skip + 1..]
    } else {
        &words[..]
    };
    let named = names
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    let all_names = named
        && names.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || CREDIT_JOINS.contains(&w.to_lowercase().as_str())
        });
    all_names.then_some(role_by || role_colon)
}
