#!/usr/bin/env bash
# The most row 1 (POST /Users against JDBC inserts) can reach on this stack and this machine.
#
#   bench/floor.sh [--warm-up S] [--window S] [--rounds N] [--users N]
#
# On one fresh PostgreSQL database, four sides take turns in interleaved windows of --window
# seconds (default 20), --rounds times (default 4), after --warm-up seconds each (default 180, in
# two halves, alternating):
#   jdbc      row 1's baseline: a user and its email, one transaction per user, 8 threads
#             (io.provisio.bench.JdbcInserts, one JVM kept warm between windows);
#   provisio  POST /scim/v2/Users on Provisio (wrk, 8 connections, bench's post.lua);
#   minimal   POST /scim/v2/Users on the minimal app (bench/minimal: the same stack, no Provisio code);
#   dry       POST /scim/v2/Users/dry on the minimal app: the same body read and the same 201
#             document, nothing stored: what the stack and wrk cost a POST before any SQL.
# For each window: units per second and the whole machine's CPU per unit (/proc/stat: user, nice,
# system, irq and softirq over the window, every process counted: the servers, wrk, the JDBC JVM,
# PostgreSQL), and how busy the machine was, then the same CPU split by process: Provisio's server,
# the minimal app's, the JDBC JVM, PostgreSQL (every postgres process), the load (wrk and this
# script) and the rest of the machine. A POST on this stack does at least a dry POST's work
# and the JDBC insert's (the same two rows through the same driver, and PostgreSQL's side of
# them), on the same cores, so its rate is at most  cores / (CPU per dry POST + CPU per insert).
# The summary prints that bound against the JDBC rate, beside the measured ratios (the arithmetic:
# bench/floor.py, checked by bench/test_tools.py).
#
# --users N first bulk-loads N users by JDBC (io.provisio.bench.Seed), to write into a table of that
# size. Needs wrk and PostgreSQL on 127.0.0.1:5432 (trust auth); the database
# provisio_floor_<random> is dropped at the end, PostgreSQL's autovacuum turned on for the run
# when it is off (as bench/run.sh does) and reset. Servers are stopped by their pid.
# BENCH_SKIP_BUILD=1 uses the WARs and the bench classes already built.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WARM=180; WIN=20; ROUNDS=4; USERS=""
while [ $# -gt 0 ]; do
  case $1 in
    --warm-up) WARM=$2; shift 2 ;;
    --window) WIN=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --users) USERS=$2; shift 2 ;;
    *) echo "usage: bench/floor.sh [--warm-up S] [--window S] [--rounds N] [--users N]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
WORK=$ROOT/bench/target/floor
rm -rf "$WORK"; mkdir -p "$WORK"
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  mvn -q package -DskipTests >&2
  mvn -q -f bench/minimal/pom.xml package >&2
  mvn -q -f bench/pom.xml package -DskipTests >&2
fi
JAR=$ROOT/target/payara-micro.jar
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
DB=provisio_floor_$RANDOM$RANDOM
A=""; B=""; J=""; AUTOVACUUM_SET=""
pg() { psql -h 127.0.0.1 -U postgres -d postgres -X -q -Atc "$1"; }
cleanup() {
  kill $A $B $J 2>/dev/null || true; sleep 3; dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
  if [ -n "$AUTOVACUUM_SET" ]; then pg "ALTER SYSTEM RESET autovacuum" && pg "SELECT pg_reload_conf()" >/dev/null; fi
}
trap cleanup EXIT
createdb -h 127.0.0.1 -U postgres "$DB"
if [ "$(pg 'SHOW autovacuum')" = off ]; then
  pg "ALTER SYSTEM SET autovacuum = on" && pg "SELECT pg_reload_conf()" >/dev/null && AUTOVACUUM_SET=yes
fi
PA=$(free_port); PB=$(free_port)
export SCIM_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SCIM_DB_USER=postgres SCIM_DB_PASSWORD=
export SCIM_ADMIN_PASSWORD=floor-$RANDOM$RANDOM$RANDOM
start() { # war port -> pid
  java -Xmx1g -jar "$JAR" --prebootcommandfile "$ROOT/server-config/payara-micro/preboot.asadmin" --deploy "$1" --contextroot / --port "$2" --nocluster --rootdir "$WORK/root-$2" \
    > "$WORK/server-$2.log" 2>&1 &
  echo $!
}
wait_ready() { for _ in $(seq 180); do curl -sf "http://127.0.0.1:$1$2" >/dev/null && return; sleep 1; done; echo "server on $1 did not start" >&2; exit 1; }
A=$(start "$ROOT/target/provisio.war" "$PA")
wait_ready "$PA" /health/ready   # Provisio migrates the database the minimal app then uses
TOKEN=$(curl -sf -u "admin:$SCIM_ADMIN_PASSWORD" -H 'Content-Type: application/json' -d '{"idp":"OKTA"}' \
  "http://127.0.0.1:$PA/api/admin/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
export MINIMAL_DB_URL=$SCIM_DB_URL MINIMAL_DB_USER=$SCIM_DB_USER MINIMAL_TOKEN=$TOKEN
B=$(start "$ROOT/bench/minimal/target/minimal.war" "$PB")
wait_ready "$PB" /index.html
if [ -n "$USERS" ]; then
  java -cp "$CP" io.provisio.bench.Seed "$SCIM_DB_URL" "$SCIM_DB_USER" "$SCIM_DB_PASSWORD" "$USERS" "$WORK/ids.txt"
fi
mkfifo "$WORK/jdbc-in" "$WORK/jdbc-out"
java -cp "$CP" io.provisio.bench.JdbcInserts "$SCIM_DB_URL" "$SCIM_DB_USER" "$SCIM_DB_PASSWORD" 8 "fj$RANDOM" \
  < "$WORK/jdbc-in" > "$WORK/jdbc-out" 2> "$WORK/jdbc.log" &
J=$!
exec 3> "$WORK/jdbc-in" 4< "$WORK/jdbc-out"
LUA=$WORK/post.lua
cat bench/src/main/resources/wrk/common.lua bench/src/main/resources/wrk/post.lua > "$LUA"
CORES=$(nproc)
floor() { python3 "$ROOT/bench/floor.py" "$@"; }
cpu_now() { floor cpu provisio="$A" minimal="$B" jdbc="$J" load="$1"; }   # load: the shell that runs wrk
window() { # side seconds label
  local c0 c1 out units errors me=$BASHPID   # this shell: wrk's ticks land here when it ends
  c0=$(cpu_now "$me")
  case $1 in
    jdbc) echo "$2" >&3; read -r out <&4 ;;
    provisio) out=$(wrk -t8 -c8 -d"$2"s -s "$LUA" "http://127.0.0.1:$PA" -- "$TOKEN" "fp$RANDOM$RANDOM") ;;
    minimal) out=$(wrk -t8 -c8 -d"$2"s -s "$LUA" "http://127.0.0.1:$PB" -- "$TOKEN" "fm$RANDOM$RANDOM") ;;
    dry) out=$(wrk -t8 -c8 -d"$2"s -s "$LUA" "http://127.0.0.1:$PB" -- "$TOKEN" "fd$RANDOM$RANDOM" /scim/v2/Users/dry) ;;
  esac
  c1=$(cpu_now "$me")
  units=$(echo "$out" | grep -o 'BENCH_UNITS [0-9]*' | awk '{print $2}')
  errors=$(echo "$out" | grep -o 'BENCH_ERRORS [0-9]*' | awk '{print $2}')
  if [ "${errors:-1}" != 0 ] || [ "${units:-0}" = 0 ]; then
    echo "$3: ${units:-0} units, ${errors:-?} errors: $(echo "$out" | grep BENCH_FIRST_ERROR)$(cat "$WORK/jdbc.log")" >&2
    exit 1
  fi
  floor window "$3" "$units" "$2" "$c0" "$c1"
}
SIDES=(jdbc provisio minimal dry)
echo "database $DB; $CORES cores; warm-up ${WARM} s per side, then $ROUNDS rounds of ${WIN} s windows"
for _ in 1 2; do
  for side in "${SIDES[@]}"; do window "$side" $((WARM / 2)) "warm-$side" >/dev/null; done
done
ROWS=$WORK/rounds.txt
: > "$ROWS"
for round in $(seq "$ROUNDS"); do
  # the order rotates, so no side always follows the same one
  for i in 0 1 2 3; do
    side=${SIDES[$(((i + round) % 4))]}
    window "$side" "$WIN" "$side" | tee -a "$ROWS"
  done
done
floor summary "$ROWS" "$CORES"
