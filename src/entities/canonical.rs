//! The fullest name of each entity in the document.
//!
//! Mentions of one entity are linked when one is a shorter form of the
//! other: a person's single name inside a full name (`Stoltenberg` in `Jens
//! Stoltenberg`), the head of an organisation or place name (`Security
//! Council` ending `U.N. Security Council`), or an acronym of a longer
//! name (`NATO` for `North Atlantic Treaty Organization`, `U.S.` for
//! `United States`). The longest linked form becomes the canonical name.

use super::consistency::Mention;
use super::{gazetteer, map_with_room, Map};
use crate::annotations::{Entity, EntityType};
use crate::text::Span;
use std::collections::hash_map::Entry;
use std::ops::Range;

/// Shortest acronym (in letters) linked to an expansion: single letters
/// match far too many names.
const MIN_ACRONYM_LETTERS: usize = 2;

/// Fewest letters of an acronym linked to a person's full name (`FDR`,
/// `JFK`): two capitals match the initials of too many people, and
/// two-letter acronyms are mostly organisations and places (`AP`, `S.C.`).
const MIN_PERSON_INITIALS: usize = 3;

/// Words shorter than this (in letters) may stay lower case in a title-case
/// line (`and`, `for`, `the`); a line whose longer words are all
/// capitalised is a headline (`Bolton and Gorka Slam Critics`). Title case
/// joins a name to the words around it, so a headline must not supply a
/// longer name than prose does (`Gorka Slam` for `Sebastian Gorka`).
const MIN_TITLE_CASE_LETTERS: usize = 4;

/// The entities of `mentions`, each with its canonical name.
pub fn name(text: &str, mentions: &[Mention]) -> Vec<Entity> {
    let forms = distinct(text, mentions);
    let links = Links::of(&forms);
    // Sized for the most keys they can get (a mention each), as growing
    // them rehashed them several times per article.
    let mut canonical: Map<(&str, EntityType), String> = map_with_room(mentions.len());
    for m in mentions {
        let surface = m.span.of(text);
        canonical
            .entry((surface, m.kind))
            .or_insert_with(|| fullest(surface, m.kind, &forms, &links));
    }
    mentions
        .iter()
        .map(|m| Entity {
            span: m.span,
            kind: m.kind,
            canonical: canonical[&(m.span.of(text), m.kind)].clone(),
        })
        .collect()
}

/// A distinct mention text as words, with its type and whether any of its
/// mentions is in ordinary prose (not in a headline line).
struct Form<'a> {
    words: Vec<&'a str>,
    kind: EntityType,
    in_prose: bool,
}

/// Each distinct mention text with its type, in first-seen order.
fn distinct<'a>(text: &'a str, mentions: &[Mention]) -> Vec<Form<'a>> {
    let mut out: Vec<Form> = Vec::new();
    // Where each form is in `out`: comparing a mention with every form
    // seen before grew with the square of a long text's names.
    let mut index: Map<(Vec<&str>, EntityType), usize> = map_with_room(mentions.len());
    let mut lines = Lines::default();
    for m in mentions {
        let words: Vec<&str> = m.span.of(text).split_whitespace().collect();
        // The line is scanned only when the answer can change something:
        // most mentions repeat a form already seen in prose, and scanning
        // each one's whole line was a noticeable part of the entity pass.
        match index.entry((words, m.kind)) {
            Entry::Occupied(at) => {
                let form = &mut out[*at.get()];
                form.in_prose = form.in_prose || !lines.in_headline(text, m.span);
            }
            Entry::Vacant(at) => {
                out.push(Form {
                    words: at.key().0.clone(),
                    kind: m.kind,
                    in_prose: !lines.in_headline(text, m.span),
                });
                at.insert(out.len() - 1);
            }
        }
    }
    out
}

/// The last line judged by [`Lines::in_headline`] and its verdict:
/// mentions come in text order, so the next one is often on the same line,
/// and judging a long paragraph again for each of its names cost 1.6 M
/// instructions in one `bench-quotes` pass over PolNeAR dev (callgrind).
#[derive(Default)]
struct Lines {
    last: Option<(Range<usize>, bool)>,
}

impl Lines {
    /// Whether the line (paragraph) around `span` is a headline: every word
    /// of [`MIN_TITLE_CASE_LETTERS`] letters or more starts with a capital.
    fn in_headline(&mut self, text: &str, span: Span) -> bool {
        let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let end = text[span.end..]
            .find('\n')
            .map_or(text.len(), |i| span.end + i);
        match &self.last {
            Some((line, verdict)) if *line == (start..end) => *verdict,
            _ => {
                let verdict = is_headline(&text[start..end]);
                self.last = Some((start..end, verdict));
                verdict
            }
        }
    }
}

fn is_headline(line: &str) -> bool {
    line.split_whitespace()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= MIN_TITLE_CASE_LETTERS)
        .all(|w| w.starts_with(char::is_uppercase))
}

/// Where to look for the forms linked to a name: by a word they must
/// share with it, and by initials. Comparing each name with every form
/// grew with the square of a long text's names; [`fullest`] still tests
/// each form found here in full.
struct Links<'f> {
    /// Forms by type and word: a person's shorter form is a run of its
    /// words, so every word of a person's form; the last word of others.
    by_word: Map<(EntityType, &'f str), Vec<usize>>,
    /// Forms of two words or more by their capitals' initials (`NATO`).
    by_initials: Map<String, Vec<usize>>,
}

impl<'f> Links<'f> {
    fn of(forms: &'f [Form<'f>]) -> Links<'f> {
        let mut links = Links {
            by_word: map_with_room(forms.len()),
            by_initials: map_with_room(forms.len()),
        };
        for (i, f) in forms.iter().enumerate() {
            let keyed = if f.kind == EntityType::Person {
                &f.words[..]
            } else {
                f.words.last().map_or(&[][..], std::slice::from_ref)
            };
            for &w in keyed {
                let list = links.by_word.entry((f.kind, w)).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
            if f.words.len() > 1 {
                let initials = initials(&f.words).collect();
                links.by_initials.entry(initials).or_default().push(i);
            }
        }
        links
    }

    /// The forms that may be linked to a name of `words`, in form order;
    /// the name's own form is among them (it shares its own words).
    fn candidates(&self, words: &[&str], kind: EntityType, letters: Option<&str>) -> Vec<usize> {
        let word = if kind == EntityType::Person {
            words.first()
        } else {
            words.last()
        };
        let mut found: Vec<usize> = word
            .and_then(|&w| self.by_word.get(&(kind, w)))
            .into_iter()
            .chain(letters.and_then(|l| self.by_initials.get(l)))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// The longest form linked to `surface` (itself when none is longer); the
/// first seen wins among equally long forms. When a person's name is
/// written in prose anywhere, only prose forms count (organisation names
/// are long runs of capitals in prose too: `the U.N. Security Council`).
fn fullest(surface: &str, kind: EntityType, forms: &[Form], links: &Links) -> String {
    let words: Vec<&str> = surface.split_whitespace().collect();
    let letters = acronym_letters(surface);
    let place_acronym =
        letters.is_some() && gazetteer::get().lookup(surface) == Some(EntityType::Location);
    let candidates: Vec<&Form> = links
        .candidates(&words, kind, letters.as_deref())
        .into_iter()
        .map(|i| &forms[i])
        .collect();
    let linked: Vec<&Form> = candidates
        .iter()
        .copied()
        .filter(|f| {
            (f.kind == kind && is_shorter_form(&words, &f.words, kind))
                || letters
                    .as_deref()
                    .is_some_and(|l| expands(surface, l, place_acronym, f))
        })
        .collect();
    let own_in_prose = candidates
        .iter()
        .any(|f| f.kind == kind && f.words == words && f.in_prose);
    let prose_only =
        kind == EntityType::Person && (own_in_prose || linked.iter().any(|f| f.in_prose));
    let mut best: Option<&Vec<&str>> = None;
    for form in linked.into_iter().filter(|f| f.in_prose || !prose_only) {
        if form.words.len() > best.map_or(words.len(), Vec::len) {
            best = Some(&form.words);
        }
    }
    best.map_or_else(|| words.join(" "), |w| w.join(" "))
}

/// `form` spells out the acronym `surface` (of capitals `letters`): its
/// words' initials are the letters. Types may differ, because the tagger
/// types acronyms less surely than names (`DNC` ORG for the `Democratic
/// National Convention` MISC, `NYC` ORG for `New York City` LOC), except
/// where that links a common acronym to a chance match:
/// * a place acronym the gazetteer lists (`U.S.`, `U.K.`) spells only a
///   place, not the `University of Saskatchewan`;
/// * a person's initials need [`MIN_PERSON_INITIALS`] letters (`FDR`, but
///   not `AP` for a reporter named `Alison Parker`);
/// * a name holding the acronym as a word (`U.S. Senate`) is not its
///   expansion.
fn expands(surface: &str, letters: &str, place_acronym: bool, form: &Form) -> bool {
    if form.words.len() < 2
        || form.words.contains(&surface)
        || !initials(&form.words).eq(letters.chars())
    {
        return false;
    }
    match form.kind {
        EntityType::Person => !place_acronym && letters.chars().count() >= MIN_PERSON_INITIALS,
        EntityType::Location => true,
        _ => !place_acronym,
    }
}

/// `short` is a shorter form of `long`: any run of a person's words, the
/// last words of other names.
fn is_shorter_form(short: &[&str], long: &[&str], kind: EntityType) -> bool {
    if short.len() >= long.len() {
        return false;
    }
    if kind == EntityType::Person {
        long.windows(short.len()).any(|w| w == short)
    } else {
        long.ends_with(short)
    }
}

/// The letters of an all-capitals name (`NATO`, `U.N.` → `UN`), if it is one.
fn acronym_letters(name: &str) -> Option<String> {
    let letters: String = name.chars().filter(|c| *c != '.').collect();
    let is_acronym =
        letters.chars().count() >= MIN_ACRONYM_LETTERS && letters.chars().all(|c| c.is_uppercase());
    is_acronym.then_some(letters)
}

/// The first letters of a name's capitalised words (`North Atlantic Treaty
/// Organization` → `NATO`); connectors like `of` are skipped.
/// An iterator, not a `String`: it is compared once per form and mention.
fn initials<'a>(words: &'a [&str]) -> impl Iterator<Item = char> + 'a {
    words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::{Location, Misc, Organization, Person};

    fn canonicals(text: &str, names: &[(&str, EntityType)]) -> Vec<String> {
        let mut from = 0;
        let mentions: Vec<Mention> = names
            .iter()
            .map(|(n, kind)| {
                let start = from + text[from..].find(n).unwrap();
                from = start + n.len();
                Mention {
                    span: Span::new(start, from),
                    kind: *kind,
                }
            })
            .collect();
        name(text, &mentions)
            .into_iter()
            .map(|e| e.canonical)
            .collect()
    }

    #[test]
    fn surnames_and_first_names_take_the_full_name() {
        let text = "Stoltenberg met Jens Stoltenberg and Jens.";
        let names = [
            ("Stoltenberg", Person),
            ("Jens Stoltenberg", Person),
            ("Jens", Person),
        ];
        assert_eq!(canonicals(text, &names), ["Jens Stoltenberg"; 3]);
    }

    #[test]
    fn organisation_heads_and_acronyms() {
        let text = "the North Atlantic Treaty Organization (NATO) and the U.N. Security Council; NATO, Security Council";
        let names = [
            ("North Atlantic Treaty Organization", Organization),
            ("NATO", Organization),
            ("U.N. Security Council", Organization),
            ("NATO", Organization),
            ("Security Council", Organization),
        ];
        let expected = [
            "North Atlantic Treaty Organization",
            "North Atlantic Treaty Organization",
            "U.N. Security Council",
            "North Atlantic Treaty Organization",
            "U.N. Security Council",
        ];
        assert_eq!(canonicals(text, &names), expected);
    }

    #[test]
    fn other_types_and_unlinked_names_keep_their_text() {
        let text = "U.S. and United States; Iraq, Iraq Museum";
        let names = [
            ("U.S.", Location),
            ("United States", Location),
            ("Iraq", Location),
            ("Iraq Museum", Organization),
        ];
        assert_eq!(
            canonicals(text, &names),
            ["United States", "United States", "Iraq", "Iraq Museum"]
        );
    }

    #[test]
    fn acronyms_link_to_their_expansion_not_to_a_chance_match() {
        let text = "Angela Rasmussen of the University of Saskatchewan met U.S. officials; \
                    AP reporter Alison Parker filed, then AP; the U.S. Senate; \
                    Franklin Delano Roosevelt, FDR; the Democratic National Convention, the DNC";
        let names = [
            ("Angela Rasmussen", Person),
            ("University of Saskatchewan", Organization),
            ("U.S.", Location),
            ("AP", Organization),
            ("Alison Parker", Person),
            ("AP", Organization),
            ("U.S. Senate", Organization),
            ("Franklin Delano Roosevelt", Person),
            ("FDR", Organization),
            ("Democratic National Convention", Misc),
            ("DNC", Organization),
        ];
        let expected = [
            "Angela Rasmussen",
            "University of Saskatchewan",
            "U.S.",
            "AP",
            "Alison Parker",
            "AP",
            "U.S. Senate",
            "Franklin Delano Roosevelt",
            "Franklin Delano Roosevelt",
            "Democratic National Convention",
            "Democratic National Convention",
        ];
        assert_eq!(canonicals(text, &names), expected);
    }

    #[test]
    fn headlines_do_not_lengthen_names_written_in_prose() {
        let text = "Bolton And Gorka Slam Critics\nSebastian Gorka said that he would go, and Gorka left.\nQuill Wins Again\nThe winner, Mr. Quill, smiled at the crowd.\nJens Stoltenberg Warns\nStoltenberg spoke to the press on the day.";
        let names = [
            ("Gorka Slam", Person),
            ("Sebastian Gorka", Person),
            ("Gorka", Person),
            ("Quill Wins", Person),
            ("Quill", Person),
            ("Jens Stoltenberg", Person),
            ("Stoltenberg", Person),
        ];
        let expected = [
            "Gorka Slam",
            "Sebastian Gorka",
            "Sebastian Gorka",
            "Quill Wins",
            "Quill",
            "Jens Stoltenberg",
            "Stoltenberg",
        ];
        assert_eq!(canonicals(text, &names), expected);
    }
}
