# The two commands: `make demo` (build and serve the demo page) and
# `make test` (everything CI runs). Both set up what is missing first.
.PHONY: demo test setup wasm serve lint e2e bench eval-boilerplate train-boilerplate bench-boilerplate

demo: setup wasm serve

test: setup lint
	cargo test
	$(MAKE) wasm e2e

setup:
	./scripts/setup.sh

wasm:
	./scripts/build-wasm.sh

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

# Article extraction quality: the CLI over AEB's 181 pages and dragnet's 1,379
# (measurement only; neither is used for training), scored by the benchmark's
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

# Rebuilds models/boilerplate.bin from the training corpora (models/boilerplate.md).
train-boilerplate:
	cargo build --release --bin newsmark
	$(NEWSMARK) train-boilerplate $(SHARED)/data/l3s-gn1 $(SHARED)/data/readability-pages

# annotate() against Readability.js's parse() on the median AEB page, same browser.
bench-boilerplate: setup wasm
	node scripts/bench-readability.mjs
