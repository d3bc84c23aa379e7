#!/usr/bin/env python3
"""Boilerplate in flattened text, on lines the detector's authors did not
tune on: how many leftover lines (`B `) are flagged and how many news
sentences (`A `) are flagged by mistake.

Each set in scripts/eval/leftovers/ was written by hand (session 9) to
check that reworded leftovers of the usual kinds are caught, as the
reference article's are. The lines go, eight at a time, between the
paragraphs of the reference article (its own leftover lines taken out),
and `newsmark annotate` reads the text. An article paragraph flagged is
reported too.

    python3 scripts/eval/leftovers.py [--bin target/release/newsmark] [SET …]
"""
import argparse, json, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, '../../../shared/seed/000_42cf54cf26e53be0.txt')
# The reference article's own leftovers, by their openings.
REFERENCE_LEFTOVERS = ("Jan. 7, 2020", "Let our news meet your inbox", "We're not around",
                       "Log in with your credentials", "Forgot your details")
PER_TEXT = 8


def article_paragraphs():
    paras = [p.strip() for p in open(SEED, encoding='utf-8').read().split('\n\n')]
    return [p for p in paras if p and not p.startswith(REFERENCE_LEFTOVERS)]


def flagged(binary, body, lines):
    """The blocks flagged in texts made of `body` with `lines` between."""
    out = set()
    for k in range(0, len(lines), PER_TEXT):
        chunk = lines[k:k + PER_TEXT]
        paras = []
        for i, p in enumerate(body):
            paras.append(p)
            if i < len(chunk):
                paras.append(chunk[i])
        with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
            f.write('\n\n'.join(paras) + '\n')
        try:
            run = subprocess.run([binary, 'annotate', f.name], capture_output=True, text=True, check=True)
        finally:
            os.unlink(f.name)
        out |= {b['text'].strip() for b in json.loads(run.stdout)['boilerplate']}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default='target/release/newsmark')
    ap.add_argument('sets', nargs='*')
    a = ap.parse_args()
    sets = a.sets or sorted(os.path.join(HERE, 'leftovers', f) for f in os.listdir(os.path.join(HERE, 'leftovers')))
    body = article_paragraphs()
    for path in sets:
        rows = [l.rstrip('\n').split(' ', 1) for l in open(path, encoding='utf-8') if l.strip()]
        leftovers = [t for k, t in rows if k == 'B']
        news = [t for k, t in rows if k == 'A']
        got = flagged(a.bin, body, leftovers + news)
        caught = [t for t in leftovers if t in got]
        wrong = [t for t in news if t in got]
        article = [p for p in body if p in got]
        print(f'{os.path.basename(path)}: leftovers flagged {len(caught)}/{len(leftovers)}, '
              f'news sentences flagged {len(wrong)}/{len(news)}, article paragraphs flagged {len(article)}')
        for t in leftovers:
            if t not in got:
                print('  missed:', t)
        for t in wrong + article:
            print('  flagged:', t)


if __name__ == '__main__':
    main()
