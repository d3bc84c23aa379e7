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
    let into = into_each_label(transitions);
    let mut back = vec![[0u8; L]; emissions.len()];
    let mut score: [f32; L] = std::array::from_fn(|y| transitions[y] + first[y]);
    for (y, s) in score.iter_mut().enumerate() {
        if !allowed(None, y) {
            *s = f32::NEG_INFINITY;
        }
    }
    for (e, back) in emissions.iter().zip(&mut back).skip(1) {
        score = std::array::from_fn(|y| {
            // The first best predecessor, as a strict `>` over a running
            // maximum finds it.
            let (mut best, mut from) = (f32::NEG_INFINITY, 0);
            for (p, (&prev, &t)) in score.iter().zip(&into[y]).enumerate() {
                let s = prev + t;
                if s > best {
                    (best, from) = (s, p);
                }
            }
            back[y] = from as u8;
            best + e[y]
        });
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

/// The transitions into each label from each previous one, minus infinity
/// where [`allowed`] forbids them: adding it leaves a score that never
/// wins, as skipping the transition would.
fn into_each_label(transitions: &[f32]) -> [[f32; L]; L] {
    std::array::from_fn(|y| {
        std::array::from_fn(|p| {
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
}
