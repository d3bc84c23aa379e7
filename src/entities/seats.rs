//! Seats of power named for the governments in them (`the Kremlin said`,
//! `White House officials`), which the model types by the shape of the
//! word: `Kremlin` came out a person when it opened a sentence, `Élysée`
//! a person, `Zhongnanhai` an organisation.
//!
//! CoNLL types the building whatever it stands for: eng.train's `Kremlin`
//! is LOC 11 times of 11 (`the Kremlin press service`, `Kremlin
//! spokesman`), `White House` LOC 11 of 11; its one `Pentagon` is ORG (as
//! eng.testa's `Pentagon spokesman`). Every mention spelt as one of these
//! takes its listed type. `Downing Street` is a street and already LOC
//! ([`super::places`]). `data/organisations.txt` lists several of them as
//! organisations, but it feeds the tagger's training gazetteer, so the
//! list here is this module's own.

use super::consistency::Mention;
use crate::annotations::EntityType::{self, Location, Organization};

/// Seats of power and the type CoNLL gives them (see the module comment);
/// the ones not in CoNLL take the Kremlin's type.
const SEATS: &[(&str, EntityType)] = &[
    ("Elysee", Location),
    ("Kremlin", Location),
    ("Pentagon", Organization),
    ("White House", Location),
    ("Zhongnanhai", Location),
    ("Élysée", Location),
];

/// Gives every mention of a seat of power its listed type.
pub fn retype(text: &str, mentions: &mut [Mention]) {
    give_listed_types(text, mentions, SEATS);
}

/// Gives every mention spelt as a name of `listed` the type listed with
/// it (also read by [`super::parties`]).
pub fn give_listed_types(text: &str, mentions: &mut [Mention], listed: &[(&str, EntityType)]) {
    for m in mentions.iter_mut() {
        let spelling = m.span.of(text);
        if let Some(&(_, kind)) = listed.iter().find(|(name, _)| *name == spelling) {
            m.kind = kind;
        }
    }
}
