#!/usr/bin/env bash
# A month's payroll for many recipients (default 1,000,000) against the bare PostgreSQL baseline:
# an INSERT ... SELECT of the same rows into a table of the same shape.
# Usage: bench/payroll.sh [recipients]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.minzheng.payment.payroll.PayrollBenchmark "${1:-1000000}"
