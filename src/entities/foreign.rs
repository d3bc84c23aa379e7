//! Texts in another language (a German or French news page). The model
//! learnt English capitalisation: in German every noun is capitalised and
//! came out a name (`Regierung` PER, `Wirtschaft` ORG, `Der Bundestag`),
//! in French the capitalised first word of a sentence did (`Le` ORG). In a
//! text whose function words are mostly not English, only the names with
//! evidence that does not depend on the language are kept:
//!
//! * a name the gazetteer lists (`Berlin`, `Bundestag`, `Marseille`),
//!   with the listed type;
//! * a known first name and capitalised words after it (`Olaf Scholz`), a
//!   person, and a lone surname of such a person (`Scholz`), before the
//!   full name too (a headline);
//! * an acronym (`CDU`, `AFP`, `SNCF`, a shouted dateline `PARIS`), with
//!   the type found for it.
//!
//! One word before such a name is dropped (`Der Bundestag`, `Bundeskanzler
//! Olaf Scholz`); a name that needs more cut off is dropped whole, not cut
//! to a listed place inside it (`La Banque de France`, not `France`).
//!
//! The test is made once per text, over its lower-case words: English
//! copy is a quarter to a third function words, a results table (CoNLL's
//! sports pages) almost none of either kind, so the foreign words must
//! outnumber the English ones and be at least [`MIN_FOREIGN_WORDS`].

use super::consistency::Mention;
use super::{gazetteer, Surroundings};
use crate::annotations::EntityType::Person;
use crate::text::Span;
use crate::tokens::{is_all_caps, is_capitalised};

/// English function words that none of the languages below uses as a
/// word of its own (`in`, `a`, `an`, `on`, `was`, `will` are German or
/// French words too, or common in names). A `match`, not a list searched
/// word by word: the test reads every lower-case word of a text (perf).
fn is_english(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "are"
            | "at"
            | "be"
            | "been"
            | "but"
            | "by"
            | "for"
            | "from"
            | "has"
            | "have"
            | "he"
            | "her"
            | "his"
            | "is"
            | "it"
            | "its"
            | "not"
            | "of"
            | "said"
            | "she"
            | "that"
            | "the"
            | "their"
            | "they"
            | "this"
            | "to"
            | "were"
            | "which"
            | "who"
            | "with"
            | "would"
    )
}

/// Function words of German, French, Spanish, Italian and Dutch news that
/// are no English words (`von`, `de`, `van` also stand in English copy
/// inside names: `von der Leyen`, which the English words outnumber).
fn is_foreign_word(word: &str) -> bool {
    matches!(
        word,
        "au" | "aux"
            | "avec"
            | "che"
            | "con"
            | "dans"
            | "das"
            | "de"
            | "del"
            | "della"
            | "dem"
            | "den"
            | "der"
            | "des"
            | "di"
            | "die"
            | "du"
            | "een"
            | "ein"
            | "eine"
            | "einer"
            | "el"
            | "est"
            | "et"
            | "für"
            | "het"
            | "il"
            | "ist"
            | "la"
            | "las"
            | "le"
            | "les"
            | "los"
            | "mit"
            | "nicht"
            | "par"
            | "para"
            | "pour"
            | "que"
            | "qui"
            | "sich"
            | "sur"
            | "und"
            | "une"
            | "van"
            | "von"
            | "wurde"
            | "y"
            | "zu"
    )
}

/// Fewest foreign function words that make a text foreign: a short
/// English text with a Spanish name or two (`Plaza de la Cruz`) is not.
const MIN_FOREIGN_WORDS: usize = 8;

/// English function words after which the count stops: a text that has
/// this many before as many foreign ones is English (most stop within
/// their first two sentences).
const ENOUGH_ENGLISH: usize = 20;

/// Whether the text's lower-case words are mostly not English.
pub fn is_foreign(around: &Surroundings) -> bool {
    let (mut english, mut foreign) = (0usize, 0usize);
    for t in around.tokens {
        let word = t.text(around.text);
        if !word.starts_with(|c: char| c.is_lowercase()) {
            continue;
        }
        if is_english(word) {
            english += 1;
            if english >= ENOUGH_ENGLISH && english > foreign {
                return false;
            }
        } else if is_foreign_word(word) {
            foreign += 1;
        }
    }
    foreign >= MIN_FOREIGN_WORDS && foreign > english
}

/// In a foreign text, keeps the mentions with language-free evidence (cut
/// by one leading word when that is what has it) and drops the others.
/// The surnames of the people named in full are read first: a headline
/// names a person by the surname before the text names them in full
/// (`Scholz` in the headline, `Olaf Scholz` in the first paragraph).
pub fn keep_evident(around: &Surroundings, mentions: &mut Vec<Mention>) {
    if !is_foreign(around) {
        return;
    }
    let named_in_full = evident(around, mentions, &[]);
    let surnames: Vec<&str> = named_in_full
        .iter()
        .filter(|m| m.kind == Person)
        .filter_map(|m| m.span.of(around.text).split_whitespace().last())
        .collect();
    *mentions = evident(around, mentions, &surnames);
}

/// The mentions with language-free evidence, given the `surnames` of the
/// text's people.
fn evident(around: &Surroundings, mentions: &[Mention], surnames: &[&str]) -> Vec<Mention> {
    mentions
        .iter()
        .zip(&around.ranges)
        .filter_map(|(m, r)| {
            // The name itself, or the name after its first word.
            [r.start, r.start + 1]
                .into_iter()
                .filter(|&first| first < r.end)
                .find_map(|first| {
                    let span = Span::new(around.tokens[first].span.start, m.span.end);
                    evidence(around, span, m, surnames).map(|kind| Mention { span, kind })
                })
        })
        .collect()
}

/// The type that language-free evidence gives the name over `span` (part
/// of `mention`), if any: listed, a first name's person, an acronym, or a
/// surname of a person named in full.
fn evidence(
    around: &Surroundings,
    span: Span,
    mention: &Mention,
    surnames: &[&str],
) -> Option<crate::annotations::EntityType> {
    let name = span.of(around.text);
    let g = gazetteer::get();
    if let Some(kind) = g.lookup(name) {
        return Some(kind);
    }
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    if rest.is_empty() {
        return if is_all_caps(first) {
            Some(mention.kind)
        } else {
            surnames.contains(&first).then_some(Person)
        };
    }
    (g.is_first_name(first) && rest.iter().all(|w| is_capitalised(w))).then_some(Person)
}
