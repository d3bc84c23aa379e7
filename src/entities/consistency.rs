//! One type per name across the document.
//!
//! The model's names keep the model's type: its document-level context
//! features already weigh all the mentions of a word, and re-voting by
//! spelling overrode it wrongly more often than not (a city in a dateline
//! typed as the sports team of the same name in the results table; 0.11
//! F1 points on CoNLL dev). The names only the rules find are typed by the
//! evidence of all mentions together: `Iran` found in the gazetteer makes
//! every such `Iran` a place, and a surname seen in a full person name
//! (`Jens Stoltenberg`) makes a later lone `Stoltenberg` a person even at
//! the start of a sentence or in a headline.

use super::names::Candidate;
use super::{map_with_room, Map, Set};
use crate::annotations::EntityType;
use crate::text::Span;

/// A name mention with its settled type.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub kind: EntityType,
}

/// Name types, in the order votes are tallied (and ties broken).
const NAME_TYPES: [EntityType; 4] = [
    EntityType::Person,
    EntityType::Location,
    EntityType::Organization,
    EntityType::Misc,
];

/// Settles the type of each candidate, in text order: the `model`'s names
/// keep their type, the `rules`' names take the document's; rule names
/// that neither they nor the document can type are dropped.
pub fn resolve(text: &str, model: Vec<Candidate>, rules: Vec<Candidate>) -> Vec<Mention> {
    let key = |c: &Candidate| c.span.of(text).to_lowercase();
    // Room for a key per candidate: growing the maps rehashed them
    // several times per article.
    let candidates = model.len() + rules.len();
    let mut evidence: Map<String, Tally> = map_with_room(candidates);
    let mut guesses: Map<String, Tally> = map_with_room(candidates);
    for c in model.iter().chain(&rules) {
        if let Some(kind) = c.evidence {
            evidence.entry(key(c)).or_default()[type_index(kind)] += 1;
        }
        if let Some(kind) = c.guess {
            guesses.entry(key(c)).or_default()[type_index(kind)] += 1;
        }
    }
    let all = || model.iter().chain(&rules);
    let known_people = person_words(text, all(), |c| c.evidence);
    let guessed_people = person_words(text, all(), |c| c.guess);
    let is_part_of =
        |people: &Set<String>, c: &Candidate| words(&key(c)).all(|w| people.contains(w));
    let typed_by_rules = rules.iter().filter_map(|c| {
        let k = key(c);
        let kind = if let Some(tally) = evidence.get(&k) {
            winner(tally, c.evidence)
        } else if is_part_of(&known_people, c) {
            EntityType::Person
        } else if let Some(tally) = guesses.get(&k) {
            winner(tally, c.guess)
        } else if is_part_of(&guessed_people, c) {
            EntityType::Person
        } else {
            return None;
        };
        Some(Mention { span: c.span, kind })
    });
    let typed_by_model = model
        .iter()
        .filter_map(|c| c.evidence.map(|kind| Mention { span: c.span, kind }));
    let mut mentions: Vec<Mention> = typed_by_model.chain(typed_by_rules).collect();
    mentions.sort_by_key(|m| m.span.start);
    mentions
}

/// Votes per type, indexed like [`NAME_TYPES`].
type Tally = [usize; NAME_TYPES.len()];

fn type_index(kind: EntityType) -> usize {
    NAME_TYPES.iter().position(|&t| t == kind).unwrap_or(0)
}

/// The most voted type; a tie goes to the mention's own evidence.
fn winner(tally: &Tally, own: Option<EntityType>) -> EntityType {
    let best = *tally.iter().max().unwrap_or(&0);
    match own {
        Some(kind) if tally[type_index(kind)] == best => kind,
        _ => NAME_TYPES[tally.iter().position(|&n| n == best).unwrap_or(0)],
    }
}

fn words(name: &str) -> impl Iterator<Item = &str> {
    name.split_whitespace()
}

/// The lower-cased words of multi-word person names that `kind_of` types
/// as people.
fn person_words<'a>(
    text: &str,
    candidates: impl Iterator<Item = &'a Candidate>,
    kind_of: impl Fn(&Candidate) -> Option<EntityType>,
) -> Set<String> {
    candidates
        .filter(|c| kind_of(c) == Some(EntityType::Person) && c.tokens.len() > 1)
        .flat_map(|c| {
            words(&c.span.of(text).to_lowercase())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::{sentences, tokenize};
    use EntityType::{Location, Organization, Person};

    fn resolved(text: &str) -> Vec<(&str, EntityType)> {
        let tokens = tokenize(text);
        let sentences = sentences(text, &tokens);
        let patterns = super::super::dates::find(text);
        let candidates = super::super::names::find(text, &tokens, &sentences, &patterns);
        resolve(text, Vec::new(), candidates)
            .into_iter()
            .map(|m| (m.span.of(text), m.kind))
            .collect()
    }

    #[test]
    fn surnames_follow_the_full_name() {
        assert_eq!(
            resolved("Stoltenberg spoke.\nJens Stoltenberg said so. Stoltenberg left."),
            [
                ("Stoltenberg", Person),
                ("Jens Stoltenberg", Person),
                ("Stoltenberg", Person)
            ]
        );
    }

    #[test]
    fn evidence_types_every_mention() {
        assert_eq!(
            resolved(
                "He flew to Zembla.\nThe city of Zembla and Mayor Quill. In Zembla, Zembla Quill"
            ),
            [
                ("Zembla", Location),
                ("Zembla", Location),
                ("Quill", Person),
                ("Zembla", Location),
                ("Zembla Quill", Person)
            ]
        );
    }

    #[test]
    fn shouted_names_need_the_document() {
        assert_eq!(
            resolved("QUILL WINS AGAIN\nMr. Quill won the race."),
            [("QUILL", Person), ("Quill", Person)]
        );
    }

    #[test]
    fn model_names_keep_the_model_type() {
        let text = "NEW YORK 1996-08-30\nNEW YORK beat Boston. Quill of NEW YORK";
        let mut from = 0;
        let mut mention = |words: &str, kind: EntityType| {
            let start = from + text[from..].find(words).unwrap();
            from = start + words.len();
            Candidate {
                span: Span::new(start, from),
                evidence: Some(kind),
                guess: None,
                tokens: 0..words.split_whitespace().count(),
            }
        };
        let model = vec![
            mention("NEW YORK", Location),
            mention("NEW YORK", Organization),
            mention("Boston", Organization),
            mention("NEW YORK", Organization),
        ];
        let kinds: Vec<EntityType> = resolve(text, model, Vec::new())
            .into_iter()
            .map(|m| m.kind)
            .collect();
        assert_eq!(kinds, [Location, Organization, Organization, Organization]);
    }
}
