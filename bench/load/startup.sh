#!/usr/bin/env bash
# Time from launching the API to its first GraphQL answer over the seeds, and its RSS after a few hundred queries.
# Usage: bench/load/startup.sh [Debug|Release] [port]   (run from anywhere; builds nothing: build the API first)
# The port is given as the Urls setting, which wins over launchSettings and ASPNETCORE_HTTP_PORTS.
# Prints: the API's own "loaded in" line, ms from exec to the first 200 answer, load average, VmRSS after warm-up.
set -euo pipefail
config=${1:-Debug}
port=${2:-5077}
root=$(cd "$(dirname "$0")/../.." && pwd)
dll=$root/src/Graph.Api/bin/$config/net10.0/Graph.Api.dll
[[ -f $dll ]] || { echo "build first: dotnet build src/Graph.Api -c $config" >&2; exit 1; }
log=$(mktemp)
query='{"query":"{ careerPaths(from: {title: \"Call-орталық қызметкері\", level: 3}, to: {title: \"Call-орталықтың басшысы (басқарушысы)\", level: 7}, inferred: false, first: 5) { steps { to { id level } } } }"}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
cd "$root/src/Graph.Api"
Urls=http://127.0.0.1:$port RateLimiting__PermitsPerMinute=0 dotnet "$dll" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  (( $(date +%s%N) - start < 60000000000 )) || { echo "no answer within 60 s" >&2; cat "$log"; exit 1; }
  sleep 0.02
done
echo "first answer after $(( ($(date +%s%N) - start) / 1000000 )) ms ($config)"
grep -o 'loaded in [0-9]* ms' "$log" | sed 's/^/graph /'
for i in $(seq 300); do
  curl -s -o /dev/null -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql"
done
echo "after 300 queries: $(grep VmRSS /proc/$pid/status | tr -s ' ')"
