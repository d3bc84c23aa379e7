//! Prompt boxes: a newsletter, login or subscription box set inside the
//! story holds, besides the lines the cues recognise (`Get the Morning
//! Commute newsletter`, `Sign up`), a line selling it in words no cue can
//! list (`Traffic, transit and the news you need before you leave the
//! house.`). The box's class name says what it is, but the reading of the
//! page that ignores names (which the model picks on many modern pages)
//! loses that; the box's own prompts still say it. A block that shares a
//! small container with a prompt the cues recognise is flagged as that
//! prompt. A teaser box is the same: the links beside a `Related` or
//! `Read also` label are teasers.

use crate::annotations::BoilerplateKind as Kind;
use crate::document::{BlockKind, Document};
use std::collections::HashMap;

/// The cue kinds that make their container a prompt box.
const PROMPTS: &[Kind] = &[Kind::Newsletter, Kind::Login, Kind::Subscribe];

/// The most blocks and words of a prompt box: a heading, a line or two of
/// pitch, a button. More is a section of the page that merely holds a
/// prompt (the story's own container, with a sign-up line at its end).
const MAX_BOX_BLOCKS: usize = 5;
const MAX_BOX_WORDS: usize = 60;

/// The blocks of one container: those of its child elements, and the text
/// set directly in it, which is a block of the container itself
/// (`<div><p>Read also</p><a>…</a></div>`).
#[derive(Default)]
struct Members {
    children: Vec<usize>,
    own: Vec<usize>,
}

/// The prompt kind each block inherits from its box, if it sits in one.
///
/// A prompt box is read from its child elements only: with the text set
/// directly in it, a blog index's entries (a heading, the teaser text, a
/// `Continue reading` link) made boxes of a story each (CleanEval).
pub fn mates(doc: &Document, texts: &[&str], cues: &[Option<Kind>]) -> Vec<Option<Kind>> {
    let mut boxes: HashMap<u32, Members> = HashMap::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        if block.kind == BlockKind::Other {
            boxes.entry(block.element).or_default().own.push(i);
        }
        if let Some(parent) = doc.elements[block.element as usize].parent {
            boxes.entry(parent).or_default().children.push(i);
        }
    }
    let fits = |blocks: &[usize], own: &[usize]| {
        let all = || blocks.iter().chain(own);
        (2..=MAX_BOX_BLOCKS).contains(&all().count())
            && all()
                .map(|&i| texts[i].split_whitespace().count())
                .sum::<usize>()
                <= MAX_BOX_WORDS
    };
    let mut kinds = vec![None; doc.blocks.len()];
    for Members { children, own } in boxes.values() {
        let prompt = children
            .iter()
            .find_map(|&i| cues[i].filter(|k| PROMPTS.contains(k)));
        if let Some(kind) = prompt.filter(|_| fits(children, &[])) {
            for &i in children {
                kinds[i] = Some(kind);
            }
            continue;
        }
        let teaser_box = || children.iter().chain(own);
        if fits(children, own) && teaser_box().any(|&i| cues[i] == Some(Kind::Related)) {
            for &i in teaser_box().filter(|&&i| is_link(doc, i)) {
                kinds[i] = Some(Kind::Related);
            }
        }
    }
    kinds
}

/// Whether block `i` is mostly link text. In a teaser box (`Read also`
/// over a headline) only the links are the teaser: a line of prose beside
/// the label is the story's, set in a box for layout.
fn is_link(doc: &Document, i: usize) -> bool {
    let block = &doc.blocks[i];
    block.link_bytes * 2 >= block.span.len()
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
    fn the_links_beside_a_read_also_label_are_teasers() {
        let doc = parse(
            "<article><p>Story text.</p><div><p>Lire aussi</p><a>Lait : les éleveurs</a>\
             <p>Une phrase du récit.</p></div><p>More story.</p></article>",
        );
        let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
        let cues: Vec<Option<Kind>> = texts
            .iter()
            .map(|t| (*t == "Lire aussi").then_some(Kind::Related))
            .collect();
        let related: Vec<&str> = mates(&doc, &texts, &cues)
            .iter()
            .zip(&texts)
            .filter(|(k, _)| **k == Some(Kind::Related))
            .map(|(_, t)| *t)
            .collect();
        assert_eq!(related, ["Lait : les éleveurs"]);
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
