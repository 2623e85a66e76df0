#!/usr/bin/env bash
# Provisio benchmark: builds the WAR and the load generator, then runs every scenario against
# Payara Micro on 127.0.0.1 (fresh PostgreSQL database, then fresh H2 file). See bench/README.md.
#   bench/run.sh                 N=100,000 users on PostgreSQL and H2
#   bench/run.sh --quick         N=5,000 smoke run
#   bench/run.sh --users 1000000 [--h2-users 100000] [--db postgres|h2|both] [--posts 20000] [--no-jfr]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  mvn -q package -DskipTests
  mvn -q -f bench/pom.xml package
fi
exec java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.provisio.bench.Bench "$@"
