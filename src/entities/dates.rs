//! Dates, times, money and percentages, found by patterns over the text.
//!
//! These need no document-level reasoning, so they are found first and the
//! name rules skip their words (`Jan.` in `Jan. 7` is not a name).

use crate::annotations::EntityType;
use crate::text::Span;
use regex::Regex;
use std::sync::OnceLock;

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

/// The patterns, each with its type. A pattern's `v` group, when present,
/// is the entity (the year of `in 2019`); otherwise the whole match is.
/// A `glued` group is a time written against the date without a space
/// (`Jan. 7, 202005:00` on scraped pages); it becomes a TIME of its own.
fn patterns() -> &'static [(Regex, EntityType)] {
    static PATTERNS: OnceLock<Vec<(Regex, EntityType)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let date = [
            format!(r"\b{MONTH}\s+{DAY}(?:,?\s+{YEAR})?(?P<glued>\d{{1,2}}:\d\d)?\b"),
            format!(r"\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\b"),
            format!(r"\b{MONTH},?\s+{YEAR}\b"),
            format!(r"\b{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b"),
            format!(r"\b(?i:(?:last|next|this|past|coming|previous|following|earlier this|later this)\s+{PERIOD})\b"),
            r"\b(?i:yesterday|today|tomorrow|tonight)\b".to_string(),
            r"\b(?i:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?)\s+ago\b".to_string(),
            r"\b\d{4}-\d\d-\d\d\b".to_string(),
            r"\b\d{1,2}/\d{1,2}/\d{2,4}\b".to_string(),
            format!(r"\b{BARE_MONTH}\b"),
            format!(r"\b(?i:{YEAR_CUE})\s+(?P<v>{YEAR}s?)\b"),
            format!(r"\b(?i:the)\s+(?P<v>{YEAR}s)\b"),
        ];
        let time = [r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|(?i:am|pm)\b)", r"\b\d{1,2}:\d\d\b"];
        let money = [
            r"(?:US\$|\$|€|£|¥)\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?",
            r"\b\d[\d,.]*\s+(?:(?:million|billion|trillion)\s+)?(?:dollars|euros|pounds|yen|yuan|rupees|francs|marks)\b",
        ];
        let percent = [r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"];
        // ASCII word boundaries: the patterns' words are ASCII, and a
        // Unicode `\b` keeps the regex off its fast engines on pages with
        // any non-ASCII text (ten times slower here).
        let compile = |p: &str| Regex::new(&p.replace(r"\b", r"(?-u:\b)")).expect("valid pattern");
        date.iter()
            .map(|p| (compile(p), EntityType::Date))
            .chain(time.iter().map(|p| (compile(p), EntityType::Time)))
            .chain(money.iter().map(|p| (compile(p), EntityType::Money)))
            .chain(percent.iter().map(|p| (compile(p), EntityType::Percent)))
            .collect()
    })
}

/// All date, time, money and percent expressions in `text`, in text order,
/// non-overlapping (the longer of two overlapping matches wins).
pub fn find(text: &str) -> Vec<(Span, EntityType)> {
    let mut found = Vec::new();
    for (re, kind) in patterns() {
        if re.captures_len() == 1 {
            found.extend(
                re.find_iter(text)
                    .map(|m| (Span::new(m.start(), m.end()), *kind)),
            );
            continue;
        }
        for caps in re.captures_iter(text) {
            let whole = caps.get(0).expect("group 0");
            let value = caps.name("v").unwrap_or(whole);
            match caps.name("glued") {
                Some(t) => {
                    found.push((Span::new(value.start(), t.start()), *kind));
                    found.push((Span::new(t.start(), t.end()), EntityType::Time));
                }
                None => found.push((Span::new(value.start(), value.end()), *kind)),
            }
        }
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
        assert_eq!(found("500 million euros"), [("500 million euros", Money)]);
        assert_eq!(
            found("up 3.5% or 20 percent"),
            [("3.5%", Percent), ("20 percent", Percent)]
        );
    }
}
