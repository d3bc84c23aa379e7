//! The reference article: its 12 direct quotations and their speakers,
//! with the entity list a tagger would give.

mod quotes_common;

use newsmark::adapters::plain;
use newsmark::quotes;
use quotes_common::{entities, found, LOC, ORG, PER};

#[test]
fn finds_all_twelve_quotations_with_their_speakers() {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/articles/reference.txt"
    ))
    .unwrap();
    let doc = plain::parse(&source).doc;
    let text = &doc.text;
    let ents = entities(
        text,
        &[
            ("NATO", ORG, "NATO"),
            ("U.S.", LOC, "U.S."),
            ("Brussels", LOC, "Brussels"),
            ("Middle East", LOC, "Middle East"),
            ("Qassem Soleimani", PER, "Qassem Soleimani"),
            ("Soleimani", PER, "Qassem Soleimani"),
            ("Jens Stoltenberg", PER, "Jens Stoltenberg"),
            ("Stoltenberg", PER, "Jens Stoltenberg"),
            ("Iran", LOC, "Iran"),
            ("Pentagon", ORG, "Pentagon"),
            ("Iraq", LOC, "Iraq"),
            ("United States", LOC, "United States"),
            ("U.N. Security Council", ORG, "U.N. Security Council"),
            ("Security Council", ORG, "U.N. Security Council"),
            ("Associated Press", ORG, "Associated Press"),
            (
                "Mohammed Hussein Bahr Aluloom",
                PER,
                "Mohammed Hussein Bahr Aluloom",
            ),
            ("Antonio Guterres", PER, "Antonio Guterres"),
            ("Trump", PER, "Trump"),
            ("U.N.", ORG, "U.N."),
        ],
    );
    let got = found(text, &quotes::find(text, &ents));
    let want: &[(&str, &str, &str)] = &[
        (
            "“a U.S. decision.”",
            "NATO’s secretary general",
            "Jens Stoltenberg",
        ),
        (
            "“a new conflict would be in no one’s interest.”",
            "Jens Stoltenberg",
            "Jens Stoltenberg",
        ),
        (
            "“provided the rationale behind the action against General Soleimani”",
            "Stoltenberg",
            "Jens Stoltenberg",
        ),
        (
            "“We had several briefers",
            "Stoltenberg",
            "Jens Stoltenberg",
        ),
        (
            "“a call for restraint and de-escalation”",
            "he",
            "Jens Stoltenberg",
        ),
        (
            "“Iran must refrain from further violence and provocations,”",
            "he",
            "Jens Stoltenberg",
        ),
        (
            "“this will not help to deescalate, it will actually do the opposite.”",
            "He",
            "Jens Stoltenberg",
        ),
        (
            "“a flagrant violation of Iraqi sovereignty”",
            "Iraq",
            "Iraq",
        ),
        (
            "“a blatant attack on the dignity of the country.”",
            "Iraq",
            "Iraq",
        ),
        (
            "“those who have committed such violations.”",
            "He",
            "Mohammed Hussein Bahr Aluloom",
        ),
        (
            "“at their highest level this century.”",
            "Guterres",
            "Antonio Guterres",
        ),
        (
            "“cauldron of tensions",
            "The U.N. chief",
            "Antonio Guterres",
        ),
    ];
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for (g, w) in got.iter().zip(want) {
        assert!(
            g.quote.starts_with(w.0),
            "quote {:?} is not {:?}",
            g.quote,
            w.0
        );
        assert!(
            g.mention.contains(w.1),
            "mention {:?} of {:?} lacks {:?}",
            g.mention,
            w.0,
            w.1
        );
        assert_eq!(g.name, w.2, "speaker of {:?}", w.0);
    }
}
