//! Acceptance on the reference article: the entities a reader expects, with
//! their types and canonical names, and none of the usual false alarms.

use newsmark::adapters::plain;
use newsmark::annotations::{Entity, EntityType};
use newsmark::entities;
use EntityType::{Date, Location, Misc, Organization, Person};

fn reference() -> (String, Vec<Entity>) {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/articles/reference.txt"
    ))
    .expect("reference article");
    let doc = plain::parse(&source).doc;
    let found = entities::tag(&doc.text);
    (doc.text, found)
}

/// The (text, type, canonical) of every mention.
fn mentions() -> Vec<(String, EntityType, String)> {
    let (text, found) = reference();
    found
        .into_iter()
        .map(|e| (e.span.of(&text).to_string(), e.kind, e.canonical))
        .collect()
}

fn has(
    mentions: &[(String, EntityType, String)],
    surface: &str,
    kind: EntityType,
    canonical: &str,
) -> bool {
    mentions
        .iter()
        .any(|(s, k, c)| s == surface && *k == kind && c == canonical)
}

#[test]
fn expected_entities_are_found_with_types_and_canonicals() {
    let m = mentions();
    let expected = [
        ("NATO", Organization, "NATO"),
        ("Jens Stoltenberg", Person, "Jens Stoltenberg"),
        ("Stoltenberg", Person, "Jens Stoltenberg"),
        ("Brussels", Location, "Brussels"),
        ("Qassem Soleimani", Person, "Qassem Soleimani"),
        ("Soleimani", Person, "Qassem Soleimani"),
        ("Iraq", Location, "Iraq"),
        ("Pentagon", Organization, "Pentagon"),
        (
            "U.N. Security Council",
            Organization,
            "U.N. Security Council",
        ),
        ("Security Council", Organization, "U.N. Security Council"),
        ("Antonio Guterres", Person, "Antonio Guterres"),
        (
            "Mohammed Hussein Bahr Aluloom",
            Person,
            "Mohammed Hussein Bahr Aluloom",
        ),
        ("Associated Press", Organization, "Associated Press"),
        ("Trump administration", Organization, "Trump administration"),
        ("Iranian", Misc, "Iranian"),
        ("Iraqi", Misc, "Iraqi"),
        ("Article 5", Misc, "Article 5"),
        ("United States", Location, "United States"),
        ("U.S.", Location, "United States"),
        ("Middle East", Location, "Middle East"),
        ("Monday", Date, "Monday"),
        ("Jan. 7, 2020", Date, "Jan. 7, 2020"),
    ];
    for (surface, kind, canonical) in expected {
        assert!(
            has(&m, surface, kind, canonical),
            "missing {surface} {kind:?} → {canonical}; got {m:?}"
        );
    }
}

#[test]
fn possessives_stay_out_of_spans() {
    let m = mentions();
    assert!(
        m.iter()
            .all(|(s, _, _)| !s.ends_with("’s") && !s.ends_with("'s")),
        "{m:?}"
    );
    // `Soleimani’s death` and `NATO’s forces` still count as mentions.
    let (text, found) = reference();
    let soleimani = text.find("of Soleimani’s").unwrap() + "of ".len();
    assert!(found
        .iter()
        .any(|e| e.span.start == soleimani && e.span.of(&text) == "Soleimani"));
}

#[test]
fn no_obvious_false_positives() {
    let m = mentions();
    let names: Vec<&str> = m.iter().map(|(s, _, _)| s.as_str()).collect();
    for wrong in [
        "The", "Speaking", "Asked", "Any", "He", "But", "Let", "No", "We", "Log", "Forgot",
        "General", "Gen.", "State",
    ] {
        assert!(
            !names
                .iter()
                .any(|n| n.split_whitespace().next() == Some(wrong)),
            "{wrong} tagged in {names:?}"
        );
    }
    // Titles are not part of person names.
    assert!(!names
        .iter()
        .any(|n| n.contains("Secretary-General") || n.starts_with("General ")));
}

#[test]
fn mentions_are_in_order_and_disjoint() {
    let (_, found) = reference();
    assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start));
}
