#!/usr/bin/env bash
# Reproduces the figures in docs/benchmarks.md. Build first: ./mvnw -q package -DskipTests
# Run it on a quiet machine: every figure shares the two cores with the load tool and the database.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1)"
bench/startup.sh 5
bench/startup.sh 5 "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
FLOORS=1 bench/vendor-read.sh 3000 30
# The scoring model alone (JMH, one thread).
bench/scoring.sh
# The load mix of issue #8 (Gatling, open model): steps the offered rate to find the saturation point.
# N=100000 takes long to generate and score; run it on a quiet machine: bench/load.sh 100000 100,200,400 30
bench/load.sh 1000 25,50,100,200 30
ONLY=autosave bench/load.sh 1000 200,300,400,500 30
bench/autosave-cost.sh 8000 backend/target/tollgate-backend-0.1.0-SNAPSHOT.jar
bench/load.sh 10000 50,100,200,300 30
# Issue #4: a portfolio of 100,000 vendors, its first scores, then a campaign against Salesforce, with the risk read
# held at 200 req/s beside it (without the last argument the read runs flat out), after three warm-up campaigns and
# a minute of reads, so the compiler has settled (docs/benchmarks.md, sixth session).
bench/generate.sh 100000 tollgate_bench 42 10
WARM_UP=3 READ_WARM_UP=60 bench/rescore.sh tollgate_bench 8082 8 200
bench/dashboard-summary.sh 20 4
