#!/usr/bin/env bash
# Runs sqlmap (Debian package) against the list, filter, sort and search parameters of a running Tollgate
# on loopback, signed in as an admin, and prints whether it found anything injectable.
#
#   security/sqlmap.sh            # starts the packaged jar on a scratch database, scans, stops it
#   SQLMAP_LEVEL=3 security/sqlmap.sh
#
# Needs: the jar (./mvnw package -DskipTests), MariaDB on 127.0.0.1:3306, `apt-get install -y sqlmap`.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${SQLMAP_PORT:-8098}
DB=tollgate_sqlmap
LEVEL=${SQLMAP_LEVEL:-2}
RISK=${SQLMAP_RISK:-1}
OUT=${SQLMAP_OUT:-target/sqlmap}
JAR=backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar
BASE="http://127.0.0.1:$PORT"
PASSWORD='sqlmap-admin-password-0123'

mkdir -p "$OUT"
echo "sqlmap $(sqlmap --version 2>/dev/null | grep -oE '^[0-9][^ ]*' | head -1), $(date -u +%Y-%m-%dT%H:%MZ), level $LEVEL, risk $RISK"
mysql --protocol=tcp -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="sqlmap-secret-0123456789abcdef0123456789abcdef" TOLLGATE_ADMIN_PASSWORD="$PASSWORD"
export MICRONAUT_SERVER_PORT=$PORT
# sqlmap sends thousands of requests: the per-principal API limit is raised so that they reach the queries.
java -Dtollgate.rate-limits.api-per-principal.capacity=100000000 -jar "$JAR" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/health" >/dev/null && break; sleep 1; done

TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
# One vendor so list queries have rows to tell true from false conditions.
curl -sf -X POST "$BASE/api/v1/vendors" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Skyline Contact Solutions","website":"https://skyline.example","category":"CONTACT_CENTRE","tier":"CRITICAL"}' >/dev/null

mkdir -p "$OUT"
# Every list, filter, sort and search parameter of the contract's GET operations (enum and number parameters are
# refused with 400 before any query runs, but are tested anyway), and the vendor id in the path (marked with *).
TARGETS=(
  "$BASE/api/v1/vendors?q=skyline&category=CONTACT_CENTRE&tier=CRITICAL&status=ACTIVE&sort=-totalRecords&page=0&size=20"
  "$BASE/api/v1/vendors/1*"
  "$BASE/api/v1/vendor-register.csv?q=skyline&category=CONTACT_CENTRE&tier=CRITICAL&status=ACTIVE&sort=name"
  "$BASE/api/v1/audit-events?actor=admin&action=vendor.create&resourceType=vendor&resourceId=1&outcome=SUCCESS&page=0&size=20"
  "$BASE/api/v1/findings?status=OPEN&severity=HIGH&vendorId=1&overdue=false&sort=-severity&page=0&size=20"
  "$BASE/api/v1/incidents?status=ACTIVE&severity=CRITICAL&sort=-publishedOn&page=0&size=20"
  "$BASE/api/v1/controls?framework=NIST_CSF_2&technique=T1566&domain=IDENTITY"
  "$BASE/api/v1/assessments?vendorId=1&status=SENT&page=0&size=20"
  "$BASE/api/v1/reassessments?due=OVERDUE&page=0&size=20"
  "$BASE/api/v1/api-tokens?status=ACTIVE&page=0&size=20"
  "$BASE/api/v1/dashboard/trend?days=30"
)
found=0
for url in "${TARGETS[@]}"; do
  echo "== $url"
  log="$OUT/$(echo "$url" | md5sum | cut -c1-8).log"
  sqlmap -u "$url" --headers="Authorization: Bearer $TOKEN" --batch --level="$LEVEL" --risk="$RISK" \
    --dbms=MySQL --technique=BEUST --output-dir="$OUT" --disable-coloring --flush-session \
    > "$log" 2>&1 || true
  tested=$(grep -oE "testing if (GET|URI) parameter '[^']+' is dynamic" "$log" | sed -E "s/.*parameter '([^']+)'.*/\1/" | sort -u | tr '\n' ' ' || true)
  echo "   parameters tested: ${tested:-none}"
  if [ -z "$tested" ] || ! grep -qE "ending @|shutting down at" "$log"; then
    # sqlmap refused its arguments, could not reach the target or stopped early: that is not a clean result.
    echo "   SCAN DID NOT RUN TO THE END: see $log"; found=2
    continue
  fi
  if grep -qiE "is vulnerable|sqlmap identified the following injection point" "$log"; then
    echo "   INJECTABLE: see $log"; found=1
  else
    grep -E "all tested parameters do not appear to be injectable|does not seem to be injectable" "$log" | tail -1 | sed 's/^/   /' || true
  fi
done
case $found in
  0) echo "sqlmap: no injection found (level $LEVEL, risk $RISK)" ;;
  1) echo "sqlmap: INJECTION FOUND"; exit 1 ;;
  *) echo "sqlmap: some scans did not complete"; exit 2 ;;
esac
