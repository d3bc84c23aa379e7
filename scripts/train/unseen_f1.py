#!/usr/bin/env python3
"""Entity F1 overall and on the names never seen in training.

    python3 scripts/train/unseen_f1.py TRAIN GOLD PRED

TRAIN, GOLD: CoNLL files (NER tag in the last column, IOB1 or IOB2);
PRED: `token TAG` lines in GOLD's order (what `newsmark ner --conll`
writes). A gold or predicted name counts as unseen when its exact
spelling is never a name in TRAIN: the test set has many more of those
than the dev set, so this dev-only figure says more about the test set
than the overall dev F1 does. Exact-match spans, as score_ner.py.
"""
import sys

TYPES = ("PER", "LOC", "ORG", "MISC")


def sentences(path):
    out, current = [], []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            continue
        if cols:
            current.append((cols[0], cols[-1]))
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def spans(sentence):
    """(start, end, type) of each name; a B- tag or a new type starts one."""
    out, start, kind = [], None, None
    for i, (_, tag) in enumerate(sentence + [("", "O")]):
        prefix, _, k = tag.partition("-")
        if start is not None and (tag == "O" or prefix == "B" or k != kind):
            out.append((start, i, kind))
            start = None
        if tag != "O" and start is None:
            start, kind = i, k
    return out


def text(sentence, span):
    return " ".join(w for w, _ in sentence[span[0]:span[1]])


def f1(correct, found, expected):
    p, r = correct / max(found, 1), correct / max(expected, 1)
    return 2 * p * r / max(p + r, 1e-9)


def main(train, gold, pred):
    seen = {text(s, x) for s in sentences(train) for x in spans(s)}
    counts = {}
    for g, p in zip(sentences(gold), sentences(pred)):
        gs, ps = set(spans(g)), set(spans(p))
        for subset in ("all", "unseen"):
            keep = (lambda x: True) if subset == "all" else (lambda x: text(g, x) not in seen)
            for kind in ("ALL",) + TYPES:
                of_kind = lambda x: kind == "ALL" or x[2] == kind
                G = {x for x in gs if keep(x) and of_kind(x)}
                P = {x for x in ps if keep(x) and of_kind(x)}
                c = counts.setdefault((subset, kind), [0, 0, 0])
                c[0] += len(G & P)
                c[1] += len(P)
                c[2] += len(G)
    for subset in ("all", "unseen"):
        cells = [f"{k} {f1(*counts[(subset, k)]):.4f}" for k in ("ALL",) + TYPES]
        print(f"{subset}: {'  '.join(cells)}  ({counts[(subset, 'ALL')][2]} gold names)")


if __name__ == "__main__":
    main(*sys.argv[1:4])
