//! Technical and economic abbreviations that are common nouns, not names
//! (`DNA`, `GDP`, `CO2`, `mRNA`): their capitals made the rules guess an
//! organisation and the model, which saw few of them, typed `RNA` one.
//! CoNLL-2003 leaves them untagged (`GDP` is O all ten times in
//! eng.train). Disease names (`AIDS`, `HIV`) are MISC there and are not
//! listed.

/// The abbreviations, as written.
const TERMS: &[&str] = &[
    "AI", "CO2", "DNA", "GDP", "GNP", "LNG", "NO2", "RNA", "SO2", "mRNA",
];

/// Whether `name` is one of the [`TERMS`].
pub fn is_term(name: &str) -> bool {
    TERMS.contains(&name)
}
