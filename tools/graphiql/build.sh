#!/usr/bin/env bash
# Rebuilds the GraphiQL assets embedded in src/Graph.GraphQL (committed, so the API serves GraphiQL on a machine
# without node). Versions are pinned in package.json + package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
out=../../src/Graph.GraphQL/Http/GraphiQL/assets
mkdir -p "$out"
npm ci --no-audit --no-fund --loglevel=error
cp node_modules/react/umd/react.production.min.js node_modules/react-dom/umd/react-dom.production.min.js "$out/"
npx esbuild node_modules/graphiql/graphiql.min.js --minify --outfile="$out/graphiql.min.js" --log-level=warning
npx esbuild node_modules/graphiql/graphiql.min.css --minify --outfile="$out/graphiql.min.css" --log-level=warning
ls -la "$out"
