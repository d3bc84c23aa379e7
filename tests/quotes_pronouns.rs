//! Pronoun resolution (resolve.rs): which earlier person `he`/`she` names,
//! on sentences written for these tests.

mod quotes_common;

use quotes_common::run;

#[test]
fn a_lone_capitalised_word_opening_a_sentence_is_no_antecedent_for_he() {
    // `Nobody` and `Analysts` speak, but their capitals are the sentence's:
    // `he` goes back to the man who spoke before them.
    for opener in [
        "Nobody asked about the vote.",
        "Analysts said the vote was close.",
    ] {
        let text = format!("“The plan is sound,” Tom Hale said on Monday.\n{opener} “It is getting easier,” he said.");
        let got = run(&text, &[]);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert_eq!(got[1].name, "Tom Hale", "{opener}");
    }
}

#[test]
fn a_name_opening_a_sentence_is_still_an_antecedent_for_he() {
    let text = "“The plan is sound,” Tom Hale said on Monday.\nDan Fishman said the vote was close. “It is getting easier,” he said.";
    let got = run(text, &[]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].name, "Dan Fishman");
}
