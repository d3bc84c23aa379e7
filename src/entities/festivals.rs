//! Festivals: CoNLL types an event MISC (eng.testa's `Venice Film
//! Festival`); the model typed new ones as firms, places or people
//! (`Roskilde Festival` ORG, `Isle of Wight Festival` ORG). A name of two
//! words or more that ends in `Festival`/`Festivals` is MISC; one that
//! opens with the word is the promoter's (`Festival Republic`).

use super::consistency::Mention;
use crate::annotations::EntityType::Misc;

/// Last words of festivals' names.
pub const FESTIVALS: &[&str] = &["Festival", "Festivals"];

/// Retypes as MISC the names that end in a festival's word.
pub fn retype(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let name = m.span.of(text);
        if let Some((_, last)) = name.rsplit_once(' ') {
            if FESTIVALS.contains(&last) {
                m.kind = Misc;
            }
        }
    }
}
