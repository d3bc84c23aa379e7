//! Who said each quotation: the speaker phrase tied to it by a speech verb
//! in its own sentence (`“…,” he said`, `X said that “…”`, `said X`,
//! `according to X`, `X, a spokesman, said`, `X called for …, adding
//! “…”`), else the speaker of a neighbouring sentence in the paragraph, else
//! — for a quotation opening its paragraph — the last speaker of the
//! previous paragraph.

use super::lexicon::{
    self, VerbForm, ADDRESSEE_VERBS, FUNCTION_CAPS, PLAIN_REPORTING, VERB_FILLERS,
};
use super::modified;
use super::phrases::{self, Np, NpKind};
use super::ranker::{self, Candidate, Rule, Step};
use super::tokens::{Kind, Token, Tokens};
use super::{headline, interview};
use crate::tokens::is_all_caps;

/// The most words from `with` to the participle it gives a subject
/// (`with many marchers and spectators chanting`); further back, `with`
/// belongs to another phrase.
const MAX_WITH_WORDS: usize = 6;

/// The longest appositive skipped between a speaker and its verb (`Smith,
/// a spokesman for the group, said`): longer comma runs are clauses.
const MAX_APPOSITIVE: usize = 24;

/// The most tokens from a dateline's place to the dash that ends it
/// (`WASHINGTON, Aug. 24 (UPI) —`): a later dash is the sentence's own.
const MAX_DATELINE: usize = 10;

/// How far a participle or infinitive looks back over its governing verb
/// (`was prompted to say`, `went on to say`) for the subject.
const MAX_GOVERNOR: usize = 4;

/// How many sentences back a quotation without its own speaker looks for
/// one, in its paragraph or the previous one.
const MAX_CONTEXT_SENTENCES: usize = 8;

/// How many paragraphs back a quotation nothing else gives a speaker
/// looks for the last one: one paragraph of narration may stand between a
/// speaker and their next quotation paragraph (`Lopez said … ¶ The Senate
/// votes Thursday. ¶ “…”`). Only as the last resort: as a candidate for
/// every quotation opening a paragraph, the ranker's cross-validated
/// choice got worse (grid mean 7,773.6 → 7,771.5).
const PARAGRAPHS_BACK: usize = 2;

/// Words opening a clause whose speech verb does not report what follows
/// the clause: subordinators and relative pronouns (`as` is left out: `As
/// Clinton told the News, …` attributes the sentence).
const SIDE_CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "because", "before", "if", "since", "though", "unless", "when", "whether",
    "which", "while", "who", "whose",
];

/// Words that open a new clause after a quotation (`“…” until Haley
/// said`, `“…” and Trump called it …`).
pub const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "if", "since", "though",
    "unless", "until", "when", "whereas", "which", "while", "who", "whom",
];

/// Time phrases that may stand between a subject and its speech verb;
/// read as the subject, `the time` or `the past` would speak.
const TIME_PHRASES: &[&[&str]] = &[
    &["at", "the", "time"],
    &["at", "the", "moment"],
    &["in", "the", "past"],
];

/// Words opening a phrase that may hang off a subject before its verb
/// (`one person with knowledge of the talks said`, `a source close to
/// the campaign said`).
const POSTMODIFIER_OPENERS: &[&str] = &[
    "about", "at", "by", "close", "familiar", "for", "from", "in", "inside", "near", "of", "on",
    "outside", "to", "with", "within",
];

/// Prepositions that hang a name off a subject before an appositive
/// (`The lawyer for Smith, Michael Jones, said`, `an analyst at Barclays,
/// Jane Doe, said`) or off a name (`Tom Galloway of Raymond James`): the
/// name after the preposition is not who speaks.
pub const SUBJECT_MODIFIER_PREPOSITIONS: &[&str] = &["at", "for", "from", "of", "to", "with"];

/// The most words of a time phrase in `ago` between a subject and its
/// verb (`less than two weeks ago`).
const MAX_AGO_WORDS: usize = 5;

/// The most words of a phrase hanging off a subject before its verb.
const MAX_POSTMODIFIER: usize = 10;

/// The most words of a relative clause between a subject and its verb
/// (`One MP who attended the meeting said`): a longer run of words holds
/// a clause of its own.
const MAX_RELATIVE_WORDS: usize = 10;

/// Heads of a phrase naming a poll (`a September Post-ABC News poll`).
const POLL_WORDS: &[&str] = &["poll", "survey"];

/// The most words between a poll phrase's determiner and its head (`a
/// national CNN/ORC poll`, `a September Washington Post-ABC News poll`).
const MAX_POLL_WORDS: usize = 6;

/// Speech verbs that also name things (`a film called “…”`, `a
/// program dubbed “…”`), whose `-ed` form may be a participle.
const LABEL_VERBS: &[&str] = &["brand", "call", "dub", "label", "term"];

/// The most words a quoted title inside an appositive has.
const MAX_INNER_TITLE_WORDS: usize = 4;

/// Speaker phrases for each quotation (`None`: nobody found) and, for
/// each sentence, the speaker of its last speech verb.
pub struct Attribution {
    pub quote_speakers: Vec<Option<Np>>,
    /// Which step of the rule chain chose each quotation's speaker.
    pub chosen_by: Vec<Option<Step>>,
    /// Whether a speech verb in each quotation's own sentence names its
    /// speaker, or a speech noun there voices it.
    pub local: Vec<bool>,
    pub sentence_speakers: Vec<Option<Np>>,
    /// The speakers of every speech verb outside quotations, in order.
    pub all_speakers: Vec<Np>,
}

pub fn attribute(text: &str, toks: &Tokens, n_quotes: usize) -> Attribution {
    let mut att = rules(text, toks, n_quotes);
    let f = Finder { text, toks };
    let sal = ranker::Salience::new(toks, &att.quote_speakers);
    // All candidates from the rules' view first, as in training.
    let best: Vec<Option<Np>> = (0..n_quotes)
        .map(|q| {
            let qi = toks.quote_token[q];
            ranker::best(text, toks, &sal, qi, &f.candidates(qi, &att))
        })
        .collect();
    for (q, best) in best.into_iter().enumerate() {
        if best.is_some() && att.quote_speakers[q] != best {
            att.quote_speakers[q] = best;
            att.sentence_speakers[toks.sentence_of[toks.quote_token[q]]] = best;
        }
    }
    // After the ranker, which was trained on the chain's candidates: no
    // rule proposes the interviewee, who is named nowhere near the answer.
    interview::attribute_answers(text, toks, &mut att);
    // After the body's speakers are known: a headline repeats their words.
    headline::attribute(text, toks, &mut att);
    for np in att.quote_speakers.iter_mut().flatten() {
        *np = phrases::with_name_mark(&toks.tokens, *np);
    }
    att
}

/// Every quotation's candidate speakers (the rules' choice marked), for
/// training the ranker.
#[cfg(not(target_arch = "wasm32"))]
pub fn candidates(
    text: &str,
    toks: &Tokens,
    n_quotes: usize,
) -> (Vec<Vec<Candidate>>, ranker::Salience) {
    let att = rules(text, toks, n_quotes);
    let f = Finder { text, toks };
    let all = (0..n_quotes)
        .map(|q| f.candidates(toks.quote_token[q], &att))
        .collect();
    (all, ranker::Salience::new(toks, &att.quote_speakers))
}

/// The speakers the rules alone choose.
fn rules(text: &str, toks: &Tokens, n_quotes: usize) -> Attribution {
    let f = Finder { text, toks };
    let (mut quote_speakers, mut chosen_by): (Vec<Option<Np>>, Vec<Option<Step>>) = (0..n_quotes)
        .map(|q| f.local(toks.quote_token[q]).unzip())
        .unzip();
    let (mut sentence_speakers, all_speakers) = f.sentence_verb_speakers();
    let local: Vec<bool> = (0..n_quotes)
        .map(|q| {
            let s = toks.sentence_range(toks.quote_token[q]);
            quote_speakers[q].is_some() || modified::has_modified_noun(&toks.tokens, s.start, s.end)
        })
        .collect();
    // Each fallback fills the quotations still without a speaker.
    let mut fill = |q: usize, np: Option<Np>, step: Step| {
        if quote_speakers[q].is_none() && np.is_some() {
            quote_speakers[q] = np;
            chosen_by[q] = Some(step);
        }
    };
    for q in 0..n_quotes {
        let qi = toks.quote_token[q];
        let np = f.subject_of_quoting_clause(toks.sentence_range(qi).start, qi);
        fill(q, np, Step::QuotingClause);
    }
    // A sentence with an attributed quote speaks for that speaker (its
    // last quote's), whatever other speech verbs it holds.
    for (q, np) in quote_speakers.iter().enumerate() {
        let s = toks.sentence_of[toks.quote_token[q]];
        if np.is_some() {
            sentence_speakers[s] = *np;
        }
    }
    for q in 0..n_quotes {
        if quote_speakers[q].is_none() {
            let qi = toks.quote_token[q];
            let np = f.nearby_speaker(qi, &sentence_speakers);
            quote_speakers[q] = np;
            chosen_by[q] = np.map(|_| Step::Nearby);
            let s = toks.sentence_of[qi];
            sentence_speakers[s] = sentence_speakers[s].or(np);
        }
    }
    // Still nobody: the subject of the clause the quotation sits in, any
    // kind (`the ad concludes that Trump is too “dangerous”`), or the
    // last speaker of the previous paragraph. Nearly every quotation has a
    // source, and a guess in the right clause beats none.
    for q in 0..n_quotes {
        if quote_speakers[q].is_none() {
            let qi = toks.quote_token[q];
            let subject = f.clause_subject(toks.sentence_range(qi).start, qi);
            chosen_by[q] = Some(Step::ClauseSubject);
            quote_speakers[q] = subject;
            if subject.is_none() {
                let (np, step) = match f.previous_paragraph_speaker(qi, &sentence_speakers) {
                    Some(np) => (Some(np), Step::PreviousParagraph),
                    None => (
                        f.earlier_paragraph_speaker(qi, &sentence_speakers, PARAGRAPHS_BACK),
                        Step::EarlierParagraph,
                    ),
                };
                quote_speakers[q] = np;
                chosen_by[q] = np.map(|_| step);
            }
        }
    }
    Attribution {
        quote_speakers,
        chosen_by,
        local,
        sentence_speakers,
        all_speakers,
    }
}

/// The speaker (as `speaker` gives it) of the first plain reporting verb
/// among `verbs`, else of the last one that has a speaker.
fn first_plain_or_last(
    tokens: &[Token],
    verbs: &[usize],
    speaker: impl Fn(usize) -> Option<Np>,
) -> Option<Np> {
    let plain = |v: &&usize| {
        tokens[**v]
            .verb
            .is_some_and(|(l, _)| PLAIN_REPORTING.contains(&l))
    };
    verbs
        .iter()
        .filter(plain)
        .find_map(|&v| speaker(v))
        .or_else(|| verbs.iter().rev().find_map(|&v| speaker(v)))
}

struct Finder<'a> {
    text: &'a str,
    toks: &'a Tokens,
}

impl Finder<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.tokens.get(i)?;
        t.is_word().then_some(t.lower.as_str())
    }

    /// Every phrase some rule proposes as the speaker of the quotation
    /// at token `qi`, each with the rules that proposed it; the rules'
    /// own choice comes first.
    fn candidates(&self, qi: usize, att: &Attribution) -> Vec<Candidate> {
        let s = self.toks.sentence_range(qi);
        let q = match self.toks.tokens[qi].kind {
            Kind::Quote(q) => q,
            _ => unreachable!("quote_token points at a quote"),
        };
        if let (Some(np), Some(step)) = (att.quote_speakers[q], att.chosen_by[q]) {
            if ranker::is_confident(step) {
                return vec![Candidate {
                    np,
                    rules: Rule::Chosen.bit(),
                    step: Some(step),
                }];
            }
        }
        let ss = &att.sentence_speakers;
        let subject = self.clause_subject(s.start, qi);
        // The rule chain's steps each propose a phrase too, but one by one
        // they add nothing the chain's choice does not (cross-validated on
        // train); the fallbacks below do.
        let proposals = [
            (Rule::Chosen, att.quote_speakers[q]),
            (
                Rule::QuotingClause,
                subject.filter(|np| self.is_speaker_like(np)),
            ),
            (Rule::Nearby, self.nearby_speaker(qi, ss)),
            (Rule::ClauseSubject, subject),
            (
                Rule::PreviousParagraph,
                self.previous_paragraph_speaker(qi, ss),
            ),
        ];
        let mut out: Vec<Candidate> = Vec::new();
        let mut add = |rule: Rule, np: Np| match out.iter_mut().find(|c| c.np == np) {
            // The wide nets (every mention, the neighbours' subjects) only
            // add phrases: marking every candidate with them would blur
            // what the other rules say about it.
            Some(c) if !rule.is_wide() => c.rules |= rule.bit(),
            Some(_) => {}
            None => out.push(Candidate {
                np,
                rules: rule.bit(),
                step: att.chosen_by[q].filter(|_| rule == Rule::Chosen),
            }),
        };
        for (rule, np) in proposals {
            if let Some(np) = np {
                add(rule, np);
            }
        }
        // The rules already listed every speech verb's speaker, in order.
        let all = &att.all_speakers;
        let from = all.partition_point(|np| np.first < s.start);
        let to = all.partition_point(|np| np.first < s.end);
        for &np in &all[from..to] {
            add(Rule::SentenceVerb, np);
        }
        let tokens = &self.toks.tokens;
        for k in self.clause_starts(s.start, s.end) {
            let np = phrases::after(tokens, k, s.end)
                .or_else(|| phrases::determined(tokens, k, s.end))
                .or_else(|| phrases::counted(tokens, k, s.end));
            if let Some(np) = np {
                add(Rule::ClauseStart, np);
            }
        }
        for np in phrases::mentions(self.text, self.toks, s.start, s.end) {
            add(Rule::Mention, np);
        }
        for np in self.neighbour_subjects(qi) {
            add(Rule::NeighbourSubject, np);
        }
        let alone = tokens[s.clone()].iter().all(|t| !t.is_word());
        let prev = self.toks.sentence_of[qi].checked_sub(1);
        if let Some(p) = prev
            .filter(|_| alone)
            .map(|p| self.toks.sentences[p].clone())
        {
            for np in phrases::mentions(self.text, self.toks, p.start, p.end) {
                add(Rule::PreviousMention, np);
            }
        }
        out
    }

    /// The subjects of the sentences right before and after the
    /// quotation's, in its paragraph (`Trump shot back. “…”`).
    fn neighbour_subjects(&self, qi: usize) -> impl Iterator<Item = Np> + '_ {
        let toks = self.toks;
        let s = toks.sentence_of[qi];
        let para = toks.tokens[qi].para;
        [s.checked_sub(1), Some(s + 1)]
            .into_iter()
            .flatten()
            .filter_map(move |k| toks.sentences.get(k))
            .filter(move |r| toks.tokens[r.start].para == para)
            .filter_map(|r| self.clause_subject(r.start, r.end))
    }

    /// Where a clause may start in `lo..hi`: the sentence start and the
    /// word after a comma, semicolon, dash or conjunction.
    fn clause_starts(&self, lo: usize, hi: usize) -> impl Iterator<Item = usize> + '_ {
        let tokens = &self.toks.tokens;
        (lo..hi).filter(move |&k| {
            k == lo
                || tokens[k - 1].is_punct(",;—–-")
                || tokens[k - 1].is_word()
                    && lexicon::is_in(lexicon::CONJUNCTIONS, &tokens[k - 1].lower)
        })
    }

    /// The speaker named in the quotation's own sentence.
    fn local(&self, qi: usize) -> Option<(Np, Step)> {
        let s = self.toks.sentence_range(qi);
        let (lo, hi) = (s.start, s.end);
        let tries: [(Step, &dyn Fn() -> Option<Np>); 14] = [
            (Step::AccordingAfter, &|| {
                self.according_to_after(qi + 1, hi)
            }),
            (Step::TrailingReport, &|| self.trailing_report(qi + 1, hi)),
            (Step::AccordingBefore, &|| self.according_to_opening(lo, qi)),
            (Step::PollBefore, &|| self.poll_before(lo, qi)),
            (Step::PassiveAround, &|| self.passive_around(qi, hi)),
            (Step::AsPutsIt, &|| self.as_puts_it(lo, hi)),
            (Step::AfterQuote, &|| self.after_quote(qi + 1, hi)),
            (Step::SentenceAfter, &|| self.attribution_sentence_after(qi)),
            (Step::LastClauseVerb, &|| {
                self.verb_speaker(self.last_clause_start(lo, qi)?, qi)
            }),
            (Step::MainVerb, &|| self.main_verb_speaker(lo, qi)),
            (Step::LaterVerb, &|| self.later_verb_speaker(lo, qi, hi)),
            (Step::ColonIntro, &|| self.colon_intro(lo, qi)),
            (Step::Sibling, &|| self.sibling_quote(qi, hi)),
            // A speech verb in a side clause is the last resort (`Hoff,
            // who declined to comment, proposes this language: “…”`).
            (Step::AnyVerbBefore, &|| self.verb_speaker(lo, qi)),
        ];
        tries
            .iter()
            .find_map(|(step, rule)| Some((self.outside_relative(lo, rule()?), *step)))
    }

    /// The speaker of a speech verb after the quotation, unless a new
    /// clause opens first and the quotation's own clause has a person-like
    /// subject: `Sims was “riding the fence” until Haley said …` is
    /// Sims's.
    fn later_verb_speaker(&self, lo: usize, qi: usize, hi: usize) -> Option<Np> {
        let np = self.verb_speaker(qi + 1, hi)?;
        let opens_clause = (qi + 1..np.first).any(|k| {
            self.word(k)
                .is_some_and(|w| lexicon::is_in(CLAUSE_OPENERS, w))
        });
        if opens_clause {
            if let Some(own) = self.subject_of_quoting_clause(lo, qi) {
                return Some(own);
            }
        }
        Some(np)
    }

    /// `Cruz has railed against what he calls the “…”`: a pronoun speaking
    /// in a `what` / `whom` clause is the main clause's subject, who is
    /// the source.
    fn outside_relative(&self, lo: usize, np: Np) -> Np {
        let relative = np.kind == NpKind::Pronoun
            && np.first > lo
            && matches!(self.word(np.first - 1), Some("what" | "whom"));
        let main = || {
            self.clause_subject(lo, np.first - 1)
                .filter(|m| m.kind != NpKind::Pronoun)
        };
        if relative {
            main().unwrap_or(np)
        } else {
            np
        }
    }

    /// Where the last clause joined by `, and` / `, but` / `, though` /
    /// `, although` / `, while` before `hi` starts: `Ryan said …, though he
    /// said “…”` is the second clause's quotation.
    fn last_clause_start(&self, lo: usize, hi: usize) -> Option<usize> {
        let tokens = &self.toks.tokens;
        (lo + 1..hi)
            .rev()
            .find(|&k| {
                tokens[k - 1].is_punct(",")
                    && matches!(
                        self.word(k),
                        Some("and" | "but" | "though" | "although" | "while")
                    )
                    || self.word(k) == Some("and") && self.opens_absolute(lo, k + 1, hi)
            })
            .map(|k| k + 1)
    }

    /// Whether a participle with its own subject starts at `k` (`… and
    /// Trump calling it a “…”`).
    fn opens_absolute(&self, lo: usize, k: usize, hi: usize) -> bool {
        let tokens = &self.toks.tokens;
        (k + 1..hi)
            .take(MAX_APPOSITIVE)
            .find(|&v| tokens[v].verb.is_some())
            .is_some_and(|v| {
                tokens[v]
                    .verb
                    .is_some_and(|(_, f)| f == VerbForm::Participle)
                    && self.with_subject(lo, v).is_some_and(|np| np.first == k)
            })
    }

    /// The `by` after a participle, right after it or after the quotation
    /// it names.
    fn passive_by(&self, v: usize) -> Option<usize> {
        let quoted = |k: usize| {
            self.toks
                .tokens
                .get(k)
                .is_some_and(|t| matches!(t.kind, Kind::Quote(_)))
        };
        let by = if quoted(v + 1) { v + 2 } else { v + 1 };
        (self.word(by) == Some("by")).then_some(by)
    }

    /// `with Trump tweeting that …`, `– Ryan saying he was “…” and Trump
    /// calling it a “…”`: a participle's own subject, right before it
    /// after `with`, `and` or a dash.
    fn with_subject(&self, lo: usize, v: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let np = phrases::before(tokens, lo, v.checked_sub(1)?)?;
        // The opener may sit just before `lo`, where the clause starts.
        let opener = np.first.checked_sub(1)?;
        let opens =
            matches!(self.word(opener), Some("with" | "and")) || tokens[opener].is_punct("—–");
        opens.then_some(np)
    }

    /// `with hundreds of students chanting “…”`, `with many marchers and
    /// spectators chanting “…”`, `with one of her ads asking, “…”`: the
    /// phrase after a `with` a few plain words before the participle `v`,
    /// which [`phrases::before`] does not read back to (a counted group, a
    /// coordination, an `of` phrase). Only with a quotation after the
    /// participle in `..hi`: `with 95 percent of precincts reporting`
    /// reports no speech.
    fn with_phrase(&self, lo: usize, v: usize, hi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let quotes = (v + 1..hi).any(|k| matches!(tokens[k].kind, Kind::Quote(_)));
        if !quotes {
            return None;
        }
        let w = (lo..v)
            .rev()
            .take(MAX_WITH_WORDS)
            .take_while(|&k| tokens[k].is_word() && tokens[k].verb.is_none())
            .find(|&k| tokens[k].lower == "with")?;
        phrases::counted(tokens, w + 1, v)
            .or_else(|| phrases::after(tokens, w + 1, v))
            .or_else(|| phrases::determined(tokens, w + 1, v))
    }

    /// `As The Post’s Ruth Marcus puts it, …`: the speaker of the
    /// sentence's `as X put(s) it` clause.
    fn as_puts_it(&self, lo: usize, hi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        (lo..hi)
            .filter(|&a| self.word(a) == Some("as"))
            .find_map(|a| {
                let np = phrases::after(tokens, a + 1, hi)?;
                let v = self.skip_to_verb(np.last + 1, hi)?;
                (matches!(self.word(v), Some("put" | "puts")) && self.word(v + 1) == Some("it"))
                    .then_some(np)
            })
    }

    /// `“…,” Smith said, according to the Post`: the quotation reaches us
    /// through the outlet, which is its source. Only a clause of the
    /// quotation's own (no other quotation between).
    fn according_to_after(&self, k: usize, hi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let a = (k..hi)
            .take_while(|&j| !matches!(tokens[j].kind, Kind::Quote(_)))
            .find(|&j| tokens[j - 1].is_punct(",") && self.word(j) == Some("according"))?;
        (self.word(a + 1) == Some("to")).then(|| {
            phrases::after(tokens, a + 2, hi).or_else(|| phrases::up_to_punct(tokens, a + 2, hi))
        })?
    }

    /// `According to the Post, Trump said “…”`: a sentence opening with
    /// `according to X,` reaches us through X, whoever speaks after the
    /// comma (PolNeAR credits X in 23 of 24 such train quotations).
    fn according_to_opening(&self, lo: usize, qi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        if self.word(lo) != Some("according") || self.word(lo + 1) != Some("to") {
            return None;
        }
        let np = phrases::up_to_punct(tokens, lo + 2, qi)?;
        let comma = np.last + 1;
        (comma < qi && tokens[comma].is_punct(","))
            .then(|| phrases::after(tokens, lo + 2, comma).unwrap_or(np))
    }

    /// `In a September Post-ABC poll, 75 percent of Republicans said “…”`,
    /// `The poll has bad news for Bush — 25 percent of voters say …`: a
    /// share of people speaking through a poll named before it is the
    /// poll's finding, and PolNeAR credits the poll (in 6 of 7 such train
    /// quotations).
    fn poll_before(&self, lo: usize, qi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let poll = (lo..qi).find(|&k| lexicon::is_in(POLL_WORDS, &tokens[k].lower))?;
        let share = (poll + 1..qi).find(|&k| {
            let w = tokens[k].lower.as_str();
            w == "percent"
                || w.ends_with('%')
                || w == "in" && self.word(k + 1).is_some_and(phrases::is_digits)
        })?;
        let reports = (share + 1..qi).any(|k| {
            tokens[k]
                .verb
                .is_some_and(|(l, _)| l == "say" || l == "tell")
        });
        let first = (lo..poll)
            .rev()
            .take(MAX_POLL_WORDS)
            .take_while(|&k| tokens[k].is_word() || tokens[k].is_punct("/"))
            .find(|&k| lexicon::is_in(lexicon::DETERMINERS, &tokens[k].lower))?;
        reports.then_some(Np {
            first,
            last: poll,
            kind: NpKind::Nominal,
        })
    }

    /// `has been called “strategic ambiguity” by Joshua Hendrick`: a
    /// passive speech verb right before the quotation and `by` right
    /// after it name the speaker explicitly. Train has two such
    /// quotations, too few for the ranker to learn the pattern, so the
    /// step is a confident one.
    fn passive_around(&self, qi: usize, hi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let v = qi.checked_sub(1)?;
        let passive = tokens[v].verb.is_some() && tokens[v].lower.ends_with("ed");
        (passive && self.passive_by(v) == Some(qi + 1))
            .then(|| phrases::after(tokens, qi + 2, hi))?
    }

    /// `…, saying the Ohio Republican was “…,” suggesting …, CNN
    /// reported.`: a reporting clause closing the sentence after the
    /// quotation names the outermost source.
    fn trailing_report(&self, k: usize, hi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let c = (k..hi).rev().find(|&j| tokens[j].is_punct(","))?;
        if (c..hi).any(|j| matches!(tokens[j].kind, Kind::Quote(_))) {
            return None;
        }
        let ends_at = |j: usize| (j..hi).all(|m| !tokens[m].is_word());
        let reporting = |j: usize| {
            tokens.get(j).is_some_and(|t| {
                t.verb
                    .is_some_and(|(l, f)| f == VerbForm::Finite && PLAIN_REPORTING.contains(&l))
            })
        };
        // `…,” Bush told CNN.`: the phrase after `told` is the listener.
        let tells = tokens[c + 1..hi].first().is_some_and(|t| t.lower == "told");
        if reporting(c + 1) && !tells {
            return phrases::after(tokens, c + 2, hi).filter(|np| ends_at(np.last + 1));
        }
        phrases::after(tokens, c + 1, hi)
            .filter(|np| reporting(np.last + 1) && ends_at(np.last + 2))
    }

    /// `“Did you know it was Mussolini?” Todd asked the mogul.`: a quotation
    /// that is a whole sentence ending in `?` or `!` is attributed by the
    /// next one when that opens with the attribution and quotes nothing
    /// itself.
    fn attribution_sentence_after(&self, qi: usize) -> Option<Np> {
        let toks = self.toks;
        let s = toks.sentence_of[qi];
        let next = toks.sentences.get(s + 1)?;
        let alone = toks.sentences[s] == (qi..qi + 1);
        let asks = || {
            toks.tokens[qi]
                .span
                .of(self.text)
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '!')
                .ends_with(['?', '!'])
        };
        let same_para = toks.tokens[next.start].para == toks.tokens[qi].para;
        let quotes_nothing = || {
            toks.tokens[next.clone()]
                .iter()
                .all(|t| !matches!(t.kind, Kind::Quote(_)))
        };
        (alone && same_para && asks() && quotes_nothing()).then(|| {
            self.according_to_after(next.start, next.end)
                .or_else(|| self.after_quote(next.start, next.end))
        })?
    }

    /// A quotation inside a clause with no speech verb (`He refused to
    /// guess, as “…”`, `The agency declined to detail its “…”`) belongs
    /// to the clause's subject when that is a speaker phrase.
    fn subject_of_quoting_clause(&self, lo: usize, qi: usize) -> Option<Np> {
        self.clause_subject(lo, qi)
            .filter(|np| self.is_speaker_like(np))
    }

    /// A pronoun other than `it`, a name, or a nominal headed by a
    /// speaker noun.
    fn is_speaker_like(&self, np: &Np) -> bool {
        let head = &self.toks.tokens[np.last];
        match np.kind {
            NpKind::Pronoun => head.lower != "it",
            NpKind::Name => true,
            NpKind::Nominal => {
                lexicon::is_speaker_noun(&head.lower) || phrases::is_post_acronym(head)
            }
        }
    }

    /// `“…,” he said`, `“…,” said Smith`, `“…,” according to X`.
    fn after_quote(&self, mut k: usize, hi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        while k < hi && tokens[k].is_punct(",—–-'’;)") {
            k += 1;
        }
        if k >= hi || !tokens[k].is_word() {
            return None;
        }
        // French puts its past tense after an auxiliary: `«…», a déclaré
        // Macron`.
        let french_past = |t: &Token| lexicon::is_in(lexicon::FRENCH_PARTICIPLES, &t.lower);
        if self.word(k) == Some("a") && tokens.get(k + 1).is_some_and(french_past) {
            k += 1;
        }
        if let Some((lemma, VerbForm::Finite)) = tokens[k].verb {
            // `“…,” warned Smith` — but `told X` names the listener.
            if lemma != "tell" {
                return phrases::after_closing(tokens, k + 1, hi);
            }
        }
        if self.word(k) == Some("according") && self.word(k + 1) == Some("to") {
            return phrases::after_closing(tokens, k + 2, hi);
        }
        let np = phrases::after_closing(tokens, k, hi)?;
        let v = self.skip_to_verb(np.last + 1, hi)?;
        // `“…,” one person with knowledge of the talks said.`: a plain
        // reporting verb closing the clause.
        let closes = |m: usize| {
            tokens[m]
                .verb
                .is_some_and(|(l, _)| PLAIN_REPORTING.contains(&l))
                && tokens.get(m + 1).is_none_or(|t| !t.is_word())
        };
        let v = match self.postmodifier_verb(np.last + 1, hi) {
            Some(m) if tokens[v].verb.is_none() && self.is_speaker_like(&np) && closes(m) => m,
            _ => v,
        };
        // `“…,” Trump said: “…”` introduces the next quotation instead.
        let introduces_next = tokens.get(v + 1).is_some_and(|t| t.is_punct(":"));
        tokens[v].verb.filter(|_| !introduces_next).map(|_| np)
    }

    /// Skips fillers and one appositive after a subject; the verb's index.
    fn skip_to_verb(&self, mut k: usize, hi: usize) -> Option<usize> {
        let tokens = &self.toks.tokens;
        if k < hi && tokens[k].is_punct(",") {
            k = (k + 1..hi.min(k + MAX_APPOSITIVE)).find(|&c| tokens[c].is_punct(","))? + 1;
        }
        while k < hi
            && tokens[k].is_word()
            && (lexicon::is_in(VERB_FILLERS, &tokens[k].lower) || tokens[k].lower.ends_with("ly"))
        {
            k += 1;
        }
        (k < hi && tokens[k].is_word()).then_some(k)
    }

    /// The speaker of the first plain reporting verb in `lo..hi` (`X said
    /// that Y would continue to be “…”` is X's, the outermost speaker's),
    /// else of the last speech verb.
    fn verb_speaker(&self, lo: usize, hi: usize) -> Option<Np> {
        self.verb_speaker_in(lo, hi, true)
    }

    /// Like [`Self::verb_speaker`], but only for verbs outside side clauses.
    fn main_verb_speaker(&self, lo: usize, hi: usize) -> Option<Np> {
        self.verb_speaker_in(lo, hi, false)
    }

    /// The speaker of the verbs outside side clauses, then — with
    /// `side_too` — of all verbs.
    fn verb_speaker_in(&self, lo: usize, hi: usize, side_too: bool) -> Option<Np> {
        let verbs = self.speech_verbs(lo, hi);
        self.speaker_among(lo, &verbs, hi, side_too, |v| {
            self.speaker_of_verb(lo, v, hi)
        })
    }

    /// [`Self::verb_speaker_in`] over the speech verbs `verbs` of `lo..hi`,
    /// whose speakers `speaker` gives.
    fn speaker_among(
        &self,
        lo: usize,
        verbs: &[usize],
        hi: usize,
        side_too: bool,
        speaker: impl Fn(usize) -> Option<Np>,
    ) -> Option<Np> {
        let main: Vec<usize> = verbs
            .iter()
            .copied()
            .filter(|&v| !self.in_side_clause(lo, v, hi))
            .collect();
        first_plain_or_last(&self.toks.tokens, &main, &speaker).or_else(|| {
            (side_too && main.len() < verbs.len())
                .then(|| first_plain_or_last(&self.toks.tokens, verbs, &speaker))
                .flatten()
        })
    }

    /// Each sentence's [`Self::verb_speaker`], and every speech verb's
    /// speaker in order: both read the speakers of the same verbs, which
    /// are found once per sentence (twice or more cost a tenth of the
    /// quote pass, callgrind).
    fn sentence_verb_speakers(&self) -> (Vec<Option<Np>>, Vec<Np>) {
        let mut all = Vec::new();
        let mut speakers = Vec::new();
        let by_sentence = self
            .toks
            .sentences
            .iter()
            .map(|s| {
                let (lo, hi) = (s.start, s.end);
                let verbs = self.speech_verbs(lo, hi);
                speakers.clear();
                speakers.extend(verbs.iter().map(|&v| self.speaker_of_verb(lo, v, hi)));
                all.extend(speakers.iter().flatten());
                let speaker = |v| speakers[verbs.partition_point(|&w| w < v)];
                self.speaker_among(lo, &verbs, hi, true, speaker)
            })
            .collect();
        (by_sentence, all)
    }

    /// The tokens in `lo..hi` that may report speech: speech verbs and
    /// `according`.
    fn speech_verbs(&self, lo: usize, hi: usize) -> Vec<usize> {
        let tokens = &self.toks.tokens;
        (lo..hi)
            .filter(|&v| tokens[v].verb.is_some() || tokens[v].lower == "according")
            .collect()
    }

    /// Whether token `v` sits in a comma-closed side clause before `hi`:
    /// a fronted subordinate clause (`While not everything Trump says is
    /// true, Jamieson said …`) or a relative clause (`Graham, who says …,
    /// tweeted that …`). Its verb does not report the quotation after it.
    fn in_side_clause(&self, lo: usize, v: usize, hi: usize) -> bool {
        let tokens = &self.toks.tokens;
        let is_comma = |k: &usize| tokens[*k].is_punct(",");
        let closed = (v + 1..hi).any(|k| is_comma(&k));
        let opened = (lo..v).rev().find(is_comma).map_or(lo, |c| c + 1);
        let first = (opened..v)
            .find(|&k| !lexicon::is_in(lexicon::CONJUNCTIONS, &tokens[k].lower))
            .unwrap_or(v);
        closed
            && self
                .word(first)
                .is_some_and(|w| lexicon::is_in(SIDE_CLAUSE_OPENERS, w))
    }

    /// The speaker of token `v` when it is a speech verb (or `according
    /// to`), within the clause `lo..hi`.
    fn speaker_of_verb(&self, lo: usize, v: usize, hi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let t = &tokens[v];
        if !t.is_word() {
            return None;
        }
        if t.lower == "according" && self.word(v + 1) == Some("to") {
            return phrases::after(tokens, v + 2, hi)
                .or_else(|| phrases::up_to_punct(tokens, v + 2, hi));
        }
        let (lemma, form) = t.verb?;
        if t.is_capitalized() && v > lo {
            return None; // a name (`Trump Tower`, `Will Smith`), not a verb
        }
        let is_marker = |k: usize| {
            lexicon::is_in(lexicon::ARTICLES, &tokens[k].lower)
                || lexicon::is_in(lexicon::PREPOSITIONS, &tokens[k].lower)
                || phrases::is_possessive(&tokens[k])
        };
        // `the call`, `of state`, and one adjective between (`a snappy
        // retort`, `a prepared text`): a bare lemma there is a noun, unless
        // a plural subject makes it a verb (`the officials say`); `the
        // spokesman said` is inflected.
        let after_noun_marker = v > lo
            && (is_marker(v - 1)
                || v - 1 > lo
                    && t.lower == lemma
                    && !tokens[v - 1].lower.ends_with('s')
                    && is_marker(v - 2)
                    && tokens[v - 1].is_word()
                    && tokens[v - 1].verb.is_none()
                    && !lexicon::is_in(VERB_FILLERS, &tokens[v - 1].lower)
                    && !tokens[v - 1].is_capitalized());
        if after_noun_marker || modified::is_modified_noun(tokens, lo, v, lemma) {
            return None; // a noun (`secretary of state`, `the call`, `the racial remarks`)
        }
        // The passive names its speaker after `by` (`as described by
        // Comey`, `was asked by the moderator`, `has been called “…” by a
        // professor`).
        if let Some(by) = self.passive_by(v).filter(|_| t.lower.ends_with("ed")) {
            let end = self.toks.sentence_range(v).end;
            return phrases::after(tokens, by + 1, end);
        }
        if self.is_label_participle(lo, v) {
            return None; // `a short film called “…”`: the film says nothing
        }
        match form {
            VerbForm::Participle => self
                .with_subject(lo, v)
                .or_else(|| self.with_phrase(lo, v, hi))
                .or_else(|| self.clause_subject(lo, v)),
            VerbForm::Finite => self
                .inverted(lo, v, hi, lemma)
                .or_else(|| self.subject_before(lo, v))
                .or_else(|| self.governed_subject(lo, v)),
        }
    }

    /// Whether the label verb at `v` is a participle naming the thing
    /// right before it with the quotation right after it (`a short film
    /// called “Tenemos Familias”`, `an inflation formula called the
    /// “chained CPI”`): a thing that is no speaker phrase, only a
    /// determined noun. `the spokesman called it “…”` and `Trump called
    /// Clinton “…”` stay reports.
    fn is_label_participle(&self, lo: usize, v: usize) -> bool {
        let tokens = &self.toks.tokens;
        let t = &tokens[v];
        let label = t.lower.ends_with("ed")
            && t.verb
                .is_some_and(|(lemma, _)| LABEL_VERBS.contains(&lemma));
        let article = self
            .word(v + 1)
            .is_some_and(|w| lexicon::is_in(lexicon::ARTICLES, w));
        let names_quote = tokens
            .get(v + 1 + usize::from(article))
            .is_some_and(|q| matches!(q.kind, Kind::Quote(_)));
        let thing = || {
            v > lo
                && phrases::before(tokens, lo, v - 1).is_none()
                && phrases::before_open(tokens, lo, v - 1).is_some()
        };
        label && names_quote && thing()
    }

    /// `Said Smith: “…”` — a speech verb opening its clause, speaker after.
    fn inverted(&self, lo: usize, v: usize, hi: usize, lemma: &str) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let opens = v == lo || !tokens[v - 1].is_word();
        if !opens || ADDRESSEE_VERBS.contains(&lemma) {
            return None;
        }
        let np = phrases::after(tokens, v + 1, hi)?;
        // `said Smith.` / `said Smith, a spokesman` — not `said the Trump
        // “train …”`, where the phrase opens the reported clause.
        // The clause must really end there: a quotation right after the
        // phrase (`…, calls Horgos “a mistake”`) makes it the verb's object.
        let ends_clause = tokens
            .get(np.last + 1)
            .is_none_or(|t| t.is_punct(",.;:—–-)"));
        ends_clause.then_some(np)
    }

    /// A quote token longer than a title (`the co-author of “Going
    /// Viral,”` may sit inside an appositive; a quotation may not).
    fn is_long_quote(&self, k: usize) -> bool {
        let t = &self.toks.tokens[k];
        matches!(t.kind, Kind::Quote(_))
            && t.span.of(self.text).split_whitespace().count() > MAX_INNER_TITLE_WORDS
    }

    /// The subject of the verb governing an infinitive or a coordinated
    /// verb: `Trump was prompted to say`, `ProPublica obtained a video and
    /// said`.
    fn governed_subject(&self, lo: usize, v: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let prev = self.word(v.checked_sub(1)?)?;
        match prev {
            "and" | "but" => self.clause_subject(lo, v),
            "to" => (lo..v - 1).rev().take(MAX_GOVERNOR).find_map(|j| {
                phrases::before(tokens, lo, j).filter(|np| {
                    np.kind != NpKind::Nominal || lexicon::is_speaker_noun(&tokens[j].lower)
                })
            }),
            _ => None,
        }
    }

    /// The subject right before verb `v`: fillers, adverbs and an
    /// appositive skipped; a name inside the appositive beats a nominal
    /// or a titled role before it (`Iraq’s ambassador, Mohammed Ali,
    /// said`, `The Chancellor, Rachel Reeves, said`).
    fn subject_before(&self, lo: usize, v: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let mut j = v.checked_sub(1).filter(|&j| j >= lo)?;
        loop {
            while j > lo
                && tokens[j].is_word()
                && (lexicon::is_in(VERB_FILLERS, &tokens[j].lower)
                    || tokens[j].lower.ends_with("ly")
                    || tokens[j].lower.ends_with("n't"))
            {
                if tokens[j].lower == "who" {
                    break;
                }
                j -= 1;
            }
            match self.time_phrase_before(lo, j) {
                Some(start) => j = start - 1,
                None => break,
            }
        }
        j = self.skip_time_back(lo, j);
        if !tokens[j].is_punct(",") {
            return self
                .relative_subject(lo, v)
                .or_else(|| self.modified_subject(lo, v))
                .or_else(|| phrases::before_open(tokens, lo, j));
        }
        // The appositive may hold commas itself (`Harry Bond, 30, of
        // Raleigh, said`): try each earlier comma as its start.
        let commas = (lo + 1..j)
            .rev()
            .take(MAX_APPOSITIVE)
            .take_while(|&c| !self.is_long_quote(c))
            .filter(|&c| tokens[c].is_punct(","));
        // The name may be followed by its own relative clause (`The
        // Tánaiste, Simon Harris, who is also Minister for Foreign
        // Affairs, said`).
        let inner_after = |open: usize| {
            let end = (open + 1..j)
                .find(|&c| tokens[c].is_punct(","))
                .filter(|&c| self.word(c + 1) == Some("who"))
                .unwrap_or(j);
            phrases::before(tokens, open + 1, end - 1)
                .filter(|i| i.kind == NpKind::Name && i.first == open + 1)
        };
        // A description with no speaker noun for its head counts before a
        // name alone between commas (`Azerbaijan’s chief negotiator,
        // Yalchin Rafiyev, said`, also after a fronted phrase: `In a
        // statement, the Met Office’s chief meteorologist, Matthew Lehnert,
        // said` took `a statement`). A phrase opening the clause beats one
        // inside the appositive (`Mr. Slinker, whose start-up, Paradata,
        // uses it, said`).
        let outer_before = |open: usize| {
            phrases::before(tokens, lo, open - 1).or_else(|| {
                phrases::before_open(tokens, lo, open - 1).filter(|_| inner_after(open).is_some())
            })
        };
        let candidates: Vec<(usize, Np)> = commas
            .filter_map(|open| Some((open, outer_before(open)?)))
            .collect();
        let (open, outer) = candidates
            .iter()
            .find(|(_, np)| np.first == lo)
            .or(candidates.first())
            .copied()?;
        let inner = inner_after(open);
        Some(match inner {
            Some(i)
                if outer.kind != NpKind::Name
                    || self.is_modifier_object(lo, &outer)
                    || phrases::is_titled_role(tokens, &outer) =>
            {
                i
            }
            _ => self.modified_head(lo, outer),
        })
    }

    /// The phrase a chain of prepositional objects hangs off (`Professor
    /// Kessler of the Max Planck Institute for Biological Intelligence,
    /// who was not involved, warned`: the subject before the relative
    /// clause is Kessler, not the institute), when that phrase opens the
    /// clause; otherwise `np` itself.
    fn modified_head(&self, lo: usize, np: Np) -> Np {
        let tokens = &self.toks.tokens;
        let mut head = np;
        while self.is_modifier_object(lo, &head) {
            let Some(up) = (head.first - 1)
                .checked_sub(1)
                .filter(|&k| k >= lo)
                .and_then(|k| phrases::before(tokens, lo, k))
            else {
                return np;
            };
            head = up;
        }
        if head.first == lo {
            head
        } else {
            np
        }
    }

    /// Whether a phrase is the object of a preposition hanging off the
    /// subject (`The lawyer for Smith, Michael Jones, said`: Smith is not
    /// the subject, the appositive name is who the lawyer is).
    fn is_modifier_object(&self, lo: usize, np: &Np) -> bool {
        np.first > lo
            && self
                .word(np.first - 1)
                .is_some_and(|w| lexicon::is_in(SUBJECT_MODIFIER_PREPOSITIONS, w))
    }

    /// `Another intelligence source speaking to Fox News said`, `One
    /// person with knowledge of the talks said`: the speaker phrase
    /// opening the clause when a prepositional or participle phrase runs
    /// from it to the verb `v` (the phrase right before the verb is that
    /// phrase's object).
    fn modified_subject(&self, lo: usize, v: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        // Most verbs have no such phrase before them: a cheap look for
        // its opener first (every speech verb's subject comes here).
        let reach = v.saturating_sub(MAX_POSTMODIFIER + 1).max(lo);
        let opener = (reach..v).any(|k| self.opens_postmodifier(k));
        if !opener && (v == 0 || tokens[v - 1].lower != "ago") {
            return None;
        }
        // The clause starts after punctuation, a clause opener (`when
        // Trump in his speech called`) or `that`.
        let mut start = (lo..v)
            .rev()
            .find(|&k| {
                !tokens[k].is_word() && !phrases::is_plural_possessive_mark(tokens, k)
                    || self.opens_clause(k)
                    || tokens[k].lower == "that"
            })
            .map_or(lo, |k| k + 1);
        while start < v && lexicon::is_in(lexicon::CONJUNCTIONS, &tokens[start].lower) {
            start += 1;
        }
        let head = phrases::after(tokens, start, v).filter(|np| self.is_speaker_like(np))?;
        let modified = self.postmodifier_verb(head.last + 1, v + 1) == Some(v);
        (modified || self.is_ago_phrase(head.last + 1, v)).then_some(head)
    }

    /// `One MP who attended the meeting said`: the person phrase before a
    /// relative `who` that runs to the verb `v` without a comma (the
    /// phrase right before the verb, `the meeting`, is the clause's
    /// object, and named the speaker).
    fn relative_subject(&self, lo: usize, v: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let reach = v.saturating_sub(MAX_RELATIVE_WORDS + 1).max(lo + 1);
        let who = (reach..v)
            .rev()
            .take_while(|&k| tokens[k].is_word())
            .find(|&k| *tokens[k].lower == *"who")?;
        // `a candidate who has said`: the `who` is the verb's own subject.
        let own_verb = tokens[who + 1..v]
            .iter()
            .any(|t| !lexicon::is_in(VERB_FILLERS, &t.lower) && !t.lower.ends_with("ly"));
        if !own_verb {
            return None;
        }
        let np = phrases::before(tokens, lo, who - 1)?;
        (np.kind != NpKind::Pronoun && self.is_speaker_like(&np)).then_some(np)
    }

    /// Whether the word at `k` may open a phrase hanging off a subject: a
    /// preposition (`with`), an `-ing` word (`speaking to`) or an `-ed`
    /// word before a preposition (`quoted by`).
    fn opens_postmodifier(&self, k: usize) -> bool {
        let t = &self.toks.tokens[k];
        let preposition = |w: &str| lexicon::is_in(POSTMODIFIER_OPENERS, w);
        t.is_word()
            && (preposition(&t.lower)
                || t.lower.ends_with("ing")
                || t.lower.ends_with("ed") && self.word(k + 1).is_some_and(preposition))
            && !t.is_capitalized()
    }

    /// Whether `k..v` is a time phrase in `ago` (`The State Department
    /// less than two weeks ago said`).
    fn is_ago_phrase(&self, k: usize, v: usize) -> bool {
        let tokens = &self.toks.tokens;
        (k + 1..=k + MAX_AGO_WORDS).contains(&v)
            && tokens[v - 1].lower == "ago"
            && tokens[k..v]
                .iter()
                .all(|t| t.is_word() && !t.is_capitalized())
    }

    /// The finite speech verb ending a prepositional or participle phrase
    /// that opens at `k` after a subject (`with knowledge of the talks
    /// said`, `speaking to Fox News said`, `quoted by the Post said`):
    /// words only, no new clause, at most [`MAX_POSTMODIFIER`] of them.
    fn postmodifier_verb(&self, k: usize, hi: usize) -> Option<usize> {
        let tokens = &self.toks.tokens;
        if k >= hi || !self.opens_postmodifier(k) {
            return None;
        }
        // `sending Manafort to assure`: an infinitive is no such verb.
        (k + 1..hi)
            .take(MAX_POSTMODIFIER)
            .take_while(|&m| {
                let word = tokens[m].is_word() && !self.opens_clause(m);
                word || phrases::is_plural_possessive_mark(tokens, m)
            })
            .find(|&m| {
                // `in the United States,`: a capitalised word is a name.
                tokens[m].verb.is_some_and(|(_, f)| f == VerbForm::Finite)
                    && !tokens[m].is_capitalized()
            })
            .filter(|&m| tokens[m - 1].lower != "to")
    }

    /// Whether the word at `k` opens a clause ([`CLAUSE_OPENERS`]); not
    /// an `and` between capitalised words, which joins a name (`A
    /// spokesperson for the Department of Health and Social Care said`).
    fn opens_clause(&self, k: usize) -> bool {
        let tokens = &self.toks.tokens;
        let capitalised = |i: usize| tokens.get(i).is_some_and(|t| t.is_capitalized());
        lexicon::is_in(CLAUSE_OPENERS, &tokens[k].lower)
            && !(tokens[k].lower == "and" && k > 0 && capitalised(k - 1) && capitalised(k + 1))
    }

    /// Where a fixed time phrase ending at token `j` starts (`Trump at
    /// the time said`, `Beck, who has in the past described`), when a
    /// word is left before it for the subject.
    fn time_phrase_before(&self, lo: usize, j: usize) -> Option<usize> {
        TIME_PHRASES.iter().find_map(|phrase| {
            let start = (j + 1).checked_sub(phrase.len()).filter(|&s| s > lo)?;
            phrase
                .iter()
                .enumerate()
                .all(|(i, w)| self.word(start + i) == Some(*w))
                .then_some(start)
        })
    }

    /// Steps back over a time phrase between subject and verb (`Obama on
    /// Friday declared`, `Smith last week said`).
    fn skip_time_back(&self, lo: usize, mut j: usize) -> usize {
        let tokens = &self.toks.tokens;
        let is_time = |t: &Token| t.is_word() && lexicon::is_in(lexicon::TIME_WORDS, &t.lower);
        if j > lo && is_time(&tokens[j]) {
            while j > lo && (is_time(&tokens[j]) || tokens[j].lower == "on") {
                j -= 1;
            }
        }
        j
    }

    /// The subject of the clause a participle (`saying`, `adding`) hangs
    /// off: the sentence's first speaker phrase after any introduction.
    fn clause_subject(&self, lo: usize, v: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let mut k = lo;
        while k < v
            && (tokens[k].kind == Kind::Punct
                || lexicon::is_in(lexicon::CONJUNCTIONS, &tokens[k].lower))
        {
            k += 1;
        }
        let start = self.after_dateline(k, v);
        k = self.after_opener(start, v);
        // `At a rally in Ames, Iowa, on Sunday, she …`: the state closing
        // the opener's place is no subject, nor is what opens after it.
        if k > start {
            let after_place = self.after_place_tail(k, v);
            if after_place > k {
                k = self.after_opener(after_place, v);
            }
        }
        // `Eight years ago, he …`: a lone sentence capital running into a
        // comma-closed phrase is an introduction, not the subject.
        let subject_at = |k: usize| {
            phrases::after(tokens, k, v)
                .filter(|np| self.skip_to_verb(np.last + 1, v).is_some())
                .filter(|np| !ranker::is_fronted_capital(self.text, self.toks, np))
        };
        // An unlisted opening phrase (`But back on home soil, he …`) ends
        // at the first comma.
        // A name may look like an opener (`Carly Fiorina spoke, adding …`,
        // `King said`): the phrase at the start is the last resort, or the
        // one after a dateline (`Washington (AFP) – Clinton has …`).
        let after_dash = || {
            (start..v)
                .find(|&c| tokens[c].is_punct("–—-"))
                .map(|c| c + 1)
        };
        subject_at(k)
            .or_else(|| subject_at((k..v).find(|&c| tokens[c].is_punct(","))? + 1))
            .or_else(|| subject_at(start).filter(|np| np.kind == NpKind::Name))
            .or_else(|| subject_at(after_dash()?))
    }

    /// Where the subject may start after an opening word or phrase at `k`:
    /// `In the aftermath, …`, `Speaking to reporters, he …`; with no comma
    /// only the opening word goes (`When Trump tried …`).
    fn after_opener(&self, k: usize, v: usize) -> usize {
        let tokens = &self.toks.tokens;
        let opens = k < v
            && tokens[k].is_word()
            && (lexicon::is_in(FUNCTION_CAPS, &tokens[k].lower)
                || tokens[k].lower.ends_with("ing")
                || tokens[k].lower.ends_with("ly")
                || self.is_fronted_participle(k, v))
            && !lexicon::is_in(lexicon::DETERMINERS, &tokens[k].lower)
            && tokens[k].lower != "it";
        if opens {
            (k..v).find(|&c| tokens[c].is_punct(",")).unwrap_or(k) + 1
        } else {
            k
        }
    }

    /// `Informed of the lean, Early described it …`, `Led by the speaker,
    /// the rally …`: a word in `-ed` and a preposition opening a
    /// comma-closed phrase (not `Ted said`, `Jared of Texas spoke`: the
    /// comma must come before any verb).
    fn is_fronted_participle(&self, k: usize, v: usize) -> bool {
        let tokens = &self.toks.tokens;
        let comma = (k..v).find(|&c| tokens[c].is_punct(","));
        tokens[k].lower.ends_with("ed")
            && self
                .word(k + 1)
                .is_some_and(|w| lexicon::is_in(lexicon::PREPOSITIONS, w))
            && comma.is_some_and(|c| (k + 1..c).all(|m| tokens[m].verb.is_none()))
    }

    /// Past a dateline opening the clause at `k` (`WASHINGTON, Aug. 24
    /// (UPI) — A spokesman …`, `DES MOINES (AP) -- …`): an all-caps place,
    /// then a comma or bracket, and a dash soon after; else `k`.
    fn after_dateline(&self, k: usize, v: usize) -> usize {
        let tokens = &self.toks.tokens;
        let caps = (k..v)
            .take_while(|&c| tokens[c].is_word() && is_all_caps(tokens[c].span.of(self.text)))
            .count();
        let place_end = k + caps;
        let set_off = caps > 0 && place_end < v && tokens[place_end].is_punct(",(");
        let dash =
            (place_end..v.min(place_end + MAX_DATELINE)).find(|&c| tokens[c].is_punct("–—-"));
        match (set_off, dash) {
            (true, Some(d)) => d + 1,
            _ => k,
        }
    }

    /// Past the comma-closed state or country that ends an opener's place
    /// at `k` (`In Ames, Iowa, …`, `in Berea, OH, …`: a lone name after a
    /// capitalised word and a comma, itself closed by a comma); else `k`.
    fn after_place_tail(&self, k: usize, v: usize) -> usize {
        let tokens = &self.toks.tokens;
        let after_place = k >= 2 && tokens[k - 1].is_punct(",") && tokens[k - 2].is_capitalized();
        let tail = phrases::after(tokens, k, v)
            .filter(|np| np.kind == NpKind::Name && np.first == k)
            .filter(|np| np.last + 1 < v && tokens[np.last + 1].is_punct(","));
        match (after_place, tail) {
            (true, Some(np)) => np.last + 2,
            _ => k,
        }
    }

    /// `Cruz called them on it:` / `Smith: “…”` — the clause subject of a
    /// sentence that introduces the quote with a colon.
    fn colon_intro(&self, lo: usize, qi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        (qi > lo && tokens[qi - 1].is_punct(":")).then(|| {
            // The phrase opens the clause, or a heading's dash sets it off
            // (`POLLS SHIFT - Jeffrey M. Jones: “…”`).
            phrases::before(tokens, lo, qi - 2)
                .filter(|np| {
                    np.first == lo
                        || np.kind == NpKind::Name && tokens[np.first - 1].is_punct("-—–")
                })
                .or_else(|| self.clause_subject(lo, qi - 1))
        })?
    }

    /// `“We will win” and “soon,” he said`: another quote in the sentence
    /// with its own attribution after it.
    fn sibling_quote(&self, qi: usize, hi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        (qi + 1..hi)
            .filter(|&k| matches!(tokens[k].kind, Kind::Quote(_)))
            .find_map(|k| self.after_quote(k + 1, hi))
    }

    /// The speaker of a nearby sentence: earlier in the paragraph, the next
    /// sentence, or — when the quote opens its paragraph — the last speaker
    /// of the previous paragraph.
    fn nearby_speaker(&self, qi: usize, sentence_speakers: &[Option<Np>]) -> Option<Np> {
        let toks = self.toks;
        let s = toks.sentence_of[qi];
        let para = toks.tokens[qi].para;
        let same_para = |k: usize| toks.tokens[toks.sentences[k].start].para == para;
        let earlier = (0..s)
            .rev()
            .take_while(|&k| same_para(k))
            .take(MAX_CONTEXT_SENTENCES)
            .find_map(|k| sentence_speakers[k]);
        let next = (s + 1 < toks.sentences.len() && same_para(s + 1))
            .then(|| sentence_speakers[s + 1])
            .flatten();
        let opens_para = toks.sentences[s].start == qi && (s == 0 || !same_para(s - 1));
        if !opens_para {
            return earlier.or(next);
        }
        self.introduced_by_colon(s)
            .or(next)
            .or_else(|| self.signed_below(qi))
            .or_else(|| self.previous_paragraph_speaker(qi, sentence_speakers))
    }

    /// `Trump issued the following statement:` and the quotation as the
    /// next paragraph: the subject of the sentence before, ending in a
    /// colon.
    fn introduced_by_colon(&self, s: usize) -> Option<Np> {
        let prev = self.toks.sentences.get(s.checked_sub(1)?)?;
        let last = prev.end.checked_sub(1)?;
        let tokens = &self.toks.tokens;
        tokens[last]
            .is_punct(":")
            .then(|| self.clause_subject(prev.start, last))?
    }

    /// A quotation paragraph signed in the next one (`- Hillary Clinton.`).
    fn signed_below(&self, qi: usize) -> Option<Np> {
        let tokens = &self.toks.tokens;
        let dash = tokens.get(qi + 1)?;
        let own_line = dash.para > tokens[qi].para && dash.is_punct("-—–");
        own_line
            .then(|| phrases::after(tokens, qi + 2, tokens.len()))?
            .filter(|np| np.kind == NpKind::Name)
    }

    /// The last speaker of the paragraph before the quotation's.
    fn previous_paragraph_speaker(
        &self,
        qi: usize,
        sentence_speakers: &[Option<Np>],
    ) -> Option<Np> {
        self.earlier_paragraph_speaker(qi, sentence_speakers, 1)
    }

    /// The last speaker of the nearest of the `back` paragraphs before the
    /// quotation's that has one.
    fn earlier_paragraph_speaker(
        &self,
        qi: usize,
        sentence_speakers: &[Option<Np>],
        back: usize,
    ) -> Option<Np> {
        let toks = self.toks;
        let para_of = |k: usize| toks.tokens[toks.sentences[k].start].para;
        let mut end = toks.sentence_of[qi];
        for _ in 0..back {
            let para = para_of(end);
            let prev = (0..end).rev().find(|&k| para_of(k) != para)?;
            let p = para_of(prev);
            let found = (0..=prev)
                .rev()
                .take_while(|&k| para_of(k) == p)
                .take(MAX_CONTEXT_SENTENCES)
                .find_map(|k| sentence_speakers[k]);
            if found.is_some() {
                return found;
            }
            end = prev;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::marks;
    use super::*;

    /// The rule chain's speaker (before the ranker) of `text`'s first
    /// quotation, and the step that chose it.
    fn rules_choice(text: &str) -> (String, Option<Step>) {
        let quoted = marks::pair(text);
        let toks = Tokens::new(text, &quoted);
        let att = rules(text, &toks, quoted.len());
        let np = att.quote_speakers[0].expect("a speaker");
        (np.span(&toks.tokens).of(text).to_string(), att.chosen_by[0])
    }

    /// Words before the speech verb that are not its subject: a time
    /// phrase, a dateline, the state closing a fronted place, a fronted
    /// participle, a sentence adverb, a thing a label verb names.
    #[test]
    fn the_subject_is_found_behind_what_is_no_subject() {
        for (text, speaker) in [
            ("Informed of the district’s lean, Ana Ruiz smiled at the “news.”", "Ana Ruiz"),
            ("Maybe he figures that a “second gig” was reward enough.", "he"),
            ("The senators oppose an inflation formula called the “chained price index.”", "The senators"),
            ("His campaign paid to broadcast a short film called “Tenemos familias” on the radio.", "His campaign"),
            ("Tom Hale at the time said he had asked his “people” to help.", "Tom Hale"),
            ("Ana Ruiz has in the past described the law as “a mess.”", "Ana Ruiz"),
            ("WASHINGTON, Aug. 24 (UPI) — A spokesman called a report suggesting donors were granted access “outrageous.”", "A spokesman"),
            ("WASHINGTON, Dec. 8 (UPI) — In response to the plan, the mayor’s aide rallied supporters, saying: “We have to be ready.”", "the mayor’s aide"),
            ("At a campaign event in Ames, Iowa, on Sunday, Mrs. Ruiz tried to expand on her statement, saying that the state should “lead.”", "Mrs. Ruiz"),
            ("At a rally in Portsmouth, N.H., on Tuesday, Senator Tom Hale tried to rally the crowd, saying that Mrs. Ruiz would “make an outstanding president.”", "Senator Tom Hale"),
        ] {
            assert_eq!(rules_choice(text).0, speaker, "{text}");
        }
    }

    /// A prepositional or participle phrase, or a time phrase in `ago`,
    /// between the subject and its verb: the phrase before the verb is
    /// its object, not the speaker.
    #[test]
    fn the_subject_is_found_before_a_phrase_hanging_off_it() {
        for (text, speaker) in [
            (
                "Another intelligence source speaking to the Herald said, “The agents are busy.”",
                "Another intelligence source",
            ),
            (
                "One person with knowledge of the talks said the plan was “dead.”",
                "One person",
            ),
            (
                "“It is dead,” one person with knowledge of the talks said.",
                "one person",
            ),
            (
                "The agency less than two weeks ago said that “top secret” files had leaked.",
                "The agency",
            ),
            (
                "It ended when Tom Hale in his first speech called the mayor “a fraud” and left.",
                "Tom Hale",
            ),
            // Past a relative clause to the phrase its prepositions hang off.
            (
                "Professor Ana Ruiz of the Institute for Marine Science, who was not involved, warned that the result was “a fluke.”",
                "Professor Ana Ruiz",
            ),
            // Not across a relative clause, nor into an infinitive.
            ("Tom Hale thanked Ana Ruiz who said it was “bad.”", "who"),
        ] {
            assert_eq!(rules_choice(text).0, speaker, "{text}");
        }
    }

    /// PolNeAR credits a lone quantifier: `read one`, `Another advised`.
    #[test]
    fn a_quantifier_alone_is_a_speaker() {
        for (text, speaker) in [
            ("“America is great!” read one.", "one"),
            (
                "Another advised, “Aggressive driving is the path to the dark side.”",
                "Another",
            ),
            ("Some chanted “USA! USA!” as they left.", "Some"),
        ] {
            assert_eq!(rules_choice(text).0, speaker, "{text}");
        }
    }

    #[test]
    fn a_participle_after_and_or_a_dash_has_its_own_subject() {
        let text = "Both men issued a statement – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”";
        let quoted = marks::pair(text);
        let toks = Tokens::new(text, &quoted);
        let att = rules(text, &toks, quoted.len());
        let speakers: Vec<&str> = att
            .quote_speakers
            .iter()
            .map(|np| np.expect("a speaker").span(&toks.tokens).of(text))
            .collect();
        assert_eq!(speakers, ["Ryan", "Trump"]);
    }

    #[test]
    fn according_to_opening_the_sentence_is_a_confident_step() {
        let text = "According to the Herald, Mayor Ana Ruiz said the budget was “a disgrace.”";
        assert_eq!(
            rules_choice(text),
            ("the Herald".to_string(), Some(Step::AccordingBefore))
        );
    }

    #[test]
    fn a_share_of_people_in_a_poll_speaks_through_the_poll() {
        for (text, speaker) in [
            ("In a September Herald poll, 75 percent of Republicans said “most people” lie.", "a September Herald poll"),
            ("In a national CNN/ORC poll released Monday, 31% of voters said they were “angry.”", "a national CNN/ORC poll"),
            ("The poll has bad news for Hale — six in 10 voters say they would “never” back him.", "The poll"),
        ] {
            assert_eq!(rules_choice(text), (speaker.to_string(), Some(Step::PollBefore)), "{text}");
        }
        // Without a share of people speaking, a poll is just mentioned.
        let text = "Tom Hale, citing a new poll, said the race was “wide open.”";
        assert_eq!(rules_choice(text).0, "Tom Hale");
    }

    #[test]
    fn a_passive_around_the_quotation_is_a_confident_step() {
        let text =
            "The plan has been called “strategic ambiguity” by Joshua Hendrick, a professor.";
        assert_eq!(
            rules_choice(text),
            ("Joshua Hendrick".to_string(), Some(Step::PassiveAround))
        );
    }
}
