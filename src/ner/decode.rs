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
    let Some(first) = emissions.first() else {
        return;
    };
    let from_each = from_each_label(transitions);
    let mut back = vec![[0u8; L]; emissions.len()];
    let mut score: [f32; L] = std::array::from_fn(|y| transitions[y] + first[y]);
    for (y, s) in score.iter_mut().enumerate() {
        if !allowed(None, y) {
            *s = f32::NEG_INFINITY;
        }
    }
    for (e, back) in emissions.iter().zip(&mut back).skip(1) {
        let (best, from) = best_predecessors(&score, &from_each);
        score = std::array::from_fn(|y| best[y] + e[y]);
        *back = from;
    }
    let mut best = (0..L)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0);
    out.resize(emissions.len(), 0);
    for (label, back) in out.iter_mut().zip(&back).rev() {
        *label = best as u8;
        best = back[best] as usize;
    }
}

/// The labels each label may follow: a contiguous range for every label
/// (all of them before `O` and `B-X`; `B-X` and `I-X` before `I-X`), so
/// the decoder loops over just those.
const PREDECESSORS: [(usize, usize); L] = {
    let mut ranges = [(0, 0); L];
    let mut cur = 0;
    while cur < L {
        let mut first = L;
        let mut last = 0;
        let mut prev = 0;
        while prev < L {
            if ALLOWED[prev + 1][cur] {
                if first == L {
                    first = prev;
                }
                last = prev;
            }
            prev += 1;
        }
        ranges[cur] = (first, last + 1);
        cur += 1;
    }
    ranges
};

/// For each label, the best score reaching it from `score` and the first
/// predecessor giving it (a strict `>` over the predecessors in order).
fn best_predecessors(score: &[f32; L], from_each: &[[f32; L]; L]) -> ([f32; L], [u8; L]) {
    let mut best = [f32::NEG_INFINITY; L];
    let mut from = [0u8; L];
    for (y, &(first, end)) in PREDECESSORS.iter().enumerate() {
        // Selects, not branches: which predecessor wins is data, and a
        // mispredicted branch costs more than the whole comparison.
        let (mut top, mut arg) = (f32::NEG_INFINITY, 0);
        for p in first..end {
            let s = score[p] + from_each[p][y];
            let better = s > top;
            top = if better { s } else { top };
            arg = if better { p } else { arg };
        }
        (best[y], from[y]) = (top, arg as u8);
    }
    (best, from)
}

/// The transitions from each label (rows after the start) as fixed-size
/// rows, read without bounds checks in the inner loop.
fn from_each_label(transitions: &[f32]) -> [[f32; L]; L] {
    std::array::from_fn(|p| std::array::from_fn(|y| transitions[(p + 1) * L + y]))
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
    fn predecessors_are_exactly_the_allowed_labels() {
        for (cur, &(first, end)) in PREDECESSORS.iter().enumerate() {
            for prev in 0..L {
                assert_eq!((first..end).contains(&prev), allowed(Some(prev), cur));
            }
        }
    }
}
