#!/usr/bin/env python3
"""Counts wrong speaker names on the modern probe articles.

Reads the output of scripts/eval/modern/quotes/list.sh (stdin or a file)
and scripts/eval/modern/quotes/expected.list; an expected name may list
alternatives separated by ' / ' and end in a
note in brackets, which is ignored. Prints each wrong or missing quotation,
then the count per expected block (a '# Expected' comment opens a block).
Usage: scripts/eval/modern/quotes/list.sh BIN | python3 scripts/eval/quotes_probes.py
"""
import re
import sys

EXPECTED = "scripts/eval/modern/quotes/expected.list"


def read_listing(lines):
    found = {}
    for line in lines:
        parts = line.rstrip("\n").split(" | ")
        if len(parts) != 3:
            continue
        name = parts[2].rsplit(" -> ", 1)[-1]
        found[(parts[0], parts[1])] = name
    return found


def main():
    source = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    found = read_listing(source)
    blocks = []
    for line in open(EXPECTED):
        if line.startswith("#"):
            if line.startswith("# Expected"):
                blocks.append([line[2:].strip(), 0, 0])
            continue
        fname, quote, expected = line.rstrip("\n").split(" | ")
        expected = re.sub(r" \(.*\)$", "", expected)
        got = found.get((fname, quote), "(not found)")
        blocks[-1][2] += 1
        if got not in expected.split(" / "):
            blocks[-1][1] += 1
            print(f"WRONG {fname} | {quote} | got {got} | expected {expected}")
    for title, wrong, total in blocks:
        print(f"{wrong}/{total} wrong: {title}")


main()
