//! The word lists the rules consult, compiled into the binary.
//!
//! Each list is a small sorted text file under `data/`, one entry a line,
//! kept general (countries, capitals, nationalities, common first names,
//! organisation head words, titles, frequent English words) so that it
//! helps on any article, not on one in particular.

use super::{Map, Set};
use crate::annotations::EntityType;
use std::sync::OnceLock;

/// Countries, regions, US states, major cities.
const LOCATIONS: &str = include_str!("data/locations.txt");
/// Nationalities, religions, political and other adjectives (CoNLL MISC).
const DEMONYMS: &str = include_str!("data/demonyms.txt");
/// Well-known organisations, agencies, media and companies.
const ORGANISATIONS: &str = include_str!("data/organisations.txt");
/// Last (or first) words that make a name an organisation (`Council`).
const ORG_WORDS: &str = include_str!("data/org_words.txt");
/// Titles and roles that stand before a person's name (`Gen.`, `President`).
const TITLES: &str = include_str!("data/titles.txt");
/// Common given names.
const FIRST_NAMES: &str = include_str!("data/first_names.txt");
/// Frequent English words, lower case: capitalised at the start of a
/// sentence they are still not names.
const COMMON_WORDS: &str = include_str!("data/common_words.txt");

/// Last words of a company's full name; the name without them is the same
/// company (`Walt Disney Co` → `Walt Disney`), and an `of` after them
/// gives the company's home, not more of its name (`Kia Motor Corp of
/// South Korea`).
const COMPANY_SUFFIXES: &[&str] = &[
    "AG", "Co", "Co.", "Corp", "Corp.", "GmbH", "Inc", "Inc.", "KGaA", "LLC", "Ltd", "Ltd.", "NV",
    "PLC", "Plc", "SA", "plc",
];

/// Whether `word` is one of [`COMPANY_SUFFIXES`].
pub fn is_company_suffix(word: &str) -> bool {
    COMPANY_SUFFIXES.contains(&word)
}

/// All lists, loaded once.
pub struct Gazetteer {
    /// The listed names with their types: one table, so that a name in
    /// none of the lists (most words looked up) is hashed and missed once,
    /// not once per list.
    names: Map<&'static str, EntityType>,
    org_words: Set<&'static str>,
    titles: Set<String>,
    first_names: Set<&'static str>,
    common_words: Set<&'static str>,
}

fn lines(list: &'static str) -> Set<&'static str> {
    list.lines().filter(|l| !l.is_empty()).collect()
}

/// The names of the lists with their types; a name in several takes the
/// type of the last list (later inserts overwrite).
fn typed_names(lists: &[(&'static str, EntityType)]) -> Map<&'static str, EntityType> {
    let mut names = Map::default();
    for &(list, kind) in lists {
        names.extend(list.lines().filter(|l| !l.is_empty()).map(|l| (l, kind)));
    }
    names
}

/// The shared gazetteer.
pub fn get() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| Gazetteer {
        // Organisations win over places (`Pentagon`), places over
        // adjectives.
        names: typed_names(&[
            (DEMONYMS, EntityType::Misc),
            (LOCATIONS, EntityType::Location),
            (ORGANISATIONS, EntityType::Organization),
        ]),
        org_words: lines(ORG_WORDS),
        titles: lines(TITLES).iter().map(|t| t.to_lowercase()).collect(),
        first_names: lines(FIRST_NAMES),
        common_words: lines(COMMON_WORDS),
    })
}

impl Gazetteer {
    /// The type of a name listed as a whole (`Middle East`, `NATO`,
    /// `Iranian`). Organisations win over places (`Pentagon`), places over
    /// adjectives.
    pub fn lookup(&self, name: &str) -> Option<EntityType> {
        self.names.get(name).copied()
    }

    pub fn is_org_word(&self, word: &str) -> bool {
        self.org_words.contains(word)
    }

    /// An organisation word or its plural, as the head of a name that a
    /// preposition continues (`Centers for Disease Control`, `Institutes
    /// of Health`, `Societies of …`); not a company suffix. The plurals are derived here, for
    /// the rule pass only: `data/org_words.txt` also feeds the tagger's
    /// training gazetteer, and a longer list there would mean a retrained
    /// model for a rule that only the rules need.
    pub fn is_org_head(&self, word: &str) -> bool {
        if is_company_suffix(word) {
            return false;
        }
        if self.is_org_word(word) {
            return true;
        }
        // Only a word ending in `ies` (rare before a preposition) is copied.
        word.strip_suffix("ies")
            .is_some_and(|stem| self.org_words.contains(format!("{stem}y").as_str()))
            || word
                .strip_suffix('s')
                .is_some_and(|stem| self.org_words.contains(stem))
    }

    /// A title or role in any case (`Gen.`, `ambassador`, `Prime Minister`).
    pub fn is_title(&self, phrase: &str) -> bool {
        with_lower(phrase, |lower| self.titles.contains(lower))
    }

    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// A frequent English word, compared in lower case.
    pub fn is_common(&self, word: &str) -> bool {
        with_lower(word, |lower| self.common_words.contains(lower))
    }
}

/// `text` in lower case, copied only when that changes it.
/// Longest word lower-cased on the stack by [`with_lower`].
const SHORT_WORD: usize = 32;

/// Calls `f` with `text` lower-cased. Most words looked up are short,
/// ASCII and capitalised: they are lower-cased in a stack buffer, as a
/// `String` each made the allocator a noticeable part of the entity pass.
pub(super) fn with_lower<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    if !text
        .bytes()
        .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
    {
        return f(text);
    }
    if text.len() <= SHORT_WORD && text.is_ascii() {
        let mut buf = [0u8; SHORT_WORD];
        let lower = &mut buf[..text.len()];
        lower.copy_from_slice(text.as_bytes());
        lower.make_ascii_lowercase();
        return f(std::str::from_utf8(lower).expect("ASCII stays UTF-8"));
    }
    f(&text.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_unique_and_trimmed() {
        for list in [
            LOCATIONS,
            DEMONYMS,
            ORGANISATIONS,
            ORG_WORDS,
            TITLES,
            FIRST_NAMES,
            COMMON_WORDS,
        ] {
            let entries: Vec<&str> = list.lines().collect();
            assert!(
                entries.windows(2).all(|w| w[0] < w[1]),
                "unsorted near {entries:?}"
            );
            assert!(entries.iter().all(|e| !e.is_empty() && e.trim() == *e));
        }
    }

    #[test]
    fn lookups() {
        let g = get();
        assert_eq!(g.lookup("Middle East"), Some(EntityType::Location));
        assert_eq!(g.lookup("Pentagon"), Some(EntityType::Organization));
        assert_eq!(g.lookup("Iraqi"), Some(EntityType::Misc));
        assert_eq!(g.lookup("Stoltenberg"), None);
        assert!(g.is_title("Secretary-General") && g.is_title("ambassador"));
        assert!(g.is_common("The") && !g.is_common("Iraq"));
        assert!(g.is_org_word("Council") && g.is_first_name("Antonio"));
    }

    #[test]
    fn organisations_win_over_places_and_places_over_adjectives() {
        let g = get();
        let (organisations, locations) = (lines(ORGANISATIONS), lines(LOCATIONS));
        for name in DEMONYMS
            .lines()
            .chain(LOCATIONS.lines())
            .chain(ORGANISATIONS.lines())
        {
            let want = if organisations.contains(name) {
                EntityType::Organization
            } else if locations.contains(name) {
                EntityType::Location
            } else {
                EntityType::Misc
            };
            assert_eq!(g.lookup(name), Some(want), "{name}");
        }
    }
}
