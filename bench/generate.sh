#!/usr/bin/env bash
# Loads a deterministic synthetic portfolio (io.tollgate.bench.PortfolioGenerator) into a fresh database.
# Usage: bench/generate.sh VENDORS [DATABASE] [SEED] [HOLDINGS]   e.g. bench/generate.sh 100000 tollgate_bench 42 10
# The database is dropped and recreated; its name must contain "bench". MariaDB/MySQL at 127.0.0.1:3306, root.
set -euo pipefail
cd "$(dirname "$0")/.."
VENDORS=${1:-1000}
DB=${2:-tollgate_bench}
SEED=${3:-42}
HOLDINGS=${4:-10}
case "$DB" in *bench*) ;; *) echo "refusing to recreate '$DB': the name must contain 'bench'" >&2; exit 2 ;; esac
# One reactor run: the backend's classpath then names api/target/classes (tollgate-api is not installed in ~/.m2).
./mvnw -q -B -o -pl api,backend test-compile dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=/tmp/tollgate-test-classpath.txt -Dmdep.includeScope=test
CP="backend/target/test-classes:backend/target/classes:$(cat /tmp/tollgate-test-classpath.txt)"
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4"
java -cp "$CP" io.tollgate.bench.PortfolioGenerator --url="jdbc:mysql://127.0.0.1:3306/$DB" \
    --vendors="$VENDORS" --holdings="$HOLDINGS" --seed="$SEED" --migrations=migrations
mysql -h127.0.0.1 -uroot -N -B "$DB" -e "SELECT 'vendors', COUNT(*) FROM vendor UNION ALL SELECT 'data_holding', COUNT(*) FROM data_holding
  UNION ALL SELECT 'vendor_platform', COUNT(*) FROM vendor_platform UNION ALL SELECT 'vendor_control_status', COUNT(*) FROM vendor_control_status"
