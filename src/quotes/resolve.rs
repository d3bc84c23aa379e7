//! From speaker phrases to names: entities' canonical names, surnames to
//! full names, pronouns to the most recent compatible speaker, role nouns
//! (`the U.N. chief`) to the person the document ties to that role
//! ([`roles`]).

mod roles;
mod subjects;

use super::attribution::{Attribution, SUBJECT_MODIFIER_PREPOSITIONS};
use super::lexicon::{
    self, FEMALE_NAMES, FEMALE_TITLES, GROUP_NOUNS, INDEFINITES, LEADER_NOUNS, MALE_NAMES,
    MALE_TITLES, ORG_ANAPHORS, ORG_WORDS, PERSON_ROLES, PLURAL_DETERMINERS, SPEAKER_NOUNS, TITLES,
};
use super::lower::Lower;
use super::phrases::{self, Np, NpKind};
use super::tokens::{Token, Tokens};
use crate::annotations::{Entity, EntityType};
use crate::ner::hash::Map;
use crate::text::Span;

/// How many sentences back a pronoun looks for its antecedent before
/// falling back to the last compatible speaker anywhere.
const PRONOUN_WINDOW: usize = 4;

/// Articles that may open a subject's role before its name (`the Texas
/// senator Ted Cruz`); possessives would make the name an object's owner.
const ROLE_DETERMINERS: &[&str] = &["a", "an", "the"];

/// How many earlier speakers the long-range fallbacks consider: keeps
/// resolution linear in a long text.
const MAX_SPEAKER_LOOKBACK: usize = 64;

/// Words naming a share of a group before `of` (`one of the officials`).
const PARTITIVES: &[&str] = &[
    "another", "each", "many", "most", "one", "several", "some", "two",
];

/// The longest appositive read as a role (`Smith, a spokesman for the
/// group,`): longer comma runs are clauses, not roles.
const MAX_ROLE_WORDS: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Person,
    Group,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

#[derive(Clone, Debug)]
struct Referent {
    name: String,
    class: Class,
    /// An organisation's name (`Nvidia`, `the Justice Department`), which
    /// `the company` or `the ministry` may stand for; places are groups too.
    organisation: bool,
    /// A plural group of people (`several hundred protesters`), which
    /// `they` may stand for and `it` may not.
    people: bool,
    /// Someone new an indefinite phrase brought in and the text never
    /// names (`A Labour backbencher`, `a senior government source`),
    /// whom a later definite role may repeat (`the MP said`, `the source
    /// added`).
    newcomer: bool,
}

impl Referent {
    fn new(name: String, class: Class) -> Self {
        Referent {
            name,
            class,
            organisation: false,
            people: false,
            newcomer: false,
        }
    }
}

/// Something a later pronoun may point back to.
#[derive(Clone, Debug)]
struct Entry {
    token: usize,
    /// The phrase's last token: its head, for a role (`the spokesperson`).
    last: usize,
    referent: Referent,
    /// The subject of a speech verb rather than a name anywhere.
    speaker: bool,
}

/// A role the text gives a person (`U.N. Secretary-General Antonio
/// Guterres`, `Iraq’s U.N. ambassador, Mohammed Ali,`).
struct Tie<'a> {
    token: usize,
    words: Vec<&'a str>,
    name: String,
}

/// A person name in the text: tokens `first..=last`.
struct NameRun {
    /// Where the capitalised run starts, titles included.
    start: usize,
    /// Where the name proper starts.
    first: usize,
    last: usize,
    referent: Referent,
}

pub struct Resolver<'a> {
    text: &'a str,
    toks: &'a Tokens,
    entities: Vec<&'a Entity>,
    /// Pronoun candidates per sentence, in text order within each.
    by_sentence: Vec<Vec<Entry>>,
    ties: Vec<Tie<'a>>,
    genders: Map<String, Gender>,
    /// Full (two-word or longer) person names, for surnames.
    /// Full person names by their last word, the first seen kept.
    surnames: Map<String, String>,
    /// Speaker entries in text order, for the fallbacks that look further
    /// back than a few sentences.
    speakers: Vec<Entry>,
    main_speaker: Option<String>,
}

/// The resolved speaker name of each quotation's speaker phrase.
pub fn resolve(
    text: &str,
    toks: &Tokens,
    entities: &[Entity],
    att: &Attribution,
) -> Vec<Option<String>> {
    let mut r = Resolver::new(text, toks, entities);
    let mut nps: Vec<Np> = att
        .quote_speakers
        .iter()
        .chain(&att.sentence_speakers)
        .flatten()
        .chain(&att.all_speakers)
        .copied()
        .collect();
    nps.sort_by_key(|np| (np.first, np.last));
    nps.dedup();
    r.main_speaker = r.main_speaker(&nps);
    let mut names: Map<(usize, usize), String> = Map::default();
    for np in nps {
        let resolved = r.resolved_referent(&np);
        // An unresolved pronoun (`It`, `I`) names nobody a later `he` could
        // point back to.
        let candidate = resolved.is_some() || np.kind != NpKind::Pronoun;
        let referent = resolved.unwrap_or_else(|| r.unresolved_referent(&np));
        if candidate {
            let entry = Entry {
                token: np.first,
                last: np.last,
                referent: referent.clone(),
                speaker: true,
            };
            r.by_sentence[toks.sentence_of[np.first]].push(entry.clone());
            r.speakers.push(entry);
        }
        names.insert((np.first, np.last), referent.name);
    }
    att.quote_speakers
        .iter()
        .map(|np| np.and_then(|np| names.get(&(np.first, np.last)).cloned()))
        .collect()
}

impl<'a> Resolver<'a> {
    fn new(text: &'a str, toks: &'a Tokens, entities: &'a [Entity]) -> Self {
        let mut sorted: Vec<&Entity> = entities.iter().collect();
        sorted.sort_by_key(|e| e.span.start);
        let mut r = Resolver {
            text,
            toks,
            entities: sorted,
            by_sentence: vec![Vec::new(); toks.sentences.len()],
            ties: Vec::new(),
            genders: Map::default(),
            surnames: Map::default(),
            speakers: Vec::new(),
            main_speaker: None,
        };
        for e in entities.iter().filter(|e| e.kind == EntityType::Person) {
            r.note_full_name(&e.canonical);
        }
        for run in r.name_runs() {
            r.note_person(&run);
        }
        r.note_subjects();
        for list in &mut r.by_sentence {
            list.sort_by_key(|e| e.token);
        }
        r
    }

    fn tokens(&self) -> &'a [Token] {
        &self.toks.tokens
    }

    /// Person names outside quotes: PER entities, else runs of capitalised
    /// words that look like a person's name.
    fn name_runs(&self) -> Vec<NameRun> {
        let tokens = self.tokens();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let Some(last) = self.run_end(i) else {
                i += 1;
                continue;
            };
            let np = Np {
                first: i,
                last,
                kind: NpKind::Name,
            };
            let referent = self.name_referent(&np);
            // A lone unknown capitalised word is as likely `Monday` as a
            // person: not a pronoun candidate.
            if referent.class != Class::Unknown {
                let (first, _) = self.strip_titles(i, last);
                runs.push(NameRun {
                    start: i,
                    first,
                    last,
                    referent,
                });
            }
            i = last + 1;
        }
        runs
    }

    /// The last token of the capitalised run starting at `i`, if one starts.
    /// A possessive ends a run (`Murphy’s life’s work` mentions Murphy).
    fn run_end(&self, i: usize) -> Option<usize> {
        let tokens = self.tokens();
        let is_cap =
            |t: &Token| t.is_capitalized() && !lexicon::is_in(lexicon::FUNCTION_CAPS, &t.lower);
        let is_name = |t: &Token| is_cap(t) && !phrases::is_possessive(t);
        if !is_cap(&tokens[i]) || (i > 0 && is_name(&tokens[i - 1])) {
            return None;
        }
        let mut last = i;
        while !phrases::is_possessive(&tokens[last])
            && last + 1 < tokens.len()
            && is_cap(&tokens[last + 1])
        {
            last += 1;
        }
        Some(last)
    }

    /// Records a person name: its gender, full name and roles.
    fn note_person(&mut self, run: &NameRun) {
        let tokens = self.tokens();
        let Some(&s) = self.toks.sentence_of.get(run.first) else {
            return;
        };
        self.by_sentence[s].push(Entry {
            token: run.first,
            last: run.last,
            referent: run.referent.clone(),
            speaker: false,
        });
        if run.referent.class != Class::Person {
            return;
        }
        let name = &run.referent.name;
        self.note_full_name(name);
        // `columnist Ai Jun`: a singular speaker noun right before a name
        // is a role as much as a title is.
        let lower_titles = tokens[..run.start]
            .iter()
            .rev()
            .take_while(|t| is_title(t) || t.is_word() && lexicon::is_in(SPEAKER_NOUNS, &t.lower));
        let before: Vec<&Token> = tokens[run.start..run.first]
            .iter()
            .rev()
            .chain(lower_titles)
            .collect();
        let gender = before
            .iter()
            .find_map(|t| title_gender(&t.lower))
            .or_else(|| first_name_gender(name));
        if let Some(g) = gender {
            self.note_gender(name, g);
        }
        let mut words: Vec<&str> = before.iter().flat_map(|t| role_words(&t.lower)).collect();
        words.extend(self.appositive_role(run.start, run.last));
        if !words.is_empty() {
            self.ties.push(Tie {
                token: run.first,
                words,
                name: name.clone(),
            });
        }
    }

    /// Role words in an appositive right after (`Smith, a spokesman for
    /// the group,`) or right before (`Iraq’s ambassador, Mohammed Ali`) a
    /// name; `first` is where the name's run starts, titles included (`the
    /// prosecutor, Assistant U.S. Attorney Maria Castellanos,`).
    fn appositive_role(&self, first: usize, last: usize) -> Vec<&'a str> {
        let tokens = self.tokens();
        let is_word = |t: &&Token| t.is_word();
        let after: Vec<&Token> = if tokens.get(last + 1).is_some_and(|t| t.is_punct(","))
            && !self.opens_introduction(first)
        {
            tokens[last + 2..]
                .iter()
                .take(MAX_ROLE_WORDS)
                .take_while(is_word)
                .collect()
        } else {
            Vec::new()
        };
        let before: Vec<&Token> = if first > 1 && tokens[first - 1].is_punct(",") {
            tokens[..first - 1]
                .iter()
                .rev()
                .take(MAX_ROLE_WORDS)
                .take_while(is_word)
                .collect()
        } else {
            Vec::new()
        };
        let roles_after = after.iter().any(|t| lexicon::is_speaker_noun(&t.lower));
        let roles_before = before
            .first()
            .is_some_and(|t| lexicon::is_speaker_noun(&t.lower))
            || is_role_of_body(&before);
        let mut words = Vec::new();
        for (list, has) in [(after, roles_after), (before, roles_before)] {
            if has {
                words.extend(list.iter().flat_map(|t| role_words(&t.lower)));
            }
        }
        words
    }

    /// Whether a name starting at `first` is the object of a preposition
    /// opening its sentence (`After Question Time, the Prime Minister
    /// doubled down …`): the words after its comma are the sentence's
    /// clause, not an appositive.
    fn opens_introduction(&self, first: usize) -> bool {
        first > 0
            && self.toks.sentence_range(first).start == first - 1
            && lexicon::is_in(lexicon::PREPOSITIONS, &self.tokens()[first - 1].lower)
    }

    /// The resolved referent of a speaker phrase.
    fn referent(&mut self, np: &Np) -> Referent {
        self.resolved_referent(np)
            .unwrap_or_else(|| self.unresolved_referent(np))
    }

    fn resolved_referent(&mut self, np: &Np) -> Option<Referent> {
        match np.kind {
            NpKind::Name if self.is_demonym(np) => self.role_referent(np, None),
            NpKind::Name if self.is_capitalised_role(np) => {
                let head = self.tokens()[np.last].lower.to_string();
                self.role_referent(np, Some(&head))
            }
            NpKind::Name => Some(
                self.bare_title_referent(np)
                    .unwrap_or_else(|| self.name_referent(np)),
            ),
            NpKind::Nominal => self.nominal_referent(np),
            NpKind::Pronoun => self.pronoun_referent(np),
        }
    }

    /// A phrase standing for itself. An unresolved nominal is a group (`the
    /// lawyers`, `the campaign`): never `he` or `she` later.
    fn unresolved_referent(&self, np: &Np) -> Referent {
        if np.kind == NpKind::Nominal {
            let whole = Np {
                first: self.partitive_start(np.first),
                ..*np
            };
            return Referent {
                newcomer: self.is_newcomer(np),
                ..Referent::new(self.role_with_body(&whole), Class::Group)
            };
        }
        Referent::new(
            np.span(self.tokens()).of(self.text).to_string(),
            Class::Unknown,
        )
    }

    /// Where a group phrase starting at `first` starts with the share of
    /// it that speaks (`one of the officials said`: one official, not
    /// the officials).
    fn partitive_start(&self, first: usize) -> usize {
        let tokens = self.tokens();
        match first
            .checked_sub(2)
            .map(|k| (k, &tokens[k], &tokens[k + 1]))
        {
            Some((k, share, of))
                if *of.lower == *"of" && PARTITIVES.contains(&share.lower.as_str()) =>
            {
                k
            }
            _ => first,
        }
    }

    /// A name's referent, with the `?` or `!` the name's phrase ends with
    /// (`Which?`, `Yahoo!`: see `phrases::with_name_mark`), which entity
    /// names and the words alone leave out.
    fn name_referent(&self, np: &Np) -> Referent {
        let mut referent = self.words_referent(np);
        let last = &self.tokens()[np.last];
        if last.is_punct("?!") {
            let mark = last.span.of(self.text);
            if !referent.name.ends_with(mark) {
                referent.name.push_str(mark);
            }
        }
        referent
    }

    /// A name: the overlapping entity's canonical name, or the words
    /// without titles, a lone surname widened to the full name.
    fn words_referent(&self, np: &Np) -> Referent {
        if let Some(e) = self.entity_in(self.head_span(np)) {
            let class = if e.kind == EntityType::Person || self.is_titled_misc(np, e) {
                Class::Person
            } else {
                Class::Group
            };
            let canonical = if let Some(start) = self.organisation_start(np, e) {
                Span::new(start, e.span.end).of(self.text)
            } else if is_name_sized(&e.canonical) {
                e.canonical.as_str()
            } else {
                e.span.of(self.text)
            };
            let name = if class == Class::Person {
                self.full_name(canonical)
            } else {
                canonical.to_string()
            };
            return Referent {
                name,
                class,
                organisation: e.kind == EntityType::Organization,
                people: false,
                newcomer: false,
            };
        }
        let (first, titled) = self.strip_titles(np.first, np.last);
        let last = self.name_end(first, np.last);
        let words = &self.tokens()[first..=last];
        let name = Span::new(words[0].span.start, words[words.len() - 1].span.end).of(self.text);
        let name = name
            .strip_suffix("’s")
            .or_else(|| name.strip_suffix("'s"))
            .unwrap_or(name);
        let organisation = words.iter().any(|t| lexicon::is_in(ORG_WORDS, &t.lower));
        let class = if organisation || words.iter().all(|t| is_acronym(t.span.of(self.text))) {
            Class::Group
        } else if titled || words.len() > 1 {
            Class::Person
        } else {
            Class::Unknown
        };
        let full = self.full_name(name);
        let class = if full != name { Class::Person } else { class };
        Referent {
            name: full,
            class,
            organisation: organisation && class == Class::Group,
            people: false,
            newcomer: false,
        }
    }

    /// Where an organisation's name starts when the phrase has capitalised
    /// words right before the tagger's entity (`the Chinese Foreign
    /// Ministry`, `The American Civil Liberties Union`: the tagger reads
    /// `Chinese` and `American` as MISC on their own and leaves them
    /// out; `Friends of the Earth`, `Earth` alone). A title, determiner or
    /// possessive ends the name, except before a lone office word, which
    /// is its holder's (`the Prime Minister's Office`, read `Office`).
    fn organisation_start(&self, np: &Np, e: &Entity) -> Option<usize> {
        if e.kind != EntityType::Organization {
            return None;
        }
        let tokens = self.tokens();
        let k = (np.first + 1..=np.last).find(|&k| tokens[k].span.start == e.span.start)?;
        let office =
            tokens[k].span.end == e.span.end && lexicon::is_in(ORG_WORDS, &tokens[k].lower);
        let is_part = |j: usize| {
            let t = &tokens[j];
            t.is_capitalized()
                && (office || !is_title(t))
                && (!phrases::is_possessive(t) || office && j + 1 == k)
                && !lexicon::is_in(lexicon::DETERMINERS, &t.lower)
                && !lexicon::is_in(lexicon::FUNCTION_CAPS, &t.lower)
        };
        let start = (np.first..k)
            .rev()
            .take_while(|&j| is_part(j) || phrases::is_particle(tokens, j))
            .filter(|&j| is_part(j))
            .last()?;
        Some(tokens[start].span.start)
    }

    /// Whether a name the tagger left untyped (MISC: `Ohio Sen. JD
    /// Vance`, whose `JD` it does not know) follows a person's title
    /// right before it in the phrase: a senator is a person.
    fn is_titled_misc(&self, np: &Np, e: &Entity) -> bool {
        let tokens = self.tokens();
        e.kind == EntityType::Misc
            && (np.first + 1..=np.last)
                .find(|&k| tokens[k].span.start == e.span.start)
                .is_some_and(|k| is_title(&tokens[k - 1]))
    }

    /// The entity a phrase mentions: the last person inside it, else the
    /// last entity in it. A name phrase ends with its head, so a person
    /// among its modifiers (`Clinton campaign manager Robby Mook`, or a
    /// tagger's stray `State` in `former State policy planning director
    /// Anne-Marie Slaughter`) is not who speaks.
    fn entity_in(&self, span: Span) -> Option<&'a Entity> {
        let from = self.entities.partition_point(|e| e.span.end <= span.start);
        let count = self.entities[from..]
            .iter()
            .take_while(|e| e.span.start < span.end)
            .count();
        let inside = &self.entities[from..from + count];
        inside
            .iter()
            .rfind(|e| e.kind == EntityType::Person)
            .or(inside.last())
            .copied()
    }

    /// The entity ending at byte `end`: the last one starting before it,
    /// as entities do not overlap.
    fn entity_ending(&self, end: usize) -> Option<&'a Entity> {
        let i = self.entities.partition_point(|e| e.span.start < end);
        i.checked_sub(1)
            .map(|i| self.entities[i])
            .filter(|e| e.span.end == end)
    }

    /// A name phrase's span up to its head: without the party label
    /// closing it (`Sen. Chuck Schumer (D-N.Y.)`) or a name hanging off a
    /// person's name by a preposition (`Tom Galloway of Raymond James`).
    /// The tagger may read the state or the firm as a person, and the
    /// last person in the phrase would speak.
    fn head_span(&self, np: &Np) -> Span {
        let tokens = self.tokens();
        let last = (np.first + 1..=np.last)
            .find(|&k| tokens[k].is_punct("(") || self.hangs_off_person(k))
            .map_or(np.last, |k| k - 1);
        Span::new(tokens[np.first].span.start, tokens[last].span.end)
    }

    /// Whether token `k` is a lower-case preposition right after a
    /// person's name (`of` in `Tom Galloway of Raymond James`).
    fn hangs_off_person(&self, k: usize) -> bool {
        let t = &self.tokens()[k];
        let end = self.tokens()[k - 1].span.end;
        t.is_word()
            && !t.is_capitalized()
            && lexicon::is_in(SUBJECT_MODIFIER_PREPOSITIONS, &t.lower)
            && self
                .entity_ending(end)
                .is_some_and(|e| e.kind == EntityType::Person)
    }

    /// Skips the titles in front of a name; whether any was there.
    /// Everything up to the last title word goes (`Defense Minister`,
    /// `White House Press Secretary`), the last word always stays.
    fn strip_titles(&self, first: usize, last: usize) -> (usize, bool) {
        let tokens = self.tokens();
        // `the` inside a name (`Friends of the Earth`) is no prefix.
        let is_prefix = |k: usize| {
            let t = &tokens[k];
            is_title(t)
                || phrases::is_possessive(t)
                || lexicon::is_in(lexicon::DETERMINERS, &t.lower)
                    && !phrases::is_particle(tokens, k)
        };
        let k = (first..last)
            .rev()
            .find(|&k| is_prefix(k))
            .map_or(first, |k| k + 1);
        (k, k > first)
    }

    /// A name's last word, before any `(R-Fla.)`.
    fn name_end(&self, first: usize, last: usize) -> usize {
        (first..=last)
            .take_while(|&k| self.tokens()[k].is_word())
            .last()
            .unwrap_or(first)
    }

    /// A one-word person name widened to the full name ending with it.
    fn full_name(&self, name: &str) -> String {
        if name.contains(' ') {
            return name.to_string();
        }
        self.surnames
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string())
    }

    fn note_full_name(&mut self, name: &str) {
        if !is_name_sized(name) {
            return;
        }
        // Looked up before inserting: most names recur, and the entry API
        // would allocate the key each time.
        if let Some((_, last)) = name.rsplit_once(' ') {
            if !self.surnames.contains_key(last) {
                self.surnames.insert(last.to_string(), name.to_string());
            }
        }
    }

    /// The first gender seen for a name is kept; looked up before
    /// inserting so that a known name allocates no key.
    fn note_gender(&mut self, name: &str, gender: Gender) {
        if !self.genders.contains_key(name) {
            self.genders.insert(name.to_string(), gender);
        }
    }

    /// The most recent earlier speaker whose class passes `ok`.
    fn last_speaker(&self, before: usize, ok: impl Fn(Class) -> bool) -> Option<String> {
        self.speakers
            .iter()
            .rev()
            .take(MAX_SPEAKER_LOOKBACK)
            .find(|e| e.token < before && ok(e.referent.class))
            .map(|e| e.referent.name.clone())
    }

    /// A pronoun: the nearest compatible speaker or name in this or the
    /// previous few sentences (speakers before other names in each), else
    /// the last compatible speaker anywhere.
    fn pronoun_referent(&mut self, np: &Np) -> Option<Referent> {
        let tokens = self.tokens();
        let word = phrases::pronoun_word(&tokens[np.first].lower);
        if matches!(word, "who" | "which") {
            // `Smith, who said` / `a surrogate who said`.
            let end =
                np.first
                    .checked_sub(if tokens.get(np.first.wrapping_sub(1))?.is_punct(",") {
                        2
                    } else {
                        1
                    })?;
            let antecedent = phrases::before_open(tokens, 0, end)?;
            return (antecedent.kind != NpKind::Pronoun).then(|| self.referent(&antecedent));
        }
        let (class, gender) = match word {
            "he" | "his" => (Class::Person, Some(Gender::Male)),
            "she" | "her" => (Class::Person, Some(Gender::Female)),
            "they" | "it" | "their" | "its" => (Class::Group, None),
            _ => return None,
        };
        let plural = matches!(word, "they" | "their");
        let fits = |e: &Entry| {
            (e.referent.class == class || e.referent.class == Class::Unknown)
                && gender.is_none_or(|g| self.genders.get(&e.referent.name).is_none_or(|h| *h == g))
                && !(gender.is_some() && (self.is_capitalised_opener(e) || is_capitalised_role(e)))
                && (plural || !e.referent.people)
        };
        // The subject opening a sentence is the pronoun's own kind: an
        // organisation for `it` and `they` (`Still, the Business Council
        // of British Columbia opposed an increase. “…,” it recommended`;
        // a place or a date opening a sentence rarely speaks), a person
        // for `he` and `she`, a group of people for `they`.
        let subject = |e: &Entry| match class {
            Class::Person => is_person(e),
            _ => is_organisation(e) || e.referent.people,
        };
        let found = self
            .nearest(np.first, PRONOUN_WINDOW, fits, subject)
            .or_else(|| {
                self.speakers
                    .iter()
                    .rev()
                    .take(MAX_SPEAKER_LOOKBACK)
                    .find(|e| e.token < np.first && fits(e))
            })
            .map(|e| e.referent.clone())?;
        if let Some(g) = gender {
            self.note_gender(&found.name, g);
        }
        Some(found)
    }

    /// The nearest earlier mention passing `fits` in this or the previous
    /// `back` sentences: nearest sentence first, its last speaker or else a
    /// mention passing `subject` opening it as subject (`Trump eased his
    /// tone … “…,” he said`); then other names, first-mentioned first in
    /// each sentence.
    fn nearest(
        &self,
        before: usize,
        back: usize,
        fits: impl Fn(&Entry) -> bool,
        subject: impl Fn(&Entry) -> bool,
    ) -> Option<&Entry> {
        let fits = |e: &Entry| e.token < before && fits(e);
        let s = self.toks.sentence_of[before];
        let window = s.saturating_sub(back)..=s;
        window
            .clone()
            .rev()
            .find_map(|k| {
                let list = &self.by_sentence[k];
                list.iter()
                    .rev()
                    .find(|e| e.speaker && fits(e))
                    .or_else(|| {
                        list.iter()
                            .find(|e| fits(e) && subject(e) && self.opens_sentence(e, k))
                    })
            })
            .or_else(|| {
                window
                    .rev()
                    .find_map(|k| self.by_sentence[k].iter().find(|e| !e.speaker && fits(e)))
            })
    }

    /// Whether a name is the subject opening sentence `k`: only
    /// conjunctions, titles, articles, role nouns and capitalised words
    /// (and a person role after its owner)
    /// stand before it (`But Sen. Ted Cruz …`, `Clinton campaign manager
    /// Robby Mook …`), after any introduction ending in a comma (`In a memo
    /// released Tuesday, Robby Mook …`; a topic: `For Major, a retiree, …`).
    /// A possessive makes a name an owner (`Trump’s wife, Melania,` opens
    /// with Melania, not Trump).
    fn opens_sentence(&self, e: &Entry, k: usize) -> bool {
        let tokens = self.tokens();
        let before = &tokens[self.toks.sentences[k].start..e.token];
        let after_intro = before
            .iter()
            .rposition(|t| t.is_punct(","))
            .map_or(before, |c| &before[c + 1..]);
        let opener = |t: &Token| {
            is_title(t)
                || lexicon::is_in(lexicon::CONJUNCTIONS, &t.lower)
                || lexicon::is_in(ROLE_DETERMINERS, &t.lower)
                || lexicon::is_speaker_noun(&t.lower)
                || (t.is_capitalized() && !phrases::is_possessive(t))
        };
        // A person role between its owner and the name is the name's title
        // (`Villa boss Unai Emery …`); one opening the phrase may describe
        // an owner after it (`billionaire Dallas Mavericks owner Mark
        // Cuban`).
        match after_intro.split_last() {
            Some((last, rest)) if !rest.is_empty() && lexicon::is_in(PERSON_ROLES, &last.lower) => {
                rest.iter().all(opener)
            }
            _ => after_intro.iter().all(opener),
        }
    }

    /// Whether an entry is a lone word of unknown class opening its
    /// sentence: its capital may be the sentence's, not a name's (`Maybe
    /// he figures …`, `Others said …`), so it names nobody `he` or `she`
    /// points back to.
    fn is_capitalised_opener(&self, e: &Entry) -> bool {
        e.referent.class == Class::Unknown
            && !e.referent.name.contains(' ')
            && self.toks.sentence_range(e.token).start == e.token
    }

    /// The person who speaks most often by name in the document.
    fn main_speaker(&self, nps: &[Np]) -> Option<String> {
        // Name → (count, first position); ties go to the earlier name, so
        // the map's order (FNV hashing) never shows in the maximum.
        let mut counts: Map<String, (usize, usize)> = Map::default();
        for (k, np) in nps.iter().filter(|np| np.kind == NpKind::Name).enumerate() {
            let r = self.name_referent(np);
            if r.class == Class::Person {
                counts.entry(r.name).or_insert((0, k)).0 += 1;
            }
        }
        counts
            .into_iter()
            .max_by_key(|(_, (count, first))| (*count, std::cmp::Reverse(*first)))
            .map(|(name, _)| name)
    }
}

/// Whether an entry is a capitalised role rather than a name (`The Work
/// and Pensions Secretary, Liz Kendall, …`): it ends in a capitalised
/// speaker noun. A later `she` means the person, whom the appositive
/// names, not the office. An unnamed person's phrase ends in a lower-case
/// one (`the prime minister’s spokesman`) and may be `he`.
fn is_capitalised_role(e: &Entry) -> bool {
    e.referent.name.rsplit(' ').next().is_some_and(|w| {
        w.starts_with(char::is_uppercase) && lexicon::is_speaker_noun(&w.to_lowercase())
    })
}

/// Whether the words before an appositive's comma, nearest first, are a
/// role followed by the body it is for (`The Leader of the Opposition`,
/// `The president of the European Commission`): capitalised words and
/// determiners back to a preposition, a speaker noun before it.
fn is_role_of_body(nearest_first: &[&Token]) -> bool {
    let Some(p) = nearest_first
        .iter()
        .position(|t| lexicon::is_in(SUBJECT_MODIFIER_PREPOSITIONS, &t.lower))
    else {
        return false;
    };
    p > 0
        && nearest_first[..p]
            .iter()
            .all(|t| t.is_capitalized() || lexicon::is_in(lexicon::DETERMINERS, &t.lower))
        && nearest_first
            .get(p + 1)
            .is_some_and(|t| lexicon::is_speaker_noun(&t.lower))
}

fn is_person(e: &Entry) -> bool {
    e.referent.class == Class::Person
}

fn is_organisation(e: &Entry) -> bool {
    e.referent.organisation
}

/// The most words a person's name has (`Luther Stan Pate IV`): a longer
/// capitalised run is a headline that swallowed a name (`Marine Le Pen
/// Backs Trump`), not a fuller form of it.
const MAX_NAME_WORDS: usize = 4;

fn is_name_sized(name: &str) -> bool {
    name.split_whitespace().count() <= MAX_NAME_WORDS
}

fn is_title(t: &Token) -> bool {
    t.is_word() && lexicon::is_in(TITLES, &t.lower)
}

fn is_acronym(word: &str) -> bool {
    word.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

fn title_gender(lower: &str) -> Option<Gender> {
    if lexicon::is_in(MALE_TITLES, lower) {
        Some(Gender::Male)
    } else if lexicon::is_in(FEMALE_TITLES, lower) {
        Some(Gender::Female)
    } else {
        None
    }
}

fn first_name_gender(name: &str) -> Option<Gender> {
    let first = Lower::of(name.split(' ').next()?);
    if lexicon::is_in(FEMALE_NAMES, &first) {
        Some(Gender::Female)
    } else if lexicon::is_in(MALE_NAMES, &first) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// A role word split at hyphens (`secretary-general` → `secretary`,
/// `general`), without a trailing period. The words are slices of the
/// token's: copied into a `String` each, they were 0.5 % of the
/// annotation's instructions (callgrind).
fn role_words(lower: &str) -> impl DoubleEndedIterator<Item = &str> {
    lower
        .trim_end_matches('.')
        .split('-')
        .filter(|w| !w.is_empty())
}
