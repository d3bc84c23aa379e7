//! newsmark annotates news articles: direct quotations and who said them,
//! named entities, and boilerplate.
//!
//! Data flows one way:
//!
//! ```text
//! page ──adapter──▶ builder ──▶ Document ──pipeline──▶ Annotations ──▶ report / paint
//! ```
//!
//! * [`text`] — byte / UTF-16 / code point offsets, the only place that converts.
//! * [`document`], [`builder`] — the DOM-agnostic model and the rules that make it.
//! * [`boilerplate`], [`entities`], [`quotes`] — the analyses; they read a
//!   `Document` or its text and never touch a DOM.
//! * [`ner`] — the trained entity tagger that [`entities`] runs.
//! * [`pipeline`] — runs the analyses in order; [`report`] — the JSON shape.
//! * [`adapters`] — plain text, HTML files (native), the live DOM (wasm).

pub mod adapters;
pub mod annotations;
pub mod boilerplate;
pub mod builder;
pub mod document;
pub mod entities;
mod fnv;
pub mod ner;
pub mod pipeline;
pub mod quotes;
pub mod report;
#[cfg(not(target_arch = "wasm32"))]
mod shuffle;
pub mod text;
pub mod tokens;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The article this project started from (a 2020 news story with the
/// leftovers a scraper left in it): the CLI default and the demo page.
pub const REFERENCE_ARTICLE: &str = include_str!("../www/articles/reference.txt");
