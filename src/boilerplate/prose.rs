//! Whether a block of flattened text reads as a sentence of the story.
//!
//! On flattened text the text model is the only judge of blocks no cue
//! names, and it learned from 2008 pages where short lines of links and
//! teasers looked like modern news sentences: in the PolNeAR train texts
//! it flagged sentences such as "Anti-Trump sentiment extends to
//! Republicans outside of Congress, too." Leftovers worded as sentences
//! (promos, prompts, notices) are the cues' to catch; what the model still
//! catches alone are fragments, labels and teaser headlines, which these
//! tests leave to it.

/// The fewest words of a sentence: shorter lines ending in a full stop
/// are labels and teasers as often as story.
const MIN_SENTENCE_WORDS: usize = 6;

/// The fewest lower-case words, besides the small words a title-cased
/// headline keeps lower case, that make a line prose: `Rand Paul Scores
/// Direct Hit On Donald Trump.` has none, `Ted Cruz 1, John Kasich 2 and
/// Donald Trump last.` one.
const MIN_LOWER_WORDS: usize = 2;

/// Words a title-cased headline leaves in lower case.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by", "with",
    "from", "as", "vs", "via", "into", "over", "per",
];

/// Whether `text` is a whole sentence of prose: long enough, closed by a
/// full stop, question or exclamation mark (perhaps inside a quotation or
/// bracket), and with ordinary lower-case words, unlike a title-cased
/// headline. A line ending in a colon (`Like the page:`) is no sentence.
pub(super) fn reads_as_sentence(text: &str) -> bool {
    let text = text.trim();
    let closed = text
        .trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '?', '!']);
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .filter(|w| !TITLE_SMALL_WORDS.contains(&w.trim_end_matches([',', '.', ';'])))
        .count();
    closed && words.len() >= MIN_SENTENCE_WORDS && lower >= MIN_LOWER_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_of_the_story_read_as_prose() {
        for text in [
            "Anti-Trump sentiment extends to Republicans outside of Congress, too.",
            "Trump campaign spokeswoman Hope Hicks did not respond to USA TODAY's request for comment.",
            "The mayor said she would not seek a third term. (She has said so before.)",
        ] {
            assert!(reads_as_sentence(text), "{text}");
        }
    }

    #[test]
    fn headlines_labels_and_fragments_do_not() {
        for text in [
            "Rand Paul Scores Direct Hit On Donald Trump.",
            "Ted Cruz 1, John Kasich 2, Marco Rubio 3 and Donald Trump last.",
            "Do you support the mayor? Like the page:",
            "Reply · Like (42) · Report",
            "Sort by: Newest Oldest Most liked",
            "ORLANDO MOURNS",
        ] {
            assert!(!reads_as_sentence(text), "{text}");
        }
    }
}
