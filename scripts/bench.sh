#!/usr/bin/env bash
# The benchmark run behind docs/benchmarks.md. Usage: scripts/bench.sh [persons] [work dir]
# Generates a county, loads it three ways (offline first load, transactional loader into a live
# database, the naive one-thread loader), then measures kinship, paths and detection on it.
set -euo pipefail
persons="${1:-1000000}"
work="${2:-/tmp/favornet-bench}"
root="$(cd "$(dirname "$0")/.." && pwd)"
fav="$root/scripts/favornet"
mkdir -p "$work"
log() { echo; echo "=== $* ($(date -u +%H:%M:%S))"; }
county="$work/county-$persons"
if [ ! -f "$county/persons.csv" ]; then
  log "generate $persons persons"
  /usr/bin/time -f "generate: %e s wall, %M KB max RSS" "$fav" generate --persons "$persons" --seed 1 --out "$county"
fi
wc -l "$county"/*.csv

log "first load: bulk-import into an empty store"
rm -rf "$work/bulk-data"
FAVORNET_DATA_DIR="$work/bulk-data" FAVORNET_DEMO=false "$fav" bulk-import "$county" 2>&1 | grep -vE '^\.{10}|^-\.|^\s*$|INFO|WARN|ANTLR' || true

log "incremental: the transactional loader into a live database"
rm -rf "$work/incr-data"
FAVORNET_DATA_DIR="$work/incr-data" FAVORNET_DEMO=false "$fav" import "$county" 2>&1 | grep -vE 'INFO|WARN|ANTLR|\r' | tail -30 || true

log "naive one-thread UNWIND loader into a live database"
rm -rf "$work/naive-data"
FAVORNET_DATA_DIR="$work/naive-data" FAVORNET_DEMO=false "$fav" bench-naive-load "$county" 2>&1 | grep -E 'naive' || true
rm -rf "$work/naive-data" "$work/incr-data"

log "kinship: service vs Cypher"
FAVORNET_DATA_DIR="$work/bulk-data" FAVORNET_DEMO=false "$fav" bench-kinship 2>&1 | grep -vE 'INFO|WARN|ANTLR' || true

log "paths: projection, service vs Cypher shortestPath"
FAVORNET_DATA_DIR="$work/bulk-data" FAVORNET_DEMO=false "$fav" bench-paths 2>&1 | grep -vE 'INFO|WARN|ANTLR' || true

log "detection: full analysis and evaluation against the ground truth"
FAVORNET_DATA_DIR="$work/bulk-data" FAVORNET_DEMO=false "$fav" analyse --top 10 2>&1 | grep -vE 'INFO|WARN|ANTLR' || true
FAVORNET_DATA_DIR="$work/bulk-data" FAVORNET_DEMO=false "$fav" evaluate --dir "$county" 2>&1 | grep -vE 'INFO|WARN|ANTLR' || true
