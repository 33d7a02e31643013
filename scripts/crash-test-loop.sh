#!/usr/bin/env bash
# The crash test of docs/crash-test.md, N times in a row on one data directory: each run imports a
# file of new persons, kill -9s the service once a seeded random share (5-95%) of them is committed,
# restarts it (that start also serves the next run), checks that every batch committed before the
# kill is there, whole batches only, and the job FAILED, re-imports the file and checks that each of
# its rows is there exactly once. Prints one table row per run and "N passed, M failed".
# Usage: scripts/crash-test-loop.sh [runs=30] [seed=15] [rows=20000]
# FAVORNET_JAR: jar to run (default target/favornet-*.jar); CRASH_JAVA_OPTS: its JVM options;
# CRASH_DIR, CRASH_PORT: data directory and HTTP port. Details go to $CRASH_DIR/loop.log.
set -uo pipefail

RUNS=${1:-30}
SEED=${2:-15}
ROWS=${3:-20000}
BATCH=1000
WORK=${CRASH_DIR:-/tmp/favornet-crash-loop}
PORT=${CRASH_PORT:-18081}
JAR=${FAVORNET_JAR:-$(ls "$(dirname "$0")"/../target/favornet-*.jar | head -1)}
JAVA_OPTS=${CRASH_JAVA_OPTS:--Xmx1g}
API=http://127.0.0.1:$PORT/api
LOG=$WORK/loop.log

rm -rf "$WORK"
mkdir -p "$WORK"
export FAVORNET_DATA_DIR=$WORK/data FAVORNET_BOLT_PORT=0 FAVORNET_DEMO=false FAVORNET_SECURITY_DEMOUSERS=true
export FAVORNET_ADMIN_PASSWORD=crash-test-admin SERVER_PORT=$PORT
# One writer, 1,000-row batches: committed batches are a prefix of the file, counts multiples of 1,000.
# A 64 KB threshold makes each upload a background job.
export FAVORNET_BATCHSIZE=$BATCH FAVORNET_INGEST_WRITERS=1 FAVORNET_INGEST_ASYNCTHRESHOLD=64KB

# The kill points, drawn once from the seed: the same seed gives the same runs.
mapfile -t POINTS < <(awk -v n="$RUNS" -v s="$SEED" 'BEGIN { srand(s); for (i = 0; i < n; i++) print 5 + int(rand() * 91) }')

log() { echo "$(date -u +%T) $*" >> "$LOG"; }

start() {
  java $JAVA_OPTS -jar "$JAR" > "$WORK/service-$1.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1800); do
    if curl -sf -u officer:officer "$API/stats" > /dev/null 2>&1; then
      # Polls use a token: Basic runs bcrypt on every request, too slow to see each batch commit.
      TOKEN=$(curl -sf -u officer:officer -X POST "$API/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
      log "service up, pid $PID"
      return 0
    fi
    if ! kill -0 "$PID" 2> /dev/null; then log "service died"; tail -30 "$WORK/service-$1.log" >> "$LOG"; return 1; fi
    sleep 1
  done
  log "service did not come up"
  return 1
}

persons() {
  curl -sf -H "Authorization: Bearer $TOKEN" "$API/stats" | sed -n 's/.*"Person":\([0-9]*\).*/\1/p' | grep . || echo -1
}

job() {
  curl -sf -H "Authorization: Bearer $TOKEN" "$API/imports/jobs/$1"
}

post() {
  curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$1" "$API/imports/persons" \
    | sed -n 's/.*"id":"\([^"]*\)".*/\1/p'
}

echo "crash loop: $RUNS runs, seed $SEED, $ROWS rows per run, JVM $JAVA_OPTS, started $(date -u +%FT%TZ)"
echo "| run | kill at | persons at kill | after restart | after re-import | job after restart | result |"
echo "|---:|---:|---:|---:|---:|---|---|"
start 0 || { echo "0 passed, $RUNS failed (service did not start)"; exit 1; }
BEFORE=0   # persons of the earlier runs, all complete
PASSED=0
FAILED=0
for i in $(seq 1 "$RUNS"); do
  P=${POINTS[$((i - 1))]}
  # Run i's persons C<ii><nnnnnn>: new ids, so the run's own count is the total minus the earlier runs'.
  awk -v n="$ROWS" -v r="$i" 'BEGIN { print "person_id,name,gender,birth_date,region_code"
    for (j = 0; j < n; j++) printf "C%02d%06d,姓名%d,%s,19%02d-%02d-%02d,410203001%03d\n", r, j, j, (j % 2 ? "M" : "F"), 30 + j % 70, 1 + j % 12, 1 + j % 28, j % 1000 }' \
    > "$WORK/persons-$i.csv"
  # Kill once this many rows are committed: a whole number of batches, at least one, not all.
  TARGET=$(( ROWS * P / 100 / BATCH * BATCH ))
  [ "$TARGET" -lt "$BATCH" ] && TARGET=$BATCH
  [ "$TARGET" -ge "$ROWS" ] && TARGET=$((ROWS - BATCH))
  JOB=$(post "$WORK/persons-$i.csv")
  log "run $i: job $JOB, kill at $P% ($TARGET of $ROWS rows)"
  while true; do
    SEEN=$(( $(persons) - BEFORE ))
    if [ "$SEEN" -ge "$TARGET" ]; then break; fi
    sleep 0.1
  done
  kill -9 "$PID"
  wait "$PID" 2> /dev/null
  log "run $i: killed -9 with $SEEN persons of this run seen committed"
  FAIL=""
  if ! start "$i"; then
    echo "| $i | $P% | $SEEN | - | - | - | FAIL (no restart) |"
    FAILED=$((FAILED + RUNS - i + 1))
    break
  fi
  AFTER=$(( $(persons) - BEFORE ))
  STATE=$(job "$JOB" | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p')
  log "run $i: after restart $AFTER persons of this run, job $STATE"
  [ $((AFTER % BATCH)) -ne 0 ] && FAIL="$FAIL partial-batch"
  [ "$AFTER" -lt "$SEEN" ] && FAIL="$FAIL lost-committed-batches"
  [ "$AFTER" -ge "$ROWS" ] && FAIL="$FAIL kill-too-late"
  [ "$STATE" != FAILED ] && FAIL="$FAIL job-$STATE"
  JOB2=$(post "$WORK/persons-$i.csv")
  while true; do
    J=$(job "$JOB2")
    case "$J" in *'"state":"RUNNING"'*) sleep 1 ;; *) break ;; esac
  done
  log "run $i: re-import $(echo "$J" | grep -o '"rows":[0-9]*,"accepted":[0-9]*,"rejected":[0-9]*')"
  TOTAL=$(persons)
  FINAL=$(( TOTAL - BEFORE ))
  # Person.id is unique (constraint): ROWS more persons after loading ROWS distinct ids means no duplicate.
  [ "$FINAL" -ne "$ROWS" ] && FAIL="$FAIL after-reimport-$FINAL"
  BEFORE=$TOTAL
  if [ -z "$FAIL" ]; then R=PASS; PASSED=$((PASSED + 1)); else R="FAIL:$FAIL"; FAILED=$((FAILED + 1)); fi
  echo "| $i | $P% | $SEEN | $AFTER | $FINAL | $STATE | $R |"
done
kill "$PID" 2> /dev/null
wait "$PID" 2> /dev/null
echo "finished $(date -u +%FT%TZ), $BEFORE persons in the graph"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
