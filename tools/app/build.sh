#!/usr/bin/env bash
# Rebuilds the counsellor app embedded in src/Graph.Api/App (committed, so the API serves it without node).
# Deterministic: the same sources and pinned versions give the same bytes, which CI checks (.ci/run).
set -euo pipefail
cd "$(dirname "$0")"
out=../../src/Graph.Api/App
mkdir -p "$out"
[ "${SKIP_NPM_CI:-0}" = 1 ] || npm ci --no-audit --no-fund --loglevel=error
npx esbuild src/main.tsx --bundle --minify --format=iife --target=es2020 --jsx=automatic --jsx-import-source=preact \
  --legal-comments=none --charset=utf8 --outfile="$out/app.js" --log-level=warning
npx esbuild src/app.css --minify --charset=utf8 --outfile="$out/app.css" --log-level=warning
cp index.html "$out/index.html"
wc -c "$out"/*.js "$out"/*.css "$out"/*.html
