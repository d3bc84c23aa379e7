//! The hard cases of quotation finding and attribution, on sentences
//! written for these tests.

mod quotes_common;

use newsmark::quotes;
use quotes_common::{entities, run, speakers, LOC, ORG, PER};

fn spans(text: &str) -> Vec<String> {
    run(text, &[]).into_iter().map(|f| f.quote).collect()
}

#[test]
fn multi_paragraph_quote_is_one_span_with_one_speaker() {
    let text = "The governor spoke for an hour.\n“We will rebuild every road.\n“We will rebuild every bridge.\n“And we will do it this year,” Governor Ana Ruiz said.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(got[0]
        .quote
        .starts_with("“We will rebuild every road.\n“We"));
    assert!(got[0].quote.ends_with("this year,”"));
    assert_eq!(got[0].mention, "Governor Ana Ruiz");
    assert_eq!(got[0].name, "Ana Ruiz");
}

#[test]
fn a_quote_broken_by_its_attribution_keeps_one_speaker() {
    let text = "“We will win,” she said, “and we will win soon.”\nThe crowd cheered Karen Ode.";
    let text = &format!("Karen Ode spoke in Lagos.\n{text}");
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    for g in &got {
        assert_eq!(g.mention, "she");
        assert_eq!(g.name, "Karen Ode");
    }
}

#[test]
fn nested_single_quotes_stay_inside_the_double_quote() {
    let text = "“He told me ‘never again,’ and I believed him,” said Tomas Varga.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].quote,
        "“He told me ‘never again,’ and I believed him,”"
    );
    assert_eq!(got[0].name, "Tomas Varga");
}

#[test]
fn titles_names_and_scare_quotes_are_not_quotations() {
    assert!(spans("The so-called “deal” fell apart within a week.").is_empty());
    assert!(
        spans("She appeared on NBC’s “Meet the Press” on Sunday to talk about taxes.").is_empty()
    );
    assert!(spans("Allies discussed a clause known as “Article 5” at length.").is_empty());
    assert!(spans("Allies discussed the clause “Article 5” at length.").is_empty());
    assert!(spans("<a title=\"Home page\" href=\"/\">Home</a>").is_empty());
    // The same short words with a speech verb are a quotation.
    assert_eq!(
        spans("Smith called the plan “a disaster” on Monday."),
        ["“a disaster”"]
    );
}

#[test]
fn a_headline_with_its_byline_is_not_a_quotation() {
    // A newsletter's story list: headline, byline, link.
    assert!(
        spans("BROADWAY BEAT—“Mendes leaves the musical on its way to Broadway,” by Times’ Ada Vo: http://x.co/1")
            .is_empty()
    );
    // Without the byline the same words stay a quotation.
    assert_eq!(
        spans(
            "BROADWAY BEAT—“Mendes leaves the musical on its way to Broadway,” a reader wrote in."
        ),
        ["“Mendes leaves the musical on its way to Broadway,”"]
    );
    // A quotation followed by `by` without a comma closing it stays too.
    assert_eq!(
        spans("The inquiry was a “partisan witch hunt” by the majority, and it ended."),
        ["“partisan witch hunt”"]
    );
}

#[test]
fn an_embedded_tweet_left_as_markup_is_its_authors_quotation() {
    let text = "Senators reacted online.\n<tweet pic=\"\" author=\"SenLee\" tweet_id=\"67215\">Praying for the victims and the first responders tonight.</tweet>.";
    assert_eq!(
        spans(text),
        ["\">Praying for the victims and the first responders tonight.</tweet>."]
    );
    // Other markup's text is not a quotation.
    let text =
        "Read more.\n<a data-x=\"\" class=\"story\" href=\"/x\">Senators react to the shooting tonight</a>.";
    assert!(spans(text).is_empty(), "{:?}", spans(text));
}

#[test]
fn chants_and_signs_are_quotations_however_short() {
    assert_eq!(
        spans("The crowd erupted in loud chants of “no.”"),
        ["“no.”"]
    );
    assert_eq!(
        spans("She held up a sign that read “Nurses 4 Change” at the gate."),
        ["“Nurses 4 Change”"]
    );
    // The same title-cased words in a name's place stay a name.
    assert!(spans("She joined the “Nurses 4 Change” group at the gate.").is_empty());
}

#[test]
fn a_label_in_plain_words_is_a_quotation_a_title_cased_one_a_name() {
    assert_eq!(
        spans("Trump called the deal “stupid” on Monday."),
        ["“stupid”"]
    );
    assert_eq!(
        spans("He described the plan as “unworkable,” aides said."),
        ["“unworkable,”"]
    );
    // Title-cased labels stay names and titles.
    assert!(spans("A hacker known online as “Guccifer” was extradited.").is_empty());
    assert!(spans("The campaign released a memo titled “The Facts on the Race.”").is_empty());
    // `such as` lists examples, which stay unquoted words.
    assert!(spans("They searched for words such as “ambassador” in the files.").is_empty());
}

#[test]
fn a_work_named_after_its_author_or_a_book_is_a_title() {
    assert!(
        spans("“It is over,” said Jon Hale, the author of “Power and Glory,” on Monday.")
            .iter()
            .all(|q| q != "“Power and Glory,”")
    );
    assert!(spans("Mr. Rubio said so in his 2012 book, “An American Son.”").is_empty());
    assert!(spans("In an interview with “Fox and Friends,” Trump said he would win.").is_empty());
    // `of` after other nouns is no title slot.
    assert_eq!(
        spans("Aides spoke of “Power and Glory,” Hale said."),
        ["“Power and Glory,”"]
    );
}

#[test]
fn pronouns_resolve_to_the_last_compatible_speaker() {
    let text = "Mayor Lena Park met Gov. Tom Hale in Denver on Monday.\n“The talks went well,” she said.\n“We agreed on the budget,” he added.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(
        (got[0].mention.as_str(), got[0].name.as_str()),
        ("she", "Lena Park")
    );
    assert_eq!(
        (got[1].mention.as_str(), got[1].name.as_str()),
        ("he", "Tom Hale")
    );
}

#[test]
fn role_nouns_resolve_to_the_person_given_that_role() {
    let text = "Defense Minister Karl Berg arrived in Oslo on Tuesday. Protesters met him at the airport.\nThe minister told reporters that the plan was “fully funded and ready.”";
    let ents = entities(
        text,
        &[("Karl Berg", PER, "Karl Berg"), ("Oslo", LOC, "Oslo")],
    );
    let got = run(text, &ents);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "The minister");
    assert_eq!(got[0].name, "Karl Berg");
}

#[test]
fn a_role_with_an_appositive_name_and_a_later_surname() {
    let text = "Chile’s foreign minister, Rosa Ibarra, called the vote “a mistake.”\nIbarra said the country would “respond in kind.”";
    let ents = entities(
        text,
        &[
            ("Chile", LOC, "Chile"),
            ("Rosa Ibarra", PER, "Rosa Ibarra"),
            ("Ibarra", PER, "Rosa Ibarra"),
        ],
    );
    let got = run(text, &ents);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].name, "Rosa Ibarra");
    assert_eq!(
        (got[1].mention.as_str(), got[1].name.as_str()),
        ("Ibarra", "Rosa Ibarra")
    );
}

#[test]
fn organisations_and_countries_speak() {
    let text = "Peru has condemned the raid as “an act of aggression.”\nThe World Bank said in a statement that the loan was “on hold.”";
    let ents = entities(
        text,
        &[("Peru", LOC, "Peru"), ("World Bank", ORG, "World Bank")],
    );
    let got = run(text, &ents);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].name, "Peru");
    assert_eq!(got[1].name, "World Bank");
}

#[test]
fn a_quote_standing_alone_takes_the_previous_paragraphs_speaker() {
    let text = "Omar Haddad said the league would appeal the ruling.\n“We have never lost a case like this one.”";
    let got = run(text, &[]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "Omar Haddad");
    assert_eq!(got[0].name, "Omar Haddad");
}

#[test]
fn straight_and_doubled_apostrophe_quotes() {
    let got = run("\"We are done here,\" said Ines Moreau.", &[]);
    assert_eq!(
        (got[0].quote.as_str(), got[0].name.as_str()),
        ("\"We are done here,\"", "Ines Moreau")
    );
    let text = "Pablo Ortiz arrived late. ''I missed the train,'' Mr. Ortiz said.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].quote, "''I missed the train,''");
    assert_eq!(got[0].mention, "Mr. Ortiz");
    assert_eq!(got[0].name, "Pablo Ortiz");
}

#[test]
fn guillemets_and_low_high_marks() {
    assert_eq!(
        spans("Elle a dit : « Nous allons gagner cette élection », puis elle est partie."),
        ["« Nous allons gagner cette élection »"]
    );
    assert_eq!(
        spans("Er sagte: „Wir werden diese Wahl gewinnen“, und ging."),
        ["„Wir werden diese Wahl gewinnen“"]
    );
}

#[test]
fn an_unclosed_quote_ends_with_its_paragraph() {
    let text = "Rita Sol said: “We will never give up on this city \nThe vote is on Friday.";
    assert_eq!(spans(text), ["“We will never give up on this city"]);
}

#[test]
fn offsets_stay_on_char_boundaries_after_emoji_and_accents() {
    let text = "🎉🎉 José Núñez, the coach, said: “¡Vamos, chicos! Ganamos el título.” 👍";
    let quotes = quotes::find(text, &[]);
    assert_eq!(quotes.len(), 1);
    let q = &quotes[0];
    assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
    assert_eq!(q.span.of(text), "“¡Vamos, chicos! Ganamos el título.”");
    let speaker = q.speaker.as_ref().unwrap();
    assert_eq!(speaker.mention.unwrap().of(text), "José Núñez");
    assert_eq!(speaker.name, "José Núñez");
}

#[test]
fn an_outlet_after_according_to_is_the_source() {
    let text = "“We will appeal the ruling,” Mayor Ines Kalder said, according to the Tribune.";
    assert_eq!(speakers(text)[0].0, "the Tribune");
}

#[test]
fn a_passive_names_its_speaker_after_by() {
    let text = "Reyes was asked by moderator Jane Holt whether he would “raise taxes on every family in the state.”";
    assert_eq!(speakers(text)[0].0, "moderator Jane Holt");
}

#[test]
fn as_someone_puts_it() {
    let text = "As Senator Rosa Lind puts it, the bill is “a promise we cannot afford to break.”";
    assert_eq!(speakers(text)[0].0, "Senator Rosa Lind");
}

#[test]
fn a_speech_noun_after_an_adjective_is_no_verb() {
    let text =
        "Sanders delivered a snappy retort: “No one is tearing this up. We are going forward.”";
    assert_eq!(speakers(text)[0].0, "Sanders");
}

#[test]
fn a_name_before_the_object_quote_is_no_inverted_speaker() {
    let text =
        "Yang Shu, director of the institute, calls Horgos “a mistake built far from any city.”";
    assert_eq!(speakers(text)[0].0, "Yang Shu");
}

#[test]
fn a_title_in_a_title_slot_is_no_quotation_even_with_a_full_stop() {
    let text = "Trump said it on Wednesday on ABC’s “Good Morning America.” He did not elaborate.";
    assert!(spans(text).is_empty(), "{:?}", spans(text));
}

#[test]
fn a_possessive_is_an_antecedent_for_a_pronoun() {
    let text = "If cutting taxes is Nora Vance’s life’s work, the budget is her first test.\n“This is the year we deliver,” she told me.";
    assert_eq!(
        speakers(text)[0],
        ("she".to_string(), "Nora Vance".to_string())
    );
}

#[test]
fn a_closing_phrase_may_end_in_a_verb_like_noun() {
    let text = "“We need everyone on the team to step up,” the email said.";
    assert_eq!(speakers(text)[0].0, "the email");
}

#[test]
fn a_dash_heading_speaker_before_a_colon() {
    let text =
        "POLLS NOT WRONG, JUST EARLY - Mark Blum: “The polls failed because they ended too early.”";
    assert_eq!(speakers(text)[0].0, "Mark Blum");
}

#[test]
fn a_quote_in_a_second_clause_belongs_to_that_clause() {
    let text = "Mayor Lena Park said she was not ready to endorse anyone, though Gov. Tom Hale said he hoped “to campaign together by the fall.”";
    assert_eq!(speakers(text)[0].0, "Gov. Tom Hale");
}

#[test]
fn a_pronoun_in_a_what_clause_gives_way_to_the_main_subject() {
    let text =
        "Senator Ada Moss has railed against what she calls the “Washington cartel” for months.";
    assert_eq!(speakers(text)[0].0, "Senator Ada Moss");
}

#[test]
fn she_skips_a_man_known_by_his_first_name() {
    let text = "Carol Diaz met reporters in Reno.\nSteve Burr said the campaign was “in great shape and ready.”\n“We are ready for the fall,” she said.";
    let got = speakers(text);
    assert_eq!(
        got[1],
        ("she".to_string(), "Carol Diaz".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_role_head_with_of_and_an_appositive_name() {
    let text = "“Positions are going to soften,” Rep. Dan Hull’s chief of staff, Joe Kasper, told reporters.";
    assert_eq!(speakers(text)[0].0, "Rep. Dan Hull’s chief of staff");
    let text = "As the company’s chief executive, Jeff Wiener, put it, “Imagine a world where we can do this.”";
    assert_eq!(speakers(text)[0].0, "the company’s chief executive");
}

#[test]
fn a_quote_paragraph_after_a_colon_or_signed_below() {
    let text = "In response, Governor Ana Ruiz issued the following statement:\n“Our prayers are with every family tonight.”";
    assert_eq!(speakers(text)[0].0, "Governor Ana Ruiz");
    let text =
        "The debate went on.\n“I will look into it. I will look into it.”\n- Hillary Clinton.";
    assert_eq!(speakers(text)[0].0, "Hillary Clinton");
}

#[test]
fn a_passive_with_the_quote_before_by() {
    let text = "The plan has been called “strategic ambiguity” by Joshua Hendrick, a professor.";
    assert_eq!(speakers(text)[0].0, "Joshua Hendrick");
}

#[test]
fn a_speech_verb_in_a_closed_side_clause_does_not_report_the_quote() {
    let text = "While not everything Lee says is true, Ana Ruiz said the plan is “a real risk.”";
    assert_eq!(speakers(text)[0].0, "Ana Ruiz");
    let text = "Sen. Tom Hale, who says the plan is weak, tweeted that it “will not work.”";
    assert_eq!(speakers(text)[0].0, "Sen. Tom Hale");
}

#[test]
fn a_speech_verb_after_a_new_clause_leaves_the_quote_to_its_own_subject() {
    let text = "Tom Hale sounded “very encouraged” and Donald Trump called it a great meeting.";
    assert_eq!(speakers(text)[0].0, "Tom Hale");
    // A conjunction is no role word before a name.
    let text = "Ted Cruz attacks Obama for “leading from behind” while Donald Trump jokes.";
    assert_eq!(speakers(text)[0].0, "Ted Cruz");
}

#[test]
fn a_name_that_looks_like_an_adverb_is_still_a_subject() {
    let text = "Carly Fiorina spoke on Monday, adding “we need a real conservative.”";
    assert_eq!(speakers(text)[0].0, "Carly Fiorina");
    let text = "Washington (AFP) – Senator Ada Moss has taken a swipe at the plan, saying that “bombastic comments” do harm.";
    assert_eq!(speakers(text)[0].0, "Senator Ada Moss");
}

#[test]
fn an_unresolved_pronoun_is_no_antecedent() {
    let text = "Tom Hale met reporters on Monday.\n“The vote was close,” it said in a statement.\n“We will win next time,” he added.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Tom Hale");
}

#[test]
fn any_phrase_after_according_to_is_the_source() {
    let text =
        "“We are still winning,” Mike Dorn said, according to audio provided to the Tribune.";
    assert_eq!(speakers(text)[0].0, "audio provided to the Tribune");
}

#[test]
fn a_verb_after_a_speaker_noun_is_no_role_word() {
    let text =
        "Ben Cole’s campaign shrugged off Trump’s comments, telling reporters, “nobody asked.”";
    assert_eq!(speakers(text)[0].0, "Ben Cole’s campaign");
}

#[test]
fn a_pronoun_prefers_the_person_opening_a_nearer_sentence_over_an_earlier_speaker() {
    let text = "“The plan is sound,” said Tom Hale, a lawyer.\nDan Fishman, the campaign’s director, has walked away from each rally with new sign-ups. “It is getting easier,” he said.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Dan Fishman");
}

#[test]
fn a_person_after_an_introduction_opens_the_sentence_for_a_pronoun() {
    let text = "“The plan is sound,” said Tom Hale, a lawyer.\nIn his speech on Sunday, Dan Fishman spoke about roads. “It is getting easier,” he said.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Dan Fishman");
}

#[test]
fn more_first_names_keep_she_off_a_man() {
    let text = "Rachel Berg spoke on Monday.\nAlong with her husband, Milton Berg, a banker, she has given to many candidates. “I feel bad to say it,” she said.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].name, "Rachel Berg");
}

#[test]
fn a_group_may_be_the_subject_of_a_quoting_clause() {
    let text = "The FBI confirmed the inquiry on Monday.\nThe agency declined to detail the inquiry’s “specific focus, scope or targets.”";
    let got = run(text, &[]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].mention, "The agency");
}

#[test]
fn a_reporting_clause_closing_the_sentence_is_the_source() {
    let text = "Tom Hale welcomed the news, saying the governor was “doing the right thing,” and adding more, CNN reported.";
    assert_eq!(speakers(text)[0].0, "CNN");
    let text = "“We will win this election,” Senator Ada Moss, a close adviser, told AFP.";
    assert_eq!(speakers(text)[0].0, "Senator Ada Moss");
}

#[test]
fn a_question_standing_alone_takes_the_attribution_sentence_after_it() {
    let text = "Later, Chuck Todd asked Ana Ruiz about the tweet. “Did you know it was a fake?” Todd asked the mayor.";
    assert_eq!(speakers(text)[0].0, "Todd");
    let text = "“What does that mean?” Ruiz asked, according to a transcript of the interview.";
    assert_eq!(speakers(text)[0].0, "a transcript of the interview");
}

#[test]
fn a_side_clause_verb_is_only_the_last_resort() {
    let text = "Rachel Hoff, who declined to comment for this article, proposes similar language for the platform: “We stand united with all victims of terrorism.”";
    assert_eq!(speakers(text)[0].0, "Rachel Hoff");
}

// Pronoun resolution (resolve.rs): which earlier person `he`/`she` names.

#[test]
fn a_person_after_the_last_comma_of_an_introduction_opens_the_sentence() {
    let text = "“The plan is sound,” said Tom Hale, a lawyer.\nAt a rally in Salem, Oregon, on Monday, Dan Fishman spoke about roads. “It is getting easier,” he said.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Dan Fishman");
}

#[test]
fn a_person_behind_role_words_opens_the_sentence() {
    let text = "“The plan is sound,” said Tom Hale, a lawyer.\nIn a memo on Tuesday, Fishman campaign manager Dan Fishman released new figures. “It is getting easier,” he said.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Dan Fishman");
}

#[test]
fn a_person_named_as_an_object_leaves_the_earlier_speaker() {
    let text = "“The plan is sound,” said Tom Hale, a lawyer.\nVoters in the district gave Dan Fishman a warm welcome. “It is getting easier,” he said.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Tom Hale");
}

#[test]
fn an_exclamation_or_question_is_said_however_short_or_title_cased() {
    assert_eq!(
        spans("“Who will pay for it?”\n“Mexico!” the audience screamed back."),
        ["“Who will pay for it?”", "“Mexico!”"]
    );
    assert_eq!(
        spans("The judge then turned to me. “Mr. Ode?”"),
        ["“Mr. Ode?”"]
    );
    // Without the mark the same word is a name.
    assert!(spans("The audience moved to “Mexico” last year.").is_empty());
    // In a title's slot it stays a title, and so does a title set with a
    // comma after its `!`.
    assert!(spans("They watched the film “Hail Mary!” on Sunday.").is_empty());
    assert!(spans("In “Hail, Mary!,” Brolin plays a studio fixer.").is_empty());
}

#[test]
fn a_lone_letter_is_a_symbol() {
    assert!(spans("Voters pull the lever for “R” or “D,” according to their habits.").is_empty());
    assert_eq!(
        spans("Voters pull the lever for “Ron” or “Dee,” according to their habits."),
        ["“Ron”", "“Dee,”"]
    );
}

#[test]
fn so_called_marks_a_scare_quote_even_with_a_speech_verb() {
    assert!(spans("Aides said the so-called “grand bargain” was dead.").is_empty());
    assert!(spans("Aides said the so called “grand bargain” was dead.").is_empty());
    assert_eq!(
        spans("Aides said the “grand bargain” was dead."),
        ["“grand bargain”"]
    );
}

#[test]
fn a_colon_introduces_a_quotation_however_short() {
    assert_eq!(
        spans("The rally had one message: “Dump Trump.”"),
        ["“Dump Trump.”"]
    );
    assert!(spans("The rally joined the “Dump Trump” group.").is_empty());
}

#[test]
fn a_show_named_before_a_performer_or_after_starred_in_is_a_title() {
    assert!(spans("After the news went viral, the “Avatar” star posted a message.").is_empty());
    assert!(spans("“Orange is the New Black” star Ana Ruiz opened up about it.").is_empty());
    assert!(spans("Lee, who starred in “Parks and Recreation,” said she would vote.").is_empty());
    // A quotation before its speaker's role is still a quotation.
    assert_eq!(
        spans("“We are done,” star Ana Ruiz said."),
        ["“We are done,”"]
    );
    // `in` after other words is no title slot.
    assert_eq!(
        spans("Lee, who believed in “Parks and Recreation,” said she would vote."),
        ["“Parks and Recreation,”"]
    );
}

#[test]
fn a_title_with_its_author_or_after_told_is_no_quotation() {
    assert_eq!(
        spans("“We lost,” Lee said, citing “The Long Road Home,” by Ana Ruiz."),
        ["“We lost,”"]
    );
    assert_eq!(
        spans("He cited “The Long Road Home,” by all accounts, Ruiz said."),
        ["“The Long Road Home,”"]
    );
    assert!(spans("Fiorina told “Fox and Friends,” reminding the hosts of it.").is_empty());
    assert_eq!(
        spans("Fiorina asked “Fox and Friends,” reminding the hosts of it."),
        ["“Fox and Friends,”"]
    );
}

#[test]
fn a_nickname_inside_a_name_is_part_of_the_name() {
    assert!(
        spans("“We won,” said Gov. C.L. “Butch” Otter, an early endorser.")
            .iter()
            .all(|q| q != "“Butch”")
    );
    assert!(
        spans("The rally was led by Gov. C.L. “Butch” Otter, who said he was happy.").is_empty()
    );
    // Before a lower-case word the same span stays what it was.
    assert_eq!(spans("Otter said the word “Butch” twice."), ["“Butch”"]);
}

#[test]
fn a_long_title_in_a_title_slot_is_still_a_title() {
    assert_eq!(
        spans("“We lost,” Lee said, citing Ana Ruiz’s book “Backfire: The Long and Bitter Battle for the Soul of the Party.”"),
        ["“We lost,”"]
    );
    // Outside a title's slot long title-cased words stay a quotation.
    assert_eq!(
        spans("Aides wrote, “Speaker Ryan Joins Growing List of Conservatives Rebuking Trump as He Wins.”"),
        ["“Speaker Ryan Joins Growing List of Conservatives Rebuking Trump as He Wins.”"]
    );
}

#[test]
fn a_time_phrase_between_subject_and_verb_is_skipped() {
    // The subject finder read `the time` as the speaker of `said`.
    let text = "The supporter was later charged. Tom Hale at the time said he had asked his “people” to help.";
    assert_eq!(speakers(text)[0].0, "Tom Hale");
}

#[test]
fn according_to_opening_the_sentence_names_the_source() {
    // PolNeAR credits the outlet, not the speaker after the comma.
    let text = "According to the Herald, Mayor Ana Ruiz said the budget was “a disgrace.”";
    assert_eq!(speakers(text)[0].0, "the Herald");
}

// British style: quotations in single marks, nested ones in doubles.

/// A British-style article, and the same in US style below.
const BRITISH: &str = "Minister defends plan\n\n\
    The prime minister said on Tuesday that the plan was ‘the right thing to do’ and would not be withdrawn.\n\n\
    ‘We will not back down,’ Mr Johnson told reporters outside Downing Street. ‘This is about the future of the country.’\n\n\
    Labour leader Keir Starmer called the decision ‘a disgrace’. He said: ‘Families cannot afford another winter like this one.’\n\n\
    ‘The players’ union told us “no”,’ said Anna Price, a union official. ‘We will strike.\n\n\
    ‘And we will win.’\n\n\
    The so-called ‘deal’ has not been published.";

const AMERICAN: &str = "Minister defends plan\n\n\
    The prime minister said on Tuesday that the plan was “the right thing to do” and would not be withdrawn.\n\n\
    “We will not back down,” Mr Johnson told reporters outside Downing Street. “This is about the future of the country.”\n\n\
    Labour leader Keir Starmer called the decision “a disgrace”. He said: “Families cannot afford another winter like this one.”\n\n\
    “The players’ union told us ‘no’,” said Anna Price, a union official. “We will strike.\n\n\
    “And we will win.”\n\n\
    The so-called “deal” has not been published.";

/// `(quotation, speaker mention, speaker name)` of each quote of `text`.
fn quotes_and_speakers(text: &str) -> Vec<(String, String, String)> {
    let names = [
        ("Mr Johnson", PER, "Boris Johnson"),
        ("Downing Street", LOC, "Downing Street"),
        ("Labour", ORG, "Labour"),
        ("Keir Starmer", PER, "Keir Starmer"),
        ("Anna Price", PER, "Anna Price"),
    ];
    run(text, &entities(text, &names))
        .into_iter()
        .map(|f| (f.quote, f.mention, f.name))
        .collect()
}

#[test]
fn a_british_article_quotes_with_single_marks() {
    let want = [
        (
            "‘the right thing to do’",
            "The prime minister",
            "Boris Johnson",
        ),
        ("‘We will not back down,’", "Mr Johnson", "Boris Johnson"),
        (
            "‘This is about the future of the country.’",
            "Mr Johnson",
            "Boris Johnson",
        ),
        ("‘a disgrace’", "Labour leader Keir Starmer", "Keir Starmer"),
        (
            "‘Families cannot afford another winter like this one.’",
            "He",
            "Keir Starmer",
        ),
        (
            "‘The players’ union told us “no”,’",
            "Anna Price",
            "Anna Price",
        ),
        (
            "‘We will strike.\n\n‘And we will win.’",
            "Anna Price",
            "Anna Price",
        ),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(q, m, n)| (q.to_string(), m.to_string(), n.to_string()))
        .collect();
    assert_eq!(quotes_and_speakers(BRITISH), want);
}

#[test]
fn a_british_article_reads_as_its_us_twin() {
    let marks = |(q, m, n): (String, String, String)| {
        let q: String = q.chars().filter(|c| !"‘’“”".contains(*c)).collect();
        (q, m, n)
    };
    let british: Vec<_> = quotes_and_speakers(BRITISH)
        .into_iter()
        .map(marks)
        .collect();
    let american: Vec<_> = quotes_and_speakers(AMERICAN)
        .into_iter()
        .map(marks)
        .collect();
    assert_eq!(british, american);
}

#[test]
fn a_british_split_quote_keeps_one_speaker() {
    let text = "Karen Ode spoke in Lagos.\n‘We will win,’ she said, ‘and we will win soon.’\nThe crowd cheered Karen Ode.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    for g in &got {
        assert_eq!(g.mention, "she");
        assert_eq!(g.name, "Karen Ode");
    }
}
