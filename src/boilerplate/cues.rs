//! Text cues: boilerplate recognised from a block's words alone.
//!
//! These are what is left when a page was flattened to text (a scraper's
//! output, a plain-text file): no tags, no classes, just the lines a
//! newsletter box, a chat widget or a login form printed. They apply to
//! structured pages as well.
//!
//! Every cue is guarded against ordinary news sentences that share its
//! words ("the company's newsletter", "hackers logged in to the account"):
//! a calls-to-action cue needs the block to be short **and** to speak to the
//! reader (you, your, we, our, us) or to start with an imperative verb, as
//! prompts do and reported news does not.

use crate::annotations::BoilerplateKind as Kind;
use regex::{Regex, RegexSet, RegexSetBuilder};
use std::sync::OnceLock;

mod credits;

/// Longest block, in words, that a call-to-action cue may flag. Promos and
/// prompts are a sentence or two; a longer block is narrative text even if
/// it mentions an inbox or a password.
const MAX_PROMPT_WORDS: usize = 40;

/// Longest block, in words, that a label cue ("Advertisement", "Share",
/// "Read more", a copyright line) may flag: labels are a few words.
const MAX_LABEL_WORDS: usize = 14;

/// Longest block, in words, that may be a bare time stamp. Longer than a
/// label: a published-and-updated pair with its zones runs to 16
/// (`Published 6:02 a.m. CT Nov. 26, 2026 | Updated 9:15 a.m. CT Nov. 26,
/// 2026`), and the pattern admits nothing but dates, times and their words.
const MAX_TIMESTAMP_WORDS: usize = 24;

/// Room for the lazy DFA of each cue set. With the default (2 MB) the
/// states of the many cue patterns matched together filled it, and
/// rebuilding them after each clear took an eighth of `extract`'s time on
/// dragnet (perf); at 8 MB it is 3 %, and 16 MB did no better. It grows
/// only as far as the text read needs.
const DFA_CACHE_BYTES: usize = 8 << 20;

/// A cue: a pattern, the kind it names, and whether it is a call to action
/// that needs the reader-address guard.
struct Cue {
    pattern: &'static str,
    kind: Kind,
    prompt: bool,
}

/// Month names and abbreviations, as they appear in datelines.
pub(super) const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

/// Social networks and news apps that a follow prompt points to.
macro_rules! network {
    () => {
        r"(?:twitter|x|facebook|instagram|tiktok|threads|youtube|linkedin|telegram|whatsapp|bluesky|mastodon|snapchat|reddit|pinterest|flipboard|google news|apple news|social(?: media)?)"
    };
}

/// What may close a label: punctuation, brackets, arrows — no more words.
macro_rules! label_end {
    () => {
        r"[^a-z0-9_]*$"
    };
}

/// A running time: `5 min`, `3:42`, `12-minute`, `7 mins`.
macro_rules! duration {
    () => {
        r"(?:about |approx\.? |~)?[0-9]{1,3}(?::[0-9]{2})?(?:[\s-]?(?:min(?:ute)?s?|sec(?:ond)?s?|h(?:ou)?rs?)\.?)?"
    };
}

/// Photo and wire agencies, as they sign a picture.
macro_rules! agency {
    () => {
        r"(?:getty(?: images)?|afp|agence france-presse|reuters|ap|associated press|epa(?:-efe)?|efe|shutterstock|alamy(?: stock photo)?|istock(?:photo)?|pa(?: images| wire| media)?|press association|bloomberg|xinhua|anadolu(?: agency)?|sipa(?: usa)?|rex(?: features)?|nurphoto|zuma(?: press| wire)?|tass|kyodo|ansa|dpa|imago|eyevine|upi)"
    };
}

/// The cues, most specific first: the first that fires names the kind.
/// Prompts (`prompt: true`) also need the block to speak to its reader
/// ([`speaks_to_reader`]).
const CUES: &[Cue] = &[
    Cue {
        // "We use cookies…", "Accept all cookies", "cookie settings".
        pattern: r"\bcookies?\b.*\b(?:accept|agree|consent|settings|preferences|policy|experience)\b|\b(?:we|this (?:web)?site) uses? cookies\b|\baccept (?:all )?cookies\b",
        kind: Kind::Cookie,
        prompt: false,
    },
    Cue {
        // Consent and privacy prompts without the word "cookie": "We value
        // your privacy", "Manage your consent preferences", "We and our
        // partners use tracking technologies", "Do not sell my data".
        pattern: r"\bvalue your privacy\b|\b(?:manage|review|update|change|withdraw) (?:your )?(?:consent|privacy|tracking|ad|data)(?: (?:preferences|settings|choices|options))?\b|\bprivacy (?:settings|preferences|choices|cent(?:er|re)|options)\b|\b(?:our|\d+) (?:vendors|partners)\b.*\b(?:data|tracking|technologies|ads|personali[sz])|\btracking technologies\b|\bdo not sell (?:or share )?my\b|\bby clicking\b.*\b(?:accept|agree|consent|continue|allow)\b|\bpersonali[sz]ed? (?:ads|advertising|content)\b|\blegitimate interest\b",
        kind: Kind::Cookie,
        prompt: true,
    },
    Cue {
        // Chat, help and contact widgets.
        pattern: r"\b(?:send|drop|leave) us (?:a|an)\b|\bget back to you\b|\bchat with (?:us|an?)\b|\b(?:we(?:'|’)?re|we are) (?:not around|offline|away|not available|currently (?:away|offline|unavailable))\b|\bhow (?:can|may|could|might) (?:we|i) (?:help|assist)\b|\bmessage us\b|(?:^|[.!?:]\s+)(?:talk|speak|chat) (?:to|with) (?:us|our (?:team|experts?|agents?|advis[eo]rs?)|an? (?:agent|advis[eo]r|expert|human|person|representative))\b|\b(?:type|write|enter) (?:your|a) (?:message|question|reply)\b|\bleave (?:us )?a message\b|^(?:send|write) (?:us )?a message\b|\b(?:agents?|advis[eo]rs?|operators?|team) (?:is|are) (?:currently |now )?(?:offline|away|unavailable|online|here)\b|\bask us\b|^start a (?:new )?(?:chat|conversation)\b|\bcustomer (?:service|support|care)\b|(?:^|[.!?:]\s+)(?:please )?contact (?:us|support)\b|\bneed (?:help|assistance|support)\b|\bhere (?:for|to help) you\b|\b(?:we(?:'|’)?re|we are|is|are) (?:here|happy|glad) to help\b|\blive chat\b|\b(?:usually|typically|normally) (?:reply|replies|respond|responds|answer|answers)\b|\b(?:team|agents?|we) (?:will|(?:'|’)ll) (?:reply|respond|get back)\b",
        kind: Kind::Widget,
        prompt: true,
    },
    Cue {
        // Login forms and registration walls.
        pattern: r"\b(?:log|sign)(?:ged)? ?(?:in|on|into)\b.*\b(?:account|credentials|password|username|e-?mail|details)\b|\b(?:forgot(?:ten)?|lost|can(?:'|’)?t remember|cannot remember) (?:your |my )?(?:password|details|username|login|credentials)\b|\b(?:create|register) (?:an?|your)? ?(?:free )?account\b|\bnot (?:yet )?(?:registered|a member)(?: yet)?\? (?:register|join|sign up)\b|\b(?:don(?:'|’)?t|do not) have an account\b|\bremember me\b|\breset (?:your )?password\b|\balready (?:a )?(?:registered|subscriber|member|signed up|have an account)\b|\b(?:sign|log) ?in to (?:continue|read|keep reading|comment|join|reply|post|access|save|unlock|view|see)\b|^(?:log ?in|sign ?in|log ?out|sign ?out|register|sign up|login / register|log in / register)$",
        kind: Kind::Login,
        prompt: true,
    },
    Cue {
        // Newsletter promos.
        pattern: r"\bnewsletters?\b|\binbox\b|\bnews e-?mails\b|\b(?:morning|evening|daily|weekly|weekday|weekend) (?:briefing|digest|bulletin|e-?mail|round-?up)s?\b|\bin your e-?mail\b|\bsign(?:ing)? ?up\b|\bdelivered\b.*\b(?:mornings?|evenings?|daily|weekly|every)\b|\bstraight to your\b",
        kind: Kind::Newsletter,
        prompt: true,
    },
    Cue {
        // The small print under a sign-up form: "You can unsubscribe at any
        // time", "We will never share your email address", "By entering
        // your email you consent to …". Only the form's own wording: a
        // story says a company "would not sell your data", never "we".
        pattern: r"\bunsubscribe (?:at )?any ?time\b|\bwe(?: will| would|(?:'|’)ll)? (?:never|not|won(?:'|’)t|do not|don(?:'|’)t) (?:share|sell|rent|pass on|give away) your (?:e-?mail|information|data|details|address)\b|\bby (?:entering|submitting|providing|giving (?:us )?) ?your (?:e-?mail|details|information)\b",
        kind: Kind::Newsletter,
        prompt: true,
    },
    Cue {
        // Sign-up form notices that do not address the reader: "Privacy
        // Notice: Newsletters may contain info about charities, online
        // ads…", "This site is protected by reCAPTCHA and the Google
        // Privacy Policy and Terms of Service apply". A privacy notice
        // opening a block is a form's label, not a story's sentence. A
        // sign-up box's skip link and end marker ("Skip past newsletter
        // promotion", "after newsletter promotion") are the box's too.
        pattern: r"^privacy notice\s*:|\bprotected by recaptcha\b|^(?:skip past |after )newsletter promotion\b",
        kind: Kind::Newsletter,
        prompt: false,
    },
    Cue {
        // Wire-copy rights notices, too long for the copyright label:
        // "Copyright 2008 The Associated Press. All rights reserved. This
        // material may not be published, broadcast, rewritten or
        // redistributed." Both halves are needed: a story about a
        // copyright case says "may not be published" without the notice.
        pattern: r"(?:©|\(c\)|\bcopyright\s*(?:©|\(c\))?\s*\d{4}\b|\ball rights reserved\b).*\bmay not be (?:re)?(?:published|produced|copied|distributed|used)\b",
        kind: Kind::Copyright,
        prompt: false,
    },
    Cue {
        // Paywalls, metering, subscription offers and support appeals:
        // "You have reached your limit of free articles", "Subscribe for
        // $1 a week", "Only $4 a month. Cancel anytime.", "Support
        // independent journalism", "Donate now", "Support us today",
        // "Check whether you already have access via your university", "If
        // you value what we do, we have a request", "A note to our readers".
        pattern: concat!(
            r"\bsubscri(?:be|ption|bers?)\b|\bunlimited (?:digital )?access\b|\b(?:continue|keep) reading\b|\bfull access\b",
            r"|\bsupport (?:our|independent|quality|local|nonprofit|trusted|fearless)(?: [a-z-]+)? (?:journalism|newsroom|reporting|work|mission|journalists)\b",
            r"|\bfree (?:articles?|stories|reads|trial)\b|\b(?:reached|hit|used (?:up|all)) (?:your|the) (?:limit|maximum|quota|allowance)\b|\b[0-9]+ of [0-9]+ free\b",
            r"|\bunlock (?:this|the|full|unlimited|all|every)\b|\bbecome a (?:member|subscriber|supporter|patron|donor|friend)\b|\bpremium (?:members?|subscribers?|content|access|articles?|stories)\b|\b(?:members?|subscribers?)[- ]only\b",
            r"|\bcancel (?:at )?any ?time\b|\b(?:just|only) (?:\$[0-9]+(?:\.[0-9]{2})?|[0-9]+ cents)\b|\bgive to our\b",
            r"|\bread (?:this|the full|the rest of (?:this|the)) (?:article|story)\b|\bregister (?:now |today |for free )?to (?:read|continue|keep|comment|access|unlock)\b",
            r"|^(?:please )?donate\b|\bdonate (?:now|today|here|monthly)\b|\b(?:make|give) a (?:one-time |monthly |small |tax-deductible )?(?:donation|contribution|gift)\b|\bchip in\b|\bgive (?:now|today|monthly|once)\b",
            r"|\bconsider (?:supporting|donating|subscribing|a (?:donation|contribution|gift))\b|\breaders like you\b|\bthanks? (?:you )?for reading\b|\bpay ?wall\b",
            r"|\bsupport (?:it|us) (?:today|now|from|for)\b|\balready have access\b",
            r"|\bif you (?:value|appreciate|enjoy(?:ed)?|liked?|rely on) (?:what we do|our (?:work|journalism|reporting|coverage)|this (?:story|article|reporting|work))\b",
            r"|\bwe have a (?:small )?(?:request|favou?r to ask|proposition for you)\b|\bhelp us keep (?:digging|reporting|going|doing this)\b|^an? (?:note|word|message) to our (?:loyal |valued )?readers\b",
        ),
        kind: Kind::Subscribe,
        prompt: true,
    },
    Cue {
        // Social-follow prompts: "Follow us on Instagram", "Join the
        // conversation on Facebook", "Follow Jane Doe on X @janedoe",
        // "Join our WhatsApp channel".
        pattern: concat!(
            r"\b(?:follow|like|find|join|be part of|connect with|keep up with|catch|check out|subscribe to) (?:us|me|[a-z0-9@'’.&-]+(?: [a-z0-9@'’.&-]+){0,4}) (?:on|via|at) ",
            network!(),
            r"\b|\bjoin (?:us on |our )",
            network!(),
            r" (?:channel|group|community|page)\b|\bfollow (?:us|me|@[a-z0-9_]+)\b|\bwe(?:'|’)?re (?:now )?on ",
            network!(),
            r"\b",
        ),
        kind: Kind::Promo,
        prompt: true,
    },
    Cue {
        // Tip lines: "Got a tip?", "Got a story? Email newsdesk@…",
        // "Send us your tips", "Get in touch
        // securely", "Share your story with our reporters".
        pattern: r"\b(?:got|have|has|with) an? (?:news |story )?(?:tip|story idea|scoop)\b|\b(?:got|have you got|do you have) a (?:news )?story(?: for us)?\?|\b(?:news ?desk|newsroom)@|\b(?:send|submit) (?:us )?(?:your |a |news )?(?:tips?|story ideas?)\b|\btips?@|\bcontact (?:our|the) (?:newsroom|news desk|reporters?|editors?)\b|(?:^|[.!?:]\s+)get in touch\b|\bshare your (?:story|stories|experiences?|tips?|photos?|videos?)\b|\bknow something we\b|\btip us\b|\b(?:want|love|like) to hear from you\b|\b(?:have|got) (?:any )?(?:information|info|something to share)\b|\b(?:reach|contact|message) (?:us|our (?:team|newsroom|reporters?|journalists?))\b|\blet us know[^a-z0-9_]*$|\bsecurely (?:contact|share|send)\b",
        kind: Kind::Promo,
        prompt: true,
    },
    Cue {
        // App and notification prompts: "Download our app", "Turn on
        // notifications", "Get breaking news alerts", "Keep up with more
        // stories like this", "Forward it to a friend", "Follow the latest
        // in our live blog". The app's name may hold digits and `&`
        // ("Download the KXTV 9 News app").
        pattern: r"\b(?:download|get|install|open) (?:the |our |it (?:on|in) the )?(?:[a-z0-9&'’.]+ ){0,3}app\b|\b(?:turn on|enable|allow|activate|switch on|sign up for|get) (?:our |push |browser |breaking[- ]news |news |desktop |email )*(?:notifications|alerts)\b|\bnever miss an? (?:story|thing|beat|headline|moment|update)\b|\b(?:read|open|continue|view|watch) (?:this |it )?in (?:the|our) app\b|\bkeep up(?: to date)? with more stories like this\b|\bforward (?:it|this|the)(?: (?:e-?mail|newsletter|story|article))? to a friend\b|^follow (?:(?:the|our) )?(?:latest|live)\b",
        kind: Kind::Promo,
        prompt: true,
    },
    Cue {
        // The page talking about what it cannot show: "Enable JavaScript
        // to view this content", "Your browser does not support the video
        // tag", "This video is no longer available".
        pattern: r"\b(?:enable|turn on|activate|allow) javascript\b|\bjavascript (?:is )?(?:disabled|required|turned off|not enabled|must be enabled)\b|\brequires javascript\b|\byour browser (?:does not|doesn(?:'|’)t|is not|isn(?:'|’)t|cannot|can(?:'|’)t|is out of date|is outdated)\b|\b(?:update|upgrade) your browser\b|\b(?:this|the) (?:video|content|media|audio|page|feature|embed|player|item|service) (?:is |are )?(?:no longer|not|currently not|not currently|temporarily not|currently un|un)\s?(?:available|accessible|supported)\b|\bnot available in your (?:region|country|area|location)\b|\b(?:this|the) (?:video|content|post|page|media|embed) (?:has been|was) (?:removed|deleted|taken down)\b|\bcannot be (?:played|displayed|loaded|shown)\b|\bavailable (?:as|in) (?:an? )?(?:audio|podcast)\b",
        kind: Kind::Widget,
        prompt: true,
    },
    Cue {
        // A page's note on its own machine-made parts: "These key points
        // were generated with the help of AI", "This audio is
        // AI-generated", "Summary generated by AI". The note must open on
        // the page's own furniture (a summary, an audio version, this
        // article) and name AI: a story's sentence about AI-made images
        // ("The images were generated by AI, police said") names other
        // things, and "This story was produced in partnership with …" is
        // the story's own credit.
        pattern: concat!(
            r"^(?:(?:these|this|the|our) (?:key points|summary|summaries|takeaways|highlights|bullet points|audio(?: version)?|translation|narration|(?:article|story) summary)|(?:this|our) (?:article|story|text|content|page))",
            r" (?:was|were|is|are|has been|have been) (?:[a-z]+ )?(?:(?:generated|created|produced|written|drafted|summari[sz]ed|translated|narrated|voiced|assisted)\b.*\b(?:ai|artificial intelligence)\b|ai[- ]generated\b)",
            r"|^(?:summary |audio |text )?(?:ai[- ]generated|(?:generated|created|produced|narrated|voiced) (?:by|with|using) (?:ai|artificial intelligence))\b|\bread (?:our|more about our) (?:ai|artificial intelligence) (?:policy|principles|guidelines|standards)\b",
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // A funder's note printed under every story of a wire: "The
        // Associated Press receives support from several private
        // foundations … The AP is solely responsible for all content." The
        // disclaimer must close the block: "The platform is solely
        // responsible for content moderation, the court found" goes on.
        pattern: r"\bsolely responsible for (?:all )?(?:its |the |our )?(?:content|coverage|journalism)[^a-z0-9_]*$",
        kind: Kind::Footer,
        prompt: false,
    },
    Cue {
        // Ad-blocker notices: "We've noticed you're using an ad blocker",
        // "Please whitelist us". Worded to the reader, so an article about
        // ad blocking ("The rise of ad blocking poses a threat …") is not
        // one.
        pattern: r"\bnoticed (?:that )?you(?:'|’)?(?:re| are) (?:using an? )?ad ?block|\b(?:turn off|disable|pause|switch off) your ad ?block|\bwhitelist(?:ing)? us\b|\b(?:allowlist|whitelist) (?:our|this) (?:site|website)\b",
        kind: Kind::Ad,
        prompt: false,
    },
];

/// Labels: a whole short block that is only this.
const LABELS: &[Cue] = &[
    Cue {
        // The lines of a login form that do not speak to the reader: its
        // field labels, check boxes, sign-in buttons and password rules.
        pattern: concat!(
            r"^(?:remember me|keep me (?:signed|logged) in|(?:having )?(?:trouble|problems?) (?:logging|signing) ?(?:in|on)\??)$",
            r"|^(?:user ?name|e-?mail(?: address)?)(?: (?:or|/) (?:user ?name|e-?mail(?: address)?))?$",
            r"|^(?:(?:new|confirm|show|hide) )?password$",
            r"|^(?:(?:sign|log) ?in|continue|sign up) with (?:google|facebook|apple|twitter|x|microsoft|linkedin|e-?mail)$",
            r"|^(?:your )?password (?:must|should) (?:be|contain|include|have)\b",
        ),
        kind: Kind::Login,
        prompt: false,
    },
    Cue {
        // Ad slots and "story continues below" markers, alone or chained:
        // "Advertisement - scroll to continue", "Skip advertisement".
        pattern: concat!(
            r"^(?:(?:advertisement|advertising|ads?|sponsored(?: content| post| links?)?|paid (?:content|post|partnership)|promoted(?: content)?|partner content|(?:the )?(?:story|article|content|text|report|post) continues (?:below|after|under|beneath)(?: (?:this|the))?(?: (?:advertisement|ad|ads|video|message))?|continue reading(?: (?:below|the main story|after (?:the|this) (?:ad|advertisement)))?|scroll (?:down )?to continue(?: (?:reading|with content))?|skip (?:this |the )?(?:ad|advertisement))(?:[^a-z0-9_]+|$))+",
            label_end!()
        ),
        kind: Kind::Ad,
        prompt: false,
    },
    Cue {
        pattern: r"^(?:©|\(c\)|copyright\b\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b",
        kind: Kind::Copyright,
        prompt: false,
    },
    Cue {
        // Comment counters and headers: "Comments (12)", "View 48
        // comments", "Join the discussion", "Comments are closed".
        pattern: concat!(
            r"^(?:[0-9,]+ )?(?:comments?|replies|responses|reactions|conversation|discussion)(?:[\s:]*\(?[0-9,]+\)?)?",
            label_end!(),
            r"|^(?:view|show|read|see|load|hide|display|open|jump to|go to|skip to)(?: all| the| more| the latest)?(?: [0-9,]+)?(?: more| new| reader)? (?:comments?|replies|responses)\b",
            r"|^(?:join|start|enter) the (?:discussion|conversation|debate)",
            label_end!(),
            r"|^(?:there are )?no comments(?: yet)?\b|^(?:leave|add|post|write|submit) (?:a|your|the first) (?:comment|reply|response)\b|^be the first to (?:comment|reply|respond)\b|^comments? (?:are|is|have been) (?:now )?(?:closed|disabled|turned off|moderated)\b",
        ),
        kind: Kind::Comments,
        prompt: false,
    },
    Cue {
        // Read more, and widget headings used alone ("Most popular",
        // "Trending now", "More from Politics") or before a teaser after a
        // separator ("Related: …"). Alone, because the same words open
        // sentences ("Most popular among voters was …").
        pattern: concat!(
            r"^(?:read|see|view|show|load) (?:more|all|the full story|full story|next)\b|^(?:more|related) (?:stories|articles|news|on this)\b",
            r"|^(?:(?:related|recommended)(?: (?:coverage|stories|articles|content|topics|links|videos?|news|reading|posts|for you))?|also (?:read|see)|(?:read|see) also|read next|more on this(?: story)?|must read|icymi|in case you missed it|(?:do ?n(?:'|’)?t) miss(?: this)?)",
            r"(?:\s*[:|»›•–—-]\s+.*|",
            label_end!(),
            r")|^(?:most (?:read|popular|viewed|shared|commented|emailed|watched|recent)(?: (?:stories|articles|news|today|this week|now|right now))?",
            r"|(?:trending|popular)(?: (?:now|right now|today|stories|news|articles|topics|this week))?|top (?:stories|news|headlines|picks|videos|reads)(?: (?:today|now|this week))?",
            r"|latest (?:news|stories|headlines|updates|videos)|editor(?:'|’)?s?(?:'|’)? (?:picks?|choices?|recommendations)",
            r"|(?:you|you(?:'|’)ll) (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in)|more (?:stories|articles|news|videos|headlines|coverage)",
            r"|more (?:from|in|on|about) (?:the )?[a-z0-9&'’.-]+(?: [a-z0-9&'’.-]+){0,2}|(?:what|things) to (?:read|watch) next|(?:read|watch) this next|watch next|up next|next up",
            r"|further reading|in other news|around the web|from (?:the web|our partners)",
            r"|(?:related )?topics|explore more|explore (?:more on )?(?:these|this|related) topics?|more on (?:these|this) topics?)",
            label_end!(),
        ),
        kind: Kind::Related,
        prompt: false,
    },
    Cue {
        // Page navigation printed as a line: "Back to top", "Skip to main
        // content", "Toggle navigation".
        pattern: concat!(
            r"^(?:(?:back|return|go|scroll) to (?:the )?(?:top|home(?:page)?|menu)|skip (?:to|over)?(?: the)?(?: main)? ?(?:content|navigation|nav|search|footer|article|menu)|jump to (?:the )?(?:main )?(?:content|navigation|comments)",
            r"|toggle (?:the )?(?:navigation|menu|search)|(?:open|close|main|show|hide) (?:the )?(?:menu|navigation|search)|menu|search|sections)",
            label_end!(),
        ),
        kind: Kind::Navigation,
        prompt: false,
    },
    Cue {
        // Footer link rows: "Privacy Policy | Terms of Use | Contact us".
        pattern: concat!(
            r"^(?:(?:privacy(?: policy| notice| statement)?|terms(?: (?:of (?:use|service)|and conditions|& conditions))?|cookie (?:policy|notice)|contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|site ?map|accessibility(?: statement)?|help(?: cent(?:er|re))?|faqs?|ethics policy|masthead|rss(?: feeds?)?)(?:\s*[|•·,/]\s*|\s*$))+",
            label_end!(),
        ),
        kind: Kind::Footer,
        prompt: false,
    },
    Cue {
        // A publisher's pledge printed under every story: "Our Standards:
        // The Thomson Reuters Trust Principles.", "Editorial Standards".
        // The label alone, or with a colon and a short name: a sentence
        // that opens with the words ("Our standards have slipped, the
        // union said") goes on.
        pattern: concat!(
            r"^(?:our (?:editorial )?standards|editorial (?:standards|guidelines)(?: and practices)?)(?:\s*:[^:]{0,80}?)?",
            label_end!(),
        ),
        kind: Kind::Footer,
        prompt: false,
    },
    Cue {
        // Consent buttons and links: "Accept all", "Manage preferences".
        pattern: concat!(
            r"^(?:(?:accept|reject|decline|refuse|agree|allow|deny|confirm)(?: (?:all|selected|necessary|essential|required|optional))?(?: (?:cookies|and (?:continue|close)|choices|my choices))?",
            r"|(?:manage|customi[sz]e|change|update|cookie|privacy|consent|ad) (?:preferences|settings|options|choices)|(?:manage|customi[sz]e|change|update) (?:my )?cookies|(?:i|we) (?:agree|accept)|(?:ok(?:ay)?,? )?got it|(?:only )?(?:strictly )?necessary cookies(?: only)?)",
            label_end!(),
        ),
        kind: Kind::Cookie,
        prompt: false,
    },
    Cue {
        // Audio and video players and reading times: "Listen to this
        // article · 5 min", "4 min read", "Reading time: 6 minutes".
        pattern: concat!(
            r"^(?:audio\W+)?(?:listen|play|hear)(?: to)?(?: (?:this|the|our))?(?: (?:article|story|audio|podcast|episode|report|version|now))?(?: version)?(?: of (?:this|the) (?:article|story))?(?:[^a-z0-9_]+",
            duration!(),
            r")?",
            label_end!(),
            r"|^(?:estimated |approx(?:imate|\.)? )?(?:(?:reading|read|listening|listen|audio|running) (?:time|length|duration)|time to (?:read|listen))\W*",
            duration!(),
            label_end!(),
            r"|^",
            duration!(),
            r"[\s-]?(?:read|listen|watch|reading|video|audio)",
            label_end!(),
            // A byline line may end in its reading time: `Helen Marsh
            // November 26, 2026 5 min read`. Only a unit before `read`:
            // `the 20 minutes read Wings 16, Canucks 5` is a sentence.
            r"|[\s·|•,–—-][0-9]{1,3}[\s-]?min(?:ute)?s?\.?[\s-]read",
            label_end!(),
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // Page tools and their status lines: "Copy link", "Print this
        // page", "Report an error", "Click to expand", "Link copied!",
        // "Loading…", "Was this article helpful? Yes No". Only tool verbs
        // and the things tools act on.
        pattern: concat!(
            r"^(?:please )?(?:copy|print|save|bookmark|cite|embed|report|translate|download|expand|collapse|close|open|toggle|reload|refresh|retry|zoom|enlarge|click|tap|watch|play|email|gift|reuse)",
            r"(?: (?:this|the|a|an|to|in|on|or|and|full|our|your|link|url|page|article|story|post|video|audio|image|photo|gallery|slideshow|menu|error|correction|typo|mistake|issue|problem|transcript|citation|fullscreen|full screen|screen|captions|subtitles|expand|app|pdf|version|clipboard|size|text|sound|enlarge|zoom|play|view|open|reading list|list|later|favou?rites|bookmarks|content))*",
            label_end!(),
            r"|^(?:(?:font|text) size|loading|please wait|link copied|copied(?: to clipboard)?|(?:video|content|audio|image) unavailable|(?:the )?(?:video|player|content|page|media)(?: player)? is loading|(?:live )?chat (?:is )?(?:(?:currently|now) )?(?:unavailable|offline|closed|online|open)|customer (?:service|support|care)|live (?:chat|support|help)|chat(?: now| with us| online)?|was this (?:article|story|page|information|content|answer) (?:helpful|useful)\??(?: yes no)?",
            r"|(?:this |the )?(?:video|content|media|audio|image|embed|page|player) (?:is )?(?:currently |temporarily )?(?:not available|unavailable|no longer available))",
            label_end!(),
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // A live blog's controls and badges: "Show key events only",
        // "Newest first", "3 new updates", "Auto-update on", "Pinned
        // post", a "LIVE" badge alone.
        pattern: concat!(
            r"^(?:show|view|see) (?:key events|key moments|all (?:posts|updates|events)|(?:the )?latest(?: (?:posts?|updates?))?)(?: only)?",
            label_end!(),
            r"|^(?:(?:newest|oldest|latest) first|[0-9]+ new (?:posts?|updates?|entries)|auto-?(?:update|refresh)s?(?: (?:on|off|is on|is off))?|pinned(?: (?:post|message|update|entry))?|live(?: now| updates| blog)?)",
            label_end!(),
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // A live blog's list of highlights, by its heading: "Key events",
        // and its links to the latest entries.
        pattern: concat!(
            r"^(?:key (?:events|moments|updates)|(?:jump|skip|go) to (?:the )?(?:latest|newest|most recent) (?:posts?|updates?|entry|entries))",
            label_end!(),
        ),
        kind: Kind::Navigation,
        prompt: false,
    },
    Cue {
        // Archive notices: "This article is more than 2 years old".
        pattern: r"^this (?:article|story|piece|content|page) is (?:more than|over) (?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) old",
        kind: Kind::Timestamp,
        prompt: false,
    },
    Cue {
        // A chat widget's greeting and its offline notice, which speak as
        // "I" or to nobody: "Hi! How can I help?", "Offline - leave a
        // message".
        pattern: concat!(
            r"^(?:(?:hi|hello|hey)(?: there)?[^a-z0-9_]+)*how (?:can|may|could) (?:i|we) (?:help|assist)(?: you)?(?: today)?[^a-z0-9_]*$",
            r"|^(?:we(?:'|’)?re |we are )?(?:offline|away)[^a-z0-9_]+(?:please )?(?:leave|send) (?:us )?a message[^a-z0-9_]*$",
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // Error notices of page widgets: "Something went wrong. Please try
        // again.", "Oops! An error occurred.", and a sign-up form's
        // "Please enter a valid email address" / "Invalid email address".
        pattern: r"^(?:oops\W+)?(?:something went wrong|an error (?:has )?occurred)\b|^(?:please )?(?:enter a valid|invalid) e-?mail\b",
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // Subscription prices on their own: "$2 for 2 months", "Only $1 a
        // week".
        pattern: r"^(?:(?:just|only) )?\$[0-9]+(?:\.[0-9]{2})? (?:for|a|per|/|every) (?:[0-9]+ )?(?:weeks?|months?|years?|days?)\b",
        kind: Kind::Subscribe,
        prompt: false,
    },
    Cue {
        // App-store badges: "Available on the App Store and Google Play".
        pattern: r"^(?:available|download(?: it)?|get it) (?:now )?(?:on|from|at|in) (?:the )?(?:apple )?(?:app store|google play)\b",
        kind: Kind::Promo,
        prompt: false,
    },
    Cue {
        // Photo credits as a line of their own: "Photo: Getty Images",
        // "Image copyright AFP", "(AP Photo/Evan Vucci)", "REUTERS/Kevin
        // Lamarque", "AFP via Getty Images".
        pattern: concat!(
            r"^\(?(?:file |staff |handout |pool )?(?:photo(?:graph|graphy)?|image|picture|pic|illustration|graphic|footage|credit|photo credit|image credit|image source|image copyright|image caption|caption|photo illustration)s?\s*(?:by\b|:|©|/|\||\.{2,3}|…|copyright\b|credit\b|courtesy\b|source\b)",
            r"|^(?:file|stock|handout|pool|archive) (?:photo(?:graph)?|image|picture)s?",
            label_end!(),
            r"|^\([a-z.'’-]+(?: [a-z.'’-]+)+ ?/ ?[a-z.'’ -]+\)",
            label_end!(),
            r"|^\((?:",
            agency!(),
            r" )?(?:file |pool |staff )?(?:photo(?:graph)?s?|images?)\b[^)]*\)",
            label_end!(),
            r"|^(?:[a-z.'’ -]+(?:/| via | for ))?",
            agency!(),
            r"(?:\s*(?:/|via|for)\s*[a-z.'’ -]+)?",
            label_end!(),
        ),
        kind: Kind::Caption,
        prompt: false,
    },
];

/// Cues read only after the model has decided, on the blocks it keeps
/// (see `after_model` in the parent module). The model was trained with
/// [`CUES`] and [`LABELS`]; a new cue there changes what it learns from
/// every training page that holds its words, and each retrain moves the
/// held-out corpora by about ±0.0005 whatever the cue does. These cues
/// were added for modern page furniture that the training pages hardly
/// hold, so they flag only the blocks they name and leave the model as it
/// is.
const LATE_CUES: &[Cue] = &[
    Cue {
        // A copyright notice too long for a label: "© Reuters 2008. All
        // rights reserved. Republication or redistribution …" (before the
        // captions, whose photographer's `©` it shares).
        pattern: r"^©.*\b(?:all rights reserved|republication|reproduc(?:e|tion)|licen[cs]ed for)\b",
        kind: Kind::Copyright,
        prompt: false,
    },
    Cue {
        // A caption signed at its end, the credit in brackets: "Protesters
        // at the gate (Image: GETTY)", "The senator in Reno (AP
        // Photo/John Locher)", "(Photo by Jane Doe/Getty Images)", or
        // after `©` ("installation views, photos © Inexhibit, 2018"); or
        // opening on the photographer's `©` ("© John Brecher Needle
        // poking skin …"). A story's sentence neither ends on a picture's
        // credit nor opens on `©`.
        pattern: r"\((?:[a-z.'’ -]+ )?(?:photo(?:graph)?|image|picture|pic)s?\s*(?::|/|\bby\b)[^()]{1,60}\)\W*$|\b(?:photo(?:graph)?|image|picture)s? ©\s*[a-z][^,©]{0,40}(?:,\s*[0-9]{4})?\W*$|^©\s*[a-z]\S*(?: \S+){5,}",
        kind: Kind::Caption,
        prompt: false,
    },
    Cue {
        // Affiliate disclosures: "When you buy through our links, we may
        // earn a commission", "This post contains affiliate links". Only
        // the page speaking of itself: a story says a company "earns a
        // commission", not "we may".
        pattern: r"\bwe (?:may |might |could |can )?(?:earn|receive|get|make) (?:a |an )?(?:small )?(?:affiliate )?commission\b|\b(?:this|the|our) (?:post|article|page|story|review|guide|site) (?:may )?contains? affiliate links\b",
        kind: Kind::Ad,
        prompt: true,
    },
    Cue {
        // A newsletter's description of itself under a sign-up form: "X is
        // a reader-supported publication." It names no reader, so it is
        // no prompt; a story calls an outlet "reader-supported" but does
        // not say it "is a reader-supported publication".
        pattern: r"\bis an? (?:reader|listener|viewer|member|subscriber)-supported (?:publication|newsletter|site|newsroom|outlet|podcast)\b",
        kind: Kind::Subscribe,
        prompt: false,
    },
    Cue {
        // A science-news feed's notices under every story: "This document
        // is subject to copyright. …", "Citation: <title> (2026, November
        // 27) retrieved 28 November 2026 from https://…", "This article
        // has been reviewed according to <site>'s editorial process and
        // policies." Each opens the block, as a notice does.
        pattern: r"^this (?:document|article|story|page|content|material|work) is (?:subject to|protected by) copyright\b|^citation\s*:.*\bretrieved\b.*\bfrom https?://|^this (?:article|story|piece|content) (?:has been|was|is) (?:reviewed|checked|fact-checked|edited) (?:according to|in accordance with|under|following)\b",
        kind: Kind::Footer,
        prompt: false,
    },
    Cue {
        // A paywalled post's badge: "Member-only story", "Subscriber-only
        // article". The noun is needed: "Members only" heads the entries
        // of a club's page.
        pattern: concat!(
            r"^(?:members?|subscribers?|premium|paid)[- ]only (?:story|article|content|post|feature)",
            label_end!()
        ),
        kind: Kind::Subscribe,
        prompt: false,
    },
    Cue {
        // Follow prompts of today's platforms: "Add us as a preferred
        // source on Google", "Tap here to get the latest news delivered
        // to your phone". The news must be named: a review's "Click here
        // to get more information or download this game" is in AEB's gold.
        pattern: r"\b(?:add|set|make) (?:us|[a-z0-9&'’.-]+(?: [a-z0-9&'’.-]+)?) (?:as )?(?:a |your )?preferred source\b|^(?:tap|click) here to (?:get|receive) (?:the )?(?:latest|breaking|top) (?:news|headlines|stories|updates)\b|^(?:tap|click) here to (?:sign up|subscribe|follow us)\b",
        kind: Kind::Promo,
        prompt: true,
    },
    Cue {
        // A wire's pointer to its topic page: "Follow AP's coverage of
        // extreme weather at https://…", "Find more of our coverage of the
        // election at …", "Follow the Herald's full coverage of …". No
        // story opens a sentence this way.
        pattern: r"^(?:follow|find|read|see) (?:all |more of )?(?:the )?[a-z0-9'’.&-]+(?:(?:'|’)s)? (?:full |latest |complete )?coverage (?:of|on|at)\b",
        kind: Kind::Promo,
        prompt: true,
    },
    Cue {
        // "Read also" and ad labels in the languages of Europe's big news
        // sites ("Lire aussi", "Mehr zum Thema", "Leer más", "Anzeige",
        // "Publicité"), alone or before a teaser, a video player's "Ad
        // Feedback" link and a sponsor's "Supported by". The English
        // "Related" labels are among the model's cues.
        pattern: concat!(
            r"^(?:(?:à )?lire aussi|voir aussi|mehr zum thema|lesen sie (?:auch|mehr)|auch interessant|(?:leer|lea) (?:más|también)|más información|te puede interesar|leia também|leggi anche|читайте также)(?:\s*[:|»›•–—-]\s+.*|",
            label_end!(),
            r")",
        ),
        kind: Kind::Related,
        prompt: false,
    },
    Cue {
        pattern: concat!(
            r"^(?:anzeige|werbung|publicité|publicidad|pubblicità|реклама|(?:video )?ad feedback|supported by|advert)",
            label_end!()
        ),
        kind: Kind::Ad,
        prompt: false,
    },
    Cue {
        // Where to send tips, in an author's box: "Story tips can be sent
        // to jane@…". A story's appeal for information ("Tips can be
        // submitted anonymously to Crime Stoppers") names no story.
        pattern: r"\b(?:story|news) tips? (?:can|may|should) be (?:sent|emailed|submitted|directed)\b",
        kind: Kind::Promo,
        prompt: false,
    },
    Cue {
        // A publisher's pitch for its own products: "Get the latest trade
        // news with X Pro. Request a demo", "… explainers and analyses
        // brought to you by our award-winning team".
        pattern: r"\brequest a (?:free )?demo\b|\bbrought to you by our\b",
        kind: Kind::Promo,
        prompt: true,
    },
    Cue {
        // A comment form's notices: "The comments below have not been
        // moderated.", "By posting your comment you agree to our house
        // rules."
        pattern: r"\bcomments? (?:below|above) (?:have|has) not been (?:moderated|checked|reviewed|vetted)\b|^by (?:posting|submitting|leaving) (?:a |your )comments?\b",
        kind: Kind::Comments,
        prompt: false,
    },
    Cue {
        // Support appeals that open on the ask: "Fund independent
        // journalism with £5 per month", "Your support makes this
        // reporting possible."
        pattern: r"^fund (?:our |independent |quality |trusted )?(?:journalism|reporting|newsroom)\b|^your (?:support|donations?|gifts?|contributions?) (?:makes?|made|keeps?|helps?)\b",
        kind: Kind::Subscribe,
        prompt: false,
    },
    Cue {
        // Corrections and feedback prompts: "To report a correction or
        // typo, please email …", "Have feedback? Email us at …".
        pattern: r"^(?:have|got|any) (?:feedback|questions?|comments?)\?",
        kind: Kind::Widget,
        prompt: true,
    },
    Cue {
        pattern: r"^to report an? (?:correction|error|typo|mistake)\b.*\b(?:e-?mail|contact|write to)\b",
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // A newsroom's row of links under the story: "Corrections and
        // clarifications | Submit a news tip | Report error". The label
        // must stand alone or before a bar: "Report an error to the
        // county clerk, residents were told" goes on.
        pattern: concat!(
            r"^(?:corrections (?:and|&) clarifications|report (?:an? )?(?:error|typo|correction|inaccuracy)|submit an? (?:news )?(?:tip|correction))(?:\s*[|•·]|",
            label_end!(),
            r")",
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // A metered paywall's counter: "You've read 1 article in the last
        // month", "You have read 3 of your 5 free stories".
        pattern: r"^you(?:(?:'|’)ve| have) read [0-9]+ (?:of your [0-9]+ )?(?:free )?(?:articles?|stories)\b",
        kind: Kind::Subscribe,
        prompt: false,
    },
    Cue {
        // Buttons and badges of modern article pages, alone: "Remind me in
        // January", "Summarize this article", "Leer en español", "Listen
        // to this article 5:12 min Learn more", a collapsed story's "Read
        // less" (its "Read more" is among the model's labels), a recipe's
        // "Jump to recipe", a review's "Check price on Amazon", a
        // podcast's "Listen on Spotify", "Save article for later".
        pattern: concat!(
            r"^(?:remind me (?:later|in [a-z]+|next (?:week|month|year))|summari[sz]e (?:this|the) (?:article|story|page)|leer en español|read in english|lire en français|auf deutsch lesen|read (?:this|the) (?:article|story) in [a-z]+|(?:read|show|see|view) less",
            r"|(?:jump to|save) (?:the |this )?recipe|check (?:the )?(?:latest )?prices? (?:on|at) [a-z.]+(?: [a-z.]+)?|listen on (?:apple podcasts|spotify|google podcasts|amazon music|youtube music|pocket casts|overcast)|save (?:this )?(?:article|story) for later|about sharing)",
            label_end!(),
            r"|^listen to this (?:article|story)\b[^.!?]{0,40}$",
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // Share counters: "87 shares", "1.2k likes", "This story has been
        // shared 1,203 times".
        pattern: concat!(
            r"^[0-9][0-9,.]*k? (?:shares|likes|reposts|restacks|views|reads)",
            label_end!(),
            r"|^this (?:story|article|post) has been shared [0-9,]+ times?\b",
        ),
        kind: Kind::Share,
        prompt: false,
    },
    Cue {
        // Notices of scripted page parts that did not run: "This
        // slideshow requires JavaScript.", "Please enable JavaScript to
        // view this map", a player's end card, "Thanks for watching!",
        // and a gallery's "Back to Gallery".
        pattern: concat!(
            r"^(?:this|the) (?:slideshow|gallery|video|player|map|chart|graphic|interactive|content|feature) requires? javascript\b|^(?:please )?(?:enable|turn on) javascript (?:to|in order to)\b|^(?:thanks? (?:you )?for watching|back to (?:the )?gallery)",
            label_end!(),
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // A site's teaser of its own stories by its name: "Also on rt.com
        // <headline>", "On HoustonChronicle.com: <headline>". A story
        // says "also on Twitter", not a domain; and the label over a
        // site's own teasers, "More Great WIRED Stories".
        pattern: concat!(
            r"^also on [a-z0-9-]+(?:\.[a-z]{2,})+\b|^on [a-z0-9-]+(?:\.[a-z]{2,})+\s*:",
            r"|^more (?:great |top )?(?:[a-z0-9'’&.-]+ ){0,2}stories",
            label_end!(),
        ),
        kind: Kind::Related,
        prompt: false,
    },
    Cue {
        // A section's follow prompt: "Follow The New York Times Opinion
        // section on Facebook, Twitter (@NYTopinion) and Instagram." A
        // story does not open a sentence telling its reader to follow.
        pattern: r"^follow (?:[a-z0-9'’&.@()-]+ ){1,6}on (?:facebook|twitter|instagram|x|linkedin|tiktok|youtube|threads|bluesky)\b",
        kind: Kind::Promo,
        prompt: false,
    },
    Cue {
        // A story's closing credit: "Fox News’ Jessica Napoli contributed
        // to this report.", "The Associated Press contributed to this
        // story."
        pattern: r"\bcontributed to this (?:report|story|article)\W*$",
        kind: Kind::Byline,
        prompt: false,
    },
    Cue {
        // Shortcodes a blog engine left unrendered: "[button
        // link="…"] Send us your review[/button]", "[caption id="…"]".
        // Nobody writes a closing `[/tag]` or a bracketed `key=` in prose.
        pattern: r"\[/[a-z_-]+\]|^\[[a-z_-]+ [a-z_-]+=",
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // A sign-up form's field label: "Enter email address".
        pattern: concat!(r"^enter (?:your )?e-?mail(?: address)?", label_end!()),
        kind: Kind::Newsletter,
        prompt: false,
    },
    Cue {
        // A gallery's and a video player's controls, alone: "Swipe for
        // more photos", "Image 3 of 8", "Previous slide Next slide", "Tap
        // to unmute", "Now playing", "Watch more", "Showing 3 of 48
        // posts". A bare "Previous" or "1 / 5" is left: the training
        // corpora's gold keeps a few as the story's own page links.
        pattern: concat!(
            r"^(?:(?:swipe|scroll|click|tap) (?:for|to see|to view) (?:more )?(?:photos|images|pictures|slides)|(?:(?:image|photo|picture|slide) )?[0-9]{1,3} of [0-9]{1,3}",
            r"|(?:previous|next|prev) (?:slide|image|photo|picture)s?(?:\s+(?:previous|next) (?:slide|image|photo|picture)s?)?",
            r"|(?:tap|click) to (?:unmute|mute|play|pause)|now playing|watch more|share (?:this|the) (?:post|article|story|page|video|gallery))",
            label_end!(),
            r"|^showing [0-9]+ (?:of|out of) [0-9,]+ (?:posts|updates|comments|results|entries|items)\b|\b(?:video|content) can ?not be played\b",
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // Sponsor lines: "Sponsored by Acme Bank" (a short line: CleanEval
        // keeps a report's long funding note), "This content was paid for
        // by an advertiser.", and a player's "Up next: …" teaser.
        pattern: r"^sponsored by [^.]{0,40}$|^this (?:content|article|story|post) (?:was|is) (?:paid for|sponsored|produced) by (?:an? )?(?:advertiser|sponsor|partner)\b",
        kind: Kind::Ad,
        prompt: false,
    },
    Cue {
        pattern: r"^up next\s*[:|]\s+",
        kind: Kind::Related,
        prompt: false,
    },
    Cue {
        // An opinion page's notes: "The views expressed here are the
        // writer's own.", "Write a letter to the editor".
        pattern: r"^the (?:views|opinions) expressed (?:here |in this (?:article|column|piece) )?(?:are|is) (?:those of the (?:writer|author)|the (?:writer|author)(?:'|’)s own)\b|\bwrite a letter to the editor\b",
        kind: Kind::Footer,
        prompt: false,
    },
    Cue {
        // A paywall's "Already subscribed? Sign in."
        pattern: r"^already (?:subscribed|registered)\?",
        kind: Kind::Login,
        prompt: false,
    },
    Cue {
        // A comment form's lines and a comment section's house rules:
        // "Your email address will not be published. Required fields are
        // marked *", "Save my name, email, and website in this browser for
        // the next time I comment.", "Welcome to the discussion.", "Keep
        // it Clean. Please avoid obscene, vulgar, lewd … language."
        pattern: r"\byour e-?mail(?: address)? will not be published\b|\brequired fields are marked\b|\bsave my name,? e-?mail\b.*\bnext time i comment\b|^welcome to the (?:discussion|conversation|comments? section)\b|^keep it clean\s*[.!:]|\bplease (?:turn off|switch off) your caps lock\b",
        kind: Kind::Comments,
        prompt: false,
    },
    Cue {
        // A membership site's status messages, printed in the page and
        // shown by script: "Great! You've successfully signed up.",
        // "Success! Check your email for magic link to sign-in.", "Your
        // link has expired."
        pattern: concat!(
            r"\byou(?:'|’)ve successfully (?:signed (?:up|in)|subscribed|logged in|registered|unsubscribed)\b|\bcheck your (?:e-?mail|inbox) for (?:a |the |your )?(?:magic |login |sign-in )?link\b",
            r"|^(?:your )?(?:link|session) has expired",
            label_end!(),
            r"|^(?:success! )?your billing (?:info(?:rmation)?|details) (?:has|was) (?:not )?(?:been )?updated\b",
        ),
        kind: Kind::Login,
        prompt: false,
    },
    Cue {
        // Sign-up forms' legal lines: "By submitting my information, I
        // agree to the Privacy Policy …", "By submitting your email, you
        // agree to our Terms …". The reader must be the one agreeing: "By
        // signing up, users agree to …, the lawsuit says" is a story.
        pattern: r"^by (?:submitting|signing up|clicking|entering|providing|registering|subscribing|continuing|creating)\b[^.]*\b(?:i|you) (?:also )?(?:agree|consent|acknowledge|accept)\b",
        kind: Kind::Newsletter,
        prompt: false,
    },
    Cue {
        // A subscription pitch's close: "By subscribing, you can help us
        // get the story right."
        pattern: r"\bby subscribing,? you (?:can |will )?(?:help|support|get)\b",
        kind: Kind::Subscribe,
        prompt: false,
    },
    Cue {
        // The site's engine in its footer: "Proudly powered by
        // WordPress", "Powered by BLOX Content Management System from
        // TownNews.com." Only an engine's name: "Powered by solar panels,
        // the car …" opens a story's sentence.
        pattern: r"^(?:proudly )?powered by (?:wordpress|ghost|blox|drupal|joomla|squarespace|wix|substack|newspack|arc xp|townnews)\b",
        kind: Kind::Footer,
        prompt: false,
    },
    Cue {
        // A consent manager's preference centre, left in the page:
        // "Privacy Preference Centre", "Always Active", "Strictly
        // Necessary Cookies".
        pattern: concat!(
            r"^(?:privacy preference cent(?:re|er)|manage consent preferences|always active|(?:strictly necessary|performance|targeting|functional|analytics|advertising|social media) cookies)",
            label_end!()
        ),
        kind: Kind::Cookie,
        prompt: false,
    },
    Cue {
        // Publishers' standing notices: a press regulator's code ("This
        // website and associated newspapers adhere to the Independent
        // Press Standards Organisation's Editors' Code of Practice"),
        // agency material ("This service may include material from AFP,
        // Reuters … which is copyright and cannot be reproduced"), a
        // transcript's caveat ("NPR transcripts are created on a rush
        // deadline … This text may not be in its final form").
        pattern: concat!(
            r"^this (?:website|site|newspaper|publication|title)\b[^.]*\b(?:adheres?|subscribes?) to (?:the )?[^.]*\b(?:code|standards|regulat[a-z]+)\b",
            r"|^this (?:service|site|website|page) may (?:include|contain) material from\b",
            r"|\btranscripts? (?:is|are) (?:created|produced|prepared) (?:on a rush deadline|by an? [a-z]+ (?:contractor|vendor))\b|^this text may not be in its final form\b",
        ),
        kind: Kind::Footer,
        prompt: false,
    },
    Cue {
        // A blog engine's and a portal's labels, alone: "Post navigation",
        // "Previous Post", "Social Sharing", "Email (required)",
        // "Trending Tickers".
        pattern: concat!(
            r"^(?:post navigation|(?:previous|next|older|newer) (?:post|article|story|entry)|social sharing|(?:e-?mail|name|website) \(required\)|trending tickers)",
            label_end!()
        ),
        kind: Kind::Navigation,
        prompt: false,
    },
    Cue {
        // A comment section's invitation: "Share your thoughts with the
        // community."
        pattern: r"^share your (?:thoughts|views|opinions?|comments?)\b",
        kind: Kind::Comments,
        prompt: true,
    },
    Cue {
        // A metered site's empty widgets and a terminal's pitch: "Sorry,
        // there are no recent results for popular articles.", "Before
        // it's here, it's on the Bloomberg Terminal."
        pattern: r"^sorry, there are no (?:recent )?results for\b|^before it(?:'|’)s here, it(?:'|’)s on the\b",
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // The words a list of links reads out to a screen reader, left
        // when its links are gone: "list of 3 items", "end of list".
        pattern: concat!(
            r"^(?:list of [0-9]+ items?\s*)?end of list|^list of [0-9]+ items?",
            label_end!()
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // A reading time with the date beside it, as blogging platforms
        // print it under the title: "7 min read · Nov 28, 2026". (The
        // reading time alone is among the model's cues.)
        pattern: r"^[0-9]{1,3}[- ]?min(?:ute)?s? read\s*[·•|,–—-]\s*[^.!?]{0,30}$",
        kind: Kind::Timestamp,
        prompt: false,
    },
    Cue {
        // Pointers to the page's player or gallery, alone: "Scroll down
        // for video", "Scroll down to watch". A sentence that points to
        // the story's own text ("Scroll down for an official statement
        // from GM") is in dragnet's gold, so only media are named.
        pattern: concat!(
            r"^scroll (?:down|up) (?:to watch|(?:for|to (?:see|watch|view)) (?:the |more |our )?(?:videos?|photos|pictures|images|gallery|slideshow))",
            label_end!()
        ),
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // A syndicated station's sign-off under every story: "For the
        // latest news, weather, sports and streaming video, head to KTVN
        // 7." CleanEval keeps a newsletter's "For more news every weekday,
        // visit …" as the page's text, so only "head/go to" is read.
        pattern: r"^for (?:the )?(?:latest|more|breaking) (?:local )?(?:news|headlines|updates)\b[^.]*\b(?:head|go) (?:over )?to\b",
        kind: Kind::Promo,
        prompt: false,
    },
    Cue {
        // An editor's credit set as a label: "Edited by: Jane Doe". (The
        // wire's "Editing by Jane Doe" is among the model's cues.) Only the
        // editor: dragnet keeps a blog's "Written By: Jane Doe - Nov 4"
        // as its byline.
        pattern: r"^edited by\s*:\s*[^.!?]{2,60}$",
        kind: Kind::Byline,
        prompt: false,
    },
    Cue {
        // An advertiser's box in a newsletter's story: "A message from
        // Acme Health:", "Sponsored content from Acme Bank". The label
        // ends on its colon or names only the sponsor.
        pattern: r"^a message from [^.!?]{2,60}:$|^sponsored (?:content|post|message|feature) (?:by|from) [^.!?]{2,40}$",
        kind: Kind::Ad,
        prompt: false,
    },
    Cue {
        // A text-to-speech player's caveat: "Audio is generated by AI and
        // may contain errors."
        pattern: r"^(?:this )?(?:audio|narration|voice(?:over)?|summary|translation) (?:is|was) (?:generated|produced|created|read|narrated) (?:by|with|using) (?:ai|artificial intelligence|a computer|an automated voice)\b",
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        // The heading of a newsletter platform's comment thread:
        // "Discussion about this post".
        pattern: concat!(
            r"^(?:discussion|conversation|comments?) (?:about|on) this (?:post|article|story|episode)",
            label_end!()
        ),
        kind: Kind::Comments,
        prompt: false,
    },
    Cue {
        // A follow label over a row of social links: "Follow Al Jazeera
        // English:". Short, and ending on its colon: a story does not
        // end a paragraph on "Follow …:".
        pattern: r"^follow (?:us|[a-z0-9&'’.-]+(?: [a-z0-9&'’.-]+){0,3})(?: on)?\s*:$",
        kind: Kind::Promo,
        prompt: false,
    },
    Cue {
        // Newsletter pitches that count their readers or sell updates:
        // "Join 80,000 readers who get our Sunday email", "Find out what's
        // happening in Maplewood with free, real-time updates from …".
        pattern: r"\bjoin (?:over |more than |nearly |almost )?[0-9][0-9,.]*k?\+? (?:other )?(?:readers|subscribers|people|members|others)\b|^find out what(?:'|’)s happening in [^.]{2,40} with\b|\bwith free,? real-time (?:news )?updates\b",
        kind: Kind::Newsletter,
        prompt: true,
    },
    Cue {
        // A login form's prompt: "Enter your email and password to
        // continue".
        pattern: r"^enter your (?:e-?mail|username|user name)(?: address)? and password\b",
        kind: Kind::Login,
        prompt: false,
    },
    Cue {
        // A wire's end marker alone, "(END)", and a portal's note on the
        // wire copy it carries: "(Except for the headline, this story has
        // not been edited by NDTV staff and is published from a
        // syndicated feed.)".
        pattern: r"^\(ends?\)$|\b(?:story|article|report) has not been edited by\b|\bpublished from a syndicated (?:news )?feed\b",
        kind: Kind::Footer,
        prompt: false,
    },
    Cue {
        // A portal's pointer to its live pages: "Track Latest News Live on
        // NDTV.com and get news updates from India".
        pattern: r"^track (?:the )?latest (?:news|updates|headlines)\b",
        kind: Kind::Promo,
        prompt: false,
    },
    Cue {
        // A comment section closed to visitors: "Please log in here to
        // leave a comment."
        pattern: r"\b(?:log ?in|sign ?in) (?:here )?to (?:leave|post|add|write) (?:a |your )?comments?\b",
        kind: Kind::Comments,
        prompt: false,
    },
    Cue {
        // A broadcaster's label over links to its other sites: "Elsewhere
        // on the BBC".
        pattern: r"^elsewhere on (?:the )?[a-z0-9.&'’ -]{2,30}$",
        kind: Kind::Related,
        prompt: false,
    },
    Cue {
        // A consent banner's notice: "We've updated our privacy policy."
        pattern: r"^we(?:'|’)ve updated our (?:privacy|cookie|cookies) (?:policy|notice|statement|settings)\b",
        kind: Kind::Cookie,
        prompt: false,
    },
    Cue {
        // Sign-up, login and paywall lines of Europe's news sites, which
        // the English cues cannot read: "Abonnez-vous à notre newsletter",
        // "Newsletter abonnieren", "Iscriviti alla newsletter"; "Zum
        // Weiterlesen einloggen", "Connectez-vous pour lire la suite",
        // "Inicia sesión para seguir leyendo"; "Cet article est réservé
        // aux abonnés". Each opens on the imperative or names the
        // subscribers; the training pages hold almost no such lines. (An
        // accented letter is no word character to these patterns' `\b`,
        // so none follows one.)
        pattern: r"^(?:abonnez-vous|inscrivez-vous|suscr[ií]bete|reg[ií]strate|ap[uú]ntate|iscriviti|assine|inscreva-se|cadastre-se)\b[^.]*\b(?:newsletter|lettre d(?:'|’)information|alertes?|bolet[ií]n|boletim|alertas|avvisi)\b|^newsletter (?:abonnieren|bestellen)\b",
        kind: Kind::Newsletter,
        prompt: false,
    },
    Cue {
        pattern: r"^(?:jetzt )?(?:kostenlos |gratis )?(?:registrieren|anmelden|einloggen)[^a-z0-9_]*$|^zum weiterlesen\b|^connectez-vous\b|^¿?(?:d[ée]j[àa] abonn[ée]|ya eres suscriptor|sei gi[àa] abbonato|j[áa] [ée] assinante)|^inicia(?:r)? sesi[óo]n\b|^accedi (?:per|al|con)\b|^fa[çc]a (?:o )?login\b",
        kind: Kind::Login,
        prompt: false,
    },
    Cue {
        pattern: r"\b(?:nur f[üu]r abonnenten|r[ée]serv[ée] aux abonn[ée]s|exclusivo para (?:suscriptores|assinantes)|riservato agli abbonati)\b",
        kind: Kind::Subscribe,
        prompt: false,
    },
    Cue {
        // Their time stamps, share buttons, reading times and rights
        // lines: "Publié le 29/11/2026 à 10h05", "Veröffentlicht am
        // 29.11.2026", "Partager sur Facebook", "Lesezeit: 4 Minuten",
        // "Tous droits réservés".
        pattern: r"^(?:publi[ée]|mis [àa] jour|modifi[ée]|ver[öo]ffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|atualizado)(?: le| am| el| il| em| en| o)?\s*:?\s*[0-9]{1,2}(?:[./-][0-9]{1,2}[./-][0-9]{2,4}|\.? [a-zéûç]+\.? [0-9]{4})",
        kind: Kind::Timestamp,
        prompt: false,
    },
    Cue {
        pattern: r"^(?:partager|teilen|compartir|condividi|compartilhar) (?:sur|auf|en|su|no|via) (?:facebook|twitter|x|whatsapp|linkedin|bluesky|threads)\b",
        kind: Kind::Share,
        prompt: false,
    },
    Cue {
        pattern: r"^(?:lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura)\s*:?\s*[0-9]",
        kind: Kind::Widget,
        prompt: false,
    },
    Cue {
        pattern: r"\b(?:tous droits r[ée]serv[ée]s|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados)\b",
        kind: Kind::Copyright,
        prompt: false,
    },
    Cue {
        // A share prompt's question: "Enjoying this article? Share it
        // with a friend."
        pattern: r"^(?:enjoy(?:ing|ed)?|like|liked|love|loved|loving) (?:this|the|our|today(?:'|’)s) (?:article|story|post|newsletter|piece|read|edition)\?",
        kind: Kind::Share,
        prompt: false,
    },
];

/// Words of share bars: a short block made only of these is one.
const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "sharing",
    "tweet",
    "facebook",
    "twitter",
    "x",
    "email",
    "e-mail",
    "mail",
    "whatsapp",
    "linkedin",
    "pinterest",
    "pin",
    "reddit",
    "print",
    "copy",
    "link",
    "messenger",
    "telegram",
    "flipboard",
    "this",
    "article",
    "story",
    "page",
    "on",
    "via",
    "comments",
    "comment",
    "save",
    "the",
];

/// Words that show a platform name in a share bar (a bare "Print" or
/// "Save" is not enough).
const SHARE_ANCHORS: &[&str] = &[
    "share",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
];

/// Longest share bar, in words.
const MAX_SHARE_WORDS: usize = 12;

/// Words that open a prompt's sentence: imperatives ("Follow us", "Turn
/// on notifications", "Donate now") and the clipped questions prompts ask
/// ("Got a tip?", "Have a news tip?", "Need help?"). Reported news does
/// not open a sentence with them outside quotation marks.
const IMPERATIVES: &[&str] = &[
    "sign",
    "subscribe",
    "join",
    "get",
    "register",
    "log",
    "login",
    "create",
    "follow",
    "like",
    "find",
    "connect",
    "keep",
    "catch",
    "check",
    "click",
    "tap",
    "enter",
    "download",
    "install",
    "open",
    "turn",
    "enable",
    "allow",
    "forgot",
    "forgotten",
    "don't",
    "don’t",
    "never",
    "stay",
    "start",
    "try",
    "let",
    "already",
    "send",
    "email",
    "contact",
    "tell",
    "share",
    "leave",
    "type",
    "talk",
    "chat",
    "ask",
    "unlock",
    "become",
    "cancel",
    "support",
    "donate",
    "give",
    "make",
    "chip",
    "consider",
    "be",
    "submit",
    "please",
    "thanks",
    "thank",
    "manage",
    "got",
    "have",
    "need",
    "read",
    "forward",
];

struct Compiled {
    /// [`CUES`] and then [`LATE_CUES`], in one set: every block is asked
    /// about both, and one scan of its text answers for both.
    cues: Patterns<2>,
    labels: Patterns<1>,
    timestamp: Regex,
    addresses_reader: Regex,
    self_reference: Regex,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| Compiled {
        cues: Patterns::new([CUES, LATE_CUES]),
        labels: Patterns::new([LABELS]),
        timestamp: Regex::new(&timestamp_pattern()).expect("timestamp pattern"),
        addresses_reader: Regex::new(
            r"\b(?:you|your|yours|you(?:'|’)(?:ll|re|ve)|we|we(?:'|’)(?:ll|re|ve)|our|us)\b",
        )
        .expect("reader pattern"),
        self_reference: Regex::new(&ascii_boundaries(
            r"\bthis (?:article|page|site|website|video|content|post|feature|podcast|episode|media|embed|player)\b",
        ))
        .expect("self-reference pattern"),
    })
}

/// A block that is nothing but dates, times and "updated"/"ago" words:
/// `Jan. 7, 2020 05:00`, the glued `Jan. 7, 202005:00`, `Updated 5:00 PM ET`,
/// `3 hours ago`, `2020-01-07T05:00`, `Tuesday 7 January 2020`.
///
/// ASCII digits only: the Unicode `\d` class, repeated throughout, made
/// this pattern costly to compile on every page load.
fn timestamp_pattern() -> String {
    let day = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?";
    let date = format!(
        r"(?:{day},?\s*)?(?:{MONTH}\s*[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s*(?:[0-9]{{4}})?|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s*(?:[0-9]{{4}})?|[0-9]{{4}}[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}|[0-9]{{1,2}}[/.][0-9]{{1,2}}[/.][0-9]{{2,4}})"
    );
    let time = r"(?:t?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b|[+-][0-9]{2}:?[0-9]{2}|z)?|[0-9]{1,2}\s*[ap]\.?m\.?)";
    let ago = r"(?:[0-9]+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?)\s+ago|just now|yesterday|today";
    let lead = r"(?:(?:last\s+)?(?:updated|published|posted|modified|first published|edited)\s*(?:on|at)?\s*:?\s*)";
    let part = format!(r"(?:{lead}?(?:{date}|{time}|{ago}))");
    // A live blog's badge may open the line: `LIVE Updated 14 minutes ago`.
    let badge = r"(?:live\b[\s|•·–—:-]*)?";
    format!(r"^\s*{badge}{part}(?:[\s,|•·–—/-]*(?:at\s+|on\s+)?{part})*[\s.]*$")
}

/// The kind of boilerplate `text` is by its words alone, if any.
pub fn kind_of(text: &str) -> Option<Kind> {
    kinds_of(text).0
}

/// The kinds of boilerplate `text` is by its words alone: by the cues the
/// model reads, and by those read after it ([`LATE_CUES`]). Calls to
/// action among either need the block to speak to its reader.
///
/// The patterns are matched against the lower-cased text rather than
/// compiled case-insensitive: Unicode case folding turns every letter of
/// the cue lists into a class (`k` also matches the Kelvin sign), which
/// made compiling them most of the first annotate() of a page.
pub(super) fn kinds_of(text: &str) -> (Option<Kind>, Option<Kind>) {
    let c = compiled();
    let lower = text.to_lowercase();
    let words = lower.split_whitespace().count();
    let early = form_of(c, text, &lower, words);
    if words > MAX_PROMPT_WORDS {
        return (early, None);
    }
    // Quoted passages are someone speaking, not the page.
    let unquoted = without_quotations(&lower);
    let [cue, late] = c.cues.firsts(&unquoted, || speaks_to_reader(c, &unquoted));
    (early.or(cue), late)
}

/// The kinds a block is by its form before its words are read for cues: a
/// credit line, a bare time stamp, a share bar, a label.
fn form_of(c: &Compiled, text: &str, lower: &str, words: usize) -> Option<Kind> {
    if is_credit(text) {
        return Some(Kind::Byline);
    }
    if words <= MAX_TIMESTAMP_WORDS && c.timestamp.is_match(lower) {
        return Some(Kind::Timestamp);
    }
    if words <= MAX_LABEL_WORDS {
        if is_share_bar(lower, words) {
            return Some(Kind::Share);
        }
        let [label] = c.labels.firsts(lower, || false);
        return label;
    }
    None
}

/// Whether `text` is a credit line by its words: a byline (`By Jane Doe`)
/// or a wire credit (`Reporting by Jane Doe; Editing by John Roe`).
pub(super) fn is_credit(text: &str) -> bool {
    credits::is_byline(text) || credits::is_wire_credit(text)
}

/// Whether `text` is an author box's line: names and job, then a time
/// stamp (`Jane Doe Political Editor 11:04, 28 NOV 2026`), or a byline
/// whose stamp opens on a capitalised label (`By Jane Doe Published: Oct.
/// 8, 2026`). Not among the cues the model reads: as such they moved the
/// training corpora both ways (docs/boilerplate.md, sessions 15 and 19),
/// so they only name blocks the model keeps.
pub(super) fn is_dated_credit(text: &str) -> bool {
    credits::is_dated_credit(text, |rest| compiled().timestamp.is_match(rest))
        || credits::is_stamped_byline(text)
}

/// Labels that open a story's list of tags (`Topics: Water, Pollution`).
/// Not among the cues the model reads: "Categories:" opens the entries
/// of directory pages that CleanEval keeps, and the rule that reads these
/// also wants the rest of the line to be links.
const TAG_LABELS: &[&str] = &[
    "topics",
    "related topics",
    "tags",
    "keywords",
    "filed under",
    "more on",
];

/// Whether `text` opens with a tag list's label and a colon.
pub(super) fn is_tag_label(text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(label, _)| TAG_LABELS.contains(&label.trim().to_lowercase().as_str()))
}

/// `text` with its quoted passages blanked: words someone is reported to
/// have said ("Sign up to serve," the senator said) are not a prompt.
fn without_quotations(text: &str) -> String {
    quotation_marked(text)
        .filter(|&(_, quoted)| !quoted)
        .map(|(ch, _)| ch)
        .collect()
}

/// The number of words inside quotation marks in `text`.
pub fn quoted_words(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (ch, quoted) in quotation_marked(text) {
        let letter = quoted && ch.is_alphanumeric();
        words += usize::from(letter && !in_word);
        in_word = letter;
    }
    words
}

/// Every character of `text` but the quotation marks themselves, with
/// whether it stands inside a quotation (curly quotes nest, straight ones
/// toggle).
fn quotation_marked(text: &str) -> impl Iterator<Item = (char, bool)> + '_ {
    let mut in_straight = false;
    let mut curly_depth = 0usize;
    text.chars().filter_map(move |ch| {
        match ch {
            '“' => curly_depth += 1,
            '”' => curly_depth = curly_depth.saturating_sub(1),
            '"' => in_straight = !in_straight,
            _ => return Some((ch, curly_depth > 0 || in_straight)),
        }
        None
    })
}

/// `N` lists of cues matched in one pass over the text (a `RegexSet`: one
/// automaton for all of them, instead of one search per cue).
struct Patterns<const N: usize> {
    set: RegexSet,
    /// Per pattern: the kind it names, and whether it is a prompt.
    meta: Vec<(Kind, bool)>,
    /// Where each list starts and ends among the patterns.
    bounds: [(usize, usize); N],
}

impl<const N: usize> Patterns<N> {
    fn new(lists: [&[Cue]; N]) -> Self {
        let cues = || lists.iter().flat_map(|list| list.iter());
        let set = RegexSetBuilder::new(cues().map(|c| ascii_boundaries(c.pattern)))
            .dfa_size_limit(DFA_CACHE_BYTES)
            .build()
            .expect("cue patterns");
        let meta = cues().map(|c| (c.kind, c.prompt)).collect();
        let mut end = 0;
        let bounds = lists.map(|list| {
            end += list.len();
            (end - list.len(), end)
        });
        Patterns { set, meta, bounds }
    }

    /// Per list, the kind of its first cue that matches `text`, where a
    /// prompt also needs `addressed` (asked once, and only when a prompt
    /// matched).
    fn firsts(&self, text: &str, addressed: impl Fn() -> bool) -> [Option<Kind>; N] {
        let matches = self.set.matches(text);
        let mut speaks = None;
        self.bounds.map(|(from, to)| {
            matches
                .iter()
                .skip_while(|&i| i < from)
                .take_while(|&i| i < to)
                .find(|&i| !self.meta[i].1 || *speaks.get_or_insert_with(&addressed))
                .map(|i| self.meta[i].0)
        })
    }
}

/// `pattern` with its word boundaries (`\b`) made ASCII ones. A Unicode
/// `\b` stops the fast matcher at the first non-ASCII character (a curly
/// quote, an accent), and the slow one it falls back to made the cues the
/// costliest step of the detector. The cue words are English, so the two
/// boundaries differ only next to a non-ASCII letter, where neither
/// reading is meant.
fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// Whether the block talks to its reader, as prompts and promos do and
/// reported news does not: a sentence of it opens with an imperative
/// ([`IMPERATIVES`]; the second sentence of "Only $4 a month. Cancel
/// anytime."), it says you, we or us, or the page speaks of itself ("this
/// video is no longer available"). "This story" is left out: news says
/// "declined to comment for this story".
fn speaks_to_reader(c: &Compiled, text: &str) -> bool {
    let opens_imperative = text
        .split_inclusive(['.', '!', '?', ':'])
        .filter_map(|sentence| sentence.split_whitespace().next())
        .any(|first| {
            let first =
                first.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’');
            IMPERATIVES.contains(&first)
        });
    opens_imperative || c.addresses_reader.is_match(text) || c.self_reference.is_match(text)
}

fn is_share_bar(text: &str, words: usize) -> bool {
    if words > MAX_SHARE_WORDS {
        return false;
    }
    let mut anchored = false;
    let all_share = text
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w.to_lowercase();
            anchored |= SHARE_ANCHORS.contains(&w.as_str());
            SHARE_WORDS.contains(&w.as_str())
        });
    all_share && anchored
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        for t in [
            "Jan. 7, 202005:00",
            "March 3, 2021 11:42",
            "Updated 5:00 PM ET",
            "3 hours ago",
            "2021-03-03",
            "Published: 12 February 2019 | 09:15 GMT",
            "Tuesday, Feb. 4, 2020",
            "Posted 11:20 a.m. ET March 2, 2027 | Updated 4:05 p.m. ET March 2, 2027",
        ] {
            assert_eq!(kind_of(t), Some(Kind::Timestamp), "{t}");
        }
        assert_eq!(kind_of("On Jan. 7, 2020 the strike hit."), None);
        assert_eq!(
            kind_of("Between March 2, 2027 and April 9, 2027 the bridge was closed to traffic at night."),
            None
        );
    }

    #[test]
    fn bylines_are_names_after_by() {
        for t in [
            "By Jane Doe",
            "By JEFF KAROUB, AP Business Writer 47 minutes ago",
            "By: Murray Brewster, THE CANADIAN PRESS",
            "By Abdi Sheikh and Aweys Yusuf",
            "By Tess Bonn - 11/19/19 06:56 AM EST",
            "Written by Jane Doe | March 3, 2021",
            "By Jenna Kim · Staff writer",
            "By Omar Reyes • Nov. 28, 2026",
            "By Callum Reade published 27 November 2026",
            "By Jane Doe on March 3, 2021",
        ] {
            assert_eq!(kind_of(t), Some(Kind::Byline), "{t}");
        }
        for t in [
            "By Tuesday, the council had voted.",
            "By Christmas, the line was open",
            "By Christmas - the line was open",
            "By Christmas · the line was open",
            "By the end of the year",
            "By comparison, sales fell 3 percent",
            "Bystanders said the Fire Brigade came late",
            "By Parliament on the question of cost",
        ] {
            assert_ne!(kind_of(t), Some(Kind::Byline), "{t}");
        }
    }

    #[test]
    fn author_box_lines_are_names_and_job_then_a_time_stamp() {
        for t in [
            "Dave Hughes Local Democracy Reporter 11:04, 28 NOV 2026",
            "Priya NairHealth Correspondent09:30, 3 MAR 2025Updated 10:15, 3 MAR 2025",
            "Tom Reed, Political Editor | 5 hours ago",
            "By Hannah Kline Published: Oct. 8, 2026 at 3:12 PM MDT",
        ] {
            assert!(is_dated_credit(t), "{t}");
        }
        // The model reads the bylines of `kind_of`, which stop at a
        // lower-case stamp lead only.
        assert_eq!(kind_of("By Hannah Kline Published: Oct. 8, 2026"), None);
        for t in [
            "Chapter Meeting, Tuesday, September 9.",
            "New Delhi, August 30",
            "Publication Date: Wednesday, August 11, 2004",
            "Reporter 11:04",
            "The reporter was told on 3 March 2025 that the case had closed.",
            "Writers Guild Awards Ceremony, 14 March 2025",
            "By Published accounts, the deal was done.",
        ] {
            assert!(!is_dated_credit(t), "{t}");
        }
    }

    #[test]
    fn engine_consent_and_membership_leftovers_are_read_late() {
        check_late(
            Kind::Comments,
            &[
                "Your email address will not be published. Required fields are marked *",
                "Save my name, email, and website in this browser for the next time I comment.",
                "Welcome to the discussion.",
                "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
                "Share your thoughts with the community.",
            ],
            &[
                "The names of the jurors will not be published, the judge ruled.",
                "Keep it clean was the advice the coach gave before the final.",
            ],
        );
        check_late(
            Kind::Login,
            &[
                "Great! You've successfully signed up.",
                "Success! Check your email for magic link to sign-in.",
                "Your link has expired.",
            ],
            &["The link between the two cases has expired, lawyers argued."],
        );
        check_late(
            Kind::Newsletter,
            &["By submitting your email, you agree to our Terms and Privacy Notice."],
            &["By signing up, users agree to binding arbitration, the lawsuit says."],
        );
        check_late(
            Kind::Subscribe,
            &["Quality journalism matters. By subscribing, you can help us get the story right."],
            &[],
        );
        check_late(
            Kind::Footer,
            &[
                "Proudly powered by WordPress",
                "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
                "This service may include material from AFP, Reuters and AAP which is copyright and cannot be reproduced.",
                "Radio transcripts are created on a rush deadline by a contractor.",
            ],
            &[
                "Powered by solar panels, the boat crossed the lake in six hours.",
                "This newspaper adheres to no party, its founder wrote in 1902.",
            ],
        );
        check_late(
            Kind::Cookie,
            &[
                "Privacy Preference Centre",
                "Always Active",
                "Strictly Necessary Cookies",
            ],
            &["Always active, she ran every morning until she was 90."],
        );
        check_late(
            Kind::Navigation,
            &[
                "Post navigation",
                "Previous Post",
                "Social Sharing",
                "Email (required)",
            ],
            &["The previous post-holder resigned in March."],
        );
        check_late(
            Kind::Promo,
            &[
                "Add us as a preferred source on Google",
                "Tap here to get the latest news delivered to your phone.",
            ],
            &[
                "Tap here to open the door, the sign on the shop said.",
                "Click here to get more information or download this game.",
            ],
        );
        check_late(
            Kind::Widget,
            &[
                "Sorry, there are no recent results for popular articles.",
                "Before it's here, it's on the Bloomberg Terminal.",
            ],
            &["Sorry, there are no easy answers, the mayor said."],
        );
    }

    #[test]
    fn a_publisher_s_standards_line_is_footer() {
        for t in [
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Editorial Standards",
            "Our editorial standards",
            "The Associated Press receives support from several private foundations to enhance its coverage of elections. The AP is solely responsible for all content.",
        ] {
            assert_eq!(kind_of(t), Some(Kind::Footer), "{t}");
        }
        for t in [
            "The platform is solely responsible for content moderation, the court found.",
            "Our standards have slipped, the union said.",
            "Editorial standards at the paper were questioned by the inquiry.",
        ] {
            assert_eq!(kind_of(t), None, "{t}");
        }
    }

    #[test]
    fn share_bars_need_a_platform() {
        assert_eq!(
            kind_of("Share on Facebook Twitter Email"),
            Some(Kind::Share)
        );
        // A bare tool word is page chrome, not a share bar.
        assert_eq!(kind_of("Print"), Some(Kind::Widget));
    }

    #[test]
    fn rights_notices_need_both_halves() {
        let notice = "Copyright 2008 The Associated Press. All rights reserved. This material \
                      may not be published, broadcast, rewritten or redistributed.";
        assert_eq!(kind_of(notice), Some(Kind::Copyright));
        let story = "The publisher argued that the memoir may not be published until the \
                     copyright dispute with the author's estate is settled in court.";
        assert_eq!(kind_of(story), None);
    }

    /// Asserts every line of `leftovers` gets `kind` and no line of `news`
    /// is flagged at all.
    fn check(kind: Kind, leftovers: &[&str], news: &[&str]) {
        for t in leftovers {
            assert_eq!(kind_of(t), Some(kind), "{t}");
        }
        for t in news {
            assert_eq!(kind_of(t), None, "{t}");
        }
    }

    #[test]
    fn sign_up_form_small_print() {
        check(
            Kind::Newsletter,
            &[
                "You can unsubscribe at any time.",
                "We'll never share your email address with anyone.",
                "By submitting your email you agree to receive offers from our partners.",
                "Privacy Notice: Newsletters may contain information about charities and ads.",
                "This form is protected by reCAPTCHA and the Google Privacy Policy applies.",
                "Skip past newsletter promotion",
                "after newsletter promotion",
            ],
            &[
                "Meta said it would never share your data with advertisers without consent.",
                "Thousands of customers tried to unsubscribe after the price rise, the regulator said.",
                "The charity said its privacy notice had been rewritten after the complaint.",
            ],
        );
    }

    #[test]
    fn page_labels_of_modern_sites() {
        assert_eq!(
            kind_of("This article is more than 3 years old"),
            Some(Kind::Timestamp)
        );
        assert_eq!(
            kind_of("Please enter a valid email address."),
            Some(Kind::Widget)
        );
        assert_eq!(kind_of("Gift this article"), Some(Kind::Widget));
        assert_eq!(kind_of("Reuse this content"), Some(Kind::Widget));
        assert_eq!(kind_of("Explore more on these topics"), Some(Kind::Related));
        assert_eq!(kind_of("Topics"), Some(Kind::Related));
        for news in [
            "This article is more than a summary of the court's ruling, the judge wrote.",
            "Topics discussed at the summit included trade and migration.",
            "Gift aid rules changed in April, the Treasury said.",
        ] {
            assert_eq!(kind_of(news), None, "{news}");
        }
    }

    #[test]
    fn social_follow_prompts() {
        check(
            Kind::Promo,
            &[
                "Follow us on Instagram for more stories",
                "Join the conversation on Facebook",
                "Find the Evening Courier on TikTok",
                "Follow Jane Doe on Twitter @janedoe",
                "Stay connected: follow us on social media",
                "Click here to join our WhatsApp channel.",
            ],
            &[
                "The company said it would follow the new rules on Instagram.",
                "The senator joined the conversation on Facebook late Tuesday, posting a long statement about the budget.",
                "“Follow us on this journey,” she told supporters.",
                "The group has more than 5,000 followers on Instagram.",
                "Parents were asked to join a WhatsApp group run by the school.",
            ],
        );
    }

    #[test]
    fn continues_below_markers() {
        check(
            Kind::Ad,
            &[
                "Story continues below advertisement",
                "Article continues after this ad",
                "Advertisement - scroll to continue",
                "ADVERTISEMENT · CONTINUE READING BELOW",
                "Skip advertisement",
                "We've noticed you're using an ad blocker. Please consider whitelisting us.",
            ],
            &[
                "The story continues to develop, officials said.",
                "The rise of ad blocking poses a threat to publishers, the report said.",
                "The debate continues after the break, when the candidates return to the stage.",
            ],
        );
    }

    #[test]
    fn audio_and_reading_time_labels() {
        check(
            Kind::Widget,
            &[
                "Listen to this article · 5 min",
                "4 min read",
                "12-minute read",
                "Reading time: 6 minutes",
                "Play audio (7 min)",
                "Tomas Berg March 2, 2027 · 6 min read",
            ],
            &[
                "Thousands of people listened to the speech, which lasted 45 minutes.",
                "Listening sessions were held in five cities.",
                "The board took 12 minutes to read the verdict aloud.",
            ],
        );
    }

    #[test]
    fn comment_counters_and_headers() {
        check(
            Kind::Comments,
            &[
                "Comments (12)",
                "View 48 comments",
                "23 Comments",
                "Be the first to comment",
                "Comments are closed.",
                "Join the discussion",
                "Comments: 18",
            ],
            &[
                "Comments made by the minister drew criticism from opposition lawmakers.",
                "Officials declined to comment.",
                "More than 200 people left comments on the agency's website.",
            ],
        );
    }

    #[test]
    fn tip_lines() {
        check(
            Kind::Promo,
            &[
                "Got a tip? Email us at tips@example.com",
                "Send us your tips",
                "Do you have information about this story? Get in touch securely.",
                "See something newsworthy? Let us know.",
                "Tip us off: news@example.org",
                "Got a story? Email newsdesk@example.com or call 0161 000 0000.",
                "Do you have a story for us? Contact the newsdesk.",
            ],
            &[
                "Police said they received a tip about the suspect on Monday night.",
                "The district attorney asked the public to send tips to investigators.",
                "What can the evidence tell us about the election? The answers might make you feel better.",
                "A spokesman said the office had received thousands of tips.",
                "Everyone in the village has got a story about the flood.",
            ],
        );
    }

    #[test]
    fn app_and_notification_prompts() {
        check(
            Kind::Promo,
            &[
                "Download our app for the latest news",
                "Turn on notifications to get breaking news alerts",
                "Available on the App Store and Google Play",
                "Enable push notifications",
                "Download the WKRN 2 News app now.",
                "Keep up with more stories like this.",
                "Found this useful? Forward this email to a friend.",
                "Follow the latest on the storm in our live coverage.",
            ],
            &[
                "The app has been downloaded 10 million times since its launch in March.",
                "There should be more stories like this about the council's spending.",
                "The campaign urged voters to download its app before the caucuses.",
                "The prime minister said the government would turn on notifications for emergency alerts next year.",
                "Forward Jamie Reid said the team would follow the latest advice from the league.",
            ],
        );
    }

    #[test]
    fn notes_on_machine_made_parts_of_the_page() {
        check(
            Kind::Widget,
            &[
                "These key points were generated with the help of AI and checked by our journalists.",
                "This audio is AI-generated.",
                "Summary generated by AI.",
                "This article was translated using artificial intelligence tools.",
                "AI-generated summary",
            ],
            &[
                "The images were generated by AI, police said, and shared thousands of times.",
                "This story was produced in partnership with the Marshall Project.",
                "The summary was written by the committee's chair, Ann Lee, in March.",
                "AI tools generated the summary, the company said.",
            ],
        );
    }

    #[test]
    fn widget_headings_alone() {
        for t in [
            "Most popular",
            "Trending now",
            "Related coverage",
            "More from Politics",
            "Editor's picks",
            "Related: Council approves new budget",
            "Explore more",
        ] {
            assert_eq!(kind_of(t), Some(Kind::Related), "{t}");
        }
        for t in ["Back to top", "Skip to main content", "Toggle navigation"] {
            assert_eq!(kind_of(t), Some(Kind::Navigation), "{t}");
        }
        for t in [
            "Most popular among voters was the plan to cut property taxes, the poll found.",
            "Top aides to the president met on Sunday.",
            "Related charges were filed against two other men.",
            "Recommended changes include a new oversight board.",
            "Back to the issue of taxes, Sanders said he would raise them.",
            "The Latest: Trump wins the Indiana primary",
        ] {
            assert_eq!(kind_of(t), None, "{t}");
        }
    }

    #[test]
    fn live_blog_controls_alone() {
        for (t, kind) in [
            ("LIVE", Kind::Widget),
            ("Show key events only", Kind::Widget),
            ("Pinned post", Kind::Widget),
            ("Newest first", Kind::Widget),
            ("4 new updates", Kind::Widget),
            ("Auto-update on", Kind::Widget),
            ("Key events", Kind::Navigation),
            ("Jump to latest update", Kind::Navigation),
            ("LIVE Updated 14 minutes ago", Kind::Timestamp),
            ("Live · Updated 10:32 GMT", Kind::Timestamp),
        ] {
            assert_eq!(kind_of(t), Some(kind), "{t}");
        }
        for t in [
            "Live music returns to the park this weekend.",
            "Key events in the trial are listed below.",
            "Pinned under the rubble for nine hours, she was rescued on Sunday.",
            "Newest first-time buyers face the highest rates since 2008.",
            "Live animals were found in the lorry, police said.",
        ] {
            assert_eq!(kind_of(t), None, "{t}");
        }
    }

    #[test]
    fn photo_credits_on_their_own_line() {
        check(
            Kind::Caption,
            &[
                "Photo: Getty Images",
                "Image copyright AFP",
                "(AP Photo/Evan Vucci)",
                "REUTERS/Kevin Lamarque",
                "Jane Doe via Getty Images",
                "Photo by Jane Doe for The Ledger",
                "(Jane Doe/The Ledger)",
            ],
            &[
                "Photo identification is required at the polls.",
                "The photo, taken by a Getty Images photographer, shows the president at the border.",
                "Associated Press contributed.",
                "Reuters contributed to this report.",
                "(BEGIN VIDEO CLIP)",
            ],
        );
    }

    #[test]
    fn wire_editing_credits() {
        check(
            Kind::Byline,
            &[
                "Reporting by Jane Doe; Editing by John Roe",
                "Reporting by Steve Holland in Washington; additional reporting by Jeff Mason; Editing by Peter Cooney",
                "Writing by Ann Smith, editing by Tom Brown",
                "Compiled by the Ledger staff",
                "Contributing: Ines Carvalho, The Ledger; Associated Press",
            ],
            &[
                "Reporting by the Times showed the agency missed deadlines.",
                "Editing of the documents was done by the agency's lawyers.",
                "The report, compiled by the inspector general, found widespread errors.",
                "Contributing: rising costs and a shortage of drivers, the company said.",
            ],
        );
    }

    #[test]
    fn paywalls_and_support_appeals() {
        check(
            Kind::Subscribe,
            &[
                "You have reached your limit of free articles",
                "Subscribe for $1 a week",
                "Only $4 per month. Cancel anytime.",
                "This content is available to premium members",
                "Thanks for reading! Support independent journalism with a gift today.",
                "Donate now",
                "Our journalism is free to read. Support it today.",
                "See if you already have access through your library or employer.",
                "If you appreciate our reporting, we have a favour to ask: give what you can.",
                "A message to our valued readers",
            ],
            &[
                "Unions said they would support it from next year.",
                "Readers can subscribe to the paper for $1 a week under the new offer, the company said.",
                "He called on supporters to donate to the campaign.",
                "The newspaper has lost subscribers for a decade.",
                "The senator said the bill would give veterans full access to health care.",
                "\"We have a request for the council,\" the residents' group said in a letter.",
            ],
        );
        assert_eq!(
            kind_of("Already registered? Sign in to continue"),
            Some(Kind::Login)
        );
    }

    /// Asserts every line of `leftovers` gets `kind` from the cues read
    /// after the model, and no line of `news` is flagged by either set.
    fn check_late(kind: Kind, leftovers: &[&str], news: &[&str]) {
        for t in leftovers {
            assert_eq!(kinds_of(t).1, Some(kind), "{t}");
        }
        for t in news {
            assert_eq!(kinds_of(t), (None, None), "{t}");
        }
    }

    #[test]
    fn labels_in_other_languages_and_author_box_tip_lines() {
        check_late(
            Kind::Related,
            &[
                "Lire aussi",
                "Mehr zum Thema",
                "Leer más: El Gobierno aprueba el presupuesto",
                "Más información",
            ],
            &["Lire aussi les mémoires de son père, conseille-t-il."],
        );
        check_late(Kind::Ad, &["Anzeige", "Publicité", "Ad Feedback"], &[]);
        check_late(
            Kind::Promo,
            &[
                "Grant Ellery is a politics reporter. Story tips can be sent to grant@example.com",
                "Get the latest trade policy news with Policy Pro. Request a demo",
                "Get the answers with Post Knowledge, our new platform of explainers brought to you by our award-winning team.",
            ],
            &["Tips can be submitted anonymously to Crime Stoppers, police said."],
        );
    }

    #[test]
    fn comment_form_notices_appeals_and_buttons() {
        check_late(
            Kind::Comments,
            &[
                "The comments below have not been moderated.",
                "By posting your comment you agree to our house rules.",
            ],
            &["By posting comments online, the suspect gave himself away, police said."],
        );
        check_late(
            Kind::Subscribe,
            &[
                "Fund independent journalism with £5 per month",
                "Your support makes this reporting possible.",
            ],
            &["The foundation will fund journalism schools in three states."],
        );
        check_late(
            Kind::Widget,
            &[
                "To report a correction or typo, please email corrections@example.com.",
                "Have feedback? Email us at feedback@example.com",
                "Remind me in January",
                "Summarize this article",
                "Leer en español",
                "Listen to this article 5:12 min Learn more",
                "Read Less",
            ],
            &[
                "Residents have questions? Officials said a hotline would open Monday.",
                "Read less, watch more: how teenagers spend their evenings",
            ],
        );
        check_late(
            Kind::Share,
            &["87 shares", "This story has been shared 1,203 times. 1,203"],
            &[],
        );
        check_late(Kind::Newsletter, &["Enter email address"], &[]);
        check_late(
            Kind::Widget,
            &[
                "Swipe for more photos",
                "1 of 12",
                "Image 3 of 8",
                "Previous slide Next slide",
                "Tap to unmute",
                "Now playing",
                "Share this post",
                "Showing 3 of 48 posts",
                "This video can not be played",
            ],
            &[
                "Previous",
                "1 / 5",
                "One of 12 candidates was disqualified.",
            ],
        );
        check_late(
            Kind::Ad,
            &[
                "Sponsored by Acme Bank",
                "This content was paid for by an advertiser.",
            ],
            &["Sponsored by the Energy Division, the study ran for three years in 40 counties."],
        );
        check_late(Kind::Related, &["Up next: Storm Bella causes chaos"], &[]);
        check_late(Kind::Login, &["Already subscribed? Sign in."], &[]);
        check_late(
            Kind::Widget,
            &[
                "Corrections and clarifications | Submit a news tip | Report error",
                "Report a typo",
            ],
            &["Report an error to the county clerk, residents were told."],
        );
        check_late(
            Kind::Subscribe,
            &[
                "You've read 1 article in the last month",
                "You have read 3 of your 5 free stories",
            ],
            &["You have read 200 pages of the report, the judge told the lawyer."],
        );
        check_late(
            Kind::Footer,
            &[
                "The views expressed here are the writer's own.",
                "Have something to say about this column? Write a letter to the editor and it may be published.",
            ],
            &["He said the views expressed by the minister were his own."],
        );
        check_late(Kind::Ad, &["Supported by"], &[]);
    }

    #[test]
    fn affiliate_disclosures() {
        check_late(
            Kind::Ad,
            &[
                "When you buy through our links, we may earn a commission. Here's how it works.",
                "This post contains affiliate links.",
            ],
            &[
                "The retailer earns a commission on every sale, the filing shows.",
                "Agents said they could earn a commission of up to 6 percent.",
            ],
        );
    }

    #[test]
    fn paywall_badges_and_newsletter_self_descriptions() {
        check_late(
            Kind::Subscribe,
            &[
                "Member-only story",
                "Notes from the Margin is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
            ],
            &[
                "Members only",
                "The site, which is reader-supported, has 40,000 paying members.",
            ],
        );
    }

    #[test]
    fn notices_under_science_news() {
        check_late(
            Kind::Footer,
            &[
                "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.",
                "Citation: Deep-sea microbes eat methane (2026, November 27) retrieved 28 November 2026 from https://example.org/news/microbes.html",
                "This article has been reviewed according to Science X's editorial process and policies.",
            ],
            &[
                "The judge said the document was subject to copyright and could not be published.",
                "Citation needed, the editor wrote.",
                "This article was corrected on Tuesday.",
            ],
        );
    }

    #[test]
    fn coverage_promos_and_screen_reader_list_words() {
        check_late(
            Kind::Promo,
            &["Follow AP's coverage of extreme weather at https://apnews.com/hub/weather"],
            &["Viewers who follow the network's coverage of the war say it is one-sided."],
        );
        check_late(
            Kind::Widget,
            &[
                "list of 3 items",
                "list of 3 itemsend of list",
                "end of list",
            ],
            &["A list of 3 items was found in his pocket, police said."],
        );
    }

    #[test]
    fn captions_signed_at_their_end_are_read_late() {
        check_late(
            Kind::Caption,
            &[
                "Riot police line up outside the station (Image: GETTY )",
                "The senator speaks at a rally in Reno on Saturday. (AP Photo/John Locher)",
                "Fans queue outside the stadium (Photo by Jane Doe/Getty Images)",
                "A flooded street in the old town (Picture: PA)",
                "Jewels after Jewels, installation views, photos © Inexhibit, 2018",
                "© John Brecher Needle poking skin during a flu shot at a health center in Washington.",
            ],
            &[
                "The mayor said the photo (taken in 2019) had been edited.",
                "The agency released the image on Monday (see below).",
                "Critics pointed to a picture by the photographer (one of several).",
                "The photos were taken in 2018, the gallery said.",
            ],
        );
    }

    #[test]
    fn script_notices_own_site_teasers_and_shortcodes_are_read_late() {
        check_late(
            Kind::Widget,
            &[
                "This slideshow requires JavaScript.",
                "Please enable JavaScript to view this map",
                "Thanks for watching!",
                "[button link=”https://example.com/submit/” type=”big”] Send us YOUR review[/button]",
                "[caption id=\"attachment_12\" align=\"alignright\"] The new bridge",
            ],
            &[
                "The app requires JavaScript knowledge, its developers said.",
                "Thanks for watching the game with us, the coach told fans.",
                "Delegates voted [sic] to keep the old rules.",
            ],
        );
        check_late(
            Kind::Related,
            &[
                "Also on rt.com Police detain dozens as protests spread",
                "On HoustonChronicle.com: Car sales plunge in August",
                "More Great WIRED Stories",
            ],
            &[
                "Also on Tuesday, the council approved the budget.",
                "On Monday: the council meets again.",
                "More great stories came from readers in the north, the editor said.",
            ],
        );
        check_late(
            Kind::Widget,
            &["Back to Gallery"],
            &["Back to the gallery she went."],
        );
        check_late(
            Kind::Copyright,
            &["© Reuters 2008. All rights reserved. Republication or redistribution is prohibited."],
            &[],
        );
        check_late(
            Kind::Promo,
            &["Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram."],
            &["Followers of the party on Facebook shared the post."],
        );
        check_late(
            Kind::Byline,
            &[
                "Fox News’ Jessica Napoli contributed to this report.",
                "The Associated Press contributed to this story.",
            ],
            &["Rising costs contributed to this year's losses, the firm said."],
        );
        check_late(
            Kind::Ad,
            &["Advert"],
            &["Advertising revenue fell by a third."],
        );
    }

    #[test]
    fn platform_and_syndication_leftovers_are_read_late() {
        check_late(
            Kind::Timestamp,
            &["7 min read·Nov 28, 2026", "5 min read · Updated yesterday"],
            &["It was a 7 min read, she said, though it felt longer."],
        );
        check_late(
            Kind::Widget,
            &[
                "Scroll down for video",
                "Scroll down to watch",
                "Audio is generated by AI and may contain errors.",
            ],
            &[
                "Scroll down for an official statement from GM with more information.",
                "Audio was generated by the band's engineers in a single night.",
            ],
        );
        check_late(
            Kind::Promo,
            &[
                "For the latest news, weather, sports and streaming video, head to KTVN 7.",
                "Follow Al Jazeera English:",
            ],
            &[
                "For more news every weekday, visit www.sierraclub.org/scoop.",
                "Follow the money: the council's accounts show a gap of £4m.",
            ],
        );
        check_late(
            Kind::Byline,
            &["Edited by: Jane Doe"],
            &["Written By: Jane Doe - Nov 4"],
        );
        check_late(
            Kind::Ad,
            &[
                "A message from Acme Health:",
                "Sponsored content from Acme Bank",
            ],
            &["A message from the president was read aloud: stay calm."],
        );
        check_late(
            Kind::Comments,
            &[
                "Discussion about this post",
                "Please log in here to leave a comment.",
            ],
            &["Residents can register to join the discussion at the town hall."],
        );
        check_late(
            Kind::Footer,
            &[
                "(END)",
                "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
            ],
            &[],
        );
        check_late(
            Kind::Widget,
            &[
                "Jump to recipe",
                "Check price on Amazon",
                "Listen on Apple Podcasts",
            ],
            &["Check prices at the pump before you set off, the AA advised."],
        );
        check_late(
            Kind::Promo,
            &["Track Latest News Live on NDTV.com and get news updates from India."],
            &[],
        );
        check_late(Kind::Related, &["Elsewhere on the BBC"], &[]);
        check_late(
            Kind::Cookie,
            &["We've updated our privacy policy."],
            &["We've updated our forecast, the bank said on Tuesday."],
        );
        check_late(
            Kind::Newsletter,
            &[
                "Want more stories like this? Join 80,000 readers who get our Sunday email.",
                "Find out what's happening in Maplewood with free, real-time updates from Patch.",
            ],
            &["Nurses will join 80,000 members of other unions on the picket line."],
        );
        check_late(
            Kind::Login,
            &["Enter your email and password to continue"],
            &[],
        );
        check_late(
            Kind::Share,
            &["Enjoying this article? Share it with a friend."],
            &["Enjoying the sunshine, crowds filled the park."],
        );
    }

    #[test]
    fn european_language_leftovers_are_read_late() {
        check_late(
            Kind::Newsletter,
            &[
                "Abonnez-vous à notre newsletter",
                "Inscrivez-vous gratuitement pour recevoir nos alertes",
                "Newsletter abonnieren",
                "Suscríbete a nuestro boletín",
                "Iscriviti alla newsletter",
                "Assine nossa newsletter",
            ],
            &["Abonnés depuis dix ans, les lecteurs ont reçu une lettre du directeur."],
        );
        check_late(
            Kind::Login,
            &[
                "Connectez-vous pour lire la suite",
                "Jetzt kostenlos registrieren",
                "Zum Weiterlesen einloggen",
                "Inicia sesión para seguir leyendo",
                "Accedi per continuare a leggere",
                "Déjà abonné ? Connectez-vous",
                "¿Ya eres suscriptor? Inicia sesión",
            ],
            &["Anmelden mussten sich die Teilnehmer bis Freitag, teilte die Stadt mit."],
        );
        check_late(
            Kind::Subscribe,
            &[
                "Cet article est réservé aux abonnés",
                "Dieser Artikel ist nur für Abonnenten verfügbar",
            ],
            &[],
        );
        check_late(
            Kind::Timestamp,
            &[
                "Publié le 29/11/2026 à 10h05",
                "Mis à jour le 29 novembre 2026 à 12:41",
                "Veröffentlicht am 29.11.2026 um 10:05 Uhr",
                "Publicado el 29 nov 2026 - 10:05 CET",
            ],
            &["Publié en 1998, le roman a été traduit en douze langues."],
        );
        check_late(Kind::Share, &["Partager sur Facebook"], &[]);
        check_late(
            Kind::Widget,
            &["Lesezeit: 4 Minuten", "Temps de lecture : 3 min"],
            &[],
        );
        check_late(
            Kind::Copyright,
            &[
                "Tous droits réservés",
                "© 2026 Le Courrier. Tous droits réservés.",
            ],
            &[],
        );
    }

    #[test]
    fn consent_prompts() {
        check(
            Kind::Cookie,
            &[
                "We value your privacy. Manage your consent preferences.",
                "Manage preferences",
                "Accept all",
                "By clicking Accept, you agree to our use of data",
            ],
            &[
                "She said the privacy of patients must be protected.",
                "The privacy policy was changed in 2015, the company said.",
                "Privacy advocates criticized the plan.",
            ],
        );
    }

    #[test]
    fn tool_chrome() {
        check(
            Kind::Widget,
            &[
                "Copy link",
                "Print this page",
                "Report an error",
                "Enable JavaScript to view this content",
                "This video is no longer available",
                "Link copied!",
                "Something went wrong. Please try again.",
                "Was this article helpful? Yes No",
            ],
            &[
                "The report found an error in the census data.",
                "Users must enable JavaScript in their browsers to vote online, the election board said.",
                "The video is no longer available on the ministry's website after it was removed on Friday.",
                "The minister was not available for comment.",
                "Copy editors at the paper walked out on Friday.",
            ],
        );
    }

    #[test]
    fn chat_and_help_widgets() {
        check(
            Kind::Widget,
            &[
                "Need help? Talk to us",
                "Our agents are offline. Please try again later.",
                "Type your message here",
                "Live chat is currently unavailable",
            ],
            &[
                "The agents were offline for most of the day because of the outage, officials said.",
                "Customer service complaints rose by 20 percent.",
            ],
        );
    }
}
