//! Speaker conventions of British, European, sports, business and science
//! news that PolNeAR's US political copy rarely uses: appositive subjects
//! with a name hanging off them, foreign articles, sports and business
//! descriptions, organisations and places as speakers.

mod quotes_common;

use newsmark::annotations::EntityType;
use quotes_common::{entities, run, Found, LOC, ORG, PER};

/// The quotes `quotes::find` gives for `text` with `names` tagged.
fn with(text: &str, names: &[(&str, EntityType, &str)]) -> Vec<Found> {
    run(text, &entities(text, names))
}

#[test]
fn an_appositive_name_after_a_subject_with_a_name_hanging_off_it_speaks() {
    let text = "The lawyer for Smith, Michael Jones, said his client would appeal. \
                “That is not justice,” he said.";
    let got = with(
        text,
        &[
            ("Smith", PER, "Daniel Smith"),
            ("Michael Jones", PER, "Michael Jones"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "he");
    assert_eq!(got[0].name, "Michael Jones");
}

#[test]
fn an_analyst_at_a_bank_named_between_commas_speaks() {
    let text = "An analyst at Barclays, Jane Porter, said: “We would buy on weakness.”";
    let got = with(
        text,
        &[
            ("Barclays", ORG, "Barclays"),
            ("Jane Porter", PER, "Jane Porter"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Jane Porter");
}

#[test]
fn a_role_named_between_commas_with_a_title_is_that_person() {
    let text = "Dr Sarah Lee of Yale said the signal was clear. The lead author, \
                Professor Nikku Madhusudhan of the University of Cambridge, said more work \
                was needed. “We have to be careful,” the astronomer said.";
    let got = with(
        text,
        &[
            ("Sarah Lee", PER, "Sarah Lee"),
            ("Yale", ORG, "Yale"),
            ("Nikku Madhusudhan", PER, "Nikku Madhusudhan"),
            ("University of Cambridge", ORG, "University of Cambridge"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "the astronomer");
    assert_eq!(got[0].name, "Nikku Madhusudhan");
}

#[test]
fn a_club_boss_is_the_manager_mentioned_before() {
    let text = "Mikel Arteta praised Bukayo Saka after the win.\n\n\
                ‘He was outstanding,’ the Gunners boss said. ‘He made the difference.’";
    let got = with(
        text,
        &[
            ("Mikel Arteta", PER, "Mikel Arteta"),
            ("Bukayo Saka", PER, "Bukayo Saka"),
            ("Gunners", ORG, "Gunners"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    for f in &got {
        assert_eq!(f.mention, "the Gunners boss");
        assert_eq!(f.name, "Mikel Arteta");
    }
}

#[test]
fn a_foreign_article_before_a_lower_case_noun_is_no_name() {
    let text = "Emmanuel Macron spoke on Monday.\n\n“C’est fini,” La ministre said.";
    let got = with(
        text,
        &[
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("La", ORG, "La"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "La ministre");
    assert_ne!(got[0].name, "La");
}

#[test]
fn foreign_articles_inside_names_stay_names() {
    for (text, name) in [
        ("“Europe must wake up,” Le Monde wrote.", "Le Monde"),
        ("“Germany hesitates,” Der Spiegel reported.", "Der Spiegel"),
        ("“Spain is ready,” El País said.", "El País"),
        ("“We are ready to govern,” Le Pen said.", "Le Pen"),
        ("“We will win the league,” La Liga said.", "La Liga"),
        ("“France is back,” De Gaulle said.", "De Gaulle"),
    ] {
        let got = with(text, &[]);
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].mention, name, "{text}");
        assert_eq!(got[0].name, name, "{text}");
    }
}

#[test]
fn a_described_bodys_role_is_only_the_person_tied_to_it() {
    // Nobody holds the role: not the person mentioned before.
    let text = "Ajax lost 2-0 to Jannik Sinner’s favourite club.\n\n\
                “We were not good enough,” the Dutch side’s coach said.";
    let got = with(
        text,
        &[
            ("Ajax", ORG, "Ajax"),
            ("Jannik Sinner", PER, "Jannik Sinner"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "the Dutch side’s coach");
    // The role tied to a name before.
    let text = "Ajax coach Francesco Farioli was angry.\n\n\
                “We were not good enough,” the Dutch side’s coach said.";
    let got = with(
        text,
        &[
            ("Ajax", ORG, "Ajax"),
            ("Francesco Farioli", PER, "Francesco Farioli"),
        ],
    );
    assert_eq!(got[0].name, "Francesco Farioli");
}

#[test]
fn an_organisation_noun_names_the_fuller_phrase_it_shortens() {
    let text = "Carsten Brzeski said a cut was likely.\n\n\
                The German finance ministry welcomed the decision. \
                “Price stability is the foundation of growth,” the ministry said in a statement.";
    let got = with(
        text,
        &[
            ("Carsten Brzeski", PER, "Carsten Brzeski"),
            ("German", EntityType::Misc, "German"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "The German finance ministry");
}

#[test]
fn business_nouns_for_a_company_name_the_company() {
    for noun in ["chipmaker", "drugmaker", "lender", "supermarket"] {
        let text = format!(
            "Christophe Fouquet spoke on Tuesday. Shares in ASML fell 7%.\n\n\
             “Customers remain cautious,” the {noun} said."
        );
        let got = with(
            &text,
            &[
                ("ASML", ORG, "ASML"),
                ("Christophe Fouquet", PER, "Christophe Fouquet"),
            ],
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].name, "ASML", "{noun}");
    }
}

#[test]
fn governments_and_places_speak_as_themselves() {
    for (text, place) in [
        (
            "“There is no need for an inquiry,” Downing Street said.",
            "Downing Street",
        ),
        (
            "“These measures will not change our position,” the Kremlin said.",
            "Kremlin",
        ),
        (
            "“Sanctions are working,” Brussels said in a statement.",
            "Brussels",
        ),
    ] {
        let got = with(text, &[(place, LOC, place)]);
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].name, place, "{text}");
    }
}

#[test]
fn sports_descriptions_name_the_player_or_manager_mentioned_before() {
    // Someone else speaks first: a fallback to the last speaker shows.
    let earlier = "“We needed that,” Son Heung-min said.\n\n";
    for (text, person, mention) in [
        (
            "Ange Postecoglou was relieved. “It was a big win,” the Spurs boss said.",
            "Ange Postecoglou",
            "the Spurs boss",
        ),
        (
            "Erling Haaland scored twice. “It was a special night,” the 24-year-old Norwegian said.",
            "Erling Haaland",
            "the 24-year-old Norwegian",
        ),
        (
            "Jannik Sinner beat Carlos Alcaraz in the final. “I played well,” the world number one said.",
            "Jannik Sinner",
            "the world number one",
        ),
    ] {
        let text = format!("{earlier}{text}");
        let got = with(
            &text,
            &[
                ("Son Heung-min", PER, "Son Heung-min"),
                (person, PER, person),
                ("Carlos Alcaraz", PER, "Carlos Alcaraz"),
                ("Spurs", ORG, "Spurs"),
                ("Norwegian", EntityType::Misc, "Norwegian"),
            ],
        );
        assert_eq!(got.len(), 2, "{got:#?}");
        assert_eq!(got[1].mention, mention, "{text}");
        assert_eq!(got[1].name, person, "{text}");
    }
}

#[test]
fn a_role_written_as_a_title_is_a_role() {
    // Someone else speaks first: a fallback to the last speaker shows.
    let text = "“We will win,” Tom Hale said.\n\n\
                Keir Starmer visited a hospital on Monday.\n\n\
                ‘We will fix the NHS,’ the Prime Minister said. ‘It will take time.’\n\n\
                The Chancellor, Rachel Reeves, said the budget would be tight. \
                ‘There is no money left,’ she told the BBC.";
    let got = with(
        text,
        &[
            ("Tom Hale", PER, "Tom Hale"),
            ("Keir Starmer", PER, "Keir Starmer"),
            ("Rachel Reeves", PER, "Rachel Reeves"),
            ("BBC", ORG, "BBC"),
        ],
    );
    let names: Vec<&str> = got.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["Tom Hale", "Keir Starmer", "Keir Starmer", "Rachel Reeves"],
        "{got:#?}"
    );
}

#[test]
fn an_organisation_noun_names_the_body_named_after_it_before() {
    let text = "Stuart Andrew said the plan would fail.\n\n\
                The housing charity Shelter warned that homelessness was rising. \
                “Families are being failed,” the charity said in a statement.";
    let got = with(
        text,
        &[
            ("Stuart Andrew", PER, "Stuart Andrew"),
            ("Tory", ORG, "Tory"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Shelter");
}

#[test]
fn a_pronoun_after_a_capitalised_office_and_its_holder_takes_the_holder() {
    // The office opens the sentence, but a later `she` means the person
    // the appositive names, not `Pensions Secretary`.
    let text = "The Work and Pensions Secretary, Liz Kendall, defended the plans on Monday. \
                “Doing nothing is not an option,” she said.";
    let got = with(text, &[("Liz Kendall", PER, "Liz Kendall")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "she");
    assert_eq!(got[0].name, "Liz Kendall");
}

#[test]
fn a_pronoun_after_someones_spokesman_is_the_spokesman_not_the_owner() {
    // The owner is named earlier; the spokesman is never named, so `he`
    // is the spokesman, known by the phrase.
    let text = "Keir Starmer visited Kent on Monday. The prime minister’s spokesman later \
                said the minister kept his confidence. “The minister is doing an excellent \
                job,” he told journalists.";
    let got = with(text, &[("Keir Starmer", PER, "Keir Starmer")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "he");
    assert_eq!(got[0].name, "The prime minister’s spokesman");
}

#[test]
fn a_pronoun_after_a_named_bodys_or_persons_role_is_that_role() {
    // A body owns the role: not the person mentioned before it.
    let text = "Tim Cook did not comment. Apple’s lawyer, speaking at a hearing, said the \
                rules were unclear. “Nobody knows what compliance looks like,” he said.";
    let got = with(
        text,
        &[("Tim Cook", PER, "Tim Cook"), ("Apple", ORG, "Apple")],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Apple’s lawyer");
    // A person owns it, speaking first.
    let text = "Kemi Badenoch said the government was in chaos. The minister’s aide declined \
                to comment. “We will not be saying anything further,” she said.";
    let got = with(text, &[("Kemi Badenoch", PER, "Kemi Badenoch")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "The minister’s aide");
}

#[test]
fn someones_role_tied_to_a_name_is_still_that_person() {
    // Guard: a tie names the role, and `he` takes the person.
    let text = "Liverpool’s captain, Virgil van Dijk, refused to blame the referee. The \
                club’s captain was speaking after a difficult week. “We have to look at \
                ourselves,” he said.";
    let got = with(
        text,
        &[
            ("Liverpool", ORG, "Liverpool"),
            ("Virgil van Dijk", PER, "Virgil van Dijk"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Virgil van Dijk");
}

#[test]
fn a_family_role_tells_the_gender_a_pronoun_needs() {
    // `his wife` is no `he`: the admiral speaks.
    let text = "Admiral Harry Harris spoke at length. His wife said that he was tired. \
                “They try to demonize me,” he said.";
    let got = with(text, &[("Harry Harris", PER, "Harry Harris")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Harry Harris");
}

#[test]
fn a_role_owned_by_a_described_owner_keeps_its_determiner() {
    let text = "“We are building something nobody has built before,” said Ian Chapman. \
                The plant’s chief engineer told the BBC: “It is hard.”";
    let got = with(text, &[("Ian Chapman", PER, "Ian Chapman")]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].mention, "The plant’s chief engineer");
    // Nobody holds the role: not the last person who spoke.
    assert_eq!(got[1].name, "The plant’s chief engineer");
}

#[test]
fn a_name_between_commas_after_a_description_speaks() {
    // No speaker noun heads the description: the name in the appositive
    // is the subject, not `The Fed` inside the description.
    let text = "Jerome Powell held rates. The Fed chair’s predecessor, Janet Yellen, wrote \
                on X: “The independence of the Fed matters.”";
    let got = with(
        text,
        &[
            ("Jerome Powell", PER, "Jerome Powell"),
            ("Fed", ORG, "Federal Reserve"),
            ("Janet Yellen", PER, "Janet Yellen"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Janet Yellen");
}

#[test]
fn a_pronoun_after_an_unnamed_spokeswoman_is_the_spokeswoman() {
    // The head tells the gender: `she` is the spokeswoman, not the woman
    // who spoke before her.
    let text = "Sarah Cole disagreed. “Some of it makes sense,” she said. A spokeswoman for \
                the National Farmers Union said the union would lobby for changes. “We hear \
                our members loud and clear,” she said.";
    let got = with(
        text,
        &[
            ("Sarah Cole", PER, "Sarah Cole"),
            ("National Farmers Union", ORG, "National Farmers Union"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].name, "Sarah Cole");
    assert_eq!(got[1].mention, "she");
    // Named with the body it speaks for (session 17).
    assert_eq!(got[1].name, "A spokeswoman for the National Farmers Union");
}

#[test]
fn a_plural_possessive_in_the_phrase_after_a_subject_leaves_the_subject() {
    // The straight apostrophe of `Farmers'` is a token of its own: the
    // phrase hanging off the subject runs over it.
    let text = "A spokeswoman for the National Farmers' Union said: “We hear our members.”";
    let got = with(
        text,
        &[("National Farmers' Union", ORG, "National Farmers' Union")],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "A spokeswoman");
}

#[test]
fn a_portfolio_before_a_role_is_a_titled_role_too() {
    // The Opposition Leader, The Health Secretary: capitalised words
    // before the role word made the phrase read as a name, which beat the
    // name between the commas.
    let text = "The Opposition Leader, Sussan Ley, said the figures were “a fantasy”.\n\n\
                The Health Secretary, Wes Streeting, said waiting lists were “too long”.\n\n\
                The Shadow Treasurer, Angus Taylor, called the budget “reckless”.";
    let got = with(
        text,
        &[
            ("Sussan Ley", PER, "Sussan Ley"),
            ("Wes Streeting", PER, "Wes Streeting"),
            ("Angus Taylor", PER, "Angus Taylor"),
        ],
    );
    let names: Vec<&str> = got.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["Sussan Ley", "Wes Streeting", "Angus Taylor"],
        "{got:#?}"
    );
}

#[test]
fn a_name_with_two_particles_is_whole_before_an_appositive() {
    // Before: the speaker mark covered `Leyen` only.
    let text = "Ursula von der Leyen, the president of the European Commission, said she \
                was “confident we will find a way forward”.";
    let got = with(
        text,
        &[
            ("Ursula von der Leyen", PER, "Ursula von der Leyen"),
            ("European Commission", ORG, "European Commission"),
        ],
    );
    let mentions: Vec<&str> = got.iter().map(|f| f.mention.as_str()).collect();
    assert_eq!(mentions, ["Ursula von der Leyen"], "{got:#?}");
}

#[test]
fn and_inside_a_department_s_name_does_not_cut_the_speaker_phrase() {
    // Before: `Social Care` spoke (the `and` read as opening a clause).
    let text = "A spokesperson for the Department of Health and Social Care said the \
                government was “investing in prevention”.";
    let got = with(
        text,
        &[(
            "Department of Health and Social Care",
            ORG,
            "Department of Health and Social Care",
        )],
    );
    let mentions: Vec<&str> = got.iter().map(|f| f.mention.as_str()).collect();
    assert_eq!(mentions, ["A spokesperson"], "{got:#?}");
}

/// A question-and-answer interview: short question paragraphs (one a
/// statement put to the interviewee), each answered by a paragraph that is
/// only a quotation.
const INTERVIEW: &str = "Chef Tomasz Nowak on closing his restaurant\n\
    Tomasz Nowak shut the doors of his Bristol bistro in March after eleven years. \
    He talked to us about rents, staff and what comes next.\n\
    Was it the rent?\n\
    “Partly. The rent doubled, and the energy bill tripled in one winter.”\n\
    Some diners say the prices were too high.\n\
    “They were right. But I could not charge less and pay my cooks properly.”\n\
    Nowak now teaches at a catering college. Would he open again?\n\
    “Never say never. But not in this city.”";

#[test]
fn interview_answers_are_the_interviewees() {
    let got = with(
        INTERVIEW,
        &[
            ("Tomasz Nowak", PER, "Tomasz Nowak"),
            ("Bristol", LOC, "Bristol"),
            ("Nowak", PER, "Tomasz Nowak"),
        ],
    );
    let names: Vec<&str> = got.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Tomasz Nowak"; 3], "{got:#?}");
    assert!(
        got.iter().all(|f| f.mention == "Tomasz Nowak"),
        "the introduction's full name is the mention: {got:#?}"
    );
}

#[test]
fn a_quotation_paragraph_after_plain_prose_keeps_the_previous_speaker() {
    let text = "Council leader Tom Baker defended the budget on Monday. Baker said the \
                cuts were fair, and Baker's deputy agreed.\n\
                Anna Price, who runs the food bank, said demand had doubled since the summer.\n\
                “We cannot keep up with it.”";
    let got = with(
        text,
        &[
            ("Tom Baker", PER, "Tom Baker"),
            ("Baker", PER, "Tom Baker"),
            ("Anna Price", PER, "Anna Price"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Anna Price");
}

#[test]
fn a_speech_word_after_an_adverb_and_a_capitalised_adjective_is_a_noun() {
    // `state` read as a verb made `Republican` the speaker of the
    // paragraph's own quotation.
    let text = "Mayor Lena Ortiz thanked the volunteers who cleared the roads after the \
                floods in a heavily Republican state.\n\n\
                “They showed what this town is made of.”";
    let got = with(text, &[("Lena Ortiz", PER, "Lena Ortiz")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Lena Ortiz");
}

#[test]
fn a_speech_word_after_an_adjective_is_a_noun() {
    // `a thunderous chant`: the chant is what the supporters voiced, not
    // a verb whose subject is `a thunderous`.
    let text = "Supporters greeted Governor Ruth Adler with a thunderous chant of \
                “Four more years!”";
    let got = with(text, &[("Ruth Adler", PER, "Ruth Adler")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "Supporters");
}

#[test]
fn a_person_noun_with_an_adjective_s_ending_still_speaks() {
    // Guard: `official` ends like `racial`, but is a speaker noun.
    let text = "A senior official notes that the plan is “on track.”";
    let got = with(text, &[]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "A senior official");
}

#[test]
fn a_capitalised_preposition_opening_the_sentence_is_no_speaker() {
    let text = "Amid growing anger over the closures, union leader Maria Costa issued a \
                warning to ministers, saying the strike was “only the beginning.”";
    let got = with(text, &[("Maria Costa", PER, "Maria Costa")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Maria Costa");
}

#[test]
fn a_group_after_with_speaks_through_its_participle() {
    // `phrases::before` reads back from `chanting` to `students` only;
    // the group is the phrase after `with`.
    let text = "The march was peaceful, with hundreds of students chanting “Save our school.”";
    let got = with(text, &[]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "hundreds of students");
}

#[test]
fn a_role_owned_by_a_name_with_and_in_it_keeps_the_whole_name() {
    // Before, the phrase stopped at `and` (`Social Care spokesperson`),
    // lost its `A`, and read as someone already named.
    let text = "Professor Lena Ward said the figures were worrying. \
                A Department of Health and Social Care spokesperson said the \
                government was “fixing the foundations”.";
    let got = with(
        text,
        &[
            ("Lena Ward", PER, "Lena Ward"),
            (
                "Department of Health and Social Care",
                ORG,
                "Department of Health and Social Care",
            ),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(
        got[0].mention,
        "A Department of Health and Social Care spokesperson"
    );
    assert_ne!(got[0].name, "Lena Ward");
}

#[test]
fn a_german_weekday_after_the_speaker_names_no_one() {
    let text = "Die Regierung legte am Montag den Entwurf vor. „Wir sparen, aber nicht an \
                der Zukunft“, sagte Scholz am Dienstag in Berlin.";
    let got = with(
        text,
        &[("Scholz", PER, "Olaf Scholz"), ("Berlin", LOC, "Berlin")],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Olaf Scholz");
}

#[test]
fn a_name_between_commas_after_an_unlisted_role_speaks_behind_a_fronted_phrase() {
    for (text, speaker) in [
        (
            "Addressing delegates late on Friday, Azerbaijan’s chief negotiator, \
             Yalchin Rafiyev, said: “We will not accept this agreement.”",
            "Yalchin Rafiyev",
        ),
        (
            "In a statement, the Met Office’s chief meteorologist, Matthew Lehnert, \
             said: “Winds of this strength pose a danger to life.”",
            "Matthew Lehnert",
        ),
    ] {
        let got = with(
            text,
            &[
                ("Azerbaijan", LOC, "Azerbaijan"),
                ("Met Office", ORG, "Met Office"),
                (speaker, PER, speaker),
            ],
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].mention, speaker, "{text}");
        assert_eq!(got[0].name, speaker, "{text}");
    }
}

#[test]
fn a_club_role_before_a_name_opening_a_sentence_leaves_it_the_subject() {
    let text = "“We were not good enough,” Eddie Howe told BBC Sport.\n\n\
                Villa boss Unai Emery was delighted with the performance. \
                “The players were fantastic today,” the Spaniard said.";
    let got = with(
        text,
        &[
            ("Eddie Howe", PER, "Eddie Howe"),
            ("BBC Sport", ORG, "BBC Sport"),
            ("Villa", ORG, "Aston Villa"),
            ("Unai Emery", PER, "Unai Emery"),
            ("Spaniard", EntityType::Misc, "Spaniard"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].mention, "the Spaniard");
    assert_eq!(got[1].name, "Unai Emery");
}

#[test]
fn a_headline_quotation_repeated_below_takes_the_body_speaker() {
    let text = "Minister: 'We got it wrong' on school meals\n\n\
                Bridget Phillipson told the Commons on Tuesday that the decision would \
                be reversed. 'We got it wrong and I am sorry,' she said.\n\n\
                The shadow education secretary, Laura Trott, said: 'This is humiliating.'";
    let got = with(
        text,
        &[
            ("Commons", ORG, "House of Commons"),
            ("Bridget Phillipson", PER, "Bridget Phillipson"),
            ("Laura Trott", PER, "Laura Trott"),
        ],
    );
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[0].quote, "'We got it wrong'");
    assert_eq!(got[0].name, "Bridget Phillipson");
}

#[test]
fn a_headline_quotation_before_a_colon_is_the_phrase_after_it() {
    let text = "'It was chaos': passengers describe terror of emergency landing\n\n\
                'We thought we would die,' said one passenger. \
                'The cabin filled with smoke,' another added.";
    let got = with(text, &[]);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[0].mention, "passengers");
}

#[test]
fn an_organisation_with_a_question_or_exclamation_mark_in_its_name_keeps_it() {
    let text = "“Parents need clarity, not chaos,” Which? said in a statement. \
                “We are proud of the tools,” said Yahoo! today.";
    let got = with(text, &[("Yahoo", ORG, "Yahoo")]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(
        (got[0].mention.as_str(), got[0].name.as_str()),
        ("Which?", "Which?")
    );
    assert_eq!(
        (got[1].mention.as_str(), got[1].name.as_str()),
        ("Yahoo!", "Yahoo!")
    );
}

#[test]
fn german_and_french_reporting_verbs_name_the_speaker_not_the_place() {
    let text = "„Europa muss sich selbst verteidigen können“, sagte Merz in Berlin.\n\n\
                «Nous devons agir ensemble et vite», a déclaré Macron lors d'une \
                conférence de presse à Paris.";
    let got = with(
        text,
        &[
            ("Merz", PER, "Friedrich Merz"),
            ("Berlin", LOC, "Berlin"),
            ("Macron", PER, "Emmanuel Macron"),
            ("Paris", LOC, "Paris"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].name, "Friedrich Merz");
    assert_eq!(got[1].name, "Emmanuel Macron");
}

#[test]
fn a_prosecutor_is_no_defendant_named_before_and_a_tied_one_is_her_name() {
    let text = "Daniel Hart, 34, was found guilty of murder.\n\n\
                Opening the case, the prosecutor told jurors: “This was a cold attack.”";
    let got = with(text, &[("Daniel Hart", PER, "Daniel Hart")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "the prosecutor");

    let text = "“He lied about all of it,” the prosecutor, Assistant U.S. Attorney Maria \
                Castellanos, told jurors.\n\n\
                After the verdict, Judge Karen Whitfield set sentencing for March 14.\n\n\
                The prosecutor told jurors that the scheme ran for six years. “Every single \
                month, he moved money out,” she said.";
    let got = with(
        text,
        &[
            ("Maria Castellanos", PER, "Maria Castellanos"),
            ("Karen Whitfield", PER, "Karen Whitfield"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].name, "Maria Castellanos");
    assert_eq!(got[1].name, "Maria Castellanos");
}

#[test]
fn a_chanting_crowd_is_not_the_candidate_who_spoke_before() {
    let text = "“We will win,” Trump said. Trump described the country as beset by \
                crime. The crowd chanted back at him, “Send them home.”";
    let got = with(text, &[("Trump", PER, "Donald Trump")]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "The crowd");
}

#[test]
fn it_is_the_organisation_opening_the_sentence_before() {
    let text = "“We want the gap narrowed,” Teck said. Still, the Business Council of \
                British Columbia opposed an increase. “Keep the tax at the current level,” \
                it recommended.";
    let got = with(
        text,
        &[
            ("Teck", ORG, "Teck"),
            (
                "Business Council of British Columbia",
                ORG,
                "Business Council of British Columbia",
            ),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Business Council of British Columbia");
}

#[test]
fn a_name_the_tagger_leaves_untyped_after_a_title_is_a_person() {
    let text = "Ohio Sen. JD Vance opened with a pitch on the economy. “Prices are too \
                high,” he said.";
    let got = with(
        text,
        &[
            ("Ohio", LOC, "Ohio"),
            ("JD Vance", EntityType::Misc, "JD Vance"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "JD Vance");
}

#[test]
fn a_spokesperson_for_a_body_is_named_with_the_body() {
    let text = "“We have paused deliveries,” a spokesperson for Northwind Dynamics said.\n\n\
                A spokesperson for U.S. Central Command said no civilians were harmed. “We \
                are confident in our assessment,” the spokesperson said.";
    let got = with(
        text,
        &[
            ("Northwind Dynamics", ORG, "Northwind Dynamics"),
            ("U.S. Central Command", ORG, "U.S. Central Command"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].name, "a spokesperson for Northwind Dynamics");
    assert_eq!(got[1].name, "A spokesperson for U.S. Central Command");
}

#[test]
fn a_quotation_paragraph_after_narration_takes_the_speaker_before_it() {
    let text = "Sen. Tom Grady, R-Ohio, disagreed. He said the bill spent too much.\n\n\
                The vote count remains unclear, and leaders have not scheduled a vote.\n\n\
                “Every dollar here is borrowed from our kids.”";
    let got = with(text, &[("Tom Grady", PER, "Tom Grady")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Tom Grady");
}

#[test]
fn one_of_a_group_is_named_as_one_of_them() {
    let text = "Managers were warned, according to two officials. “Everyone knew it was \
                off the rails,” one of the officials said.";
    let got = with(text, &[]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "one of the officials");
}

#[test]
fn they_after_a_group_of_people_opening_a_sentence_is_that_group() {
    let text = "Senator Ana Ruiz spoke for an hour. “We will win,” Ruiz said.\n\n\
                Outside the arena, several hundred protesters gathered behind barricades. \
                “No hate, no fear!” they shouted.";
    let got = with(text, &[("Ana Ruiz", PER, "Ana Ruiz")]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].mention, "they");
    assert_eq!(got[1].name, "several hundred protesters");
}

#[test]
fn the_university_is_the_university_named_before() {
    let text = "Agents detained a researcher, said Tricia McLaughlin, a spokeswoman. \
                Georgetown said it was not aware of any illegal activity. \
                “We support free and open inquiry,” the university said.";
    let got = with(
        text,
        &[
            ("Tricia McLaughlin", PER, "Tricia McLaughlin"),
            ("Georgetown", ORG, "Georgetown"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Georgetown");
}

#[test]
fn the_campaign_is_the_fuller_campaign_phrase_before_it() {
    let text = "The Biden campaign on Monday released a new ad in Arizona.\n\n\
                “Women in every state are paying the price,” the campaign said in a statement.";
    let got = with(text, &[("Arizona", LOC, "Arizona")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "The Biden campaign");
}

#[test]
fn he_after_a_man_opening_a_sentence_is_that_man() {
    let text = "Rep. Glenn Grothman said the cuts were aimed at waste. \
                “Nobody is touching care for veterans,” Grothman said.\n\n\
                A man in a Green Bay Packers jacket stood up to defend Grothman. \
                “I voted for this and I'd vote for it again,” he said.";
    let got = with(
        text,
        &[
            ("Glenn Grothman", PER, "Glenn Grothman"),
            ("Green Bay Packers", ORG, "Green Bay Packers"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "A man");
}

#[test]
fn a_newcomer_named_between_commas_keeps_the_name() {
    let text = "Cruz drew a small crowd.\n\n\
                One local woman, Karen Robison, pulled Rep. King aside after the event. \
                “I'm so glad you don't forget Osceola,” she told him.";
    let got = with(
        text,
        &[
            ("Karen Robison", PER, "Karen Robison"),
            ("King", PER, "King"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Karen Robison");
}

#[test]
fn an_organisation_keeps_the_capitalised_words_the_tagger_left_out() {
    let text = "In a post on X, the Chinese Foreign Ministry said the United States \
                “must stop its bullying.”";
    let got = with(
        text,
        &[
            ("Chinese", EntityType::Misc, "Chinese"),
            ("Foreign Ministry", ORG, "Foreign Ministry"),
            ("United States", LOC, "United States"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Chinese Foreign Ministry");
}

/// A post written as an acronym heads its phrase like a role noun: the
/// party or firm before it is not the speaker (`A Labour MP` was named
/// `Labour`).
#[test]
fn a_member_named_by_party_and_post_acronym_is_not_the_party() {
    let text = "A Labour MP said: “The whips are trying everything.” \
                “Not this time,” said one Tory MP.";
    let got = with(text, &[("Labour", ORG, "Labour"), ("Tory", ORG, "Tory")]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(
        (got[0].mention.as_str(), got[0].name.as_str()),
        ("A Labour MP", "A Labour MP")
    );
    assert_eq!(
        (got[1].mention.as_str(), got[1].name.as_str()),
        ("one Tory MP", "one Tory MP")
    );
}

/// An Irish member of parliament, a TD, heads a role like `the MP`: `the
/// Louth TD` is the person named before, not a body called `Louth TD`
/// (the tagger reads the two words as one organisation).
#[test]
fn the_constituency_td_is_the_member_named_before() {
    let text = "Labour's finance spokesman, Ged Nash, said the plan had failed. \
                “We have allowed our economy to become dependent,” the Louth TD said.";
    let got = with(
        text,
        &[
            ("Labour", ORG, "Labour"),
            ("Ged Nash", PER, "Ged Nash"),
            ("Louth TD", ORG, "Louth TD"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(
        (got[0].mention.as_str(), got[0].name.as_str()),
        ("the Louth TD", "Ged Nash")
    );
}

/// Session 19: a definite role whose head an unnamed speaker used further
/// back than three sentences is that speaker, whoever is named in
/// between (it took the nearest person, `Meg Hillier`).
#[test]
fn the_spokesperson_several_sentences_on_is_the_unnamed_spokesperson() {
    let text = "A Downing Street spokesperson said the government would listen. \
                “The prime minister has been clear,” the spokesperson said.\n\n\
                The Work and Pensions Secretary, Liz Kendall, met rebels on Tuesday. \
                Several MPs attended.\n\n\
                Meg Hillier said the mood had soured. “People are angry,” she said.\n\n\
                Asked about concessions, the spokesperson said: “We will not get ahead of the vote.”";
    let got = with(
        text,
        &[
            ("Downing Street", LOC, "Downing Street"),
            ("Liz Kendall", PER, "Liz Kendall"),
            ("Meg Hillier", PER, "Meg Hillier"),
        ],
    );
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[2].mention, "the spokesperson");
    assert_eq!(got[2].name, "A Downing Street spokesperson");
}

/// Session 19: a definite role right after someone new spoke is that
/// person, under another head (`the MP` took the woman who spoke before,
/// or the document's main speaker).
#[test]
fn the_mp_after_an_unnamed_backbencher_is_that_backbencher() {
    let text = "The Conservative leader, Kemi Badenoch, said the government was in chaos. \
                “This is a government that cannot make up its mind,” she said.\n\n\
                A Labour backbencher, who asked not to be named, said the party was split. \
                “People are fed up,” the MP said.";
    let got = with(
        text,
        &[
            ("Conservative", EntityType::Misc, "Conservative"),
            ("Kemi Badenoch", PER, "Kemi Badenoch"),
            ("Labour", ORG, "Labour"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].mention, "the MP");
    assert_eq!(got[1].name, "A Labour backbencher");
}

/// A guard: someone new who puts a question to a named person is not the
/// role that answers (`the businessman` is Trump, not the reporter).
#[test]
fn a_role_answering_a_reporter_is_the_person_asked() {
    let text = "Trump spoke in Iowa on Thursday. “Should there be a database?” a reporter \
                asked Trump after the event. “There should be a lot of systems,” the \
                businessman replied.";
    let got = with(
        text,
        &[("Trump", PER, "Donald Trump"), ("Iowa", LOC, "Iowa")],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].mention, "the businessman");
    assert_eq!(got[1].name, "Donald Trump");
}

/// Session 19: a number after a capitalised `No` is a name (`No 10`),
/// not a count opening the phrase (`10 source`, named after the last
/// speaker).
#[test]
fn a_no_10_source_keeps_its_whole_phrase() {
    let text = "Mel Stride backed the plan. “Rishi is right,” Mr Stride said.\n\n\
                A No 10 source said the prime minister did not take lectures from \
                “the man who crashed the economy”.";
    let got = with(text, &[("Mel Stride", PER, "Mel Stride")]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(
        (got[1].mention.as_str(), got[1].name.as_str()),
        ("A No 10 source", "A No 10 source")
    );
}

/// Session 19: `of the` inside a one-word name goes on with it (`Friends
/// of the Earth` was `Friends`), and a lone office word the tagger found
/// is its holder's (`the Prime Minister's Office` was `Office`).
#[test]
fn names_with_of_the_and_a_holders_office_are_whole() {
    let text = "Climate campaigners reacted with alarm. Friends of the Earth said the \
                pledge was “reckless and wrong”.\n\n\
                In a statement, the Prime Minister's Office said the plan was “fully costed.”";
    let got = with(text, &[("Earth", ORG, "Earth"), ("Office", ORG, "Office")]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].name, "Friends of the Earth");
    assert_eq!(got[1].name, "Prime Minister's Office");
}

/// Session 19: the subject before a relative `who` with its own verb
/// speaks (`One MP who attended the meeting said` gave `the meeting`),
/// while a `who` right before the speech verb stays its subject.
#[test]
fn the_subject_before_a_relative_clause_speaks() {
    let text = "Liz Kendall met a group of rebels on Tuesday evening. One MP who attended \
                the meeting said it had been “tense and bad-tempered”.";
    let got = with(text, &[("Liz Kendall", PER, "Liz Kendall")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(
        (got[0].mention.as_str(), got[0].name.as_str()),
        ("One MP", "One MP")
    );
}

/// Session 19: Irish titles are titles (`The Tánaiste, Simon Harris,`
/// named `Tánaiste`), and a name between commas keeps the subject when
/// its own relative clause follows it.
#[test]
fn the_tanaiste_named_between_commas_before_a_relative_clause_speaks() {
    let text = "Micheál Martin said Ireland would work with its partners. \
                “We are not going to roll over,” Mr Martin said.\n\n\
                The Tánaiste, Simon Harris, who is also Minister for Foreign Affairs and \
                Trade, said he had spoken to the commerce secretary. \
                “It was a frank conversation,” he said.";
    let got = with(
        text,
        &[
            ("Micheál Martin", PER, "Micheál Martin"),
            ("Ireland", LOC, "Ireland"),
            ("Martin", PER, "Micheál Martin"),
            ("Simon Harris", PER, "Simon Harris"),
            (
                "Foreign Affairs and Trade",
                ORG,
                "Foreign Affairs and Trade",
            ),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Simon Harris");
}

/// Session 20: a firm hanging off a person's name by a preposition is not
/// who speaks, even when the tagger reads the firm as a person (`Raymond
/// James`); the name before the preposition is the phrase's head.
#[test]
fn a_name_with_a_firm_hanging_off_it_speaks() {
    let text = "Another analyst, Tom Galloway of Raymond James, said the cut was \
                larger than expected. “Management took the knife to the numbers,” \
                he said in an interview.";
    let got = with(
        text,
        &[
            ("Tom Galloway", PER, "Tom Galloway"),
            ("Raymond James", PER, "Raymond James"),
        ],
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Tom Galloway");
}

/// Session 20: someone new whose noun tells no gender (`A neighbor`) is
/// the `she` after their quotation when their own report does (`said she
/// heard`), not the last woman named.
#[test]
fn an_unnamed_neighbor_who_said_she_heard_is_the_next_she() {
    let text = "Sgt. Michelle Ortiz, a police spokeswoman, said the two men knew each \
                other. “This was not random,” Ortiz said.\n\n\
                A neighbor, who asked not to be named because she feared for her \
                safety, said she heard at least five shots. “I got on the floor with \
                my kids,” she said.";
    let got = with(text, &[("Michelle Ortiz", PER, "Michelle Ortiz")]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "A neighbor");
}

/// Session 20: a name after lower-case role words between commas
/// (`The victim's father, retired firefighter John Smith, 64, said`) is
/// who speaks, and whom a later `he` means.
#[test]
fn a_name_after_a_lower_case_role_between_commas_speaks() {
    let text = "The victim's father, retired firefighter John Smith, 64, said he was \
                shocked. “I have never seen anything like it,” he said.";
    let got = with(text, &[("John Smith", PER, "John Smith")]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "John Smith");
}

/// Session 20: a deputy's office is not another minister's (`the Deputy
/// Prime Minister said` after `Finance Minister Nicola Willis`): with no
/// tie, the role is the person who opens the sentence before.
#[test]
fn the_deputy_prime_minister_is_not_the_finance_minister() {
    let text = "Finance Minister Nicola Willis accused Labour of making it up. \
                “They can't tell you the rate,” Willis said.\n\n\
                ACT leader David Seymour, whose party is a coalition partner, went \
                further. “A capital gains tax is a tax on aspiration,” the Deputy Prime \
                Minister said.";
    let got = with(
        text,
        &[
            ("Nicola Willis", PER, "Nicola Willis"),
            ("Labour", ORG, "Labour"),
            ("Willis", PER, "Nicola Willis"),
            ("ACT", ORG, "ACT"),
            ("David Seymour", PER, "David Seymour"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "David Seymour");
}

/// Session 20: `the network` stands for the organisation named before
/// (`Climate Action Network, a coalition of groups, said … “…,” the network
/// said`), not the last person who spoke.
#[test]
fn the_network_is_the_organisation_named_before() {
    let text = "“We have the technologies,” Inger Andersen said.\n\n\
                Climate Action Network, a coalition of environmental groups, said the \
                delays were unacceptable. “Governments had five years to prepare these \
                plans,” the network said.";
    let got = with(
        text,
        &[
            ("Inger Andersen", PER, "Inger Andersen"),
            ("Climate Action Network", ORG, "Climate Action Network"),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Climate Action Network");
}
