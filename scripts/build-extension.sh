#!/usr/bin/env bash
# Assembles the browser extension from www/extension/ (its own files),
# www/lib/ (the walker, painter, panel and export shared with the demo and
# the bookmarklet) and www/pkg/ (the wasm, built by build-wasm.sh) into
# dist/extension/ (load it unpacked) and dist/newsmark-extension.zip (the
# same files, for a store or Firefox's about:debugging).
set -euo pipefail
cd "$(dirname "$0")/.."

[[ -f www/pkg/newsmark_bg.wasm ]] || ./scripts/build-wasm.sh

out=dist/extension
rm -rf "$out" dist/newsmark-extension.zip
mkdir -p "$out"
cp -r www/extension/. "$out/"
cp -r www/lib "$out/lib"
# Only what the service worker loads: the glue, its snippets, the wasm.
mkdir -p "$out/pkg"
cp -r www/pkg/newsmark.js www/pkg/newsmark_bg.wasm www/pkg/snippets "$out/pkg/"
(cd "$out" && zip -qr -X ../newsmark-extension.zip .)
echo "extension: $out/ and dist/newsmark-extension.zip ($(wc -c <dist/newsmark-extension.zip) bytes)"
