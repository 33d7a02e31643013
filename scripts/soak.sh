#!/usr/bin/env bash
# Soak test: the service on the demo county under a steady mixed load for N minutes (scripts/SoakLoad.java:
# stats, relatives, relations, paths, circles, leads list and detail, exports in all six formats,
# an analysis every 5 minutes, a 50-row import every 2), then p50/p99 per kind and the heap after a
# full GC at the start, the middle and the end. Loopback only; the service is stopped at the end.
# Usage: scripts/soak.sh [minutes=30] [requests per second=8]
# FAVORNET_JAR: jar to run (default target/favornet-*.jar); SOAK_DIR, SOAK_PORT, SOAK_JAVA_OPTS.
set -euo pipefail

MINUTES=${1:-30}
RATE=${2:-8}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${SOAK_DIR:-/tmp/favornet-soak}
PORT=${SOAK_PORT:-18082}
JAR=${FAVORNET_JAR:-$(ls "$HERE"/../target/favornet-*.jar | head -1)}

rm -rf "$WORK"
mkdir -p "$WORK"
export FAVORNET_DATA_DIR=$WORK/data FAVORNET_BOLT_PORT=0 FAVORNET_DEMO=true SERVER_PORT=$PORT
export FAVORNET_ADMIN_PASSWORD=soak-admin
# The load is one paced client; the per-user limit (20/s) stays the product default.
java ${SOAK_JAVA_OPTS:--Xmx1g} -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2> /dev/null; wait $PID 2> /dev/null' EXIT
# Ready once the demo county is loaded (tips, its last file): HTTP answers earlier, and
# "Started FavornetApplication" is logged before the demo loader finishes.
for _ in $(seq 1 1800); do
  if grep -q "Demo data tips.csv" "$WORK/service.log"; then break; fi
  kill -0 "$PID" 2> /dev/null || { echo "service died"; tail -30 "$WORK/service.log"; exit 1; }
  sleep 1
done
echo "== service up, pid $PID, $(date -u +%FT%TZ); soak of $MINUTES min at $RATE req/s"
java "$HERE/SoakLoad.java" "$PORT" "$MINUTES" "$PID" "$HERE/../fixtures/demo/persons.csv" "$RATE"
echo "== done $(date -u +%FT%TZ)"
