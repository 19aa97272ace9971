#!/usr/bin/env bash
# Time to ready (/health 200) and RSS of the packaged jar against the local MariaDB, on an already
# migrated database (the usual restart), RUNS times. Usage: bench/startup.sh [runs] [extra JVM options]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
OPTS=${2:-}
PORT=${BENCH_PORT:-8097}
DB=${BENCH_DB:-tollgate_bench_startup}   # a small database: the admin only (made on first start)
JAR=backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="bench-secret-0123456789abcdef0123456789abcdef" TOLLGATE_ADMIN_PASSWORD='bench-password-0123'
export MICRONAUT_SERVER_PORT=$PORT
mysql --protocol=tcp -h127.0.0.1 -uroot -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4"

run_once() {
  local start pid ready rss
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java $OPTS -jar "$JAR" > /tmp/tollgate-startup.log 2>&1 &
  pid=$!
  until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.01; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 2
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ready $rss"
}
run_once >/dev/null   # first start applies migrations; not counted
echo "jvm_options=[$OPTS]"
for i in $(seq 1 "$RUNS"); do
  read -r ready rss < <(run_once)
  echo "run $i: ready_ms=$ready rss_mb=$rss"
done
