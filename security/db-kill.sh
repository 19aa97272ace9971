#!/usr/bin/env bash
# Kills the database for real in the middle of a write load and checks how Tollgate takes it:
#   - every request either succeeds (201) or gets 503 problem+json with Retry-After, each within 5 s;
#   - after MariaDB is back, the same Tollgate process serves again (no restart);
#   - every vendor whose creation was acknowledged (201) is in the database afterwards.
# It starts the packaged jar on a scratch database, runs WRITERS parallel create loops, kill -9s mariadbd after a few
# seconds, restarts it with start-stop-daemon (as .ci/run does), keeps writing, then checks.
#
#   security/db-kill.sh
#
# WARNING: this stops the machine's MariaDB on 127.0.0.1:3306 for a few seconds. Everything else using it (other
# test runs) fails meanwhile. Run it on a machine of your own. The test suite's DatabaseFaultTest checks the same
# through a TCP proxy without touching the server.
#
# Needs: the jar (./mvnw package -DskipTests), MariaDB started from /usr/sbin/mariadbd, run as root, curl, mysql.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${DBKILL_PORT:-8097}
DB=tollgate_dbkill
WRITERS=${DBKILL_WRITERS:-6}
OUTAGE=${DBKILL_OUTAGE_SECONDS:-4}
OUT=${DBKILL_OUT:-target/db-kill}
JAR=backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar
BASE="http://127.0.0.1:$PORT"
PASSWORD='dbkill-admin-password-0123'
MYSQL=(mysql --protocol=tcp -h127.0.0.1 -P3306 -uroot)

db_ping() { mysqladmin --protocol=tcp -h127.0.0.1 -P3306 -uroot ping >/dev/null 2>&1; }
now_ms() { date +%s%3N; }

rm -rf "$OUT" && mkdir -p "$OUT"
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="dbkill-secret-0123456789abcdef0123456789abcdef" TOLLGATE_ADMIN_PASSWORD="$PASSWORD"
export MICRONAUT_SERVER_PORT=$PORT
java -Dtollgate.rate-limits.api-per-principal.capacity=100000000 -jar "$JAR" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'touch "$OUT/stop"; kill $SERVER 2>/dev/null || true; db_ping || start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/health" >/dev/null && break; sleep 1; done
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

# One writer: creates vendors until $OUT/stop exists; one line per request:
#   start_ms end_ms status vendor_name vendor_id retry_after content_type
writer() {
  local w=$1 n=0
  while [ ! -e "$OUT/stop" ]; do
    n=$((n + 1))
    local name="DbKill w$w n$n" start end code body hdr
    body="$OUT/w$w.body" hdr="$OUT/w$w.hdr"
    start=$(now_ms)
    code=$(curl -s -o "$body" -D "$hdr" -w '%{http_code}' --max-time 30 -X POST "$BASE/api/v1/vendors" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"name\":\"$name\",\"website\":\"https://dbkill.example\",\"category\":\"CRM\",\"tier\":\"HIGH\"}" || echo 000)
    end=$(now_ms)
    local id retry type
    id=$(grep -oE '"id":[0-9]+' "$body" 2>/dev/null | head -1 | cut -d: -f2 || true)
    retry=$(grep -i '^retry-after:' "$hdr" 2>/dev/null | tr -d '\r' | cut -d' ' -f2 || true)
    type=$(grep -i '^content-type:' "$hdr" 2>/dev/null | tr -d '\r' | cut -d' ' -f2 || true)
    echo "$start $end $code $name|${id:--}|${retry:--}|${type:--}" >> "$OUT/w$w.tsv"
  done
}

for w in $(seq 1 "$WRITERS"); do writer "$w" & done
sleep 3
MARIADB_PID=$(cat /run/mysqld/mysqld.pid)
KILLED_AT=$(now_ms)
kill -9 "$MARIADB_PID"
echo "killed mariadbd ($MARIADB_PID) at $(date -u +%H:%M:%S)"
sleep "$OUTAGE"
start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
for _ in $(seq 1 60); do db_ping && break; sleep 0.5; done
UP_AT=$(now_ms)
echo "mariadbd back after $(( (UP_AT - KILLED_AT) / 1000 )) s"
sleep 10
touch "$OUT/stop"
wait $(jobs -p | grep -v "^$SERVER\$") 2>/dev/null || true

cat "$OUT"/w*.tsv | sort -n > "$OUT/requests.tsv"
total=$(wc -l < "$OUT/requests.tsv")
fail=0
bad_status=$(awk '$3 != 201 && $3 != 503' "$OUT/requests.tsv" | wc -l)
slow=$(awk '$2 - $1 >= 5000' "$OUT/requests.tsv" | wc -l)
slowest=$(awk 'BEGIN{m=0} {d=$2-$1; if (d>m) m=d} END{print m}' "$OUT/requests.tsv")
bad_503=$(awk '$3 == 503' "$OUT/requests.tsv" | awk -F'|' '$3 == "-" || $4 !~ /problem\+json/' | wc -l)
refused=$(awk '$3 == 503' "$OUT/requests.tsv" | wc -l)
after=$(awk -v up="$UP_AT" '$1 >= up && $3 == 201' "$OUT/requests.tsv" | wc -l)
during=$(awk -v k="$KILLED_AT" -v up="$UP_AT" '$1 >= k && $1 < up' "$OUT/requests.tsv" | wc -l)
awk '$3 == 201' "$OUT/requests.tsv" | awk -F'|' '{print $2}' > "$OUT/acknowledged-ids"
acked=$(wc -l < "$OUT/acknowledged-ids")
present=0
if [ "$acked" -gt 0 ]; then
  present=$("${MYSQL[@]}" -N -e "SELECT COUNT(*) FROM $DB.vendor WHERE name LIKE 'DbKill %' AND id IN ($(paste -sd, "$OUT/acknowledged-ids"))")
fi
echo "requests: $total; acknowledged (201): $acked; refused (503): $refused; other statuses: $bad_status"
echo "requests started while the database was down: $during; acknowledged after it came back: $after"
echo "slowest response: $slowest ms; at or over 5 s: $slow; 503s without Retry-After or problem+json: $bad_503"
echo "acknowledged vendors present afterwards: $present of $acked"
[ "$bad_status" -eq 0 ] || { echo "FAIL: responses other than 201/503:"; awk '$3 != 201 && $3 != 503' "$OUT/requests.tsv" | head; fail=1; }
[ "$slow" -eq 0 ] || { echo "FAIL: responses slower than 5 s"; fail=1; }
[ "$bad_503" -eq 0 ] || { echo "FAIL: 503 without Retry-After or problem+json"; fail=1; }
[ "$refused" -gt 0 ] || { echo "FAIL: nothing was refused: the outage did not reach the application"; fail=1; }
[ "$after" -gt 0 ] || { echo "FAIL: no write acknowledged after the database came back"; fail=1; }
[ "$present" -eq "$acked" ] || { echo "FAIL: acknowledged writes missing"; fail=1; }
[ $fail -eq 0 ] && echo "db-kill: PASS" || { echo "db-kill: FAIL"; exit 1; }
