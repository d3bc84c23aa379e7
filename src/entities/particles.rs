//! A person's name with a lower-case particle inside (`Mohammed bin
//! Salman`, `André Corrêa do Lago`, `Ludwig van Beethoven`): the model
//! cut some of them at the particle into two mentions (a person and a
//! person or a place), and the rule finder's whole name is not taken over
//! two model mentions (see `merge_rules`). CoNLL tags such a name as one
//! person (`Osama bin Laden`, `Ruud van Nistelrooy`-style names in
//! eng.train). A person's mention, one or two particles and a mention of
//! one or two capitalised words right after are one person.

use super::consistency::Mention;
use super::joins::{join, token_range};
use crate::annotations::EntityType::Person;
use crate::text::Span;
use crate::tokens::Token;

/// Particles between the parts of one person's name (Arabic, Portuguese,
/// Spanish, Italian, Dutch, German). Not `of`, `and`, `la`, `le`, which
/// also sit between two names (`Fabius of France`).
const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "al", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "van",
    "von",
];

/// Words that may follow a first particle to make a two-word one (`de la
/// Torre`, `van der Berg`, `van den Broek`).
const SECOND_PARTICLES: &[&str] = &["la", "las", "los", "der", "den"];

/// Most words of the mention after the particle: a longer one is another
/// name (`Silva do Banco Central do Brasil`).
const MAX_WORDS_AFTER: usize = 2;

/// Joins a person's mention with the mention after a name particle.
pub fn join_particles(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let mut pairs = Vec::new();
    for (k, pair) in mentions.windows(2).enumerate() {
        let (first, next) = (&pair[0], &pair[1]);
        if first.kind != Person || !is_particle_gap(&text[first.span.end..next.span.start]) {
            continue;
        }
        if token_range(tokens, next.span).len() <= MAX_WORDS_AFTER {
            pairs.push(k);
        }
    }
    for k in pairs.into_iter().rev() {
        let span = Span::new(mentions[k].span.start, mentions[k + 1].span.end);
        join(mentions, span, Person);
    }
}

/// Whether the text between two mentions is one particle, or a particle
/// and a second one, between single spaces (` bin `, ` de la `).
fn is_particle_gap(gap: &str) -> bool {
    let Some(inner) = gap.strip_prefix(' ').and_then(|g| g.strip_suffix(' ')) else {
        return false;
    };
    match inner.split_once(' ') {
        None => NAME_PARTICLES.contains(&inner),
        Some((first, second)) => {
            NAME_PARTICLES.contains(&first) && SECOND_PARTICLES.contains(&second)
        }
    }
}
