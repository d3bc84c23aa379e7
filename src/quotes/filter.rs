//! Telling quotations from other quoted spans: titles (`“Meet the
//! Press”`), names (`“Article 5”`), scare quotes (`the so-called
//! “deal”`) and markup residue (`<a title="…">`) are quoted but nobody says
//! them.

use super::tokens::Tokens;
use crate::text::Span;

/// Title-cased quoted spans up to this many words are read as titles or
/// names (`“Meet the Press”`, `“Gang of Eight”`) unless a speech verb
/// attributes them: longer title-case runs are headlines being quoted,
/// unless they sit in a title's slot (`in his book “…”`).
const MAX_TITLE_WORDS: usize = 8;

/// Title-cased words ending in a full stop are a sentence from this many
/// words on (`“That’s Jeb Bush.”`); shorter ones are titles ending a
/// sentence (`on “Today.”`).
const MIN_SENTENCE_WORDS: usize = 3;

/// A lower-case quoted span this short with no speech verb in its sentence
/// is a scare quote (`the “deal”`).
const MAX_SCARE_WORDS: usize = 1;

/// How far back a quoted span looks for the `<` of a tag it may sit in:
/// longer than any tag's attributes, short enough to keep the test cheap.
const MAX_TAG_BYTES: usize = 400;

/// The closing tag of a tweet embedded as markup residue.
const TWEET_END: &str = "</tweet>";

/// Words after which quoted words are chanted, shouted or written on a
/// sign (see `is_voiced`); speech verbs already make their quotes local.
const VOICING_WORDS: &[&str] = &[
    "chanted", "chanting", "shouted", "shouting", "yelled", "screamed", "cried", "read", "reads",
    "says", "said",
];

/// Nouns whose `of` introduces what was voiced (`chants of “…”`).
const VOICE_NOUNS: &[&str] = &["chants", "chant", "cries", "cry", "calls", "shouts"];

/// Words after which quoted words are a label someone gives (see
/// `is_labelled`); `as` is handled apart.
const LABEL_WORDS: &[&str] = &[
    "called",
    "nicknamed",
    "named",
    "dubbed",
    "titled",
    "entitled",
];

/// Words a title follows, with or without a comma (`his 2012 book, “An
/// American Son.”`, `on “Today”`, `told “Fox and Friends”`: what is told
/// is the audience, a show).
const TITLE_SLOT_WORDS: &[&str] = &[
    "on",
    "told",
    "telling",
    "titled",
    "entitled",
    "named",
    "dubbed",
    "show",
    "program",
    "book",
    "memoir",
    "autobiography",
    "film",
    "movie",
    "song",
    "podcast",
    "documentary",
    "novel",
    "album",
    "series",
];

/// People whose `of` names their work (`the author of “Destiny and
/// Power,”`, `the MSNBC hosts of “Morning Joe”`).
const CREATOR_NOUNS: &[&str] = &[
    "author",
    "co-author",
    "coauthor",
    "editor",
    "co-editor",
    "host",
    "hosts",
];

/// The roles a show or film title comes right before (`“Avatar” star`).
const PERFORMER_NOUNS: &[&str] = &[
    "star", "stars", "co-star", "actor", "actress", "host", "co-host", "anchor", "creator",
];

/// Words whose `in` names a show or film (`who’s starred in “Parks and
/// Recreation”`).
const PERFORMING_WORDS: &[&str] = &[
    "starred",
    "starring",
    "role",
    "roles",
    "appeared",
    "appearing",
    "acted",
    "cast",
];

/// The quotation mark characters a span can close with (`''` is two `'`).
const QUOTE_MARKS: &str = "\"“”'’‘«»„";

/// Small words a title keeps in lower case.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs",
    "with",
];

/// Is quoted span `q` a quotation? `local`: a speech verb in its own
/// sentence names its speaker.
pub fn is_quotation(text: &str, toks: &Tokens, q: usize, local: bool) -> bool {
    let span = toks.tokens[toks.quote_token[q]].span;
    let words: Vec<&str> = inner(text, span)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.is_empty()
        || is_symbol(&words)
        || (in_markup(text, span) && !is_tweet_text(text, span))
        || is_so_called(text, span)
    {
        return false;
    }
    if !local && is_bylined_headline(text, span) {
        return false;
    }
    if words.len() <= MAX_TITLE_WORDS && names_a_performer(text, span) {
        return false;
    }
    let title_case = is_title_case(&words);
    if title_case && is_authored(text, span) {
        return false;
    }
    // A title-cased label stays a name or a title (`a clause known as
    // “Article 5”`, `a film titled “Dark Money”`): only a label in plain
    // words is somebody's wording.
    if is_voiced(text, span) || after_colon(text, span) || (!title_case && is_labelled(text, span))
    {
        return true;
    }
    if title_case {
        // In a title's slot even a full stop inside the marks ends the
        // sentence, not the title (`told ABC’s “Good Morning America.”`),
        // and a title may run long (`Peter Burrows’s book “Backfire: Carly
        // Fiorina’s High-Stakes Battle for the Soul of Hewlett-Packard.”`).
        if ends_title_slot(text, span) || is_in_name(text, span) {
            return false;
        }
        if words.len() <= MAX_TITLE_WORDS && !is_sentence(text, span, words.len()) {
            return local;
        }
    }
    local || words.len() > MAX_SCARE_WORDS || is_exclamation(text, span)
}

/// The span without its marks and surrounding punctuation.
fn inner(text: &str, span: Span) -> &str {
    span.of(text).trim_matches(|c: char| !c.is_alphanumeric())
}

/// Quoted words ending with a full stop inside the marks make a sentence
/// (`“That’s Jeb Bush.”`), not a title; an exclamation or a question does
/// at any length.
fn is_sentence(text: &str, span: Span, n_words: usize) -> bool {
    is_exclamation(text, span) || (n_words >= MIN_SENTENCE_WORDS && body(text, span).ends_with('.'))
}

/// Quoted words ending in `!` or `?` right at the closing mark are
/// exclaimed or asked (`“Mexico!” the audience screamed back`, `''Choke!''
/// blared the front page`): neither a title nor a scare quote, however
/// short. A comma after the mark (`In “Hail, Caesar!,” Brolin …`) is how
/// a title ending in `!` is set; an exclamation replaces the comma.
fn is_exclamation(text: &str, span: Span) -> bool {
    span.of(text)
        .trim_end_matches(|c: char| QUOTE_MARKS.contains(c) || c.is_whitespace())
        .ends_with(['!', '?'])
}

/// The span up to its last word and that word's `.`, `!` or `?`: closing
/// marks and other punctuation dropped.
fn body(text: &str, span: Span) -> &str {
    span.of(text)
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !".!?".contains(c))
}

/// A lone letter or digit (`pull the lever for “R,” or “D”`) is a symbol
/// being named, not anybody's words.
fn is_symbol(words: &[&str]) -> bool {
    matches!(words, [w] if w.chars().filter(|c| c.is_alphanumeric()).count() == 1)
}

/// Right after `so-called`, quoted words are the scare quote the issue
/// defines (`the so-called “deal”`): the writer holds a term at arm's
/// length, nobody is quoted.
fn is_so_called(text: &str, span: Span) -> bool {
    let mut words = words_before(text, span);
    match words.next().as_deref() {
        Some("so-called") => true,
        Some("called") => words.next().as_deref() == Some("so"),
        _ => false,
    }
}

/// A colon introduces quoted words as what was said or written (`had one
/// message: “Dump Trump.”`), however short or title-cased.
fn after_colon(text: &str, span: Span) -> bool {
    text[..span.start].trim_end().ends_with(':')
}

/// A show or film named right before the role of someone in it
/// (`“Avatar” star`, `“Orange is the New Black” star`): a title whatever
/// its casing. No punctuation may close the quoted words (`“…,” star
/// Jane Doe said` is a quotation).
fn names_a_performer(text: &str, span: Span) -> bool {
    next_word_bare(text, span).is_some_and(|w| PERFORMER_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// Title-cased words right before a capitalised one are part of a name,
/// a nickname or an epithet (`Gov. C.L. “Butch” Otter`, `“Dixiecrat”
/// Strom Thurmond`), not somebody's words.
fn is_in_name(text: &str, span: Span) -> bool {
    next_word_bare(text, span).is_some_and(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    })
}

/// The word right after the marks when nothing but one space separates
/// them from the quoted words: no comma or full stop closes those words.
fn next_word_bare(text: &str, span: Span) -> Option<&str> {
    let closes_bare = span
        .of(text)
        .trim_end_matches(|c: char| QUOTE_MARKS.contains(c))
        .ends_with(char::is_alphanumeric);
    let rest = text[span.end..].strip_prefix(' ').filter(|_| closes_bare)?;
    rest.split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
}

/// A headline with its byline, as newsletters list stories
/// (`—“Sam Mendes leaves ‘Chocolate Factory’,” by Times’ Michael
/// Paulson:`): a comma closes the quoted words and `by` follows the marks.
/// Quotations are followed by `said`, not by `by`.
fn is_bylined_headline(text: &str, span: Span) -> bool {
    let body = span
        .of(text)
        .trim_end_matches(|c: char| "\"“”'’‘".contains(c) || c.is_whitespace());
    body.ends_with(',') && text[span.end..].trim_start().starts_with("by ")
}

/// A title with its author after it (`according to “The Trumps: Three
/// Generations That Built an Empire,” by Gwenda Blair`): `by` and a
/// capitalised word follow the marks. The caller asks this of title-cased
/// words only, which a passive's quotation (`“…,” by the president`) is
/// not.
fn is_authored(text: &str, span: Span) -> bool {
    text[span.end..]
        .trim_start()
        .strip_prefix("by ")
        .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase))
}

fn is_title_case(words: &[&str]) -> bool {
    words.iter().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
            || TITLE_SMALL_WORDS.contains(&w)
    })
}

/// A quoted span right after a possessive or a naming word sits where a
/// title goes (`NBC’s “Meet the Press”`, `on “Today”`, `podcast “…”`,
/// `author of “…”`, `in an interview with “Fox and Friends”`).
fn ends_title_slot(text: &str, span: Span) -> bool {
    let mut words = text[..span.start].split_whitespace().rev();
    let word = words.next().unwrap_or("");
    let lower = word.trim_end_matches(',').to_lowercase();
    word.ends_with("’s")
        || word.ends_with("'s")
        || TITLE_SLOT_WORDS.contains(&lower.as_str())
        || words.next().is_some_and(|prev| {
            let prev = prev.to_lowercase();
            (lower == "of" && CREATOR_NOUNS.contains(&prev.as_str()))
                || (lower == "with" && prev == "interview")
                || (lower == "in" && PERFORMING_WORDS.contains(&prev.as_str()))
        })
}

/// The text of an embedded tweet left as markup (`<tweet author="…"
/// tweet_id="…">Praying for …</tweet>`): the last attribute's closing
/// mark opens a span running over the tweet, which its author said.
fn is_tweet_text(text: &str, span: Span) -> bool {
    let s = span.of(text);
    s[s.find(|c: char| !"\"“”".contains(c)).unwrap_or(s.len())..].starts_with('>')
        && s.contains(TWEET_END)
}

/// Right after a word that gives words a voice, a crowd's chant or a
/// sign's text (`chanted “USA! USA!”`, `chants of “no.”`, `a sign that
/// read “Hispanics 4 Trump”`): quoted words there are said, however short
/// or title-cased.
fn is_voiced(text: &str, span: Span) -> bool {
    let mut words = words_before(text, span);
    let last = words.next().unwrap_or_default();
    VOICING_WORDS.contains(&last.as_str())
        || (last == "of"
            && words
                .next()
                .is_some_and(|w| VOICE_NOUNS.contains(&w.as_str())))
}

/// Right after `as`, `called`, `titled` and the like, quoted plain words
/// are the label someone gives (`called the deal “stupid”`, `described the
/// plan as “unworkable,”`), which PolNeAR counts as quoted from them;
/// `such as` lists examples instead. The caller keeps title-cased labels
/// out: those are names and titles.
fn is_labelled(text: &str, span: Span) -> bool {
    let mut words = words_before(text, span);
    match words.next().as_deref() {
        Some("as") => words.next().as_deref() != Some("such"),
        Some(w) => LABEL_WORDS.contains(&w),
        None => false,
    }
}

/// The words before `span`, nearest first, lower-cased and stripped of
/// punctuation.
fn words_before(text: &str, span: Span) -> impl Iterator<Item = String> + '_ {
    text[..span.start].split_whitespace().rev().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    })
}

/// Inside an HTML or XML tag (`<tweet author="…">`) or an attribute value.
fn in_markup(text: &str, span: Span) -> bool {
    let mut from = span.start.saturating_sub(MAX_TAG_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..span.start];
    let before = &window[window.rfind('\n').map_or(0, |i| i + 1)..];
    before.ends_with('=')
        || before
            .rfind('<')
            .is_some_and(|lt| !before[lt..].contains('>'))
}
