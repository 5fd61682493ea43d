#!/usr/bin/env bash
# Rule evaluations per second for one compiled eligibility rule on one core, against the bare
# PostgreSQL baseline: the same predicate as SQL over the same households (default 1,000,000).
# Usage: bench/rule-evaluation.sh [households]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx3g -XX:ActiveProcessorCount=1 \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.minzheng.policy.rule.RuleEvaluationBenchmark "${1:-1000000}"
