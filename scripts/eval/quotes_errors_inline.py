#!/usr/bin/env python3
"""Speaker errors on a split with gold {G:…} and predicted <P:…> marked
inline and the quote shortened to [Q…]: for reading train errors.

    python3 scripts/eval/quotes_errors_inline.py --split train [--limit N] [--seed S]
"""
import argparse, json, os, random

ap = argparse.ArgumentParser()
ap.add_argument('--split', default='train'); ap.add_argument('--limit', type=int, default=40)
ap.add_argument('--seed', type=int, default=0); ap.add_argument('--type')
a = ap.parse_args()
root = '../shared/data/polnear'
gold = [json.loads(l) for l in open(f'{root}/gold_quotes_{a.split}.jsonl')]
pred = {json.loads(l)['doc']: json.loads(l)['quotes'] for l in open(f'target/quotes-{a.split}.jsonl')}
out = []
for g in gold:
    text = open(os.path.join(root, g['text_file'])).read()
    for x in g['quotes']:
        if x.get('speaker_start') is None or (a.type and x['speaker_type'] != a.type): continue
        best = None
        for y in pred.get(g['doc'], []):
            inter = min(x['end'], y['end']) - max(x['start'], y['start'])
            if inter > 0.5 * (max(x['end'], y['end']) - min(x['start'], y['start'])): best = y
        if not best: continue
        frags = x.get('speaker_spans') or [[x['speaker_start'], x['speaker_end']]]
        ps, pe = best.get('speaker_start'), best.get('speaker_end')
        if ps is not None and any(ps < fe and fs < pe for fs, fe in frags): continue
        marks = [(x['start'], x['end'], 'Q'), (x['speaker_start'], x['speaker_end'], 'G')]
        if ps is not None: marks.append((ps, pe, 'P'))
        lo = min(m[0] for m in marks) - 100; hi = max(m[1] for m in marks) + 60
        lo = max(lo, 0)
        s = ''; pos = lo
        for st, en, k in sorted(marks):
            if st < pos: s += f' <{k} overlaps>'; continue
            s += text[pos:st]
            body = text[st:en]
            if k == 'Q': body = body[:25] + '…' + body[-10:] if len(body) > 40 else body
            s += {'Q': '[', 'G': '{G:', 'P': '<P:'}[k] + body + {'Q': ']', 'G': '}', 'P': '>'}[k]
            pos = en
        s += text[pos:hi]
        out.append(f"{g['doc'][:40]} {x['speaker_type']}: " + s.replace('\n', '¶'))
random.Random(a.seed).shuffle(out)
print(len(out))
print('\n'.join(out[:a.limit]))
