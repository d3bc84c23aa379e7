#!/bin/sh
# Lists each quotation newsmark finds in the probe articles, one a line:
# file | quote (first 50 characters) | speaker_text -> speaker_name.
# Usage (from the repository root): scripts/eval/modern/quotes/list.sh [NEWSMARK]
set -e
bin=${1:-./target/release/newsmark}
for f in scripts/eval/modern/quotes/*.txt; do
  "$bin" annotate "$f" | python3 -c '
import json, sys
name = sys.argv[1].rsplit("/", 1)[-1]
for q in json.load(sys.stdin)["quotes"]:
    text = q["text"].replace("\n", " ")[:50]
    print(name, text, "%s -> %s" % (q.get("speaker_text"), q.get("speaker_name")), sep=" | ")
' "$f"
done
