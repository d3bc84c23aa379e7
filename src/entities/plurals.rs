//! Plurals of acronyms are common nouns (`GPUs`, `CPUs`, `APIs`, `LLMs`):
//! the model, which saw few of them, typed them PER, ORG or MISC on
//! technology copy. CoNLL leaves them untagged (`MPs` O 5 times,
//! `SBPUs` 3, `GDRs` 2, `GOs` 1 in eng.train and eng.testa) except a few
//! traded instruments (`ADRs` MISC 5 times of 5). A person, organisation
//! or place mention that is such a word is dropped; one ending in it
//! loses it (`H100 GPUs` → `H100`). MISC mentions keep the model's
//! reading: dropping them too took the 5 `ADRs` of eng.train.

use super::consistency::Mention;
use crate::annotations::EntityType::Misc;
use crate::text::Span;

/// The fewest capitals before the plural `s`: a capital and `s` alone
/// (`Ks`, `Ts`) is a word or a name (`Cs` as in a grade) more often than
/// an acronym.
const MIN_ACRONYM_CAPITALS: usize = 2;

/// Drops plural acronyms from the mentions that are not MISC and cuts
/// them off the end of longer ones. Read from the mention's text: no token lookup for the
/// mentions (nearly all) that do not end in one.
pub fn drop_plural_acronyms(text: &str, mentions: &mut Vec<Mention>) {
    mentions.retain_mut(|m| {
        if m.kind == Misc {
            return true;
        }
        let name = m.span.of(text);
        let (rest, last) = name
            .rsplit_once(char::is_whitespace)
            .map_or(("", name), |(rest, last)| (rest.trim_end(), last));
        if !is_plural_acronym(last) {
            return true;
        }
        m.span = Span::new(m.span.start, m.span.start + rest.len());
        !rest.is_empty()
    });
}

/// Whether `word` is capitals and a lower-case plural `s` (`GPUs`).
fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|stem| {
        stem.len() >= MIN_ACRONYM_CAPITALS && stem.bytes().all(|b| b.is_ascii_uppercase())
    })
}
