//! Viterbi decoding of the best label sequence under first-order
//! transitions, with the BIO constraint (`I-X` only continues an `X`).

use super::Label;

const L: usize = Label::COUNT;

/// True when `cur` may follow `prev` (`None`: the sentence start).
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    ALLOWED[prev.map_or(0, |p| p + 1)][cur]
}

/// [`allowed`] as a table, row 0 the sentence start: the decoder's inner
/// loop asks it 81 times a token.
const ALLOWED: [[bool; L]; L + 1] = {
    let mut table = [[true; L]; L + 1];
    let mut prev = 0;
    while prev <= L {
        let mut cur = 2;
        while cur < L {
            // `I-X` (even labels) continues only `B-X` or `I-X` of the same type.
            let kind = (cur - 1) / 2;
            table[prev][cur] = prev > 0 && prev - 1 > 0 && (prev - 2) / 2 == kind;
            cur += 2;
        }
        prev += 1;
    }
    table
};

/// The best labels for `emissions` (one score per label per token) under
/// `transitions` (`(L + 1) × L`, row 0 the start), written into `out`.
pub fn viterbi(emissions: &[[f32; L]], transitions: &[f32], out: &mut Vec<u8>) {
    out.clear();
    out.resize(emissions.len(), 0);
    Decoder::new(transitions).decode(emissions, out);
}

/// Viterbi decoding under one set of transitions, laid out once for the
/// sentences of a document.
pub struct Decoder {
    /// The transitions from the sentence start.
    start: [f32; L],
    from_each: Steps,
    /// The forward pass's best scores, one row per token: kept from one
    /// sentence to the next, as the memory of the vector outlives them.
    scores: Vec<[f32; L]>,
}

impl Decoder {
    /// The decoder of `transitions` (`(L + 1) × L`, row 0 the start).
    pub fn new(transitions: &[f32]) -> Decoder {
        Decoder {
            start: std::array::from_fn(|y| transitions[y]),
            from_each: from_each_label(transitions),
            scores: Vec::new(),
        }
    }

    /// The best labels for `emissions`, written into `out` (as long).
    ///
    /// The forward pass keeps only the best score reaching each label (a
    /// maximum, which vectorises); the backward pass finds the predecessor
    /// that gave it for the one label taken per token. That is the first
    /// predecessor reaching the maximum, as a strict `>` over the
    /// predecessors in order would keep.
    pub fn decode(&mut self, emissions: &[[f32; L]], out: &mut [u8]) {
        let Some(first) = emissions.first() else {
            return;
        };
        let from_each = &self.from_each;
        let scores = &mut self.scores;
        scores.clear();
        let mut score: [f32; L] = std::array::from_fn(|y| self.start[y] + first[y]);
        for (y, s) in score.iter_mut().enumerate() {
            if !allowed(None, y) {
                *s = f32::NEG_INFINITY;
            }
        }
        scores.push(score);
        for e in &emissions[1..] {
            let best = best_reaching(&score, from_each);
            score = std::array::from_fn(|y| best[y] + e[y]);
            scores.push(score);
        }
        let mut best = (0..L)
            .max_by(|&a, &b| score[a].total_cmp(&score[b]))
            .unwrap_or(0);
        for t in (0..emissions.len()).rev() {
            out[t] = best as u8;
            if t > 0 {
                best = best_predecessor(&scores[t - 1], from_each, best);
            }
        }
    }
}

/// Labels padded to a whole number of 4-lane vectors: the forward pass's
/// inner loop then compiles to vector instructions only.
const W: usize = L.next_multiple_of(4);

/// The transitions from each label (rows after the start), rows padded to
/// [`W`], minus infinity where the step is not [`allowed`] and in the
/// padding.
type Steps = [[f32; W]; L];

/// For each label, the best score reaching it from `score`. Forbidden
/// steps weigh minus infinity in `from_each`, so they never win, and the
/// loop runs over every pair without branches.
fn best_reaching(score: &[f32; L], from_each: &Steps) -> [f32; L] {
    let mut best = [f32::NEG_INFINITY; W];
    for (&s, row) in score.iter().zip(from_each) {
        for (b, &t) in best.iter_mut().zip(row) {
            let via = s + t;
            *b = if via > *b { via } else { *b };
        }
    }
    std::array::from_fn(|y| best[y])
}

/// The first label before `y` whose step to `y` reaches the best score
/// (label 0 when none does, as when every step is forbidden).
fn best_predecessor(score: &[f32; L], from_each: &Steps, y: usize) -> usize {
    let step = |p: usize| score[p] + from_each[p][y];
    let best = (0..L)
        .map(step)
        .fold(f32::NEG_INFINITY, |a, b| if b > a { b } else { a });
    (0..L).find(|&p| step(p) == best).unwrap_or(0)
}

/// The [`Steps`] of `transitions`.
fn from_each_label(transitions: &[f32]) -> Steps {
    std::array::from_fn(|p| {
        std::array::from_fn(|y| {
            if y < L && allowed(Some(p), y) {
                transitions[(p + 1) * L + y]
            } else {
                f32::NEG_INFINITY
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_emissions_and_keeps_bio_valid() {
        let mut e = [[0f32; L]; 2];
        e[0][Label::begin(0).index()] = 2.0;
        e[1][Label::inside(1).index()] = 5.0;
        e[1][Label::inside(0).index()] = 4.0;
        let mut out = Vec::new();
        viterbi(&e, &[0.0; (L + 1) * L], &mut out);
        assert_eq!(out, [Label::begin(0).0, Label::inside(0).0]);
    }

    #[test]
    fn best_steps_are_the_first_best_allowed_ones() {
        // Pseudo-random scores and transitions, forbidden steps included.
        let mut x = 7u32;
        let mut next = || {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (x >> 16) as f32 / 1000.0 - 30.0
        };
        let transitions: Vec<f32> = (0..(L + 1) * L).map(|_| next()).collect();
        let from_each = from_each_label(&transitions);
        for _ in 0..50 {
            let score: [f32; L] = std::array::from_fn(|_| next());
            let best = best_reaching(&score, &from_each);
            for y in 0..L {
                let mut want = (f32::NEG_INFINITY, 0);
                for p in (0..L).filter(|&p| allowed(Some(p), y)) {
                    let s = score[p] + transitions[(p + 1) * L + y];
                    if s > want.0 {
                        want = (s, p as u8);
                    }
                }
                assert_eq!(best[y], want.0);
                assert_eq!(best_predecessor(&score, &from_each, y), usize::from(want.1));
            }
        }
    }
}
