//! Session 22: which clause or phrase of a sentence voices its quotation.

mod quotes_common;

use quotes_common::speakers;

#[test]
fn a_pronoun_opening_a_contrasting_clause_voices_its_quotation() {
    let text = "Sanders urged Democrats to reject the Puerto Rico deal. Meanwhile, \
                Clinton endorsed the bipartisan deal, although she made it clear that she \
                has “serious concerns” about a handful of provisions in the legislation.";
    let got = speakers(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "she");
}

#[test]
fn a_word_in_ing_before_to_governs_the_infinitive() {
    let text = "Carson spoke in Iowa on Friday.\n\nContinuing to explain his perspective, \
                Carson rejected the notion that the episode should be water under the \
                bridge, saying that if he \"found something that was rotten, I would fix it.\"";
    let got = speakers(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Carson", "{got:?}");
    // A name in -ing before `to` may be the subject.
    let text = "The fact-check spread widely, leading adviser Gene Sperling to counter that \
                “every cent that went to the bailout, Sanders voted against.”";
    let got = speakers(text);
    assert_eq!(got[0].0, "adviser Gene Sperling", "{got:?}");
}

#[test]
fn a_verb_with_back_after_a_quotation_is_a_retort() {
    let text = "“She has voted for one new building,” Salazar said.\n\n“That's simply \
                false,” Harper shot back. “I voted for every affordable project.”";
    let got = speakers(text);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[1].0, "Harper", "{got:?}");
    assert_eq!(got[2].0, "Harper", "{got:?}");
}
