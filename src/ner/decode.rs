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
    let n = emissions.len();
    if n == 0 {
        return;
    }
    let mut back = vec![[0u8; L]; n];
    let mut score = [f32::NEG_INFINITY; L];
    for (y, s) in score.iter_mut().enumerate() {
        if allowed(None, y) {
            *s = transitions[y] + emissions[0][y];
        }
    }
    for t in 1..n {
        let mut next = [f32::NEG_INFINITY; L];
        for (y, slot) in next.iter_mut().enumerate() {
            for (p, &prev) in score.iter().enumerate() {
                if !allowed(Some(p), y) {
                    continue;
                }
                let s = prev + transitions[(p + 1) * L + y];
                if s > *slot {
                    *slot = s;
                    back[t][y] = p as u8;
                }
            }
            *slot += emissions[t][y];
        }
        score = next;
    }
    let mut best = (0..L)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0);
    out.resize(n, 0);
    for t in (0..n).rev() {
        out[t] = best as u8;
        best = back[t][best] as usize;
    }
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
}
