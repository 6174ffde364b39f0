#!/usr/bin/env bash
# Behaviour check for extraction speed work: the loader's JSON over seeds/ must stay byte-identical.
# Usage: bench/extract-same.sh save <ref.json>   (before a change: run the built Release loader, keep its JSON and
#                                                 its stderr report as <ref.json>.log)
#        bench/extract-same.sh check <ref.json>  (after: run it again and compare both byte for byte; exit 1 on a difference)
# Builds nothing: `dotnet build src/Graph.Loader -c Release` first.
set -euo pipefail
mode=$1 ref=$2
root=$(cd "$(dirname "$0")/.." && pwd)
dll=$root/src/Graph.Loader/bin/Release/net10.0/Graph.Loader.dll
[[ -f $dll ]] || { echo "build first: dotnet build src/Graph.Loader -c Release" >&2; exit 1; }
out=$(mktemp --suffix=.json)
trap 'rm -f "$out" "$out.log"' EXIT
cd "$root"
# The report names the output file; write it under a fixed name so the logs compare.
dotnet "$dll" extract seeds --out "$out" 2>&1 >/dev/null | sed "s|$out|OUT.json|" >"$out.log"
case $mode in
  save) cp "$out" "$ref"; cp "$out.log" "$ref.log"; echo "saved $(wc -c <"$ref") bytes to $ref (+ .log)" ;;
  check) cmp "$ref" "$out" && cmp "$ref.log" "$out.log" && echo "identical: $(wc -c <"$ref") bytes, report $(wc -l <"$ref.log") lines" ;;
  *) echo "mode is save or check" >&2; exit 2 ;;
esac
