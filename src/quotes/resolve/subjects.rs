//! Subjects opening a sentence that no speech verb reports, whom a later
//! pronoun stands for: a plural group of people (`Several hundred
//! protesters broke off from the march. “Free, free Palestine!” they
//! shouted`) and someone new whose noun tells the gender (`A man in a
//! Packers jacket stood up. “…,” he said`). No speaker phrase brought
//! them in, so the pronoun went to the last group or person who had
//! spoken, or to any capitalised word nearby.

use super::*;

/// Words that link a sentence's subject to what came before (`But the
/// protesters …`, `While the two men …`): not part of the group's name.
const SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "when",
    "while",
];

/// The most words before a subject's head (`several hundred`, `hundreds
/// of angry`, `a man`): a longer run is a clause, not a subject.
const MAX_SUBJECT_WORDS: usize = 4;

impl Resolver<'_> {
    /// Records each sentence's opening subject of either kind, at the
    /// sentence's start or right after its first comma (`Outside the
    /// arena, several hundred protesters gathered …`).
    pub(super) fn note_subjects(&mut self) {
        for k in 0..self.toks.sentences.len() {
            let s = self.toks.sentences[k].clone();
            let tokens = self.tokens();
            let after_comma = (s.start..s.end)
                .find(|&i| tokens[i].is_punct(","))
                .map(|c| c + 1);
            let opening = [Some(s.start), after_comma]
                .into_iter()
                .flatten()
                .find_map(|p| self.subject_at(p, s.end));
            if let Some((np, referent)) = opening {
                self.by_sentence[k].push(Entry {
                    token: np.first,
                    last: np.last,
                    referent,
                    speaker: false,
                });
            }
        }
    }

    /// The subject at `p`, after any link word, and whom it names: a group
    /// of people by its words, someone new as an unnamed person.
    fn subject_at(&mut self, p: usize, hi: usize) -> Option<(Np, Referent)> {
        let tokens = self.tokens();
        let p = (p..hi).find(|&k| !is_link(&tokens[k].lower))?;
        if let Some(np) = crowd_at(tokens, p, hi) {
            let name = np.span(tokens).of(self.text).to_string();
            let referent = Referent {
                people: true,
                ..Referent::new(name, Class::Group)
            };
            return Some((np, referent));
        }
        let np = newcomer_at(tokens, p, hi)?;
        Some((np, self.unnamed_person(&np)))
    }
}

/// A plural group of people at `p`: lower-case words (the first may carry
/// the sentence's capital) without a verb among them, up to a plural
/// person noun.
fn crowd_at(tokens: &[Token], p: usize, hi: usize) -> Option<Np> {
    let head = (p..hi)
        .take(MAX_SUBJECT_WORDS + 1)
        .take_while(|&k| {
            let t = &tokens[k];
            t.is_word() && t.verb.is_none() && (k == p || !t.is_capitalized())
        })
        .find(|&k| is_people(&tokens[k].lower))?;
    Some(Np {
        first: p,
        last: head,
        kind: NpKind::Nominal,
    })
}

/// Someone new at `p`: an indefinite determiner, a few lower-case words
/// and a person noun that tells the gender (`A man`, `a retired
/// spokeswoman`), unless a name follows between commas.
fn newcomer_at(tokens: &[Token], p: usize, hi: usize) -> Option<Np> {
    tokens
        .get(p)
        .filter(|t| lexicon::is_in(INDEFINITES, &t.lower))?;
    let head = (p + 1..hi)
        .take(MAX_SUBJECT_WORDS)
        .take_while(|&k| {
            let t = &tokens[k];
            t.is_word() && t.verb.is_none() && !t.is_capitalized()
        })
        .find(|&k| lexicon::is_speaker_noun(&tokens[k].lower))?;
    roles::role_gender(&tokens[head].lower)?;
    // `One local woman, Karen Robison, pulled …`: the name says who.
    let named = tokens.get(head + 1).is_some_and(|t| t.is_punct(","))
        && tokens.get(head + 2).is_some_and(|t| t.is_capitalized());
    (!named).then_some(Np {
        first: p,
        last: head,
        kind: NpKind::Nominal,
    })
}

/// A conjunction or subordinator opening a clause.
fn is_link(lower: &str) -> bool {
    lexicon::is_in(lexicon::CONJUNCTIONS, lower) || SUBORDINATORS.contains(&lower)
}

/// A plural noun for people (`protesters`, `officials`, `people`; not a
/// body such as `committees`).
fn is_people(lower: &str) -> bool {
    match lower.strip_suffix('s') {
        _ if matches!(lower, "people" | "men" | "women") => true,
        Some(one) => lexicon::is_in(SPEAKER_NOUNS, one) && !lexicon::is_in(GROUP_NOUNS, one),
        None => false,
    }
}
