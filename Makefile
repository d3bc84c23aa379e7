# The two commands: `make demo` (build and serve the demo page) and
# `make test` (everything CI runs). Both set up what is missing first.
.PHONY: demo test setup wasm serve lint e2e bench eval-quotes bench-quotes

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
