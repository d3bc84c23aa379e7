//! Comment threads printed as plain text below the story, inside the same
//! container: no class name marks them, but each comment starts with a
//! header line — `Posted by Jane on January 10, 2008 1:55 PM`,
//! `Jane says:` (WordPress) — and a thread repeats it. (`Jane wrote:` is
//! left out: articles quote mailing lists that way.)
//!
//! Once enough such headers follow the story, everything from the first one
//! on is the thread. The story itself must come first: a header-like line
//! before any real article text does not start a thread.

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

/// Whether `text` is a comment header line.
fn is_header(text: &str) -> bool {
    text.len() <= MAX_HEADER_BYTES && header().is_match(text)
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
}
