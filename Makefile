# The two commands: `make demo` (build and serve the demo page) and
# `make test` (everything CI runs). Both set up what is missing first.
.PHONY: demo test setup wasm extension serve lint e2e bench screenshot

demo: setup wasm serve

test: setup lint
	cargo test
	$(MAKE) wasm extension e2e

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
