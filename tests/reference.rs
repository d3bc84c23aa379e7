//! The reference article end to end, through the same path as
//! `newsmark annotate` with no file: every quotation with its speaker, the
//! main entities with their types, the six scraping leftovers and nothing
//! else as boilerplate.

use newsmark::adapters::plain;
use newsmark::pipeline::{self, Options};
use newsmark::report::{Coordinates, Report};

fn reference_report() -> Report {
    let text = newsmark::REFERENCE_ARTICLE;
    let parsed = plain::parse(text);
    let annotations = pipeline::annotate(&parsed.doc, &Options::default());
    let coords = Coordinates::Original {
        original: text,
        starts: &parsed.line_starts,
    };
    Report::new(&parsed.doc, &annotations, &coords)
}

/// (start of the quotation's words, resolved speaker)
const QUOTES: [(&str, &str); 12] = [
    ("a U.S. decision", "Jens Stoltenberg"),
    ("a new conflict would be", "Jens Stoltenberg"),
    ("provided the rationale", "Jens Stoltenberg"),
    ("We had several briefers", "Jens Stoltenberg"),
    ("a call for restraint", "Jens Stoltenberg"),
    ("Iran must refrain", "Jens Stoltenberg"),
    ("this will not help", "Jens Stoltenberg"),
    ("a flagrant violation", "Iraq"),
    ("a blatant attack", "Iraq"),
    ("those who have committed", "Mohammed Hussein Bahr Aluloom"),
    ("at their highest level", "Antonio Guterres"),
    ("cauldron of tensions", "Antonio Guterres"),
];

#[test]
fn finds_every_quotation_with_its_speaker() {
    let report = reference_report();
    let found: Vec<(String, Option<String>)> = report
        .quotes
        .iter()
        .map(|q| (q.text.clone(), q.speaker_name.clone()))
        .collect();
    assert_eq!(report.quotes.len(), QUOTES.len(), "{found:#?}");
    for ((text, speaker), (words, expected)) in found.iter().zip(QUOTES) {
        assert!(
            text[3..].starts_with(words),
            "{text:?} should start with {words:?}"
        );
        assert_eq!(speaker.as_deref(), Some(expected), "speaker of {text:?}");
    }
}

#[test]
fn quotation_offsets_point_at_the_quotation_in_the_file() {
    let report = reference_report();
    let chars: Vec<char> = newsmark::REFERENCE_ARTICLE.chars().collect();
    for q in &report.quotes {
        let slice: String = chars[q.start..q.end].iter().collect();
        assert_eq!(slice, q.text);
        assert!(slice.starts_with('“') && slice.ends_with('”'), "{slice}");
        if let (Some(s), Some(e), Some(t)) = (q.speaker_start, q.speaker_end, &q.speaker_text) {
            assert_eq!(&chars[s..e].iter().collect::<String>(), t);
        }
    }
}

#[test]
fn finds_the_main_entities_with_their_types() {
    let report = reference_report();
    let has = |text: &str, kind: &str| {
        report
            .entities
            .iter()
            .any(|e| e.text == text && e.kind.label() == kind)
    };
    for (text, kind) in [
        ("NATO", "ORG"),
        ("Jens Stoltenberg", "PER"),
        ("Brussels", "LOC"),
        ("Qassem Soleimani", "PER"),
        ("Iraq", "LOC"),
        ("Pentagon", "ORG"),
        ("Antonio Guterres", "PER"),
        ("Mohammed Hussein Bahr Aluloom", "PER"),
        ("Associated Press", "ORG"),
        ("Iranian", "MISC"),
        ("Monday", "DATE"),
    ] {
        assert!(has(text, kind), "{text} as {kind}");
    }
    let mut stoltenberg = report.entities.iter().filter(|e| e.text == "Stoltenberg");
    assert!(stoltenberg.clone().count() >= 3);
    assert!(stoltenberg.all(|e| e.canonical == "Jens Stoltenberg" && e.kind.label() == "PER"));
}

#[test]
fn flags_the_six_leftovers_and_no_paragraph() {
    let report = reference_report();
    let flagged: Vec<&str> = report.boilerplate.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(flagged.len(), 6, "{flagged:#?}");
    for start in [
        "Jan. 7, 202005:00",
        "Let our news",
        "Jan. 7, 202002:59",
        "We're not around",
        "Log in with",
        "Forgot your",
    ] {
        assert!(
            flagged.iter().any(|f| f.starts_with(start)),
            "{start} not flagged: {flagged:#?}"
        );
    }
    assert!(report.article.contains("Associated Press contributed."));
    assert!(!report.article.contains("Log in with"));
}
