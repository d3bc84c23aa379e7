//! Pairing quotation marks into quoted spans.
//!
//! Within a paragraph, double marks are paired left to right: curly `“ ”`,
//! straight `"`, the two-character `''`, `‘‘`, `’’`, and the continental
//! `„ “`, `« »`. Adjacent marks count as one. With no quote open, any mark
//! opens one except a closing mark right after a word (a stray closer); with
//! a quote open, any mark closes it except an opening `“` after a space,
//! which abandons the open quote as unclosed and starts a new one.
//!
//! Single quotes are apostrophes or nested quotes and are left alone,
//! unless the document quotes with them (British style, `‘…,’ he said`):
//! [`singles`] decides that from the text, reads which single marks are
//! quotation marks, and they are then paired by the same rules, double
//! marks inside them being nested quotes.
//!
//! News style leaves the closing mark off every paragraph of a long quote
//! but the last and opens each new paragraph with a mark: a quote still open
//! at the end of its paragraph continues when the next non-empty paragraph
//! begins with a mark, and otherwise ends, unclosed, with its paragraph.

use super::singles;
use crate::text::{overlaps_sorted, Span};

/// A quoted span, marks included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    pub span: Span,
    /// Whether a closing mark ends it (else it runs to its paragraph's end).
    pub closed: bool,
}

/// Which way a mark points by its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    Open,
    Close,
    Either,
    /// An opening single mark in a double-mark reading: passed over, and
    /// counted outside double quotes as evidence of single-mark quoting.
    Single,
}

/// One quotation mark (or run of adjacent marks) in the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Mark {
    pub span: Span,
    pub shape: Shape,
    /// Preceded by a word or punctuation rather than a space or the
    /// paragraph start: where a closing mark belongs.
    pub after_word: bool,
}

/// The quotation marks of a document's style.
struct MarkSet {
    /// The marks of one paragraph of a text.
    marks_in: fn(&str, Span) -> Vec<Mark>,
    /// Whether a paragraph begins with a mark, as each paragraph of a long
    /// quote does.
    starts_quote: fn(&str, Span) -> bool,
}

/// Double marks, the marks of every text.
const DOUBLES: MarkSet = MarkSet {
    marks_in,
    starts_quote: starts_with_mark,
};

/// Single marks, for the texts that quote with them.
const SINGLES: MarkSet = MarkSet {
    marks_in: singles::marks_in,
    starts_quote: singles::starts_quote,
};

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
    let (doubles, loose_singles) = pair_with(text, &DOUBLES);
    if !singles::may_quote(loose_singles) {
        return doubles;
    }
    let (singles, _) = pair_with(text, &SINGLES);
    if singles::outnumber(&singles, &doubles) {
        merge(singles, &doubles)
    } else {
        doubles
    }
}

/// The quoted spans of `text` quoting with `marks`, and the number of
/// [`Shape::Single`] marks outside them.
fn pair_with(text: &str, marks: &MarkSet) -> (Vec<Quoted>, usize) {
    let paragraphs = paragraph_spans(text);
    let mut out = Vec::new();
    let mut loose_singles = 0;
    let mut open: Option<usize> = None;
    for (k, para) in paragraphs.iter().enumerate() {
        if para.of(text).trim().is_empty() {
            continue;
        }
        let in_para = (marks.marks_in)(text, *para);
        let mut rest = &in_para[..];
        if open.is_some() {
            // An open quote only gets here when this paragraph starts with
            // a mark (see below): that mark continues it.
            rest = &rest[1..];
        }
        for m in rest {
            match open {
                _ if m.shape == Shape::Single => loose_singles += usize::from(open.is_none()),
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
                .is_some_and(|next| (marks.starts_quote)(text, *next));
            if !continues {
                out.push(unclosed(text, start, para.end));
                open = None;
            }
        }
    }
    (out, loose_singles)
}

/// The single-quoted spans and the double-quoted ones outside them, in
/// order: in a document quoting with single marks a double-quoted span
/// overlapping a single-quoted one is nested in it (or paired across it),
/// and one standing apart is still a quotation.
fn merge(singles: Vec<Quoted>, doubles: &[Quoted]) -> Vec<Quoted> {
    let mut apart = doubles
        .iter()
        .filter(|d| !overlaps_sorted(&singles, d.span, |q| q.span))
        .peekable();
    let mut out = Vec::with_capacity(singles.len());
    // Both lists are in order: merging them by hand keeps a sort (and its
    // code in the wasm) out.
    for s in singles.iter() {
        while let Some(d) = apart.next_if(|d| d.span.start < s.span.start) {
            out.push(*d);
        }
        out.push(*s);
    }
    out.extend(apart);
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
    MARK_START_BYTES[usize::from(b)]
}

/// The bytes [`may_start_mark`] takes, as a table: the scan for marks
/// tests every byte of the text, and one lookup a byte is fewer
/// instructions than four comparisons (callgrind).
static MARK_START_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[0xC2] = true;
    table[0xE2] = true;
    table
};

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

/// The double marks inside `para`, adjacent ones merged, and the opening
/// single marks as [`Shape::Single`]: this scan stops at every `'` and `‘`
/// anyway, so finding them here is nearly free.
fn marks_in(text: &str, para: Span) -> Vec<Mark> {
    let s = para.of(text);
    let mut marks: Vec<Mark> = Vec::new();
    let mut i = 0;
    // Jumping from one possible mark to the next skips the plain text a
    // character at a time, which was most of the pairing's cost.
    while let Some(skip) = s.as_bytes()[i..].iter().position(|&b| may_start_mark(b)) {
        i += skip;
        let single = || singles::opens_at(text, para.start + i).map(|len| (len, Shape::Single));
        let Some((len, shape)) = mark_at(&s[i..]).or_else(single) else {
            i += s[i..].chars().next().expect("in bounds").len_utf8();
            continue;
        };
        let span = Span::new(para.start + i, para.start + i + len);
        match marks.last_mut() {
            Some(last)
                if last.span.end == span.start
                    && last.shape != Shape::Single
                    && shape != Shape::Single =>
            {
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
pub(super) fn is_space(c: char) -> bool {
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

    /// Two British-style quotations, so a text quotes with single marks.
    const BRITISH: &str = "She called it ‘a win’. ‘We did it,’ she said.";

    #[test]
    fn a_text_quoting_with_single_marks_pairs_them() {
        assert_eq!(quoted(BRITISH), ["‘a win’", "‘We did it,’"]);
        // Split by its attribution, like a double-quoted one.
        let t = "‘We will win,’ he said, ‘and soon.’";
        assert_eq!(quoted(t), ["‘We will win,’", "‘and soon.’"]);
        // After a colon, a dash, a bracket; straight marks too.
        // Two digits before a word open, unlike a year (`since '07,`).
        let t = "He cited ‘35 years’ and ‘a record’.";
        assert_eq!(quoted(t), ["‘35 years’", "‘a record’"]);
        let t = "He said:‘No.’ Then—‘Yes.’ (‘Maybe.’) 'Fine,' she said.";
        assert_eq!(quoted(t), ["‘No.’", "‘Yes.’", "‘Maybe.’", "'Fine,'"]);
    }

    #[test]
    fn one_single_quoted_span_is_no_evidence_of_style() {
        // A US headline quotes with single marks.
        assert!(quoted(
            "FOR AFGHAN WOMEN ‘GLASS IS HALF FULL.’
They met."
        )
        .is_empty());
    }

    #[test]
    fn apostrophes_never_pair() {
        let traps = "‘We don’t know Johnson’s plan, or the players’ union’s, in the ’90s \
                     or the '90s, since '07, at ten o’clock, with rock ’n’ roll and rock 'n' roll \
                     in Hawai‘i; it's 'em,’ she said. ‘Yes.’";
        assert_eq!(
            quoted(traps),
            [&traps[..traps.find(" she").unwrap()], "‘Yes.’"]
        );
    }

    #[test]
    fn a_plural_possessive_closes_only_without_a_sure_closer_after_it() {
        let t = "‘The players’ union is wrong,’ he said. It was ‘a win for the players’ and fans.";
        assert_eq!(
            quoted(t),
            ["‘The players’ union is wrong,’", "‘a win for the players’"]
        );
        // Outside a quote a possessive is a stray closer.
        let t = "The players’ union called it ‘a win’ and ‘a start’.";
        assert_eq!(quoted(t), ["‘a win’", "‘a start’"]);
    }

    #[test]
    fn double_marks_inside_single_quotes_are_nested() {
        let t = "‘He told me “never again”,’ she said. ‘So I left.’ A “term” apart.";
        assert_eq!(
            quoted(t),
            ["‘He told me “never again”,’", "‘So I left.’", "“term”"]
        );
    }

    #[test]
    fn a_multi_paragraph_single_quote_runs_to_the_last_closer() {
        let t = "She said: ‘One.\n‘Two.\n‘Three,’ she added. ‘Four.’";
        assert_eq!(quoted(t), ["‘One.\n‘Two.\n‘Three,’", "‘Four.’"]);
        // Unclosed and not continued: it ends with its paragraph.
        let t = "She said: ‘One. Two.\nNo mark. ‘Three.’ ‘Four.’";
        assert_eq!(quoted(t), ["‘One. Two.", "‘Three.’", "‘Four.’"]);
    }

    #[test]
    fn a_us_text_keeps_its_single_marks_nested_or_in_its_headline() {
        let t = "Trump Calls Plan ‘Stupid’\n“He said ‘no’ and ‘never’,” Ruiz said. “We ‘won’.”";
        assert_eq!(quoted(t), ["“He said ‘no’ and ‘never’,”", "“We ‘won’.”"]);
    }

    #[test]
    fn a_single_quoted_headline_over_a_double_quoted_body_stays_unquoted() {
        let t = "‘We will win’: Ruiz vows ‘fight’\n“We will win,” Ruiz said. “We will.”\n“Soon.”";
        assert_eq!(quoted(t), ["“We will win,”", "“We will.”", "“Soon.”"]);
    }
}
