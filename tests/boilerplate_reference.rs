//! The reference article's scraping leftovers, and reworded ones of the same
//! kinds in another article: caught, while every real paragraph stays.

use newsmark::adapters::plain;
use newsmark::annotations::BoilerplateKind as Kind;
use newsmark::boilerplate::classify;

/// `(block text, kind)` of every flagged block.
fn flagged(text: &str) -> Vec<(String, Kind)> {
    let doc = plain::parse(text).doc;
    classify(&doc)
        .into_iter()
        .map(|b| (doc.block_text(b.block).to_string(), b.kind))
        .collect()
}

#[test]
fn reference_article_flags_exactly_its_six_leftovers() {
    let got = flagged(include_str!("../www/articles/reference.txt"));
    let want = [
        ("Jan. 7, 202005:00", Kind::Timestamp),
        ("Let our news meet your inbox.", Kind::Newsletter),
        ("Jan. 7, 202002:59", Kind::Timestamp),
        ("We're not around right now.", Kind::Widget),
        ("Log in with your credentials", Kind::Login),
        ("Forgot your details?", Kind::Login),
    ];
    assert_eq!(got.len(), want.len(), "flagged: {got:#?}");
    for ((text, kind), (start, want_kind)) in got.iter().zip(want) {
        assert!(
            text.starts_with(start),
            "{text:?} should start with {start:?}"
        );
        assert_eq!(*kind, want_kind, "{text}");
    }
}

/// A made-up story whose paragraphs use the cue words in a news sense.
const STORY: &[&str] = &[
    "The city council voted 7-2 on Tuesday to expand the bus network, a plan that had divided residents for more than a year.",
    "Officials said the email system used by the transit agency was breached in March, and that hackers had tried to log in to the account of a senior manager.",
    "The agency's newsletter, which reaches about 40,000 subscribers, had warned riders of the changes in its autumn edition.",
    "“We are going to make this work for everyone,” Mayor Ellen Ortiz said after the vote, adding that the first routes would open in the spring.",
    "Critics said the account of events given by the agency left out the cost overruns, which a local paper reported had reached $12 million.",
    "Reuters contributed reporting.",
];

#[test]
fn reworded_leftovers_are_caught_and_story_paragraphs_are_not() {
    let leftovers = [
        ("March 3, 2021 11:42", Kind::Timestamp),
        ("Feb. 12, 201909:15", Kind::Timestamp),
        ("Updated 5:00 PM ET", Kind::Timestamp),
        ("3 hours ago", Kind::Timestamp),
        ("Get the day's top stories in your inbox. Sign up for our free newsletter, sent every evening.", Kind::Newsletter),
        ("The headlines you need, delivered to you daily. Subscribe to our morning briefing.", Kind::Newsletter),
        ("We're offline at the moment. Leave us a message and we'll get back to you soon.", Kind::Widget),
        ("Chat with us! Our team usually replies within a few minutes.", Kind::Widget),
        ("Sign in to your account", Kind::Login),
        ("Forgotten your password?", Kind::Login),
        ("Don't have an account? Create one now.", Kind::Login),
        ("Lost your password?", Kind::Login),
        ("Can't remember your password?", Kind::Login),
        ("Trouble logging in?", Kind::Login),
        ("Remember me", Kind::Login),
        ("Not registered yet? Register now.", Kind::Login),
        ("Keep me signed in", Kind::Login),
        ("Username or email address", Kind::Login),
        ("Sign in with Google", Kind::Login),
        ("Password must be at least 8 characters", Kind::Login),
        ("2020/01/07 05:00", Kind::Timestamp),
        ("Morning Briefing: everything you need to know, every weekday at 6am.", Kind::Newsletter),
        ("Like this story? Get more like it in your email.", Kind::Newsletter),
        ("Our live chat is closed. Please email us at help@example.com.", Kind::Widget),
        ("Hello! Have a question? We're here to help.", Kind::Widget),
        ("Hi! 👋 How can I help?", Kind::Widget),
        ("Offline - leave a message", Kind::Widget),
        ("We are away right now but will reply as soon as possible.", Kind::Widget),
        ("Password", Kind::Login),
        ("Not a member? Join today", Kind::Login),
        ("Be the first to know. Get our breaking news emails.", Kind::Newsletter),
        ("Advertisement", Kind::Ad),
        ("© 2024 Example Media Group. All rights reserved.", Kind::Copyright),
        ("Share on Facebook Share on Twitter Email", Kind::Share),
        ("Read more: Council approves new budget", Kind::Related),
        ("We use cookies to improve your experience. By continuing you accept our cookie policy.", Kind::Cookie),
    ];
    let mut lines: Vec<&str> = Vec::new();
    for (i, p) in STORY.iter().enumerate() {
        lines.push(p);
        for (text, _) in leftovers.iter().skip(i * 3).take(3) {
            lines.push(text);
        }
    }
    for (text, _) in leftovers.iter().skip(STORY.len() * 3) {
        lines.push(text);
    }
    let got = flagged(&lines.join("\n\n"));
    let want: Vec<(String, Kind)> = lines
        .iter()
        .filter_map(|l| leftovers.iter().find(|(t, _)| t == l))
        .map(|&(t, k)| (t.to_string(), k))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn news_sentences_with_cue_words_are_article_text() {
    let sentences = [
        "She said she had forgotten her password and could not sign in to the bank's system for three days.",
        "The company, which sends a weekly newsletter to investors, said subscriptions rose 4% in the quarter.",
        "Police said the suspect had logged in to the victim's email account from an address in Lyon.",
        "Netflix added 2 million subscribers in the quarter, beating forecasts.",
        "The report was published on Jan. 7, 2020, two days after the strike.",
        "Emails sent to the inbox of the mayor's office went unanswered.",
        "The senator told reporters: “Sign up to serve, and you will be proud of it.”",
        "Voters who had lost their registration cards and could not remember their polling station were turned away.",
        "Not registered to vote? Register by Friday, the council said in a leaflet sent to every home.",
        "Staff reported trouble logging in to the hospital's records system after the update.",
        "The president's daily briefing on Tuesday was dominated by the storm.",
        "A weekly bulletin published by the health agency showed cases rising again.",
        "The hospital said it had opened a live chat service for patients waiting for results.",
        "Staff were told in an email on Friday that the office would close.",
        "The registry lists every username and email address linked to the accounts.",
        "The charity said volunteers are happy to help anyone affected by the floods.",
        "The app sends breaking news alerts to about two million phones, the company said.",
    ];
    let got = flagged(&sentences.join("\n"));
    assert!(got.is_empty(), "{got:#?}");
}
