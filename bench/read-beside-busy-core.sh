#!/usr/bin/env bash
# How much one busy core costs the read, whatever keeps it busy: starts JAR against DATABASE, warms
# GET /vendors/{id}/risk for 60 s, then holds it at RATE req/s over 8 connections in WINDOW-second windows, rounds
# times over: alone; beside a process that spins one core at nice 0; alone; beside the same at nice 19; alone;
# beside one that spins half the time (nice 0; on and off for 2-38 ms each, at random, so that it cannot keep step
# with the read's 40 ms tick). Prints each window's p99 and, per kind, the p99 pooled over its windows.
# Usage: bench/read-beside-busy-core.sh JAR DATABASE [RATE] [WINDOW] [ROUNDS]
set -euo pipefail
JAR=$1 DB=$2 RATE=${3:-200} WINDOW=${4:-15} ROUNDS=${5:-3}
PORT=${BENCH_PORT:-8086}
OUT=$(mktemp -d /tmp/tollgate-busy-core.XXXX)
. "$(dirname "$0")/server-env.sh" "$DB" "$PORT"
start_tollgate "$JAR" "$OUT/server.log"
warm_risk_read "$DB"
echo "== $(date -u +%FT%TZ) $RATE req/s, ${WINDOW} s windows, $ROUNDS rounds, log $OUT"
for R in $(seq 1 "$ROUNDS"); do
  for KIND in alone nice0 alone nice19 alone half; do
    HOG=
    case $KIND in
      nice0) nice -n 0 sh -c 'while :; do :; done' & HOG=$! ;;
      nice19) nice -n 19 sh -c 'while :; do :; done' & HOG=$! ;;
      half) python3 -c 'import random, time
while True:
    t, on = time.monotonic(), random.uniform(0.002, 0.038)
    while time.monotonic() - t < on:
        pass
    time.sleep(random.uniform(0.002, 0.038))' & HOG=$! ;;
    esac
    [ -n "$HOG" ] && trap 'kill $SERVER $HOG 2>/dev/null || true' EXIT
    hey -z "${WINDOW}s" -c 8 -q "$(( (RATE + 7) / 8 ))" -o csv -H "Authorization: Bearer $TOKEN" "$URL" > "$OUT/$KIND-$R-$(date +%s%N).csv"
    [ -n "$HOG" ] && kill "$HOG"
  done
done
python3 - "$OUT" <<'PY'
import csv, glob, math, os, sys
def p99(files):
    t = sorted(float(r["response-time"]) * 1000 for f in files for r in csv.DictReader(open(f)))
    return t[max(0, math.ceil(0.99 * len(t)) - 1)], len(t)
files = sorted(glob.glob(sys.argv[1] + "/*.csv"), key=lambda f: int(f.rsplit("-", 1)[1][:-4]))
for f in files:
    print(f"  {os.path.basename(f).rsplit('-', 1)[0]:10s} p99 {p99([f])[0]:.1f} ms")
for kind in ("alone", "nice0", "nice19", "half"):
    v, n = p99([f for f in files if os.path.basename(f).startswith(kind + "-")])
    print(f"{kind:7s} pooled p99 {v:.1f} ms over {n} responses")
PY
