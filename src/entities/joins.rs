//! Names longer than the mentions the model found: the passes that see a
//! whole name over several mentions (`Leeds` + `Infirmary` for `Leeds
//! General Infirmary`) or past one (`S&P` + `500`) put it in their place.

use super::consistency::Mention;
use crate::annotations::EntityType;
use crate::text::Span;
use crate::tokens::{is_capitalised, Token, TokenKind};
use std::ops::Range;

/// The mentions, in text order, that overlap `span`.
pub fn overlapping(mentions: &[Mention], span: Span) -> Range<usize> {
    overlapping_by(mentions, span, |m| m.span)
}

/// The items of `sorted` (disjoint spans in text order, read by `span_of`)
/// that overlap `span`: a binary search, as a linear scan per lookup made
/// the passes quadratic on long texts.
pub fn overlapping_by<T>(sorted: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> Range<usize> {
    let first = sorted.partition_point(|m| span_of(m).end <= span.start);
    let count = sorted[first..]
        .iter()
        .take_while(|m| span_of(m).start < span.end)
        .count();
    first..first + count
}

/// Puts one mention of `kind` over `span` and the mentions it overlaps
/// (their union), in their place; `mentions` stay in text order.
pub fn join(mentions: &mut Vec<Mention>, span: Span, kind: EntityType) {
    let inside = overlapping(mentions, span);
    let start = mentions[inside.clone()]
        .first()
        .map_or(span.start, |m| m.span.start.min(span.start));
    let end = mentions[inside.clone()]
        .last()
        .map_or(span.end, |m| m.span.end.max(span.end));
    let joined = Mention {
        span: Span::new(start, end),
        kind,
    };
    mentions.splice(inside, [joined]);
}

/// Replaces each organisation whose text holds `marker` by the parts
/// `cut` makes of it (when it makes more than one). Names split this way
/// are ones the model ran together (`told the BBC the Treasury`).
pub fn split_organisations(
    text: &str,
    mentions: &mut Vec<Mention>,
    marker: &str,
    cut: impl Fn(&Mention) -> Vec<Mention>,
) {
    // Backwards, so that a split does not move the mentions still to read.
    for i in (0..mentions.len()).rev() {
        let m = &mentions[i];
        if m.kind == EntityType::Organization && m.span.of(text).contains(marker) {
            let parts = cut(m);
            if parts.len() > 1 {
                mentions.splice(i..=i, parts);
            }
        }
    }
}

/// The span from the start of token `first` to the end of token `last`.
pub fn tokens_span(tokens: &[Token], first: usize, last: usize) -> Span {
    Span::new(tokens[first].span.start, tokens[last].span.end)
}

/// Most words walked back over by [`run_before`].
const MAX_RUN_WORDS: usize = 5;

/// The first token of the run of capitalised words right before token
/// `end`: the front of a name whose last word a pass knows (`Great Ormond
/// Street` before `Hospital`), over a possessive after a capitalised word
/// when `possessives` (`Parkinson's UK`; not for `Moscow's Central
/// Clinical Hospital`). A frequent word opening a sentence (`At`, `Age`)
/// is not taken unless a mention holds it. `end` when there is no such
/// word.
pub fn run_before(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    mentions: &[Mention],
    end: usize,
    possessives: bool,
) -> usize {
    let g = super::gazetteer::get();
    let opens_sentence = |i: usize| sentences.binary_search_by_key(&i, |r| r.start).is_ok();
    let mentioned = |i: usize| !overlapping(mentions, tokens[i].span).is_empty();
    let mut start = end;
    while start > 0 && end - start < MAX_RUN_WORDS {
        let i = start - 1;
        let t = tokens[i];
        let word = t.text(text);
        let fits = match t.kind {
            TokenKind::Word | TokenKind::Abbreviation => {
                is_capitalised(word) && !(opens_sentence(i) && g.is_common(word) && !mentioned(i))
            }
            TokenKind::Possessive => {
                possessives
                    && i > 0
                    && is_capitalised(tokens[i - 1].text(text))
                    && !opens_sentence(i)
            }
            _ => false,
        };
        if !fits {
            break;
        }
        start = i;
    }
    // A run does not start with a possessive.
    while start < end && tokens[start].kind == TokenKind::Possessive {
        start += 1;
    }
    start
}

/// The first and last words of a mention's text: the cheap test the
/// passes make on every mention before finding its tokens.
pub fn first_and_last(name: &str) -> (&str, &str) {
    // Bytes, not `split`: its searcher cost more than the passes' tests.
    let bytes = name.as_bytes();
    let first_end = bytes.iter().position(|&b| b == b' ').unwrap_or(bytes.len());
    let last_start = bytes.iter().rposition(|&b| b == b' ').map_or(0, |i| i + 1);
    (&name[..first_end], &name[last_start..])
}

/// The tokens from the one starting at byte `start` to the one ending at
/// byte `end`, if tokens start and end there (a pattern's match is a
/// run of whole tokens).
pub fn tokens_at(tokens: &[Token], start: usize, end: usize) -> Option<Range<usize>> {
    let first = tokens.partition_point(|t| t.span.start < start);
    let last = first + tokens[first..].partition_point(|t| t.span.end < end);
    let whole = tokens.get(first)?.span.start == start && tokens.get(last)?.span.end == end;
    whole.then_some(first..last + 1)
}

/// The tokens of `span` (a mention's: it starts and ends at tokens).
pub fn token_range(tokens: &[Token], span: Span) -> Range<usize> {
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let count = tokens[first..]
        .iter()
        .take_while(|t| t.span.start < span.end)
        .count();
    first..first + count
}

/// Share of a sentence's words capitalised above which it is a title-case
/// line (a headline), where capitals say nothing.
const TITLE_CASE_SHARE: f32 = 0.6;

/// Whether the sentence holding token `i` is a title-case line.
pub fn in_title_case(text: &str, tokens: &[Token], sentences: &[Range<usize>], i: usize) -> bool {
    in_title_case_besides(text, tokens, sentences, i..i)
}

/// Whether the sentence holding the tokens `name` is a title-case line,
/// the name's own words not counted: a long name makes a short sentence
/// look like a headline (`Campaigners from Fuel Poverty Action Northern
/// Ireland met …`, 7 capitalised words of 11, 2 of 5 besides the name).
pub fn in_title_case_besides(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    name: Range<usize>,
) -> bool {
    let s = sentences.partition_point(|r| r.end <= name.start);
    let Some(range) = sentences.get(s) else {
        return false;
    };
    let words = range
        .clone()
        .filter(|i| !name.contains(i))
        .map(|i| &tokens[i])
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text));
    let (mut caps, mut all) = (0, 0);
    for w in words {
        all += 1;
        caps += usize::from(is_capitalised(w));
    }
    caps as f32 > all as f32 * TITLE_CASE_SHARE
}

/// The passes that take names whole over the model's mentions and type
/// them by their last or first words, in order: hospitals, police forces
/// and fire services, product models, market indices, newspapers and
/// channels, bodies named after a nation.
pub fn whole_names(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    mentions: &mut Vec<Mention>,
) {
    super::institutions::fix(text, tokens, sentences, mentions);
    super::forces::fix(text, tokens, sentences, mentions);
    super::makers::fix(text, tokens, mentions);
    super::markets::fix(text, tokens, mentions);
    super::media::fix(text, tokens, mentions);
    super::bodies::fix(text, tokens, sentences, mentions);
}
