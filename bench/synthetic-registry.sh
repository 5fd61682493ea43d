#!/usr/bin/env bash
# Writes a synthetic low-income registry as a caseworkers' collection file (docs/registry-collection-file.md).
# Usage: bench/synthetic-registry.sh --households N [--region 371602] [--seed 2022] [--out registry.csv]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Dmaven.test.skip=true compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime
java -cp "target/classes:$(cat target/runtime-classpath.txt)" org.minzheng.registry.synthetic.SyntheticRegistryCommand "$@"
