#!/usr/bin/env bash
# What one portal autosave costs: latency one save at a time, and CPU per save of the server and of MariaDB.
# Usage: bench/autosave-cost.sh SAVES JAR [JAR...]      e.g. bench/autosave-cost.sh 3000 /tmp/a.jar /tmp/b.jar
# Each jar in turn: start it on the database bench/load.sh made (tollgate_bench_load_1000; run that first), open
# one portal link, warm up with SAVES saves, then time SAVES more and read around them: both processes' CPU time
# (/proc), MariaDB's statement and commit counters, and the CPU time the hypervisor took from this machine (steal).
# Statements and commits per save are exact; CPU per save says how many saves two cores can take, and the steal
# says how far to trust this run's times (on this machine kind it came in bursts of up to a quarter of the CPU).
set -euo pipefail
cd "$(dirname "$0")/.."
SAVES=${1:?saves}; shift
DB=${BENCH_DB:-tollgate_bench_load_1000}
PORT=${BENCH_PORT:-8091}
PASSWORD=${BENCH_ADMIN_PASSWORD:-'bench-password-0123'}
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="bench-secret-0123456789abcdef0123456789abcdef" TOLLGATE_ADMIN_PASSWORD="$PASSWORD"
export MICRONAUT_SERVER_PORT=$PORT TOLLGATE_RATE_LIMITS_PORTAL_PER_TOKEN_CAPACITY=1000000000
cpu() {  # utime + stime of a process, in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}
steal_total() {  # the machine's steal and total CPU time, in clock ticks
  awk '/^cpu / {t = 0; for (i = 2; i <= NF; i++) t += $i; print $9, t}' /proc/stat
}
counters() {  # statements and commits MariaDB has seen, from any client
  mysql -h127.0.0.1 -uroot -N -B -e "SELECT SUM(IF(VARIABLE_NAME = 'QUESTIONS', VARIABLE_VALUE, 0)),
      SUM(IF(VARIABLE_NAME = 'COM_COMMIT', VARIABLE_VALUE, 0)) FROM information_schema.GLOBAL_STATUS"
}
MARIADB=$(pgrep -x mariadbd | head -1)
TICKS=$(getconf CLK_TCK)
for JAR in "$@"; do
  OUT=$(mktemp -d /tmp/tollgate-autosave.XXXX)
  java ${JAVA_OPTS:-} -jar "$JAR" > "$OUT/server.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.5; kill -0 $SERVER || { tail -30 "$OUT/server.log"; exit 1; }; done
  python3 bench/load/setup.py "http://localhost:$PORT" "$PASSWORD" "$OUT/data" 1 1 >/dev/null
  IFS=, read -r TOKEN QUESTION _ < <(sed -n 2p "$OUT/data/autosave.csv")
  python3 bench/autosave-latency.py "http://localhost:$PORT" "$TOKEN" "$QUESTION" "$SAVES" >/dev/null
  JAVA0=$(cpu $SERVER); DB0=$(cpu "$MARIADB"); read -r STEAL0 TOTAL0 < <(steal_total); read -r Q0 C0 < <(counters)
  RESULT=$(python3 bench/autosave-latency.py "http://localhost:$PORT" "$TOKEN" "$QUESTION" "$SAVES")
  JAVA1=$(cpu $SERVER); DB1=$(cpu "$MARIADB"); read -r STEAL1 TOTAL1 < <(steal_total); read -r Q1 C1 < <(counters)
  kill $SERVER; wait $SERVER 2>/dev/null || true
  python3 -c "
j = ($JAVA1 - $JAVA0) * 1000 / $TICKS / $SAVES; d = ($DB1 - $DB0) * 1000 / $TICKS / $SAVES
q = ($Q1 - $Q0 - 1) / $SAVES; c = ($C1 - $C0) / $SAVES; steal = 100 * ($STEAL1 - $STEAL0) / ($TOTAL1 - $TOTAL0)
print(f'$(date -u +%H:%M:%S) $(basename "$JAR"): {\"$RESULT\".split(\": \", 1)[1]}; per save: {q:.2f} statements, '
      f'{c:.2f} commits, CPU server {j:.2f} ms, MariaDB {d:.2f} ms, both {j + d:.2f} ms; steal {steal:.0f} %')"
done
