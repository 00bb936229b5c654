#!/usr/bin/env bash
# RBAC effective-permission benchmark (issue 6): generates 2,000 subjects and 5,000 roles and
# bindings (2,500 + 2,500, 50 namespaces, aggregated ClusterRoles), then times parsing, effective
# permissions of every subject, the risk analysis and one who-can query, over 5 rounds in one JVM
# (the first includes JIT warm-up). Usage: bench/rbac-bench.sh [SUBJECTS ROLES BINDINGS ROUNDS]
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
JAVA_HOME=${JAVA_HOME:-$(./lashing --java-home)}
export JAVA_HOME
./mvnw -B -q -o -pl misconfig -am -DskipTests -DskipITs -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/rbac-bench.cp -Dmdep.includeScope=test >&2 \
  || ./mvnw -B -q -pl misconfig -am -DskipTests -DskipITs -Dspotless.check.skip=true test-compile \
    dependency:build-classpath -Dmdep.outputFile=target/rbac-bench.cp -Dmdep.includeScope=test >&2
CP="misconfig/target/test-classes:misconfig/target/classes:model/target/classes:$(cat misconfig/target/rbac-bench.cp)"
/usr/bin/time -v "$JAVA_HOME/bin/java" -cp "$CP" dev.lashing.misconfig.bench.RbacBench "$@" \
  2> >(grep -E 'Maximum resident|Elapsed \(wall' >&2)
