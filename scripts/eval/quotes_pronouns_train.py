#!/usr/bin/env python3
"""A rough train-side check of pronoun resolution (train has no hand-resolved
names): for each gold quote whose speaker is he/she, the proxy answer is the
speaker of the nearest preceding gold quote with a named speaker, and a
prediction counts when its speaker_name shares a name word with that
speaker's name tokens. Only a guide, biased towards the last named speaker
(a `she` after a man's quote counts the man as right): the real metric is
dev's hand-resolved names.

    python3 scripts/eval/quotes_pronouns_train.py [--show N]
"""
import argparse, json

ap = argparse.ArgumentParser(); ap.add_argument('--show', type=int, default=0)
a = ap.parse_args()
root = '../shared/data/polnear'
gold = [json.loads(l) for l in open(f'{root}/gold_quotes_train.jsonl')]
pred = {json.loads(l)['doc']: json.loads(l)['quotes'] for l in open('target/quotes-train.jsonl')}
TITLES = {'Mr.', 'Mrs.', 'Ms.', 'Sen.', 'Rep.', 'Gov.', 'Dr.', 'President'}
ok = n = 0
shown = 0
for g in gold:
    named = []
    for x in sorted(g['quotes'], key=lambda x: x['start']):
        if x['speaker_type'] == 'named':
            named.append(x)
            continue
        if x['speaker_type'] != 'pronoun' or x['speaker_text'].lower() not in ('he', 'she'):
            continue
        if not named:
            continue
        want = {t for t in named[-1]['speaker_name_tokens'] if t not in TITLES}
        best = None
        for y in pred.get(g['doc'], []):
            inter = min(x['end'], y['end']) - max(x['start'], y['start'])
            if inter > 0.5 * (max(x['end'], y['end']) - min(x['start'], y['start'])): best = y
        if not best: continue
        n += 1
        got = set((best.get('speaker_name') or '').replace('.', ' ').split())
        if want & got: ok += 1
        elif shown < a.show:
            shown += 1
            print(g['doc'], x['speaker_text'], 'proxy=', ' '.join(want), 'pred=', best.get('speaker_name'))
print(f'pronoun proxy accuracy {ok / n:.4f} ({ok}/{n})')
