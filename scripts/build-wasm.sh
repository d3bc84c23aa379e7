#!/usr/bin/env bash
# Builds the release wasm and its ES-module glue into pkg/, copies them to
# www/pkg/ (so www/ alone is the deployable site) and prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

target=wasm32-unknown-unknown
# `cargo rustc --crate-type cdylib` rather than `cargo build`: with the
# rlib crate type in Cargo.toml, `cargo build` would silently skip LTO.
cargo rustc --lib --profile wasm-release --target "$target" --crate-type cdylib

rm -rf pkg
# The name and producers sections are debugging metadata (~25% of the file).
wasm-bindgen --target web --remove-name-section --remove-producers-section \
  --out-dir pkg "target/$target/wasm-release/newsmark.wasm"

rm -rf www/pkg
cp -r pkg www/pkg
# The glue imports its own copies of www/lib/snapshot.js and paint.js
# (wasm-bindgen "snippets"). Point them back at the originals: one module
# instance per page (so one paint state, whichever API painted), and the
# site, the bookmarklet and the extension all run the very same files.
for snippet in www/pkg/snippets/*/www/lib/*.js; do
  printf "export * from '../../../../../lib/%s';\n" "$(basename "$snippet")" >"$snippet"
done

wasm=pkg/newsmark_bg.wasm
raw=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
echo "newsmark wasm: $raw bytes raw, $gz bytes gzip -9 ($wasm)"
