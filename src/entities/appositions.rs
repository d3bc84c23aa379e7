//! Appositions after a name, whose head noun says what the name is:
//! `Klarna, the Swedish payments firm,`, `FNSEA, France's largest farmers'
//! union,`, `Kaub, a town of 800 people`, `Halvora, maker of Fortnite`.
//! Read by [`super::organisations`] and [`super::places`].

use super::Surroundings;
use crate::tokens::TokenKind;
use std::ops::Range;

/// Articles that may open an apposition (`X, the …`, `X, a …`).
const APPOSITION_ARTICLES: &[&str] = &["a", "an", "the"];

/// Punctuation that closes an apposition.
const APPOSITION_ENDS: &[&str] = &[",", ".", ";", ":", ")"];

/// Most words between the article and the head noun of an apposition
/// (`the world's largest chipmaker`); a longer one is a clause, whose last
/// word says nothing about the name.
const MAX_APPOSITION_WORDS: usize = 6;

/// Prepositions inside a name (`Alternative for Germany`, `Democracy for
/// America`).
const NAME_PREPOSITIONS: &[&str] = &["for", "of", "on"];

/// Most words of an owner's name at the start of an apposition.
const MAX_OWNER_WORDS: usize = 3;

/// Apostrophes that stand alone after a plural (`farmers' union`): an
/// owner, like `'s`.
const PLURAL_POSSESSIVES: &[&str] = &["'", "\u{2019}"];

/// The noun phrase after a comma that follows a name.
pub struct Apposition<'a> {
    /// Its first word after the article (`maker` in `, maker of`).
    pub first: &'a str,
    /// Its last word before a preposition or a closing mark (`union`).
    pub head: &'a str,
    /// The word before the head (`minority` in `a minority group`).
    pub before_head: Option<&'a str>,
    /// The word after the head (`of` in `a town of 800 people`).
    pub after_head: Option<&'a str>,
    /// Whether an article or an owner's possessive opens it (`the …`,
    /// `Alphabet's …`). Without one, a comma is as often followed by a
    /// clause (`Nikolai Sherbatov, took a group of journalists`).
    pub opened: bool,
}

/// The apposition after the name over tokens `r`, if a comma follows the
/// name and a noun phrase the comma. A capitalised last word is a name,
/// not a head (`Nablus, West Bank`), and is returned as such for the
/// callers' lists to reject. A name that ends a longer one the model cut
/// (`Alternative for` + `Germany, a right-wing party`) has none: the
/// apposition is about the longer name.
pub fn after<'a>(around: &Surroundings<'a>, r: &Range<usize>) -> Option<Apposition<'a>> {
    let word = |i: usize| around.word(i);
    let tail = r.start >= 2
        && word(r.start - 1).is_some_and(|w| NAME_PREPOSITIONS.contains(&w))
        && word(r.start - 2).is_some_and(|w| w.starts_with(char::is_uppercase));
    if tail {
        return None;
    }
    let end = r.end;
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
    // An owner's name of up to MAX_OWNER_WORDS words (`Abu Dhabi's state
    // investment fund`).
    let capitalised = |i: usize| word(i).is_some_and(|w| w.starts_with(char::is_uppercase));
    let owned = (from..from + MAX_OWNER_WORDS)
        .take_while(|&i| capitalised(i))
        .any(|i| is_possessive(i + 1));
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
        before_head: word(at - 1),
        after_head: word(at + 1),
        opened: article || owned,
    })
}

/// Words that end an apposition's noun phrase (`the studio behind
/// Minecraft`, `the maker of Fortnite`, `a charity that runs`, `a senior
/// adviser to the group`).
fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "of" | "behind"
            | "in"
            | "at"
            | "for"
            | "to"
            | "with"
            | "which"
            | "that"
            | "whose"
            | "based"
    )
}
