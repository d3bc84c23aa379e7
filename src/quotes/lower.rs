//! The lower-cased word of a quote token, kept inline when short.
//!
//! A quote-pass token list holds one lower-cased copy per word; as a
//! `String` each cost a heap allocation and a free, together about a
//! tenth of the quote pass (callgrind). Almost every word fits in a few
//! bytes, so those are stored inside the token instead.

use std::fmt;
use std::ops::Deref;

/// Words up to this many bytes are stored inline: with the length byte
/// the inline form is as large as a `String`, and longer English words
/// (`responsibilities` is 16) are rare enough for the heap.
const INLINE_BYTES: usize = 23;

/// The fields are private so that only this module writes the inline
/// bytes: that is what makes reading them back unchecked sound.
#[derive(Clone)]
pub struct Lower(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE_BYTES] },
    Heap(Box<str>),
}

impl Lower {
    /// `word` lower-cased. Most words are short ASCII, and lower-casing
    /// those while copying them in costs a fraction of the Unicode path.
    pub fn of(word: &str) -> Lower {
        if word.len() <= INLINE_BYTES && word.is_ascii() {
            let mut bytes = [0; INLINE_BYTES];
            for (b, w) in bytes.iter_mut().zip(word.bytes()) {
                *b = w.to_ascii_lowercase();
            }
            Lower(Repr::Inline {
                len: word.len() as u8,
                bytes,
            })
        } else {
            Lower::verbatim(&word.to_lowercase())
        }
    }

    /// `s` as it is (punctuation).
    pub fn verbatim(s: &str) -> Lower {
        if s.len() <= INLINE_BYTES {
            let mut bytes = [0; INLINE_BYTES];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Lower(Repr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            Lower(Repr::Heap(s.into()))
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Checking the bytes at every read cost more than the heap
            // allocations this type replaces (callgrind), so they are
            // read unchecked.
            // SAFETY: `bytes[..len]` is a whole `str` (`verbatim`) or an
            // ASCII one lower-cased (`of`), so it is valid UTF-8; nothing
            // else writes it.
            Repr::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(&bytes[..usize::from(*len)])
            },
            Repr::Heap(s) => s,
        }
    }
}

impl Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_cases_short_long_and_unicode_words() {
        assert_eq!(Lower::of("Said"), "said");
        assert!(matches!(Lower::of("Said").0, Repr::Inline { .. }));
        let long = "Counterrevolutionaries-Everywhere";
        assert_eq!(Lower::of(long), "counterrevolutionaries-everywhere");
        assert!(matches!(Lower::of(long).0, Repr::Heap(_)));
        assert_eq!(Lower::of("ÉLYSÉE"), "élysée");
        assert_eq!(Lower::verbatim("“"), "“");
        assert_eq!(Lower::of(""), "");
    }
}
