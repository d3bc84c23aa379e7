//! Text offsets: the one place that converts between the three units
//! newsmark meets.
//!
//! * Rust strings are indexed by UTF-8 **bytes**; every analysis works in
//!   bytes internally.
//! * The DOM (`Range.setStart`, `Text.data.length`) counts UTF-16 **code
//!   units**: an emoji is 2, `é` is 1.
//! * The CLI and the scorers count Unicode **code points** (Python `str`
//!   indexing): an emoji is 1.
//!
//! Slicing with the wrong unit either panics (a byte offset inside a UTF-8
//! sequence) or shifts a highlight by a few characters after the first emoji.
//! Everything that crosses a boundary goes through this module.

/// A half-open byte range `[start, end)` into some string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The slice of `text` this span covers.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A table of the ASCII letters and digits and the bytes of `extra`,
/// indexed by byte. The scanners skip a word's bytes one at a time, and
/// one lookup a byte is about half the instructions of the range tests
/// (callgrind).
pub const fn alphanumeric_and(extra: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    let mut i = 0;
    while i < extra.len() {
        table[extra[i] as usize] = true;
        i += 1;
    }
    table
}

/// Whether `span` overlaps one of `items` (spans that `at` gives), which
/// are disjoint and in text order: a binary search, because a scan of all
/// of them per span is quadratic on very long texts.
pub fn overlaps_sorted<T>(items: &[T], span: Span, at: impl Fn(&T) -> Span) -> bool {
    let first = items.partition_point(|i| at(i).end <= span.start);
    items.get(first).is_some_and(|i| at(i).overlaps(span))
}

/// Number of UTF-16 code units needed to encode `s`.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Converts many byte offsets into one string to another unit in a single
/// forward sweep, so that converting every span of a document is linear in
/// its length rather than quadratic.
///
/// Offsets may be given in any order; they are sorted internally. An offset
/// that falls inside a multi-byte character is rounded down to that
/// character's start (it cannot be represented in the other units).
pub struct OffsetConverter<'a> {
    text: &'a str,
}

/// The unit an offset is converted to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    CodePoint,
    Utf16,
}

impl<'a> OffsetConverter<'a> {
    pub fn new(text: &'a str) -> Self {
        OffsetConverter { text }
    }

    /// Converts each byte offset in `offsets` (in place) to `unit`.
    pub fn convert(&self, offsets: &mut [usize], unit: Unit) {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_unstable_by_key(|&i| offsets[i]);
        let mut chars = self.text.char_indices().peekable();
        let mut counted = 0usize;
        for i in order {
            let target = offsets[i].min(self.text.len());
            while let Some(&(byte, c)) = chars.peek() {
                if byte + c.len_utf8() > target {
                    break;
                }
                counted += match unit {
                    Unit::CodePoint => 1,
                    Unit::Utf16 => c.len_utf16(),
                };
                chars.next();
            }
            offsets[i] = counted;
        }
    }
}

/// Byte offset of the `n`-th code point of `text` (or `text.len()` past the end).
pub fn byte_of_code_point(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(b, _)| b)
}

/// Largest char boundary of `text` that is `<= byte`.
pub fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(text: &str, offsets: &[usize], unit: Unit) -> Vec<usize> {
        let mut v = offsets.to_vec();
        OffsetConverter::new(text).convert(&mut v, unit);
        v
    }

    #[test]
    fn ascii_is_identity() {
        assert_eq!(convert("hello", &[0, 3, 5], Unit::CodePoint), [0, 3, 5]);
        assert_eq!(convert("hello", &[5, 0, 3], Unit::Utf16), [5, 0, 3]);
    }

    #[test]
    fn emoji_counts_once_as_code_point_twice_as_utf16() {
        let t = "😀 NATO";
        let nato = t.find("NATO").unwrap();
        assert_eq!(nato, 5);
        assert_eq!(convert(t, &[nato], Unit::CodePoint), [2]);
        assert_eq!(convert(t, &[nato], Unit::Utf16), [3]);
    }

    #[test]
    fn accented_cjk_and_rtl() {
        let t = "José 北京 القاهرة end";
        let end = t.find("end").unwrap();
        let expected = t[..end].chars().count();
        assert_eq!(convert(t, &[end], Unit::CodePoint), [expected]);
        assert_eq!(convert(t, &[end], Unit::Utf16), [expected]);
        assert_eq!(utf16_len(t), t.chars().count());
    }

    #[test]
    fn offset_inside_a_character_rounds_down() {
        let t = "aé";
        assert_eq!(convert(t, &[2], Unit::CodePoint), [1]);
        assert_eq!(floor_char_boundary(t, 2), 1);
    }

    #[test]
    fn past_the_end_clamps() {
        assert_eq!(convert("ab", &[10], Unit::CodePoint), [2]);
        assert_eq!(byte_of_code_point("aé😀b", 3), "aé😀".len());
        assert_eq!(byte_of_code_point("ab", 9), 2);
    }

    #[test]
    fn spans() {
        let s = Span::new(2, 5);
        assert!(s.overlaps(Span::new(4, 9)));
        assert!(!s.overlaps(Span::new(5, 9)));
        assert!(s.contains(Span::new(3, 5)));
        assert_eq!(s.of("abcdefg"), "cde");
        assert_eq!(s.len(), 3);
    }
}
