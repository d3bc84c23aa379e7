//! The quote fields of the JSON report for a text file: `text` and
//! `speaker_text` are the file's own slices at the reported offsets, even
//! where the document collapsed the file's white space.

use newsmark::adapters::plain;
use newsmark::pipeline::{self, Options};
use newsmark::report::{Coordinates, Report};

#[test]
fn quote_text_is_the_file_slice_at_its_offsets() {
    let file = "Intro  line.\n\n“We  will\twin   this   race,”  said   Anna  Lindqvist.\n";
    let parsed = plain::parse(file);
    let annotations = pipeline::annotate(&parsed.doc, &Options::default());
    let coords = Coordinates::Original {
        original: file,
        starts: &parsed.line_starts,
    };
    let report = Report::new(&parsed.doc, &annotations, &coords);
    let chars: Vec<char> = file.chars().collect();
    let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    assert_eq!(report.quotes.len(), 1, "{:#?}", report.quotes);
    let q = &report.quotes[0];
    assert_eq!(q.text, "“We  will\twin   this   race,”");
    assert_eq!(q.text, slice(q.start, q.end));
    let (s, e) = (q.speaker_start.unwrap(), q.speaker_end.unwrap());
    assert_eq!(q.speaker_text.as_deref(), Some(slice(s, e).as_str()));
    assert_eq!(q.speaker_text.as_deref(), Some("Anna  Lindqvist"));
}
