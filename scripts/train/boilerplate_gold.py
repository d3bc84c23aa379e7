#!/usr/bin/env python3
"""Writes the gold of a training corpus in the AEB ground-truth format.

    boilerplate_gold.py CORPUS_DIR OUT.json

For l3s-gn1 the gold is rebuilt from `labels.json` with `fulltext` only (no
headline, captions or related links): the variant closest to AEB's
`articleBody`, which is what newsmark aims at. Other corpora are copied
with the synthetic readability pages left out.
"""
import json
import sys
from pathlib import Path


def main():
    corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
    truth = json.loads((corpus / "ground-truth.json").read_text())
    labels_path = corpus / "labels.json"
    if labels_path.exists():
        labels = json.loads(labels_path.read_text())
        truth = {
            k: {"articleBody": "\n\n".join(t for lab, t in labels[k] if lab == "fulltext"),
                "url": v.get("url", "")}
            for k, v in truth.items()
        }
    meta_path = corpus / "metadata.json"
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        truth = {k: v for k, v in truth.items() if not meta.get(k, {}).get("synthetic")}
    out.write_text(json.dumps(truth, ensure_ascii=False))


if __name__ == "__main__":
    main()
