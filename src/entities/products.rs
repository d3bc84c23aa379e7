//! Products the model types as people or places (`Demand for Blackwell`,
//! `Wegovy`, `Fortnite`): CoNLL types a product as MISC. The model has
//! seen few of them, and a new product's name looks like a surname or a
//! town. The article says what it is: `its Blackwell chips`, `the
//! weight-loss drug Wegovy`, `maker of Fortnite`, `Minecraft maker`. One
//! such phrase makes every mention of the spelling a product, unless it is
//! part of a person's full name there, or the document also shows it to be
//! a company ([`super::organisations`] runs after this).

use super::consistency::Mention;
use super::gazetteer::with_lower;
use super::Set;
use crate::annotations::EntityType::{Misc, Person};
use crate::tokens::Token;

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

/// Nouns after which `of X` names a product (`maker of Fortnite`) and
/// before which a name is one (`Minecraft maker Mojang`).
const MAKERS: &[&str] = &["developer", "maker"];

/// Retypes as products (MISC) the people and places the document
/// describes as products (see the module comment).
pub fn retype(text: &str, tokens: &[Token], mentions: &mut [Mention]) {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text));
    let is = |i: Option<usize>, list: &[&str]| {
        i.and_then(word)
            .is_some_and(|w| with_lower(w, |l| list.contains(&l)))
    };
    let key = |m: &Mention| m.span.of(text).to_lowercase();
    let mut products: Set<String> = Set::default();
    let mut people: Set<String> = Set::default();
    for m in mentions.iter() {
        let first = tokens.partition_point(|t| t.span.start < m.span.start);
        let end = tokens.partition_point(|t| t.span.start < m.span.end);
        if m.kind == Person && end - first > 1 {
            people.extend(m.span.of(text).split_whitespace().map(str::to_lowercase));
        }
        let before = |k: usize| first.checked_sub(k);
        let described = (is(before(1), OWNERS) && is(Some(end), PRODUCT_NOUNS))
            || is(before(1), PRODUCT_NOUNS)
            || (is(before(1), &["of"]) && is(before(2), MAKERS))
            || is(Some(end), MAKERS);
        if described {
            products.insert(key(m));
        }
    }
    for m in mentions.iter_mut() {
        let k = key(m);
        let surname = !k.contains(' ') && people.contains(&k);
        if m.kind != Misc && !surname && products.contains(&k) {
            m.kind = Misc;
        }
    }
}
