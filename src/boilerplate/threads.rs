//! Comment threads printed as plain text below the story, inside the same
//! container: no class name marks them, but each comment starts with a
//! header line — `Posted by Jane on January 10, 2008 1:55 PM`,
//! `Jane says:` (WordPress), a name with the comment's date and time
//! (`Alex on September 17, 2018 at 6:34 am said:`, `John 07.15.12 at
//! 12:43`) — and a thread repeats it. (`Jane wrote:` and `Jane said:` alone
//! are left out: articles quote mailing lists and speakers that way.)
//!
//! Once enough such headers follow the story, everything from the first one
//! on is the thread. The story itself must come first: a header-like line
//! before any real article text does not start a thread.

use super::cues::MONTH;
use regex::Regex;
use std::sync::OnceLock;

/// Comment headers needed before a run of them counts as a thread: one
/// "Posted by … on …" line can be the story's own byline.
const MIN_HEADERS: usize = 3;

/// Article text (bytes) that must come before the thread starts, so a
/// byline-like first line never cuts the story.
const MIN_STORY_BYTES: usize = 500;

/// Longest header line, in bytes: headers are a name and a date.
const MAX_HEADER_BYTES: usize = 120;

fn header() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:(?:posted|submitted|written|added|comment(?:ed)?)\s+by\b.*\d|.{1,60}\bsays:$)",
        )
        .expect("comment header pattern")
    })
}

/// A name of up to four words, then the comment's date and time, perhaps
/// with `said:`. The name has no digits or punctuation.
fn dated_name() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let date = format!(
            r"(?:{MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}}|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+[0-9]{{4}}|[0-9]{{1,2}}[./-][0-9]{{1,2}}[./-][0-9]{{2,4}})"
        );
        // A colon in the time: `Date of Issue 6 May 2005, 15.40` heads a
        // list of notices.
        let time = r"[0-9]{1,2}:[0-9]{2}\s*(?:[ap]\.?m\.?)?";
        Regex::new(&format!(
            r"(?i)^[^\s0-9,:;.!?|]+(?:\s+[^\s0-9,:;.!?|]+){{0,3}}?\s+(?:on\s+)?{date},?\s+(?:at\s+)?{time}(?:\s+(?:said|says|wrote)\s*:)?$"
        ))
        .expect("dated comment header pattern")
    })
}

/// Words that open a byline's or time stamp's line, not a commenter's
/// name: a live blog's entries open with `By Jane Doe Nov 3, 2026 at
/// 10:32` or `Updated …`, and are the story.
const NOT_COMMENTERS: &[&str] = &[
    "by",
    "updated",
    "published",
    "posted",
    "last",
    "first",
    "modified",
    "edited",
];

/// Whether `text` is a comment header line.
fn is_header(text: &str) -> bool {
    if text.len() > MAX_HEADER_BYTES {
        return false;
    }
    let opens_with_label = text
        .split_whitespace()
        .next()
        .is_some_and(|w| NOT_COMMENTERS.contains(&w.to_lowercase().as_str()));
    header().is_match(text) || (!opens_with_label && dated_name().is_match(text))
}

/// The first block of a comment thread among `kept` blocks (indices into
/// `texts`, in order), if there is one.
pub fn start(texts: &[&str], kept: &[usize]) -> Option<usize> {
    let headers: Vec<usize> = kept
        .iter()
        .copied()
        .filter(|&i| is_header(texts[i]))
        .collect();
    let mut story = 0;
    let mut k = 0;
    for &i in kept {
        if headers.get(k) == Some(&i) {
            if story >= MIN_STORY_BYTES && headers.len() - k >= MIN_HEADERS {
                return Some(i);
            }
            k += 1;
        } else {
            story += texts[i].len();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thread_after_the_story_starts_at_its_first_header() {
        let para = "The council voted on Tuesday to expand the bus network, a plan that had divided residents for more than a year and that will cost the city about twelve million dollars.";
        let texts = [
            "Posted by Staff Reporter on January 9, 2008",
            para,
            para,
            para,
            para,
            "Posted by Graham on January 10, 2008 1:55 PM",
            "Great news for the city.",
            "Jane Doe says:",
            "I disagree.",
            "Posted by George on January 10, 2008 12:52 PM",
            "Finally!",
        ];
        let kept: Vec<usize> = (0..texts.len()).collect();
        assert_eq!(start(&texts, &kept), Some(5));
        assert_eq!(
            start(&texts[..7], &kept[..7]),
            None,
            "one header is not a thread"
        );
    }

    #[test]
    fn a_commenter_with_the_date_and_time_is_a_header() {
        for line in [
            "Alex on September 17, 2018 at 6:34 am said:",
            "John 07.15.12 at 12:43",
            "Marie-Christine July 24, 2012 at 7:59 pm",
            "roberto 3 March 2021, 21:05",
        ] {
            assert!(is_header(line), "{line}");
        }
        for line in [
            "By Jane Doe Nov 3, 2026 at 10:32",
            "Updated March 3, 2021 at 11:42 am",
            "Date of Issue 6 May 2005, 15.40",
            "The minister said:",
            "Polls open on May 7, 2026 at 7:00 am and close at 10:00 pm.",
        ] {
            assert!(!is_header(line), "{line}");
        }
    }
}
