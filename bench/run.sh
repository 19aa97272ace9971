#!/usr/bin/env bash
# Reproduces the figures in docs/benchmarks.md. Build first: ./mvnw -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1)"
bench/startup.sh 5
bench/startup.sh 5 "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
bench/vendor-read.sh 3000 30
# The load mix of issue #8 (Gatling, open model): steps the offered rate to find the saturation point.
# N=100000 takes long to generate and score; run it on a quiet machine: bench/load.sh 100000 100,200,400 30
bench/load.sh 1000 25,50,100,200 30
bench/load.sh 10000 50,100,200,300 30
