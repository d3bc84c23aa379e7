#!/usr/bin/env bash
# Serves the demo site (www/) on 127.0.0.1:${PORT:-8080}.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/serve.mjs www
