//! Resolved speaker names (resolve.rs): which person or body a speaker
//! phrase names, on sentences written for these tests.

mod quotes_common;

use quotes_common::{entities, run, PER};

#[test]
fn a_name_phrase_names_its_last_person_not_the_one_it_works_for() {
    let text = "“We are confident,” Clinton campaign manager Robby Mook said on Monday.";
    let ents = entities(
        text,
        &[
            ("Clinton", PER, "Hillary Clinton"),
            ("Robby Mook", PER, "Robby Mook"),
        ],
    );
    let got = run(text, &ents);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "Clinton campaign manager Robby Mook");
    assert_eq!(got[0].name, "Robby Mook");
}

#[test]
fn a_party_label_after_a_name_is_not_the_person() {
    // The tagger may read the state in `(D-N.Y.)` as a person.
    let text = "“This is a disgrace,” said Sen. Chuck Schumer (D-N.Y.).";
    let ents = entities(
        text,
        &[
            ("Chuck Schumer", PER, "Chuck Schumer"),
            ("N.Y.", PER, "N.Y."),
        ],
    );
    let got = run(text, &ents);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Chuck Schumer");
}

#[test]
fn an_indefinite_speaker_is_someone_new_and_a_definite_one_is_not() {
    let named = "“We will win,” Sen. Tom Hale said on Monday.\n";
    let ents = |text: &str| entities(text, &[("Tom Hale", PER, "Tom Hale")]);
    for (next, name) in [
        ("“He is wrong,” a campaign aide said.", "a campaign aide"),
        ("“He is wrong,” one former aide said.", "one former aide"),
        ("“I am sure of it,” the senator said.", "Tom Hale"),
    ] {
        let text = format!("{named}{next}");
        let got = run(&text, &ents(&text));
        assert_eq!(got.len(), 2, "{got:#?}");
        assert_eq!(got[1].name, name, "{next}");
    }
}

#[test]
fn the_chief_of_a_body_is_the_person_tied_to_that_body() {
    let text = "“No member state should be left alone,” said Ursula von der Leyen, the president of the European Commission.\n“Let us look at the numbers first,” Mark Rutte said.\nAsked about the cap, the commission chief said: “I support whatever works.”";
    let ents = entities(
        text,
        &[
            ("Ursula von der Leyen", PER, "Ursula von der Leyen"),
            (
                "European Commission",
                quotes_common::ORG,
                "European Commission",
            ),
            ("Mark Rutte", PER, "Mark Rutte"),
        ],
    );
    let got = run(text, &ents);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[2].mention, "the commission chief");
    assert_eq!(got[2].name, "Ursula von der Leyen");
}

#[test]
fn a_role_named_between_commas_is_that_person() {
    let text = "“The rules are clear,” John Edwards said.\nIts director of policy, Rocio Concha, told the BBC: “Companies must be held to account.”";
    let ents = entities(
        text,
        &[
            ("John Edwards", PER, "John Edwards"),
            ("Rocio Concha", PER, "Rocio Concha"),
        ],
    );
    let got = run(text, &ents);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Rocio Concha");
    // A verb after the name makes it the next clause's subject.
    let text = "“The rules are clear,” John Edwards said.\nAccording to the pool reports, Obama said “there is love” in Orlando.";
    let ents = entities(
        text,
        &[
            ("John Edwards", PER, "John Edwards"),
            ("Obama", PER, "Barack Obama"),
        ],
    );
    let got = run(text, &ents);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_ne!(got[1].name, "Barack Obama", "{got:#?}");
}

#[test]
fn a_definite_role_points_back_to_the_phrase_that_brought_its_person_in() {
    let text = "“This was a serious failure,” John Edwards said.\nA Meta spokesperson said the company would appeal. “We disagree with the decision,” the spokesperson said.";
    let ents = entities(text, &[("John Edwards", PER, "John Edwards")]);
    let got = run(text, &ents);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].mention, "the spokesperson");
    assert_eq!(got[1].name, "A Meta spokesperson");
    // A preposition on the way brings in no one: `a candidate for
    // president` is not `the president`.
    let text = "“We will win,” Barack Obama said.\nHe spoke of a candidate for president. “It is a choice,” the president said.";
    let ents = entities(text, &[("Barack Obama", PER, "Barack Obama")]);
    let got = run(text, &ents);
    assert_eq!(got[1].name, "Barack Obama", "{got:#?}");
}
