//! The reference article: its 12 direct quotations and their speakers,
//! with the entity list a tagger would give and with none; and a reworded
//! story with other names, roles and countries that the same rules handle.

mod quotes_common;

use newsmark::adapters::plain;
use newsmark::annotations::Entity;
use newsmark::quotes;
use quotes_common::{entities, found, LOC, ORG, PER};

/// The reference article's quotations: (start of the quote, words in the
/// mention, resolved speaker).
const REFERENCE_QUOTES: &[(&str, &str, &str)] = &[
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

fn reference_text() -> String {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/articles/reference.txt"
    ))
    .unwrap();
    plain::parse(&source).doc.text
}

#[test]
fn finds_all_twelve_quotations_with_their_speakers() {
    let text = &reference_text();
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
    check(text, &ents, REFERENCE_QUOTES);
}

#[test]
fn finds_them_without_entities_too() {
    // The CLI path until a tagger lands: names come from the rules alone.
    check(&reference_text(), &[], REFERENCE_QUOTES);
}

#[test]
fn a_reworded_story_with_other_names_and_roles() {
    let text = [
        "The WHO’s director general warned governments on Tuesday about a new wave of infections, saying the risk was “very high.”",
        "Lena Okafor urged calm after the meeting in Geneva, adding that “panic helps no one.”",
        "Okafor said member states had shared data and “agreed on the next steps” during the session.",
        "“We heard from experts from every region and they agreed on what must be done,” Okafor said.",
        "The health chief was pressed by reporters about travel bans. But she gave no clear answer, saying that “a coordinated response” was needed.",
        "“Borders alone will not stop this,” she added.",
        "Brazil has criticized the plan as “an overreaction.”",
        "Brazil’s health minister, Paulo Ribeiro Santos, wrote to the agency on Wednesday, the newspaper reported.",
        "He asked the agency to reconsider “the most severe measures.”",
        "E.U. Commissioner Anna Weber warned that supply chains were “under enormous strain.”",
        "The E.U. official added that “every week counts.”",
    ]
    .join("\n\n");
    let want: &[(&str, &str, &str)] = &[
        ("“very high.”", "The WHO’s director general", "Lena Okafor"),
        ("“panic helps no one.”", "Lena Okafor", "Lena Okafor"),
        ("“agreed on the next steps”", "Okafor", "Lena Okafor"),
        ("“We heard from experts", "Okafor", "Lena Okafor"),
        ("“a coordinated response”", "she", "Lena Okafor"),
        ("“Borders alone will not stop this,”", "she", "Lena Okafor"),
        ("“an overreaction.”", "Brazil", "Brazil"),
        ("“the most severe measures.”", "He", "Paulo Ribeiro Santos"),
        ("“under enormous strain.”", "Anna Weber", "Anna Weber"),
        ("“every week counts.”", "The E.U. official", "Anna Weber"),
    ];
    let ents = entities(
        &text,
        &[
            ("WHO", ORG, "WHO"),
            ("Lena Okafor", PER, "Lena Okafor"),
            ("Okafor", PER, "Lena Okafor"),
            ("Geneva", LOC, "Geneva"),
            ("Brazil", LOC, "Brazil"),
            ("Paulo Ribeiro Santos", PER, "Paulo Ribeiro Santos"),
            ("E.U.", ORG, "E.U."),
            ("Anna Weber", PER, "Anna Weber"),
        ],
    );
    check(&text, &ents, want);
    check(&text, &[], want);
}

/// The quotations `find` gives for `text` match `want`, in order.
fn check(text: &str, ents: &[Entity], want: &[(&str, &str, &str)]) {
    let got = found(text, &quotes::find(text, ents));
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
