//! Named entities and date-like expressions.
//!
//! Names come from the trained tagger ([`crate::ner`]); dates and amounts
//! from patterns ([`dates`]). One type per name across the document
//! ([`consistency`]), and the fullest form of each name as its canonical
//! ([`canonical`]). The rule name finder ([`names`]) adds the names the
//! model leaves out.

mod adjective_bodies;
mod and_names;
mod appositions;
mod articles;
mod bands;
mod bodies;
mod canonical;
mod clubs;
mod colours;
mod common_acronyms;
mod consistency;
mod craft;
pub mod dates;
mod festivals;
mod firms;
mod forces;
mod foreign;
mod front_words;
mod gazetteer;
mod groups;
mod institutions;
mod joins;
mod labels;
mod lists;
mod makers;
mod markets;
mod media;
mod model_numbers;
mod names;
mod openers;
mod organisations;
mod particles;
mod parties;
mod places;
mod players;
mod plurals;
mod possessives;
mod products;
mod seats;
mod shops;
mod states;
mod terms;
mod title_acronyms;
pub(crate) use title_acronyms::is_title_acronym_lowered;
mod titles;
mod towns;
mod villages;
mod works;

use crate::annotations::EntityType::Person;
use crate::annotations::{Entity, EntityType};
use crate::ner::{self, model::Model};
use crate::text::{overlaps_sorted, Span};
use crate::tokens::{self, Token};
use names::Candidate;
use std::ops::Range;

// The maps and sets of the entity pass (none of them is iterated, so the
// order of their entries never shows).
use crate::ner::hash::{map_with_room, Map, Set};

/// Tags the entities of `text` (paragraphs separated by `'\n'`), in text
/// order, each with the canonical name of the entity it mentions.
pub fn tag(text: &str) -> Vec<Entity> {
    tag_with(ner::model(), text)
}

/// [`tag`] with a given model (the CLI evaluates model files with it).
pub fn tag_with(model: &Model, text: &str) -> Vec<Entity> {
    let tokens = tokens::tokenize(text);
    let sentences = tokens::sentences(text, &tokens);
    let patterns = dates::find(text);
    let mut found = model_names(model, text, &tokens, &sentences, &patterns);
    possessives::fix(text, &tokens, gazetteer::get(), &mut found);
    front_words::restore(text, &tokens, &sentences, gazetteer::get(), &mut found);
    front_words::restore_openers(text, &tokens, &sentences, gazetteer::get(), &mut found);
    let mut rules = names::find(text, &tokens, &sentences, &patterns);
    for names in [&mut found, &mut rules] {
        names.retain(|c| {
            !terms::is_term(c.span.of(text))
                && !openers::is_opener(text, &tokens, &sentences, &c.tokens)
        });
    }
    let rules = merge_rules(text, &tokens, &mut found, rules);
    let mut mentions = consistency::resolve(text, found, rules);
    particles::join_particles(text, &tokens, &mut mentions);
    joins::whole_names(text, &tokens, &sentences, &mut mentions);
    adjective_bodies::join_adjectives(text, &tokens, &mut mentions);
    states::find(text, &tokens, &mut mentions);
    craft::find(text, &tokens, &patterns, &mut mentions);
    model_numbers::find(text, &tokens, &patterns, &mut mentions);
    works::find(text, &tokens, &mut mentions);
    groups::join_members(text, &tokens, &mut mentions);
    articles::at_articles(text, &tokens, &mut mentions);
    firms::split_at_and(text, &tokens, &mut mentions);
    and_names::join_parts(text, &mut mentions);
    firms::join_airline_words(text, &tokens, &mut mentions);
    title_acronyms::cut(text, &tokens, &mut mentions);
    common_acronyms::drop_nouns(text, &mut mentions);
    titles::strip_leading(text, &tokens, &mut mentions);
    titles::drop_bare(text, &tokens, &mut mentions);
    articles::drop_indefinite(text, &tokens, &mut mentions);
    plurals::drop_plural_acronyms(text, &mut mentions);
    let mut around = Surroundings::of(text, &tokens, &mentions);
    places::retype(&around, &mut mentions);
    towns::retype(&around, &mut mentions);
    villages::retype(&around, &mut mentions);
    clubs::retype(&around, &mut mentions);
    players::retype(&around, &mut mentions);
    bands::retype(&around, &mut mentions);
    products::retype(&around, &mut mentions);
    organisations::retype(&around, &mut mentions);
    lists::agree(&around, &mut mentions);
    shops::retype(&around, &mut mentions);
    seats::retype(text, &mut mentions);
    parties::retype(text, &mut mentions);
    festivals::retype(text, &mut mentions);
    if colours::drop_colours(&around, &mut mentions) {
        // The mentions left are no longer indexed like `around.ranges`.
        around = Surroundings::of(text, &tokens, &mentions);
    }
    foreign::keep_evident(&around, &mut mentions);
    let mut entities = canonical::name(text, &mentions);
    entities.extend(patterns.into_iter().map(|(span, kind)| Entity {
        span,
        kind,
        canonical: span.of(text).to_string(),
    }));
    entities.sort_by_key(|e| e.span.start);
    let labels = labels::find(text);
    entities.retain(|e| !overlaps_sorted(&labels, e.span, |l| *l));
    entities
}

/// What the passes that retype mentions from the words around them
/// ([`products`], [`organisations`]) read: made once for both.
struct Surroundings<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The tokens of each mention, indexed like the mentions.
    ranges: Vec<Range<usize>>,
    /// The document's person names of two words or more: a lone mention
    /// of one of their words is a surname or a first name, whatever is said
    /// around it (`shares of Quill` after `Jane Quill`). Searched only for
    /// a mention about to be retyped, which is rare: a set of their words
    /// made for every document cost more than the passes' other work.
    full_names: Vec<&'a str>,
}

impl<'a> Surroundings<'a> {
    fn of(text: &'a str, tokens: &'a [Token], mentions: &[consistency::Mention]) -> Self {
        // Mentions and tokens are both in text order, and a mention is a
        // few tokens long: one binary search finds its first token.
        let ranges: Vec<Range<usize>> = mentions
            .iter()
            .map(|m| {
                let first = tokens.partition_point(|t| t.span.start < m.span.start);
                let end = first
                    + tokens[first..]
                        .iter()
                        .take_while(|t| t.span.start < m.span.end)
                        .count();
                first..end
            })
            .collect();
        let full_names = mentions
            .iter()
            .zip(&ranges)
            .filter(|(m, r)| m.kind == Person && r.len() > 1)
            .map(|(m, _)| m.span.of(text))
            .collect();
        Surroundings {
            text,
            tokens,
            ranges,
            full_names,
        }
    }

    /// The word at token `i`, if there is one.
    fn word(&self, i: usize) -> Option<&'a str> {
        self.tokens.get(i).map(|t| t.text(self.text))
    }

    /// Whether the word at token `i` is in `list` (lower-case words),
    /// ignoring ASCII case (`Shares of X` opens a sentence). Compared
    /// without lower-casing a copy: most words asked about are in no list,
    /// and the copies cost this pass more than the rest of it (perf).
    fn word_in(&self, i: usize, list: &[&str]) -> bool {
        // Punctuation, the commonest neighbour of a name, is in no list.
        self.word(i).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_alphabetic())
                && list.iter().any(|l| l.eq_ignore_ascii_case(w))
        })
    }

    /// Gives `kind` to every mention whose spelling `chosen` picks (with
    /// the mention's current type), except a lone word of a person's full
    /// name: one piece of evidence retypes every mention of a spelling.
    fn retype_spellings(
        &self,
        mentions: &mut [consistency::Mention],
        kind: EntityType,
        chosen: impl Fn(&str, EntityType) -> bool,
    ) {
        for (m, r) in mentions.iter_mut().zip(&self.ranges) {
            let spelling = m.span.of(self.text);
            if m.kind != kind && chosen(spelling, m.kind) && !self.is_name_part(spelling, r) {
                m.kind = kind;
            }
        }
    }

    /// Whether a mention of `spelling` over `tokens` is a lone word of a
    /// person's full name.
    fn is_name_part(&self, spelling: &str, tokens: &Range<usize>) -> bool {
        tokens.len() == 1
            && self
                .full_names
                .iter()
                .any(|name| name.split_whitespace().any(|w| w == spelling))
    }
}

/// The names the model finds, as candidates whose type is evidence;
/// tokens inside date and amount patterns are left to the patterns.
fn model_names(
    model: &Model,
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    patterns: &[(crate::text::Span, crate::annotations::EntityType)],
) -> Vec<Candidate> {
    // The sentences cover the tokens in order, so the labels, in one
    // list, are indexed by token.
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let by_sentence: Vec<&[&str]> = sentences.iter().map(|r| &words[r.clone()]).collect();
    let labels = model.tag_sentences(&by_sentence);
    let mut out: Vec<(Candidate, bool)> = Vec::new();
    for (range, words) in sentences.iter().zip(by_sentence) {
        let labels = &labels[range.clone()];
        let caps = words.iter().filter(|w| tokens::is_all_caps(w));
        let shouted = caps.count() * 2 > words.len();
        for (r, kind) in ner::spans(labels) {
            let mut r = range.start + r.start..range.start + r.end;
            if r.len() > 1 && r.start == range.start && is_determiner(tokens[r.start].text(text)) {
                r.start += 1;
            }
            // A person's name starts after the title (`Ms Jones`, British
            // style without a period, which the model sometimes takes in).
            while r.len() > 1
                && kind == Person
                && gazetteer::get().is_title(tokens[r.start].text(text))
            {
                r.start += 1;
            }
            let span =
                crate::text::Span::new(tokens[r.start].span.start, tokens[r.end - 1].span.end);
            if overlaps_sorted(patterns, span, |(p, _)| *p) {
                continue;
            }
            out.push((
                Candidate {
                    span,
                    evidence: Some(kind),
                    guess: None,
                    tokens: r,
                },
                shouted,
            ));
        }
    }
    people_in_headlines(text, &mut out);
    out.into_iter().map(|(c, _)| c).collect()
}

/// The rule names with evidence (gazetteer, title, organisation word) that
/// the model missed or cut short at the end (`N'Djamena University`,
/// `Trump administration`), or that put an organisation's head in front
/// of what the model found ([`completes_organisation`]); the model names
/// they extend are taken out of `model`. Any other rule name that starts
/// before a model name or joins several is left out: the model's own
/// boundaries were right more often there (`Ruling Moslem party`,
/// `Boston-based Reagan Communications`, `Italian Grand Prix`; 0.19 F1
/// points on CoNLL dev).
fn merge_rules(
    text: &str,
    tokens: &[Token],
    model: &mut Vec<Candidate>,
    rules: Vec<Candidate>,
) -> Vec<Candidate> {
    // Model names are disjoint and in text order.
    let overlapping =
        |model: &[Candidate], span: Span| joins::overlapping_by(model, span, |c| c.span);
    let extends = |rule: &Candidate, inside: &[Candidate]| match inside {
        [] => true,
        [name] if rule.span.start == name.span.start => rule.span.end > name.span.end,
        names => completes_organisation(text, tokens, rule, names),
    };
    let accepted: Vec<Candidate> = rules
        .into_iter()
        .filter(|r| r.evidence.is_some() && extends(r, &model[overlapping(model, r.span)]))
        .collect();
    for rule in &accepted {
        let replaced = overlapping(model, rule.span);
        model.drain(replaced);
    }
    accepted
}

/// An organisation's name whose head the model left out: the rule name
/// has a head and its preposition (`Centers for`, `Society of`), and the
/// model's names inside it lie after the preposition (`Disease Control
/// and Prevention`; `Medicare` and `Medicaid Services`; `America`), or
/// end at the head (`Potsdam Institute` + `Climate Impact Research`).
/// The model reads the words after the preposition well but has seen few
/// heads such as `Centers`; the rules know the heads.
fn completes_organisation(
    text: &str,
    tokens: &[Token],
    rule: &Candidate,
    inside: &[Candidate],
) -> bool {
    if rule.evidence != Some(EntityType::Organization) {
        return false;
    }
    let g = gazetteer::get();
    let Some(p) = names::head_preposition(text, tokens, rule.tokens.clone(), g) else {
        return false;
    };
    // A person inside is a run that went on past the name (`Council on
    // American-Islamic Relations National Executive Director Nihad Awad`).
    inside.last().is_some_and(|n| n.span.end <= rule.span.end)
        && inside.iter().all(|n| {
            n.evidence != Some(Person)
                && (n.tokens.start > p || (n.tokens.end == p && n.span.start >= rule.span.start))
        })
}

/// Determiners and quantifiers written capitalised at a sentence start
/// are not part of the name after them (`Any Security Council action`).
/// The model sometimes takes them in; only these words are cut, because a
/// wider list (all frequent words) cut real names and cost dev F1.
const DETERMINERS: &[&str] = &[
    "All", "Another", "Any", "Both", "Each", "Every", "Many", "Most", "No", "Other", "Several",
    "Some", "Such", "That", "These", "This", "Those",
];

fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

/// Case says little in a shouted line (`STOLTENBERG WARNS IRAQ`): a name
/// there made only of words of the document's full person names
/// (`Jens Stoltenberg`) is that person, whatever the model said. Other
/// shouted names keep the model's type: deferring them all to the rest of
/// the document cost dev F1.
fn people_in_headlines(text: &str, candidates: &mut [(Candidate, bool)]) {
    // Most documents shout no line.
    if !candidates.iter().any(|&(_, shouted)| shouted) {
        return;
    }
    let lower = |c: &Candidate| c.span.of(text).to_lowercase();
    let people: Set<String> = candidates
        .iter()
        .filter(|(c, shouted)| !shouted && c.evidence == Some(Person) && c.tokens.len() > 1)
        .flat_map(|(c, _)| {
            lower(c)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    for (c, _) in candidates.iter_mut().filter(|(_, shouted)| *shouted) {
        if lower(c).split_whitespace().all(|w| people.contains(w)) {
            c.evidence = Some(Person);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::EntityType::{self, Location, Misc, Organization};

    /// A candidate over `words` of `text`.
    fn name(text: &str, tokens: &[Token], words: &str, kind: EntityType) -> Candidate {
        let start = text.find(words).expect("in the text");
        let span = Span::new(start, start + words.len());
        let first = tokens.partition_point(|t| t.span.start < span.start);
        let count = tokens[first..]
            .iter()
            .take_while(|t| t.span.start < span.end)
            .count();
        Candidate {
            span,
            evidence: Some(kind),
            guess: None,
            tokens: first..first + count,
        }
    }

    fn merged(
        text: &str,
        model: &[(&str, EntityType)],
        rules: &[(&str, EntityType)],
    ) -> Vec<String> {
        let tokens = tokens::tokenize(text);
        let candidate = |(words, kind): &(&str, EntityType)| name(text, &tokens, words, *kind);
        let mut model: Vec<Candidate> = model.iter().map(candidate).collect();
        let rules = rules.iter().map(candidate).collect();
        let accepted = merge_rules(text, &tokens, &mut model, rules);
        let mut all: Vec<&Candidate> = model.iter().chain(&accepted).collect();
        all.sort_by_key(|c| c.span.start);
        all.iter().map(|c| c.span.of(text).to_string()).collect()
    }

    #[test]
    fn rule_names_fill_gaps_and_extend_model_names_at_the_end() {
        let text = "Students of N'Djamena University met the Fed.";
        let model = [("N'Djamena", Location)];
        let rules = [
            ("N'Djamena University", Organization),
            ("Fed", Organization),
        ];
        assert_eq!(
            merged(text, &model, &rules),
            ["N'Djamena University", "Fed"]
        );
    }

    #[test]
    fn rule_names_keep_the_model_boundaries_otherwise() {
        let text = "Ruling Moslem party and Boston-based Reagan Communications.";
        let model = [
            ("Moslem", Misc),
            ("Boston-based", Misc),
            ("Reagan Communications", Organization),
        ];
        let rules = [
            ("Ruling Moslem", Misc),
            ("Boston-based Reagan Communications", Organization),
        ];
        assert_eq!(
            merged(text, &model, &rules),
            ["Moslem", "Boston-based", "Reagan Communications"]
        );
    }

    #[test]
    fn rule_names_put_an_organisation_head_before_model_names() {
        let text = "the Centers for Disease Control and Prevention and the Potsdam Institute \
                    for Climate Impact Research said.";
        let model = [
            ("Disease Control and Prevention", Organization),
            ("Potsdam Institute", Organization),
            ("Climate Impact Research", Organization),
        ];
        let rules = [
            ("Centers for Disease Control and Prevention", Organization),
            (
                "Potsdam Institute for Climate Impact Research",
                Organization,
            ),
        ];
        assert_eq!(
            merged(text, &model, &rules),
            [
                "Centers for Disease Control and Prevention",
                "Potsdam Institute for Climate Impact Research"
            ]
        );
    }
}
