"""Compares list.sh output with a hand-written expected list.

Usage: python3 scripts/eval/modern/compare.py EXPECTED.tsv LISTED.tsv

Both are `file<TAB>type<TAB>text` lines (list.sh's `=> canonical` is
dropped, a leading `The ` is ignored). Per file, the multisets of names are
compared: a name expected and found with another type is a wrong type; the
other expected names are missed (or cut), the other found names spurious
(or cut pieces). Only the files of EXPECTED are read from LISTED.
"""
import collections
import sys


def read(path):
    names = collections.defaultdict(collections.Counter)
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        file, kind, text = line.rstrip("\n").split("\t")
        text = text.split(" => ")[0]
        text = text[4:] if text.startswith("The ") else text
        names[file][(text, kind)] += 1
    return names


def main(expected_path, listed_path):
    expected, listed = read(expected_path), read(listed_path)
    totals = collections.Counter()
    for file in sorted(expected):
        missing = expected[file] - listed[file]
        extra = listed[file] - expected[file]
        for (text, kind), n in sorted(missing.items()):
            wrong = [(k, m) for (t, k), m in extra.items() if t == text]
            for found_kind, m in wrong:
                paired = min(n, m)
                n -= paired
                extra[(text, found_kind)] -= paired
                totals["wrong type"] += paired
                print(file, "wrong type", f"{text} {found_kind} -> {kind}", sep="\t")
            if n > 0:
                totals["missed"] += n
                print(file, "missed", f"{text} {kind} x{n}", sep="\t")
        for (text, kind), n in sorted((+extra).items()):
            totals["spurious"] += n
            print(file, "spurious", f"{text} {kind} x{n}", sep="\t")
    print("errors", sum(totals.values()), dict(totals), sep="\t")


if __name__ == "__main__":
    main(*sys.argv[1:])
