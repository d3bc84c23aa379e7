//! Viterbi decoding of the best label sequence under first-order
//! transitions, with the BIO constraint (`I-X` only continues an `X`).

use super::{Label, TYPES};

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
    /// The same, laid out for [`best_reaching`].
    reaching: Reaching,
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
            reaching: Reaching::of(transitions),
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
        let (from_each, reaching) = (&self.from_each, &self.reaching);
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
            score = if allows_outside_only(e) {
                into_outside(&score, from_each)
            } else {
                let best = best_reaching(&score, reaching);
                std::array::from_fn(|y| best[y] + e[y])
            };
            scores.push(score);
        }
        let mut best = (0..L)
            .max_by(|&a, &b| score[a].total_cmp(&score[b]))
            .unwrap_or(0);
        for t in (0..emissions.len()).rev() {
            out[t] = best as u8;
            // Only `O` has a score before a token that allows `O` only.
            if t > 0 && allows_outside_only(&emissions[t - 1]) {
                best = Label::OUTSIDE.index();
            } else if t > 0 {
                best = best_predecessor(&scores[t - 1], from_each, best);
            }
        }
    }
}

/// The transitions from each label (rows after the start), minus
/// infinity where the step is not [`allowed`].
type Steps = [[f32; L]; L];

/// The labels every label may precede: `O` and each `B-X`.
const OPEN: [usize; 1 + TYPES.len()] = {
    let mut open = [0; 1 + TYPES.len()];
    let mut k = 0;
    while k < TYPES.len() {
        open[k + 1] = Label::begin(k).0 as usize;
        k += 1;
    }
    open
};

/// The transitions as [`best_reaching`] reads them: from each label to
/// each [`OPEN`] label, and, per type, from its `B-X` and its `I-X` to its
/// `I-X` (the only steps `I-X` allows).
struct Reaching {
    to_open: [[f32; OPEN.len()]; L],
    to_inside: [[f32; 2]; TYPES.len()],
}

impl Reaching {
    fn of(transitions: &[f32]) -> Reaching {
        let step = |p: usize, y: usize| transitions[(p + 1) * L + y];
        Reaching {
            to_open: std::array::from_fn(|p| OPEN.map(|y| step(p, y))),
            to_inside: std::array::from_fn(|k| {
                let (b, i) = (Label::begin(k).index(), Label::inside(k).index());
                [step(b, i), step(i, i)]
            }),
        }
    }
}

/// For each label, the best score reaching it from `score`. An open label
/// may follow any label: one branch-free loop over all of them, which
/// vectorises; an `I-X` follows two labels only, and the forbidden steps
/// of a whole-table loop (minus infinity, they never win) were most of
/// the decoder's work (callgrind). The maximum over the same scores in
/// the same order as that loop: the same floats.
fn best_reaching(score: &[f32; L], reaching: &Reaching) -> [f32; L] {
    let mut open = [f32::NEG_INFINITY; OPEN.len()];
    for (&s, row) in score.iter().zip(&reaching.to_open) {
        for (b, &t) in open.iter_mut().zip(row) {
            let via = s + t;
            *b = if via > *b { via } else { *b };
        }
    }
    let mut best = [f32::NEG_INFINITY; L];
    for (&y, &b) in OPEN.iter().zip(&open) {
        best[y] = b;
    }
    for (k, [from_begin, from_inside]) in reaching.to_inside.iter().enumerate() {
        let (b, i) = (Label::begin(k).index(), Label::inside(k).index());
        let (via_begin, via_inside) = (score[b] + from_begin, score[i] + from_inside);
        best[i] = if via_inside > via_begin {
            via_inside
        } else {
            via_begin
        };
    }
    best
}

/// True when emission scores `e` allow `O` only (minus infinity for
/// every other label), as the tagger scores the words it leaves outside
/// every name: most tokens of a text.
fn allows_outside_only(e: &[f32; L]) -> bool {
    e[1..].iter().all(|&s| s == f32::NEG_INFINITY)
}

/// The scores after a step from `score` into a token that allows `O` only
/// with an emission of 0 for it: the best step into `O`, found as
/// [`best_reaching`] finds it (the same maximum in the same order, so the
/// same float), and minus infinity for the rest.
fn into_outside(score: &[f32; L], from_each: &Steps) -> [f32; L] {
    let outside = Label::OUTSIDE.index();
    let mut best = [f32::NEG_INFINITY; L];
    for (&s, row) in score.iter().zip(from_each) {
        let via = s + row[outside];
        best[outside] = if via > best[outside] {
            via
        } else {
            best[outside]
        };
    }
    best
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
            if allowed(Some(p), y) {
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
            let best = best_reaching(&score, &Reaching::of(&transitions));
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
            // A row allowing `O` only takes the same step into `O`.
            let mut outside_only = [f32::NEG_INFINITY; L];
            outside_only[0] = 0.0;
            assert!(allows_outside_only(&outside_only) && !allows_outside_only(&score));
            let general: [f32; L] = std::array::from_fn(|y| best[y] + outside_only[y]);
            assert_eq!(into_outside(&score, &from_each), general);
        }
    }
}
