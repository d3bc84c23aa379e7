//! What a publisher declares about the story in the page's JSON-LD
//! (schema.org): its `articleBody`, which, where it is given and the page
//! shows it, says directly which blocks are part of the story; and its
//! `datePublished`.
//!
//! Only string values are read, by a small scanner rather than a JSON
//! parser (the wasm build has none): find the key, read the string value
//! with JSON's escapes.

use super::printed_date;
use std::collections::HashSet;

/// Shingle length for matching blocks against the declared body.
const SHINGLE: usize = 4;

/// A declared body shorter than this (in words) is a teaser or summary,
/// not the article.
const MIN_BODY_WORDS: usize = 100;

/// Share of the declared body's shingles that the page's blocks must show
/// before it is trusted: a body the page does not render (another story,
/// a truncated feed) says nothing about the blocks.
const MIN_SHOWN_SHARE: f32 = 0.6;

/// Share of a block's shingles that must be in the declared body for the
/// block to be article text.
const BLOCK_SHARE: f32 = 0.5;

/// Per block: whether it is part of the article body the page declares
/// (all false where it declares no usable body, and for blocks under four
/// words, too short to tell).
///
/// Only membership is used, not its absence: a declared body often leaves
/// out subheadings or a last paragraph that the page shows as part of the
/// story.
pub fn in_declared_body(structured_data: &[String], blocks: &[&str]) -> Vec<bool> {
    let none = vec![false; blocks.len()];
    let body: Vec<String> = structured_data
        .iter()
        .flat_map(|json| string_values(json, "articleBody"))
        .collect();
    let body_words: Vec<&str> = body.iter().flat_map(|b| words(b)).collect();
    if body_words.len() < MIN_BODY_WORDS {
        return none;
    }
    let declared: HashSet<u64> = body_words.windows(SHINGLE).map(hash).collect();
    let block_words: Vec<Vec<&str>> = blocks.iter().map(|b| words(b)).collect();
    let shown: HashSet<u64> = block_words
        .iter()
        .flat_map(|w| w.windows(SHINGLE).map(hash))
        .filter(|h| declared.contains(h))
        .collect();
    if (shown.len() as f32) < declared.len() as f32 * MIN_SHOWN_SHARE {
        return none;
    }
    block_words
        .iter()
        .map(|w| {
            let grams: Vec<u64> = w.windows(SHINGLE).map(hash).collect();
            let hits = grams.iter().filter(|g| declared.contains(g)).count();
            !grams.is_empty() && hits as f32 >= grams.len() as f32 * BLOCK_SHARE
        })
        .collect()
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// FNV-1a over the lower-cased words, separated.
fn hash(words: &[&str]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for w in words {
        for c in w.chars().flat_map(char::to_lowercase) {
            let mut buf = [0u8; 4];
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                h ^= b as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// When the story was published, as the publisher declares it: the first
/// `datePublished` of the page's JSON-LD that is an ISO 8601 date
/// (`2019-11-19`, `2019-11-19T08:03:00-05:00`), as written, or that
/// prints a calendar date (`November 19, 2019`, `20 Nov 2019 08:02 GMT`),
/// as `YYYY-MM-DD`. The first, because a page describes its own story
/// before the related ones it lists. Some publishers fill the field with
/// a weekday (`Tuesday`), which says no date; it is passed over.
pub fn date_published(structured_data: &[String]) -> Option<String> {
    structured_data
        .iter()
        .flat_map(|json| string_values(json, "datePublished"))
        .map(|date| date.trim().to_string())
        .find_map(|date| {
            if is_iso_date(&date) {
                Some(date)
            } else {
                printed_date::parse(&date)
            }
        })
}

/// Whether `s` starts with `YYYY-MM-DD`.
pub(super) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Every `"<key>": "…"` string value in a JSON text, unescaped.
fn string_values(json: &str, key: &str) -> Vec<String> {
    let key = format!("\"{key}\"");
    let mut out = Vec::new();
    let mut rest = json;
    while let Some(at) = rest.find(&key) {
        rest = &rest[at + key.len()..];
        let value = rest.trim_start();
        let Some(value) = value.strip_prefix(':') else {
            continue;
        };
        let value = value.trim_start();
        if let Some(s) = value.strip_prefix('"').and_then(json_string) {
            out.push(s);
        }
    }
    out
}

/// Reads a JSON string body (after its opening quote) up to the closing
/// quote. `None` if it is unterminated.
fn json_string(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' | 'r' | 't' => out.push(' '),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let unit = u32::from_str_radix(&hex, 16).ok()?;
                    out.push(char::from_u32(unit).unwrap_or(' '));
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_escaped_article_bodies() {
        let json = r#"{"@type":"NewsArticle","headline":"x","articleBody" : "He said \"no\".\nThen caf\u00e9 \\ done."}"#;
        assert_eq!(
            string_values(json, "articleBody"),
            ["He said \"no\". Then café \\ done."]
        );
        assert!(string_values(r#"{"articleBody": 3}"#, "articleBody").is_empty());
    }

    #[test]
    fn the_first_iso_publication_date_is_the_story_s() {
        let story = r#"{"@type":"NewsArticle","datePublished":"Tuesday",
            "dateModified":"2021-03-04T10:00:00Z","datePublished" : " 2021-03-03T08:15:00+01:00 "}"#;
        let related = r#"{"@type":"ItemList","itemListElement":[{"datePublished":"2020-01-01"}]}"#;
        assert_eq!(
            date_published(&[story.to_string(), related.to_string()]).as_deref(),
            Some("2021-03-03T08:15:00+01:00")
        );
        assert_eq!(
            date_published(&[r#"{"datePublished":"2021-3-3"}"#.to_string()]),
            None
        );
        assert_eq!(date_published(&[]), None);
    }

    #[test]
    fn blocks_are_matched_against_a_shown_body() {
        let para = "The council voted on Tuesday to expand the bus network across the whole city";
        let body = [para; 10].join(" ");
        let json = format!(r#"{{"articleBody": "{body}"}}"#);
        let blocks = [
            para,
            "Sign up for our newsletter today and save money",
            "Short",
        ];
        assert_eq!(
            in_declared_body(std::slice::from_ref(&json), &blocks),
            [true, false, false]
        );
        // Not shown on the page: not trusted.
        let elsewhere = ["Something else entirely that the page shows instead of the body"; 20];
        assert_eq!(in_declared_body(&[json], &elsewhere), [false; 20]);
    }
}
