//! Speaker phrases: the noun phrases that can say something — a pronoun,
//! a name (`Sen. John Smith`, `NATO`), or a nominal headed by a speaker noun
//! (`the U.N. chief`, `NATO’s secretary general`, `officials`). Found by
//! scanning tokens from a verb outwards; no parser.

use super::lexicon::{self, DETERMINERS, FUNCTION_CAPS, PRONOUNS, TITLES};
use super::tokens::{Kind, Token, Tokens};
use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NpKind {
    Pronoun,
    Name,
    Nominal,
}

/// A speaker phrase: tokens `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Np {
    pub first: usize,
    pub last: usize,
    pub kind: NpKind,
}

impl Np {
    pub fn span(&self, tokens: &[Token]) -> Span {
        Span::new(tokens[self.first].span.start, tokens[self.last].span.end)
    }
}

/// Lower-case words that join the capitalised words of one name
/// (`Secretary of State`, `Charles de Gaulle`).
const NAME_CONNECTORS: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "du", "la", "of", "van", "von", "y",
];

/// The longest title run scanned past before a name gives up: guards
/// against walking across a whole clause of lower-case words.
const MAX_ROLE_RUN: usize = 4;

/// Whether token `k` is a word of a name: capitalised, not a function word
/// opening a sentence, not a foreign article before a lower-case word.
fn is_name_word(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.is_capitalized() && !lexicon::is_in(FUNCTION_CAPS, &t.lower) && !is_foreign_article(tokens, k)
}

/// Whether token `k` is a foreign article opening a common noun (`Le
/// président`, `La ministre`).
fn is_foreign_article(tokens: &[Token], k: usize) -> bool {
    lexicon::is_in(lexicon::FOREIGN_ARTICLES, &tokens[k].lower)
        && tokens.get(k + 1).is_some_and(is_article_noun)
}

/// A word a foreign article may open a phrase with: lower-case and no
/// verb we know, so the Vietnamese surname of `Le said` stays a name.
fn is_article_noun(t: &Token) -> bool {
    t.is_word() && !t.is_capitalized() && t.verb.is_none()
}

/// Role words a name phrase may carry in front (`presidential candidate`,
/// `press secretary`).
fn is_title_word(t: &Token) -> bool {
    t.is_word() && (lexicon::is_in(TITLES, &t.lower) || lexicon::is_speaker_noun(&t.lower))
}

/// Whether a phrase is `the` and capitalised role words (`The
/// Chancellor`, `the Prime Minister`), or a role word after the
/// capitalised name of a portfolio (`The Health Secretary`, `the
/// Opposition Leader`): a role written as a title, not a name.
pub fn is_titled_role(tokens: &[Token], np: &Np) -> bool {
    let words = &tokens[(np.first + 1).min(np.last)..=np.last];
    np.last > np.first
        && *tokens[np.first].lower == *"the"
        && words.last().is_some_and(is_title_word)
        && words
            .iter()
            .all(|t| is_title_word(t) || t.is_capitalized() && !is_function_word(&t.lower))
}

pub fn is_possessive(t: &Token) -> bool {
    t.lower.ends_with("’s") || t.lower.ends_with("'s") || t.lower.ends_with("s’")
}

/// A lower-case word without its possessive `’s` (`minister’s` →
/// `minister`).
pub fn without_possessive(lower: &str) -> &str {
    lower.trim_end_matches("’s").trim_end_matches("'s")
}

/// Whether `t` is a post written as an acronym (`MP`, `CEO`): capitalised
/// like a name, it heads a role (`A Labour MP`, `the Apple CEO`), and the
/// party or firm before it is not the speaker.
pub fn is_post_acronym(t: &Token) -> bool {
    t.is_capitalized()
        && (crate::entities::is_title_acronym_lowered(&t.lower) || *t.lower == *SPEAKER_ONLY_POST)
}

/// An Irish member of parliament (`the Louth TD said`). The entity rules
/// leave it out of their post acronyms for eng.train's `TD Securities`,
/// where it opens a firm's name; heading a speaker phrase, right before
/// its verb, it is the post.
const SPEAKER_ONLY_POST: &str = "td";

/// The speaker phrase ending at token `j`, not reaching before `lo`.
pub fn before(tokens: &[Token], lo: usize, j: usize) -> Option<Np> {
    let mut last = j;
    let mut head = j;
    if tokens[j].is_punct(")") {
        // `Rep. John Mica (R-Fla.) said`: the party label stays in the span.
        let open = (lo..j).rev().take(8).find(|&k| tokens[k].is_punct("("))?;
        head = open.checked_sub(1).filter(|&h| h >= lo)?;
        last = j;
    }
    let t = &tokens[head];
    if !t.is_word() {
        return None;
    }
    if lexicon::is_in(PRONOUNS, &t.lower) {
        return (head == j).then_some(Np {
            first: j,
            last: j,
            kind: NpKind::Pronoun,
        });
    }
    let kind = if is_post_acronym(t) {
        NpKind::Nominal
    } else if is_name_word(tokens, head) && !is_possessive(t) {
        NpKind::Name
    } else if !t.is_capitalized() && lexicon::is_speaker_noun(&t.lower) {
        NpKind::Nominal
    } else {
        return None;
    };
    let mut first = head;
    let mut lowers = 0;
    while first > lo {
        let particles = particles_before(tokens, lo, first);
        if particles > 0 {
            first -= particles;
            continue;
        }
        let p = &tokens[first - 1];
        let joins = is_name_word(tokens, first - 1)
            || (is_title_word(p) && !p.is_capitalized() && lowers < MAX_ROLE_RUN)
            || kind == NpKind::Nominal && first < head && joins_owner_name(tokens, lo, first);
        if !joins {
            break;
        }
        lowers += usize::from(!p.is_capitalized());
        first -= 1;
    }
    if first > lo
        && tokens[first - 1].is_word()
        && lexicon::is_in(DETERMINERS, &tokens[first - 1].lower)
    {
        first -= 1;
    } else if let Some(d) = determiner_before(tokens, lo, first).filter(|_| kind == NpKind::Nominal)
    {
        // `One intelligence source`, `the bespectacled, 71-year-old diplomat`.
        first = d;
    } else if kind == NpKind::Nominal
        && first == head
        && !is_plural(&t.lower)
        && !starts_clause(tokens, lo, first)
    {
        // A bare singular noun mid-clause (`the chance to respond, aide said`
        // is rare): not a speaker.
        return None;
    }
    Some(Np { first, last, kind })
}

/// Whether the `and` or `&` before `first` joins two parts of one name
/// that owns a role (`A Department of Health and Social Care spokesperson
/// said`, `a Marks & Spencer spokesman`): only before a role noun, where
/// capitalised words are its owner; before a name (`Clinton and Sanders
/// said`) they are two speakers.
fn joins_owner_name(tokens: &[Token], lo: usize, first: usize) -> bool {
    first >= lo + 2
        && matches!(tokens[first - 1].lower.as_str(), "and" | "&")
        && is_name_word(tokens, first - 2)
}

fn is_plural(lower: &str) -> bool {
    lower.ends_with('s') || lower == "people" || lower.ends_with("men")
}

fn starts_clause(tokens: &[Token], lo: usize, k: usize) -> bool {
    k == lo || tokens[k - 1].kind != Kind::Word
}

/// The speaker phrase starting at token `i`, not reaching `hi`.
pub fn after(tokens: &[Token], i: usize, hi: usize) -> Option<Np> {
    let mut k = i;
    let has_det = k < hi && tokens[k].is_word() && lexicon::is_in(DETERMINERS, &tokens[k].lower);
    if has_det {
        k += 1;
    }
    if k >= hi || !tokens[k].is_word() {
        return None;
    }
    if !has_det && lexicon::is_in(PRONOUNS, &tokens[k].lower) {
        return Some(Np {
            first: k,
            last: k,
            kind: NpKind::Pronoun,
        });
    }
    let mut last = None;
    let mut kind = NpKind::Nominal;
    // Lower-case modifiers are only allowed before the first noun or name
    // (`the former White House spokesman`), never after a head.
    // Bare lower-case words open a phrase only after a determiner (`the
    // longtime aide`); `back on American soil` is no speaker.
    let mut modifiers_allowed = has_det;
    let mut lowers = 0;
    while k < hi {
        let t = &tokens[k];
        if is_post_acronym(t) {
            kind = NpKind::Nominal;
            modifiers_allowed = false;
            last = Some(k);
        } else if is_name_word(tokens, k) {
            kind = if is_possessive(t) {
                NpKind::Nominal
            } else {
                NpKind::Name
            };
            modifiers_allowed = is_possessive(t);
            last = Some(k);
        } else if t.is_word() && !t.is_capitalized() && lexicon::is_speaker_noun(&t.lower) {
            kind = NpKind::Nominal;
            modifiers_allowed = false;
            last = Some(k);
        } else if is_connector_between_names(tokens, k, hi) && last.is_some()
            || kind == NpKind::Name && last.is_some() && joins_name_with_the(tokens, i, k, hi)
            || modifiers_allowed && is_modifier(t) && lowers < MAX_ROLE_RUN
            || (kind == NpKind::Name || last.is_none()) && is_title_word(t)
            || kind == NpKind::Name && lowers < MAX_ROLE_RUN && speaker_noun_follows(tokens, k, hi)
            || lowers < MAX_ROLE_RUN
                && is_modifier(t)
                && (last.is_none() || tokens[k - 1].is_capitalized() && !is_past_tense(t))
                && name_follows(tokens, k, hi)
        {
            lowers += 1;
        } else {
            break;
        }
        k += 1;
    }
    let mut last = last?;
    if tokens[last].is_punct(")") {
        return None;
    }
    // `chief of staff`, `secretary of state`: one lower-case noun after
    // `of` completes a role head.
    if kind == NpKind::Nominal
        && last + 2 < hi
        && tokens[last + 1].lower == "of"
        && is_closing_word(&tokens[last + 2])
        && tokens[last + 3..hi]
            .first()
            .is_none_or(|t| t.is_punct(",") || t.verb.is_some())
    {
        last += 2;
    }
    if kind == NpKind::Nominal && is_possessive(&tokens[last]) {
        return None;
    }
    // `(R-Fla.)` after a name belongs to it.
    let last = match (tokens.get(last + 1), kind) {
        (Some(p), NpKind::Name) if p.is_punct("(") => (last + 2..hi.min(last + 8))
            .find(|&c| tokens[c].is_punct(")"))
            .unwrap_or(last),
        _ => last,
    };
    Some(Np {
        first: i,
        last,
        kind,
    })
}

/// How far ahead a name may follow lower-case role words that are not in
/// the lists (`election lawyer Joe Birkenstock`, `CBS moderator Nancy
/// Cordes`).
const MAX_ROLE_GAP: usize = 2;

fn name_follows(tokens: &[Token], k: usize, hi: usize) -> bool {
    (k + 1..hi.min(k + 1 + MAX_ROLE_GAP))
        .take_while(|&j| tokens[j].is_word())
        .find(|&j| tokens[j].is_capitalized())
        .is_some_and(|j| {
            // Not `and Trump`, `while Trump`, `if Trump`: a clause opens.
            let role_word =
                |m: usize| is_modifier(&tokens[m]) && !is_function_word(&tokens[m].lower);
            is_name_word(tokens, j) && (k..j).all(role_word)
        })
}

/// Whether lower-case modifiers at `k` lead to a speaker noun within
/// [`MAX_ROLE_GAP`] words, so that a name modifies a nominal head (`the
/// Polish foreign ministry`, `the Republican national committee`) instead
/// of ending the phrase. A verb, a function word or a past tense on the way
/// (`Perez hammered the ministry`) ends the name as before.
fn speaker_noun_follows(tokens: &[Token], k: usize, hi: usize) -> bool {
    (k..hi.min(k + 1 + MAX_ROLE_GAP))
        .take_while(|&j| tokens[j].is_word() && !tokens[j].is_capitalized())
        .find(|&j| lexicon::is_speaker_noun(&tokens[j].lower))
        .is_some_and(|j| {
            j > k
                && (k..j).all(|m| {
                    is_modifier(&tokens[m])
                        && !is_function_word(&tokens[m].lower)
                        && !is_past_tense(&tokens[m])
                })
        })
}

/// A lower-case word in `-ed` after a name is its verb, whether we know
/// the verb or not (`Perez hammered Trump`, `Hale endorsed Ruiz`), not a
/// role word joining two names (`CBS moderator Nancy Cordes`).
fn is_past_tense(t: &Token) -> bool {
    t.lower.ends_with("ed")
}

/// The most name particles in a row (`von der Leyen`, `van der Merwe`).
const MAX_PARTICLES: usize = 2;

/// How many name particles stand right before the name word at `first`,
/// after another name word not before `lo` (`Bill de Blasio`, `Ursula von
/// der Leyen`): 0 if none.
fn particles_before(tokens: &[Token], lo: usize, first: usize) -> usize {
    if !is_name_word(tokens, first) {
        return 0;
    }
    // `of the` goes on a one-word name only (`Friends of the Earth`), as
    // in [`joins_name_with_the`]: `Professor Ana Ruiz of the Institute`
    // is the professor.
    let one_word = |name: usize| name == lo || !is_name_word(tokens, name - 1);
    (1..=MAX_PARTICLES)
        .find(|&n| {
            first > lo + n
                && (1..=n).all(|k| is_particle(tokens, first - k))
                && is_name_word(tokens, first - n - 1)
                && (*tokens[first - 1].lower != *"the" || one_word(first - n - 1))
        })
        .unwrap_or(0)
}

/// Whether token `j` joins two name words: a particle (`de`, `von`,
/// `of`), or `the` after `of` (`Friends of the Earth`, `Department of
/// the Interior`; `Friends` alone was the speaker).
pub fn is_particle(tokens: &[Token], j: usize) -> bool {
    let t = &tokens[j];
    t.is_word()
        && (lexicon::is_in(NAME_CONNECTORS, &t.lower)
            || *t.lower == *"the" && !t.is_capitalized() && j > 0 && *tokens[j - 1].lower == *"of")
}

fn is_connector_between_names(tokens: &[Token], k: usize, hi: usize) -> bool {
    tokens[k].is_word()
        && lexicon::is_in(NAME_CONNECTORS, &tokens[k].lower)
        && k + 1 < hi
        && is_name_word(tokens, k + 1)
}

/// Whether `of the` at `k` goes on a one-word name starting at `first`
/// (`Friends of the Earth said`, which a phrase hanging off `Friends` made
/// `Friends`; `the Department of the Interior`): `of` before `the` and a
/// name word, or that `the`. After a longer name it opens the body a
/// person is with (`Jeffrey Lewis of the James Martin Center`).
fn joins_name_with_the(tokens: &[Token], first: usize, k: usize, hi: usize) -> bool {
    let name_at = |j: usize| j < hi && is_name_word(tokens, j);
    let one_word = |of: usize| (first..of).filter(|&j| is_name_word(tokens, j)).count() == 1;
    let t = &tokens[k];
    match t.lower.as_str() {
        "of" => {
            !t.is_capitalized()
                && one_word(k)
                && k + 1 < hi
                && is_particle(tokens, k + 1)
                && name_at(k + 2)
        }
        "the" => is_particle(tokens, k) && one_word(k - 1) && name_at(k + 1),
        _ => false,
    }
}

/// A lower-case word that may modify a speaker noun: not a verb we know,
/// not an auxiliary.
fn is_modifier(t: &Token) -> bool {
    t.is_word()
        && !t.is_capitalized()
        && !lexicon::is_in(lexicon::VERB_FILLERS, &t.lower)
        && !lexicon::is_in(DETERMINERS, &t.lower)
        && t.verb.is_none()
}

/// The longest determined phrase with an unlisted head read after a
/// quotation (`said the designer`, `the 46-year-old said`).
const MAX_CLOSING_WORDS: usize = 3;

/// Like [`after`], and also a short determined phrase with an unlisted
/// head that closes the clause or meets a speech verb: `“…,” said the
/// designer.`, `“…,” the email said.`
pub fn after_closing(tokens: &[Token], i: usize, hi: usize) -> Option<Np> {
    after(tokens, i, hi)
        .or_else(|| closing_phrase(tokens, i, hi))
        .or_else(|| lone_quantifier(tokens, i, hi))
}

/// A short determined phrase at `i` with an unlisted head that closes
/// the clause or meets a speech verb (`the designer.`, `the email said`).
fn closing_phrase(tokens: &[Token], i: usize, hi: usize) -> Option<Np> {
    let starts = i < hi
        && tokens[i].is_word()
        && (lexicon::is_in(DETERMINERS, &tokens[i].lower) || is_foreign_article(tokens, i));
    let closes = |k: usize| k >= hi || tokens[k].is_punct(",.;") || tokens[k].verb.is_some();
    // The shortest run that closes: its head may itself look like a
    // verb (`the email said`, `the report noted`).
    let end = (i + 1..hi)
        .take(MAX_CLOSING_WORDS)
        .take_while(|&k| is_closing_word(&tokens[k]) || is_rank(tokens, k))
        .find(|&k| closes(k + 1))?;
    starts.then_some(Np {
        first: i,
        last: end,
        kind: NpKind::Nominal,
    })
}

/// Whether token `k` is the number of a rank (`the world number one`,
/// `the number 2 seed`), which a phrase may hold although `one` is also
/// a determiner.
fn is_rank(tokens: &[Token], k: usize) -> bool {
    k > 0 && *tokens[k - 1].lower == *"number" && is_rank_number(&tokens[k].lower)
}

/// A number that may follow `number` or `No.` in a rank (`one`, `1`).
pub fn is_rank_number(lower: &str) -> bool {
    is_digits(lower) || NUMBER_WORDS.contains(&lower)
}

/// Quantifiers that speak on their own in PolNeAR (`“…,” read one.`,
/// `Another advised, “…”`, `Some chanted “…”`).
const QUANTIFIERS: &[&str] = &[
    "another", "both", "many", "one", "others", "several", "some",
];

/// A quantifier standing alone at `i` as a phrase: nothing but
/// punctuation or a verb after it before `hi`.
fn lone_quantifier(tokens: &[Token], i: usize, hi: usize) -> Option<Np> {
    let t = tokens.get(i).filter(|_| i < hi)?;
    let alone = tokens[i + 1..hi]
        .first()
        .is_none_or(|n| !n.is_word() || n.verb.is_some());
    (t.is_word() && QUANTIFIERS.contains(&t.lower.as_str()) && alone).then_some(Np {
        first: i,
        last: i,
        kind: NpKind::Nominal,
    })
}

/// Words that make a number approximate (`about 200 protesters`, `more
/// than nine of 10 Republicans`).
const APPROXIMATORS: &[&str] = &[
    "about", "almost", "just", "more", "nearly", "only", "over", "roughly", "some", "than",
];

/// Number words that count people (`four in 10`, `half of voters`).
const NUMBER_WORDS: &[&str] = &[
    "dozens",
    "eight",
    "five",
    "four",
    "half",
    "hundreds",
    "most",
    "nine",
    "one",
    "seven",
    "six",
    "ten",
    "thousands",
    "three",
    "two",
];

/// Whether `w` is a number written in digits (`10` in `six in 10`).
pub fn is_digits(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// The most words of a counted group after its number (`of the
/// 112-member convention rules committee`).
const MAX_COUNTED_WORDS: usize = 5;

/// A counted group of people at `i` (`about 200 protesters`, `About four
/// in 10`, `75 percent of Republicans`, `at least half of voters`): an
/// approximation, a number, a share (`percent`, `in 10`, `of 10`) and what
/// is counted, up to a verb or punctuation. PolNeAR credits such groups
/// with what they chant and answer.
pub fn counted(tokens: &[Token], i: usize, hi: usize) -> Option<Np> {
    let word = |k: usize| Some(&tokens[k]).filter(|t| k < hi && t.is_word());
    let mut k = i;
    if word(k).is_some_and(|t| t.lower == "at") && word(k + 1).is_some_and(|t| t.lower == "least") {
        k += 2;
    }
    while word(k).is_some_and(|t| APPROXIMATORS.contains(&t.lower.as_str())) {
        k += 1;
    }
    let is_number = |t: &Token| {
        t.lower.bytes().all(|b| b.is_ascii_digit() || b == b',')
            || NUMBER_WORDS.contains(&t.lower.as_str())
    };
    word(k).filter(|t| is_number(t))?;
    let mut last = k;
    k += 1;
    // `percent`, `%`, `in 10`, `of 10`.
    if tokens
        .get(k)
        .is_some_and(|t| t.lower == "percent" || t.is_punct("%"))
        && k < hi
    {
        last = k;
        k += 1;
    } else if word(k).is_some_and(|t| t.lower == "in" || t.lower == "of")
        && word(k + 1).is_some_and(|t| is_digits(&t.lower))
    {
        last = k + 1;
        k += 2;
    }
    // What is counted: `of` and a phrase, or plain nouns.
    if word(k).is_some_and(|t| t.lower == "of") {
        k += 1;
    }
    let counted = (k..hi)
        .take(MAX_COUNTED_WORDS)
        .take_while(|&m| {
            let t = &tokens[m];
            // `about 200 protesters congregated`: an `-ed` word is the verb.
            t.is_word()
                && t.verb.is_none()
                && !t.lower.ends_with("ed")
                && (!is_function_word(&t.lower) || lexicon::is_in(DETERMINERS, &t.lower))
        })
        .last();
    Some(Np {
        first: i,
        last: counted.unwrap_or(last),
        kind: NpKind::Nominal,
    })
    .filter(|np| {
        np.last > np.first || is_number(&tokens[np.first]) && !tokens[np.first].is_capitalized()
    })
}

/// A lower-case word of a short determined phrase after a quotation.
fn is_closing_word(t: &Token) -> bool {
    t.is_word()
        && !t.is_capitalized()
        && !is_function_word(&t.lower)
        && !lexicon::is_in(lexicon::VERB_FILLERS, &t.lower)
}

/// Words that never head a noun phrase: prepositions, conjunctions and
/// the like (`his temper in check and`, `the ballot box at`).
fn is_function_word(lower: &str) -> bool {
    let bare = without_possessive(lower);
    lexicon::is_in(lexicon::FUNCTION_CAPS, bare)
        || lexicon::is_in(lexicon::PREPOSITIONS, bare)
        || lexicon::is_in(lexicon::DETERMINERS, bare)
        || matches!(bare, "or" | "than" | "until" | "whether" | "which" | "whom")
}

/// Whether token `k` is the apostrophe of a plural possessive (`the
/// National Farmers' Union`), which the tokenizer leaves apart from its
/// word: a word in `-s` before it and a word after it.
pub fn is_plural_possessive_mark(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.is_punct("'’"))
        && k > 0
        && tokens[k - 1].is_word()
        && tokens[k - 1].lower.ends_with('s')
        && tokens.get(k + 1).is_some_and(Token::is_word)
        && tokens[k + 1].span.start > tokens[k].span.end
}

/// A name with the `?` or `!` its owner writes into it (`Which?`,
/// `Yahoo!`): the mark follows the name without a space and a lower-case
/// word follows the mark (`Which? said in a statement`), so the mark ends
/// no sentence there. `np` itself otherwise.
pub fn with_name_mark(tokens: &[Token], np: Np) -> Np {
    let glued = |m: &Token| m.is_punct("?!") && m.span.start == tokens[np.last].span.end;
    let lower_word_after = tokens
        .get(np.last + 2)
        .is_some_and(|t| t.is_word() && !t.is_capitalized() && t.para == tokens[np.last].para);
    // Read alone, `Which` is the pronoun.
    let capitalised = tokens[np.last].is_capitalized();
    match tokens.get(np.last + 1) {
        Some(m) if capitalised && glued(m) && lower_word_after => Np {
            last: np.last + 1,
            kind: NpKind::Name,
            ..np
        },
        _ => np,
    }
}

/// Like [`before`], and also any lower-case noun a determiner opens (`the
/// editorial`, `14 percent`, `the crowd`): right before a speech verb,
/// whatever it names is speaking.
pub fn before_open(tokens: &[Token], lo: usize, j: usize) -> Option<Np> {
    let opens_clause = j == lo || !tokens[j - 1].is_word();
    before(tokens, lo, j)
        .or_else(|| lone_quantifier(tokens, j, j + 1).filter(|_| opens_clause))
        .or_else(|| determined_noun_phrase(tokens, lo, j))
}

/// The phrase a determiner opens with an unlisted head noun at `j`.
fn determined_noun_phrase(tokens: &[Token], lo: usize, j: usize) -> Option<Np> {
    let first = determiner_before(tokens, lo, j).filter(|_| is_determined_noun(tokens, lo, j))?;
    Some(Np {
        first,
        last: j,
        kind: NpKind::Nominal,
    })
}

/// The longest run of modifiers between a determiner and an unlisted head
/// noun (`the [new] editorial`, `those surveyed`).
const MAX_MODIFIERS: usize = 3;

/// An unlisted lower-case noun right before a verb counts as a speaker
/// when a determiner opens its phrase (`the editorial said`, `14 percent
/// said`), also one shaped like a speech verb's bare form (`the email
/// said`, `her text read`).
fn is_determined_noun(tokens: &[Token], lo: usize, head: usize) -> bool {
    let t = &tokens[head];
    let bare_verb = t.verb.is_some_and(|(lemma, _)| t.lower == lemma)
        && !t.is_capitalized()
        && !lexicon::is_in(lexicon::VERB_FILLERS, &t.lower);
    (is_modifier(t) || bare_verb)
        && !t.lower.ends_with("ly")
        && !is_function_word(&tokens[head].lower)
        && determiner_before(tokens, lo, head).is_some()
}

/// The determiner (or number) that opens the phrase ending at `head`. A
/// lower-case possessive is an owner with its own determiner (`the prime
/// minister’s spokesman`, `the club’s captain`): the phrase starts there,
/// or the role would read as the owner's own (`minister’s spokesman`).
fn determiner_before(tokens: &[Token], lo: usize, head: usize) -> Option<usize> {
    let d = nearest_determiner(tokens, lo, head)?;
    let owner = &tokens[d];
    if is_possessive(owner) && !owner.is_capitalized() {
        return Some(nearest_determiner(tokens, lo, d).unwrap_or(d));
    }
    Some(d)
}

/// The nearest determiner, number or possessive before `head` with only
/// modifiers between.
fn nearest_determiner(tokens: &[Token], lo: usize, head: usize) -> Option<usize> {
    (lo..head)
        .rev()
        .take(MAX_MODIFIERS + 1)
        .take_while(|&k| tokens[k].is_word())
        .find(|&k| {
            let t = &tokens[k];
            lexicon::is_in(DETERMINERS, &t.lower)
                || t.lower.chars().all(|c| c.is_ascii_digit()) && !is_numbered_name(tokens, k)
                || is_possessive(t)
        })
        .filter(|&d| {
            (d + 1..head).all(|k| {
                is_modifier(&tokens[k]) || tokens[k].is_capitalized() || is_possessive(&tokens[k])
            })
        })
}

/// Whether the number at `k` follows a capitalised `No` (`a No 10
/// source`, `the No. 2 official`): a name or a rank, not a count opening
/// the phrase (`A No 10 source` was `10 source`, named after someone
/// else).
fn is_numbered_name(tokens: &[Token], k: usize) -> bool {
    k > 0 && tokens[k - 1].is_capitalized() && matches!(tokens[k - 1].lower.as_str(), "no" | "no.")
}

/// Pronouns that PolNeAR marks as a source besides the subject ones:
/// possessives and relatives (`his “…” remark`, `the ad, which says “…”`).
const MENTION_PRONOUNS: &[&str] = &[
    "he", "her", "his", "i", "it", "its", "she", "their", "they", "we", "which", "who",
];

/// A pronoun without its contraction (`she’s`, `he'll`): the pronoun.
pub fn pronoun_word(lower: &str) -> &str {
    lower.split(['’', '\'']).next().unwrap_or(lower)
}

/// Every pronoun and run of name words in `lo..hi` (`Clinton’s` ends a
/// run): the people and things a sentence mentions, as speaker candidates
/// beyond the phrases next to speech verbs.
pub fn mentions(text: &str, toks: &Tokens, lo: usize, hi: usize) -> Vec<Np> {
    let tokens = &toks.tokens;
    let mut out = Vec::new();
    let mut k = lo;
    while k < hi {
        let t = &tokens[k];
        if t.is_word() && lexicon::is_in(MENTION_PRONOUNS, pronoun_word(&t.lower)) {
            out.push(Np {
                first: k,
                last: k,
                kind: NpKind::Pronoun,
            });
        } else if is_name_word(tokens, k) {
            let first = k;
            while k + 1 < hi
                && !is_possessive(&tokens[k])
                && (is_name_word(tokens, k + 1) || is_connector_between_names(tokens, k + 1, hi))
            {
                k += 1;
            }
            if first < k || first > lo || toks.capitals.inside_sentence(text, t.span.of(text)) {
                out.push(Np {
                    first,
                    last: k,
                    kind: NpKind::Name,
                });
            }
        }
        k += 1;
    }
    out
}

/// A determiner (or number) and the lower-case words after it, up to
/// [`MAX_CLOSING_WORDS`] (`The ad`, `The non-profit`): in PolNeAR any
/// thing can be a source (`The piece goes on to slam …`), not only the
/// speaker nouns [`after`] reads.
pub fn determined(tokens: &[Token], i: usize, hi: usize) -> Option<Np> {
    let t = tokens.get(i).filter(|_| i < hi)?;
    let opens = t.is_word()
        && (lexicon::is_in(DETERMINERS, &t.lower) || t.lower.chars().all(|c| c.is_ascii_digit()));
    // A word in -s after a noun that has none is the verb (`The ad
    // targets`, `The piece goes`), and so is a word without -s after a
    // plural noun (`Some investors worry`, `The owners hope`).
    let verb_s = |k: usize| {
        k > i + 1 && tokens[k].lower.ends_with('s') && !tokens[k - 1].lower.ends_with('s')
    };
    let verb_after_plural = |k: usize| {
        k > i + 1 && looks_plural(&tokens[k - 1].lower) && !tokens[k].lower.ends_with('s')
    };
    let last = (i + 1..hi)
        .take(MAX_CLOSING_WORDS)
        .take_while(|&k| {
            is_closing_word(&tokens[k])
                && tokens[k].verb.is_none()
                && !verb_s(k)
                && !verb_after_plural(k)
        })
        .last()?;
    opens.then_some(Np {
        first: i,
        last,
        kind: NpKind::Nominal,
    })
}

/// Endings of singular words in -s (`the press`, `the bus`, `the
/// analysis`, `the news`), which a plural test must not take for plurals.
const SINGULAR_S_ENDINGS: &[&str] = &["ss", "us", "is", "ws", "’s", "'s"];

/// A lower-case word shaped like a plural noun (`investors`).
fn looks_plural(lower: &str) -> bool {
    lower.ends_with('s') && !SINGULAR_S_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// The longest source phrase read after `according to` (`a copy of the
/// letter reviewed by The Post`).
const MAX_SOURCE_WORDS: usize = 12;

/// Any phrase from `i` to the next punctuation or quotation (`according
/// to a study last year by economists`).
pub fn up_to_punct(tokens: &[Token], i: usize, hi: usize) -> Option<Np> {
    let last = (i..hi)
        .take(MAX_SOURCE_WORDS)
        .take_while(|&k| tokens[k].is_word())
        .last()?;
    Some(Np {
        first: i,
        last,
        kind: NpKind::Nominal,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{marks, tokens::Tokens};
    use super::*;

    fn mention_texts(text: &str) -> Vec<String> {
        let toks = Tokens::new(text, &marks::pair(text));
        let n = toks.tokens.len();
        mentions(text, &toks, 0, n)
            .iter()
            .map(|np| np.span(&toks.tokens).of(text).to_string())
            .collect()
    }

    #[test]
    fn mentions_are_pronouns_and_name_runs() {
        assert_eq!(
            mention_texts("Later, Ruiz said she’s sure his plan and Tom Hale’s fund will fail"),
            ["Ruiz", "she’s", "his", "Tom Hale’s"]
        );
    }

    #[test]
    fn a_lone_capital_opening_a_sentence_needs_to_be_a_name_elsewhere() {
        assert_eq!(mention_texts("Eight years ago, Hale spoke."), ["Hale"]);
        assert_eq!(
            mention_texts("Hale spoke. Then Hale left."),
            ["Hale", "Hale"]
        );
    }

    /// The phrase [`after`] reads from the start of `text`.
    fn after_text(text: &str) -> String {
        let toks = Tokens::new(text, &[]);
        let np = after(&toks.tokens, 0, toks.tokens.len()).unwrap();
        np.span(&toks.tokens).of(text).to_string()
    }

    #[test]
    fn a_name_phrase_ends_before_an_unknown_verb_and_the_name_after_it() {
        assert_eq!(
            after_text("Senator Tom Hale endorsed Mrs. Ruiz"),
            "Senator Tom Hale"
        );
        assert_eq!(after_text("Perez hammered Trump"), "Perez");
        // Role words between two names still join them.
        assert_eq!(
            after_text("CBS moderator Nancy Cordes asked"),
            "CBS moderator Nancy Cordes"
        );
        assert_eq!(
            after_text("Republican presidential nominee Donald Trump said"),
            "Republican presidential nominee Donald Trump"
        );
    }

    #[test]
    fn a_name_may_modify_a_speaker_noun_after_it() {
        assert_eq!(
            after_text("the Polish foreign ministry said"),
            "the Polish foreign ministry"
        );
        assert_eq!(
            after_text("the German economy ministry."),
            "the German economy ministry"
        );
        // A verb between them still ends the name.
        assert_eq!(after_text("Perez hammered the ministry"), "Perez");
        assert_eq!(after_text("Poland has dismissed the idea"), "Poland");
    }

    /// The phrase [`counted`] reads from the start of `text`.
    fn counted_text(text: &str) -> Option<String> {
        let toks = Tokens::new(text, &[]);
        let np = counted(&toks.tokens, 0, toks.tokens.len())?;
        Some(np.span(&toks.tokens).of(text).to_string())
    }

    #[test]
    fn a_counted_group_of_people_is_a_phrase() {
        for (text, phrase) in [
            (
                "about 200 protesters congregated outside",
                "about 200 protesters",
            ),
            ("About four in 10 said", "About four in 10"),
            (
                "75 percent of Republicans said",
                "75 percent of Republicans",
            ),
            (
                "at least half of the 112-member rules committee to approve",
                "at least half of the 112-member rules committee",
            ),
            ("most said they were", "most"),
        ] {
            assert_eq!(counted_text(text).as_deref(), Some(phrase), "{text}");
        }
        assert_eq!(counted_text("Hale said"), None);
        assert_eq!(counted_text("about the plan"), None);
    }

    #[test]
    fn a_determined_phrase_stops_before_its_verb() {
        let text = "The ad targets voters";
        let toks = Tokens::new(text, &[]);
        let np = determined(&toks.tokens, 0, toks.tokens.len()).unwrap();
        assert_eq!(np.span(&toks.tokens).of(text), "The ad");
    }

    #[test]
    fn a_determined_plural_stops_before_its_verb() {
        for (text, phrase) in [
            ("Some investors worry about a bubble", "Some investors"),
            ("The owners hope for a deal", "The owners"),
            // Singular words in -s keep the word after them.
            ("The press office", "The press office"),
        ] {
            let toks = Tokens::new(text, &[]);
            let np = determined(&toks.tokens, 0, toks.tokens.len()).unwrap();
            assert_eq!(np.span(&toks.tokens).of(text), phrase, "{text}");
        }
    }
}
