#!/usr/bin/env bash
# How the sync cycle ages one group's row, with PostgreSQL's autovacuum on and off, in one run.
#
#   bench/aging.sh [REF] [--minutes M] [--window S] [--connections C] [--users N]
#
# One build (REF, default the working tree) runs twice, on two fresh databases of the local
# PostgreSQL (127.0.0.1:5432, trust auth): `on`, whose tables autovacuum cleans as PostgreSQL ships
# it, and `off`, whose tables say `autovacuum_enabled = false`. The server's own `autovacuum`
# setting is turned on for the run (ALTER SYSTEM, reload) and reset at the end, as the per-table
# switch only acts under it. Both servers then run the Entra-style sync cycle (wrk, sync.lua, C
# connections each, default 4) into one group each, at the same time, in windows of S seconds
# (default 60) for M minutes (default 20), so both see the same machine. After each window, per
# database: the cycles per second, the time and buffers PostgreSQL takes to find the group's row
# by its key (EXPLAIN ANALYZE of the primary-key look-up), the row's dead versions, and how many of
# its updates so far were HOT. With --users N, both databases first get N users by JDBC (the
# bench's loader, io.provisio.bench.Seed), as bench/run.sh loads them. Servers are stopped by
# their pid; both databases are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
REF=""
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then REF=$1; shift; fi
MINUTES=20; WIN=60; CONN=4; USERS=0
while [ $# -gt 0 ]; do
  case $1 in
    --minutes) MINUTES=$2; shift 2 ;;
    --window) WIN=$2; shift 2 ;;
    --connections) CONN=$2; shift 2 ;;
    --users) USERS=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
WORK=$ROOT/bench/target/aging
mkdir -p "$WORK"
if [ -z "$REF" ]; then
  (cd "$ROOT" && mvn -q package -DskipTests >&2)
  cp "$ROOT/target/provisio.war" "$WORK/provisio.war"
else
  TREE=$WORK/tree
  rm -rf "$TREE"; git -C "$ROOT" worktree prune
  git -C "$ROOT" worktree add -f -q "$TREE" "$REF" >&2
  (cd "$TREE" && mvn -q package -DskipTests >&2)
  cp "$TREE/target/provisio.war" "$WORK/provisio.war"
  git -C "$ROOT" worktree remove -f "$TREE"
fi
JAR=$ROOT/target/payara-micro.jar
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q package -DskipTests >&2)

PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
SUFFIX=$RANDOM$RANDOM
declare -A DB PORT PID TOKEN GROUP
SIDES=(on off)
for side in "${SIDES[@]}"; do
  DB[$side]=provisio_aging_${side}_$SUFFIX
  PORT[$side]=$(free_port)
done
AUTOVACUUM_WAS=$("${PSQL[@]}" -Atc "SHOW autovacuum")
cleanup() {
  for side in "${SIDES[@]}"; do [ -z "${PID[$side]:-}" ] || kill "${PID[$side]}" 2>/dev/null || true; done
  sleep 3
  for side in "${SIDES[@]}"; do rm -rf "$WORK/root-$side-${PORT[$side]}"; done
  for side in "${SIDES[@]}"; do dropdb -h 127.0.0.1 -U postgres --if-exists "${DB[$side]}" || true; done
  "${PSQL[@]}" -c "ALTER SYSTEM RESET autovacuum" -c "SELECT pg_reload_conf()" >/dev/null || true
}
trap cleanup EXIT
"${PSQL[@]}" -c "ALTER SYSTEM SET autovacuum = on" -c "SELECT pg_reload_conf()" >/dev/null
export SCIM_ADMIN_PASSWORD=aging-$RANDOM$RANDOM$RANDOM
json() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
for side in "${SIDES[@]}"; do
  createdb -h 127.0.0.1 -U postgres "${DB[$side]}"
  SCIM_DB_URL=jdbc:postgresql://127.0.0.1:5432/${DB[$side]} SCIM_DB_USER=postgres SCIM_DB_PASSWORD= \
    java -Xmx1g -jar "$JAR" --prebootcommandfile "$ROOT/server-config/payara-micro/preboot.asadmin" --deploy "$WORK/provisio.war" --contextroot / --port "${PORT[$side]}" --nocluster \
    --rootdir "$WORK/root-$side-${PORT[$side]}" > "$WORK/server-$side.log" 2>&1 &
  PID[$side]=$!
  for _ in $(seq 180); do curl -sf "http://127.0.0.1:${PORT[$side]}/health/ready" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:${PORT[$side]}/health/ready" >/dev/null || { echo "server $side did not start" >&2; exit 1; }
  for _ in $(seq 30); do  # the admin API may answer a moment after the readiness check
    TOKEN[$side]=$(curl -sf -u "admin:$SCIM_ADMIN_PASSWORD" -H 'Content-Type: application/json' -d '{"idp":"ENTRA_ID"}' \
      "http://127.0.0.1:${PORT[$side]}/api/admin/tokens" | json token 2>/dev/null) && break
    sleep 1
  done
  [ -n "${TOKEN[$side]:-}" ] || { echo "server $side issued no token" >&2; exit 1; }
  GROUP[$side]=$(curl -sf -H "Authorization: Bearer ${TOKEN[$side]}" -H 'Content-Type: application/scim+json' \
    -d '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"aging"}' \
    "http://127.0.0.1:${PORT[$side]}/scim/v2/Groups" | json id)
done
for table in scim_group group_member scim_user user_email audit_event; do
  "${PSQL[@]}" -d "${DB[off]}" -c "ALTER TABLE $table SET (autovacuum_enabled = false)"
done
if [ "$USERS" -gt 0 ]; then
  (cd "$ROOT" && mvn -q -f bench/pom.xml package >&2)
  for side in "${SIDES[@]}"; do
    java -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")" io.provisio.bench.Seed \
      "jdbc:postgresql://127.0.0.1:5432/${DB[$side]}" postgres "" "$USERS" "$WORK/user-ids-$side.txt" >&2
    "${PSQL[@]}" -d "${DB[$side]}" -c "VACUUM ANALYZE" -c "CHECKPOINT"
  done
fi
LUA=$WORK/sync.lua
cat bench/src/main/resources/wrk/common.lua bench/src/main/resources/wrk/sync.lua > "$LUA"

probe() { # side -> "find_ms buffers dead hot% vacuums"
  local plan
  plan=$("${PSQL[@]}" -d "${DB[$1]}" -Atc \
    "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM scim_group WHERE id = '${GROUP[$1]}'")
  local stats
  stats=$("${PSQL[@]}" -d "${DB[$1]}" -AtF' ' -c "SELECT n_dead_tup, CASE WHEN n_tup_upd = 0 THEN 0
    ELSE round(100.0 * n_tup_hot_upd / n_tup_upd) END, autovacuum_count FROM pg_stat_user_tables WHERE relname = 'scim_group'")
  python3 -c '
import json, sys
plan = json.loads(sys.argv[1])[0]
top = plan["Plan"]
print("%.3f %d %s" % (plan["Execution Time"], top.get("Shared Hit Blocks", 0) + top.get("Shared Read Blocks", 0), sys.argv[2]))
' "$plan" "$stats"
}
printf '%-7s %-4s %9s %10s %8s %10s %5s %9s\n' minute side cycles/s find_ms buffers dead_rows hot% vacuums
rounds=$(( MINUTES * 60 / WIN ))
for i in $(seq "$rounds"); do
  declare -A OUT=()
  for side in "${SIDES[@]}"; do
    wrk -t"$CONN" -c"$CONN" -d"$WIN"s -s "$LUA" "http://127.0.0.1:${PORT[$side]}" -- \
      "${TOKEN[$side]}" "a$i$RANDOM" "${GROUP[$side]}" > "$WORK/wrk-$side.out" 2>&1 &
    OUT[$side]=$!
  done
  for side in "${SIDES[@]}"; do wait "${OUT[$side]}"; done
  for side in "${SIDES[@]}"; do
    units=$(awk '/BENCH_UNITS/ {print $2}' "$WORK/wrk-$side.out")
    errors=$(awk '/BENCH_ERRORS/ {print $2}' "$WORK/wrk-$side.out")
    [ "${errors:-1}" = 0 ] || { echo "$side: errors: $(grep BENCH_FIRST_ERROR "$WORK/wrk-$side.out")" >&2; exit 1; }
    read -r find buffers dead hot vacuums <<< "$(probe "$side")"
    printf '%-7s %-4s %9.1f %10s %8s %10s %5s %9s\n' "$(( i * WIN / 60 ))" "$side" \
      "$(python3 -c "print($units / $WIN)")" "$find" "$buffers" "$dead" "$hot" "$vacuums"
  done
done
