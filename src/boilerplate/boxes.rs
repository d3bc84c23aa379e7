//! Prompt boxes: a newsletter, login or subscription box set inside the
//! story holds, besides the lines the cues recognise (`Get the Morning
//! Commute newsletter`, `Sign up`), a line selling it in words no cue can
//! list (`Traffic, transit and the news you need before you leave the
//! house.`). The box's class name says what it is, but the reading of the
//! page that ignores names (which the model picks on many modern pages)
//! loses that; the box's own prompts still say it. A block that shares a
//! small container with a prompt the cues recognise is flagged as that
//! prompt.

use crate::annotations::BoilerplateKind as Kind;
use crate::document::Document;
use std::collections::HashMap;

/// The cue kinds that make their container a prompt box.
const PROMPTS: &[Kind] = &[Kind::Newsletter, Kind::Login, Kind::Subscribe];

/// The most blocks and words of a prompt box: a heading, a line or two of
/// pitch, a button. More is a section of the page that merely holds a
/// prompt (the story's own container, with a sign-up line at its end).
const MAX_BOX_BLOCKS: usize = 5;
const MAX_BOX_WORDS: usize = 60;

/// The prompt kind each block inherits from its box, if it sits in one.
pub fn mates(doc: &Document, texts: &[&str], cues: &[Option<Kind>]) -> Vec<Option<Kind>> {
    let container = |i: usize| doc.elements[doc.blocks[i].element as usize].parent;
    let mut boxes: HashMap<u32, Vec<usize>> = HashMap::new();
    for i in 0..doc.blocks.len() {
        if let Some(parent) = container(i) {
            boxes.entry(parent).or_default().push(i);
        }
    }
    let mut kinds = vec![None; doc.blocks.len()];
    for members in boxes.values() {
        let words: usize = members
            .iter()
            .map(|&i| texts[i].split_whitespace().count())
            .sum();
        let prompt = members
            .iter()
            .find_map(|&i| cues[i].filter(|k| PROMPTS.contains(k)));
        if let Some(kind) = prompt
            .filter(|_| (2..=MAX_BOX_BLOCKS).contains(&members.len()) && words <= MAX_BOX_WORDS)
        {
            for &i in members {
                kinds[i] = Some(kind);
            }
        }
    }
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::html::parse;

    fn flagged(html: &str, cued: &str) -> Vec<String> {
        let doc = parse(html);
        let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
        let cues: Vec<Option<Kind>> = texts
            .iter()
            .map(|t| (*t == cued).then_some(Kind::Newsletter))
            .collect();
        let kinds = mates(&doc, &texts, &cues);
        texts
            .iter()
            .zip(kinds)
            .filter(|(_, k)| k.is_some())
            .map(|(t, _)| t.to_string())
            .collect()
    }

    #[test]
    fn a_pitch_beside_a_prompt_is_part_of_the_box() {
        let html = "<article><p>Story text.</p><aside><h3>Get our briefing</h3>\
                    <p>The day's news, before breakfast.</p></aside><p>More story.</p></article>";
        assert_eq!(
            flagged(html, "Get our briefing"),
            ["Get our briefing", "The day's news, before breakfast."]
        );
    }

    #[test]
    fn a_prompt_in_the_story_container_makes_no_box() {
        let story: String = (0..6)
            .map(|i| format!("<p>Paragraph {i} of the story.</p>"))
            .collect();
        let html = format!("<article>{story}<p>Get our briefing</p></article>");
        assert!(flagged(&html, "Get our briefing").is_empty());
    }
}
