//! From speaker phrases to names: entities' canonical names, surnames to
//! full names, pronouns to the most recent compatible speaker, role nouns
//! (`the U.N. chief`) to the person the document ties to that role.

use super::attribution::Attribution;
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

/// How many sentences back a definite role (`the president`, `the
/// Frenchman`, `the 38-year-old`) or an organisation noun (`the company`)
/// looks for the person or organisation mentioned before it, before
/// falling back to the last speaker. Narrower than [`PRONOUN_WINDOW`]: a
/// role repeats someone just introduced (`Macron met unions on Tuesday.
/// “…,” the president said`); further back, the name a role stands for
/// is usually repeated or tied to the role.
const ROLE_WINDOW: usize = 2;

/// How many sentences back (this one included) a definite role noun looks
/// for the indefinite phrase that brought its person in.
const INTRODUCED_WINDOW: usize = 3;

/// The most words from an indefinite determiner to its head (`a senior
/// State Department official`).
const MAX_INTRODUCED_WORDS: usize = 5;

/// The word that makes an office a deputy's (`vice president`,
/// `vice-chancellor`): see [`Resolver::tie_of`].
const VICE: &str = "vice";

/// How many earlier speakers the long-range fallbacks consider: keeps
/// resolution linear in a long text.
const MAX_SPEAKER_LOOKBACK: usize = 64;

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
}

impl Referent {
    fn new(name: String, class: Class) -> Self {
        Referent {
            name,
            class,
            organisation: false,
        }
    }
}

/// Something a later pronoun may point back to.
#[derive(Clone, Debug)]
struct Entry {
    token: usize,
    referent: Referent,
    /// The subject of a speech verb rather than a name anywhere.
    speaker: bool,
}

/// A role the text gives a person (`U.N. Secretary-General Antonio
/// Guterres`, `Iraq’s U.N. ambassador, Mohammed Ali,`).
struct Tie {
    token: usize,
    words: Vec<String>,
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
    ties: Vec<Tie>,
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
        let is_cap = |t: &Token| {
            t.is_capitalized(self.text) && !lexicon::is_in(lexicon::FUNCTION_CAPS, &t.lower)
        };
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
        let mut words: Vec<String> = before.iter().flat_map(|t| role_words(&t.lower)).collect();
        words.extend(self.appositive_role(run.first, run.last));
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
    /// name.
    fn appositive_role(&self, first: usize, last: usize) -> Vec<String> {
        let tokens = self.tokens();
        let is_word = |t: &&Token| t.is_word();
        let after: Vec<&Token> = if tokens.get(last + 1).is_some_and(|t| t.is_punct(",")) {
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
            .is_some_and(|t| lexicon::is_speaker_noun(&t.lower));
        let mut words = Vec::new();
        for (list, has) in [(after, roles_after), (before, roles_before)] {
            if has {
                words.extend(list.iter().flat_map(|t| role_words(&t.lower)));
            }
        }
        words
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
            NpKind::Name => Some(self.name_referent(np)),
            NpKind::Nominal => self.nominal_referent(np),
            NpKind::Pronoun => self.pronoun_referent(np),
        }
    }

    /// A phrase standing for itself. An unresolved nominal is a group (`the
    /// lawyers`, `the campaign`): never `he` or `she` later.
    fn unresolved_referent(&self, np: &Np) -> Referent {
        let class = if np.kind == NpKind::Nominal {
            Class::Group
        } else {
            Class::Unknown
        };
        Referent::new(np.span(self.tokens()).of(self.text).to_string(), class)
    }

    /// A name: the overlapping entity's canonical name, or the words
    /// without titles, a lone surname widened to the full name.
    fn name_referent(&self, np: &Np) -> Referent {
        if let Some(e) = self.entity_in(self.before_label(np)) {
            let class = if e.kind == EntityType::Person {
                Class::Person
            } else {
                Class::Group
            };
            let canonical = if is_name_sized(&e.canonical) {
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
        }
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

    /// A name phrase's span without the party label closing it (`Sen.
    /// Chuck Schumer (D-N.Y.)`): the tagger may read the state as a person.
    fn before_label(&self, np: &Np) -> Span {
        let tokens = self.tokens();
        let last = (np.first + 1..=np.last)
            .find(|&k| tokens[k].is_punct("("))
            .map_or(np.last, |k| k - 1);
        Span::new(tokens[np.first].span.start, tokens[last].span.end)
    }

    /// Skips the titles in front of a name; whether any was there.
    /// Everything up to the last title word goes (`Defense Minister`,
    /// `White House Press Secretary`), the last word always stays.
    fn strip_titles(&self, first: usize, last: usize) -> (usize, bool) {
        let tokens = self.tokens();
        let is_prefix = |t: &Token| {
            is_title(t)
                || phrases::is_possessive(t)
                || lexicon::is_in(lexicon::DETERMINERS, &t.lower)
        };
        let k = (first..last)
            .rev()
            .find(|&k| is_prefix(&tokens[k]))
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

    /// A role noun: the person tied to that role earlier in the text, else
    /// (for a head that names a person) the person mentioned just before,
    /// else the last person who spoke, else the document's main speaker.
    /// `the company` is the organisation mentioned just before. Plural,
    /// group and indefinite phrases stay as they are.
    fn nominal_referent(&mut self, np: &Np) -> Option<Referent> {
        if let Some(name) = self.appositive_name(np) {
            return Some(Referent::new(name, Class::Person));
        }
        let tokens = self.tokens();
        let opener = &tokens[np.first].lower;
        let head = &tokens[np.last].lower;
        if lexicon::is_in(INDEFINITES, opener) || lexicon::is_in(PLURAL_DETERMINERS, opener) {
            return None;
        }
        if lexicon::is_in(ORG_ANAPHORS, head) {
            return self.organisation_referent(np);
        }
        if lexicon::is_in(GROUP_NOUNS, head)
            || head.ends_with('s')
            || head == "people"
            || head.ends_with("men")
        {
            return None;
        }
        if let Some(name) = self.introduced(np) {
            return Some(Referent::new(name, Class::Group));
        }
        let head = role_words(head).pop()?;
        if self.is_owned(np) {
            return self.owned_referent(np, &head);
        }
        self.role_referent(np, Some(&head))
    }

    /// Someone's role or thing (`his wife`, `Gowdy’s office`). A person's
    /// role is someone other than the owner: only a tie names it
    /// (`Clinton’s campaign manager` after `campaign manager Robby Mook`);
    /// a body's role is its member as before (`NATO’s secretary general`).
    /// A thing speaks for its owner (`his office said` is him), else, as
    /// before, for the last person who spoke.
    fn owned_referent(&mut self, np: &Np, head: &str) -> Option<Referent> {
        let owner = self.owner(np);
        if !self.is_person_phrase(np) {
            return owner.or_else(|| self.role_referent(np, Some(head)));
        }
        if owner.map_or_else(|| self.owned_by_role(np), |o| o.class == Class::Person) {
            let tie = self.tie_of(np, head)?;
            return Some(Referent::new(tie.name.clone(), Class::Person));
        }
        self.role_referent(np, Some(head))
    }

    /// Whether a phrase's owner is a person's role (`the prime minister’s
    /// spokesman`, `the former vice president’s spokeswoman`).
    fn owned_by_role(&self, np: &Np) -> bool {
        self.tokens()[np.first..np.last]
            .iter()
            .find(|t| phrases::is_possessive(t))
            .is_some_and(|t| {
                let bare = t.lower.trim_end_matches("’s").trim_end_matches("'s");
                !lexicon::is_in(GROUP_NOUNS, bare) && lexicon::is_speaker_noun(bare)
            })
    }

    /// The person or body owning a phrase: what its possessive pronoun
    /// points back to (`his office`), or the name before its `’s`
    /// (`Gowdy’s office`).
    fn owner(&mut self, np: &Np) -> Option<Referent> {
        let tokens = self.tokens();
        if POSSESSIVE_PRONOUNS.contains(&tokens[np.first].lower.as_str()) {
            let pronoun = Np {
                first: np.first,
                last: np.first,
                kind: NpKind::Pronoun,
            };
            return self.pronoun_referent(&pronoun);
        }
        let k = (np.first..np.last).find(|&k| phrases::is_possessive(&tokens[k]))?;
        // Not `The` of `The WHO’s director general`: a determiner would
        // read as a title and make the body a person.
        let first = (np.first..=k)
            .rev()
            .take_while(|&j| {
                tokens[j].is_capitalized(self.text)
                    && !lexicon::is_in(lexicon::FUNCTION_CAPS, &tokens[j].lower)
            })
            .last()?;
        let name = Np {
            first,
            last: k,
            kind: NpKind::Name,
        };
        Some(self.name_referent(&name))
    }

    /// A phrase for an organisation (`the company`): the one that brought
    /// it in (`a Baton Rouge newspaper`), else the organisation mentioned
    /// nearest before it.
    fn organisation_referent(&self, np: &Np) -> Option<Referent> {
        if let Some(name) = self.introduced(np) {
            return Some(Referent::new(name, Class::Group));
        }
        self.is_definite(np)
            .then(|| self.nearest(np.first, ROLE_WINDOW, is_organisation, is_organisation))
            .flatten()
            .map(|e| e.referent.clone())
    }

    /// A definite phrase for one person (`the president`, `the Frenchman`):
    /// the person tied to its head, else — when the phrase surely names a
    /// person — the nearest person mentioned in this or the previous
    /// [`ROLE_WINDOW`] sentences, else the last person who spoke, else the
    /// main speaker.
    fn role_referent(&self, np: &Np, head: Option<&str>) -> Option<Referent> {
        let tied = head
            .and_then(|h| self.tie_of(np, h))
            .map(|t| t.name.clone());
        let near = || {
            let gender = role_gender(&self.tokens()[np.last].lower);
            let fits = |e: &Entry| {
                is_person(e)
                    && gender
                        .is_none_or(|g| self.genders.get(&e.referent.name).is_none_or(|h| *h == g))
            };
            (self.is_definite(np) && self.is_person_phrase(np))
                .then(|| self.nearest(np.first, ROLE_WINDOW, fits, is_person))
                .flatten()
                .map(|e| e.referent.name.clone())
        };
        let name = tied
            .or_else(near)
            .or_else(|| self.last_speaker(np.first, |c| c == Class::Person))
            .or_else(|| self.main_speaker.clone())?;
        Some(Referent::new(name, Class::Person))
    }

    /// Whether a phrase's person belongs to someone (`his wife`, `Hillary
    /// Clinton’s right-hand woman`, `the prime minister’s spokesman`).
    fn is_owned(&self, np: &Np) -> bool {
        let tokens = &self.tokens()[np.first..np.last];
        tokens
            .first()
            .is_some_and(|t| POSSESSIVE_PRONOUNS.contains(&t.lower.as_str()))
            || tokens.iter().any(phrases::is_possessive)
    }

    /// Whether a phrase opens with `the`: `his wife`, `Clinton’s aide` or
    /// `its parent company` is someone other than the person or body
    /// mentioned before it.
    fn is_definite(&self, np: &Np) -> bool {
        *self.tokens()[np.first].lower == *"the"
    }

    /// Whether a definite phrase names one person: a demonym, a speaker
    /// noun or person role as its head (`the senator`, `the forward`), or
    /// a description only a person fits (`the 38-year-old`, `the 23-time
    /// champion`, `the former world No. 1`). Other heads (`the email`)
    /// may be things.
    fn is_person_phrase(&self, np: &Np) -> bool {
        let tokens = &self.tokens()[np.first..=np.last];
        let head = &tokens[tokens.len() - 1].lower;
        let described = tokens.windows(2).any(|w| {
            let word = &w[0].lower;
            word.ends_with("-year-old")
                || word.ends_with("-time")
                || **word == *"no." && phrases::is_digits(&w[1].lower)
        }) || head.ends_with("-year-old");
        self.is_demonym(np)
            || described
            || lexicon::is_speaker_noun(head)
            || role_words(head)
                .last()
                .is_some_and(|w| lexicon::is_in(PERSON_ROLES, w))
            || lexicon::is_in(PERSON_ROLES, head)
    }

    /// `the` and one capitalised role word that names no entity (`the
    /// CEO`, `the President`): a role like `the senator`, not a name. Only
    /// a speaker noun or an acronym: a capitalised person role is as often
    /// a newspaper's name (`The Forward`, `The Star`).
    fn is_capitalised_role(&self, np: &Np) -> bool {
        let word = &self.tokens()[np.last];
        np.last == np.first + 1
            && self.is_definite(np)
            && self.entity_in(word.span).is_none()
            && (lexicon::is_speaker_noun(&word.lower)
                || is_acronym(word.span.of(self.text)) && self.is_person_phrase(np))
    }

    /// `the` and one capitalised singular word the tagger calls a
    /// nationality or other name (`the Frenchman`, `the Spaniard`, `the
    /// Republican`), or one ending in `-man`/`-woman` (`the Dutchman`): a
    /// person the text named before, not a name itself. Not a plural (`The
    /// Whigs`) nor an acronym (`The RNC`), which name bodies.
    fn is_demonym(&self, np: &Np) -> bool {
        let tokens = self.tokens();
        let word = &tokens[np.last];
        if np.last != np.first + 1
            || !self.is_definite(np)
            || phrases::is_possessive(word)
            || word.lower.ends_with('s')
            || is_acronym(word.span.of(self.text))
        {
            return false;
        }
        let kind = self.entity_in(word.span).map(|e| e.kind);
        kind == Some(EntityType::Misc)
            || kind != Some(EntityType::Person) && role_gender(&word.lower).is_some()
    }

    /// The person named right after a role, between commas (`Its director
    /// of policy, Rocio Concha, told …`). A verb after the name makes it the
    /// subject of the next clause instead (`According to White House pool
    /// reports, Obama said …`).
    fn appositive_name(&self, np: &Np) -> Option<String> {
        let tokens = self.tokens();
        let at = np.last + 2;
        if !tokens.get(np.last + 1)?.is_punct(",")
            || self
                .run_end(at)
                .and_then(|end| tokens.get(end + 1))
                .is_some_and(|t| t.verb.is_some())
        {
            return None;
        }
        self.by_sentence[*self.toks.sentence_of.get(at)?]
            .iter()
            .find(|e| e.token == at && !e.speaker && e.referent.class == Class::Person)
            .map(|e| e.referent.name.clone())
    }

    /// The phrase that brought in the unnamed person a definite role noun
    /// points back to (`A Meta spokesperson said …` before `the
    /// spokesperson said`): the same head after an indefinite determiner
    /// in this or the previous few sentences. Without it, `the
    /// spokesperson` would take the last person who spoke.
    fn introduced(&self, np: &Np) -> Option<String> {
        let tokens = self.tokens();
        let head = &tokens[np.last];
        if !is_noun_word(head) {
            return None;
        }
        let sentence = self.toks.sentence_of[np.first];
        (0..np.first)
            .rev()
            .take_while(|&k| self.toks.sentence_of[k] + INTRODUCED_WINDOW > sentence)
            .filter(|&k| tokens[k].is_word() && *tokens[k].lower == *head.lower)
            .find_map(|k| {
                let det = (k.saturating_sub(MAX_INTRODUCED_WORDS)..k)
                    .rev()
                    .take_while(|&d| is_modifier_word(&tokens[d]))
                    .find(|&d| lexicon::is_in(INDEFINITES, &tokens[d].lower))?;
                let span = Span::new(tokens[det].span.start, tokens[k].span.end);
                Some(span.of(self.text).to_string())
            })
    }

    /// The latest earlier tie holding the role's head (`the senator`),
    /// or, for a head that only says "the one who leads", the body it
    /// leads (`the commission chief` after `Ursula von der Leyen, the
    /// president of the European Commission`). Only a body noun picks the
    /// tie: `the Christian leader` is no leader of anything named
    /// `Christian`.
    /// A `vice` office is another person's (`the vice president` is not
    /// `President Obama`, `the president` not `Vice President Joe Biden`),
    /// so the role and the tie must agree on it.
    fn tie_of(&self, np: &Np, head: &str) -> Option<&Tie> {
        let earlier = || self.ties.iter().rev().filter(|t| t.token < np.first);
        let vice = self.tokens()[np.first..=np.last]
            .iter()
            .any(|t| role_words(&t.lower).iter().any(|w| w == VICE));
        let holds = |t: &Tie| {
            t.words.iter().any(|w| w == head) && t.words.iter().any(|w| w == VICE) == vice
        };
        if let Some(t) = earlier().find(|t| holds(t)) {
            return Some(t);
        }
        if !lexicon::is_in(LEADER_NOUNS, head) {
            return None;
        }
        let bodies: Vec<String> = self.tokens()[np.first..np.last]
            .iter()
            .filter(|t| lexicon::is_in(GROUP_NOUNS, &t.lower))
            .map(|t| t.lower.to_string())
            .collect();
        earlier().find(|t| bodies.iter().any(|b| t.words.contains(b)))
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
            let antecedent = phrases::before_open(self.text, tokens, 0, end)?;
            return (antecedent.kind != NpKind::Pronoun).then(|| self.referent(&antecedent));
        }
        let (class, gender) = match word {
            "he" | "his" => (Class::Person, Some(Gender::Male)),
            "she" | "her" => (Class::Person, Some(Gender::Female)),
            "they" | "it" | "their" | "its" => (Class::Group, None),
            _ => return None,
        };
        let fits = |e: &Entry| {
            (e.referent.class == class || e.referent.class == Class::Unknown)
                && gender.is_none_or(|g| self.genders.get(&e.referent.name).is_none_or(|h| *h == g))
                && !(gender.is_some() && self.is_capitalised_opener(e))
        };
        let found = self
            .nearest(np.first, PRONOUN_WINDOW, fits, is_person)
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
                || (t.is_capitalized(self.text) && !phrases::is_possessive(t))
        };
        after_intro.iter().all(opener)
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

/// Pronouns that make a role someone's (`his wife`, `their lawyer`).
const POSSESSIVE_PRONOUNS: &[&str] = &["her", "his", "its", "my", "our", "their", "your"];

/// Words in `-man` that say nothing of a person's gender (`the German`).
const UNGENDERED_MAN: &[&str] = &["german", "human", "roman"];

/// The gender a role word tells (`the Frenchman`, `the chairwoman`, `the
/// queen`).
fn role_gender(lower: &str) -> Option<Gender> {
    if lower.ends_with("woman") {
        Some(Gender::Female)
    } else if lower.ends_with("man") && !UNGENDERED_MAN.contains(&lower) {
        Some(Gender::Male)
    } else {
        title_gender(lower)
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

/// A word that may head a noun phrase: not a preposition, conjunction or
/// determiner (`an issue that has vexed the …` brings in no `the`).
fn is_noun_word(t: &Token) -> bool {
    t.is_word()
        && !lexicon::is_in(lexicon::PREPOSITIONS, &t.lower)
        && !lexicon::is_in(lexicon::CONJUNCTIONS, &t.lower)
        && !lexicon::is_in(lexicon::DETERMINERS, &t.lower)
}

/// A word that may stand between a determiner and its head: a noun word
/// and no verb (`a candidate for president` brings in no president).
fn is_modifier_word(t: &Token) -> bool {
    is_noun_word(t) && t.verb.is_none() || lexicon::is_in(INDEFINITES, &t.lower)
}

/// A role word split at hyphens (`secretary-general` → `secretary`,
/// `general`), without a trailing period.
fn role_words(lower: &str) -> Vec<String> {
    lower
        .trim_end_matches('.')
        .split('-')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}
