#!/usr/bin/env bash
# Stalls of one read at a fixed rate, with nothing else running: starts JAR against DATABASE (an existing portfolio
# whose admin password is BENCH_ADMIN_PASSWORD, default bench-admin-password), warms GET /vendors/{id}/risk for 60 s,
# then holds it at RATE req/s over 8 connections for SECONDS and prints the p99, p99.9, max, the responses over 40 ms,
# and the stalls: groups of 6 or more of those that finished within 5 ms of each other, i.e. requests held up by one
# shared wait. LIMITER=off turns the API rate limiter off, to see what its batch (one request syncs the principal's bucket,
# the others wait for it) adds. Alternate on and off.
# Usage: [LIMITER=off] bench/read-stalls.sh JAR DATABASE [RATE] [SECONDS]
set -euo pipefail
JAR=$1 DB=$2 RATE=${3:-200} SECONDS_TO_RUN=${4:-60}
PORT=${BENCH_PORT:-8085}
OUT=$(mktemp -d /tmp/tollgate-read-stalls.XXXX)
. "$(dirname "$0")/server-env.sh" "$DB" "$PORT"
[ "${LIMITER:-on}" = off ] && export TOLLGATE_RATE_LIMITS_API_PER_PRINCIPAL_ENABLED=false
start_tollgate "$JAR" "$OUT/server.log"
warm_risk_read "$DB"
# Past the daily job's first run (30 s after start), as in bench/rescore.sh.
hey -z "${SECONDS_TO_RUN}s" -c 8 -q "$(( (RATE + 7) / 8 ))" -o csv -H "Authorization: Bearer $TOKEN" "$URL" > "$OUT/read.csv"
echo "== $(date -u +%FT%TZ) limiter ${LIMITER:-on}, $RATE req/s for ${SECONDS_TO_RUN} s, log $OUT"
python3 - "$OUT/read.csv" <<'PY'
import csv, math, sys
rows = [(float(r["offset"]), float(r["response-time"]) * 1000, r["status-code"]) for r in csv.DictReader(open(sys.argv[1]))]
times = sorted(t for _, t, _ in rows)
rank = lambda q: times[max(0, math.ceil(q * len(times)) - 1)]   # nearest rank
# Requests held up by one shared wait all finish when it ends: group the slow ones by when they finished.
done = sorted(o * 1000 + t for o, t, _ in rows if t > 40)
groups, current = [], []
for at in done:
    if current and at - current[-1] > 5:
        groups.append(current)
        current = []
    current.append(at)
if current:
    groups.append(current)
stalls = [g for g in groups if len(g) >= 6]
other = sum(1 for _, _, s in rows if s != "200")
print(f"{len(rows)} responses ({other} not 200), p99 {rank(0.99):.1f} ms, p99.9 {rank(0.999):.1f} ms, "
      f"max {times[-1]:.1f} ms, {len(done)} over 40 ms, "
      f"{len(stalls)} stalls in which 6 or more of them finished within 5 ms of each other")
PY
