//! British parties and their members' names, which the model typed by
//! the word's shape: `Tory` came out a person (`A Tory MP said`),
//! `Tories` and `Lib Dems` organisations, `Labour` mostly an organisation.
//!
//! CoNLL types a party's members and the adjective made from it MISC
//! (eng.train and eng.testa: `Democrats` MISC 16 of 18, `Republican` 28
//! of 33, `Republicans` 6 of 6, `Liberal prime minister` MISC) and the
//! party named as a body ORG (`Labour` ORG 5 of 5 outside `Labour Day`:
//! `the former Labour government`, `behind Labour and the`). `Tory` and
//! `Lib Dem` are the members' words, as `Republican` and `Democrat` are;
//! `Labour` has none of its own. `data/organisations.txt` lists `Tory`
//! and `Tories` as organisations, but it feeds the tagger's training
//! gazetteer, so the list here is this module's own.

use super::consistency::Mention;
use super::seats::give_listed_types;
use crate::annotations::EntityType::{self, Misc, Organization};

/// Parties' and members' names and the type CoNLL's conventions give them
/// (see the module comment).
const PARTIES: &[(&str, EntityType)] = &[
    ("Labour", Organization),
    ("Lib Dem", Misc),
    ("Lib Dems", Misc),
    ("Tories", Misc),
    ("Tory", Misc),
];

/// Gives every mention of a listed party or member its listed type.
pub fn retype(text: &str, mentions: &mut [Mention]) {
    give_listed_types(text, mentions, PARTIES);
}
