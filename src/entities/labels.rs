//! Party-and-state labels after US politicians' names (`Rep. John Mica
//! (R-Fla.)`, `Sen. Tim Kaine, D-Va.,`). They are not names, but the tagger
//! reads `D-N` in `D-N.Y.` as an organisation and `Y.` as a person; every
//! entity inside one is dropped.

use crate::text::Span;

/// The party letters: Democrat, Republican, Independent.
const PARTIES: &[u8] = b"DRI";

/// What may stand right before a label: an opening bracket, or a comma and
/// a space. Elsewhere a capital, a hyphen and a word is a name (`D-Day`,
/// `X-Men`).
fn opens_label(before: &[u8]) -> bool {
    before.ends_with(b"(") || before.ends_with(b", ")
}

/// What may follow a label: it closes a bracket or an apposition, or ends
/// the sentence.
fn closes_label(after: Option<&u8>) -> bool {
    after.is_none_or(|b| b")],;".contains(b) || b.is_ascii_whitespace())
}

/// The labels of `text`, in text order.
pub fn find(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (dash, _) in text.match_indices('-') {
        let Some(party) = dash.checked_sub(1) else {
            continue;
        };
        if !PARTIES.contains(&bytes[party]) || !opens_label(&bytes[..party]) {
            continue;
        }
        // The state: a capital, then letters and periods (`Fla.`, `N.Y.`,
        // `Texas`).
        let state = &bytes[dash + 1..];
        if !state.first().is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let len = state
            .iter()
            .take_while(|b| b.is_ascii_alphabetic() || **b == b'.')
            .count();
        if closes_label(state.get(len)) {
            out.push(Span::new(party, dash + 1 + len));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn labels_in_brackets_and_appositions() {
        assert_eq!(
            labels("Rep. John Mica (R-Fla.) and Sen. Chuck Schumer, D-N.Y., said"),
            ["R-Fla.", "D-N.Y."]
        );
        assert_eq!(labels("said Rep. Chip Roy, R-Texas."), ["R-Texas."]);
    }

    #[test]
    fn hyphenated_names_are_no_labels() {
        assert!(labels("On D-Day, the X-Men and R-Rated films").is_empty());
        assert!(labels("(D-day)").is_empty());
    }
}
