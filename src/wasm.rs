//! The JavaScript API (`pkg/newsmark.js`): `annotate` and `clear` for a
//! live page, `analyse` for a snapshot taken elsewhere (the extension's
//! content script hands it to its service worker, where this runs without
//! a DOM).
//!
//! The DOM walk and the painting are JavaScript (`www/lib/snapshot.js`,
//! `www/lib/paint.js`): one string in, one batch of ranges out, instead of
//! a web-sys call per node. This file only glues them to the core.

use crate::adapters::{dom, snapshot};
use crate::builder::SKIP_SELECTOR;
use crate::pipeline::{self, Options};
use crate::report::{Coordinates, Report};
use js_sys::{Array, Object, Reflect, Uint32Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen(module = "/www/lib/snapshot.js")]
extern "C" {
    /// `{events, nodes, elements}`: see `src/adapters/snapshot.rs` for the format.
    type PageSnapshot;

    #[wasm_bindgen(catch, js_name = snapshot)]
    fn take_snapshot(root: &Element, skip_selector: &str) -> Result<PageSnapshot, JsValue>;

    #[wasm_bindgen(method, getter)]
    fn events(this: &PageSnapshot) -> String;

    #[wasm_bindgen(method, getter)]
    fn nodes(this: &PageSnapshot) -> JsValue;

    #[wasm_bindgen(method, getter)]
    fn elements(this: &PageSnapshot) -> JsValue;
}

#[wasm_bindgen(module = "/www/lib/paint.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = paint)]
    fn paint_page(
        root: &Element,
        nodes: &JsValue,
        list: &Object,
        mode: &str,
        elements: &JsValue,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_name = clear)]
    fn clear_page(root: &Element) -> Result<(), JsValue>;
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The options object both entry points take; every field is optional.
/// Unknown fields are an error, so a typo does not silently do nothing.
#[derive(Deserialize)]
#[serde(default)]
struct JsOptions {
    quotes: bool,
    entities: bool,
    boilerplate: bool,
    mode: Mode,
}

impl Default for JsOptions {
    fn default() -> Self {
        let all = Options::default();
        JsOptions {
            quotes: all.quotes,
            entities: all.entities,
            boilerplate: all.boilerplate,
            mode: Mode::default(),
        }
    }
}

#[derive(Deserialize, Default, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum Mode {
    /// CSS Custom Highlight API: no DOM mutation.
    #[default]
    Highlight,
    /// `<newsmark-hl>` wrappers (also the fallback where highlights are missing).
    Wrap,
}

impl JsOptions {
    fn parse(value: JsValue) -> Result<JsOptions, JsValue> {
        if value.is_undefined() || value.is_null() {
            return Ok(JsOptions::default());
        }
        let bad = |e: String| JsValue::from(JsError::new(&format!("newsmark: bad options: {e}")));
        // serde-wasm-bindgen reads only the fields it knows, so
        // `deny_unknown_fields` would never fire: check the keys here.
        if let Some(object) = value.dyn_ref::<Object>() {
            if let Some(key) = Object::keys(object)
                .iter()
                .filter_map(|k| k.as_string())
                .find(|k| !Self::FIELDS.contains(&k.as_str()))
            {
                return Err(bad(format!("unknown option `{key}`")));
            }
        }
        serde_wasm_bindgen::from_value(value).map_err(|e| bad(e.to_string()))
    }

    const FIELDS: [&'static str; 4] = ["quotes", "entities", "boilerplate", "mode"];

    fn pipeline(&self) -> Options {
        Options {
            quotes: self.quotes,
            entities: self.entities,
            boilerplate: self.boilerplate,
        }
    }
}

/// The selector of subtrees a snapshot must not enter, for callers that
/// take snapshots themselves (the extension's content script).
#[wasm_bindgen(js_name = skipSelector)]
pub fn skip_selector() -> String {
    SKIP_SELECTOR.to_string()
}

/// Annotates a snapshot without a DOM: the report (`quotes`, `entities`,
/// `boilerplate`, `headline`, `standfirst`, `byline`, `published`,
/// `article`, code point offsets as in the CLI), `text` (the document text
/// those offsets count in: the blocks' text, whitespace collapsed, joined
/// by `\n`) plus what `paint.js` needs (`ranges`, a `Uint32Array` of
/// `[startNode, startOffset, endNode, endOffset]` in UTF-16 units over the
/// snapshot's text nodes; per range `kinds`, `notes` and `refs`, the item's
/// index in its report list; `articleElement`, an index into the snapshot's
/// elements or `null`; `boilerplateElements`, indices).
#[wasm_bindgen]
pub fn analyse(events: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options = JsOptions::parse(options)?;
    let (report, list) = run(events, &options.pipeline())?;
    Ok(Object::assign(&report, &list).into())
}

/// Annotates the page under `root` and paints the result. Returns the
/// report, `text` (as in [`analyse`]) and `timings` (ms): `extract` (DOM
/// walk), `analyse` (decoding and all analyses), `paint`, `total`.
///
/// Nothing is painted unless everything before painting succeeded, and
/// `paint.js` applies all ranges or none.
#[wasm_bindgen]
pub fn annotate(root: &Element, options: JsValue) -> Result<JsValue, JsValue> {
    let options = JsOptions::parse(options)?;
    let mode = match options.mode {
        Mode::Highlight => "highlight",
        Mode::Wrap => "wrap",
    };
    // Clear first: wrappers from an earlier run would otherwise be in the
    // snapshot, and annotating twice must equal annotating once.
    clear_page(root)?;
    let t0 = now();
    let snap = take_snapshot(root, SKIP_SELECTOR)?;
    let t1 = now();
    let (report, list) = run(&snap.events(), &options.pipeline())?;
    let t2 = now();
    paint_page(root, &snap.nodes(), &list, mode, &snap.elements())?;
    let t3 = now();
    let timings = Object::new();
    for (name, ms) in [
        ("extract", t1 - t0),
        ("analyse", t2 - t1),
        ("paint", t3 - t2),
        ("total", t3 - t0),
    ] {
        Reflect::set(&timings, &name.into(), &ms.into())?;
    }
    Reflect::set(&report, &"timings".into(), &timings)?;
    Ok(report.into())
}

/// Removes everything `annotate` painted under `root`, restoring the DOM
/// exactly.
#[wasm_bindgen]
pub fn clear(root: &Element) -> Result<(), JsValue> {
    clear_page(root)
}

/// Decodes, analyses and maps to paint ranges: everything but the walk and
/// the paint, shared by both entry points.
fn run(events: &str, options: &Options) -> Result<(Object, Object), JsValue> {
    let snap = snapshot::decode(events);
    let ann = pipeline::annotate(&snap.doc, options);
    let report = Report::new(&snap.doc, &ann, &Coordinates::DocumentText);
    let list = dom::paint_list(&snap.doc, &snap.sources, &ann);

    // `None` becomes `null` and maps become objects: the CLI's JSON shape.
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    let report: Object = report.serialize(&serializer)?.unchecked_into();
    Reflect::set(&report, &"text".into(), &JsValue::from_str(&snap.doc.text))?;
    let paint = Object::new();
    let strings = |v: &[String]| -> Array { v.iter().map(|s| JsValue::from_str(s)).collect() };
    let article = list.article.map_or(JsValue::NULL, JsValue::from);
    for (name, value) in [
        ("ranges", Uint32Array::from(&list.ranges[..]).into()),
        ("kinds", strings(&list.kinds).into()),
        ("notes", strings(&list.notes).into()),
        ("refs", Uint32Array::from(&list.refs[..]).into()),
        ("articleElement", article),
        (
            "boilerplateElements",
            Uint32Array::from(&list.boilerplate[..]).into(),
        ),
    ] {
        Reflect::set(&paint, &name.into(), &value)?;
    }
    Ok((report, paint))
}

/// `performance.now()`, or 0 where there is no window (a worker).
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Tags the entities of plain `text` and returns how many it found: lets
/// scripts/bench-ner.mjs time the entity tagger alone in a browser.
#[wasm_bindgen(js_name = tagEntities)]
pub fn tag_entities(text: &str) -> usize {
    crate::entities::tag(text).len()
}

/// How many tokens the tokenizer makes of `text` (the benchmark's unit).
#[wasm_bindgen(js_name = countTokens)]
pub fn count_tokens(text: &str) -> usize {
    crate::tokens::tokenize(text).len()
}
