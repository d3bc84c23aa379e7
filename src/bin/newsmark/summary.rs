//! The `--pretty` view of a report.

use newsmark::report::Report;

/// The `--pretty` view: quotes by speaker, entities by type, boilerplate.
pub fn summary(report: &Report) -> String {
    use std::collections::BTreeMap;
    use std::fmt::Write;
    let mut out = String::new();
    let mut by_speaker: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for q in &report.quotes {
        let who = q.speaker_name.as_deref().unwrap_or("(unattributed)");
        by_speaker.entry(who).or_default().push(&q.text);
    }
    let _ = writeln!(out, "Quotes ({}):", report.quotes.len());
    for (who, quotes) in &by_speaker {
        let _ = writeln!(out, "  {who}");
        for q in quotes {
            let _ = writeln!(out, "    {q}");
        }
    }
    let mut by_type: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for e in &report.entities {
        *by_type
            .entry(e.kind.label())
            .or_default()
            .entry(&e.canonical)
            .or_default() += 1;
    }
    let _ = writeln!(out, "Entities ({}):", report.entities.len());
    for (kind, names) in &by_type {
        let list: Vec<String> = names.iter().map(|(n, c)| format!("{n} ×{c}")).collect();
        let _ = writeln!(out, "  {kind}: {}", list.join(", "));
    }
    let _ = writeln!(out, "Boilerplate ({}):", report.boilerplate.len());
    for b in &report.boilerplate {
        let _ = writeln!(out, "  [{}] {}", b.kind, b.text);
    }
    out
}
