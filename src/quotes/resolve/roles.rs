//! Role nouns as speakers: `the president`, `the Frenchman`, `the
//! 38-year-old`, `the company`, `his wife` — the person or body a
//! definite or owned phrase stands for, through the roles the text ties to
//! names, the phrase that brought its person in, or the person or
//! organisation mentioned just before.

use super::*;

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

/// How many sentences back (this one included) a definite role looks
/// along its own head for the unnamed person who spoke under it (`A
/// Downing Street spokesperson said … [four sentences on the rebels] …
/// the spokesperson said`). Wider than [`INTRODUCED_WINDOW`], as only a
/// speaker with the same head and no other mention of it in between may
/// be taken: session 18's window of 8 for any earlier indefinite phrase
/// made `the ad` `a ad` and `the Senate Democratic leader` `a former
/// NAACP leader`.
const SAME_ROLE_WINDOW: usize = 8;

/// The most words from an indefinite determiner to its head (`a senior
/// State Department official`).
const MAX_INTRODUCED_WORDS: usize = 5;

/// Words that make an office a deputy's (`vice president`,
/// `vice-chancellor`, `deputy prime minister`): see [`Resolver::tie_of`].
const VICE: &[&str] = &["deputy", "vice"];

/// Titles that tell when or how someone holds an office, not which one
/// (`the former president` may be `President Bill Clinton`): see
/// [`Resolver::office_words`].
const TENURE_WORDS: &[&str] = &["acting", "former"];

/// Words after a hyphen that make an office one its holder has yet to
/// take up (`the mayor-elect`, `the president-designate`): the office is
/// the word before, and, as on [`VICE`], a role and a tie must agree on
/// it (`the president-elect` is not `President Obama`).
const ELECT: &[&str] = &["designate", "elect"];

/// The most lower-case words of a role before the name in an appositive
/// (`retired postman` in `Her neighbour, retired postman Dennis Hart,`):
/// a longer run is a clause, not a role.
const MAX_APPOSITIVE_ROLE_WORDS: usize = 3;

/// Endings of nouns for people by what they do (`firefighter`,
/// `electrician`, `accountant`), read as a role before a name in an
/// appositive; the lists of speaker nouns cannot hold every trade.
const AGENT_SUFFIXES: &[&str] = &["ant", "er", "ian", "ist", "or"];

/// Roles a court story gives someone other than the people it has just
/// named (`Hart was found guilty … the prosecutor told jurors`, `D’Souza
/// … the judge exclaimed`): the defendant or the victim comes before them,
/// so only a tie names them (`Judge Karen Whitfield`, `the prosecutor,
/// Maria Castellanos,`); else they are an unnamed person.
const COUNTERPART_ROLES: &[&str] = &["judge", "prosecutor"];

/// Prepositions that tie a person's role to the body they speak for (`a
/// spokesperson for Northwind Dynamics`, `a source at the Tampa station`):
/// PolNeAR's gold source runs through the body, and a reader wants it.
const BODY_PREPOSITIONS: &[&str] = &["at", "for", "with"];

/// Pronouns that make a role someone's (`his wife`, `their lawyer`).
const POSSESSIVE_PRONOUNS: &[&str] = &["her", "his", "its", "my", "our", "their", "your"];

/// Words in `-man` that say nothing of a person's gender (`the German`).
const UNGENDERED_MAN: &[&str] = &["german", "human", "roman"];

/// Words that make a phrase about a role, not the role (`her record as
/// secretary`).
const COMPARISON_WORDS: &[&str] = &["as", "like", "than"];

/// Things that carry someone's words (`“…,” the statement said`): they
/// speak for whoever issued them, named as the speaker of an earlier
/// sentence that mentions the same thing (`Acme said in a statement`).
/// `report` is left out: a report is usually its own source (`the report
/// said`, of a study), not a body's words.
const DOCUMENT_NOUNS: &[&str] = &[
    "email",
    "letter",
    "memo",
    "note",
    "post",
    "release",
    "statement",
    "tweet",
];

/// How many sentences back (this one included) a document noun looks for
/// the sentence that brought the document in.
const DOCUMENT_WINDOW: usize = 3;

/// Words before `a`/`an` that make the sentence's speaker the document's
/// issuer (`said in a statement`, `released a statement`): elsewhere the
/// document is only talked about (`According to The Guardian, an email
/// was sent …` is not the Guardian's email).
const ISSUING_WORDS: &[&str] = &[
    "in",
    "issued",
    "posted",
    "published",
    "released",
    "sent",
    "through",
    "via",
    "wrote",
];

/// The most words between `a`/`an` and the document noun (`a fundraising
/// email`, `a brief written statement`).
const MAX_DOCUMENT_MODIFIERS: usize = 2;

/// Family roles that tell a gender (`his mother` is no later `he`).
const FEMALE_KIN: &[&str] = &[
    "aunt",
    "daughter",
    "girlfriend",
    "grandmother",
    "mother",
    "niece",
    "sister",
    "widow",
    "wife",
];
const MALE_KIN: &[&str] = &[
    "boyfriend",
    "brother",
    "father",
    "grandfather",
    "husband",
    "nephew",
    "son",
    "uncle",
    "widower",
];

impl<'a> Resolver<'a> {
    /// A role noun: the person tied to that role earlier in the text, else
    /// (for a head that names a person) the person mentioned just before,
    /// else the last person who spoke, else the document's main speaker.
    /// `the company` is the organisation mentioned just before. Plural,
    /// group and indefinite phrases stay as they are.
    pub(super) fn nominal_referent(&mut self, np: &Np) -> Option<Referent> {
        if let Some(name) = self.appositive_name(np) {
            return Some(Referent::new(name, Class::Person));
        }
        let tokens = self.tokens();
        let opener = &tokens[np.first].lower;
        let head = &tokens[np.last].lower;
        if lexicon::is_in(PLURAL_DETERMINERS, opener) {
            return None;
        }
        if lexicon::is_in(INDEFINITES, opener) {
            // `A spokeswoman for the union said …`: someone new, whom a
            // later `she` may mean when the head or the speaker's own
            // words tell the gender (an ungendered `a reporter asked
            // Trump` is rarely the `he` who answers).
            let gender = role_gender(head).or_else(|| self.reported_gender(np));
            let gender = gender.filter(|_| self.is_person_phrase(np))?;
            let referent = self.unnamed_person(np);
            self.note_gender(&referent.name, gender);
            return Some(Referent {
                newcomer: true,
                ..referent
            });
        }
        if lexicon::is_in(ORG_ANAPHORS, head) {
            return self.organisation_referent(np);
        }
        if opener == "the" && DOCUMENT_NOUNS.contains(&head.as_str()) && !self.is_owned(np) {
            // Never a person's role: without its issuer, the phrase itself.
            return self.issuer(np);
        }
        if lexicon::is_in(GROUP_NOUNS, head) && np.last == np.first + 1 && opener == "the" {
            // `The Biden campaign … “…,” the campaign said`: the fuller
            // phrase it shortens, else the phrase itself.
            return self
                .named_before(np)
                .map(|name| Referent::new(name, Class::Group));
        }
        if lexicon::is_in(GROUP_NOUNS, head)
            || is_plural_head(head)
            || head == "people"
            || head.ends_with("men")
        {
            return None;
        }
        if let Some(name) = self.introduced(np) {
            return Some(Referent {
                newcomer: self.is_person_phrase(np),
                ..Referent::new(name, Class::Group)
            });
        }
        if let Some(earlier) = self.same_role_speaker(np) {
            return Some(earlier);
        }
        let head = role_head(head)?;
        if self.is_owned(np) {
            return self.owned_referent(np, head);
        }
        if COUNTERPART_ROLES.contains(&head) {
            return Some(self.counterpart_referent(np, head));
        }
        self.role_referent(np, Some(head))
    }

    /// Who issued the document `np` names (`the statement`): the speaker
    /// of the nearest earlier sentence, in [`DOCUMENT_WINDOW`], that
    /// issues one (`Acme said in a statement that …`).
    fn issuer(&self, np: &Np) -> Option<Referent> {
        let toks = self.toks;
        let head = toks.tokens[np.last].lower.as_str();
        let s = toks.sentence_of[np.first];
        let mentions_it = |k: usize| {
            toks.sentences[k]
                .clone()
                .any(|j| j < np.first && toks.tokens[j].lower.as_str() == head && self.issues(j))
        };
        (s.saturating_sub(DOCUMENT_WINDOW - 1)..=s)
            .rev()
            .filter(|&k| mentions_it(k))
            .find_map(|k| {
                self.by_sentence[k]
                    .iter()
                    .rev()
                    .find(|e| e.speaker && e.token < np.first)
            })
            .map(|e| e.referent.clone())
    }

    /// Whether the document noun at token `j` is issued there: `a`/`an`
    /// a few words before it, after one of [`ISSUING_WORDS`].
    fn issues(&self, j: usize) -> bool {
        let tokens = self.tokens();
        (1..=MAX_DOCUMENT_MODIFIERS + 1)
            .filter_map(|back| j.checked_sub(back))
            .find(|&d| matches!(tokens[d].lower.as_str(), "a" | "an"))
            .and_then(|d| d.checked_sub(1))
            .is_some_and(|w| ISSUING_WORDS.contains(&tokens[w].lower.as_str()))
    }

    /// A court role (`the prosecutor`): the person tied to it, else an
    /// unnamed person known by the phrase.
    fn counterpart_referent(&mut self, np: &Np, head: &str) -> Referent {
        match self.tie_of(np, head).map(|t| t.name.clone()) {
            Some(name) => Referent::new(name, Class::Person),
            None => self.unnamed_person(np),
        }
    }

    /// Someone's role or thing (`his wife`, `Gowdy’s office`). A role is
    /// someone other than its owner, whoever owns it (`the prime
    /// minister’s spokesman`, `Apple’s lawyer`, `the bank’s chief
    /// economist`): a tie names it (`Clinton’s campaign manager` after
    /// `campaign manager Robby Mook`, `NATO’s secretary general` after
    /// `NATO Secretary General Mark Rutte`), or for a named body's role the
    /// person opening one of the next sentences (`NATO’s secretary general
    /// warned … Jens Stoltenberg said …`); else it is an unnamed person (the last
    /// person who spoke or was named is most often the owner, or someone
    /// the role was said to answer).
    /// A thing speaks for its owner (`his office said` is him), else, as
    /// before, for the last person who spoke.
    fn owned_referent(&mut self, np: &Np, head: &str) -> Option<Referent> {
        let owner = self.owner(np);
        if !self.is_person_phrase(np) {
            return owner.or_else(|| self.role_referent(np, Some(head)));
        }
        if let Some(tie) = self.tie_of(np, head) {
            return Some(Referent::new(tie.name.clone(), Class::Person));
        }
        let named_body = owner.is_some_and(|o| o.class != Class::Person);
        if let Some(next) = self.opening_next(np).filter(|_| named_body) {
            return Some(next);
        }
        self.is_plain_role(np).then(|| self.unnamed_person(np))
    }

    /// The first person named opening one of the [`ROLE_WINDOW`]
    /// sentences after a phrase's own: a role the story names a little
    /// later (`NATO’s secretary general warned … . The alliance met … .
    /// Jens Stoltenberg called …`).
    fn opening_next(&self, np: &Np) -> Option<Referent> {
        let own = self.toks.sentence_of[np.first];
        (own + 1..=own + ROLE_WINDOW).find_map(|k| {
            self.by_sentence
                .get(k)?
                .iter()
                .find(|e| !e.speaker && is_person(e) && self.opens_sentence(e, k))
                .map(|e| e.referent.clone())
        })
    }

    /// Whether only modifiers stand between a phrase's owner and its head
    /// (`the prime minister’s chief spokesman`), not a thing the role is
    /// said of (`her record as secretary`).
    fn is_plain_role(&self, np: &Np) -> bool {
        self.tokens()[np.first + 1..np.last].iter().all(|t| {
            (is_modifier_word(t) || phrases::is_possessive(t))
                && !COMPARISON_WORDS.contains(&&*t.lower)
        })
    }

    /// A person the text does not name, known by the phrase itself (`the
    /// prime minister’s spokesman`): a later `he` may take them, which an
    /// unresolved phrase (read as a group) does not allow.
    pub(super) fn unnamed_person(&mut self, np: &Np) -> Referent {
        let name = self.role_with_body(np);
        if let Some(g) = role_gender(&self.tokens()[np.last].lower) {
            self.note_gender(&name, g);
        }
        Referent::new(name, Class::Person)
    }

    /// The gender a speaker's report tells of them (`A neighbor, who asked
    /// not to be named, said she heard five shots`): `he` or `she` right
    /// after a speech verb (and any `that`) later in the phrase's sentence,
    /// with no capitalised word after the phrase before it (`an aide to
    /// Clinton said she` may report Clinton).
    fn reported_gender(&self, np: &Np) -> Option<Gender> {
        let tokens = self.tokens();
        let end = self.toks.sentences[self.toks.sentence_of[np.first]].end;
        let reported = |k: usize| {
            let verb = if &*tokens[k - 1].lower == "that" {
                k.saturating_sub(2)
            } else {
                k - 1
            };
            matches!(&*tokens[k].lower, "he" | "she") && tokens[verb].verb.is_some()
        };
        let k = (np.last + 1..end)
            .take_while(|&k| !tokens[k].is_capitalized())
            .find(|&k| reported(k))?;
        if &*tokens[k].lower == "he" {
            Some(Gender::Male)
        } else {
            Some(Gender::Female)
        }
    }

    /// A role phrase's words with the body it is for (`A spokesperson
    /// for U.S. Central Command`): `A spokesperson` alone says nothing of
    /// whom the words come from.
    pub(super) fn role_with_body(&self, np: &Np) -> String {
        let tokens = self.tokens();
        let end = tokens[self.body_end(np.last)].span.end;
        Span::new(tokens[np.first].span.start, end)
            .of(self.text)
            .to_string()
    }

    /// The last token of the named body after a person noun at `head`
    /// (`for`, an optional `the`, a capitalised run ending the phrase),
    /// else `head`. A run going on in lower case (`at the Tampa station`)
    /// is only a modifier of another noun, left out.
    fn body_end(&self, head: usize) -> usize {
        let tokens = self.tokens();
        let word = &tokens[head].lower;
        let person = lexicon::is_speaker_noun(word) && !lexicon::is_in(GROUP_NOUNS, word);
        let Some(prep) = tokens
            .get(head + 1)
            .filter(|t| person && t.is_word() && BODY_PREPOSITIONS.contains(&t.lower.as_str()))
        else {
            return head;
        };
        let mut at = head + 2;
        if tokens.get(at).is_some_and(|t| *t.lower == *"the") {
            at += 1;
        }
        // The subject's verb, or a word before it, comes next (`said`,
        // `declined`, `could only quip`).
        let ends_phrase = |end: usize| {
            tokens.get(end + 1).is_none_or(|t| {
                !t.is_word()
                    || t.verb.is_some()
                    || t.lower.ends_with("ed")
                    || lexicon::is_in(lexicon::VERB_FILLERS, &t.lower)
            })
        };
        (at < tokens.len() && tokens[at].para == prep.para)
            .then(|| self.name_end_from(at))
            .flatten()
            .map(|end| self.place_end(end).unwrap_or(end))
            .filter(|&end| ends_phrase(end))
            .unwrap_or(head)
    }

    /// The end of a place after a body's name ending at `end` (`NHS
    /// England in the Midlands`, `the embassy in Kabul`): `in`, an
    /// optional `the` and a capitalised run.
    fn place_end(&self, end: usize) -> Option<usize> {
        let tokens = self.tokens();
        if tokens.get(end + 1).is_none_or(|t| *t.lower != *"in") {
            return None;
        }
        let at = end + 2 + usize::from(tokens.get(end + 2).is_some_and(|t| *t.lower == *"the"));
        tokens.get(at).filter(|t| t.is_capitalized())?;
        self.name_end_from(at)
    }

    /// The end of the capitalised run from `at`, across a plural
    /// possessive's apart apostrophe (`the National Farmers' Union`).
    fn name_end_from(&self, at: usize) -> Option<usize> {
        let tokens = self.tokens();
        let mut end = self.run_end(at)?;
        while phrases::is_plural_possessive_mark(tokens, end + 1)
            && tokens[end + 2].is_capitalized()
        {
            end = self.run_end(end + 2).unwrap_or(end + 2);
        }
        Some(end)
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
                tokens[j].is_capitalized()
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
    /// it in (`a Baton Rouge newspaper`), else the name after its head
    /// before (`the housing charity Shelter`), else the organisation
    /// mentioned nearest before it, else the fuller phrase it shortens
    /// (`the German finance ministry`).
    fn organisation_referent(&self, np: &Np) -> Option<Referent> {
        if let Some(name) = self.introduced(np) {
            return Some(Referent::new(name, Class::Group));
        }
        if !self.is_definite(np) {
            return None;
        }
        if let Some(named) = self.named_after(np) {
            return Some(named);
        }
        self.nearest(np.first, ROLE_WINDOW, is_organisation, is_organisation)
            .map(|e| e.referent.clone())
            .or_else(|| Some(Referent::new(self.named_before(np)?, Class::Group)))
    }

    /// A definite phrase for one person (`the president`, `the Frenchman`):
    /// the person tied to its head, else — when the phrase surely names a
    /// person — the nearest person mentioned in this or the previous
    /// [`ROLE_WINDOW`] sentences, else the last person who spoke, else the
    /// main speaker.
    pub(super) fn role_referent(&self, np: &Np, head: Option<&str>) -> Option<Referent> {
        let tied = head
            .and_then(|h| self.tie_of(np, h))
            .map(|t| t.name.clone());
        let near = || {
            let gender = role_gender(&self.tokens()[np.last].lower);
            // `A Labour backbencher … said … “…,” the MP said`: someone
            // new who spoke just before is a person the role may repeat.
            let fits = |e: &Entry| {
                (is_person(e) || e.speaker && e.referent.newcomer && !self.addresses_person(e))
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

    /// Whether a phrase brings in someone new, one person (`A Labour
    /// backbencher`, `one cabinet minister`, `a senior government
    /// source`): an indefinite determiner before a person's head.
    pub(super) fn is_newcomer(&self, np: &Np) -> bool {
        let tokens = self.tokens();
        lexicon::is_in(INDEFINITES, &tokens[np.first].lower)
            && !lexicon::is_in(GROUP_NOUNS, &tokens[np.last].lower)
            && self.is_person_phrase(np)
    }

    /// Whether a speaker's verb is put to a person named right after it
    /// (`a reporter can be heard asking Trump`): that person answers, and a
    /// role after it (`the businessman replied`) is theirs.
    fn addresses_person(&self, e: &Entry) -> bool {
        let tokens = self.tokens();
        let s = self.toks.sentence_of[e.token];
        let addressed = |k: usize| {
            self.by_sentence[s]
                .iter()
                .any(|p| p.token == k && !p.speaker && is_person(p))
        };
        (e.last + 1..self.toks.sentences[s].end).any(|k| {
            tokens[k]
                .verb
                .is_some_and(|(lemma, _)| lexicon::is_in(lexicon::ADDRESSEE_VERBS, lemma))
                && addressed(k + 1)
        })
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
    /// champion`, `the former world No. 1`, `the world number one`). Other heads (`the email`)
    /// may be things.
    fn is_person_phrase(&self, np: &Np) -> bool {
        let tokens = &self.tokens()[np.first..=np.last];
        let head = &tokens[tokens.len() - 1].lower;
        let described = tokens.windows(2).any(|w| {
            let word = &w[0].lower;
            word.ends_with("-year-old")
                || word.ends_with("-time")
                || matches!(&**word, "no." | "number") && phrases::is_rank_number(&w[1].lower)
        }) || head.ends_with("-year-old");
        self.is_demonym(np)
            || described
            || phrases::is_post_acronym(&tokens[tokens.len() - 1])
            || lexicon::is_speaker_noun(head)
            || role_head(head)
                .is_some_and(|w| lexicon::is_in(PERSON_ROLES, w) || lexicon::is_speaker_noun(w))
            || lexicon::is_in(PERSON_ROLES, head)
    }

    /// A person's title standing alone, as headlines write a role (`Judge says
    /// firm misled regulators`, above `Judge Simon Platt said …`): the
    /// person the text first gives that title after it. A headline comes
    /// before the story names anyone, so only a later title can tie it.
    pub(super) fn bare_title_referent(&self, np: &Np) -> Option<Referent> {
        let token = &self.tokens()[np.first];
        if np.last != np.first || !is_title(token) || !lexicon::is_speaker_noun(&token.lower) {
            return None;
        }
        // `Republican` is a title too (`Republican Sen. …`), and a party.
        if self
            .entity_in(token.span)
            .is_some_and(|e| e.kind == EntityType::Misc)
        {
            return None;
        }
        let head = role_words(&token.lower).next_back()?;
        self.ties
            .iter()
            .find(|t| t.token > np.last && t.words.contains(&head))
            .map(|t| Referent::new(t.name.clone(), Class::Person))
    }

    /// `the` and one capitalised role word that names no entity (`the
    /// CEO`, `the President`): a role like `the senator`, not a name. Only
    /// a speaker noun or an acronym: a capitalised person role is as often
    /// a newspaper's name (`The Forward`, `The Star`). Longer, titles
    /// before a speaker noun for a person (`the Prime Minister`, not `the
    /// Senate Committee`).
    pub(super) fn is_capitalised_role(&self, np: &Np) -> bool {
        let tokens = self.tokens();
        let word = &tokens[np.last];
        if np.last <= np.first || !self.is_definite(np) {
            return false;
        }
        // A name among the words is a name (`The New Hampshire Union
        // Leader`), unless the text gave someone the whole office (`the
        // Opposition Leader` after `Opposition Leader Sussan Ley`).
        let words = Span::new(tokens[np.first + 1].span.start, word.span.end);
        if self.entity_in(words).is_some() && !self.is_office_held(np) {
            return false;
        }
        if np.last > np.first + 1 {
            return phrases::is_titled_role(tokens, np)
                && lexicon::is_speaker_noun(&word.lower)
                && !lexicon::is_in(GROUP_NOUNS, &word.lower);
        }
        lexicon::is_speaker_noun(&word.lower)
            || is_acronym(word.span.of(self.text)) && self.is_person_phrase(np)
    }

    /// `the` and one capitalised singular word the tagger calls a
    /// nationality or other name (`the Frenchman`, `the Spaniard`, `the
    /// Republican`), or one ending in `-man`/`-woman` (`the Dutchman`),
    /// lower-case words between them allowed (`the 24-year-old
    /// Norwegian`, then with no noun after it): a person the text named before, not a name itself. Not
    /// a plural (`The Whigs`) nor an acronym (`The RNC`), which name bodies.
    pub(super) fn is_demonym(&self, np: &Np) -> bool {
        let tokens = self.tokens();
        let word = &tokens[np.last];
        let modifiers = || {
            tokens[np.first + 1..np.last]
                .iter()
                .all(|t| t.is_word() && !t.is_capitalized())
        };
        // `the prominent Jewish civil rights organization`: with words
        // before it, a demonym before a noun is an adjective.
        let adjective = || {
            np.last > np.first + 1
                && tokens
                    .get(np.last + 1)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized() && t.verb.is_none())
        };
        if np.last == np.first
            || !modifiers()
            || adjective()
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
        if !tokens.get(np.last + 1)?.is_punct(",") || np.last + 2 >= tokens.len() {
            return None;
        }
        let at = self.after_lower_role(np.last + 2);
        let end = self.run_end(at)?;
        if tokens.get(end + 1).is_some_and(|t| t.verb.is_some()) {
            return None;
        }
        // The name proper may follow titles (`The lead author, Professor
        // Nikku Madhusudhan,`).
        self.by_sentence[*self.toks.sentence_of.get(at)?]
            .iter()
            .find(|e| {
                (at..=end).contains(&e.token) && !e.speaker && e.referent.class == Class::Person
            })
            .map(|e| e.referent.name.clone())
    }

    /// Where a name starts after the lower-case role words that may open
    /// an appositive at `at` (`Her neighbour, retired postman Dennis Hart,
    /// 71, said`): after a run of at most [`MAX_APPOSITIVE_ROLE_WORDS`]
    /// lower-case words ending in a person noun (a known one, one that
    /// tells a gender, `postman`, or one with an agent's ending,
    /// `firefighter`), else `at`.
    fn after_lower_role(&self, at: usize) -> usize {
        let tokens = self.tokens();
        let lower = tokens[at..]
            .iter()
            .take(MAX_APPOSITIVE_ROLE_WORDS + 1)
            .take_while(|t| {
                !t.is_capitalized()
                    && is_modifier_word(t)
                    && !lexicon::is_in(lexicon::PRONOUNS, &t.lower)
            })
            .count();
        let role = lower > 0 && lower <= MAX_APPOSITIVE_ROLE_WORDS && {
            let head = &tokens[at + lower - 1].lower;
            lexicon::is_speaker_noun(head)
                || lexicon::is_in(PERSON_ROLES, head)
                || role_gender(head).is_some()
                || AGENT_SUFFIXES.iter().any(|s| head.ends_with(s))
        };
        if role {
            at + lower
        } else {
            at
        }
    }

    /// The phrase that brought in the unnamed person a definite role noun
    /// points back to (`A Meta spokesperson said …` before `the
    /// spokesperson said`): the same head after an indefinite determiner
    /// in this or the previous few sentences. Without it, `the
    /// spokesperson` would take the last person who spoke.
    fn introduced(&self, np: &Np) -> Option<String> {
        let tokens = self.tokens();
        self.earlier_phrase(np, |k| {
            (k.saturating_sub(MAX_INTRODUCED_WORDS)..k)
                .rev()
                .take_while(|&d| is_modifier_word(&tokens[d]))
                .find(|&d| lexicon::is_in(INDEFINITES, &tokens[d].lower))
        })
    }

    /// The unnamed person who spoke under the same role further back than
    /// [`INTRODUCED_WINDOW`] (`A Downing Street spokesperson said … the
    /// spokesperson said … [others speak] … the spokesperson said`): the
    /// speaker phrase headed by the nearest earlier mention of the head,
    /// if it brought someone new in or stands for a phrase that did. A
    /// name in between does not count, another mention of the head does.
    fn same_role_speaker(&self, np: &Np) -> Option<Referent> {
        let tokens = self.tokens();
        let head = &tokens[np.last];
        if !self.is_definite(np) || !self.is_person_phrase(np) {
            return None;
        }
        let sentence = self.toks.sentence_of[np.first];
        let k = (0..np.first)
            .rev()
            .take_while(|&k| self.toks.sentence_of[k] + SAME_ROLE_WINDOW > sentence)
            .find(|&k| tokens[k].is_word() && *tokens[k].lower == *head.lower)?;
        let e = self
            .speakers
            .iter()
            .rev()
            .take(MAX_SPEAKER_LOOKBACK)
            .find(|e| e.last == k)?;
        e.referent.newcomer.then(|| e.referent.clone())
    }

    /// The fuller definite phrase an organisation noun shortens (`The
    /// German finance ministry welcomed … “…,” the ministry said`): the
    /// same head after `the` and a name among its modifiers, in this or
    /// the previous few sentences.
    fn named_before(&self, np: &Np) -> Option<String> {
        let tokens = self.tokens();
        self.earlier_phrase(np, |k| {
            let modifiers = (k.saturating_sub(MAX_INTRODUCED_WORDS)..k)
                .rev()
                .take_while(|&d| is_modifier_word(&tokens[d]))
                .last()?;
            let d = modifiers.checked_sub(1)?;
            let named = tokens[modifiers..k].iter().any(|t| t.is_capitalized());
            (*tokens[d].lower == *"the" && named).then_some(d)
        })
    }

    /// The name right after an earlier mention of an organisation noun's
    /// head (`The housing charity Shelter warned …` before `the charity
    /// said`), in this or the previous few sentences: the text naming the
    /// body, as a title before a name ties a role to a person.
    fn named_after(&self, np: &Np) -> Option<Referent> {
        let tokens = self.tokens();
        let head = &tokens[np.last].lower;
        let sentence = self.toks.sentence_of[np.first];
        (0..np.first)
            .rev()
            .take_while(|&k| self.toks.sentence_of[k] + INTRODUCED_WINDOW > sentence)
            .filter(|&k| tokens[k].is_word() && *tokens[k].lower == **head)
            .find_map(|k| {
                let last = self.run_end(k + 1)?;
                let name = Np {
                    first: k + 1,
                    last,
                    kind: NpKind::Name,
                };
                Some(self.name_referent(&name))
            })
    }

    /// The nearest earlier phrase with the head of `np` in this or the
    /// previous [`INTRODUCED_WINDOW`] sentences, from the determiner
    /// `opener(k)` finds before its head `k` to the head.
    fn earlier_phrase(&self, np: &Np, opener: impl Fn(usize) -> Option<usize>) -> Option<String> {
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
                let det = opener(k)?;
                Some(self.role_with_body(&Np {
                    first: det,
                    last: k,
                    kind: NpKind::Nominal,
                }))
            })
    }

    /// The latest earlier tie holding the role's head (`the senator`),
    /// or, for a head that only says "the one who leads", the body it
    /// leads (`the commission chief` after `Ursula von der Leyen, the
    /// president of the European Commission`). Only a body noun picks the
    /// tie: `the Christian leader` is no leader of anything named
    /// `Christian`.
    /// A `vice` or `deputy` office is another person's (`the vice
    /// president` is not `President Obama`, `the president` not `Vice
    /// President Joe Biden`, `the Deputy Prime Minister` not `Finance
    /// Minister Nicola Willis`), so the role and the tie must agree on it.
    fn tie_of(&self, np: &Np, head: &str) -> Option<&Tie<'a>> {
        let earlier = || self.ties.iter().rev().filter(|t| t.token < np.first);
        let qualified = |list: &[&str]| {
            self.tokens()[np.first..=np.last]
                .iter()
                .any(|t| role_words(&t.lower).any(|w| list.contains(&w)))
        };
        let (vice, elect) = (qualified(VICE), qualified(ELECT));
        let office = self.office_words(np);
        let holds = |t: &Tie| {
            let has = |list: &[&str]| t.words.iter().any(|w| list.contains(w));
            t.words.contains(&head)
                && has(VICE) == vice
                && has(ELECT) == elect
                && office.iter().all(|o| t.words.contains(o))
        };
        // The tie sharing the most of the role's words (`the Opposition
        // Leader` is `Opposition Leader Sussan Ley`, not the later `Greens
        // leader, Larissa Waters`); among equals, the one whose holder was
        // mentioned last (`Farrell confirmed …: “…,” the coach said` is
        // Ireland's coach, though `France head coach Fabien Galthie` was
        // tied later), then the latest tie.
        let modifiers = self.modifier_words(np);
        let shared = |t: &Tie| modifiers.iter().filter(|m| t.words.contains(m)).count();
        let best = self
            .ties
            .iter()
            .filter(|t| t.token < np.first && holds(t))
            .max_by_key(|t| (shared(t), self.last_mention(&t.name, np.first)));
        if best.is_some() {
            return best;
        }
        if !lexicon::is_in(LEADER_NOUNS, head) {
            return None;
        }
        let bodies: Vec<&str> = self.tokens()[np.first..np.last]
            .iter()
            .filter(|t| lexicon::is_in(GROUP_NOUNS, &t.lower))
            .map(|t| t.lower.as_str())
            .collect();
        earlier().find(|t| bodies.iter().any(|b| t.words.contains(b)))
    }

    /// Where `name` was last mentioned before token `before`, if at all.
    fn last_mention(&self, name: &str, before: usize) -> Option<usize> {
        let s = self.toks.sentence_of[before];
        self.by_sentence[..=s].iter().rev().find_map(|list| {
            list.iter()
                .rev()
                .find(|e| e.token < before && e.referent.name == name)
                .map(|e| e.token)
        })
    }

    /// The words before a role's head but its determiner, lower-cased
    /// and split at hyphens (`opposition` in `the Opposition Leader`).
    fn modifier_words(&self, np: &Np) -> Vec<&'a str> {
        self.tokens()[np.first..np.last]
            .iter()
            .filter(|t| t.is_word() && !lexicon::is_in(lexicon::DETERMINERS, &t.lower))
            .flat_map(|t| role_words(&t.lower))
            .collect()
    }

    /// Whether an earlier tie holds every word of a role (`Opposition
    /// Leader Sussan Ley` for `the Opposition Leader`).
    fn is_office_held(&self, np: &Np) -> bool {
        let mut words = self.modifier_words(np);
        words.extend(role_words(&self.tokens()[np.last].lower));
        self.ties
            .iter()
            .any(|t| t.token < np.first && words.iter().all(|w| t.words.contains(w)))
    }

    /// The titles before a role's head that say which office it is
    /// (`prime` in `the Prime Minister`, `majority` in `the Senate
    /// majority leader`), not when it is held (`former`, `acting`).
    fn office_words(&self, np: &Np) -> Vec<&'a str> {
        self.tokens()[np.first..np.last]
            .iter()
            .filter(|t| is_title(t) && !TENURE_WORDS.contains(&t.lower.as_str()))
            .flat_map(|t| role_words(&t.lower))
            .collect()
    }
}

/// The gender a role word tells (`the Frenchman`, `the chairwoman`, `the
/// queen`).
pub(super) fn role_gender(lower: &str) -> Option<Gender> {
    if lower.ends_with("woman") {
        Some(Gender::Female)
    } else if lower.ends_with("man") && !UNGENDERED_MAN.contains(&lower) {
        Some(Gender::Male)
    } else if FEMALE_KIN.contains(&lower) {
        Some(Gender::Female)
    } else if MALE_KIN.contains(&lower) {
        Some(Gender::Male)
    } else {
        title_gender(lower)
    }
}

/// A role word's office: its last word but an [`ELECT`] one
/// (`mayor-elect` → `mayor`).
fn role_head(lower: &str) -> Option<&str> {
    role_words(lower).rev().find(|w| !ELECT.contains(w))
}

/// Whether a phrase's head is a plural (`the lawyers`), not one of the
/// person nouns in -s (`the Gunners boss`, `the actress`). Other heads in
/// -s stay plurals even when they are not (`the press`, `the famous`):
/// such a phrase names nobody, rather than the last person who spoke.
fn is_plural_head(head: &str) -> bool {
    head.ends_with('s') && !lexicon::is_in(PERSON_ROLES, head)
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
