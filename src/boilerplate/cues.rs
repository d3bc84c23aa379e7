//! Text cues: boilerplate recognised from a block's words alone.
//!
//! These are what is left when a page was flattened to text (a scraper's
//! output, a plain-text file): no tags, no classes, just the lines a
//! newsletter box, a chat widget or a login form printed. They apply to
//! structured pages as well.
//!
//! Every cue is guarded against ordinary news sentences that share its
//! words ("the company's newsletter", "hackers logged in to the account"):
//! a calls-to-action cue needs the block to be short **and** to speak to the
//! reader (you, your, we, our, us) or to start with an imperative verb, as
//! prompts do and reported news does not.

use crate::annotations::BoilerplateKind as Kind;
use regex::{Regex, RegexSet};
use std::sync::OnceLock;

/// Longest block, in words, that a call-to-action cue may flag. Promos and
/// prompts are a sentence or two; a longer block is narrative text even if
/// it mentions an inbox or a password.
const MAX_PROMPT_WORDS: usize = 40;

/// Longest block, in words, that a label cue ("Advertisement", "Share",
/// "Read more", a copyright line) may flag: labels are a few words.
const MAX_LABEL_WORDS: usize = 14;

/// A cue: a pattern, the kind it names, and whether it is a call to action
/// that needs the reader-address guard.
struct Cue {
    pattern: &'static str,
    kind: Kind,
    prompt: bool,
}

/// Month names and abbreviations, as they appear in datelines.
const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

/// The cues, most specific first: the first that fires names the kind.
const CUES: &[Cue] = &[
    Cue {
        // "We use cookies…", "Accept all cookies", "cookie settings".
        pattern: r"\bcookies?\b.*\b(?:accept|agree|consent|settings|preferences|policy|experience)\b|\b(?:we|this (?:web)?site) uses? cookies\b|\baccept (?:all )?cookies\b",
        kind: Kind::Cookie,
        prompt: false,
    },
    Cue {
        // Chat and contact widgets.
        pattern: r"\b(?:send|drop|leave) us (?:a|an)\b|\bget back to you\b|\bchat with (?:us|an?)\b|\bwe(?:'|’)?re (?:not around|offline|away|not available|currently (?:away|offline|unavailable))\b|\bhow can we help\b|\bmessage us\b",
        kind: Kind::Widget,
        prompt: true,
    },
    Cue {
        // Login forms.
        pattern: r"\b(?:log|sign)(?:ged)? ?(?:in|on|into)\b.*\b(?:account|credentials|password|username|e-?mail|details)\b|\bforgot(?:ten)? (?:your |my )?(?:password|details|username|login|credentials)\b|\b(?:create|register) (?:an?|your)? ?(?:free )?account\b|\b(?:don(?:'|’)?t|do not) have an account\b|\bremember me\b|\breset (?:your )?password\b|^(?:log ?in|sign ?in|log ?out|sign ?out|register|sign up|login / register|log in / register)$",
        kind: Kind::Login,
        prompt: true,
    },
    Cue {
        // Newsletter promos.
        pattern: r"\bnewsletters?\b|\binbox\b|\bsign(?:ing)? ?up\b|\bdelivered\b.*\b(?:mornings?|evenings?|daily|weekly|every)\b|\bstraight to your\b",
        kind: Kind::Newsletter,
        prompt: true,
    },
    Cue {
        // Wire-copy rights notices, too long for the copyright label:
        // "Copyright 2008 The Associated Press. All rights reserved. This
        // material may not be published, broadcast, rewritten or
        // redistributed." Both halves are needed: a story about a
        // copyright case says "may not be published" without the notice.
        pattern: r"(?:©|\(c\)|\bcopyright\s*(?:©|\(c\))?\s*\d{4}\b|\ball rights reserved\b).*\bmay not be (?:re)?(?:published|produced|copied|distributed|used)\b",
        kind: Kind::Copyright,
        prompt: false,
    },
    Cue {
        // Paywalls and subscription offers.
        pattern: r"\bsubscri(?:be|ption|bers?)\b|\bunlimited (?:digital )?access\b|\bcontinue reading\b|\bsupport (?:our|independent|quality) journalism\b",
        kind: Kind::Subscribe,
        prompt: true,
    },
];

/// Labels: a whole short block that is only this.
const LABELS: &[Cue] = &[
    Cue {
        pattern: r"^(?:advertisement|advertising|ad|sponsored(?: content)?|paid (?:content|post)|promoted|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|scroll to continue(?: with content)?)[^a-z0-9_]*$",
        kind: Kind::Ad,
        prompt: false,
    },
    Cue {
        pattern: r"^(?:©|\(c\)|copyright\b\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b",
        kind: Kind::Copyright,
        prompt: false,
    },
    Cue {
        pattern: r"^(?:read|see|view|show|load) (?:more|all|the full story|full story|next)\b|^(?:more|related) (?:stories|articles|news|on this)\b|^(?:recommended|related|also read|most (?:read|popular|viewed))\b",
        kind: Kind::Related,
        prompt: false,
    },
];

/// Words of share bars: a short block made only of these is one.
const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "sharing",
    "tweet",
    "facebook",
    "twitter",
    "x",
    "email",
    "e-mail",
    "mail",
    "whatsapp",
    "linkedin",
    "pinterest",
    "pin",
    "reddit",
    "print",
    "copy",
    "link",
    "messenger",
    "telegram",
    "flipboard",
    "this",
    "article",
    "story",
    "page",
    "on",
    "via",
    "comments",
    "comment",
    "save",
    "the",
];

/// Words that show a platform name in a share bar (a bare "Print" or
/// "Save" is not enough).
const SHARE_ANCHORS: &[&str] = &[
    "share",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
];

/// Longest share bar, in words.
const MAX_SHARE_WORDS: usize = 12;

/// Words that start a prompt in the imperative.
const IMPERATIVES: &[&str] = &[
    "sign",
    "subscribe",
    "join",
    "get",
    "register",
    "log",
    "login",
    "create",
    "follow",
    "click",
    "tap",
    "enter",
    "download",
    "forgot",
    "forgotten",
    "don't",
    "don’t",
    "never",
    "stay",
    "start",
    "try",
    "let",
    "already",
];

struct Compiled {
    cues: Patterns,
    labels: Patterns,
    timestamp: Regex,
    addresses_reader: Regex,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| Compiled {
        cues: Patterns::new(CUES),
        labels: Patterns::new(LABELS),
        timestamp: Regex::new(&timestamp_pattern()).expect("timestamp pattern"),
        addresses_reader: Regex::new(
            r"\b(?:you|your|yours|you(?:'|’)(?:ll|re|ve)|we|we(?:'|’)(?:ll|re|ve)|our|us)\b",
        )
        .expect("reader pattern"),
    })
}

/// A block that is nothing but dates, times and "updated"/"ago" words:
/// `Jan. 7, 2020 05:00`, the glued `Jan. 7, 202005:00`, `Updated 5:00 PM ET`,
/// `3 hours ago`, `2020-01-07T05:00`, `Tuesday 7 January 2020`.
///
/// ASCII digits only: the Unicode `\d` class, repeated throughout, made
/// this pattern costly to compile on every page load.
fn timestamp_pattern() -> String {
    let day = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?";
    let date = format!(
        r"(?:{day},?\s*)?(?:{MONTH}\s*[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s*(?:[0-9]{{4}})?|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s*(?:[0-9]{{4}})?|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}[/.][0-9]{{1,2}}[/.][0-9]{{2,4}})"
    );
    let time = r"(?:t?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b|[+-][0-9]{2}:?[0-9]{2}|z)?|[0-9]{1,2}\s*[ap]\.?m\.?)";
    let ago = r"(?:[0-9]+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?)\s+ago|just now|yesterday|today";
    let lead = r"(?:(?:last\s+)?(?:updated|published|posted|modified|first published|edited)\s*(?:on|at)?\s*:?\s*)";
    let part = format!(r"(?:{lead}?(?:{date}|{time}|{ago}))");
    format!(r"^\s*{part}(?:[\s,|•·–—/-]*(?:at\s+|on\s+)?{part})*[\s.]*$")
}

/// The kind of boilerplate `text` is by its words alone, if any.
///
/// The patterns are matched against the lower-cased text rather than
/// compiled case-insensitive: Unicode case folding turns every letter of
/// the cue lists into a class (`k` also matches the Kelvin sign), which
/// made compiling them most of the first annotate() of a page.
pub fn kind_of(text: &str) -> Option<Kind> {
    let c = compiled();
    if is_byline(text) {
        return Some(Kind::Byline);
    }
    let lower = text.to_lowercase();
    let text = lower.as_str();
    let words = text.split_whitespace().count();
    if words <= MAX_LABEL_WORDS {
        if c.timestamp.is_match(text) {
            return Some(Kind::Timestamp);
        }
        if is_share_bar(text, words) {
            return Some(Kind::Share);
        }
        if let Some(kind) = c.labels.first(text, || false) {
            return Some(kind);
        }
    }
    if words > MAX_PROMPT_WORDS {
        return None;
    }
    let unquoted = without_quotations(text);
    c.cues.first(&unquoted, || speaks_to_reader(c, &unquoted))
}

/// `text` with its quoted passages blanked: words someone is reported to
/// have said ("Sign up to serve," the senator said) are not a prompt.
fn without_quotations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_straight = false;
    let mut curly_depth = 0usize;
    for ch in text.chars() {
        match ch {
            '“' => curly_depth += 1,
            '”' => curly_depth = curly_depth.saturating_sub(1),
            '"' => in_straight = !in_straight,
            _ if curly_depth == 0 && !in_straight => out.push(ch),
            _ => {}
        }
    }
    out
}

/// A list of cues matched in one pass over the text (a `RegexSet`: one
/// automaton for all of them, instead of one search per cue).
struct Patterns {
    set: RegexSet,
    /// Per pattern: the kind it names, and whether it is a prompt.
    meta: Vec<(Kind, bool)>,
}

impl Patterns {
    fn new(cues: &[Cue]) -> Patterns {
        let set =
            RegexSet::new(cues.iter().map(|c| ascii_boundaries(c.pattern))).expect("cue patterns");
        let meta = cues.iter().map(|c| (c.kind, c.prompt)).collect();
        Patterns { set, meta }
    }

    /// The kind of the first cue that matches `text`, where a prompt also
    /// needs `addressed` (asked only when a prompt matched).
    fn first(&self, text: &str, addressed: impl Fn() -> bool) -> Option<Kind> {
        let mut speaks = None;
        self.set
            .matches(text)
            .iter()
            .find(|&i| !self.meta[i].1 || *speaks.get_or_insert_with(&addressed))
            .map(|i| self.meta[i].0)
    }
}

/// `pattern` with its word boundaries (`\b`) made ASCII ones. A Unicode
/// `\b` stops the fast matcher at the first non-ASCII character (a curly
/// quote, an accent), and the slow one it falls back to made the cues the
/// costliest step of the detector. The cue words are English, so the two
/// boundaries differ only next to a non-ASCII letter, where neither
/// reading is meant.
fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// Whether the block talks to its reader, as prompts and promos do and
/// reported news does not.
fn speaks_to_reader(c: &Compiled, text: &str) -> bool {
    let first = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’')
        .to_lowercase();
    IMPERATIVES.contains(&first.as_str()) || c.addresses_reader.is_match(text)
}

/// Words that may follow "By" at the start of a sentence and are
/// capitalised like a name: `By Tuesday, …`, `By March the plan …`.
const NOT_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "the",
    "then",
    "now",
    "contrast",
    "comparison",
    "law",
    "far",
    "god",
];

/// Longest byline, in words: the names, an agency or job title, a date.
const MAX_BYLINE_WORDS: usize = 14;

/// A byline: `By Jane Doe`, `By JANE DOE and JOHN ROE, Associated Press
/// Writer`, `By: Jane Doe | March 3, 2021`, `Written by Jane Doe`. The
/// words after "By" up to the end or a separator must all be capitalised
/// names (the case of the original text is read), and the block must not
/// end a sentence, as `By Christmas, the line was open.` does.
fn is_byline(text: &str) -> bool {
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
    let (names, tail) = rest
        .split_once([',', '|', '–', '—', '('])
        .unwrap_or((rest, ""));
    if !is_title_like(tail) {
        return false;
    }
    let mut any = false;
    for w in names.split_whitespace() {
        if matches!(w, "and" | "&" | "de" | "van" | "von" | "der" | "da" | "-") {
            continue;
        }
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        let lower = w.to_lowercase();
        if !capitalised || NOT_NAMES.contains(&lower.trim_end_matches(|c: char| !c.is_alphabetic()))
        {
            return false;
        }
        any = true;
    }
    any
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

fn is_share_bar(text: &str, words: usize) -> bool {
    if words > MAX_SHARE_WORDS {
        return false;
    }
    let mut anchored = false;
    let all_share = text
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w.to_lowercase();
            anchored |= SHARE_ANCHORS.contains(&w.as_str());
            SHARE_WORDS.contains(&w.as_str())
        });
    all_share && anchored
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        for t in [
            "Jan. 7, 202005:00",
            "March 3, 2021 11:42",
            "Updated 5:00 PM ET",
            "3 hours ago",
            "2021-03-03",
            "Published: 12 February 2019 | 09:15 GMT",
            "Tuesday, Feb. 4, 2020",
        ] {
            assert_eq!(kind_of(t), Some(Kind::Timestamp), "{t}");
        }
        assert_eq!(kind_of("On Jan. 7, 2020 the strike hit."), None);
    }

    #[test]
    fn bylines_are_names_after_by() {
        for t in [
            "By Jane Doe",
            "By JEFF KAROUB, AP Business Writer 47 minutes ago",
            "By: Murray Brewster, THE CANADIAN PRESS",
            "By Abdi Sheikh and Aweys Yusuf",
            "Written by Jane Doe | March 3, 2021",
        ] {
            assert_eq!(kind_of(t), Some(Kind::Byline), "{t}");
        }
        for t in [
            "By Tuesday, the council had voted.",
            "By Christmas, the line was open",
            "By the end of the year",
            "By comparison, sales fell 3 percent",
            "Bystanders said the Fire Brigade came late",
        ] {
            assert_ne!(kind_of(t), Some(Kind::Byline), "{t}");
        }
    }

    #[test]
    fn share_bars_need_a_platform() {
        assert_eq!(
            kind_of("Share on Facebook Twitter Email"),
            Some(Kind::Share)
        );
        assert_eq!(kind_of("Print"), None);
    }

    #[test]
    fn rights_notices_need_both_halves() {
        let notice = "Copyright 2008 The Associated Press. All rights reserved. This material \
                      may not be published, broadcast, rewritten or redistributed.";
        assert_eq!(kind_of(notice), Some(Kind::Copyright));
        let story = "The publisher argued that the memoir may not be published until the \
                     copyright dispute with the author's estate is settled in court.";
        assert_eq!(kind_of(story), None);
    }
}
