#!/usr/bin/env bash
# Provisio benchmark: builds the WAR and the load generator, then runs every scenario against
# Payara Micro on 127.0.0.1 (fresh PostgreSQL database, then fresh H2 file). See bench/README.md.
#   bench/run.sh                 N=100,000 users on PostgreSQL and H2
#   bench/run.sh --quick         N=5,000 smoke run
#   bench/run.sh --users 1000000 [--h2-users 100000] [--db postgres|h2|both] [--posts 20000] [--no-jfr] [--warm-up 300]
set -euo pipefail
cd "$(dirname "$0")/.."
# wrk (Debian's package) drives the closed-loop throughput rows; without it Apache HttpClient does
if ! command -v wrk >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing wrk for the throughput rows"
  (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)) >/dev/null 2>&1 \
    || echo "could not install wrk: Apache HttpClient drives every row (see bench/README.md)"
fi
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  mvn -q package -DskipTests
  mvn -q -f bench/pom.xml package
  mvn -q -f bench/minimal/pom.xml package
fi
exec java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.provisio.bench.Bench "$@"
