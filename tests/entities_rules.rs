//! The entity tagger on sentences of our own: types, spans, canonical names
//! and dates, through the public `entities::tag`.

use newsmark::annotations::EntityType;
use newsmark::entities;
use EntityType::{Date, Location, Misc, Organization, Person, Time};

fn tagged(text: &str) -> Vec<(&str, EntityType, String)> {
    entities::tag(text)
        .into_iter()
        .map(|e| (e.span.of(text), e.kind, e.canonical))
        .collect()
}

fn kinds(text: &str) -> Vec<(&str, EntityType)> {
    tagged(text).into_iter().map(|(s, k, _)| (s, k)).collect()
}

#[test]
fn acronyms_take_the_expansion_the_document_gives() {
    let text = "The World Meteorological Organization (WMO) warned on Tuesday. WMO experts agreed.";
    let found = tagged(text);
    let wmo: Vec<_> = found.iter().filter(|(s, _, _)| *s == "WMO").collect();
    assert_eq!(wmo.len(), 2, "{found:?}");
    assert!(wmo
        .iter()
        .all(|(_, _, c)| c == "World Meteorological Organization"));
}

#[test]
fn surnames_resolve_to_the_full_name_everywhere() {
    let text =
        "Kowalczyk won.\nPrime Minister Marta Kowalczyk spoke in Warsaw. Kowalczyk’s party lost.";
    let found = tagged(text);
    let people: Vec<_> = found.iter().filter(|(_, k, _)| *k == Person).collect();
    assert_eq!(people.len(), 3, "{found:?}");
    assert!(people.iter().all(|(_, _, c)| c == "Marta Kowalczyk"));
    assert!(found.contains(&("Warsaw", Location, "Warsaw".to_string())));
}

#[test]
fn titles_and_roles_are_left_out_of_names() {
    assert_eq!(
        kinds("German Chancellor Olaf Scholz met Sen. Ted Cruz and the ambassador, Li Wei."),
        [
            ("German", Misc),
            ("Olaf Scholz", Person),
            ("Ted Cruz", Person),
            ("Li Wei", Person)
        ]
    );
}

#[test]
fn dates_times_and_relative_dates() {
    assert_eq!(
        kinds("On 7 January 2020 at 5:30 p.m. and again last week, since 2019."),
        [
            ("7 January 2020", Date),
            ("5:30 p.m.", Time),
            ("last week", Date),
            ("2019", Date)
        ]
    );
}

#[test]
fn headlines_do_not_make_names_of_shouted_words() {
    assert_eq!(
        kinds("BRUSSELS SUMMIT ENDS IN DEADLOCK\nLeaders met in Brussels."),
        [("BRUSSELS", Location), ("Brussels", Location)]
    );
}

#[test]
fn organisations_by_head_word_and_follower() {
    assert_eq!(
        kinds("The Zembla Football Association sued the Obama administration and Acme Inc."),
        [
            ("Zembla Football Association", Organization),
            ("Obama administration", Organization),
            ("Acme Inc.", Organization)
        ]
    );
}

#[test]
fn text_without_names_has_none() {
    assert_eq!(kinds("However, nobody came. Asked why, they left."), []);
    assert_eq!(kinds(""), []);
}

#[test]
fn a_person_starts_after_an_unpunctuated_title() {
    // British style writes `Ms`, `Mr`, `Dr` without a period.
    let text = "Dr Sarah Jones, a health expert, said the figures were worrying. Ms Jones added that hospitals were under pressure.";
    let found = tagged(text);
    let people: Vec<_> = found.iter().filter(|(_, k, _)| *k == Person).collect();
    assert!(!people.is_empty(), "{found:?}");
    for (span, _, canonical) in people {
        assert!(!span.starts_with(['D', 'M']), "{found:?}");
        assert_eq!(canonical, "Sarah Jones", "{found:?}");
    }
}

#[test]
fn party_labels_are_no_names() {
    let text = "Sen. Chuck Schumer (D-N.Y.) disagreed, as did Sen. Tim Kaine, D-Va., and Rep. Chip Roy, R-Texas.";
    let found = kinds(text);
    assert_eq!(
        found,
        [
            ("Chuck Schumer", Person),
            ("Tim Kaine", Person),
            ("Chip Roy", Person)
        ],
        "{found:?}"
    );
}
