//! Appositions after a name, whose head noun says what the name is:
//! `Klarna, the Swedish payments firm,`, `FNSEA, France's largest farmers'
//! union,`, `Kaub, a town of 800 people`, `Halvora, maker of Fortnite`.
//! Read by [`super::organisations`] and [`super::places`].

use super::Surroundings;
use crate::tokens::TokenKind;

/// Articles that may open an apposition (`X, the …`, `X, a …`).
const APPOSITION_ARTICLES: &[&str] = &["a", "an", "the"];

/// Punctuation that closes an apposition.
const APPOSITION_ENDS: &[&str] = &[",", ".", ";", ":", ")"];

/// Most words between the article and the head noun of an apposition
/// (`the world's largest chipmaker`); a longer one is a clause, whose last
/// word says nothing about the name.
const MAX_APPOSITION_WORDS: usize = 6;

/// Apostrophes that stand alone after a plural (`farmers' union`): an
/// owner, like `'s`.
const PLURAL_POSSESSIVES: &[&str] = &["'", "\u{2019}"];

/// The noun phrase after a comma that follows a name.
pub struct Apposition<'a> {
    /// Its first word after the article (`maker` in `, maker of`).
    pub first: &'a str,
    /// Its last word before a preposition or a closing mark (`union`).
    pub head: &'a str,
    /// The word after the head (`of` in `a town of 800 people`).
    pub after_head: Option<&'a str>,
    /// Whether an article or an owner's possessive opens it (`the …`,
    /// `Alphabet's …`). Without one, a comma is as often followed by a
    /// clause (`Nikolai Sherbatov, took a group of journalists`).
    pub opened: bool,
}

/// The apposition after the name ending before token `end`, if a comma
/// follows the name and a noun phrase the comma. A capitalised last word
/// is a name, not a head (`Nablus, West Bank`), and is returned as such
/// for the callers' lists to reject.
pub fn after<'a>(around: &Surroundings<'a>, end: usize) -> Option<Apposition<'a>> {
    let word = |i: usize| around.word(i);
    let is_possessive = |i: usize| {
        around
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            || word(i).is_some_and(|w| PLURAL_POSSESSIVES.contains(&w))
    };
    if word(end) != Some(",") {
        return None;
    }
    let article = word(end + 1).is_some_and(|w| APPOSITION_ARTICLES.contains(&w));
    let from = end + 1 + usize::from(article);
    let owned =
        word(from).is_some_and(|w| w.starts_with(char::is_uppercase)) && is_possessive(from + 1);
    let mut head = None;
    for i in from..from + MAX_APPOSITION_WORDS {
        match word(i) {
            _ if is_possessive(i) => head = None,
            Some(w) if w.chars().next().is_some_and(char::is_alphabetic) && !is_preposition(w) => {
                head = Some((i, w))
            }
            // The noun phrase ends at a preposition or a closing mark; a
            // quotation mark goes on with it (`Eddie Mannix, a studio
            // ''fixer''`, PolNeAR train).
            Some(w) if is_preposition(w) || APPOSITION_ENDS.contains(&w) => break,
            None => break,
            Some(_) => return None,
        }
    }
    let (at, head) = head?;
    Some(Apposition {
        first: word(from)?,
        head,
        after_head: word(at + 1),
        opened: article || owned,
    })
}

/// Words that end an apposition's noun phrase (`the studio behind
/// Minecraft`, `the maker of Fortnite`, `a charity that runs`).
fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "of" | "behind" | "in" | "at" | "for" | "with" | "which" | "that" | "whose" | "based"
    )
}
