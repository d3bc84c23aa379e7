//! Plural groups of people opening a sentence (`Several hundred
//! protesters broke off from the march.`): a later `they` stands for
//! them (`“Free, free Palestine!” they shouted`). No speech verb reports
//! such a subject, so no speaker phrase brings it in, and `they` went to
//! the last group that had spoken or to any capitalised word nearby.

use super::*;

/// Words that link a sentence's subject to what came before (`But the
/// protesters …`, `While the two men …`): not part of the group's name.
const SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "when",
    "while",
];

/// The most words before a group's plural head (`several hundred`,
/// `hundreds of angry`): a longer run is a clause, not a subject.
const MAX_GROUP_WORDS: usize = 4;

impl Resolver<'_> {
    /// Records each sentence's opening plural subject of people, at the
    /// sentence's start or right after its first comma (`Outside the
    /// arena, several hundred protesters gathered …`).
    pub(super) fn note_crowds(&mut self) {
        let tokens = self.tokens();
        for (k, s) in self.toks.sentences.iter().enumerate() {
            let after_comma = (s.start..s.end)
                .find(|&i| tokens[i].is_punct(","))
                .map(|c| c + 1);
            let Some(np) = [Some(s.start), after_comma]
                .into_iter()
                .flatten()
                .find_map(|p| crowd_at(tokens, p, s.end))
            else {
                continue;
            };
            let name = np.span(tokens).of(self.text).to_string();
            self.by_sentence[k].push(Entry {
                token: np.first,
                referent: Referent {
                    people: true,
                    ..Referent::new(name, Class::Group)
                },
                speaker: false,
            });
        }
    }
}

/// A plural group of people at `p`, after any link word: lower-case words (the first may carry
/// the sentence's capital) without a verb among them, up to a plural
/// person noun.
fn crowd_at(tokens: &[Token], p: usize, hi: usize) -> Option<Np> {
    let p = (p..hi).find(|&k| !is_link(&tokens[k].lower))?;
    let head = (p..hi)
        .take(MAX_GROUP_WORDS + 1)
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
