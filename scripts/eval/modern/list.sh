#!/bin/sh
# Lists the names newsmark finds in the probe articles, one a line:
# file, type, text (and => canonical when it differs).
# Usage (from the repository root): scripts/eval/modern/list.sh [NEWSMARK]
set -e
bin=${1:-./target/release/newsmark}
for f in scripts/eval/modern/*.txt; do
  "$bin" annotate "$f" | python3 -c '
import json, sys
name = sys.argv[1].rsplit("/", 1)[-1]
for e in json.load(sys.stdin)["entities"]:
    if e["type"] in ("PER", "ORG", "LOC", "MISC"):
        canonical = "" if e["canonical"] == e["text"] else " => " + e["canonical"]
        print(name, e["type"], e["text"] + canonical, sep="\t")
' "$f"
done
