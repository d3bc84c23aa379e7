//! What an element's tag, role, id and class say about its text.
//!
//! Class names are split into words before matching, so `header` is found
//! in `site-header` but `head` is not mistaken for it, and the advert word
//! `ad` is not found inside `shadow`, `download` or `load-more`. Attributes
//! arrive lower-cased (see [`crate::document::Attrs`]), so camelCase
//! boundaries are gone: compounds such as `sharebar` or `navbar` are caught
//! by matching a word as a prefix or inside the token where that is safe.

use crate::annotations::BoilerplateKind as Kind;
use crate::document::Element;
use crate::ner::hash;
use std::sync::OnceLock;

/// How a vocabulary word must sit in a class or id token.
#[derive(Clone, Copy)]
enum Fit {
    /// The whole token: short words that hide inside others (`ad`, `nav`).
    Exact,
    /// The start of the token, followed by nothing, a plural `s`, or
    /// another word of at least [`MIN_COMPOUND_TAIL`] letters (`navbar`,
    /// `footerlinks`, `comments`) — but not an inflection: the slug id
    /// `evolve-shared-history` is not a share bar, `navy` is not a menu.
    Prefix,
    /// Anywhere in the token: long words no other word contains
    /// (`storynewsletter`, `disqus_thread`).
    Inside,
}

use Fit::{Exact, Inside, Prefix};

/// Shortest second word of a compound class name (`share` + `bar`).
const MIN_COMPOUND_TAIL: usize = 3;

/// Class and id words that mark text outside the article, with the kind of
/// boilerplate they name. Earlier entries win when a token fits several.
const NEGATIVE_WORDS: &[(&str, Fit, Kind)] = &[
    ("newsletter", Inside, Kind::Newsletter),
    ("signup", Inside, Kind::Newsletter),
    ("subscribe", Prefix, Kind::Subscribe),
    ("subscription", Prefix, Kind::Subscribe),
    ("paywall", Inside, Kind::Subscribe),
    ("login", Prefix, Kind::Login),
    ("signin", Exact, Kind::Login),
    ("register", Exact, Kind::Login),
    ("cookie", Prefix, Kind::Cookie),
    ("gdpr", Inside, Kind::Cookie),
    ("consent", Prefix, Kind::Cookie),
    ("comment", Prefix, Kind::Comments),
    ("disqus", Inside, Kind::Comments),
    ("replies", Exact, Kind::Comments),
    ("respond", Exact, Kind::Comments),
    ("discussion", Exact, Kind::Comments),
    ("community", Exact, Kind::Comments),
    ("share", Prefix, Kind::Share),
    ("sharing", Exact, Kind::Share),
    ("social", Prefix, Kind::Share),
    ("addthis", Inside, Kind::Share),
    ("sharethis", Inside, Kind::Share),
    ("related", Inside, Kind::Related),
    ("recommend", Prefix, Kind::Related),
    ("recommended", Exact, Kind::Related),
    ("outbrain", Inside, Kind::Related),
    ("taboola", Inside, Kind::Related),
    ("trending", Exact, Kind::Related),
    ("popular", Prefix, Kind::Related),
    ("promo", Prefix, Kind::Promo),
    ("sponsor", Prefix, Kind::Promo),
    ("ad", Exact, Kind::Ad),
    ("ads", Exact, Kind::Ad),
    ("adv", Exact, Kind::Ad),
    ("advert", Prefix, Kind::Ad),
    ("adslot", Exact, Kind::Ad),
    ("adunit", Exact, Kind::Ad),
    ("adbox", Exact, Kind::Ad),
    ("adsense", Exact, Kind::Ad),
    ("adcontainer", Exact, Kind::Ad),
    ("adwrapper", Exact, Kind::Ad),
    ("dfp", Exact, Kind::Ad),
    ("doubleclick", Inside, Kind::Ad),
    ("skyscraper", Inside, Kind::Ad),
    ("nav", Prefix, Kind::Navigation),
    ("menu", Prefix, Kind::Navigation),
    ("breadcrumb", Prefix, Kind::Navigation),
    ("pagination", Exact, Kind::Navigation),
    ("pager", Exact, Kind::Navigation),
    ("topbar", Exact, Kind::Navigation),
    ("skip", Exact, Kind::Navigation),
    ("header", Prefix, Kind::Header),
    ("masthead", Exact, Kind::Header),
    ("banner", Exact, Kind::Header),
    ("footer", Prefix, Kind::Footer),
    ("copyright", Prefix, Kind::Copyright),
    ("widget", Prefix, Kind::Widget),
    ("popup", Exact, Kind::Widget),
    ("modal", Exact, Kind::Widget),
    ("overlay", Exact, Kind::Widget),
    ("chat", Exact, Kind::Widget),
    ("toolbar", Exact, Kind::Widget),
    ("byline", Prefix, Kind::Byline),
    ("author", Prefix, Kind::Byline),
    ("dateline", Exact, Kind::Timestamp),
    ("timestamp", Exact, Kind::Timestamp),
    ("pubdate", Exact, Kind::Timestamp),
    ("caption", Prefix, Kind::Caption),
    ("credit", Prefix, Kind::Caption),
    ("sidebar", Prefix, Kind::Other),
    ("rail", Exact, Kind::Other),
    ("tags", Exact, Kind::Other),
];

/// Class and id words of containers that hold the article itself.
const POSITIVE_WORDS: &[(&str, Fit)] = &[
    ("article", Prefix),
    ("articlebody", Inside),
    ("content", Prefix),
    ("main", Exact),
    ("body", Exact),
    ("story", Prefix),
    ("post", Exact),
    ("entry", Exact),
    ("hentry", Exact),
    ("text", Exact),
    ("blog", Exact),
];

/// Kinds whose words are trusted over a positive word in the same name:
/// `article-comments` and `story-share-bar` are not article text, whereas
/// `article-header` or `story-footer` may hold the article's own lines.
const STRONG_KINDS: &[Kind] = &[
    Kind::Newsletter,
    Kind::Subscribe,
    Kind::Login,
    Kind::Cookie,
    Kind::Comments,
    Kind::Share,
    Kind::Related,
    Kind::Promo,
    Kind::Ad,
    Kind::Navigation,
    Kind::Widget,
];

/// What one element's own markup says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Vocabulary {
    /// The boilerplate its tag, role, id or class names.
    pub kind: Option<Kind>,
    /// Its id or class names an article container.
    pub positive: bool,
    /// Its tag or role names the article (`<article>`, `<main>`,
    /// `itemprop=articleBody`): stronger than a class word.
    pub article_tag: bool,
}

impl Vocabulary {
    /// Whether the element can be dropped with its whole subtree before
    /// the article is looked for: its markup names boilerplate, and does
    /// not also name the article (unless the boilerplate word is strong).
    pub fn is_unlikely(&self) -> bool {
        match self.kind {
            Some(kind) if STRONG_KINDS.contains(&kind) => !self.article_tag,
            Some(_) => !self.positive && !self.article_tag,
            None => false,
        }
    }
}

/// Weight of one positive or negative name (id and class count apart).
pub const NAME_WEIGHT: f32 = 25.0;

/// Reads every element's tag, role, id and class ([`read`]). A page's
/// elements share a few dozen class names (half the class attributes of
/// a typical news page repeat an earlier one), and matching a name's
/// words against the vocabularies is the costly part, so each distinct
/// id or class string is matched once.
pub fn read_all(elements: &[Element]) -> (Vec<Vocabulary>, Vec<f32>) {
    let mut seen: hash::Map<&str, (Option<Kind>, bool)> = hash::Map::default();
    elements
        .iter()
        .map(|el| {
            read(el, &mut |name| {
                if name.is_empty() {
                    return (None, false);
                }
                *seen
                    .entry(name)
                    .or_insert_with(|| (words_kind(name), has_positive(name)))
            })
        })
        .unzip()
}

/// Reads an element's tag, role, id and class: what they name, and the
/// score adjustment for its id and class in the spirit of Readability's
/// class weight (containers named like content gain, those named like
/// boilerplate lose). `names` gives what an id or class string names and
/// whether it names content.
///
/// `html` and `body` name nothing: their classes describe the page
/// (`page-has-header`, `layout-sidebar`), not a region of it.
fn read<'a>(
    el: &'a Element,
    names: &mut impl FnMut(&'a str) -> (Option<Kind>, bool),
) -> (Vocabulary, f32) {
    let a = &el.attrs;
    let (id_kind, id_positive) = names(&a.id);
    let (class_kind, class_positive) = names(&a.class);
    let mut weight = 0.0;
    for (kind, positive) in [(id_kind, id_positive), (class_kind, class_positive)] {
        if positive {
            weight += NAME_WEIGHT;
        }
        if kind.is_some() {
            weight -= NAME_WEIGHT;
        }
    }
    if matches!(el.tag.as_str(), "html" | "body") {
        return (Vocabulary::default(), weight);
    }
    // Names are more specific than roles and tags: `<aside class="related">`
    // is a related-links box, not just something beside the article.
    let kind = id_kind
        .or(class_kind)
        .or_else(|| role_kind(&a.role))
        .or_else(|| tag_kind(&el.tag));
    let vocabulary = Vocabulary {
        kind,
        positive: id_positive || class_positive,
        article_tag: matches!(el.tag.as_str(), "article" | "main")
            || a.role == "main"
            || a.itemprop.contains("articlebody"),
    };
    (vocabulary, weight)
}

fn tag_kind(tag: &str) -> Option<Kind> {
    match tag {
        "nav" | "menu" => Some(Kind::Navigation),
        "header" => Some(Kind::Header),
        "footer" => Some(Kind::Footer),
        "aside" => Some(Kind::Other),
        "figcaption" => Some(Kind::Caption),
        "button" | "dialog" => Some(Kind::Widget),
        _ => None,
    }
}

fn role_kind(role: &str) -> Option<Kind> {
    match role {
        "navigation" | "menu" | "menubar" | "search" => Some(Kind::Navigation),
        "banner" => Some(Kind::Header),
        "contentinfo" => Some(Kind::Footer),
        "complementary" => Some(Kind::Other),
        "dialog" | "alertdialog" => Some(Kind::Widget),
        _ => None,
    }
}

/// Splits an id or class attribute into its words: `site-header__nav2` gives
/// `site`, `header`, `nav`.
fn tokens(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|t| !t.is_empty())
}

fn fits(token: &str, word: &str, fit: Fit) -> bool {
    // Cheap rejections first: this runs for every token of every class
    // name against every vocabulary word, and almost nothing fits.
    if token.len() < word.len() {
        return false;
    }
    if !matches!(fit, Inside) && token.as_bytes()[0] != word.as_bytes()[0] {
        return false;
    }
    match fit {
        Exact => token == word,
        Prefix => token
            .strip_prefix(word)
            .is_some_and(|tail| tail.is_empty() || tail == "s" || tail.len() >= MIN_COMPOUND_TAIL),
        Inside => occurs(token.as_bytes(), word.as_bytes()),
    }
}

/// Whether `word` occurs in `token`. Class tokens are short, where the
/// setup of `str::contains` costs more than this plain scan (it was the
/// detector's largest single cost on a typical page).
fn occurs(token: &[u8], word: &[u8]) -> bool {
    token
        .windows(word.len())
        .any(|w| w[0] == word[0] && w == word)
}

fn words_kind(name: &str) -> Option<Kind> {
    tokens(name).find_map(|t| {
        candidates(t.as_bytes()[0])
            .iter()
            .map(|&i| NEGATIVE_WORDS[i])
            .find(|(word, fit, _)| fits(t, word, *fit))
            .map(|(_, _, kind)| kind)
    })
}

/// The [`NEGATIVE_WORDS`] that may fit a token opening on byte `first`, in
/// list order: those that sit anywhere, and those that must open the token
/// and open on `first`. Every token of every distinct class name is read,
/// and most of the list's words open on another letter.
fn candidates(first: u8) -> &'static [usize] {
    static BY_FIRST_BYTE: OnceLock<Vec<Vec<usize>>> = OnceLock::new();
    let table = BY_FIRST_BYTE.get_or_init(|| {
        (0..=u8::MAX)
            .map(|b| {
                let fits_first = |(word, fit, _): &(&str, Fit, Kind)| {
                    matches!(fit, Inside) || word.as_bytes()[0] == b
                };
                (0..NEGATIVE_WORDS.len())
                    .filter(|&i| fits_first(&NEGATIVE_WORDS[i]))
                    .collect()
            })
            .collect()
    });
    &table[first as usize]
}

fn has_positive(name: &str) -> bool {
    tokens(name).any(|t| POSITIVE_WORDS.iter().any(|(w, fit)| fits(t, w, *fit)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(el: &Element) -> Vocabulary {
        read_all(std::slice::from_ref(el)).0[0]
    }

    fn class_weight(el: &Element) -> f32 {
        read_all(std::slice::from_ref(el)).1[0]
    }
    use crate::document::Attrs;

    fn el(tag: &str, class: &str) -> Element {
        Element {
            tag: tag.into(),
            parent: None,
            attrs: Attrs {
                class: class.into(),
                ..Attrs::default()
            },
        }
    }

    #[test]
    fn words_are_matched_as_tokens_not_substrings() {
        assert_eq!(describe(&el("div", "site-header")).kind, Some(Kind::Header));
        assert_eq!(describe(&el("div", "page-head")).kind, None);
        assert_eq!(describe(&el("div", "ad-slot")).kind, Some(Kind::Ad));
        assert_eq!(describe(&el("div", "shadow download")).kind, None);
        assert_eq!(describe(&el("div", "sharebar")).kind, Some(Kind::Share));
        assert_eq!(describe(&el("div", "navbar")).kind, Some(Kind::Navigation));
        assert_eq!(describe(&el("div", "relative")).kind, None);
        assert_eq!(describe(&el("div", "evolve-shared-history")).kind, None);
        assert_eq!(describe(&el("div", "comments")).kind, Some(Kind::Comments));
    }

    #[test]
    fn strong_words_beat_article_words_weak_ones_do_not() {
        assert!(describe(&el("div", "article-comments")).is_unlikely());
        assert!(!describe(&el("div", "article-header")).is_unlikely());
        assert!(describe(&el("div", "site-header")).is_unlikely());
        assert!(!describe(&el("article", "")).is_unlikely());
    }

    #[test]
    fn tags_and_weights() {
        assert_eq!(describe(&el("nav", "")).kind, Some(Kind::Navigation));
        assert!(class_weight(&el("div", "story-body")) > 0.0);
        assert!(class_weight(&el("div", "sidebar")) < 0.0);
    }
}
