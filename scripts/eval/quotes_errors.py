#!/usr/bin/env python3
"""List quote errors on a PolNeAR split for reading (tuning uses train only).

    python3 scripts/eval/quotes_errors.py --split train --kind speaker [--limit N]

kind: fp (predicted, not gold), fn (gold, not predicted), speaker (matched,
speaker span wrong). Matching follows the scorer roughly: trimmed IoU >= 0.5,
greedy.
"""
import argparse, json, os, random, re

TRIM = ' \t\n"“”«»„\''


def trim(text, s, e):
    while s < e and text[s] in TRIM: s += 1
    while e > s and text[e - 1] in TRIM: e -= 1
    return s, e


def iou(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0


def ctx(text, s, e, before=150, after=150):
    return (text[max(0, s - before):s] + '[[' + text[s:e] + ']]' + text[e:e + after]).replace('\n', ' ¶ ')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--split', default='train')
    ap.add_argument('--kind', default='speaker')
    ap.add_argument('--limit', type=int, default=60)
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--type', default=None, help='gold speaker type filter')
    a = ap.parse_args()
    root = '../shared/data/polnear'
    gold = {json.loads(l)['doc']: json.loads(l) for l in open(f'{root}/gold_quotes_{a.split}.jsonl')}
    pred = {json.loads(l)['doc']: json.loads(l) for l in open(f'target/quotes-{a.split}.jsonl')}
    out = []
    for doc, g in gold.items():
        text = open(os.path.join(root, g['text_file'])).read()
        gq = g['quotes']; pq = pred.get(doc, {'quotes': []})['quotes']
        pairs = []
        for i, x in enumerate(gq):
            for j, y in enumerate(pq):
                v = iou(trim(text, x['start'], x['end']), trim(text, y['start'], y['end']))
                if v >= 0.5: pairs.append((v, i, j))
        pairs.sort(reverse=True)
        mg, mp = {}, {}
        for v, i, j in pairs:
            if i not in mg and j not in mp: mg[i] = j; mp[j] = i
        if a.kind == 'fp':
            out += [(doc, ctx(text, y['start'], y['end']), f"spk={y.get('speaker_text')}") for j, y in enumerate(pq) if j not in mp]
        elif a.kind == 'fn':
            out += [(doc, ctx(text, x['start'], x['end']), f"gold spk={x.get('speaker_text')}") for i, x in enumerate(gq) if i not in mg]
        else:
            for i, j in mg.items():
                x, y = gq[i], pq[j]
                if x.get('speaker_start') is None: continue
                if a.type and x.get('speaker_type') != a.type: continue
                frags = x.get('speaker_spans') or [[x['speaker_start'], x['speaker_end']]]
                ps, pe = y.get('speaker_start'), y.get('speaker_end')
                ok = ps is not None and any(ps < fe and fs < pe for fs, fe in frags)
                if a.kind == 'speaker' and not ok:
                    lo = min(x['start'], x['speaker_start'], ps if ps is not None else x['start'])
                    hi = max(x['end'], x['speaker_end'], pe if pe is not None else x['end'])
                    out.append((doc, ctx(text, lo, hi, 80, 80), f"gold={x['speaker_text']!r} [{x.get('speaker_type')}] pred={y.get('speaker_text')!r}"))
    random.Random(a.seed).shuffle(out)
    print(len(out), 'errors')
    for d, c, info in out[:a.limit]:
        print(f'--- {d} {info}\n{c}')


main()
