//! The speaker ranker: every rule in [`super::attribution`] proposes a
//! phrase, and a linear model over what describes each candidate (which
//! rules proposed it, where it sits relative to the quotation, what kind
//! of phrase it is, the words around it) picks one. Trained on PolNeAR
//! train by `make train-quotes` (an averaged perceptron, `train.rs`);
//! the weights ship in the binary (`models/quotes.bin`).

use super::attribution::CLAUSE_OPENERS;
use super::lexicon::{self, VerbForm};
use super::phrases::{self, Np, NpKind};
use super::tokens::{Kind, Tokens};
use crate::fnv;
use crate::ner::hash::Map;

/// The steps of the rule chain (`attribution.rs`), in the order it tries
/// them: which one chose a speaker says how far to trust it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    AccordingAfter,
    TrailingReport,
    AccordingBefore,
    PollBefore,
    PassiveAround,
    AsPutsIt,
    AfterQuote,
    SentenceAfter,
    LastClauseVerb,
    MainVerb,
    LaterVerb,
    ColonIntro,
    Sibling,
    AnyVerbBefore,
    QuotingClause,
    Nearby,
    ClauseSubject,
    PreviousParagraph,
    /// The last resort: a speaker two paragraphs back, over narration.
    EarlierParagraph,
}

/// Steps whose choice the ranker leaves alone: on train it overrode
/// them about as often wrongly as rightly (`“…,” he said`, `according
/// to X`, a colon introduction), and they are most quotations, so not
/// ranking them saves the candidates' cost.
const CONFIDENT_STEPS: &[Step] = &[
    Step::AccordingAfter,
    Step::TrailingReport,
    Step::AccordingBefore,
    Step::PollBefore,
    Step::PassiveAround,
    Step::AfterQuote,
    Step::SentenceAfter,
    Step::ColonIntro,
    Step::Sibling,
];

pub fn is_confident(step: Step) -> bool {
    CONFIDENT_STEPS.contains(&step)
}

/// How many steps there are: origins past them are [`Rule`]s.
const STEPS: u32 = Step::EarlierParagraph as u32 + 1;

/// What proposes speaker candidates besides the chain's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The rule chain's own choice.
    Chosen,
    /// The chain's fallbacks, tried for every quotation.
    QuotingClause,
    Nearby,
    ClauseSubject,
    PreviousParagraph,
    /// The speaker of any speech verb in the quotation's sentence.
    SentenceVerb,
    /// A phrase opening a clause of the quotation's sentence.
    ClauseStart,
    /// Any pronoun or name in the quotation's sentence.
    Mention,
    /// The subject of the sentence before or after, in the paragraph.
    NeighbourSubject,
    /// Any pronoun or name in the sentence before a quotation standing
    /// alone as its sentence.
    PreviousMention,
}

impl Rule {
    pub fn bit(self) -> u32 {
        1 << self as u32
    }

    /// A rule proposing phrases by where they are, not what they do.
    pub fn is_wide(self) -> bool {
        matches!(
            self,
            Rule::Mention | Rule::NeighbourSubject | Rule::PreviousMention
        )
    }
}

/// A speaker phrase, the rules (bits) that proposed it, and — for the
/// chain's choice — the step that chose it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub np: Np,
    pub rules: u32,
    pub step: Option<Step>,
}

impl Candidate {
    pub fn is_chosen(&self) -> bool {
        self.rules & Rule::Chosen.bit() != 0
    }

    /// Where the candidate comes from: the chain step that chose it, else
    /// the first rule that proposed it.
    fn origin(&self) -> u32 {
        match self.step {
            Some(step) => step as u32,
            None => STEPS + (self.rules & !Rule::Chosen.bit()).trailing_zeros(),
        }
    }
}

/// What the rule chain says about the whole document: the word each
/// quotation's speaker is known by (a name's last word, a pronoun, a
/// nominal's head), so that a candidate can be weighed by how often the
/// document quotes it.
pub struct Salience {
    keys: Vec<u32>,
    /// How many quotations have each key.
    counts: Map<u32, usize>,
    /// The two keys (not [`NO_KEY`]) with the most quotations, most first.
    top: Vec<(u32, usize)>,
}

/// The word a phrase is known by: its last word without a possessive.
fn key(toks: &Tokens, np: &Np) -> u32 {
    let w = toks.tokens[np.last].lower.as_str();
    let w = ["’s", "'s", "’"]
        .iter()
        .find_map(|p| w.strip_suffix(p))
        .unwrap_or(w);
    word_hash(w)
}

impl Salience {
    pub fn new(toks: &Tokens, speakers: &[Option<Np>]) -> Salience {
        let keys = speakers
            .iter()
            .map(|np| np.map_or(NO_KEY, |np| key(toks, &np)))
            .collect();
        Salience::of_keys(keys)
    }

    /// Counted once per document, not once per candidate: a count per
    /// question over all quotations grew with the square of a long text's.
    fn of_keys(keys: Vec<u32>) -> Salience {
        let mut counts: Map<u32, usize> = Map::default();
        for &k in &keys {
            *counts.entry(k).or_default() += 1;
        }
        let mut top: Vec<(u32, usize)> = Vec::with_capacity(3);
        for (&k, &n) in counts.iter().filter(|&(&k, _)| k != NO_KEY) {
            top.push((k, n));
            top.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
            top.truncate(2);
        }
        Salience { keys, counts, top }
    }

    fn count(&self, k: u32) -> usize {
        self.counts.get(&k).copied().unwrap_or(0)
    }

    /// How many quotations other than `q` the rules credit to `k`, and
    /// whether no other key is credited with more of them. Quotation
    /// `q` itself is left out: counting it would make the rules' choice
    /// the most quoted in every document with one quotation.
    fn credited(&self, q: usize, k: u32) -> (usize, bool) {
        let mine = self.keys[q];
        let others = self.count(k) - usize::from(mine == k);
        let most_of_another_key = self
            .top
            .iter()
            .find(|&&(key, _)| key != mine)
            .map_or(0, |&(_, n)| n);
        let most_of_mine = if mine == NO_KEY {
            0
        } else {
            self.count(mine) - 1
        };
        let most = most_of_another_key.max(most_of_mine);
        (others, others > 0 && others >= most)
    }
}

/// The key of a quotation without a speaker.
const NO_KEY: u32 = 0;

/// The weights: `MODEL_MAGIC`, then `1 << MODEL_BITS` little-endian f32.
static MODEL: &[u8] = include_bytes!("../../models/quotes.bin");
pub const MODEL_MAGIC: &[u8; 4] = b"NMQ1";
/// Feature ids are hashed into `1 << MODEL_BITS` weights: 4,096 × 4
/// bytes keeps the model at 16 KB with few collisions among the ~1,000
/// features train produces.
pub const MODEL_BITS: u32 = 12;

fn weight(model: &[u8], feature: u32) -> f32 {
    let at = MODEL_MAGIC.len() + 4 * feature as usize;
    model
        .get(at..at + 4)
        .map_or(0.0, |b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// The model's score of a candidate's features.
pub fn score(model: &[u8], features: &[u32]) -> f32 {
    features.iter().map(|&f| weight(model, f)).sum()
}

/// The best candidate for the quotation at token `qi` by the shipped
/// model; ties go to the earlier candidate (the rules' choice first).
pub fn best(
    text: &str,
    toks: &Tokens,
    sal: &Salience,
    qi: usize,
    candidates: &[Candidate],
) -> Option<Np> {
    if let [only] = candidates {
        return Some(only.np);
    }
    let mut best: Option<(f32, Np)> = None;
    let mut f = Vec::with_capacity(FEATURES_PER_CANDIDATE);
    let quotation = Quotation::new(text, toks, qi);
    for i in 0..candidates.len() {
        features(text, toks, sal, &quotation, candidates, i, &mut f);
        let s = score(MODEL, &f);
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, candidates[i].np));
        }
    }
    best.map(|(_, np)| np)
}

/// Room for a candidate's features (about 40, and two per rule that
/// found it): the list grew five times per quotation from empty, and
/// sizing it up front cut 0.5 % of the annotation's instructions
/// (callgrind).
const FEATURES_PER_CANDIDATE: usize = 64;

/// Feature templates: each hashes with its values into one weight index.
#[derive(Clone, Copy)]
enum T {
    Rule,
    TopRule,
    TopRuleChosen,
    Kind,
    KindTop,
    RuleCount,
    Place,
    PlaceKind,
    Distance,
    DistancePlace,
    Head,
    SpeakerNoun,
    Length,
    Before,
    After,
    AfterKind,
    OpensSentence,
    QuoteShape,
    QuoteShapeTop,
    RulePair,
    Proximity,
    VerbAfter,
    VerbsBetween,
    ThatBetween,
    CommasBetween,
    OpenerBetween,
    VsChosen,
    LoneCapital,
    Fronted,
    BeforeTop,
    VerbsBetweenTop,
    QuotedElsewhere,
    MostQuoted,
    PreviousQuote,
    NearestVerb,
    VerbShape,
    PassiveAgent,
    VerbBeforeQuote,
}

struct Builder<'a>(&'a mut Vec<u32>);

impl Builder<'_> {
    fn add(&mut self, t: T, values: &[u32]) {
        // A multiplicative mix of the template and its values, word by word.
        let mut h: u32 = fnv::OFFSET ^ t as u32;
        for &v in values {
            h = (h ^ v).wrapping_mul(0x9e37_79b1);
            h ^= h >> 15;
        }
        self.0
            .push(h.wrapping_mul(0x85eb_ca6b) >> (32 - MODEL_BITS));
    }
}

fn word_hash(w: &str) -> u32 {
    fnv::fnv(fnv::OFFSET, w.as_bytes())
}

/// Where a candidate sits relative to its quotation.
#[derive(Clone, Copy)]
enum Place {
    BeforeInSentence,
    AfterInSentence,
    EarlierInParagraph,
    LaterInParagraph,
    EarlierParagraph,
    LaterParagraph,
}

fn place(toks: &Tokens, qi: usize, np: &Np) -> Place {
    let same_sentence = toks.sentence_of[np.first] == toks.sentence_of[qi];
    let same_para = toks.tokens[np.first].para == toks.tokens[qi].para;
    let before = np.first < qi;
    match (same_sentence, same_para, before) {
        (true, _, true) => Place::BeforeInSentence,
        (true, _, false) => Place::AfterInSentence,
        (false, true, true) => Place::EarlierInParagraph,
        (false, true, false) => Place::LaterInParagraph,
        (false, false, true) => Place::EarlierParagraph,
        (false, false, false) => Place::LaterParagraph,
    }
}

/// Token distance in log-ish buckets: 0, 1, 2, 3–4, 5–8, 9–16, more.
fn bucket(d: usize) -> u32 {
    match d {
        0..=2 => d as u32,
        3..=4 => 3,
        5..=8 => 4,
        9..=16 => 5,
        _ => 6,
    }
}

/// What kind of token neighbours a candidate: classes, not words, so that
/// the model learns patterns rather than articles.
fn token_class(toks: &Tokens, k: Option<usize>) -> u32 {
    let Some(t) = k.and_then(|k| toks.tokens.get(k)) else {
        return 0;
    };
    match (&t.kind, t.verb) {
        (Kind::Quote(_), _) => 1,
        (Kind::Punct, _) => match t.lower.as_str() {
            "," => 2,
            "." => 3,
            ":" => 4,
            ";" => 5,
            "(" | ")" => 6,
            "—" | "–" | "-" => 7,
            _ => 8,
        },
        (Kind::Word, Some((_, VerbForm::Finite))) => 20,
        (Kind::Word, Some((_, _))) => 21,
        (Kind::Word, None) => match t.lower.as_str() {
            "to" | "by" | "of" | "in" | "on" | "for" | "from" | "with" | "at" | "that" | "who"
            | "which" | "and" | "but" | "as" | "what" | "when" | "while" | "has" | "had"
            | "have" | "is" | "was" | "were" | "are" | "also" | "then" | "according" => {
                100 + word_hash(&t.lower) % 1000
            }
            _ => 22,
        },
    }
}

/// The feature every candidate the rule chain chose has: training starts
/// it at a prior weight so that the model departs from the rules only on
/// evidence.
#[cfg(not(target_arch = "wasm32"))]
pub fn chosen_feature() -> u32 {
    let mut v = Vec::new();
    Builder(&mut v).add(T::Rule, &[Rule::Chosen as u32]);
    v[0]
}

/// The quotation whose candidates are scored: its token and what of it
/// every candidate's features read, read once (its shape, per candidate,
/// was a tenth of the features' instructions; callgrind).
pub struct Quotation {
    token: usize,
    shape: u32,
}

impl Quotation {
    /// The quotation at token `qi`.
    pub fn new(text: &str, toks: &Tokens, qi: usize) -> Quotation {
        Quotation {
            token: qi,
            shape: quote_shape(text, toks, qi),
        }
    }
}

/// The features of candidate `i` of `all` for `quotation`, into `out`
/// (cleared first).
pub fn features(
    text: &str,
    toks: &Tokens,
    sal: &Salience,
    quotation: &Quotation,
    all: &[Candidate],
    i: usize,
    out: &mut Vec<u32>,
) {
    out.clear();
    let qi = quotation.token;
    let c = &all[i];
    let np = &c.np;
    let tokens = &toks.tokens;
    let mut b = Builder(out);
    let chosen = c.is_chosen();
    let top = c.origin();
    let kind = np.kind as u32;
    for r in (0..u32::BITS).filter(|r| c.rules & (1 << r) != 0) {
        b.add(T::Rule, &[r]);
        b.add(T::RulePair, &[r, top]);
    }
    b.add(T::TopRule, &[top]);
    b.add(T::TopRuleChosen, &[top, u32::from(chosen)]);
    b.add(T::Kind, &[kind]);
    b.add(T::KindTop, &[kind, top]);
    b.add(T::RuleCount, &[c.rules.count_ones().min(5)]);
    let p = place(toks, qi, np) as u32;
    b.add(T::Place, &[p]);
    b.add(T::PlaceKind, &[p, kind]);
    let d = if np.last < qi {
        qi - np.last - 1
    } else {
        np.first.saturating_sub(qi + 1)
    };
    b.add(T::Distance, &[bucket(d)]);
    b.add(T::DistancePlace, &[bucket(d), p]);
    let head = &tokens[np.last];
    if np.kind != NpKind::Name {
        b.add(T::Head, &[word_hash(&head.lower)]);
        b.add(
            T::SpeakerNoun,
            &[u32::from(lexicon::is_speaker_noun(&head.lower))],
        );
    }
    b.add(T::Length, &[bucket(np.last - np.first), kind]);

    let before = token_class(toks, np.first.checked_sub(1));
    b.add(T::Before, &[before]);
    b.add(T::BeforeTop, &[before, top, p]);
    let after = token_class(toks, Some(np.last + 1));
    b.add(T::After, &[after]);
    b.add(T::AfterKind, &[after, kind]);
    let opens = toks.sentences[toks.sentence_of[np.first]].start == np.first
        || phrases::is_possessive(&tokens[np.first]);
    b.add(T::OpensSentence, &[u32::from(opens)]);
    // `Eight years ago, he …`, `Reached by phone, …`: one capitalised word
    // opening a sentence is a name only if the text writes it so elsewhere.
    if opens && np.kind == NpKind::Name && np.first == np.last {
        let elsewhere = toks.capitals.inside_sentence(text, head.span.of(text));
        b.add(T::LoneCapital, &[u32::from(elsewhere), top]);
    }
    if opens {
        b.add(T::Fronted, &[u32::from(is_fronted(toks, np)), kind, top]);
    }
    // `has been called “…” by Joshua Hendrick`: the agent of a passive
    // speech verb, right after its `by`.
    let agent = np.first >= 2
        && tokens[np.first - 1].lower == "by"
        && (np.first.saturating_sub(3)..np.first - 1)
            .any(|k| tokens[k].verb.is_some() && tokens[k].lower.ends_with("ed"));
    b.add(T::PassiveAgent, &[u32::from(agent), p]);
    let shape = quotation.shape;
    b.add(T::QuoteShape, &[shape]);
    b.add(T::QuoteShapeTop, &[shape, top]);
    let chosen_top = all
        .iter()
        .find(|c| c.is_chosen())
        .map_or(u32::MAX, Candidate::origin);
    b.add(T::VsChosen, &[top, chosen_top, u32::from(chosen)]);
    between(toks, qi, all, i, p, kind, &mut b);
    salience(toks, sal, qi, np, kind, top, &mut b);
}

/// How often the rule chain credits the document's other quotations to
/// the word the candidate is known by, and whether it spoke the
/// quotation before.
fn salience(
    toks: &Tokens,
    sal: &Salience,
    qi: usize,
    np: &Np,
    kind: u32,
    top: u32,
    b: &mut Builder,
) {
    let Kind::Quote(q) = toks.tokens[qi].kind else {
        return;
    };
    let k = key(toks, np);
    let (others, most) = sal.credited(q, k);
    b.add(T::QuotedElsewhere, &[others.min(3) as u32, kind, top]);
    b.add(T::MostQuoted, &[u32::from(most), kind]);
    let previous = q.checked_sub(1).map(|p| sal.keys[p]);
    b.add(T::PreviousQuote, &[u32::from(previous == Some(k)), kind]);
}

/// Whether `np` is one capitalised word opening its sentence that runs
/// into a comma-closed phrase (`Eight years ago, he …`) and that the
/// text never writes capitalised elsewhere: the sentence's capital, not
/// a name, so no speaker.
pub fn is_fronted_capital(text: &str, toks: &Tokens, np: &Np) -> bool {
    np.kind == NpKind::Name
        && np.first == np.last
        && toks.sentences[toks.sentence_of[np.first]].start == np.first
        && is_fronted(toks, np)
        && !toks
            .capitals
            .inside_sentence(text, toks.tokens[np.first].span.of(text))
}

/// The most words between a sentence's opening phrase and the comma that
/// closes it as a fronted phrase (`Eight years ago,`, `Reached by phone,`).
const MAX_FRONTED_WORDS: usize = 4;

/// Whether the phrase opening a sentence runs on into a comma-closed
/// phrase without a speech verb (`Eight years ago, he …`): then it is an
/// introduction, and the subject comes after the comma.
fn is_fronted(toks: &Tokens, np: &Np) -> bool {
    let tokens = &toks.tokens;
    let rest = np.last + 1..toks.sentence_range(np.first).end;
    let words = rest
        .clone()
        .take_while(|&k| tokens[k].is_word() && tokens[k].verb.is_none())
        .count();
    (1..=MAX_FRONTED_WORDS).contains(&words)
        && tokens
            .get(np.last + 1 + words)
            .is_some_and(|t| t.is_punct(","))
}

/// Features of what lies between a candidate in the quotation's sentence
/// and the quotation: how many candidates are nearer on the same side,
/// the speech verb right after the candidate, and the speech verbs,
/// `that`s and commas in between.
fn between(
    toks: &Tokens,
    qi: usize,
    all: &[Candidate],
    i: usize,
    p: u32,
    kind: u32,
    b: &mut Builder,
) {
    let np = &all[i].np;
    let s = toks.sentence_range(qi);
    if !s.contains(&np.first) {
        return;
    }
    let tokens = &toks.tokens;
    let gap = if np.last < qi {
        np.last + 1..qi
    } else {
        qi + 1..np.first
    };
    let nearer = all
        .iter()
        .filter(|o| s.contains(&o.np.first) && o.np != *np)
        .filter(|o| gap.contains(&o.np.first) || gap.contains(&o.np.last))
        .count();
    b.add(T::Proximity, &[nearer.min(3) as u32, p]);
    let verb_at = (np.last + 1..s.end)
        .take(3)
        .find(|&k| tokens[k].verb.is_some());
    let verb = verb_at.and_then(|k| tokens[k].verb.map(|(lemma, _)| lemma));
    b.add(T::VerbAfter, &[verb.map_or(0, word_hash), p]);
    if let Some(v) = verb_at {
        b.add(T::VerbShape, &[verb_shape(toks, np, v), kind, p]);
        // `what she called “…”`: the verb right before the quotation.
        b.add(T::VerbBeforeQuote, &[u32::from(v + 1 == qi), kind]);
    }
    // `Ferrero said groups …, whom he described as “…”`: the speech verb
    // nearest the quotation is the one that reports it.
    let nearest = if np.last < qi {
        (s.start..qi).rev().find(|&k| tokens[k].verb.is_some())
    } else {
        (qi + 1..s.end).find(|&k| tokens[k].verb.is_some())
    };
    let is_nearest = verb_at.is_some() && verb_at == nearest;
    b.add(
        T::NearestVerb,
        &[u32::from(is_nearest), u32::from(verb_at.is_some()), kind, p],
    );
    let count = |f: &dyn Fn(usize) -> bool| gap.clone().filter(|&k| f(k)).count().min(2) as u32;
    let verbs = count(&|k| tokens[k].verb.is_some());
    b.add(T::VerbsBetween, &[verbs, kind, p]);
    b.add(T::VerbsBetweenTop, &[verbs, all[i].origin(), p]);
    let that = count(&|k| tokens[k].lower == "that");
    b.add(T::ThatBetween, &[that, verbs]);
    let commas = count(&|k| tokens[k].is_punct(","));
    b.add(T::CommasBetween, &[commas, p]);
    // `X sounded “…” and Y called it …`: a new clause between.
    let opener =
        count(&|k| tokens[k].is_word() && lexicon::is_in(CLAUSE_OPENERS, &tokens[k].lower));
    b.add(T::OpenerBetween, &[opener, p, kind]);
}

/// Words before a verb's bare form that make it no report of what was
/// said (`they should add back …`, `wants to say`).
const NOT_REPORTING: &[&str] = &[
    "can", "could", "might", "must", "should", "to", "will", "would",
];

/// How the speech verb at `v` after a candidate is inflected — bare,
/// `-s`, past, `-ing` — and whether a modal or `to` stands between
/// (`they should add` proposes, `they added` reports).
fn verb_shape(toks: &Tokens, np: &Np, v: usize) -> u32 {
    let t = &toks.tokens[v];
    let Some((lemma, form)) = t.verb else {
        return 0;
    };
    let shape = match form {
        VerbForm::Participle => 1,
        VerbForm::Finite if t.lower == lemma => 2,
        VerbForm::Finite if t.lower.ends_with('s') => 3,
        VerbForm::Finite => 4,
    };
    let modal = (np.last + 1..v).any(|k| NOT_REPORTING.contains(&toks.tokens[k].lower.as_str()));
    shape | u32::from(modal) << 3
}

/// The quotation's shape: whether it opens its sentence, closes it, and
/// follows a colon.
fn quote_shape(text: &str, toks: &Tokens, qi: usize) -> u32 {
    let s = toks.sentence_range(qi);
    let opens = s.start == qi;
    let closes = (qi + 1..s.end).all(|k| !toks.tokens[k].is_word());
    let colon = qi > 0 && toks.tokens[qi - 1].is_punct(":");
    // More than five words (stops counting there: quotations can be long).
    let long = toks.tokens[qi]
        .span
        .of(text)
        .split_whitespace()
        .nth(5)
        .is_some();
    u32::from(opens) | u32::from(closes) << 1 | u32::from(colon) << 2 | u32::from(long) << 3
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Salience over four quotations credited to `a`, `b`, `a`, none.
    fn salience() -> Salience {
        Salience::of_keys(vec![1, 2, 1, NO_KEY])
    }

    #[test]
    fn a_quotation_does_not_count_towards_its_own_candidates() {
        let sal = salience();
        // From quotation 0, `a` has one other quotation, as many as `b`.
        assert_eq!(sal.credited(0, 1), (1, true));
        assert_eq!(sal.credited(0, 2), (1, true));
        // From quotation 1, `a` has two and `b` none.
        assert_eq!(sal.credited(1, 1), (2, true));
        assert_eq!(sal.credited(1, 2), (0, false));
        // A key nobody else is credited with is not the most quoted.
        assert_eq!(sal.credited(3, 9), (0, false));
    }

    /// The counts made once per document answer as counting the other
    /// quotations one by one does.
    #[test]
    fn credited_counts_the_other_quotations() {
        let keys = vec![3, 1, NO_KEY, 2, 1, 3, 3, NO_KEY, 2, 4, 1, 3];
        let sal = Salience::of_keys(keys.clone());
        let others = |q: usize| (0..keys.len()).filter(move |&o| o != q);
        for q in 0..keys.len() {
            for k in [NO_KEY, 1, 2, 3, 4, 5] {
                let credited = others(q).filter(|&o| keys[o] == k).count();
                let most = others(q)
                    .filter(|&o| keys[o] != NO_KEY)
                    .map(|o| others(q).filter(|&p| keys[p] == keys[o]).count())
                    .max()
                    .unwrap_or(0);
                let expected = (credited, credited > 0 && credited >= most);
                assert_eq!(sal.credited(q, k), expected, "quotation {q}, key {k}");
            }
        }
    }

    #[test]
    fn the_shipped_model_has_one_weight_per_feature_id() {
        assert_eq!(&MODEL[..4], MODEL_MAGIC);
        assert_eq!(MODEL.len(), 4 + (4 << MODEL_BITS));
        assert!((0..1 << MODEL_BITS).any(|f| weight(MODEL, f) != 0.0));
    }
}
