#!/usr/bin/env bash
# Crash test of the record importer (docs/crash-test.md): start the service, start a large persons
# import, kill -9 the service mid-import, restart it, check that the database opens and holds whole
# batches only, that every batch committed before the kill is still there, re-run the import and
# check that every row is there exactly once.
# Usage: scripts/crash-test.sh [rows]   (needs target/*.jar: mvn -o -q package -DskipTests)
# CRASH_KILL_PERCENT (default 25): kill once that share of the rows is in the graph.
# FAVORNET_JAR: the jar to run (default target/favornet-*.jar).
# The last line is "RESULT kill%=P atKill=A afterRestart=R afterReimport=F job=S PASS|FAIL".
set -euo pipefail

ROWS=${1:-60000}
BATCH=1000
KILL_PERCENT=${CRASH_KILL_PERCENT:-25}
WORK=${CRASH_DIR:-/tmp/favornet-crash}
PORT=${CRASH_PORT:-18081}
JAR=${FAVORNET_JAR:-$(ls "$(dirname "$0")"/../target/favornet-*.jar | head -1)}
API=http://127.0.0.1:$PORT/api

rm -rf "$WORK"
mkdir -p "$WORK"
export FAVORNET_DATA_DIR=$WORK/data FAVORNET_BOLT_PORT=0 FAVORNET_DEMO=false FAVORNET_SECURITY_DEMOUSERS=true
export FAVORNET_ADMIN_PASSWORD=crash-test-admin SERVER_PORT=$PORT
# One writer and 1,000-row batches: committed batches are then a prefix of the file and the
# Person count after a crash must be a multiple of 1,000. A 64 KB job threshold makes every upload
# of the test a background job.
export FAVORNET_BATCHSIZE=$BATCH FAVORNET_INGEST_WRITERS=1 FAVORNET_INGEST_ASYNCTHRESHOLD=64KB

echo "== generating $ROWS persons"
awk -v n="$ROWS" 'BEGIN { print "person_id,name,gender,birth_date,region_code"
  for (i = 0; i < n; i++) printf "C%08d,姓名%d,%s,19%02d-%02d-%02d,410203001%03d\n", i, i, (i % 2 ? "M" : "F"), 30 + i % 70, 1 + i % 12, 1 + i % 28, i % 1000 }' \
  > "$WORK/persons.csv"
ls -l "$WORK/persons.csv"

start() {
  java ${CRASH_JAVA_OPTS:--Xmx1g} -jar "$JAR" > "$WORK/service-$1.log" 2>&1 &
  PID=$!
  echo "== service started, pid $PID"
  for _ in $(seq 1 1200); do
    if curl -sf -u officer:officer "$API/stats" > /dev/null 2>&1; then
      # Polls use a token: Basic runs bcrypt on every request, too slow to see each batch commit.
      TOKEN=$(curl -sf -u officer:officer -X POST "$API/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
      return 0
    fi
    if ! kill -0 "$PID" 2> /dev/null; then echo "service died"; tail -30 "$WORK/service-$1.log"; exit 1; fi
    sleep 1
  done
  echo "service did not come up"; exit 1
}

persons() {
  curl -sf -H "Authorization: Bearer $TOKEN" "$API/stats" | sed -n 's/.*"Person":\([0-9]*\).*/\1/p' | grep . || echo 0
}

start 1
JOB=$(curl -sf -u officer:officer -H 'Content-Type: text/csv' --data-binary @"$WORK/persons.csv" "$API/imports/persons" \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
echo "== import job $JOB started, kill at $KILL_PERCENT% of $ROWS rows"
# Persons visible in the graph are committed batches: acknowledged, so they must survive the kill.
TARGET=$((ROWS * KILL_PERCENT / 100))
while true; do
  WRITTEN=$(persons)
  if [ "${WRITTEN:-0}" -ge "$TARGET" ]; then break; fi
  sleep 0.1
done
kill -9 "$PID"
wait "$PID" 2> /dev/null || true
echo "== killed -9 mid-import with $WRITTEN persons seen committed"

start 2
AFTER=$(persons)
STATE=$(curl -sf -u officer:officer "$API/imports/jobs/$JOB" | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p')
echo "== after restart: database open, $AFTER persons, job state $STATE"
FAIL=0
if [ $((AFTER % BATCH)) -ne 0 ]; then echo "FAIL: $AFTER is not a whole number of $BATCH-row batches"; FAIL=1; fi
if [ "$AFTER" -lt "$WRITTEN" ]; then echo "FAIL: $WRITTEN persons were committed before the kill, $AFTER after"; FAIL=1; fi
if [ "$AFTER" -ge "$ROWS" ]; then echo "FAIL: the kill came too late ($AFTER of $ROWS written)"; FAIL=1; fi
if [ "$STATE" != "FAILED" ]; then echo "FAIL: the interrupted job should be FAILED, is $STATE"; FAIL=1; fi

JOB2=$(curl -sf -u officer:officer -H 'Content-Type: text/csv' --data-binary @"$WORK/persons.csv" "$API/imports/persons" \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
echo "== re-import job $JOB2"
while true; do
  J=$(curl -sf -u officer:officer "$API/imports/jobs/$JOB2")
  case "$J" in *'"state":"RUNNING"'*) sleep 1 ;; *) break ;; esac
done
echo "   $(echo "$J" | sed -n 's/.*"report":{\(.*\)}}*$/\1/p' | cut -c1-400)"
FINAL=$(persons)
echo "== after re-import: $FINAL persons (file has $ROWS rows)"
# Person.id is unique (constraint), so ROWS persons after loading ROWS distinct ids means no duplicate.
if [ "$FINAL" -ne "$ROWS" ]; then echo "FAIL: expected exactly $ROWS persons"; FAIL=1; fi

kill "$PID"
wait "$PID" 2> /dev/null || true
VERDICT=$([ $FAIL -eq 0 ] && echo PASS || echo FAIL)
echo "== $VERDICT"
echo "RESULT kill%=$KILL_PERCENT atKill=$WRITTEN afterRestart=$AFTER afterReimport=$FINAL job=$STATE $VERDICT"
exit $FAIL
