#!/usr/bin/env bash
# Reproduces the figures in docs/benchmarks.md. Build first: ./mvnw -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1)"
bench/startup.sh 5
bench/startup.sh 5 "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
bench/vendor-read.sh 3000 30
