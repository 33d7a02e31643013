#!/usr/bin/env bash
# Runs scripts/crash-test.sh N times, each time killing at a seeded random point between 5% and 95%
# of the rows, and prints one table row per run and the summary "N passed, M failed".
# Usage: scripts/crash-test-loop.sh [runs=30] [seed=15] [rows=20000]   (logs under $CRASH_LOOP_DIR)
set -uo pipefail

RUNS=${1:-30}
SEED=${2:-15}
ROWS=${3:-20000}
HERE=$(dirname "$0")
LOGS=${CRASH_LOOP_DIR:-/tmp/favornet-crash-loop}
mkdir -p "$LOGS"

# The kill points, drawn once from the seed: the same seed gives the same runs.
mapfile -t POINTS < <(awk -v n="$RUNS" -v s="$SEED" 'BEGIN { srand(s); for (i = 0; i < n; i++) print 5 + int(rand() * 91) }')

echo "crash loop: $RUNS runs, seed $SEED, $ROWS rows, started $(date -u +%FT%TZ)"
echo "| run | kill at | persons at kill | after restart | after re-import | result |"
echo "|---:|---:|---:|---:|---:|---|"
PASSED=0
FAILED=0
for i in $(seq 1 "$RUNS"); do
  P=${POINTS[$((i - 1))]}
  LOG=$LOGS/run-$i.log
  CRASH_KILL_PERCENT=$P "$HERE/crash-test.sh" "$ROWS" > "$LOG" 2>&1
  R=$(grep '^RESULT ' "$LOG" | tail -1)
  if [ -z "$R" ]; then
    R="RESULT kill%=$P atKill=? afterRestart=? afterReimport=? job=? FAIL"
  fi
  field() { echo "$R" | sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
  VERDICT=${R##* }
  if [ "$VERDICT" = PASS ]; then PASSED=$((PASSED + 1)); else FAILED=$((FAILED + 1)); fi
  echo "| $i | $P% | $(field atKill) | $(field afterRestart) | $(field afterReimport) | $VERDICT |"
done
echo "finished $(date -u +%FT%TZ)"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
