# Sourced by the bench scripts that start Tollgate against an existing database: the server's environment, and
# start_tollgate to start it and sign in, warm_risk_read to find and warm the risk read.
# Usage: . bench/server-env.sh DATABASE PORT   (sets PASSWORD, the admin password: BENCH_ADMIN_PASSWORD, default
# bench-admin-password; the admin user is created with it when Tollgate first starts on a database)
PASSWORD=${BENCH_ADMIN_PASSWORD:-bench-admin-password}
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$1" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export TOLLGATE_JWT_SECRET="$(head -c 48 /dev/urandom | base64)" TOLLGATE_ADMIN_PASSWORD=$PASSWORD MICRONAUT_SERVER_PORT=$2
# Far above one user's API limit (1,200 a minute): lifted, or the figures would time 429 answers.
export TOLLGATE_RATE_LIMITS_API_PER_PRINCIPAL_CAPACITY=1000000000

# start_tollgate JAR LOG: starts JAR in the background (stopped when the script exits), waits until it answers on
# MICRONAUT_SERVER_PORT and signs in as admin; sets SERVER (its pid) and TOKEN.
start_tollgate() {
  java -jar "$1" > "$2" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  until curl -fs "http://127.0.0.1:$MICRONAUT_SERVER_PORT/health" >/dev/null; do
    sleep 0.5; kill -0 $SERVER || { tail -30 "$2"; exit 1; }
  done
  TOKEN=$(curl -fs -X POST "http://127.0.0.1:$MICRONAUT_SERVER_PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])')
}

# warm_risk_read DATABASE: sets URL to GET /vendors/{id}/risk of the first vendor on Salesforce (one the seeded
# campaigns re-score) and runs it flat out over 8 connections for 60 s, so the JIT has compiled it before it is timed.
warm_risk_read() {
  local salesforce read_id
  salesforce=$(mysql -h127.0.0.1 -uroot -N -B "$1" -e "SELECT id FROM vendor WHERE name = 'Salesforce'")
  read_id=$(mysql -h127.0.0.1 -uroot -N -B "$1" -e "SELECT MIN(vendor_id) FROM vendor_platform WHERE platform_id = $salesforce")
  URL="http://127.0.0.1:$MICRONAUT_SERVER_PORT/api/v1/vendors/$read_id/risk"
  hey -z 60s -c 8 -H "Authorization: Bearer $TOKEN" "$URL" > /dev/null
}
