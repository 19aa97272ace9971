#!/usr/bin/env bash
# Startup time, RSS and GET /api/v1/vendors/{id} latency of the packaged jar against the local MariaDB.
# Usage: [FLOORS=1] bench/vendor-read.sh [rate-per-second] [seconds]     (build first: ./mvnw -q package -DskipTests)
#   FLOORS=1 also runs the same rate against GET /auth/me (the token check only) and GET /data-categories (one query more)
# Needs: hey (Debian package 'hey'), curl, python3, mariadb client.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-3000}
SECONDS_TO_RUN=${2:-30}
PORT=${BENCH_PORT:-8097}
DB=${BENCH_DB:-tollgate_bench_read}   # dropped and made again
JAR=${BENCH_JAR:-backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar}
PASSWORD='bench-password-0123'

mysql --protocol=tcp -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"

export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB"
export DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="bench-secret-0123456789abcdef0123456789abcdef"
export TOLLGATE_ADMIN_PASSWORD="$PASSWORD" MICRONAUT_SERVER_PORT=$PORT
# Far above one user's API limit (1,200 a minute): lifted, or the figures would time 429 answers.
export TOLLGATE_RATE_LIMITS_API_PER_PRINCIPAL_CAPACITY=1000000000

start=$(date +%s%N)
java ${JAVA_OPTS:-} -jar "$JAR" > /tmp/tollgate-bench.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.02; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 2
rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status)
echo "startup_to_ready_ms=$ready (fresh database: includes applying every migration)"
echo "rss_after_start_mb=$rss"

TOKEN=$(curl -s -X POST "localhost:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
ID=$(curl -s -X POST "localhost:$PORT/api/v1/vendors" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Bench Contact Centre","website":"https://bench.example","category":"CONTACT_CENTRE","tier":"CRITICAL","services":["Voice","Chat"]}' \
  | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
curl -s -X PUT "localhost:$PORT/api/v1/vendors/$ID/data-holdings" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '[{"dataCategory":"NAME","recordCount":5700000,"accessType":"BULK_ACCESS","regions":["AU"]},{"dataCategory":"DATE_OF_BIRTH","recordCount":1700000,"accessType":"BULK_ACCESS"}]' >/dev/null

URL="http://localhost:$PORT/api/v1/vendors/$ID"
# Warm-up: let the JIT compile the hot path before measuring. It takes about a minute of load: on a fresh server the
# risk read ran at 206 req/s in its first 5 s and reached its full rate after 50-60 s (docs/benchmarks.md).
hey -z 60s -c 20 -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null
# hey throttles each worker to -q req/s, so workers x q is the arrival rate.
WORKERS=50
echo "fixed rate: $RATE req/s for ${SECONDS_TO_RUN}s ($WORKERS workers)"
fixed_rate() {  # URL: RATE req/s for SECONDS_TO_RUN, the latency summary and status counts
  hey -z "${SECONDS_TO_RUN}s" -c $WORKERS -q $(( RATE / WORKERS )) -H "Authorization: Bearer $TOKEN" "$1" \
    | grep -E "Requests/sec|Average|Fastest|Slowest|50%|95%|99%|\[2..\]|\[[345]..\]|Error"
}
fixed_rate "$URL"
echo "saturation (no rate limit, 50 connections, 15s):"
hey -z 15s -c 50 -H "Authorization: Bearer $TOKEN" "$URL" | grep -E "Requests/sec|50%|99%|\[2..\]|\[[345]..\]"
rss_after=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status)
echo "rss_after_load_mb=$rss_after"
if [ -n "${FLOORS:-}" ]; then
  # What the same server and load tool manage at the same rate with less work per request: the token check alone
  # (the signature and the one revocation lookup every request makes), then that plus one small query. The vendor
  # read (the token check, the vendor, its links) cannot beat these.
  for FLOOR in /api/v1/auth/me /api/v1/data-categories; do
    hey -z 20s -c 20 -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT$FLOOR" >/dev/null
    echo "floor $FLOOR, fixed rate: $RATE req/s for ${SECONDS_TO_RUN}s ($WORKERS workers)"
    fixed_rate "http://localhost:$PORT$FLOOR"
  done
fi
