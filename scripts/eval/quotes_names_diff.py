#!/usr/bin/env python3
"""Which speaker names changed between two runs of `newsmark quotes` on
train (before: a saved copy of target/quotes-train.jsonl; after: the
current one), matched by document and quotation span, each printed with
the speaker phrase and the text before it. Train only: for reading what a
resolution change does, never for tuning on evaluation sets.

    cp target/quotes-train.jsonl /tmp/before.jsonl   # on the old code
    make eval-quotes SPLIT=train                      # on the new code
    python3 scripts/eval/quotes_names_diff.py /tmp/before.jsonl [--context 300] [--sample 30 --seed 1]
"""
import argparse, json, random, signal

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly

ap = argparse.ArgumentParser()
ap.add_argument('before')
ap.add_argument('after', nargs='?', default='target/quotes-train.jsonl')
ap.add_argument('--context', type=int, default=300, help='characters shown before the speaker')
ap.add_argument('--sample', type=int, default=0, help='print only this many changes, drawn at random')
ap.add_argument('--seed', type=int, default=1)
a = ap.parse_args()
root = '../shared/data/polnear/train/text'


def load(path):
    return {d['doc']: {(q['start'], q['end']): q for q in d['quotes']}
            for d in map(json.loads, open(path))}


before, after = load(a.before), load(a.after)
changes, spans = [], 0
for doc, quotes in after.items():
    old = before.get(doc, {})
    for key, q in quotes.items():
        p = old.get(key)
        if p is None:
            continue
        if (p.get('speaker_start'), p.get('speaker_end')) != (q.get('speaker_start'), q.get('speaker_end')):
            spans += 1
        if p.get('speaker_name') != q.get('speaker_name'):
            changes.append((doc, p, q))
print(f'{len(changes)} speaker names changed, {spans} speaker spans changed '
      f'({sum(map(len, after.values()))} quotations)')
shown = changes
if a.sample and len(changes) > a.sample:
    shown = random.Random(a.seed).sample(changes, a.sample)
for n, (doc, p, q) in enumerate(shown, 1):
    text = open(f'{root}/{doc}.txt', encoding='utf-8').read()
    at = q.get('speaker_start') or q['start']
    lo = max(0, min(at, q['start']) - a.context)
    hi = max(q.get('speaker_end') or 0, q['end'])
    context = ' '.join(text[lo:hi].split())
    print(f'\n[{n}] {doc}  phrase: {q.get("speaker_text")!r}')
    print(f'    before: {p.get("speaker_name")!r}  after: {q.get("speaker_name")!r}')
    print(f'    … {context}')
