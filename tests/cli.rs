//! The command line on good and bad input: bad input gets a one-line error
//! and a non-zero exit, never a panic trace.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn newsmark(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().unwrap();
    pipe.write_all(stdin.unwrap_or_default()).unwrap();
    drop(pipe);
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("newsmark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn assert_one_line_error(out: &Output, mentions: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "expected failure, got {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("newsmark: "), "{err}");
    assert!(err.contains(mentions), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn missing_file_is_a_one_line_error() {
    let out = newsmark(&["annotate", "/no/such/file.html"], None);
    assert_one_line_error(&out, "cannot read /no/such/file.html");
}

#[test]
fn binary_garbage_is_refused() {
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 256) as u8).collect();
    let path = temp_file("garbage.bin", &garbage);
    let out = newsmark(&["annotate", path.to_str().unwrap()], None);
    assert_one_line_error(&out, "looks binary");
}

#[test]
fn invalid_utf8_text_is_refused_with_the_offset() {
    let path = temp_file("latin1.txt", b"caf\xe9 au lait");
    let out = newsmark(&["annotate", path.to_str().unwrap()], None);
    assert_one_line_error(&out, "offset 3");
}

#[test]
fn broken_gzip_is_refused() {
    let path = temp_file("page.html.gz", b"not gzip at all");
    let out = newsmark(&["annotate", path.to_str().unwrap()], None);
    assert_one_line_error(&out, "not valid gzip");
}

#[test]
fn empty_file_gives_an_empty_result() {
    let path = temp_file("empty.txt", b"");
    let v = json(&newsmark(&["annotate", path.to_str().unwrap()], None));
    assert_eq!(v["quotes"], serde_json::json!([]));
    assert_eq!(v["entities"], serde_json::json!([]));
    assert_eq!(v["article"], "");
}

#[test]
fn stdin_html_is_recognised() {
    let page = b"<html><body><article><p>Hello world.</p></article></body></html>";
    let v = json(&newsmark(&["annotate", "-"], Some(page)));
    assert_eq!(v["article"], "Hello world.");
}

#[test]
fn a_huge_page_is_handled_without_a_panic() {
    // 50 MB of paragraphs: either a correct result or a clean refusal.
    let para = "<p>The minister said the plan would go ahead next week.</p>\n";
    let page = format!(
        "<html><body>{}</body></html>",
        para.repeat(50_000_000 / para.len())
    );
    let path = temp_file("huge.html", page.as_bytes());
    let out = newsmark(
        &["extract", "--format", "aeb", path.to_str().unwrap()],
        None,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.status.success(), "{err}");
}

#[test]
fn offsets_are_code_points_into_the_file() {
    // An emoji (1 code point, 4 bytes, 2 UTF-16 units) before the text.
    let text = "😀 “We will win,” said Anna Lindqvist.\n";
    let path = temp_file("emoji.txt", text.as_bytes());
    let v = json(&newsmark(&["annotate", path.to_str().unwrap()], None));
    let chars: Vec<char> = text.chars().collect();
    for item in v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .chain(v["quotes"].as_array().unwrap())
    {
        let (start, end) = (
            item["start"].as_u64().unwrap() as usize,
            item["end"].as_u64().unwrap() as usize,
        );
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, item["text"].as_str().unwrap());
    }
}

#[test]
fn extract_prints_the_benchmark_shape() {
    let path = temp_file(
        "page-1.html",
        b"<html><body><p>Body text.</p></body></html>",
    );
    let v = json(&newsmark(
        &["extract", "--format", "aeb", path.to_str().unwrap()],
        None,
    ));
    assert_eq!(v["page-1"]["articleBody"], "Body text.");
}

#[test]
fn help_describes_every_command_once() {
    let out = newsmark(&["--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert!(commands.len() >= 8, "{help}");
    for line in commands {
        let (name, description) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
        assert!(
            !description.trim().is_empty(),
            "`{name}` has no description:\n{help}"
        );
        // Clap joins the doc lines above a command into one description: a
        // second sentence is a doc comment that belongs to another command.
        let mut sentences = description.split(". ").skip(1);
        assert!(
            sentences.all(|s| !s.starts_with(char::is_uppercase)),
            "`{name}` has two sentences:\n{help}"
        );
    }
}

#[test]
fn several_files_print_one_line_each_and_a_bad_one_is_skipped() {
    let story = temp_file(
        "story.txt",
        "“We will rebuild the wall,” said Maria Jensen, the mayor of Harwich.\n".as_bytes(),
    );
    let page = temp_file(
        "page.html",
        b"<html><body><article><p>Talks in Oslo ended on Friday.</p></article></body></html>",
    );
    let (story, page) = (story.to_str().unwrap(), page.to_str().unwrap());
    let out = newsmark(&["annotate", story, "/no/such/file.html", page], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a skipped file fails the batch");
    assert!(err.contains("cannot read /no/such/file.html"), "{err}");
    assert!(err.contains("1 of 3 files could not be read"), "{err}");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], story);
    assert_eq!(lines[0]["quotes"][0]["speaker_name"], "Maria Jensen");
    assert_eq!(lines[1]["file"], page);
    assert!(lines[1]["article"].as_str().unwrap().contains("Oslo"));
}

#[test]
fn a_reader_that_stops_reading_ends_the_command_quietly() {
    use std::io::{BufRead, BufReader};
    let story = temp_file(
        "many.txt",
        "Talks in Oslo ended on Friday.\n".repeat(50).as_bytes(),
    );
    let story = story.to_str().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .arg("annotate")
        .args(std::iter::repeat_n(story, 2000))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with('{'), "{first}");
    // The reader is gone (as `| head -1` leaves): the next write fails.
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.is_empty(), "{err}");
}
