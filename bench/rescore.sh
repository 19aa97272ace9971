#!/usr/bin/env bash
# Portfolio re-score after an incident (issue #4): starts Tollgate on PORT against DATABASE (made with
# bench/generate.sh), waits until every vendor has its first score, measures the p99 of GET /vendors/{id}/risk
# idle, then publishes a campaign against Salesforce through the API and measures the time until no re-score
# request or job is left and every vendor's score was recomputed after the publication, while measuring the
# same read's p99 over exactly the requests sent between the publication and the empty queue (from every response
# hey logs), and over 5 s windows from the publication. Before that it warms the read for READ_WARM_UP seconds (30)
# and re-scores WARM_UP earlier campaigns against the same platform (1; the first is printed as the cold figure; 0
# skips them).
# Usage: [WARM_UP=N] [READ_WARM_UP=S] [REPEAT=N] [BUSY_CORE=N] \
#          bench/rescore.sh [DATABASE] [PORT] [CONNECTIONS] [READ_RATE]
# REPEAT=N measures N re-scores in one run: the measured campaign is archived, published anew, and so on (below).
# BUSY_CORE=N adds N windows of the read beside a loop spinning one core, for comparison (below).
# READ_RATE (requests per second, spread over the connections) holds the read at a fixed rate, idle and during;
# without it the read runs flat out, so the re-score competes with a load that saturates both cores.
# Runs the packaged jar (or TOLLGATE_JAR) if there is one, else backend/target/classes, or TOLLGATE_CLASSPATH if set.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-tollgate_bench}
PORT=${2:-8082}
CONC=${3:-8}
READ_RATE=${4:-}
# hey's -q is a rate per connection.
RATE=(); [ -n "$READ_RATE" ] && RATE=(-q "$(( (READ_RATE + CONC - 1) / CONC ))")
SQL() { mysql -h127.0.0.1 -uroot -N -B "$DB" -e "$1"; }
OUT=$(mktemp -d /tmp/tollgate-rescore.XXXX)
JAR=${TOLLGATE_JAR:-backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar}
if [ -n "${TOLLGATE_CLASSPATH:-}" ]; then   # a classpath to run instead of the jar (e.g. while a build rewrites it)
  RUN=(java -cp "$TOLLGATE_CLASSPATH" io.tollgate.Application)
elif [ -f "$JAR" ]; then
  RUN=(java -jar "$JAR")
else
  ./mvnw -q -B -o -pl api,backend compile dependency:build-classpath -Dmdep.outputFile=/tmp/tollgate-runtime-classpath.txt -Dmdep.includeScope=runtime
  RUN=(java -cp "backend/target/classes:$(cat /tmp/tollgate-runtime-classpath.txt)" io.tollgate.Application)
fi
PASSWORD=bench-admin-password
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="$(head -c 48 /dev/urandom | base64)" TOLLGATE_ADMIN_PASSWORD=$PASSWORD MICRONAUT_SERVER_PORT=$PORT
# The read runs far above one user's API limit (1,200 a minute): lifted, or the figures would time 429 answers.
export TOLLGATE_RATE_LIMITS_API_PER_PRINCIPAL_CAPACITY=1000000000
"${RUN[@]}" > "$OUT/server.log" 2>&1 &
SERVER=$!
STARTED=$(date +%s)
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/health" >/dev/null; do sleep 0.5; kill -0 $SERVER || { tail -30 "$OUT/server.log"; exit 1; }; done
VENDORS=$(SQL "SELECT COUNT(*) FROM vendor")
echo "== $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $VENDORS vendors, log $OUT"
START=$(date +%s.%N)
until [ "$(SQL "SELECT (SELECT COUNT(*) FROM scoring_job) + (SELECT COUNT(*) FROM scoring_request) + (SELECT COUNT(*) FROM scoring_sweep) + $VENDORS - (SELECT COUNT(*) FROM vendor_risk_score)")" = 0 ]; do sleep 1; done
echo "first scores of every vendor (full path): $(echo "$(date +%s.%N) - $START" | bc) s"
TOKEN=$(curl -fs -X POST "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
SALESFORCE=$(SQL "SELECT id FROM vendor WHERE name = 'Salesforce'")
READ_ID=$(SQL "SELECT MIN(vendor_id) FROM vendor_platform WHERE platform_id = $SALESFORCE")
URL="http://127.0.0.1:$PORT/api/v1/vendors/$READ_ID/risk"
# Warm-up: the read reaches its full rate only after about a minute of load, as the JIT compiles it (flat out on a
# fresh server: 206 req/s in the first 5 s, 1,278 req/s after 80 s).
hey -z "${READ_WARM_UP:-30}s" -c "$CONC" -H "Authorization: Bearer $TOKEN" "$URL" > /dev/null
publish() {   # publish NAME [STATUS ID VERSION SLUG]: posts the campaign against Salesforce, or puts it with STATUS; prints the HTTP status
  curl -s -o "$OUT/incident.json" -w '%{http_code}' -X "$([ -n "${3:-}" ] && echo PUT || echo POST)" "http://127.0.0.1:$PORT/api/v1/incidents${3:+/$3}" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{
  \"name\": \"$1\", \"summary\": \"Callers posing as IT support talk agents into authorising a malicious connected app.\",
  \"severity\": \"CRITICAL\", \"status\": \"${2:-ACTIVE}\",${4:+ \"version\": $4, \"slug\": \"$5\",} \"publishedOn\": \"$PUBLISHED\",
  \"platforms\": [{\"name\": \"Salesforce\", \"vendorId\": $SALESFORCE}],
  \"techniques\": [{\"id\": \"T1566.004\", \"name\": \"Phishing: Spearphishing Voice\"}],
  \"exploitedControls\": [{\"controlCode\": \"C08\", \"relevance\": 1.0}, {\"controlCode\": \"C02\", \"relevance\": 1.0},
                          {\"controlCode\": \"C11\", \"relevance\": 1.0}, {\"controlCode\": \"C07\", \"relevance\": 0.5}],
  \"dataCategories\": [\"NAME\", \"EMAIL\", \"PHONE\"]}"
}
queue_empty() { [ "$(SQL "SELECT (SELECT COUNT(*) FROM scoring_job) + (SELECT COUNT(*) FROM scoring_request) + (SELECT COUNT(*) FROM scoring_sweep)")" = 0 ]; }
# A freshly started JVM compiles the scoring path while it runs the first campaign's re-score (the JIT took half a
# core throughout); a running instance has long compiled it. So an earlier campaign against the same platform is
# re-scored first, and timed as the cold figure; WARM_UP=0 skips it. Each further warm-up campaign compiles more of
# the path: after one, the C2 compiler still had half of the CPU samples of the measured campaign on this machine.
for W in $(seq 1 "${WARM_UP:-1}"); do
  PUBLISHED=$(date -u -d yesterday +%F)
  W0=$(date +%s.%N)
  STATUS=$(publish "Bench warm-up campaign $W $(date +%s)")
  [ "$STATUS" = 201 ] || { echo "publishing the warm-up campaign failed: $STATUS $(cat "$OUT/incident.json")"; exit 1; }
  until queue_empty; do sleep 0.2; done
  echo "warm-up campaign $W$([ "$W" = 1 ] && echo ' (cold: first campaign after start, JIT compiling)'), no read load: $(echo "$(date +%s.%N) - $W0" | bc) s"
done
# Past the daily job's first run (30 s after start), so it shares neither the idle nor the re-score measurement.
while [ $(( $(date +%s) - STARTED )) -lt 36 ]; do sleep 1; done
# p99 and count of the responses in a hey CSV (-o csv) whose request was sent between FROM and TO (seconds since
# the epoch; hey logs each request's offset from its own START), nearest rank; answers other than 200 are named.
# Further FROM TO pairs pool the responses of several windows.
p99_between() {   # p99_between CSV START FROM TO [FROM TO ...]
  python3 - "$@" <<'PY'
import csv, math, sys
path, start = sys.argv[1], float(sys.argv[2])
windows = [(float(a), float(b)) for a, b in zip(sys.argv[3::2], sys.argv[4::2])]
times, other = [], {}
with open(path) as f:
    for row in csv.DictReader(f):
        sent = start + float(row["offset"])
        if any(lo <= sent < hi for lo, hi in windows):
            times.append(float(row["response-time"]) * 1000)
            if row["status-code"] != "200":
                other[row["status-code"]] = other.get(row["status-code"], 0) + 1
times.sort()
p99 = times[max(0, math.ceil(0.99 * len(times)) - 1)] if times else float("nan")
seconds = sum(hi - lo for lo, hi in windows)
print(f"p99 {p99:.1f} ms over {len(times)} responses ({len(times) / seconds:.0f} req/s)" + (f", NOT 200: {other}" if other else ""))
PY
}
# The machine's steal (CPU time the hypervisor gave to other guests) and total CPU time, in ticks: on this VM kind
# steal came in bursts of up to a quarter of the CPU, which a read's tail feels before any code does.
steal_mark() { awk '/^cpu / {t = 0; for (i = 2; i <= NF; i++) t += $i; print $9, t}' /proc/stat; }
steal_pct() { echo "$1 $2" | awk '{printf "%.0f %%", 100 * ($3 - $1) / ($4 - $2)}'; }
IDLE0=$(date +%s.%N)
STEAL_I0=$(steal_mark)
hey -z 15s -c "$CONC" "${RATE[@]}" -o csv -H "Authorization: Bearer $TOKEN" "$URL" > "$OUT/idle.csv"
echo "idle: GET /vendors/$READ_ID/risk, $CONC connections${READ_RATE:+ at $READ_RATE req/s}, 15 s: $(p99_between "$OUT/idle.csv" "$IDLE0" "$IDLE0" "$(echo "$IDLE0 + 15" | bc)"); steal $(steal_pct "$STEAL_I0" "$(steal_mark)")"
NAME="Bench vishing campaign $(date +%s)"
PUBLISHED=$(date -u -d yesterday +%F)
# CPU seconds (user + system) of the server and of the database: less at the mercy of other processes than time.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
DBPID=$(pgrep -x mariadbd || pgrep -x mysqld)
# One read load runs from 5 s before the first publication until 2 s after the last queue empties, every response
# logged; hey stops at SIGINT and writes what it has. Its p99 is then taken over exactly the requests sent while each
# re-score ran, and, for the figures of earlier sessions, over 5 s windows from the first publication.
# REPEAT=N (1) re-scores N times in this run: the campaign is archived, then published anew, and so on, each change
# re-scoring the same vendors and moving about as many scores back and forth, 4 s after the previous re-score ended.
LOAD0=$(date +%s.%N)
hey -z 1800s -c "$CONC" "${RATE[@]}" -o csv -H "Authorization: Bearer $TOKEN" "$URL" > "$OUT/during.csv" &
LOAD=$!
trap 'kill $SERVER $LOAD 2>/dev/null || true' EXIT
sleep 1
WINDOWS=()
for R in $(seq 1 "${REPEAT:-1}"); do
  STEAL_B0=$(steal_mark)
  sleep 4
  APP0=$(cpu $SERVER); DB0=$(cpu "$DBPID")
  STEAL_T0=$(steal_mark)
  BEFORE=$(SQL "SELECT UTC_TIMESTAMP()")
  T0=$(date +%s.%N)
  if [ $(( R % 2 )) = 1 ]; then
    [ "$R" = 1 ] || NAME="Bench vishing campaign $(date +%s)"
    STATUS=$(publish "$NAME"); WANT=201; CHANGE="publishing"
  else
    STATUS=$(publish "$NAME" ARCHIVED "$INCIDENT" "$VERSION" "$SLUG"); WANT=200; CHANGE="archiving"
  fi
  [ "$STATUS" = "$WANT" ] || { echo "$CHANGE the incident failed: $STATUS $(cat "$OUT/incident.json")"; exit 1; }
  read -r INCIDENT VERSION SLUG < <(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["id"], d["version"], d["slug"])' "$OUT/incident.json")
  until queue_empty; do sleep 0.2; done
  T1=$(date +%s.%N)
  APP1=$(cpu $SERVER); DB1=$(cpu "$DBPID")
  STEAL_T1=$(steal_mark)
  FRESH=$(SQL "SELECT COUNT(*) FROM vendor_risk_score WHERE scored_at >= '$BEFORE'")
  CHANGED=$(SQL "SELECT COUNT(*) FROM vendor_risk_score_history WHERE scored_at >= '$BEFORE'")
  echo "${REPEAT:+[$R] }re-score after $CHANGE: $(echo "$T1 - $T0" | bc) s end to end; $FRESH of $VENDORS scores recomputed since; $CHANGED changed score or grade"
  echo "CPU meanwhile: server $(echo "$APP1 - $APP0" | bc) s (the read load's share included), database $(echo "$DB1 - $DB0" | bc) s"
  echo "steal: $(steal_pct "$STEAL_B0" "$STEAL_T0") in the 4 s before, $(steal_pct "$STEAL_T0" "$STEAL_T1") during"
  WINDOWS+=("$T0" "$T1")
done
# BUSY_CORE=N (0): then N windows of 5 s with a shell loop spinning one core, each after 4 s of the read alone. The
# loop shares nothing with Tollgate, so its windows show what any work that keeps a core busy costs the read on
# this machine, measured by the same load as the re-scores.
BUSY=()
for B in $(seq 1 "${BUSY_CORE:-0}"); do
  sleep 4
  B0=$(date +%s.%N)
  sh -c 'while :; do :; done' &
  SPIN=$!
  trap 'kill $SERVER $LOAD $SPIN 2>/dev/null || true' EXIT
  sleep 5
  kill $SPIN
  BUSY+=("$B0" "$(date +%s.%N)")
done
sleep 2
kill -INT $LOAD
wait $LOAD || true
R=1
BEFORES=()
for (( i = 0; i < ${#WINDOWS[@]}; i += 2 )); do
  T0=${WINDOWS[i]}; T1=${WINDOWS[i+1]}
  BEFORES+=("$(echo "$T0 - 4" | bc)" "$T0")
  echo "${REPEAT:+[$R] }read before the change (its last 4 s): $(p99_between "$OUT/during.csv" "$LOAD0" "$(echo "$T0 - 4" | bc)" "$T0")"
  echo "${REPEAT:+[$R] }read during the re-score: $(p99_between "$OUT/during.csv" "$LOAD0" "$T0" "$T1")"
  R=$(( R + 1 ))
done
if [ "${REPEAT:-1}" -gt 1 ]; then
  echo "all ${REPEAT} re-scores pooled: before $(p99_between "$OUT/during.csv" "$LOAD0" "${BEFORES[@]}"); during $(p99_between "$OUT/during.csv" "$LOAD0" "${WINDOWS[@]}")"
fi
if [ "${#BUSY[@]}" -gt 0 ]; then
  echo "read beside one busy core, ${BUSY_CORE} windows of 5 s pooled: $(p99_between "$OUT/during.csv" "$LOAD0" "${BUSY[@]}")"
fi
T0=${WINDOWS[0]}; T1=${WINDOWS[1]}
W=$T0
while [ "$(echo "$W < $T1" | bc)" = 1 ]; do
  echo "  window from +$(echo "$W - $T0" | bc | xargs printf '%.0f') s: $(p99_between "$OUT/during.csv" "$LOAD0" "$W" "$(echo "$W + 5" | bc)")"
  W=$(echo "$W + 5" | bc)
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
