"""The most frequent tokens of the PolNeAR train texts, one a line, most
frequent first: the entity tagger sums their features once per model
instead of once per document (src/ner/tagger.rs, `CommonKinds`).

    python3 scripts/common_words.py ../shared/data/polnear/train/text 1000 \
        > src/ner/common_words.txt

The split approximates newsmark's tokenizer (possessives split off, dotted
abbreviations kept, punctuation one character a token); a word it splits
differently is only never found in the list, which changes no output.
Training texts only: the list must not be chosen on an evaluation set.
"""

import collections
import pathlib
import re
import sys

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|['’][sS]\b|\w+(?:[-'’]\w+)*|[^\w\s]")
POSSESSIVE = re.compile(r"(\w)(['’][sS])\b")


def tokens(text):
    return TOKEN.findall(POSSESSIVE.sub(r"\1 \2", text))


def main(folder, count):
    counts = collections.Counter()
    for path in sorted(pathlib.Path(folder).glob("*.txt")):
        counts.update(tokens(path.read_text(encoding="utf-8")))
    # Ties broken by the word, so the list is the same on every run.
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
    for word, _ in ranked[:count]:
        print(word)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
