#!/usr/bin/env bash
# The load mix of issue #8 (bench/load: Gatling, open model) against the packaged jar on a generated portfolio.
# Usage: [ONLY=TYPE] bench/load.sh VENDORS RATES SECONDS      e.g. bench/load.sh 1000 100,200,400 30
#   ONLY     one request type alone at the whole rate: risk, list, autosave, dashboard or submit (default: the mix)
#   VENDORS  portfolio size; database tollgate_bench_load_VENDORS is generated once (bench/generate.sh), then reused
#            (REGENERATE=1 to make it again)
#   RATES    requests per second of the whole mix, comma-separated: one run per rate, to find the saturation point
#   SECONDS  length of each run at a fixed rate (after a 10 s warm-up at the first rate)
# Build first: ./mvnw -q package -DskipTests. Needs: python3, curl, mariadb client; Gatling comes from Maven Central.
# Rate limits are raised for the run: one admin token sends every analyst request, and the benchmark measures the
# server, not the limiter (the limiter's own cost is still paid on every request).
set -euo pipefail
cd "$(dirname "$0")/.."
VENDORS=${1:?vendors}; RATES=${2:?rates}; SECONDS_EACH=${3:-30}
DB=tollgate_bench_load_$VENDORS
PORT=${BENCH_PORT:-8090}
JAR=${BENCH_JAR:-backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar}
PASSWORD=${BENCH_ADMIN_PASSWORD:-'bench-password-0123'}   # the admin's password when the database was made
OUT=$(mktemp -d /tmp/tollgate-load.XXXX)
SQL() { mysql -h127.0.0.1 -uroot -N -B "$DB" -e "$1"; }

if [ -n "${REGENERATE:-}" ] || ! mysql -h127.0.0.1 -uroot -e "USE $DB" 2>/dev/null || [ "$(SQL 'SELECT COUNT(*) FROM vendor' 2>/dev/null || echo 0)" = 0 ]; then
  bench/generate.sh "$VENDORS" "$DB"
fi

export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="bench-secret-0123456789abcdef0123456789abcdef" TOLLGATE_ADMIN_PASSWORD="$PASSWORD"
export MICRONAUT_SERVER_PORT=$PORT
export TOLLGATE_RATE_LIMITS_API_PER_PRINCIPAL_CAPACITY=1000000000 TOLLGATE_RATE_LIMITS_PORTAL_PER_TOKEN_CAPACITY=1000000000
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.5; kill -0 $SERVER || { tail -30 "$OUT/server.log"; exit 1; }; done
N=$(SQL "SELECT COUNT(*) FROM vendor")
echo "== $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), $N vendors, log $OUT"
# Risk reads should find stored scores, as in production: wait for the worker's first scores (at most 10 minutes).
for _ in $(seq 1 600); do
  LEFT=$(SQL "SELECT $N - (SELECT COUNT(*) FROM vendor_risk_score)")
  [ "$LEFT" -le 0 ] && break
  sleep 1
done
echo "vendors without a score: $LEFT"

(cd bench/load && ../../mvnw -q -B test-compile)
gatling() {  # rate seconds data-dir
  (cd bench/load && ../../mvnw -q -B gatling:test -Dgatling.noReports=false -DbaseUrl="http://localhost:$PORT" \
      -Drate="$1" -Dseconds="$2" -Ddata="$3" -Donly="${ONLY:-}") > "$OUT/gatling-$1.log" 2>&1 || true
}
report() {  # the newest Gatling report: throughput and p50/p95/p99 per request type
  python3 bench/load/report.py "$(ls -td bench/load/target/gatling/loadmixsimulation-*/ | head -1)"
}

FIRST=${RATES%%,*}
python3 bench/load/setup.py "http://localhost:$PORT" "$PASSWORD" "$OUT/data-warmup" 20 $(( FIRST / 4 + 5 )) >/dev/null
gatling "$FIRST" 10 "$OUT/data-warmup"   # warm-up: JIT, pools, caches
IFS=, read -ra STEPS <<< "$RATES"
for RATE in "${STEPS[@]}"; do
  SUBMITS=$(( RATE * SECONDS_EACH / 50 + 10 )); case "${ONLY:-submit}" in submit) ;; *) SUBMITS=1 ;; esac
  python3 bench/load/setup.py "http://localhost:$PORT" "$PASSWORD" "$OUT/data-$RATE" 40 "$SUBMITS"
  echo "-- offered $RATE req/s for ${SECONDS_EACH}s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  gatling "$RATE" "$SECONDS_EACH" "$OUT/data-$RATE"
  report "$RATE" || { echo "  no Gatling report, see $OUT/gatling-$RATE.log"; tail -5 "$OUT/gatling-$RATE.log"; }
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg), server RSS $(awk '/VmRSS/ {print int($2/1024)}' /proc/$SERVER/status) MB"
  # With -XX:NativeMemoryTracking=summary in JAVA_OPTS: where the resident memory goes, kept beside the server log.
  case "${JAVA_OPTS:-}" in *NativeMemoryTracking*) jcmd $SERVER VM.native_memory summary > "$OUT/nmt-$RATE.txt" 2>&1 || true
    echo "   native memory (committed MB): $(awk '/committed=/ && /^-/ {n=$0; sub(/^- */,"",n); sub(/ *\(.*/,"",n); c=$0; sub(/.*committed=/,"",c); sub(/KB.*/,"",c); if (c + 0 >= 1024) printf "%s %d; ", n, c/1024}' "$OUT/nmt-$RATE.txt")";;
  esac
done
