#!/usr/bin/env python3
"""Predicted quoted spans by word count and casing, gold-matched or not, on
a split: the measurement behind the scare-quote and title choices.

    python3 scripts/eval/quotes_lengths.py [--split train]

Reads target/quotes-<split>.jsonl (`make eval-quotes SPLIT=<split>`).
"""
import argparse, collections, json

ap = argparse.ArgumentParser(); ap.add_argument('--split', default='train')
a = ap.parse_args()
root = '../shared/data/polnear'
gold = {json.loads(l)['doc']: json.loads(l) for l in open(f'{root}/gold_quotes_{a.split}.jsonl')}
pred = {json.loads(l)['doc']: json.loads(l)['quotes'] for l in open(f'target/quotes-{a.split}.jsonl')}
PUNCT = '"“”\'.,!?:;'
c = collections.Counter()
for d, g in gold.items():
    for y in pred.get(d, []):
        hit = any(min(x['end'], y['end']) - max(x['start'], y['start'])
                  > 0.5 * (max(x['end'], y['end']) - min(x['start'], y['start'])) for x in g['quotes'])
        words = y['text'].split()
        title = all(w.strip(PUNCT)[:1].isupper() or not w.strip(PUNCT) for w in words)
        c[(min(len(words), 6), title, hit)] += 1
print('words  casing     gold  not-gold')
for n in range(1, 7):
    for title in (False, True):
        print(f"{n if n < 6 else '6+':>5}  {'Title' if title else 'lower':<9} {c[(n, title, True)]:>5} {c[(n, title, False)]:>9}")
