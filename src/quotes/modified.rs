//! Speech words used as nouns after a modifier: `a thunderous chant`,
//! `the racial remarks`, `her recovered emails`, `the 2012 attacks`, `a
//! heavily Democratic state`. Read as verbs, they made the modifier a
//! speaker (`the 2012`, `Democratic`).

use super::lexicon;
use super::tokens::Token;

/// Endings of adjectives and participles used as adjectives (`thunderous`,
/// `racial`, `diplomatic`, `reckless`, `recovered`). A person noun with
/// one of these endings (`official`, `critic`, `executive`) is a speaker
/// noun or a person role, and stays a subject (`the official notes`).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "able", "al", "ed", "ful", "ible", "ic", "ive", "less", "ous",
];

/// Whether the speech word `tokens[v]` (lemma `lemma`) is a noun after the
/// modifier right before it, in the clause starting at `lo`: a
/// lower-case adjective, a number before a plural (`the 2012 attacks`;
/// `40 say` stays a verb), or a capitalised adjective after an adverb in
/// `-ly` (`a heavily Democratic state`; `the Post reports` stays a
/// verb).
pub fn is_modified_noun(tokens: &[Token], lo: usize, v: usize, lemma: &str) -> bool {
    let t = &tokens[v];
    // `say` has no noun forms (`says` is the verb's).
    let plural = lemma != "say" && t.lower.strip_suffix('s') == Some(lemma);
    let noun_form = plural || t.lower == lemma;
    let Some(m) = v.checked_sub(1).filter(|&m| m >= lo && tokens[m].is_word()) else {
        return false;
    };
    let modifier = &tokens[m];
    let adverb_before = || m > lo && is_adverb(&tokens[m - 1]);
    noun_form
        && (is_adjective(modifier)
            || plural && modifier.lower.bytes().all(|b| b.is_ascii_digit())
            || modifier.is_capitalized() && adverb_before())
}

/// A lower-case word with an adjective's ending that is no verb and no
/// noun for a person.
fn is_adjective(t: &Token) -> bool {
    let w = &t.lower;
    !t.is_capitalized()
        && t.verb.is_none()
        && ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))
        && !lexicon::is_speaker_noun(w)
        && !lexicon::is_in(lexicon::PERSON_ROLES, w)
}

/// A lower-case adverb in `-ly` (`heavily`, `solidly`; not the name in
/// `the Daily Caller reports`); `only` singles out a subject (`only
/// Clinton claims`).
fn is_adverb(t: &Token) -> bool {
    t.is_word() && !t.is_capitalized() && t.lower.ends_with("ly") && t.lower != "only"
}

/// Whether `lo..hi` holds a speech word used as a noun: it voices a
/// quotation there as a verb would (`surprisingly positive comments …
/// as a “strongman”`), although it names no speaker.
pub fn has_modified_noun(tokens: &[Token], lo: usize, hi: usize) -> bool {
    (lo..hi).any(|v| {
        tokens[v]
            .verb
            .is_some_and(|(lemma, _)| is_modified_noun(tokens, lo, v, lemma))
    })
}
