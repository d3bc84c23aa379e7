//! Candidate names: runs of capitalised words, cut at titles and typed by
//! what their own form and nearby words say.
//!
//! Each candidate carries the *evidence* for its type (a gazetteer entry, a
//! title before it, a first name, an organisation head word) when there is
//! some, and otherwise a *guess* from its shape; [`super::consistency`]
//! then settles one type per name across the document.

use super::gazetteer::{self, Gazetteer};
use crate::annotations::EntityType;
use crate::text::Span;
use crate::tokens::{is_all_caps, is_capitalised, is_letter, Token, TokenKind};
use std::ops::Range;

/// Lower-case words that may sit inside a name (`Bank of England`,
/// `Osama bin Laden`, `Ludwig van Beethoven`) or prefix a part of it with
/// a hyphen (`al-Assad`).
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le",
    "du", "da", "di", "dos", "&",
];
/// Characters of the longest of [`CONNECTORS`].
const LONGEST_CONNECTOR: usize = 5;
/// The first UTF-8 byte of `\u{2010}` (a hyphen), `’` and other
/// punctuation.
const HYPHEN_LEAD: u8 = 0xE2;

/// Prepositions that continue a name after an organisation word
/// (`Council on Foreign Relations`, `Center for Strategic Studies`);
/// elsewhere they end one (`Smith for Congress`).
const ORG_PREPOSITIONS: &[&str] = &["for", "on"];

/// Words after which `of` continues a name (`Republic of Ireland`, `Gulf
/// of Mexico`) besides organisation words and titles; elsewhere `of` ends
/// one (`Stoltenberg of NATO`).
const OF_HEADS: &[&str] = &[
    "Bay", "Cape", "City", "Gulf", "Isle", "Islands", "Kingdom", "Province", "Republic", "Sea",
    "State", "Strait",
];

/// Last words that make a name an event, prize, treaty or similar: MISC
/// (`World Cup`, `Nobel Prize`, `Paris Agreement`).
const MISC_HEADS: &[&str] = &[
    "Accord",
    "Accords",
    "Act",
    "Agreement",
    "Award",
    "Awards",
    "Championship",
    "Championships",
    "Convention",
    "Cup",
    "Declaration",
    "Festival",
    "Games",
    "Open",
    "Prix",
    "Prize",
    "Series",
    "Treaty",
    "Trophy",
    "War",
];

/// Articles dropped from the front of a name (`the Pentagon` → `Pentagon`).
const DETERMINERS: &[&str] = &["The", "A", "An"];

/// Whether `word` is a capitalised article, which a name does not start
/// with (`The Lancet` is tagged `Lancet`, as CoNLL does).
pub fn is_article(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

/// Words that with a number after them name a law, clause or resolution
/// (`Article 5`, `Resolution 2334`): MISC in CoNLL terms.
const LAW_HEADS: &[&str] = &[
    "Amendment",
    "Article",
    "Chapter",
    "Directive",
    "Proposition",
    "Protocol",
    "Regulation",
    "Resolution",
    "Section",
];

/// A lower-case word right after a name that makes it an organisation
/// (`the Trump administration`).
const ORG_FOLLOWERS: &[&str] = &["administration"];

/// Prepositions before a lone unknown name that suggest a place
/// (`in Kandahar`, `from Mosul`).
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "from", "near", "to", "across", "outside"];

/// Share of all-caps words above which a sentence is a headline or a
/// shouted line: case then says nothing, and only known names are tagged.
const HEADLINE_CAPS_SHARE: f32 = 0.6;

/// Longest title in words (`Vice President`, `Secretary of State`).
const MAX_TITLE_WORDS: usize = 3;

/// A possible name, before the document has had its say.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub span: Span,
    /// What the name's form or its context says it is.
    pub evidence: Option<EntityType>,
    /// The type to fall back on when nothing else in the document says
    /// more; `None` keeps it only if the document knows the name.
    pub guess: Option<EntityType>,
    /// Token indices of the name's words.
    pub tokens: Range<usize>,
}

/// Finds the candidate names of `text`, skipping the tokens that `patterns`
/// (dates, amounts) already cover.
pub fn find(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    patterns: &[(Span, EntityType)],
) -> Vec<Candidate> {
    let blocked = covered(tokens, patterns);
    let mut out = Vec::new();
    for range in sentences {
        let sentence = Sentence {
            text,
            tokens,
            range: range.clone(),
            headline: is_headline(text, &tokens[range.clone()]),
            g: gazetteer::get(),
        };
        let is_name = |i: usize| !blocked[i] && is_name_token(tokens[i].text(text), tokens[i].kind);
        let mut i = range.start;
        while i < range.end {
            if !is_name(i) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            loop {
                if end < range.end && is_name(end) {
                    end += 1;
                } else if end + 1 < range.end && sentence.joins(i, end) && is_name(end + 1) {
                    end += 2;
                } else {
                    break;
                }
            }
            sentence.run(i..end, &mut out);
            // The token that ended the run was just found not to be a name.
            i = end + 1;
        }
    }
    out
}

/// The first preposition of the name over tokens `r` that follows an
/// organisation head (`Centers for …`, `Infectious Diseases Society of
/// America`): the name is that organisation's, whatever follows.
pub fn head_preposition(
    text: &str,
    tokens: &[Token],
    r: Range<usize>,
    g: &Gazetteer,
) -> Option<usize> {
    (r.start + 1..r.end.saturating_sub(1))
        .find(|&k| continues_organisation(tokens[k].text(text), tokens[k - 1].text(text), g))
}

/// Whether `preposition` after `head` goes on with an organisation's
/// name: `of` and `for` after an organisation word or its plural
/// (`Institutes of Health`, `Centers for Disease Control`), `on` after a
/// singular one only (`Council on Foreign Relations`; not `Republicans on
/// Capitol Hill`).
fn continues_organisation(preposition: &str, head: &str, g: &Gazetteer) -> bool {
    match preposition {
        "of" | "for" => g.is_org_head(head),
        "on" => g.is_org_word(head) && !head.ends_with('s'),
        _ => false,
    }
}

/// Marks the tokens that overlap a pattern match.
fn covered(tokens: &[Token], patterns: &[(Span, EntityType)]) -> Vec<bool> {
    let mut blocked = vec![false; tokens.len()];
    let mut p = 0;
    for (i, t) in tokens.iter().enumerate() {
        while p < patterns.len() && patterns[p].0.end <= t.span.start {
            p += 1;
        }
        blocked[i] = patterns.get(p).is_some_and(|(s, _)| s.overlaps(t.span));
    }
    blocked
}

/// A word that can be part of a name: capitalised (not the pronoun `I`, not
/// a contraction like `We’re`), or a particle joined to a capitalised part
/// (`al-Assad`).
fn is_name_token(word: &str, kind: TokenKind) -> bool {
    if !matches!(kind, TokenKind::Word | TokenKind::Abbreviation) || word == "I" {
        return false;
    }
    if is_capitalised(word) {
        return !is_contraction(word);
    }
    // A connector is at most LONGEST_CONNECTOR ASCII characters, so only
    // the word's first bytes can hold the hyphen after one (a `-`, or the
    // first byte of `\u{2010}`): most words are not read at all.
    let head = &word.as_bytes()[..word.len().min(LONGEST_CONNECTOR + 1)];
    let Some(at) = head.iter().position(|&b| b == b'-' || b == HYPHEN_LEAD) else {
        return false;
    };
    let particle = &word[..at];
    let rest = word[at..]
        .strip_prefix('-')
        .or_else(|| word[at..].strip_prefix('\u{2010}'));
    rest.is_some_and(|rest| CONNECTORS.contains(&particle) && is_capitalised(rest))
}

/// `We’re`, `Don't`, `It’ll`: an apostrophe followed by a lower-case ending.
fn is_contraction(word: &str) -> bool {
    // Most names hold neither apostrophe: one pass over the bytes (`’`
    // starts with HYPHEN_LEAD) spares them the char search.
    if !word.bytes().any(|b| b == b'\'' || b == HYPHEN_LEAD) {
        return false;
    }
    word.split_once(['\'', '\u{2019}'])
        .is_some_and(|(_, rest)| rest.chars().all(char::is_lowercase))
}

fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

fn is_headline(text: &str, tokens: &[Token]) -> bool {
    let words = tokens
        .iter()
        .map(|t| t.text(text))
        .filter(|w| w.chars().any(is_letter));
    let (mut caps, mut all) = (0, 0);
    for w in words {
        all += 1;
        caps += usize::from(is_all_caps(w));
    }
    all > 0 && caps as f32 / all as f32 >= HEADLINE_CAPS_SHARE
}

/// `NEW YORK` → `New York`, for looking shouted words up.
fn title_case(words: &str) -> String {
    let mut out = String::with_capacity(words.len());
    let mut start = true;
    for c in words.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = c.is_whitespace() || c == '-';
    }
    out
}

/// One sentence and what the rules need to know about it.
struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    range: Range<usize>,
    headline: bool,
    g: &'static Gazetteer,
}

impl Sentence<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    /// The word at `i` if it is inside this sentence.
    fn word_in(&self, i: usize) -> Option<&str> {
        self.range.contains(&i).then(|| self.word(i))
    }

    fn span(&self, r: &Range<usize>) -> Span {
        Span::new(
            self.tokens[r.start].span.start,
            self.tokens[r.end - 1].span.end,
        )
    }

    fn name(&self, r: &Range<usize>) -> &str {
        self.span(r).of(self.text)
    }

    fn candidate(
        &self,
        tokens: Range<usize>,
        evidence: Option<EntityType>,
        guess: Option<EntityType>,
    ) -> Candidate {
        Candidate {
            span: self.span(&tokens),
            evidence,
            guess,
            tokens,
        }
    }

    /// True when the connector at `i` can continue the name that starts
    /// at `start`.
    fn joins(&self, start: usize, i: usize) -> bool {
        let word = self.word(i);
        let before = self.word(i - 1);
        if word == "and" {
            return self.and_continues(start, i);
        }
        if ORG_PREPOSITIONS.contains(&word) {
            return continues_organisation(word, before, self.g);
        }
        is_connector(word)
            && (word != "of"
                || OF_HEADS.contains(&before)
                || continues_organisation(word, before, self.g)
                || self.g.is_title(before))
    }

    /// `and` at `i` goes on with an organisation's name once its head and
    /// preposition are behind (`Centers for Disease Control and
    /// Prevention`, `Department of Health and Human Services`), unless
    /// what follows is a name of its own: a listed one (`Council of Europe
    /// and NATO`) or a person (`Bank of Zembla and John Quill`, `… and
    /// Senator Quill`).
    fn and_continues(&self, start: usize, i: usize) -> bool {
        let next = self.word(i + 1);
        head_preposition(self.text, self.tokens, start..i, self.g).is_some()
            && self.g.lookup(next).is_none()
            && !self.g.is_first_name(next)
            && !self.g.is_title(next)
    }

    /// True when only punctuation (quotes, dashes, brackets) or a colon
    /// comes before token `i` in the sentence: its capital says nothing.
    fn is_initial(&self, i: usize) -> bool {
        (self.range.start..i).all(|j| self.tokens[j].kind == TokenKind::Punct)
            || (i > self.range.start
                && matches!(
                    self.word(i - 1),
                    ":" | "\u{201C}" | "\"" | "(" | "\u{2018}" | "-" | "\u{2014}"
                ))
    }

    /// Adds the candidates from one run of name words to `out` (most runs
    /// give one: a `Vec` returned per run was an allocation each).
    fn run(&self, mut r: Range<usize>, out: &mut Vec<Candidate>) {
        while !r.is_empty() && DETERMINERS.contains(&self.word(r.start)) {
            r.start += 1;
        }
        if r.is_empty() {
            return;
        }
        if self.headline {
            return self.shouted(r, out);
        }
        if let Some(kind) = self.g.lookup(self.name(&r)) {
            return out.push(self.candidate(r, Some(kind), None));
        }
        let mut initial = self.is_initial(r.start);
        if initial && self.g.is_common(self.word(r.start)) {
            initial = false;
            r.start += 1;
            while !r.is_empty() && is_connector(self.word(r.start)) {
                r.start += 1;
            }
            if r.is_empty() {
                return;
            }
        }
        if let Some(c) = self.whole(&r) {
            return out.push(c);
        }
        self.split_at_titles(r, initial, out)
    }

    /// A run typed as a whole: listed in a gazetteer, ending (or starting,
    /// before `of`) in an organisation word, followed by `administration`,
    /// or a law head with its number (`Article 5`).
    fn whole(&self, r: &Range<usize>) -> Option<Candidate> {
        let name = self.name(r);
        if let Some(kind) = self.g.lookup(name) {
            return Some(self.candidate(r.clone(), Some(kind), None));
        }
        let next = self.word_in(r.end);
        if next.is_some_and(|w| ORG_FOLLOWERS.contains(&w)) {
            return Some(self.candidate(r.start..r.end + 1, Some(EntityType::Organization), None));
        }
        let last = self.word(r.end - 1);
        if LAW_HEADS.contains(&last)
            && self
                .tokens
                .get(r.end)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && next.is_some()
        {
            return Some(self.candidate(r.start..r.end + 1, Some(EntityType::Misc), None));
        }
        if r.len() >= 2
            && (MISC_HEADS.contains(&last) || self.g.lookup(last) == Some(EntityType::Misc))
        {
            return Some(self.candidate(r.clone(), Some(EntityType::Misc), None));
        }
        let org_head = r.clone().any(|i| self.word(i) == "&")
            || r.len() >= 2
                && (self.g.is_org_word(last)
                    || head_preposition(self.text, self.tokens, r.clone(), self.g).is_some());
        org_head.then(|| self.candidate(r.clone(), Some(EntityType::Organization), None))
    }

    /// Cuts a run at its titles: what follows a title is a person
    /// (`Gen. Qassem Soleimani`), what precedes it is typed on its own
    /// (`U.N.` in `U.N. Secretary-General Antonio Guterres`), and a title's
    /// `of X` is a place or body (`Secretary of State`).
    fn split_at_titles(&self, r: Range<usize>, initial: bool, out: &mut Vec<Candidate>) {
        let mut segment = r.start;
        let mut after_title = false;
        let mut j = r.start;
        while j < r.end {
            let Some(len) = self.title_at(j, r.end) else {
                j += 1;
                continue;
            };
            out.extend(self.segment(segment..j, after_title, initial && segment == r.start));
            j += len;
            if j + 1 < r.end && self.word(j) == "of" {
                out.extend(self.segment(j + 1..j + 2, false, false));
                j += 2;
            }
            segment = j;
            after_title = true;
        }
        out.extend(self.segment(segment..r.end, after_title, initial && segment == r.start));
    }

    /// The length in words of the title starting at `j`, longest first.
    fn title_at(&self, j: usize, end: usize) -> Option<usize> {
        (1..=MAX_TITLE_WORDS.min(end - j))
            .rev()
            .find(|&len| self.g.is_title(self.name(&(j..j + len))))
    }

    /// Types a title-free stretch of a run.
    fn segment(&self, mut r: Range<usize>, after_title: bool, initial: bool) -> Option<Candidate> {
        while !r.is_empty() && is_connector(self.word(r.start)) {
            r.start += 1;
        }
        while !r.is_empty() && is_connector(self.word(r.end - 1)) {
            r.end -= 1;
        }
        if r.is_empty() {
            return None;
        }
        if let Some(c) = self.whole(&r) {
            return Some(c);
        }
        let first = self.word(r.start);
        let person = after_title || self.g.is_first_name(first) || self.title_before(r.start);
        if person {
            return Some(self.candidate(r, Some(EntityType::Person), None));
        }
        Some(self.candidate(r.clone(), None, self.guess(&r, initial)))
    }

    /// A lower-case role just before a name, maybe across a comma
    /// (`Iraq’s U.N. ambassador, Mohammed …`, `spokesman John …`).
    fn title_before(&self, i: usize) -> bool {
        let before = |k: usize| i.checked_sub(k).and_then(|j| self.word_in(j));
        let cue = match before(1) {
            Some(",") => before(2),
            w => w,
        };
        cue.is_some_and(|w| !is_capitalised(w) && self.g.is_title(w))
    }

    /// A type from shape and context alone: an acronym is an organisation;
    /// `None` for a lone word whose capital proves nothing (a common word, a letter, the first word of
    /// a sentence), which is kept only if the document knows it.
    fn guess(&self, r: &Range<usize>, initial: bool) -> Option<EntityType> {
        let first = self.word(r.start);
        if r.len() > 1 {
            return Some(EntityType::Person);
        }
        if is_all_caps(first) {
            return Some(EntityType::Organization);
        }
        if initial || self.g.is_common(first) || first.chars().count() == 1 {
            return None;
        }
        let previous = r.start.checked_sub(1).and_then(|j| self.word_in(j));
        if previous.is_some_and(|w| gazetteer::with_lower(w, |l| PLACE_PREPOSITIONS.contains(&l))) {
            return Some(EntityType::Location);
        }
        Some(EntityType::Person)
    }

    /// A shouted run: the longest gazetteer matches are typed; each other
    /// word (common words left out) is kept only for the document to
    /// recognise.
    fn shouted(&self, r: Range<usize>, out: &mut Vec<Candidate>) {
        let mut j = r.start;
        while j < r.end {
            let hit = (1..=MAX_TITLE_WORDS.min(r.end - j)).rev().find_map(|len| {
                let name = self.name(&(j..j + len));
                let kind = self
                    .g
                    .lookup(name)
                    .or_else(|| self.g.lookup(&title_case(name)))?;
                Some((len, kind))
            });
            match hit {
                Some((len, kind)) => {
                    out.push(self.candidate(j..j + len, Some(kind), None));
                    j += len;
                }
                None => {
                    let word = self.word(j);
                    if !self.g.is_common(word) && !is_connector(word) {
                        out.push(self.candidate(j..j + 1, None, None));
                    }
                    j += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_connector_is_the_longest() {
        let longest = CONNECTORS.iter().map(|c| c.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_CONNECTOR));
        assert!(is_name_token("della-Rovere", TokenKind::Word));
        assert!(!is_name_token("dellas-Rovere", TokenKind::Word));
    }

    #[test]
    fn name_tokens_by_their_hyphens_and_apostrophes() {
        let names = ["al-Assad", "al\u{2010}Assad", "O’Brien", "D'Arcy", "Müller"];
        let others = [
            "de-escalation",
            "al’Assad",
            "x-Ray",
            "We’re",
            "Don't",
            "I",
            "and",
        ];
        for w in names {
            assert!(is_name_token(w, TokenKind::Word), "{w}");
        }
        for w in others {
            assert!(!is_name_token(w, TokenKind::Word), "{w}");
        }
    }
    use crate::tokens::{sentences, tokenize};
    use EntityType::{Location, Misc, Organization, Person};

    fn candidates(text: &str) -> Vec<(&str, Option<EntityType>, Option<EntityType>)> {
        let tokens = tokenize(text);
        let sentences = sentences(text, &tokens);
        let patterns = super::super::dates::find(text);
        find(text, &tokens, &sentences, &patterns)
            .into_iter()
            .map(|c| (c.span.of(text), c.evidence, c.guess))
            .collect()
    }

    #[test]
    fn titles_are_cut_off_and_mark_people() {
        assert_eq!(
            candidates("after Gen. Qassem Soleimani died"),
            [("Qassem Soleimani", Some(Person), None)]
        );
        assert_eq!(
            candidates("U.N. Secretary-General Antonio Guterres warned"),
            [
                ("U.N.", Some(Organization), None),
                ("Antonio Guterres", Some(Person), None)
            ]
        );
        assert_eq!(
            candidates("said Mr. Smith"),
            [("Smith", Some(Person), None)]
        );
    }

    #[test]
    fn lower_case_roles_before_a_name_mark_people() {
        assert_eq!(
            candidates("the ambassador, Xavi Kowalczyk, said"),
            [("Xavi Kowalczyk", Some(Person), None)]
        );
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        assert_eq!(candidates("Speaking to reporters, he left."), []);
        assert_eq!(
            candidates("The talks ended. Asked if he would stay, he left."),
            []
        );
        assert_eq!(
            candidates("Any Security Council action"),
            [("Security Council", Some(Organization), None)]
        );
    }

    #[test]
    fn organisation_words_and_followers() {
        assert_eq!(
            candidates("the Associated Press reported"),
            [("Associated Press", Some(Organization), None)]
        );
        assert_eq!(
            candidates("against the Trump administration"),
            [("Trump administration", Some(Organization), None)]
        );
        assert_eq!(
            candidates("the Bank of Ruritania said"),
            [("Bank of Ruritania", Some(Organization), None)]
        );
    }

    #[test]
    fn laws_places_and_adjectives() {
        assert_eq!(
            candidates("would trigger Article 5, a clause"),
            [("Article 5", Some(Misc), None)]
        );
        assert_eq!(
            candidates("fears in the Middle East"),
            [("Middle East", Some(Location), None)]
        );
        assert_eq!(
            candidates("training of Iraqi forces"),
            [("Iraqi", Some(Misc), None)]
        );
        assert_eq!(
            candidates("the U.S. strike"),
            [("U.S.", Some(Location), None)]
        );
    }

    #[test]
    fn events_and_of_phrases() {
        assert_eq!(
            candidates("won the World Cup final"),
            [("World Cup", Some(Misc), None)]
        );
        assert_eq!(
            candidates("the South Korean team"),
            [("South Korean", Some(Misc), None)]
        );
        assert_eq!(
            candidates("the Republic of Zembla said"),
            [("Republic of Zembla", None, Some(Person))]
        );
        assert_eq!(
            candidates("said Zorba Quill of Acme Corp."),
            [
                ("Zorba Quill", None, Some(Person)),
                ("Acme Corp.", Some(Organization), None)
            ]
        );
    }

    #[test]
    fn possessives_end_a_name() {
        assert_eq!(
            candidates("after Ruritania’s vote"),
            [("Ruritania", None, Some(Person))]
        );
    }

    #[test]
    fn dates_are_not_names() {
        assert_eq!(
            candidates("met on Monday in Brussels"),
            [("Brussels", Some(Location), None)]
        );
    }

    #[test]
    fn shouted_lines_type_only_known_names() {
        assert_eq!(
            candidates("SOCCER - JAPAN GET LUCKY WIN IN NEW YORK"),
            [
                ("SOCCER", None, None),
                ("JAPAN", Some(Location), None),
                ("LUCKY", None, None),
                ("NEW YORK", Some(Location), None)
            ]
        );
    }

    #[test]
    fn unknown_names_are_guessed_from_shape() {
        assert_eq!(
            candidates("he met Zorba Quill there"),
            [("Zorba Quill", None, Some(Person))]
        );
        assert_eq!(
            candidates("he arrived in Kandahar"),
            [("Kandahar", Some(Location), None)]
        );
        assert_eq!(
            candidates("he arrived in Zembla"),
            [("Zembla", None, Some(Location))]
        );
        assert_eq!(
            candidates("he joined XYZW today"),
            [("XYZW", None, Some(Organization))]
        );
        assert_eq!(
            candidates("from the State and the Army"),
            [("State", None, None), ("Army", None, None)]
        );
    }
}
