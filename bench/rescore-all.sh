#!/usr/bin/env bash
# Whole-portfolio re-score with nothing changed (issue #8: "full portfolio re-score under 10 s at N = 100,000"):
# starts Tollgate against DATABASE (made with bench/generate.sh), waits for every vendor's first score, then queues
# a re-score of every vendor (an unscoped scoring request, as a portfolio-wide change would) and measures the time
# until no request or job is left. Every vendor is read and scored; those whose figures stay keep their explanation.
# Usage: [ROUNDS=2] bench/rescore-all.sh [DATABASE] [PORT]; each round queues the whole portfolio once.
# Runs the packaged jar, or TOLLGATE_CLASSPATH if set.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-tollgate_bench}
PORT=${2:-8082}
SQL() { mysql -h127.0.0.1 -uroot -N -B "$DB" -e "$1"; }
OUT=$(mktemp -d /tmp/tollgate-rescore-all.XXXX)
if [ -n "${TOLLGATE_CLASSPATH:-}" ]; then
  RUN=(java -cp "$TOLLGATE_CLASSPATH" io.tollgate.Application)
else
  RUN=(java -jar backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar)
fi
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="$(head -c 48 /dev/urandom | base64)" TOLLGATE_ADMIN_PASSWORD=bench-admin-password MICRONAUT_SERVER_PORT=$PORT
"${RUN[@]}" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/health" >/dev/null; do sleep 0.5; kill -0 $SERVER || { tail -30 "$OUT/server.log"; exit 1; }; done
VENDORS=$(SQL "SELECT COUNT(*) FROM vendor")
until [ "$(SQL "SELECT (SELECT COUNT(*) FROM scoring_job) + (SELECT COUNT(*) FROM scoring_request) + (SELECT COUNT(*) FROM scoring_sweep) + $VENDORS - (SELECT COUNT(*) FROM vendor_risk_score)")" = 0 ]; do sleep 1; done
sleep 35   # past the daily job's first run (30 s after start), so it does not share the measurement
echo "== $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $VENDORS vendors, log $OUT"
# Round 1 runs on a JVM that has not yet compiled the scoring path (cold); round 2 is what a running instance does.
for ROUND in $(seq 1 "${ROUNDS:-2}"); do
  # Whole seconds: on MariaDB the driver sends timestamps without their fraction (it reads the server as MySQL 5.5),
  # so a chunk scored in the same second as the request would otherwise count as not scored since.
  BEFORE=$(SQL "SELECT UTC_TIMESTAMP()")
  T0=$(date +%s.%N)
  SQL "INSERT INTO scoring_request (vendor_id, reason, created_at) VALUES (NULL, 'bench: whole portfolio', UTC_TIMESTAMP(6))"
  until [ "$(SQL "SELECT (SELECT COUNT(*) FROM scoring_job) + (SELECT COUNT(*) FROM scoring_request) + (SELECT COUNT(*) FROM scoring_sweep)")" = 0 ]; do sleep 0.2; done
  T1=$(date +%s.%N)
  echo "round $ROUND, whole-portfolio re-score: $(echo "$T1 - $T0" | bc) s; $(SQL "SELECT COUNT(*) FROM vendor_risk_score WHERE scored_at >= '$BEFORE'") of $VENDORS scored since"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
