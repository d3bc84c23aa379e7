//! A fixed pseudo-random shuffle for the trainers: xorshift and
//! Fisher–Yates, so that a seed gives the same order on every run and
//! machine without a `rand` dependency.

/// Shuffles `items` in place, the same way for the same `state`
/// (non-zero), and returns the generator's state after it: passing that to
/// the next call gives a new order each epoch.
pub fn shuffle<T>(items: &mut [T], mut state: u64) -> u64 {
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        items.swap(i, (state % (i as u64 + 1)) as usize);
    }
    state
}
