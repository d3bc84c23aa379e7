//! The closed word classes the attribution rules read: reporting verbs,
//! pronouns, titles and the nouns that can head a speaker phrase. Short
//! sorted lists (they ship in the wasm), searched by lower-case word.

/// Lemmas of verbs that report speech or writing. A quotation next to one of
/// these is attributed to the verb's subject.
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "accuse", "acknowledge", "add", "admit", "advise", "agree", "allege", "announce", "answer",
    "argue", "ask", "assert", "assure", "attack", "bark", "beam", "beg", "bemoan", "blame", "blast",
    "boast", "brag", "brand", "call", "cast", "caution", "chant", "characterize", "charge", "chide",
    "chime", "cite", "claim", "comment", "compare", "complain", "concede", "conclude", "concur",
    "condemn", "confess", "confirm", "contend", "continue", "counter", "criticize", "cry",
    "declare", "decry", "deem", "defend", "demand", "demur", "denounce", "deny", "describe",
    "dismiss", "dub", "echo", "elaborate", "email", "emphasize", "exclaim", "explain", "fume",
    "grouse", "grumble", "gush", "hail", "highlight", "imply", "indicate", "insist", "interject",
    "joke", "label", "lament", "lecture", "marvel", "mention", "mock", "muse", "note", "observe",
    "offer", "opine", "plead", "pledge", "point", "ponder", "portray", "post", "praise", "predict",
    "proclaim", "promise", "protest", "question", "quip", "quote", "rail", "read", "recall",
    "recommend", "recount", "refer", "reflect", "reiterate", "remark", "remember", "remind",
    "repeat", "reply", "report", "respond", "retaliate", "retort", "retweet", "reveal", "riff",
    "say", "scoff", "scold", "shout", "slam", "snap", "sneer", "snipe", "state", "stress",
    "suggest", "summarise", "summarize", "surmise", "tell", "term", "testify", "text", "thank",
    "threaten", "tout", "tweet", "urge", "vent", "vow", "warn", "wonder", "write", "yell",
];

/// The shortest speech verb form (`say`, `ask`): shorter words are not
/// looked up.
const MIN_VERB_LEN: usize = 3;

/// The first three letters of the speech verbs: bit `c` of entry `26a +
/// b` is set when a verb starts with letters `a`, `b`, `c` (0 for `a`).
/// Every form of a verb but the irregular ones starts with them, so one
/// look here turns away every other word before any search (a search per
/// word was a tenth of the quote tokenizer's time; with a table of two
/// letters, the search on the third was still 3 % of the annotation).
const VERB_STARTS: [u32; 26 * 26] = {
    let mut starts = [0u32; 26 * 26];
    let mut i = 0;
    while i < SPEECH_VERBS.len() {
        let v = SPEECH_VERBS[i].as_bytes();
        starts[verb_start_slot(v)] |= 1 << (v[2] - b'a');
        i += 1;
    }
    starts
};

/// Where the speech verbs starting with each two letters begin in
/// [`SPEECH_VERBS`] (entry [`verb_start_slot`]); they end where the next
/// entry's begin. The suffix trials search only those verbs (18 at most,
/// for `re`), as a lemma starts with its form's first two letters (a stem
/// shorter than two letters and one ending make no verb, all of three
/// letters or more): searches of the whole list were most of
/// [`lemma_of`]'s work.
const VERBS_FROM: [u8; 26 * 26 + 1] = {
    assert!(SPEECH_VERBS.len() <= u8::MAX as usize);
    let mut from = [0u8; 26 * 26 + 1];
    let (mut slot, mut i) = (0, 0);
    while slot < from.len() {
        while i < SPEECH_VERBS.len() && verb_start_slot(SPEECH_VERBS[i].as_bytes()) < slot {
            i += 1;
        }
        from[slot] = i as u8;
        slot += 1;
    }
    from
};

/// The entry of [`VERB_STARTS`] of a word's first two (lower-case) letters.
const fn verb_start_slot(word: &[u8]) -> usize {
    (word[0] - b'a') as usize * 26 + (word[1] - b'a') as usize
}

/// Irregular forms of speech verbs, mapped to their lemma.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("writes", "write"),
    ("cried", "cry"),
    ("cries", "cry"),
    ("replied", "reply"),
    ("replies", "reply"),
    // German and French reporting verbs, as English copy and wire services
    // print paragraphs in those languages (`„…“, sagte Merz`, `«…», a
    // déclaré Macron`): without them a place after the speaker was taken.
    ("sagte", "say"),
    ("sagt", "say"),
    ("erklärte", "say"),
    ("betonte", "say"),
    ("déclare", "say"),
    ("affirme", "say"),
];

/// French past participles of reporting verbs, also said alone (`«…»,
/// dit Macron`) and after the auxiliary `a` (`«…», a déclaré Macron`).
pub const FRENCH_PARTICIPLES: &Words = &Words::new(&["affirmé", "dit", "déclaré"]);

/// Verbs whose object is the person spoken to, never the speaker: `told
/// Smith` does not name who talked.
#[rustfmt::skip]
pub const ADDRESSEE_VERBS: &Words = &Words::new(&[
    "accuse", "ask", "assure", "tell", "thank", "urge", "warn",
]);

/// How a speech verb appears: finite (`said`, `says`) or as a participle
/// (`saying`, `adding`) hanging off the clause's subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbForm {
    Finite,
    Participle,
}

/// The lemma and form of `lower` (a lower-case word) when it is a speech
/// verb.
pub fn speech_verb(lower: &str) -> Option<(&'static str, VerbForm)> {
    let w = lower;
    if w.len() < MIN_VERB_LEN {
        return None;
    }
    if let Some(&(_, lemma)) = IRREGULAR.iter().find(|(form, _)| *form == w) {
        return Some((lemma, VerbForm::Finite));
    }
    if is_in(FRENCH_PARTICIPLES, w) {
        return Some(("say", VerbForm::Finite));
    }
    // Every regular form starts with its lemma's first three letters: one
    // look at them turns most words away before the suffix trials, and
    // before the whole word is read.
    let b = w.as_bytes();
    if !b[..MIN_VERB_LEN].iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let slot = verb_start_slot(b);
    if VERB_STARTS[slot] & 1 << (b[2] - b'a') == 0 || !b.iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let verbs = &SPEECH_VERBS[usize::from(VERBS_FROM[slot])..usize::from(VERBS_FROM[slot + 1])];
    if let Some(stem) = w.strip_suffix("ing") {
        return lemma_of(verbs, stem, &["", "e"]).map(|l| (l, VerbForm::Participle));
    }
    for (suffix, endings) in [
        ("ed", &["", "e"][..]),
        ("ied", &["y"][..]),
        ("es", &[""][..]),
        ("s", &[""][..]),
        ("", &[""][..]),
    ] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if let Some(l) = lemma_of(verbs, stem, endings) {
                return Some((l, VerbForm::Finite));
            }
        }
    }
    None
}

/// Finds the lemma `stem + ending` among `verbs` (a sorted run of
/// [`SPEECH_VERBS`]) for one of `endings`, also undoing a doubled final
/// consonant (`admitt-ed`, `quipp-ing`).
fn lemma_of(verbs: &[&'static str], stem: &str, endings: &[&str]) -> Option<&'static str> {
    let undoubled = match stem.as_bytes() {
        [.., a, b] if a == b && !b"aeiouls".contains(b) => Some(&stem[..stem.len() - 1]),
        _ => None,
    };
    for base in std::iter::once(stem).chain(undoubled) {
        for e in endings {
            // Compare `base + e` with each lemma without building it.
            let found = verbs.binary_search_by(|v| {
                let (head, tail) = v.as_bytes().split_at(v.len().min(base.len()));
                compare(head, base.as_bytes()).then_with(|| compare(tail, e.as_bytes()))
            });
            if let Ok(i) = found {
                return Some(verbs[i]);
            }
        }
    }
    None
}

/// The plain reporting verbs: in `X said that Y will continue to be “…”`
/// the first of these names the quote's (outermost) speaker.
#[rustfmt::skip]
pub const PLAIN_REPORTING: &Words = &Words::new(&[
    "add", "explain", "note", "report", "say", "state", "tell", "write",
]);

/// Words that may stand between a speaker and its verb (`he also said`,
/// `Smith has repeatedly warned`, `they did not say`).
#[rustfmt::skip]
pub const VERB_FILLERS: &Words = &Words::new(&[
    "again", "already", "also", "are", "be", "been", "being", "bluntly", "can", "could", "did",
    "do", "does", "even", "famously", "first", "flatly", "frequently", "further", "had", "has",
    "have", "is", "just", "last", "later", "may", "might", "must", "never", "not", "often",
    "once", "only", "previously", "privately", "publicly", "quickly", "recently", "repeatedly",
    "reportedly", "should", "simply", "still", "then", "was", "were", "who", "will", "would",
]);

/// Third-person and first-person pronouns that can be a speaker.
#[rustfmt::skip]
pub const PRONOUNS: &Words = &Words::new(&[
    "he", "i", "it", "she", "they", "we", "who",
]);

/// Titles and honorifics that precede a name and are not part of it.
#[rustfmt::skip]
pub const TITLES: &Words = &Words::new(&[
    "acting", "adm", "ambassador", "anchor", "attorney", "author", "candidate", "capt", "ceo",
    "chair", "chairman", "chairwoman", "chancellor", "chief", "coach", "col", "commissioner",
    "dame", "democrat", "democratic", "deputy", "director", "dr", "first", "former", "founder",
    "gen", "general", "gop", "gov", "governor", "host", "house", "judge", "justice", "king",
    "lady", "leader", "lord", "lt", "majority", "mayor", "minister", "minority", "miss", "mr",
    "mrs", "ms", "nominee", "officer", "pope", "president", "presidential", "press", "prime",
    "prince", "princess", "prof", "professor", "queen", "rep", "representative", "republican",
    "rev", "secretary", "secretary-general", "sen", "senate", "senator", "sgt", "sheriff",
    "sir", "speaker", "spokesman", "spokeswoman", "state", "taoiseach", "treasurer", "tánaiste",
    "vice",
]);

/// Titles that tell a person's gender.
#[rustfmt::skip]
pub const MALE_TITLES: &Words = &Words::new(&[
    "king", "lord", "mr", "prince", "sir",
]);
#[rustfmt::skip]
pub const FEMALE_TITLES: &Words = &Words::new(&[
    "dame", "lady", "miss", "mrs", "ms", "princess", "queen",
]);

/// Nouns that can head a speaker phrase that is not a name (`the senator`,
/// `NATO's secretary general`, `officials`). Plurals are recognised by a
/// trailing `s`.
#[rustfmt::skip]
pub const SPEAKER_NOUNS: &Words = &Words::new(&[
    "activist", "administration", "adviser", "advisor", "advocate", "agency", "aide", "alliance",
    "ambassador", "analyst", "anchor", "attendee", "attorney", "author", "board", "businessman",
    "bystander", "campaign", "candidate", "chair", "chairman", "chairwoman", "chief", "coach",
    "columnist", "commander", "commentator", "commission", "committee", "company", "congressman",
    "congresswoman", "consultant", "council", "court", "critic", "delegate", "democrat",
    "department", "deputy", "diplomat", "director", "doctor", "donor", "economist", "editor",
    "executive", "expert", "father", "founder", "friend", "general", "government", "governor",
    "group", "head", "historian", "host", "husband", "insider", "investigator", "journalist",
    "judge", "justice", "lawmaker", "lawyer", "leader", "legislator", "letter", "man", "manager",
    "mayor", "member", "memo", "minister", "ministry", "mother", "neighbor", "neighbour", "nominee",
    "observer", "officer", "official", "operative", "organizer", "owner", "participant", "people",
    "person", "police", "poll", "pollster", "president", "professor", "prosecutor", "protester",
    "publication", "pundit", "report", "reporter", "representative", "republican", "researcher",
    "resident", "scientist", "secretary", "senator", "source", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "staffer", "statement", "strategist", "student", "study",
    "supporter", "survey", "taoiseach", "teacher", "tánaiste", "veteran", "voter", "wife",
    "witness", "woman", "worker", "writer",
]);

/// Speaker nouns that name a body rather than a person (`the campaign
/// said`): never resolved to a person. A crowd or an audience is no
/// speaker noun (session 4 tried them as speakers), but one that chants is
/// still a group, not the candidate on stage (`the crowd chanted`).
#[rustfmt::skip]
pub const GROUP_NOUNS: &Words = &Words::new(&[
    "administration", "agency", "alliance", "audience", "board", "campaign", "commission",
    "committee", "company", "council", "court", "crowd", "department", "government", "group",
    "letter", "memo", "ministry", "people", "police", "poll", "publication", "report", "statement",
    "study", "survey",
]);

/// Capitalised words that mark a name as an organisation (`Associated
/// Press`, `Justice Department`) when no entity type is known.
#[rustfmt::skip]
pub const ORG_WORDS: &Words = &Words::new(&[
    "abc", "administration", "agency", "alliance", "army", "association", "bank", "board",
    "bureau", "campaign", "cbs", "center", "centre", "city", "club", "cnn", "coalition",
    "commission", "committee", "company", "congress", "corp", "council", "county", "court",
    "democrats", "department", "federation", "foundation", "fox", "fund", "gazette",
    "government", "group", "herald", "house", "inc", "institute", "journal", "magazine",
    "ministry", "msnbc", "nbc", "network", "news", "office", "organization", "party", "police",
    "post", "press", "republicans", "reuters", "review", "senate", "service", "state", "states",
    "times", "tribune", "union", "university",
]);

/// Common first names whose bearers the text calls `he`: enough to keep
/// `she said` off the nearest man. Names that are as often surnames or
/// places (`Warren`, `Clinton`, `Austin`) are left out: a lone surname
/// would take the wrong gender.
#[rustfmt::skip]
pub const MALE_NAMES: &Words = &Words::new(&[
    "aaron", "abraham", "adam", "adrian", "al", "alan", "albert", "alberto", "alejandro", "alex",
    "alexander", "alfred", "alvin", "andre", "andrew", "andy", "angelo", "anthony", "antonio",
    "arnold", "arthur", "arturo", "barack", "barry", "ben", "benjamin", "bennie", "bernard",
    "bernie", "bert", "beto", "bill", "billy", "blake", "bob", "bobby", "brad", "brandon", "brent",
    "brett", "brian", "bruce", "bryan", "byron", "calvin", "carl", "carlos", "cecil", "chad",
    "charles", "charlie", "chris", "christopher", "chuck", "clarence", "clark", "claude",
    "clifford", "clyde", "cody", "colin", "cory", "craig", "dale", "damon", "dan", "daniel",
    "danny", "darrell", "darren", "dave", "david", "dean", "dennis", "derek", "derrick", "devin",
    "dick", "dominic", "don", "donald", "donnie", "doug", "douglas", "duane", "dustin", "dwayne",
    "dwight", "earl", "ed", "eddie", "edgar", "eduardo", "edward", "edwin", "elijah", "elmer",
    "emmanuel", "enrique", "eric", "ernest", "ernesto", "eugene", "evan", "felipe", "felix",
    "fernando", "floyd", "francis", "francisco", "frank", "fred", "freddie", "freddy", "frederick",
    "gabriel", "gary", "gene", "geoffrey", "george", "gerald", "gilbert", "glen", "glenn", "greg",
    "gregory", "guillermo", "gustavo", "harold", "harry", "harvey", "hector", "henry", "herbert",
    "herman", "hugh", "hugo", "ian", "isaac", "ivan", "jack", "jacob", "jake", "jamal", "james",
    "jared", "jason", "javier", "jay", "jeb", "jeff", "jeffrey", "jeremy", "jerome", "jerry",
    "jesse", "jim", "jimmy", "joe", "joel", "john", "johnnie", "johnny", "jon", "jonathan", "jorge",
    "jose", "joseph", "josh", "juan", "julian", "julio", "justin", "keith", "ken", "kenneth",
    "kevin", "kurt", "kyle", "lance", "larry", "leo", "leon", "leonard", "leroy", "lester", "louis",
    "lucas", "luis", "luke", "malcolm", "manuel", "marc", "marco", "marcus", "mario", "mark",
    "martin", "marvin", "mathew", "matt", "matthew", "maurice", "max", "melvin", "michael",
    "miguel", "mike", "milton", "mitch", "mitt", "mohammed", "muhammad", "nathan", "nathaniel",
    "neil", "newt", "nicholas", "nick", "noah", "norman", "oliver", "omar", "oscar", "otis",
    "patrick", "paul", "pedro", "peter", "phil", "phillip", "rafael", "ralph", "ramon", "rand",
    "randall", "randy", "ray", "raymond", "reginald", "reince", "rex", "ricardo", "richard", "rick",
    "ricky", "rob", "robert", "roberto", "rodney", "roger", "roland", "ron", "ronald", "roy",
    "rudy", "rush", "ryan", "salvador", "sam", "samuel", "saul", "scott", "sean", "sergio", "seth",
    "shane", "shawn", "sidney", "stanley", "stephen", "steve", "steven", "stuart", "ted",
    "terrence", "theodore", "thomas", "tim", "timothy", "tom", "tony", "trent", "troy", "tyler",
    "vernon", "victor", "vincent", "vladimir", "walter", "wayne", "wilbur", "william", "willie",
    "zachary",
]);

/// Common first names whose bearers the text calls `she`: enough to keep
/// `he said` off the nearest woman. Months and places (`June`,
/// `Virginia`) are left out.
#[rustfmt::skip]
pub const FEMALE_NAMES: &Words = &Words::new(&[
    "abigail", "adriana", "agnes", "alexandra", "alice", "alicia", "allison", "alma", "amanda",
    "amber", "amelia", "amy", "ana", "andrea", "angela", "angelica", "angie", "anita", "ann",
    "anna", "anne", "annette", "antoinette", "arlene", "ashley", "audrey", "barbara", "beatrice",
    "becky", "belinda", "bernadette", "beth", "bethany", "betty", "beverly", "bonnie", "brenda",
    "brittany", "brooke", "candace", "carla", "carly", "carmen", "carol", "caroline", "carolyn",
    "carrie", "cassandra", "catherine", "cathy", "charlene", "charlotte", "chelsea", "cheryl",
    "christina", "christine", "christy", "cindy", "claire", "clara", "colleen", "connie",
    "constance", "courtney", "crystal", "cynthia", "daisy", "darlene", "dawn", "debbie", "deborah",
    "debra", "delores", "denise", "diana", "diane", "dianne", "dolores", "donna", "doris",
    "dorothy", "edith", "edna", "eileen", "elaine", "eleanor", "elena", "elisa", "elizabeth",
    "ella", "ellen", "eloise", "elsa", "emily", "emma", "erica", "erika", "esther", "ethel", "eva",
    "evelyn", "frances", "gabriela", "gail", "geneva", "geraldine", "gertrude", "gina", "gladys",
    "gloria", "grace", "gwendolyn", "hannah", "harriet", "hazel", "heather", "heidi", "helen",
    "hillary", "holly", "huma", "ida", "irene", "iris", "isabel", "ivanka", "jacinda", "jackie",
    "jacqueline", "jane", "janet", "janice", "jeanette", "jeanne", "jenna", "jennifer", "jenny",
    "jessica", "jill", "jo", "joan", "joanna", "joanne", "jocelyn", "joni", "josephine", "joy",
    "joyce", "juanita", "judith", "judy", "julia", "julie", "kamala", "kara", "karen", "kate",
    "katherine", "kathleen", "kathryn", "kathy", "katie", "katrina", "kay", "kayla", "kellyanne",
    "kirsten", "kristen", "kristin", "kristina", "laura", "lauren", "leah", "lillian", "linda",
    "lisa", "lois", "loretta", "lorraine", "lucille", "lucy", "lydia", "mabel", "madeline",
    "marcia", "margaret", "margarita", "marguerite", "maria", "marian", "marie", "marilyn",
    "marjorie", "marlene", "marsha", "martha", "mary", "maureen", "maxine", "megan", "megyn",
    "melania", "melanie", "melinda", "melissa", "meredith", "michele", "michelle", "mildred",
    "miranda", "miriam", "molly", "monica", "monique", "myrtle", "nancy", "naomi", "natalie",
    "natasha", "nicole", "nikki", "nina", "nora", "norma", "olga", "olivia", "paige", "pamela",
    "patricia", "paula", "pauline", "peggy", "penny", "phyllis", "priscilla", "rachel", "rebecca",
    "rhonda", "rita", "roberta", "rosa", "rosalind", "rose", "rosemary", "roxanne", "ruby", "ruth",
    "sabrina", "sally", "samantha", "sandra", "sara", "sarah", "shannon", "sharon", "sheila",
    "sherry", "shirley", "silvia", "sofia", "sonia", "sophia", "stacy", "stella", "stephanie",
    "sue", "susan", "susanne", "suzanne", "sylvia", "tamara", "tammy", "tanya", "tara", "teresa",
    "thelma", "theresa", "tiffany", "tina", "toni", "tracy", "ursula", "valerie", "vanessa", "vera",
    "veronica", "vicki", "viola", "violet", "vivian", "wanda", "wendy", "whitney", "yolanda",
    "yvonne", "zoe",
]);

/// Words that start a phrase but never a speaker: determiners and
/// possessives kept inside a speaker phrase.
#[rustfmt::skip]
pub const DETERMINERS: &Words = &Words::new(&[
    "a", "an", "another", "both", "her", "his", "its", "many", "one", "other", "our", "several",
    "some", "that", "the", "their", "these", "this", "those", "three", "two",
]);

/// Role heads that say only "the one who leads" (`the commission chief`,
/// `the party leader`): the body named before them picks the person.
pub const LEADER_NOUNS: &Words = &Words::new(&["boss", "chief", "head", "leader"]);

/// Determiners that bring in someone new (`a former U.S. official`, `one
/// GOP leadership aide`): such a phrase never stands for a person named
/// earlier, as `the senator` does.
pub const INDEFINITES: &Words = &Words::new(&["a", "an", "another", "one"]);

/// Determiners of a plural or counted subject (`Some investors`, `both
/// men`): such a phrase is a group, never one person named earlier.
#[rustfmt::skip]
pub const PLURAL_DETERMINERS: &Words = &Words::new(&[
    "all", "both", "few", "many", "most", "several", "some", "these", "those", "three", "two",
]);

/// Heads that stand for one person but rarely open a speech verb's subject
/// in politics, so they are no speaker nouns for the phrase finder: with
/// the speaker nouns they let a definite role (`the former chancellor`,
/// `the forward`) take the person mentioned just before.
#[rustfmt::skip]
pub const PERSON_ROLES: &Words = &Words::new(&[
    "actor", "actress", "architect", "artist", "astronaut", "backbencher", "billionaire", "boss",
    "businesswoman", "captain", "ceo", "cfo", "challenger", "champion", "chancellor", "chef",
    "counsel", "curator", "defender", "designer", "engineer", "entrepreneur", "filmmaker",
    "fly-half", "forward", "front-runner", "frontbencher", "frontrunner", "goalkeeper",
    "incumbent", "midfielder", "mogul", "musician", "newcomer", "novelist", "painter",
    "photographer", "physician", "pitcher", "player", "poet", "pontiff", "premier", "quarterback",
    "rookie", "scrum-half", "singer", "star", "striker", "tycoon", "winger", "winner",
]);

/// Heads that stand for an organisation named just before (`Nvidia …
/// the company said`, `the club said`): resolved to that organisation,
/// never to a person. Not `board` or `committee`: on train they are
/// mostly an unnamed body inside the last organisation mentioned (`the
/// editorial board`, `the board of elections`).
#[rustfmt::skip]
pub const ORG_ANAPHORS: &Words = &Words::new(&[
    "agency", "airline", "association", "automaker", "bank", "broadcaster", "carmaker", "charity",
    "chipmaker", "club", "coalition", "commission", "company", "council", "department", "drugmaker",
    "firm", "foundation", "group", "hospital", "insurer", "lender", "ministry", "network",
    "newspaper", "nonprofit", "organisation", "organization", "party", "regulator", "retailer",
    "startup", "supermarket", "team", "union", "university", "utility", "watchdog",
]);

/// Articles of the languages English copy borrows names from: part of a
/// name before a capitalised word (`Le Pen`, `Las Vegas`, `La Liga`, `Der
/// Spiegel`, `El País`), an article before a lower-case noun (`Le
/// président a dit`), which is no name.
pub const FOREIGN_ARTICLES: &Words = &Words::new(&[
    "das", "der", "die", "el", "il", "la", "las", "le", "les", "lo", "los",
]);

/// Capitalised words that open a sentence without naming anyone. The
/// prepositions among them (`Amid responses from …, Walsh said`, `Outside
/// the arena, protesters chanted`) open a phrase before the subject.
/// German capitalises its weekdays and months, which name no one either
/// (`„…“, sagte Scholz am Dienstag`).
#[rustfmt::skip]
pub const FUNCTION_CAPS: &Words = &Words::new(&[
    "a", "about", "according", "across", "after", "all", "along", "alongside", "also", "although",
    "amid", "amidst", "among", "amongst", "an", "and", "april", "as", "asked", "at", "august",
    "based", "because", "before", "behind", "beneath", "besides", "between", "beyond", "but", "by",
    "december", "despite", "dezember", "dienstag", "donnerstag", "during", "each", "earlier",
    "even", "ever", "every", "februar", "february", "finally", "for", "freitag", "friday", "from",
    "furthermore", "her", "here", "his", "how", "however", "if", "in", "indeed", "instead", "it",
    "its", "januar", "january", "juli", "july", "june", "juni", "last", "later", "like", "many",
    "march", "maybe", "meanwhile", "mittwoch", "monday", "montag", "more", "moreover", "most",
    "my", "märz", "no", "not", "november", "now", "october", "of", "oktober", "on", "once", "or",
    "our", "outside", "over", "overall", "perhaps", "samstag", "saturday", "september", "since",
    "so", "some", "sonntag", "speaking", "still", "sunday", "that", "the", "their", "then",
    "there", "therefore", "these", "this", "those", "though", "through", "throughout", "thursday",
    "thus", "to", "today", "tonight", "toward", "towards", "tuesday", "under", "unless", "unlike",
    "until", "upon", "wednesday", "what", "when", "where", "while", "who", "why", "with", "within",
    "without", "yes", "yesterday", "yet", "your",
]);

/// Words that open a sentence by linking it to the last one (`But he
/// said`), skipped when looking for the subject.
#[rustfmt::skip]
pub const CONJUNCTIONS: &Words = &Words::new(&[
    "and", "but", "however", "instead", "meanwhile", "now", "so", "still", "then", "yet",
]);

/// Articles and possessives: a speech verb right after one is a noun (`the
/// call`, `her statement`).
#[rustfmt::skip]
pub const ARTICLES: &Words = &Words::new(&[
    "a", "an", "her", "his", "its", "my", "our", "the", "their", "your",
]);

/// Prepositions: never the head of a speaker phrase, and a speech verb
/// right after one is a noun (`secretary of state`).
#[rustfmt::skip]
pub const PREPOSITIONS: &Words = &Words::new(&[
    "about", "after", "against", "among", "at", "before", "by", "for", "from", "in", "into",
    "of", "on", "over", "under", "with", "without",
]);

/// Words of a time phrase that can sit between a subject and its verb
/// (`Obama on Friday declared`).
#[rustfmt::skip]
pub const TIME_WORDS: &Words = &Words::new(&[
    "earlier", "friday", "last", "monday", "month", "night", "saturday", "sunday", "this",
    "thursday", "today", "tonight", "tuesday", "wednesday", "week", "year", "yesterday",
]);

/// A sorted word list and, for each first letter, the lengths of its
/// words: most words looked up are in none of the lists, and one look at
/// the lengths turns nearly all of them away before any search (the
/// searches were a twentieth of the quote pass).
pub struct Words {
    list: &'static [&'static str],
    /// Bit `n` of entry `k`: a word of `n` bytes (31 or more for 31)
    /// starts with letter `k` (26 for any other byte, or none).
    lengths: [u32; 27],
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        let mut lengths = [0u32; 27];
        let mut i = 0;
        while i < list.len() {
            let word = list[i].as_bytes();
            lengths[slot(word)] |= length_bit(word);
            i += 1;
        }
        Words { list, lengths }
    }

    /// False when no word of the list has `word`'s first letter and length.
    fn may_hold(&self, word: &[u8]) -> bool {
        self.lengths[slot(word)] & length_bit(word) != 0
    }
}

/// The entry of [`Words::lengths`] of `word`.
const fn slot(word: &[u8]) -> usize {
    match word.first() {
        Some(&b) if b.is_ascii_lowercase() => (b - b'a') as usize,
        _ => 26,
    }
}

/// The bit of `word`'s length in [`Words::lengths`].
const fn length_bit(word: &[u8]) -> u32 {
    let n = if word.len() < 31 { word.len() } else { 31 };
    1 << n
}

impl std::ops::Deref for Words {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.list
    }
}

/// A sorted list of words: a [`Words`], or a plain slice (always searched).
pub trait WordList {
    fn words(&self) -> &[&'static str];

    /// False when the list cannot hold `word`.
    fn may_hold(&self, _word: &[u8]) -> bool {
        true
    }
}

impl WordList for Words {
    fn words(&self) -> &[&'static str] {
        self.list
    }

    fn may_hold(&self, word: &[u8]) -> bool {
        Words::may_hold(self, word)
    }
}

impl WordList for [&'static str] {
    fn words(&self) -> &[&'static str] {
        self
    }
}

/// Is `lower` (a lower-case word, a trailing period ignored) in `list`?
/// Every list here is sorted (a test checks) for a binary search.
pub fn is_in(list: &(impl WordList + ?Sized), lower: &str) -> bool {
    let mut word = lower.as_bytes();
    while let [rest @ .., b'.'] = word {
        word = rest;
    }
    list.may_hold(word)
        && list
            .words()
            .binary_search_by(|entry| compare(entry.as_bytes(), word))
            .is_ok()
}

/// The order of `str` (bytewise), compared inline. The words here are a
/// few bytes long, and `str`'s own comparison calls `memcmp` at every step
/// of a search: those calls were a tenth of the quote pass in `perf`.
fn compare(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// Is `lower` (a lower-case word) a speaker noun or its plural?
pub fn is_speaker_noun(lower: &str) -> bool {
    let w = lower;
    is_in(SPEAKER_NOUNS, w)
        || w.strip_suffix('s').is_some_and(|s| is_in(SPEAKER_NOUNS, s))
        || w == "men"
        || w == "women"
        || w == "officials"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        let lists: [&[&str]; 25] = [
            SPEECH_VERBS,
            ADDRESSEE_VERBS,
            PLAIN_REPORTING,
            VERB_FILLERS,
            PRONOUNS,
            TITLES,
            MALE_TITLES,
            FEMALE_TITLES,
            SPEAKER_NOUNS,
            GROUP_NOUNS,
            ORG_WORDS,
            FEMALE_NAMES,
            MALE_NAMES,
            DETERMINERS,
            INDEFINITES,
            LEADER_NOUNS,
            PLURAL_DETERMINERS,
            PERSON_ROLES,
            ORG_ANAPHORS,
            FUNCTION_CAPS,
            CONJUNCTIONS,
            TIME_WORDS,
            PREPOSITIONS,
            ARTICLES,
            FOREIGN_ARTICLES,
        ];
        for list in lists {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn the_length_masks_keep_every_listed_word() {
        // As a plain search of the list decides.
        let searched = |list: &Words, w: &str| list.words().contains(&w.trim_end_matches('.'));
        for list in [
            TITLES,
            SPEAKER_NOUNS,
            MALE_NAMES,
            VERB_FILLERS,
            PREPOSITIONS,
        ] {
            for word in list.words() {
                let cut = &word[..word.len() - 1];
                let (dotted, longer) = (format!("{word}."), format!("{word}zzzzzzzz"));
                for w in [word, cut, &dotted, &longer] {
                    assert_eq!(is_in(list, w), searched(list, w), "{w}");
                }
            }
            assert!(list.words().iter().any(|w| is_in(list, w)));
        }
        // Lengths from 31 bytes on share a bit; the search still decides.
        let long: &[&str] = &["abcdefghijklmnopqrstuvwxyzabcdefgh"];
        let words = Words::new(long);
        assert!(is_in(&words, long[0]));
        assert!(!is_in(&words, "abcdefghijklmnopqrstuvwxyzabcdefg"));
        assert!(!is_in(&words, ""));
    }

    #[test]
    fn speech_verbs_are_plain_lower_case_words() {
        // VERB_STARTS indexes their first three letters.
        for v in SPEECH_VERBS {
            assert!(v.len() >= MIN_VERB_LEN && v.bytes().all(|b| b.is_ascii_lowercase()));
        }
    }

    #[test]
    fn every_speech_verb_is_found_through_its_tables() {
        // VERB_STARTS and VERBS_FROM must reach each lemma from its own
        // letters.
        for v in SPEECH_VERBS {
            assert_eq!(speech_verb(v), Some((*v, VerbForm::Finite)), "{v}");
        }
    }

    #[test]
    fn inflections_reach_the_lemma() {
        assert_eq!(speech_verb("said"), Some(("say", VerbForm::Finite)));
        assert_eq!(speech_verb("adding"), Some(("add", VerbForm::Participle)));
        assert_eq!(speech_verb("admitted"), Some(("admit", VerbForm::Finite)));
        assert_eq!(speech_verb("argues"), Some(("argue", VerbForm::Finite)));
        assert_eq!(speech_verb("quipped"), Some(("quip", VerbForm::Finite)));
        assert_eq!(speech_verb("noting"), Some(("note", VerbForm::Participle)));
        assert_eq!(speech_verb("table"), None);
        assert_eq!(speech_verb("sadder"), None);
    }
}
