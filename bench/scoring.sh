#!/usr/bin/env bash
# JMH throughput of the pure scoring function, one thread. Usage: bench/scoring.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# One invocation: with a lifecycle phase the reactor resolves the api module from its target/classes.
./mvnw -q -B -o -pl api,backend test-compile dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=/tmp/tollgate-test-classpath.txt -Dmdep.includeScope=test
CP="backend/target/test-classes:backend/target/classes:$(cat /tmp/tollgate-test-classpath.txt)"
java -cp "$CP" org.openjdk.jmh.Main 'io.tollgate.scoring.ScoringBenchmark' -rf text -rff /tmp/tollgate-scoring-jmh.txt
