#!/usr/bin/env bash
# Bulk import of a synthetic collection file (default 1,000,000 persons) with every check, the COPY into the
# staging table and the preview, then confirmation, against the bare PostgreSQL baseline: COPY FROM of the
# same file into a table of thirteen text columns.
# Usage: bench/registry-import.sh [persons]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.minzheng.registry.importing.RegistryImportBenchmark "${1:-1000000}"
