#!/usr/bin/env python3
"""Where a training corpus loses points: the article text newsmark drops, by
the kind it was flagged as, and the boilerplate it keeps.

    boilerplate_errors.py CORPUS_DIR GOLD.json [KIND,KIND,... [N]]

GOLD.json is written by boilerplate_gold.py. Runs `newsmark annotate` on
every page (target/release/newsmark; build it first). A flagged block is
article text lost when at least half of its 4-word shingles are in the gold
(a shorter block: when its words start a gold shingle); a kept paragraph of
4+ words is boilerplate kept when fewer than half are. Both are counted in
words over the page's gold words and averaged over pages, as the
benchmark's per-page averages weigh them. With KINDS, prints the N worst
blocks of those kinds (`KEPT` for kept boilerplate). For training corpora
only: never run it on the evaluation sets.
"""
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

WORD = re.compile(r"\w+")
NEWSMARK = "target/release/newsmark"


def shingles(words):
    return {tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3))}


def in_gold(words, gold):
    if not words:
        return False
    if len(words) < 4:
        return any(s[:len(words)] == tuple(words) for s in gold)
    own = shingles(words)
    return sum(s in gold for s in own) * 2 >= len(own)


def main():
    corpus, gold_path = Path(sys.argv[1]), sys.argv[2]
    kinds = sys.argv[3].split(",") if len(sys.argv) > 3 else []
    worst = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    truth = json.loads(Path(gold_path).read_text())
    lost = collections.Counter()
    examples = collections.defaultdict(list)
    pages = 0
    for page, entry in truth.items():
        gold_words = WORD.findall(entry["articleBody"])
        if not gold_words:
            continue
        out = subprocess.run([NEWSMARK, "annotate", str(corpus / "html" / f"{page}.html.gz")],
                             capture_output=True, text=True).stdout
        if not out:
            continue
        report, gold, n = json.loads(out), shingles(gold_words), len(gold_words)
        pages += 1
        for block in report["boilerplate"]:
            words = WORD.findall(block["text"])
            if in_gold(words, gold):
                lost[block["kind"]] += len(words) / n
                examples[block["kind"]].append((len(words) / n, page, block["text"][:100]))
        for para in report["article"].split("\n\n"):
            words = WORD.findall(para)
            if len(words) >= 4 and not in_gold(words, gold):
                lost["KEPT"] += len(words) / n
                examples["KEPT"].append((len(words) / n, page, para[:100]))
    print(f"{corpus.name}: {pages} pages; words per gold word, averaged over pages")
    for kind, x in lost.most_common():
        label = "boilerplate kept" if kind == "KEPT" else f"article flagged as {kind}"
        print(f"  {label:32} {x / pages:.4f}")
    for kind in kinds:
        print(f"== {kind}")
        for share, page, text in sorted(examples[kind], reverse=True)[:worst]:
            print(f"  {share:.3f} {page[:12]:12} {text!r}")


if __name__ == "__main__":
    main()
