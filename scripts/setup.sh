#!/usr/bin/env bash
# Installs what building and testing newsmark needs, and only what is
# missing: safe to run again and again (a no-op takes well under a second).
set -euo pipefail
cd "$(dirname "$0")/.."

need() { ! command -v "$1" >/dev/null 2>&1; }

# Headless browser for the tests: Debian's chromium and its driver, same
# version. Never a browser downloaded by a test tool. zip/unzip pack and
# check the extension's zip.
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]] || need zip || need unzip; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update
  $sudo apt-get install -y chromium chromium-driver zip unzip
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if need wasm-bindgen || [[ "$(wasm-bindgen --version)" != "wasm-bindgen $version" ]]; then
  # --locked fails on some registry mirrors (a pinned transitive version is
  # missing); the unlocked build works.
  cargo install wasm-bindgen-cli --version "$version" --locked \
    || cargo install wasm-bindgen-cli --version "$version"
fi

# npm ci when node_modules is missing or older than the lockfile.
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
