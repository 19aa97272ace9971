#!/usr/bin/env bash
# p50/p95/p99 of GET /api/v1/dashboard/summary with 100,000 vendors loaded (bench/dashboard-100k.sql).
# Usage: bench/dashboard-summary.sh [seconds] [connections]     (build first: ./mvnw -q package -DskipTests)
# Needs: hey (Debian package 'hey'), curl, python3, mariadb client.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-30}
CONNECTIONS=${2:-10}
PORT=${BENCH_PORT:-8083}
DB=${BENCH_DB:-tollgate_bench_dashboard}
JAR=${BENCH_JAR:-backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar}
PASSWORD='bench-password-0123'
SQL="mysql --protocol=tcp -h127.0.0.1 -uroot"

$SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"

export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB"
export DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="bench-secret-0123456789abcdef0123456789abcdef"
export TOLLGATE_ADMIN_PASSWORD="$PASSWORD" MICRONAUT_SERVER_PORT=$PORT
# One token sends every request: lift its rate limit (1,200 a minute by default) for the measurement.
export TOLLGATE_RATE_LIMITS_API_PER_PRINCIPAL_CAPACITY=1000000000
# The scoring worker would re-score the synthetic vendors and compete for the two cores: pause it.
export TOLLGATE_SCORING_INITIAL_DELAY=1h

java ${JAVA_OPTS:-} -jar "$JAR" > /tmp/tollgate-bench-dashboard.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.2; done

load_start=$(date +%s)
$SQL $DB < bench/dashboard-100k.sql
echo "loaded in $(( $(date +%s) - load_start )) s: $($SQL -N $DB -e 'SELECT COUNT(*) FROM vendor') vendors," \
  "$($SQL -N $DB -e 'SELECT COUNT(*) FROM data_holding') holdings, $($SQL -N $DB -e 'SELECT COUNT(*) FROM vendor_risk_score') scores"

TOKEN=$(curl -s -X POST "localhost:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
URL="http://localhost:$PORT/api/v1/dashboard/summary"
curl -sf -H "Authorization: Bearer $TOKEN" "$URL" | python3 -c '
import sys, json
s = json.load(sys.stdin)
print("summary: vendors", s["vendorCount"], "scored", s["scoredCount"], "overdue", s["reassessments"]["overdue"],
      "dueSoon", s["reassessments"]["dueSoon"], "riskiest[0]", s["riskiest"][0]["name"], s["riskiest"][0]["score"])'
hey -z 10s -c "$CONNECTIONS" -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null   # warm-up (JIT)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "measured: ${SECONDS_TO_RUN}s, $CONNECTIONS connections, no rate limit"
hey -z "${SECONDS_TO_RUN}s" -c "$CONNECTIONS" -H "Authorization: Bearer $TOKEN" "$URL" \
  | grep -E "Requests/sec|Average|Fastest|Slowest|50%|90%|95%|99%|\[2..\]|\[[345]..\]|Error"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
