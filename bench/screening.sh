#!/usr/bin/env bash
# 政策找人 screening of a generated registry (default 1,000,000 households, about 2,000,000 persons)
# against every policy rule of the demo catalogue, next to the bare PostgreSQL baseline: COPY TO of the
# same household and person rows.
# Usage: bench/screening.sh [households]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx3g \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.minzheng.policy.screening.ScreeningBenchmark "${1:-1000000}"
