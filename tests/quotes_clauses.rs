//! Session 22: which clause of a sentence voices its quotation.

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
