//! Organisations the model mistypes, told by what the document says
//! around their names.
//!
//! The model was trained on 1996 newswire: a company founded since
//! (`Anthropic`, `Klarna`, `Waymo`) has no cluster or gazetteer entry and
//! is read as a person or a place from its shape. The article itself
//! usually says what it is, in phrases that only an organisation takes:
//! `Anthropic's chief financial officer`, `shares of Amazon`, `an analyst
//! at Bernstein`, `Klarna, the Swedish fintech firm,`, `Walt Disney Co`
//! next to a bare `Walt Disney`, `Chelsea boss Enzo Maresca`. One such
//! phrase makes every mention of the same spelling an organisation.
//!
//! Separately, where one word is typed as an organisation at least as
//! often as as a person in one article (`Mojang`), it is the organisation.
//! Neither applies to a word of a person's full name in the document.
//! A person's name cannot end in a trade (`Fenwick Joinery`): such a name
//! is a firm.

use super::consistency::Mention;
use super::{appositions, gazetteer, Map, Set, Surroundings};
use crate::annotations::EntityType::{Organization, Person};
use crate::tokens::{is_all_caps, TokenKind};
use std::ops::Range;

/// Words after `X's` that only an organisation has: people have no chief
/// executive, shareholders or founder (a person's `spokesman` or `board`
/// is left out: `Trump's spokesman`, `Iran's board`).
const OWNED_BY_ORGANISATIONS: &[&str] = &[
    "ceo",
    "cfo",
    "co-founder",
    "founder",
    "shareholders",
    "shares",
];

/// `chief` + one of these after `X's` (`Anthropic's chief financial
/// officer`); `chief of staff` and `chief negotiator` belong to people
/// and countries too.
const CHIEF_OF_ORGANISATIONS: &[&str] = &["executive", "financial", "operating", "technology"];

/// Two words before a name that make it a company: `shares of X`,
/// `analyst at X`, `chief executive of X`. Not `stake in X`: a candidate
/// has a stake in New Hampshire (PolNeAR train).
const BEFORE_ORGANISATIONS: &[(&str, &str)] = &[
    ("analyst", "at"),
    ("analysts", "at"),
    ("economist", "at"),
    ("economists", "at"),
    ("executive", "of"),
    ("founder", "of"),
    ("shares", "in"),
    ("shares", "of"),
    ("strategist", "at"),
    ("strategists", "at"),
];

/// Roles after a name that make it a team (`Chelsea boss Enzo Maresca`,
/// `Surrey captain`). Only a mention typed a person is retyped by them: a
/// national team is a place in CoNLL (`England coach`).
pub const TEAM_ROLES: &[&str] = &[
    "boss",
    "captain",
    "coach",
    "defender",
    "goalkeeper",
    "manager",
    "midfielder",
    "striker",
];

/// Last words of a small firm's name after the owner's surname or the
/// town (`Fenwick Joinery`, `Okafor Pharmacy`, `Marsh Motors`), which the
/// model reads as a person's surname: in eng.train and eng.testa such
/// words end only organisations (`Holdings`, `Motors`, `Logistics`,
/// `Estates`, `Systems`: never in a person's name). A name typed a person
/// that ends in one is an organisation, every mention of it.
const TRADE_HEADS: &[&str] = &[
    "Bakery",
    "Brewery",
    "Builders",
    "Butchers",
    "Carpets",
    "Construction",
    "Engineering",
    "Florists",
    "Garage",
    "Group",
    "Haulage",
    "Holdings",
    "Interiors",
    "Jewellers",
    "Joinery",
    "Kitchens",
    "Logistics",
    "Motors",
    "Opticians",
    "Pharmacy",
    "Plumbing",
    "Removals",
    "Roofing",
    "Solicitors",
];

/// Words after `X shares` that say how a company's stock moved (`Novo
/// Nordisk shares fell 4%`); a person who `shares` something takes an
/// object instead (`Smith shares the view`). In eng.train a name before
/// `shares` + a verb is ORG, MISC (`German shares ended`) or LOC (`Hong
/// Kong shares`), never PER: only a mention typed a person is read.
const SHARE_MOVES: &[&str] = &[
    "climbed", "closed", "dipped", "dropped", "edged", "ended", "fell", "gained", "jumped",
    "plunged", "rallied", "rose", "sank", "slid", "slipped", "soared", "surged", "tumbled", "were",
];

/// Words between `X said` and an `its` that still report X's words
/// (`Eli Lilly said on Monday that its drug …`).
const SAID_FILLERS: &[&str] = &[
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
    "on",
    "that",
    "today",
    "yesterday",
];

/// Most [`SAID_FILLERS`] read between `said` and `its`.
const MAX_SAID_FILLERS: usize = 3;

/// Verbs of a company's results after its name (`Salesforce reported
/// quarterly revenue`), and the results they must reach over
/// [`RESULT_WORDS`] only: people report crimes and news, not revenue
/// (`reported the fall in sales` is a person's).
const REPORTED: &[&str] = &["posted", "posts", "reported", "reports"];
const RESULTS: &[&str] = &[
    "earnings", "loss", "losses", "profit", "profits", "revenue", "revenues", "sales",
];
/// Words between the verb and the result (`reported a record quarterly net
/// profit`).
const RESULT_WORDS: &[&str] = &[
    "a",
    "an",
    "annual",
    "full-year",
    "higher",
    "its",
    "lower",
    "net",
    "operating",
    "quarterly",
    "record",
];

/// Last words of a company's full name that are not its legal form
/// (`Abbott Laboratories`, `Vertex Pharmaceuticals`): the name before
/// them, mentioned alone, is the company (`Abbott said`), as the name
/// before a suffix is (`Walt Disney Co` → `Walt Disney`). A person of
/// that name in the document keeps the person's mentions (see
/// [`Surroundings::retype_spellings`]).
const COMPANY_HEADS: &[&str] = &[
    "Biosciences",
    "Laboratories",
    "Pharmaceuticals",
    "Therapeutics",
];

/// Words right before a name that make it a company (`drugmaker Eli
/// Lilly`, `the startup Anthropic`).
const COMPANY_TITLES: &[&str] = &[
    "automaker",
    "carmaker",
    "chipmaker",
    "drugmaker",
    "fintech",
    "start-up",
    "startup",
];

/// Words that make the name after them a company when a name comes before
/// them (`iPhone maker Apple`); after a lower-case word they may describe a
/// person (`film maker Ann`). `developer` is left out: `Florida developer
/// Mel Sembler` is a person (PolNeAR train).
const MADE_BY: &[&str] = &["maker"];

/// Head nouns of an apposition that describe a company: `Shopify, the
/// Canadian e-commerce platform,`. Nouns for people (`executive`,
/// `founder`, `manager`, `developer`) are left out: `Jamie Dimon, the
/// bank's chief executive` names a person.
const COMPANY_NOUNS: &[&str] = &[
    "airline",
    "automaker",
    "bank",
    "brokerage",
    "carmaker",
    "chipmaker",
    "company",
    "conglomerate",
    "drugmaker",
    "firm",
    "fintech",
    "giant",
    "insurer",
    "lender",
    "maker",
    "manufacturer",
    "platform",
    "retailer",
    "start-up",
    "startup",
    "studio",
    "subsidiary",
    "unit",
];

/// Head nouns of an apposition that describe an organisation other than a
/// company: `the farmers' union`, `a charity that runs food banks`,
/// `Britain's data protection watchdog`, `the European consumer
/// organisation`. Nouns for the people in them (`member`, `official`,
/// `leader`) are left out.
const ORGANISATION_NOUNS: &[&str] = &[
    "agency",
    "association",
    "authority",
    "body",
    "charity",
    "federation",
    "fund",
    "group",
    "lobby",
    "organisation",
    "organization",
    "party",
    "regulator",
    "union",
    "watchdog",
];

/// Words before `group` that make it a people, MISC in CoNLL (`Oromos, a
/// minority group`, PolNeAR train).
const PEOPLE_MODIFIERS: &[&str] = &["ethnic", "minority", "religious", "tribal"];

/// Organisation nouns that are also quantities before `of` (`a different
/// group of candidates`, PolNeAR train; `a body of evidence`).
const COLLECTIVE_NOUNS: &[&str] = &["body", "group"];

/// Retypes as organisations the mentions whose spelling the document
/// shows to be one (see the module comment).
pub fn retype(around: &Surroundings, mentions: &mut [Mention]) {
    let text = around.text;
    let g = gazetteer::get();
    let mut evidenced: Set<&str> = Set::default();
    for (m, r) in mentions.iter().zip(&around.ranges) {
        let spelling = m.span.of(text);
        let team = m.kind == Person && r.len() == 1 && around.word_in(r.end, TEAM_ROLES);
        let traded = m.kind == Person
            && around.word_in(r.end, &["shares", "stock"])
            && around.word_in(r.end + 1, SHARE_MOVES);
        let itself = m.kind == Person && says_its(around, r.end);
        // A listed first name opens a person, who may report sales figures.
        let reports = m.kind == Person
            && !g.is_first_name(around.word(r.start).unwrap_or_default())
            && reports_results(around, r.end);
        let evidence = team || traded || itself || reports || is_company_context(around, r);
        if evidence && !is_adjective(spelling) {
            evidenced.insert(spelling);
        }
        if let Some((name, last)) = spelling.rsplit_once(' ') {
            let suffixed = gazetteer::is_company_suffix(last);
            if suffixed || m.kind == Organization && COMPANY_HEADS.contains(&last) {
                evidenced.insert(name);
            }
            // A person's name ends in no trade nor legal form (`Merck KGaA`).
            if m.kind == Person && (suffixed || TRADE_HEADS.contains(&last)) {
                evidenced.insert(spelling);
            }
        }
    }
    let disputed = disputed_spellings(around, mentions);
    if evidenced.is_empty() && disputed.is_empty() {
        return;
    }
    around.retype_spellings(mentions, Organization, |spelling, kind| {
        evidenced.contains(spelling) || kind == Person && disputed.contains(spelling)
    });
}

/// Whether `said`/`says` at token `i` reports something of `its`: a
/// person says `his` or `her` (in eng.train a name before `said … its` is
/// ORG 5 times, LOC or MISC once, never PER; a country says `its` too, so
/// only a mention typed a person is read).
fn says_its(around: &Surroundings, i: usize) -> bool {
    around.word_in(i, &["said", "says"])
        && (i + 1..=i + 1 + MAX_SAID_FILLERS)
            .find(|&k| !around.word_in(k, SAID_FILLERS))
            .is_some_and(|k| around.word(k) == Some("its"))
}

/// Whether a verb of [`REPORTED`] at token `i` reports a company's
/// results (only a mention typed a person is read, as for `its`).
fn reports_results(around: &Surroundings, i: usize) -> bool {
    around.word_in(i, REPORTED)
        && (i + 1..)
            .find(|&k| !around.word_in(k, RESULT_WORDS))
            .is_some_and(|k| around.word_in(k, RESULTS))
}

/// `France-registered`, `California-based`: a name made an adjective, which
/// `shares of` can precede (`Shares of France-registered printed packaging
/// company Cofinec`).
fn is_adjective(name: &str) -> bool {
    name.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
}

/// Whether the words around a mention over tokens `r` say it is a
/// company.
fn is_company_context(around: &Surroundings, r: &Range<usize>) -> bool {
    let is = |i: usize, list: &[&str]| around.word_in(i, list);
    let is_possessive = |i: usize| {
        around
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    };
    let owned = is_possessive(r.end)
        && (is(r.end + 1, OWNED_BY_ORGANISATIONS)
            || (is(r.end + 1, &["chief"]) && is(r.end + 2, CHIEF_OF_ORGANISATIONS)));
    let before = r.start >= 2
        && around.word(r.start - 1).is_some_and(|preposition| {
            BEFORE_ORGANISATIONS
                .iter()
                .any(|&(a, b)| b == preposition && is(r.start - 2, &[a]))
        });
    let titled = r.start >= 1 && is(r.start - 1, COMPANY_TITLES);
    let made_by = r.start >= 2
        && is(r.start - 1, MADE_BY)
        && around
            .word(r.start - 2)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    owned || before || titled || made_by || organisation_apposition(around, r)
}

/// `X, the Swedish buy-now-pay-later firm,`, `X, maker of Fortnite`,
/// `X, Alphabet's self-driving unit,`, `X, the farmers' union,`: an
/// apposition whose head is a company or organisation noun; without an
/// article or an owner, it must start with a company noun (`maker of`).
fn organisation_apposition(around: &Surroundings, r: &Range<usize>) -> bool {
    appositions::after(around, r).is_some_and(|a| {
        let quantity = COLLECTIVE_NOUNS.contains(&a.head) && a.after_head == Some("of");
        let people = a.before_head.is_some_and(|w| PEOPLE_MODIFIERS.contains(&w));
        (a.opened || COMPANY_NOUNS.contains(&a.first))
            && (COMPANY_NOUNS.contains(&a.head) || ORGANISATION_NOUNS.contains(&a.head))
            && !quantity
            && !people
    })
}

/// The lone words typed as a person somewhere and as organisations at
/// least as often as persons, outside shouted lines (a dateline's `NEW
/// YORK` and the team of that name are told apart by case). A person typed
/// an organisation once in a dozen mentions (`Dole` of `Dole team
/// seeking`) stays a person.
fn disputed_spellings<'a>(around: &Surroundings<'a>, mentions: &[Mention]) -> Set<&'a str> {
    let lone = |m: &Mention, r: &Range<usize>| {
        let spelling = m.span.of(around.text);
        (r.len() == 1 && !is_all_caps(spelling)).then_some(spelling)
    };
    let mut votes: Map<&str, (usize, usize)> = Map::default();
    for (m, r) in mentions.iter().zip(&around.ranges) {
        if m.kind == Person {
            if let Some(spelling) = lone(m, r) {
                votes.entry(spelling).or_default().1 += 1;
            }
        }
    }
    if votes.is_empty() {
        return Set::default();
    }
    for (m, r) in mentions.iter().zip(&around.ranges) {
        if m.kind == Organization {
            if let Some(votes) = lone(m, r).and_then(|s| votes.get_mut(s)) {
                votes.0 += 1;
            }
        }
    }
    votes
        .into_iter()
        .filter(|(_, (organisation, person))| organisation >= person)
        .map(|(spelling, _)| spelling)
        .collect()
}
