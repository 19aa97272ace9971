#!/usr/bin/env bash
# A/B of one read under load with a JFR profile: starts JAR against DATABASE (made by bench/vendor-read.sh or
# bench/generate.sh), warms up 10 s, then 20 s of `hey -c 20` on PATH while JFR samples, and prints the rate,
# p50/p99, the server's CPU milliseconds per request (from /proc, so less sensitive to other load than the rate)
# and the share of samples in the per-query costs this file was written to find.
# Usage: bench/profile-read.sh LABEL JAR DATABASE PATH [JVM options]   e.g. ... base old.jar tollgate_bench /api/v1/vendors/2
# Interleave runs of two jars (A B A B ...) on a shared machine and compare them pairwise.
set -euo pipefail
LABEL=$1 JAR=$2 DB=$3 URLPATH=$4; shift 4
PORT=${BENCH_PORT:-8091}
OUT=${BENCH_OUT:-/tmp/tollgate-profile}; mkdir -p "$OUT"
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="bench-secret-0123456789abcdef0123456789abcdef" TOLLGATE_ADMIN_PASSWORD='bench-password-0123'
export MICRONAUT_SERVER_PORT=$PORT TOLLGATE_RATE_LIMITS_API_PER_PRINCIPAL_CAPACITY=1000000000
java "$@" -jar "$JAR" > "$OUT/$LABEL.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.3; done
TOKEN=$(curl -s -X POST "localhost:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"bench-password-0123"}' | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
H="Authorization: Bearer $TOKEN"
hey -z 10s -c 20 -H "$H" "http://localhost:$PORT$URLPATH" >/dev/null
jcmd $SERVER JFR.start name=steady settings=profile filename="$OUT/$LABEL.jfr" >/dev/null
L1=$(cut -d' ' -f1 /proc/loadavg); C1=$(awk '{print $14+$15}' /proc/$SERVER/stat)
R=$(hey -z 20s -c 20 -H "$H" "http://localhost:$PORT$URLPATH")
L2=$(cut -d' ' -f1 /proc/loadavg); C2=$(awk '{print $14+$15}' /proc/$SERVER/stat)
jcmd $SERVER JFR.stop name=steady >/dev/null
N=$(echo "$R" | grep -oE '\[200\][[:space:]]+[0-9]+' | awk '{print $2}')
echo "$(date -u +%FT%TZ) $LABEL $URLPATH load $L1..$L2: $(echo "$R" | grep Requests/sec | awk '{print $2}') req/s," \
  "p50 $(echo "$R" | grep '50% in' | awk '{print $3*1000}') ms, p99 $(echo "$R" | grep '99% in' | awk '{print $3*1000}') ms," \
  "$N x 200, cpu $(echo "scale=2; ($C2-$C1)*1000/$(getconf CLK_TCK)/$N" | bc) ms/request"
jfr print --events jdk.ExecutionSample "$OUT/$LABEL.jfr" > "$OUT/$LABEL.samples.txt"
python3 - "$OUT/$LABEL.samples.txt" <<'PY'
import sys
ev = open(sys.argv[1]).read().split("jdk.ExecutionSample")[1:]
def share(frame):
    return 100 * sum(1 for e in ev if frame in e) / max(1, len(ev))
print("  %d samples; RuntimePersistentEntity.<init> %.1f %%, createMapper %.1f %%, driver QueryInfo.<init> (statement parse) %.1f %%"
      % (len(ev), share("RuntimePersistentEntity.<init>"), share("createMapper"), share("QueryInfo.<init>")))
PY
