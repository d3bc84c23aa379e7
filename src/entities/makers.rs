//! Product models named after their maker (`a Kia Sportage`, `the Google
//! Pixel 9`, `a used BMW X5`): CoNLL types them as products, MISC, with
//! their model number (`Toyota Celica`, `Ford Escort`, `VW Passat`,
//! `Airbus A310` in eng.train), while the model, which knows the maker's
//! name as a company, types the whole ORG and leaves the number out.
//!
//! A mention that starts with a maker's name and goes on with a model's
//! name, or is the maker followed by a model code, is one product name,
//! taken with the codes after it. A maker's divisions and subsidiaries
//! (`Toyota Australia`, `Ford Motor Co`, `Samsung Electronics`) stay
//! companies: see [`COMPANY_PARTS`].

use super::consistency::Mention;
use super::gazetteer::{self, is_company_suffix};
use super::joins::{first_and_last, join, overlapping, token_range, tokens_span};
use crate::annotations::EntityType::{Location, Misc, Organization};
use crate::text::Span;
use crate::tokens::{is_all_caps, Token, TokenKind};

/// Makers whose models are named after them: cars, phones, aircraft.
/// Not `Jaguar` (`Jaguar Land Rover` is a company), `Mini` or `Sony`
/// (`Sony Music`, `Sony Pictures`). A `match`, not a list searched for
/// every mention: it cost the entity pass 1 %.
fn is_maker(word: &str) -> bool {
    matches!(
        word,
        "Airbus"
            | "Apple"
            | "Audi"
            | "BMW"
            | "BYD"
            | "Boeing"
            | "Citroen"
            | "Cupra"
            | "Dacia"
            | "Embraer"
            | "Ferrari"
            | "Fiat"
            | "Ford"
            | "Google"
            | "Honda"
            | "Huawei"
            | "Hyundai"
            | "Kia"
            | "Lexus"
            | "Mazda"
            | "Mercedes"
            | "Mercedes-Benz"
            | "Mitsubishi"
            | "Motorola"
            | "Nissan"
            | "Nokia"
            | "OnePlus"
            | "Oppo"
            | "Peugeot"
            | "Polestar"
            | "Porsche"
            | "Renault"
            | "Samsung"
            | "Skoda"
            | "Subaru"
            | "Suzuki"
            | "Tesla"
            | "Toyota"
            | "VW"
            | "Vauxhall"
            | "Volkswagen"
            | "Volvo"
            | "Xiaomi"
    )
}

/// The maker of the products spelled with a small `i` (`iPhone`, `iPad`):
/// they are looked for only in an article that names it.
const I_MAKER: &str = "Apple";

/// Words after a maker's name that make a company's name, not a
/// product's (`Ford Motor`, `Samsung Electronics`, `Google Cloud`); the
/// gazetteer's organisation words (`Group`, `Motors`, `Energy`) and
/// places (`Toyota Australia`) count too.
const COMPANY_PARTS: &[&str] = &[
    "Capital",
    "Cloud",
    "Electronics",
    "Financial",
    "Labs",
    "Motor",
    "Research",
    "Ventures",
];

/// Words that finish a model's name after its code (`iPhone 16 Pro`,
/// `Galaxy S25 Ultra`).
const EDITIONS: &[&str] = &["Edge", "Lite", "Max", "Mini", "Plus", "Pro", "Ultra"];

/// Words after a number that make it an amount or a time, not a model
/// (`Toyota Celica 12 seconds behind`, `Ferrari F40 170 laps` in
/// CoNLL's rally and motor racing tables).
const MEASURES: &[&str] = &[
    "dollars", "hours", "laps", "minutes", "per", "percent", "points", "pounds", "seconds",
];

/// Retypes and extends the product models named after their makers, and
/// the other names the document writes as models (see [`is_coded`],
/// [`is_i_product`]).
pub fn fix(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let word = |i: usize| tokens[i].text(text);
    let mut products = Vec::new();
    let mut apple = false;
    for m in mentions.iter() {
        // The model types a maker's model as the maker, ORG, or MISC.
        if !matches!(m.kind, Organization | Misc) {
            continue;
        }
        let (first, last) = first_and_last(m.span.of(text));
        let maker = is_maker(first);
        apple |= first == I_MAKER;
        if !(maker || m.kind == Organization && is_code(last)) {
            continue;
        }
        let r = token_range(tokens, m.span);
        let named = maker && r.len() > 1 && (r.start + 1..r.end).all(|i| is_model_word(word(i)));
        let coded = m.kind == Organization && is_coded(text, tokens, &r);
        let end = after_codes(text, tokens, r.end, named || coded);
        if named || coded || (maker && end > r.end) {
            products.push(tokens_span(tokens, r.start, end - 1));
        }
    }
    // Only where the maker is named: a test at every token of every
    // article cost the entity pass 0.3 %.
    if apple {
        products.extend(i_products(text, tokens, mentions));
    }
    for span in products {
        join(mentions, span, Misc);
    }
}

/// An organisation's name of two words or more that ends in a model
/// code (`Galaxy Z Flip6`): a product the model took for its maker. A
/// one-word name is left alone (`MI5`, `G20`).
fn is_coded(text: &str, tokens: &[Token], r: &std::ops::Range<usize>) -> bool {
    let last = tokens[r.end - 1];
    r.len() > 1 && last.kind == TokenKind::Word && is_code(last.text(text))
}

/// `iPhone`, `iPad`, `iOS`: a product spelled with a small `i` before a
/// capital, which the model, reading a lower-case word, does not tag.
/// CoNLL has none; PolNeAR's train texts write `iPhone` and `iTunes`.
/// (A pattern over the text, whose prefilter stops at every `i`, cost
/// ten times as much as a test of each token's first bytes.)
fn is_i_product(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() > 1
        && bytes[0] == b'i'
        && bytes[1].is_ascii_uppercase()
        && bytes.iter().all(u8::is_ascii_alphanumeric)
}

/// The products spelled with a small `i` that the model left out, taken
/// with their codes (`iPhone 16 Pro`).
fn i_products(text: &str, tokens: &[Token], mentions: &[Mention]) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // The first two bytes first: most tokens fail there.
        let i_capital = bytes[t.span.start] == b'i'
            && bytes
                .get(t.span.start + 1)
                .is_some_and(u8::is_ascii_uppercase);
        if i_capital && is_i_product(t.text(text)) && overlapping(mentions, t.span).is_empty() {
            let end = after_codes(text, tokens, i + 1, true);
            found.push(tokens_span(tokens, i, end - 1));
        }
    }
    found
}

/// A word of a model's name after the maker's: capitalised or a code,
/// and no word of a company's name (nor an acronym without digits:
/// `Samsung SDI` is a company).
fn is_model_word(word: &str) -> bool {
    let g = gazetteer::get();
    let acronym = is_all_caps(word) && !word.contains(|c: char| c.is_ascii_digit());
    (word.starts_with(char::is_uppercase) || is_code(word))
        && !acronym
        && !COMPANY_PARTS.contains(&word)
        && !g.is_org_word(word)
        && !is_company_suffix(word)
        && g.lookup(word) != Some(Location)
}

/// The token after the model codes from token `i` on: `X5`, `S25`,
/// `ID.3`, `Y` (`Model Y`), a word before a code (`Note 13`) and an
/// edition after one (`Pro`). A bare number (`9`) only after a model's
/// `name`d: after a maker alone it is a score or a result (`Hyundai 2`,
/// the baseball team, `Motorola 2 seconds behind`, the cycling team, in
/// CoNLL's tables).
fn after_codes(text: &str, tokens: &[Token], mut i: usize, named: bool) -> usize {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let code = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            let w = t.text(text);
            if t.kind == TokenKind::Number {
                named
                    && w.len() <= MAX_CODE_BYTES
                    && w.chars().all(|c| c.is_ascii_digit())
                    && !is_measure(word(i + 1))
            } else {
                t.kind == TokenKind::Word && is_code(w) || is_letter_model(w)
            }
        })
    };
    let start = i;
    let ends_in_code = i > 0 && code(i - 1);
    loop {
        if code(i) {
            i += 1;
        } else if i == start
            && !ends_in_code
            && code(i + 1)
            && word(i).starts_with(char::is_uppercase)
        {
            i += 2;
        } else {
            break;
        }
    }
    if i > start && EDITIONS.contains(&word(i)) {
        i += 1;
    }
    i
}

/// Whether the token after a number makes it a measure or a time, not a
/// model (`Toyota Celica 2:09`, `12 seconds behind`, `170 laps`, `5%`).
fn is_measure(next: &str) -> bool {
    matches!(next, ":" | "%")
        || next.starts_with(|c: char| c.is_ascii_digit())
        || MEASURES.contains(&next)
}

/// Longest model code, in bytes (`Flip6`, `ID.3`, `A310`).
const MAX_CODE_BYTES: usize = 6;

/// A model code of letters and digits ending in a digit (`X5`, `S25`,
/// `A310`, `ID.3`), short, and not a quarter or half of a year (`Samsung
/// Q3 profit`).
fn is_code(word: &str) -> bool {
    // The last byte first: most words fail there.
    if !word.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = word.chars().filter(char::is_ascii_digit).count();
    let period = matches!(word, "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2");
    let letters = word.chars().any(|c| c.is_ascii_alphabetic());
    digits > 0
        && letters
        && !period
        && word.len() <= MAX_CODE_BYTES
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
        && !word.ends_with('.')
}

/// A one-letter model (`Model Y`, `Model S`); not `A` or `I`.
fn is_letter_model(word: &str) -> bool {
    word.len() == 1
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word != "A"
        && word != "I"
}
