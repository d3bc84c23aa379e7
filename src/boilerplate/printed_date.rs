//! The date a byline or a time stamp prints, read as a calendar date.
//!
//! A page that declares no `datePublished` in its JSON-LD and no `<time
//! datetime>` under its headline still prints when the story appeared
//! (`By Jane Doe November 19, 2019, 07:47 PM EST`, `Published: Monday,
//! November 18th, 2019`, `19.11.2019, 08:57`). [`parse`] reads the first
//! such date into `YYYY-MM-DD`; which lines to read is the caller's
//! choice (`front::printed_published`).

use regex::Regex;
use std::sync::OnceLock;

/// Month names and their usual abbreviations, lower case, in calendar order.
const MONTHS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// The date forms news pages print. Numeric dates are read only where
/// their order is unambiguous: ISO (`2019-11-19`, also run into its time,
/// `2019-11-19T08:57`) and with dots, which only day-first countries
/// write (`19.11.2019`); `11/12/2019` is a November or a December date
/// depending on the country, and is left.
fn pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        let month = MONTHS
            .iter()
            .flat_map(|names| names.iter())
            .copied()
            .collect::<Vec<_>>()
            .join("|");
        let day = r"([0-9]{1,2})(?:st|nd|rd|th)?";
        let year = r"((?:19|20)[0-9]{2})";
        Regex::new(&format!(
            r"\b(?:({month})\.? {day},? {year}\b|{day} ({month})\.?,? {year}\b|{year}-([0-9]{{2}})-([0-9]{{2}})(?:t|\b)|([0-9]{{1,2}})\.([0-9]{{1,2}})\.{year}\b)"
        ))
        .expect("printed date pattern")
    })
}

/// The first date `text` prints, as `YYYY-MM-DD`, if it is a real
/// calendar day.
pub fn parse(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let caps = pattern().captures(&lower)?;
    let at = |i: usize| caps.get(i).map(|m| m.as_str());
    let (year, month, day) = if let Some(name) = at(1) {
        (at(3)?, month_number(name)?, at(2)?.parse().ok()?)
    } else if let Some(name) = at(5) {
        (at(6)?, month_number(name)?, at(4)?.parse().ok()?)
    } else if let Some(year) = at(7) {
        (year, at(8)?.parse().ok()?, at(9)?.parse().ok()?)
    } else {
        (at(12)?, at(11)?.parse().ok()?, at(10)?.parse().ok()?)
    };
    let valid = (1..=12).contains(&month) && (1..=days_in(month)).contains(&day);
    valid.then(|| format!("{year}-{month:02}-{day:02}"))
}

fn month_number(name: &str) -> Option<u32> {
    let position = MONTHS.iter().position(|names| names.contains(&name))?;
    u32::try_from(position + 1).ok()
}

/// The most days month `month` can have (29 for February: the year is not
/// checked for leap days, a page's typo is no concern here).
fn days_in(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn dates_as_bylines_print_them() {
        let cases = [
            (
                "By Joseph Tsidulko November 19, 2019, 07:47 PM EST",
                "2019-11-19",
            ),
            (
                "Published: Monday, November 18th, 2019 at 11:08 a.m.",
                "2019-11-18",
            ),
            ("Nov. 20, 2019 5:52 AM EST", "2019-11-20"),
            ("18 NOV 2019", "2019-11-18"),
            ("19 Nov 2019 05:44 GMT", "2019-11-19"),
            ("Sept. 3, 2026", "2026-09-03"),
            ("19.11.2019, 08:57", "2019-11-19"),
            ("Updated 2026-11-28T14:12", "2026-11-28"),
        ];
        for (text, date) in cases {
            assert_eq!(parse(text).as_deref(), Some(date), "{text}");
        }
    }

    #[test]
    fn ambiguous_or_impossible_dates_are_not_read() {
        for text in [
            "11/12/2019 01:14 PM",
            "February 30, 2026",
            "13.13.2019",
            "By Jane Doe",
            "May 2026",
            "Mayor Jones, 2019",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
