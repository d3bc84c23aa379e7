//! Role nouns, demonyms, descriptions and organisation nouns as speakers
//! (resolve.rs): `the president`, `the Frenchman`, `the 38-year-old`,
//! `the company` name the person or organisation mentioned just before,
//! not the last one who spoke; plural subjects name nobody.

mod quotes_common;

use newsmark::annotations::EntityType;
use quotes_common::{entities, run, speakers, Found, ORG, PER};

const MISC: EntityType = EntityType::Misc;

/// Someone else speaks first, so that a fallback to the last speaker
/// shows as a wrong name.
const EARLIER: &str = "“We will win,” Tom Hale said on Monday.\n";

/// The quotes of `EARLIER` followed by `text`, with Tom Hale and the
/// entities in `others` tagged.
fn after_earlier(text: &str, others: &[(&str, EntityType, &str)]) -> Vec<Found> {
    let text = format!("{EARLIER}{text}");
    let mut names = vec![("Tom Hale", PER, "Tom Hale")];
    names.extend_from_slice(others);
    let got = run(&text, &entities(&text, &names));
    assert_eq!(got.len(), 2, "{got:#?}");
    got
}

#[test]
fn a_role_noun_names_the_person_mentioned_just_before() {
    for (text, person, mention) in [
        (
            "Emmanuel Macron met union leaders on Tuesday. “We will not give in,” the president told reporters.",
            "Emmanuel Macron",
            "the president",
        ),
        (
            "Olaf Scholz spoke in Berlin. “This is a mistake,” the former chancellor said.",
            "Olaf Scholz",
            "the former chancellor",
        ),
        (
            "Harry Kane scored twice. “It was a special night,” the forward said.",
            "Harry Kane",
            "the forward",
        ),
    ] {
        let got = after_earlier(text, &[(person, PER, person)]);
        assert_eq!(got[1].mention, mention, "{text}");
        assert_eq!(got[1].name, person, "{text}");
    }
}

#[test]
fn a_demonym_names_the_person_mentioned_just_before() {
    for (text, person, demonym) in [
        (
            "Kylian Mbappe scored twice. “It was a special night,” the Frenchman said.",
            "Kylian Mbappe",
            "Frenchman",
        ),
        (
            "Rafael Nadal lost in Paris. “I am tired,” the Spaniard said.",
            "Rafael Nadal",
            "Spaniard",
        ),
        (
            "Andy Murray lost in Paris. “I am tired,” the Briton said.",
            "Andy Murray",
            "Briton",
        ),
    ] {
        let got = after_earlier(text, &[(person, PER, person), (demonym, MISC, demonym)]);
        assert_eq!(got[1].mention, format!("the {demonym}"), "{text}");
        assert_eq!(got[1].name, person, "{text}");
    }
}

/// A guard: names as today.
#[test]
fn a_plural_name_or_an_acronym_after_the_is_no_demonym() {
    for (body, tag) in [("Whigs", MISC), ("RNC", MISC)] {
        let text = format!("Joe Biden spoke. “We stand for growth,” the {body} said.");
        let got = after_earlier(&text, &[("Joe Biden", PER, "Joe Biden"), (body, tag, body)]);
        assert_ne!(got[1].name, "Joe Biden", "{text}");
    }
}

#[test]
fn a_description_names_the_person_mentioned_just_before() {
    for (text, person) in [
        (
            "Novak Djokovic won again. “I feel great,” the 38-year-old said.",
            "Novak Djokovic",
        ),
        (
            "Serena Williams retired. “It is time,” the 23-time champion said.",
            "Serena Williams",
        ),
        (
            "Venus Williams won. “It is time,” the two-time winner said.",
            "Venus Williams",
        ),
        (
            "Andy Murray retired. “It is time,” the former world No. 1 said.",
            "Andy Murray",
        ),
        (
            "Tom Brady returned. “I love it,” the veteran said.",
            "Tom Brady",
        ),
        (
            "Jannik Sinner won. “I love it,” the newcomer told reporters.",
            "Jannik Sinner",
        ),
    ] {
        let got = after_earlier(text, &[(person, PER, person)]);
        assert_eq!(got[1].name, person, "{text}");
    }
}

#[test]
fn a_gendered_role_skips_a_person_of_the_other_gender() {
    let text =
        "John Smith met Maria Lopez in Madrid. “It was a good meeting,” the chairwoman said.";
    let got = after_earlier(
        text,
        &[
            ("John Smith", PER, "John Smith"),
            ("Maria Lopez", PER, "Maria Lopez"),
        ],
    );
    assert_eq!(got[1].name, "Maria Lopez");
}

#[test]
fn someones_role_is_not_the_owner_nor_the_last_speaker() {
    for text in [
        "“He is tired,” his wife said.",
        "Jim Ruiz spoke. “He is tired,” Jim Ruiz’s campaign manager said.",
    ] {
        let got = after_earlier(text, &[("Jim Ruiz", PER, "Jim Ruiz")]);
        assert_eq!(got[1].name, got[1].mention, "{text}");
    }
}

#[test]
fn someones_thing_speaks_for_the_owner() {
    let got = after_earlier(
        "Trey Gowdy spoke on Tuesday. “The report is done,” Gowdy’s office said.",
        &[("Trey Gowdy", PER, "Trey Gowdy")],
    );
    assert_eq!(got[1].mention, "Gowdy’s office");
    assert_eq!(got[1].name, "Trey Gowdy");
}

#[test]
fn an_organisation_noun_names_the_organisation_mentioned_just_before() {
    for (text, org, mention) in [
        (
            "Nvidia reported earnings on Wednesday. “Demand is strong,” the company said.",
            "Nvidia",
            "the company",
        ),
        (
            "Manchester United sacked its manager. “We thank him,” the club said.",
            "Manchester United",
            "the club",
        ),
    ] {
        let got = after_earlier(text, &[(org, ORG, org)]);
        assert_eq!(got[1].mention, mention, "{text}");
        assert_eq!(got[1].name, org, "{text}");
    }
}

#[test]
fn an_organisation_noun_never_names_a_person() {
    let got = after_earlier("“We thank him,” the club said.", &[]);
    assert_eq!(got[1].name, "the club");
}

#[test]
fn a_plural_subject_ends_before_its_verb_and_names_nobody_earlier() {
    let got = after_earlier("Some investors worry about an “AI bubble”.", &[]);
    assert_eq!(got[1].mention, "Some investors");
    assert_eq!(got[1].name, "Some investors");
}

#[test]
fn a_role_tied_to_a_name_still_beats_a_nearer_mention() {
    // A guard for the nearest-mention step: `columnist Ai Jun` ties the
    // role to Ai Jun; Trump, who opens the quotation's sentence, is what
    // the columnist writes about.
    let text = "“Many of his ideas are far from heartwarming,” columnist Ai Jun wrote.\nBut Trump has one thing in common with voters, the columnist suggested: “His winning streak is solid proof.”";
    let got = run(
        text,
        &entities(
            text,
            &[("Ai Jun", PER, "Ai Jun"), ("Trump", PER, "Donald Trump")],
        ),
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Ai Jun");
}

/// A vice office is another person's: `the president` is not the vice
/// president tied just before, and `the vice president` not the president.
#[test]
fn a_vice_office_and_the_office_name_different_people() {
    let ties = "President Ana Ruiz spoke first. Vice President Tom Hale followed her.";
    for (role, person) in [
        ("the president", "Ana Ruiz"),
        ("the vice president", "Tom Hale"),
    ] {
        let text = format!("{ties} “We will win,” {role} said.");
        let names = [("Ana Ruiz", PER, "Ana Ruiz"), ("Tom Hale", PER, "Tom Hale")];
        let got = run(&text, &entities(&text, &names));
        assert_eq!(got[0].mention, role, "{got:#?}");
        assert_eq!(got[0].name, person, "{got:#?}");
    }
}

/// A role written in capitals (`the CEO`, `the Governor`) is a role like
/// `the senator`, not the name `CEO`.
#[test]
fn a_capitalised_role_names_the_person_mentioned_just_before() {
    for (text, person, role) in [
        (
            "Mary Barra spoke to investors. “We are on track,” the CEO said.",
            "Mary Barra",
            "the CEO",
        ),
        (
            "Kathy Hochul signed the bill. “This is a great day,” the Governor said.",
            "Kathy Hochul",
            "the Governor",
        ),
    ] {
        let got = after_earlier(text, &[(person, PER, person)]);
        assert_eq!(got[1].mention, role, "{text}");
        assert_eq!(got[1].name, person, "{text}");
    }
}

#[test]
fn the_statement_speaks_for_whoever_issued_it() {
    let text = "The airline, Skyward, said in a statement that it regretted the delays. \
                “Passengers will be refunded in full,” the statement said.";
    let got = run(text, &entities(text, &[("Skyward", ORG, "Skyward")]));
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "the statement");
    assert_eq!(got[0].name, "Skyward");
}

#[test]
fn a_document_only_talked_about_has_no_issuer() {
    let text = "According to the Daily Ledger, an email was sent to every member of staff \
                on Friday. “The office will close in June,” the email said.";
    let got = run(
        text,
        &entities(text, &[("Daily Ledger", ORG, "Daily Ledger")]),
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "the email", "not the paper that reported it");
}

/// A headline's bare title (`Judge says …`) is the person the story later
/// gives that title; a party word that is also a title is not.
#[test]
fn a_headline_title_names_the_person_the_story_gives_that_title() {
    let text = "Judge says council “deliberately misled” residents\nJudge Ana Ruiz said on Friday that the council had hidden the report.";
    let got = run(text, &entities(text, &[("Ana Ruiz", PER, "Ana Ruiz")]));
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "Judge");
    assert_eq!(got[0].name, "Ana Ruiz");
    let text = "Republican says plan is “a disaster”\nRepublican Sen. Tom Hale spoke on Friday.";
    let got = run(
        text,
        &entities(
            text,
            &[
                ("Republican", MISC, "Republican"),
                ("Tom Hale", PER, "Tom Hale"),
            ],
        ),
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_ne!(got[0].name, "Tom Hale");
}

/// Session 21: an office yet to be taken up (`the mayor-elect`) is its
/// office's role: the person mentioned just before, not the last speaker;
/// and `the president-elect` is not the sitting `President Obama`.
#[test]
fn an_elect_office_is_the_person_mentioned_just_before() {
    let text = "Late in the evening, Elena Ortega returned to the stage. \
                “I will be the mayor for everyone,” the mayor-elect said.";
    let got = after_earlier(text, &[("Elena Ortega", PER, "Elena Ortega")]);
    assert_eq!(got[1].mention, "the mayor-elect");
    assert_eq!(got[1].name, "Elena Ortega");
    let text = "President-elect Donald Trump met President Barack Obama. \
                “We talked for an hour,” the president-elect said.";
    let got = after_earlier(
        text,
        &[
            ("Donald Trump", PER, "Donald Trump"),
            ("Barack Obama", PER, "Barack Obama"),
        ],
    );
    assert_eq!(got[1].name, "Donald Trump");
}

/// Session 21: a name after a preposition opening its sentence (`After
/// Question Time, the Prime Minister doubled down …`) has no appositive:
/// the clause after its comma ties it to no role.
#[test]
fn a_name_in_an_introduction_takes_no_role_from_the_clause_after_it() {
    let text = "After Question Time, the Prime Minister doubled down at a press conference. \
                Mr Albanese was asked about the budget. \
                “We will decide in the budget,” the Prime Minister said.";
    let got = after_earlier(text, &[("Albanese", PER, "Anthony Albanese")]);
    assert_eq!(got[1].name, "Anthony Albanese");
}

/// Session 21: the titles before a role's head name the office (`the
/// Prime Minister`), which a tie must hold: `The shadow energy minister,
/// Dan Tehan,` is no prime minister.
#[test]
fn a_role_is_tied_only_to_a_name_holding_its_office() {
    let text = "The shadow energy minister, Dan Tehan, said families were worse off. \
                Mr Albanese was asked about the budget. \
                “We will decide in the budget,” the Prime Minister said.";
    let got = after_earlier(
        text,
        &[
            ("Dan Tehan", PER, "Dan Tehan"),
            ("Albanese", PER, "Anthony Albanese"),
        ],
    );
    assert_eq!(got[1].name, "Anthony Albanese");
}

/// Session 21: a capitalised role with a name among its words (`the
/// Opposition Leader`) is the person the text gave that whole office
/// (`Opposition Leader Sussan Ley`, or `The Leader of the Opposition, R.
/// Ashwath Gowda,`), even after another leader, rather than the name
/// `Opposition`; with no one given it, it stays a name (`The New Hampshire
/// Union Leader`, a newspaper).
#[test]
fn a_capitalised_role_with_a_name_in_it_is_the_person_given_that_office() {
    for (intro, person) in [
        (
            "Opposition Leader Sussan Ley asked the first question.",
            "Sussan Ley",
        ),
        (
            "The Leader of the Opposition, Sussan Ley, asked the first question.",
            "Sussan Ley",
        ),
    ] {
        let text = format!(
            "{intro} The Greens leader, Larissa Waters, blamed gas exporters. \
             “He can talk about the past,” the Opposition Leader said."
        );
        let got = after_earlier(
            &text,
            &[
                ("Sussan Ley", PER, "Sussan Ley"),
                ("Larissa Waters", PER, "Larissa Waters"),
                ("Opposition", ORG, "Opposition"),
                ("Greens", ORG, "Greens"),
            ],
        );
        assert_eq!(got[1].name, person, "{text}");
    }
    let text = "Marco Rubio campaigned in Manchester. \
                “He was rocked,” The New Hampshire Union Leader said.";
    let got = after_earlier(
        text,
        &[
            ("Marco Rubio", PER, "Marco Rubio"),
            ("New Hampshire Union", ORG, "New Hampshire Union"),
        ],
    );
    assert_eq!(got[1].name, "New Hampshire Union");
}

/// Session 21: `the utility` stands for the organisation named before it,
/// and `the designer` for the person, as `the company` and `the forward`
/// do, not for the last one who spoke.
#[test]
fn a_utility_and_a_designer_name_who_was_mentioned_just_before() {
    let text = "Nashville Electric Service said 45,000 customers had no power. \
                “Crews cannot reach the lines,” the utility said.";
    let got = after_earlier(
        text,
        &[(
            "Nashville Electric Service",
            ORG,
            "Nashville Electric Service",
        )],
    );
    assert_eq!(got[1].name, "Nashville Electric Service");
    let text = "Asked about next season, Anouk Delacroix shrugged. \
                “Next time, maybe snow,” the designer said.";
    let got = after_earlier(text, &[("Anouk Delacroix", PER, "Anouk Delacroix")]);
    assert_eq!(got[1].name, "Anouk Delacroix");
}

#[test]
fn a_role_two_people_hold_is_the_one_mentioned_last() {
    let text = "Ireland head coach Andy Farrell said his side switched off.\n\n\
                France head coach Fabien Galthie praised his side. “We were patient,” \
                Galthie said.\n\nFarrell confirmed that Sheehan would miss the next game. \
                “Dan is fine, but he'll follow the protocols,” the coach said.";
    let got = speakers(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "the coach");
    assert_eq!(got[1].1, "Andy Farrell");
}

#[test]
fn a_rugby_position_is_a_role_of_the_player_named_before() {
    let text = "France head coach Fabien Galthie praised his side. “We were patient,” \
                Galthie said.\n\nThe France captain, Antoine Dupont, was named player of the \
                match. “Dublin is never easy,” the scrum-half said.";
    let got = speakers(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, "Antoine Dupont", "{got:?}");
}

#[test]
fn a_body_keeps_its_place_in_a_role_phrase() {
    let text = "“We are full,” Denise Okafor said.\n\nA spokesperson for NHS England in the \
                Midlands said the region had opened 120 extra beds. “Demand is exceptionally \
                high,” the spokesperson said.";
    let got = speakers(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[1].1, "A spokesperson for NHS England in the Midlands",
        "{got:?}"
    );
}
