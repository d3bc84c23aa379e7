//! The trained tagger: the embedded model, its file format, training.

use newsmark::annotations::EntityType::{self, Location, Misc, Organization, Person};
use newsmark::entities;
use newsmark::ner::{self, model::Model, train};

/// (surface, type) of every name `entities::tag` finds in `text`.
fn names(text: &str) -> Vec<(String, EntityType)> {
    entities::tag(text)
        .into_iter()
        .filter(|e| ner::TYPES.contains(&e.kind))
        .map(|e| (e.span.of(text).to_string(), e.kind))
        .collect()
}

fn has(found: &[(String, EntityType)], surface: &str, kind: EntityType) -> bool {
    found.iter().any(|(s, k)| s == surface && *k == kind)
}

#[test]
fn tags_names_it_was_not_shown_in_these_sentences() {
    let found = names("German Chancellor Angela Merkel met Emmanuel Macron in Paris on Monday.");
    for (surface, kind) in [
        ("German", Misc),
        ("Angela Merkel", Person),
        ("Emmanuel Macron", Person),
        ("Paris", Location),
    ] {
        assert!(has(&found, surface, kind), "{surface}: {found:?}");
    }
}

#[test]
fn curly_apostrophes_and_dotted_abbreviations_work_like_training_tokens() {
    let found = names("NATO’s chief Jens Stoltenberg spoke to U.S. officials in Brussels.");
    assert!(has(&found, "NATO", Organization), "{found:?}");
    assert!(has(&found, "Jens Stoltenberg", Person), "{found:?}");
    assert!(has(&found, "U.S.", Location), "{found:?}");
}

#[test]
fn a_surname_alone_and_a_shouted_headline_follow_the_document() {
    let found = names(
        "STOLTENBERG WARNS IRAQ\nJens Stoltenberg spoke in Baghdad. Iraq's parliament voted. \
         Stoltenberg left.",
    );
    for (surface, kind) in [
        ("STOLTENBERG", Person),
        ("Jens Stoltenberg", Person),
        ("Stoltenberg", Person),
        ("IRAQ", Location),
    ] {
        assert!(has(&found, surface, kind), "{surface}: {found:?}");
    }
    assert!(!found
        .iter()
        .any(|(s, k)| s.ends_with("TENBERG") && *k != Person));
}

#[test]
fn the_embedded_model_has_its_lexicon() {
    let model = ner::model();
    assert!(model.lexicon.len() > 10_000);
    assert!((10..=24).contains(&model.bits));
}

#[test]
fn a_truncated_model_file_is_refused() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/models/ner.bin")).unwrap();
    assert!(Model::parse(&bytes[..bytes.len() - 1]).is_err());
    assert!(Model::parse(b"not a model").is_err());
}

/// A tiny CoNLL corpus: people are introduced by `Mr.`, places by `in`.
fn corpus(names: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (person, place)) in names.iter().enumerate() {
        if i % 3 == 0 {
            out.push_str("-DOCSTART- -X- -X- O\n\n");
        }
        out.push_str(&format!(
            "Mr. x x O\n{person} x x I-PER\nsaid x x O\nit x x O\nrained x x O\n\
             in x x O\n{place} x x I-LOC\n. x x O\n\n"
        ));
    }
    out
}

const TRAIN: &[(&str, &str)] = &[
    ("Abel", "Oslo"),
    ("Bruno", "Lima"),
    ("Carla", "Quito"),
    ("Dmitri", "Riga"),
    ("Elena", "Sofia"),
    ("Farid", "Tunis"),
];

fn train_tiny() -> Vec<u8> {
    let docs = train::read_conll(&corpus(TRAIN));
    let dev = train::read_conll(&corpus(&[("Gita", "Accra")]));
    let options = train::Options {
        bits: 12,
        epochs: 4,
        hide_names: true,
        order_salt: 0,
    };
    train::train(
        &docs,
        &dev,
        train::build_lexicon(None, None).unwrap(),
        &options,
    )
}

#[test]
fn training_learns_from_context_and_is_deterministic() {
    let bytes = train_tiny();
    assert_eq!(bytes, train_tiny());
    let model = Model::parse(&bytes).unwrap();
    let sentence = vec!["Mr.", "Hugo", "said", "it", "rained", "in", "Lagos", "."];
    let labels = model.tag_document(&[sentence]);
    let spans = ner::spans(&labels[0]);
    assert_eq!(spans, [(1..2, Person), (6..7, Location)]);
}

#[test]
fn conll_reading_converts_iob1_to_iob2() {
    let docs = train::read_conll("a x x I-ORG\nb x x I-ORG\nc x x B-ORG\nd x x O\n");
    let labels = &docs[0][0].labels;
    assert_eq!(
        ner::spans(labels),
        [(0..2, Organization), (2..3, Organization)]
    );
}
