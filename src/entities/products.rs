//! Products the model types as people or places (`Demand for Blackwell`,
//! `Wegovy`, `Fortnite`): CoNLL types a product as MISC. The model has
//! seen few of them, and a new product's name looks like a surname or a
//! town. The article says what it is: `its Blackwell chips`, `the
//! weight-loss drug Wegovy`, `maker of Fortnite`, `Minecraft maker`, `the
//! Gemini chatbot`. One
//! such phrase makes every mention of the spelling a product, unless it is
//! part of a person's full name there, or the document also shows it to be
//! a company ([`super::organisations`] runs after this).

use super::consistency::Mention;
use super::{Set, Surroundings};
use crate::annotations::EntityType::{Misc, Organization};

/// Nouns that name what a product is. `model` is left out (a fashion
/// model is a person), and so is `platform` (a company, see
/// [`super::organisations`]).
const PRODUCT_NOUNS: &[&str] = &[
    "accelerator",
    "accelerators",
    "app",
    "chatbot",
    "chip",
    "chips",
    "console",
    "drug",
    "game",
    "jab",
    "phone",
    "pill",
    "processor",
    "processors",
    "sedan",
    "smartphone",
    "vaccine",
];

/// Possessive determiners before a product and its noun (`its Blackwell
/// chips`); `the` is left out (`the Stockholm office` is not about a
/// product, and neither is `the Kremlin vaccine` by these nouns alone).
const OWNERS: &[&str] = &["its", "their"];

/// Product nouns so plain that `the X <noun>` names a product (`the
/// Gemini chatbot`) unless the model took X for a company (`the BBC
/// app` is the BBC's). Not `vaccine`, `drug` or `game`, which a place or
/// a team also has (`the Oxford vaccine`, `the Arsenal game`).
const THE_PRODUCT_NOUNS: &[&str] = &[
    "app",
    "chatbot",
    "chatbots",
    "console",
    "processor",
    "processors",
    "smartphone",
    "smartphones",
];

/// Nouns after which `of X` names a product (`maker of Fortnite`) and
/// before which a name is one (`Minecraft maker Mojang`). Not `developer`:
/// `Florida developer Mel Sembler` builds houses (PolNeAR train).
const MAKERS: &[&str] = &["maker"];

/// Retypes as products (MISC) the people and places the document
/// describes as products (see the module comment).
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    let is = |i: Option<usize>, list: &[&str]| i.is_some_and(|i| around.word_in(i, list));
    let mut products: Set<&str> = Set::default();
    for (m, r) in mentions.iter().zip(&around.ranges) {
        let before = |k: usize| r.start.checked_sub(k);
        let the_noun =
            is(before(1), &["the"]) && is(Some(r.end), THE_PRODUCT_NOUNS) && m.kind != Organization;
        let described = the_noun
            || (is(before(1), OWNERS) && is(Some(r.end), PRODUCT_NOUNS))
            || is(before(1), PRODUCT_NOUNS)
            || (is(before(1), &["of"]) && is(before(2), MAKERS))
            || is(Some(r.end), MAKERS);
        if described {
            products.insert(m.span.of(around.text));
        }
    }
    if products.is_empty() {
        return;
    }
    around.retype_spellings(mentions, Misc, |spelling, _| products.contains(spelling));
}
