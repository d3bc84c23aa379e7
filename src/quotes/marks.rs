//! Pairing quotation marks into quoted spans.
//!
//! Within a paragraph, double marks are paired left to right: curly `“ ”`,
//! straight `"`, the two-character `''`, `‘‘`, `’’`, and the continental
//! `„ “`, `« »`. Adjacent marks count as one. With no quote open, any mark
//! opens one except a closing mark right after a word (a stray closer); with
//! a quote open, any mark closes it except an opening `“` after a space,
//! which abandons the open quote as unclosed and starts a new one. Single
//! quotes are apostrophes or nested quotes and are left alone.
//!
//! News style leaves the closing mark off every paragraph of a long quote
//! but the last and opens each new paragraph with a mark: a quote still open
//! at the end of its paragraph continues when the next non-empty paragraph
//! begins with a mark, and otherwise ends, unclosed, with its paragraph.

use crate::text::Span;

/// A quoted span, marks included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    pub span: Span,
    /// Whether a closing mark ends it (else it runs to its paragraph's end).
    pub closed: bool,
}

/// Which way a mark points by its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Open,
    Close,
    Either,
}

/// One quotation mark (or run of adjacent marks) in the text.
#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    shape: Shape,
    /// Preceded by a word or punctuation rather than a space or the
    /// paragraph start: where a closing mark belongs.
    after_word: bool,
}

/// The marks: two-character forms first so `''` is not read as two
/// apostrophes.
const MARKS: &[(&str, Shape)] = &[
    ("''", Shape::Either),
    ("‘‘", Shape::Open),
    ("’’", Shape::Close),
    ("“", Shape::Open),
    ("”", Shape::Close),
    ("\"", Shape::Either),
    ("„", Shape::Open),
    ("‟", Shape::Open),
    ("«", Shape::Open),
    ("»", Shape::Close),
];

/// Finds the quoted spans of `text` in order.
pub fn pair(text: &str) -> Vec<Quoted> {
    let paragraphs = paragraph_spans(text);
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (k, para) in paragraphs.iter().enumerate() {
        if para.of(text).trim().is_empty() {
            continue;
        }
        let marks = marks_in(text, *para);
        let mut rest = &marks[..];
        if open.is_some() {
            // An open quote only gets here when this paragraph starts with
            // a mark (see below): that mark continues it.
            rest = &rest[1..];
        }
        for m in rest {
            match open {
                None if m.shape == Shape::Close && m.after_word => {}
                None => open = Some(m.span.start),
                Some(start) if m.shape == Shape::Open && !m.after_word => {
                    out.push(unclosed(text, start, m.span.start));
                    open = Some(m.span.start);
                }
                Some(start) => {
                    out.push(Quoted {
                        span: Span::new(start, m.span.end),
                        closed: true,
                    });
                    open = None;
                }
            }
        }
        if let Some(start) = open {
            let continues = paragraphs[k + 1..]
                .iter()
                .find(|p| !p.of(text).trim().is_empty())
                .is_some_and(|next| starts_with_mark(text, *next));
            if !continues {
                out.push(unclosed(text, start, para.end));
                open = None;
            }
        }
    }
    out
}

/// An unclosed quote from `start` to `end`, trailing spaces dropped.
fn unclosed(text: &str, start: usize, end: usize) -> Quoted {
    let end = start + text[start..end].trim_end().len();
    Quoted {
        span: Span::new(start, end),
        closed: false,
    }
}

/// The `'\n'`-separated paragraphs of `text`.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        spans.push(Span::new(start, i));
        start = i + 1;
    }
    spans.push(Span::new(start, text.len()));
    spans
}

/// Every mark starts with one of these bytes (`"`, `'`, or the lead byte
/// of `«»` or of the curly and low marks): a cheap first test. Lead bytes
/// never occur inside a character, so a match is a character boundary.
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)
}

fn mark_at(s: &str) -> Option<(usize, Shape)> {
    if !s.as_bytes().first().is_some_and(|&b| may_start_mark(b)) {
        return None;
    }
    MARKS
        .iter()
        .find(|(m, _)| s.starts_with(m))
        .map(|(m, shape)| (m.len(), *shape))
}

fn starts_with_mark(text: &str, para: Span) -> bool {
    mark_at(para.of(text).trim_start()).is_some()
}

/// The marks inside `para`, adjacent ones merged.
fn marks_in(text: &str, para: Span) -> Vec<Mark> {
    let s = para.of(text);
    let mut marks: Vec<Mark> = Vec::new();
    let mut i = 0;
    // Jumping from one possible mark to the next skips the plain text a
    // character at a time, which was most of the pairing's cost.
    while let Some(skip) = s.as_bytes()[i..].iter().position(|&b| may_start_mark(b)) {
        i += skip;
        let Some((len, shape)) = mark_at(&s[i..]) else {
            i += s[i..].chars().next().expect("in bounds").len_utf8();
            continue;
        };
        let span = Span::new(para.start + i, para.start + i + len);
        match marks.last_mut() {
            Some(last) if last.span.end == span.start => {
                last.span.end = span.end;
                if last.shape == Shape::Either {
                    last.shape = shape;
                }
            }
            _ => marks.push(Mark {
                span,
                shape,
                after_word: s[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| !is_space(c) && !"([{—–-/".contains(c)),
            }),
        }
        i += len;
    }
    marks
}

/// White space, counting the invisible format characters (zero-width
/// space, direction marks) that pasted text carries before a mark.
fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        pair(text).iter().map(|q| q.span.of(text)).collect()
    }

    #[test]
    fn curly_straight_and_doubled_apostrophes() {
        assert_eq!(quoted("A “b” c \"d\" e ''f'' g"), ["“b”", "\"d\"", "''f''"]);
    }

    #[test]
    fn stray_closer_is_skipped_and_opener_abandons() {
        assert_eq!(quoted("word” then “a b” c"), ["“a b”"]);
        assert_eq!(quoted("“a b “c d” e"), ["“a b", "“c d”"]);
    }

    #[test]
    fn multi_paragraph_quote_runs_to_the_last_closer() {
        let t = "He said: “One.\n\n“Two.\n“Three,” he added.";
        assert_eq!(quoted(t), ["“One.\n\n“Two.\n“Three,”"]);
        let t = "He said: “One.\nNo mark here.";
        assert_eq!(quoted(t), ["“One."]);
    }

    #[test]
    fn continental_marks() {
        assert_eq!(
            quoted("Er sagte: „Wir gewinnen“, und ging."),
            ["„Wir gewinnen“"]
        );
        assert_eq!(
            quoted("Il a dit : « Nous gagnerons » hier."),
            ["« Nous gagnerons »"]
        );
    }

    #[test]
    fn adjacent_marks_count_once() {
        assert_eq!(quoted("x \"“a b”\" y"), ["\"“a b”\""]);
    }
}
