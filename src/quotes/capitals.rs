//! Whether a text writes a word capitalised inside a sentence somewhere
//! (after a word or a comma and a space): a lone capitalised word opening
//! a sentence (`Good information can …`, `Eight years ago, …`) is a name
//! only if the text writes it so elsewhere too.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

/// Texts up to this many bytes are searched once per question. Longer
/// ones are indexed once: a search of the whole text per question grows
/// with the square of the text (a 2 MB text spent a third of its time
/// there), while for an article the index would cost more than the few
/// searches it saves.
const SCAN_BYTES: usize = 64 * 1024;

/// The answers for one text.
#[derive(Default)]
pub struct Capitals {
    /// Every place a word can start inside a sentence, with the text up to
    /// the next space, sorted by that text (built for long texts only).
    sorted: OnceCell<Vec<Range<usize>>>,
    /// The words searched for and the answers: the speaker ranker asks
    /// about a candidate's head word once per quotation it may have
    /// spoken, and about half the searches of an article were repeats.
    searched: RefCell<Vec<(Box<str>, bool)>>,
}

impl Capitals {
    /// Whether `word` stands in `text` right after spaces that follow a
    /// letter, a digit or a comma. `text` is the same at every call.
    pub fn inside_sentence(&self, text: &str, word: &str) -> bool {
        // The index holds no spaces: a word with one is searched for.
        if text.len() <= SCAN_BYTES || word.contains(' ') {
            return self.search(text, word);
        }
        let sorted = self.sorted.get_or_init(|| index(text));
        // The places whose text starts with `word` sort together, first
        // among those not below it.
        let i = sorted.partition_point(|r| &text[r.clone()] < word);
        sorted
            .get(i)
            .is_some_and(|r| text[r.clone()].starts_with(word))
    }

    /// [`scan`], once per word.
    fn search(&self, text: &str, word: &str) -> bool {
        let known = self
            .searched
            .borrow()
            .iter()
            .find(|(w, _)| **w == *word)
            .map(|&(_, found)| found);
        known.unwrap_or_else(|| {
            let found = scan(text, word);
            self.searched.borrow_mut().push((word.into(), found));
            found
        })
    }
}

fn scan(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].trim_end_matches(' ');
        before.len() < at && follows_inside(before)
    })
}

fn follows_inside(before: &str) -> bool {
    before.ends_with(|c: char| c.is_alphanumeric() || c == ',')
}

/// The places right after each run of spaces that follows a letter, a
/// digit or a comma, each up to the next space, sorted by their text.
fn index(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut places = Vec::new();
    let mut at = 0;
    while let Some(offset) = text[at..].find(' ') {
        let run = at + offset;
        let mut end = run;
        while end < bytes.len() && bytes[end] == b' ' {
            end += 1;
        }
        if end == bytes.len() {
            break;
        }
        if follows_inside(&text[..run]) {
            let next = text[end..].find(' ').map_or(text.len(), |k| end + k);
            places.push(end..next);
        }
        at = end;
    }
    places.sort_unstable_by(|a, b| text[a.clone()].cmp(&text[b.clone()]));
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index answers as the search does, on every word of a text and
    /// on pieces of words (the search matches any text, `Eight` in
    /// `Eighty`).
    #[test]
    fn the_index_answers_as_the_search_does() {
        let text = "Eight years ago,  Eighty people met. Good news: Bo said Good things, \
                    Lee  and Ann left.\nAnn stayed; (Cy) went, Dee Dee too.  Zed";
        let sorted = index(text);
        let indexed = |word: &str| {
            let i = sorted.partition_point(|r| &text[r.clone()] < word);
            sorted
                .get(i)
                .is_some_and(|r| text[r.clone()].starts_with(word))
        };
        let words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        for word in words.chain(["Eigh", "Gooder", "Ze"]) {
            assert_eq!(indexed(word), scan(text, word), "{word}");
        }
        assert!(indexed("Eight"), "inside `Eighty`");
        assert!(indexed("Dee") && indexed("Ann"));
        assert!(!indexed("Zed"), "after a full stop");
        assert!(!indexed("Cy"), "after a bracket");
    }

    /// A word asked about again gets the first answer, from the words
    /// kept, whatever was asked in between.
    #[test]
    fn repeated_questions_get_the_searched_answers() {
        let text = "Eight years ago, Eighty people met. Bo said Good things.";
        let capitals = Capitals::default();
        for word in ["Eight", "Good", "Eight", "Bo", "Good", "Zed", "Zed"] {
            assert_eq!(
                capitals.inside_sentence(text, word),
                scan(text, word),
                "{word}"
            );
        }
        assert_eq!(
            capitals.searched.borrow().len(),
            4,
            "each word searched once"
        );
    }
}
