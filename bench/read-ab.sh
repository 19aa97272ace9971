#!/usr/bin/env bash
# One read, two ways of measuring it, for comparing jars: starts JAR against DATABASE (an existing portfolio whose
# admin password is BENCH_ADMIN_PASSWORD, default bench-admin-password), warms the read 40 s at 8 connections, then
# runs it 15 s flat out at 1 and at 8 connections and prints the rate, p50, p99 and the server's CPU milliseconds
# per answered request (from /proc, steadier than the rate on a shared machine). Alternate two jars (A B A B).
# Usage: bench/read-ab.sh LABEL JAR DATABASE PATH   e.g. bench/read-ab.sh after backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar tollgate_bench /api/v1/vendors/21/risk
set -euo pipefail
LABEL=$1 JAR=$2 DB=$3 URLPATH=$4
PORT=${BENCH_PORT:-8084}
OUT=$(mktemp -d /tmp/tollgate-read-ab.XXXX)
. "$(dirname "$0")/server-env.sh" "$DB" "$PORT"
start_tollgate "$JAR" "$OUT/server.log"
URL="http://127.0.0.1:$PORT$URLPATH"
hey -z 40s -c 8 -H "Authorization: Bearer $TOKEN" "$URL" > /dev/null
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$SERVER/stat"; }
for C in 1 8; do
  A=$(cpu)
  hey -z 15s -c "$C" -H "Authorization: Bearer $TOKEN" "$URL" > "$OUT/c$C.txt"
  B=$(cpu)
  OK=$(grep -E '^\s+\[200\]' "$OUT/c$C.txt" | awk '{print $2}')
  OTHER=$(sed -n '/Status code distribution/,/^$/p' "$OUT/c$C.txt" | grep -v '\[200\]' | grep -E '\[[0-9]+\]' | tr -s ' \t' ' ' | tr '\n' ';' || true)
  echo "$LABEL $URLPATH, $C connection(s): $(grep Requests/sec "$OUT/c$C.txt" | awk '{print $2}') req/s," \
       "p50 $(grep '50% in' "$OUT/c$C.txt" | awk '{print $3*1000}') ms, p99 $(grep '99% in' "$OUT/c$C.txt" | awk '{print $3*1000}') ms," \
       "server CPU $(echo "scale=2; ($B - $A) / ${OK:-1}" | bc) ms per answer, ${OK:-0} answered 200${OTHER:+, NOT 200: $OTHER}"
done
