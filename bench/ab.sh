#!/usr/bin/env bash
# Two builds of Provisio side by side on one PostgreSQL database, measured in interleaved wrk
# windows: the rate and the server's own CPU per unit of work (fields 14 and 15 of
# /proc/<pid>/stat), for a change too small to see across two separate bench runs. Each window's
# CPU is also split by thread kind (bench/thread-cpu.py: request threads, collector, JIT, other,
# and the kernel's part of all of them).
#
#   bench/ab.sh OLD_REF [NEW_REF] [--script sync|post|lookup|byid] [--warm-up S] [--window S] [--rounds N] [--jfr S]
#              [--async S] [--users N] [--query Q] [--autovacuum on|off]
#
# NEW_REF may be the word `minimal`: the bench's minimal app (bench/minimal, the same requests on
# the bare stack, no Provisio code) as the new side, to see what Provisio itself costs per unit.
#
# OLD_REF and NEW_REF are git refs (NEW_REF defaults to the working tree). Each is built once
# (mvn -q package -DskipTests, in a git worktree under bench/target/ab/) and started with
# `java -Xmx1g -jar payara-micro.jar` on its own free port; both share a fresh database
# provisio_ab_<random> on 127.0.0.1:5432 (trust auth), dropped at the end. Each server is warmed
# for --warm-up seconds (default 240, in two halves, alternating), then --rounds (default 6)
# windows of --window seconds (default 15) alternate old, new; the last lines are the means, new/old,
# and in how many rounds new used less CPU per unit. Servers are stopped by their pid.
# --jfr S: then one more window of S seconds per side under a JFR profile recording, kept as
# bench/target/ab/old.jfr and new.jfr, and summarised per 1,000 units by bench/jfr-components.py
# (each server gets one empty recording before its warm-up: the first recording of a server's life
# slows it for minutes while the JIT recompiles, findings AS; a recording still costs a little, so
# compare its samples per unit, not its rate).
# --async S: then one more window of S seconds per side sampled by async-profiler (CPU, every
# thread, 1 ms; the server keeps its rate), kept as bench/target/ab/old-async.jfr and
# new-async.jfr, summarised the same way.
# The read scripts (lookup: `filter=userName eq` hits; byid: GET /Users/{id}) first bulk-load
# --users users (default 100,000) by JDBC with the bench's loader (io.provisio.bench.Seed); the
# write scripts (sync, post) do so only when --users is given, to write into tables of that size;
# --query Q adds query parameters to each read (e.g. --query excludedAttributes=groups).
# --autovacuum on (the default) turns the PostgreSQL server's autovacuum on for the run when it is
# off (ALTER SYSTEM, reload; reset when the database is dropped), as PostgreSQL ships and as
# bench/run.sh runs: without it, the server started first keeps query plans made while the group
# had no members, and runs the sync cycle at half the other's rate (findings AN). --autovacuum off
# leaves the server's setting as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OLD_REF=${1:?usage: bench/ab.sh OLD_REF [NEW_REF] [--script sync|post|lookup|byid] [--warm-up S] [--window S] [--rounds N] [--jfr S] [--users N] [--query Q]}
shift
NEW_REF=""
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then NEW_REF=$1; shift; fi
SCRIPT=sync; WARM=240; WIN=15; ROUNDS=6; JFR=0; ASYNC=0; USERS=""; QUERY=""; AUTOVACUUM=on
while [ $# -gt 0 ]; do
  case $1 in
    --script) SCRIPT=$2; shift 2 ;;
    --warm-up) WARM=$2; shift 2 ;;
    --window) WIN=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --jfr) JFR=$2; shift 2 ;;
    --async) ASYNC=$2; shift 2 ;;
    --users) USERS=$2; shift 2 ;;
    --query) QUERY=$2; shift 2 ;;
    --autovacuum) AUTOVACUUM=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ "$OLD_REF" != minimal ] || { echo "the minimal app can only be the new side: it takes the old side's token" >&2; exit 2; }
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
case $SCRIPT in sync|post|lookup|byid) ;; *) echo "--script is sync, post, lookup or byid" >&2; exit 2 ;; esac
case $AUTOVACUUM in on|off) ;; *) echo "--autovacuum is on or off" >&2; exit 2 ;; esac
case $SCRIPT in byid) [ "$NEW_REF" != minimal ] || { echo "the minimal app has no GET by id" >&2; exit 2; } ;; esac
WORK=$ROOT/bench/target/ab
mkdir -p "$WORK"

build() { # ref -> path of its WAR
  local ref=$1 dir=$WORK/tree-$(echo "$1" | tr -c 'A-Za-z0-9\n' '_')
  if [ "$ref" = minimal ]; then
    mvn -q -f "$ROOT/bench/minimal/pom.xml" package >&2 && cp "$ROOT/bench/minimal/target/minimal.war" "$WORK/$2.war"
    echo "$WORK/$2.war"
    return
  fi
  if [ -z "$ref" ]; then
    (cd "$ROOT" && mvn -q package -DskipTests >&2) && cp "$ROOT/target/provisio.war" "$WORK/new.war" && echo "$WORK/new.war"
    return
  fi
  rm -rf "$dir"; git -C "$ROOT" worktree prune
  git -C "$ROOT" worktree add -f -q "$dir" "$ref" >&2
  (cd "$dir" && mvn -q package -DskipTests >&2)
  cp "$dir/target/provisio.war" "$WORK/$2.war"
  git -C "$ROOT" worktree remove -f "$dir"
  echo "$WORK/$2.war"
}
OLD_WAR=$(build "$OLD_REF" old)
NEW_WAR=$(build "$NEW_REF" new)
JAR=$ROOT/target/payara-micro.jar
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q package -DskipTests >&2)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
DB=provisio_ab_$RANDOM$RANDOM
A=""; B=""; AUTOVACUUM_SET=""
pg() { psql -h 127.0.0.1 -U postgres -d postgres -X -q -Atc "$1"; }
cleanup() {
  kill $A $B 2>/dev/null || true; sleep 3; dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
  if [ -n "$AUTOVACUUM_SET" ]; then pg "ALTER SYSTEM RESET autovacuum" && pg "SELECT pg_reload_conf()" >/dev/null; fi
}
trap cleanup EXIT
createdb -h 127.0.0.1 -U postgres "$DB"
if [ "$AUTOVACUUM" = on ] && [ "$(pg 'SHOW autovacuum')" = off ]; then
  pg "ALTER SYSTEM SET autovacuum = on" && pg "SELECT pg_reload_conf()" >/dev/null && AUTOVACUUM_SET=yes
  echo "the server's autovacuum was off; on for this run (ALTER SYSTEM), reset at the end"
fi
PA=$(free_port); PB=$(free_port)
export SCIM_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SCIM_DB_USER=postgres SCIM_DB_PASSWORD=
export SCIM_ADMIN_PASSWORD=ab-$RANDOM$RANDOM$RANDOM
JVM_OPTS=()
[ "$JFR" = 0 ] || JVM_OPTS=(-XX:FlightRecorderOptions:stackdepth=256)
start() { # war port -> pid
  java -Xmx1g "${JVM_OPTS[@]}" -jar "$JAR" --prebootcommandfile "$ROOT/server-config/payara-micro/preboot.asadmin" --deploy "$1" --contextroot / --port "$2" --nocluster --rootdir "$WORK/root-$2" \
    > "$WORK/server-$2.log" 2>&1 &
  echo $!
}
A=$(start "$OLD_WAR" "$PA")
wait_ready() { for _ in $(seq 180); do curl -sf "http://127.0.0.1:$1${2:-/health/ready}" >/dev/null && return; sleep 1; done; echo "server on $1 did not start" >&2; exit 1; }
wait_ready "$PA"   # one at a time: both run the migrations on the same database
json() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
TOKEN=$(curl -sf -u "admin:$SCIM_ADMIN_PASSWORD" -H 'Content-Type: application/json' -d '{"idp":"ENTRA_ID"}' \
  "http://127.0.0.1:$PA/api/admin/tokens" | json token)
# the minimal app takes its database and its one accepted token from the environment
export MINIMAL_DB_URL=$SCIM_DB_URL MINIMAL_DB_USER=$SCIM_DB_USER MINIMAL_TOKEN=$TOKEN
B=$(start "$NEW_WAR" "$PB")
if [ "$NEW_REF" = minimal ]; then wait_ready "$PB" /index.html; else wait_ready "$PB"; fi
GROUP=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/scim+json' \
  -d '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"ab"}' \
  "http://127.0.0.1:$PA/scim/v2/Groups" | json id)
LUA=$WORK/script.lua
cat bench/src/main/resources/wrk/common.lua "bench/src/main/resources/wrk/$SCRIPT.lua" > "$LUA"
ARGS=()   # sync and post: a fresh name prefix per window (below), so no userName repeats
case $SCRIPT in lookup|byid) USERS=${USERS:-100000} ;; esac
if [ -n "$USERS" ]; then
  (cd "$ROOT" && mvn -q -f bench/pom.xml package >&2)
  IDS=$WORK/user-ids.txt
  java -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")" io.provisio.bench.Seed \
    "$SCIM_DB_URL" "$SCIM_DB_USER" "$SCIM_DB_PASSWORD" "$USERS" "$IDS"
fi
case $SCRIPT in
  lookup) ARGS=("$TOKEN" "$USERS" "$QUERY") ;;
  byid) ARGS=("$TOKEN" "$IDS" "$QUERY") ;;
esac
TICK=$(getconf CLK_TCK)
window() { # port pid seconds label
  local c0 c1 t0 t1 out units errors args=("${ARGS[@]}")
  [ ${#args[@]} -gt 0 ] || args=("$TOKEN" "ab$RANDOM$RANDOM" "$GROUP")
  # one reading gives the process's CPU and each thread's (bench/thread-cpu.py), so they agree
  t0=$(python3 "$ROOT/bench/thread-cpu.py" "$2"); c0=${t0%% *}; c0=${c0#process=}
  out=$(wrk -t8 -c8 -d"$3"s -s "$LUA" "http://127.0.0.1:$1" -- "${args[@]}")
  t1=$(python3 "$ROOT/bench/thread-cpu.py" "$2"); c1=${t1%% *}; c1=${c1#process=}
  units=$(echo "$out" | awk '/BENCH_UNITS/ {print $2}')
  errors=$(echo "$out" | awk '/BENCH_ERRORS/ {print $2}')
  if [ "${errors:-0}" != 0 ] || [ "${units:-0}" = 0 ]; then
    echo "$4: ${units:-0} units, ${errors:-?} errors: $(echo "$out" | grep BENCH_FIRST_ERROR)" >&2
    exit 1
  fi
  python3 -c "print('%-8s %7.1f /s   server CPU %.3f ms per unit' % ('$4', $units/$3, ($c1-$c0)*1000/$TICK/$units))" |
    tr -d '\n'
  echo " | $(python3 "$ROOT/bench/thread-cpu.py" --diff "$t0" "$t1" "$units")"
  LAST_UNITS=$units
}
profile() { # port pid label
  rm -f "$WORK/$3.jfr"
  jcmd "$2" JFR.start name=ab settings=profile >/dev/null
  window "$1" "$2" "$JFR" "$3-jfr"
  jcmd "$2" JFR.stop name=ab filename="$WORK/$3.jfr" >/dev/null
  echo "== $3: $WORK/$3.jfr"
  python3 "$ROOT/bench/jfr-components.py" "$WORK/$3.jfr" "$LAST_UNITS"
}
if [ "$JFR" != 0 ]; then
  # the first recording of a server's life instruments the JDK's classes and throws away the compiled code
  # that depends on them (findings AS): one empty recording now, so that the JIT recompiles during the warm-up
  for pid in "$A" "$B"; do
    jcmd "$pid" JFR.start name=prime settings=profile >/dev/null
    jcmd "$pid" JFR.stop name=prime >/dev/null
  done
fi
echo "old: $OLD_REF   new: ${NEW_REF:-working tree}   script: $SCRIPT   database: $DB"
for _ in 1 2; do
  window "$PA" "$A" $((WARM / 2)) warm-old >/dev/null
  window "$PB" "$B" $((WARM / 2)) warm-new >/dev/null
done
ROWS=$WORK/rounds.txt
: > "$ROWS"
for _ in $(seq "$ROUNDS"); do
  window "$PA" "$A" "$WIN" old | tee -a "$ROWS"
  window "$PB" "$B" "$WIN" new | tee -a "$ROWS"
done
# the summary: means over the measured rounds, new / old, and in how many rounds new used less CPU
python3 - "$ROWS" <<'PY'
import sys
rows = {"old": [], "new": []}
for line in open(sys.argv[1]):
    f = line.split()
    rows[f[0]].append((float(f[1]), float(f[5])))
old, new = rows["old"], rows["new"]
mean = lambda xs: sum(xs) / len(xs)
rate_o, rate_n = mean([r for r, _ in old]), mean([r for r, _ in new])
cpu_o, cpu_n = mean([c for _, c in old]), mean([c for _, c in new])
fewer = sum(1 for (_, co), (_, cn) in zip(old, new) if cn < co)
print("mean     old %.1f /s, %.3f ms CPU per unit; new %.1f /s, %.3f ms CPU per unit" % (rate_o, cpu_o, rate_n, cpu_n))
print("new/old  rate %.3f, CPU per unit %.3f; new used less CPU per unit in %d of %d rounds"
      % (rate_n / rate_o, cpu_n / cpu_o, fewer, len(new)))
# the same CPU per unit by thread kind (bench/thread-cpu.py): the part after " | "
kinds = {"old": {}, "new": {}}
for line in open(sys.argv[1]):
    side, _, split = line.partition(" | ")
    for part in split.strip().split(", "):
        name, value = part.split()
        kinds[side.split()[0]].setdefault(name, []).append(float(value))
print("by thread kind, ms per unit (old -> new): " + ", ".join(
    "%s %.3f -> %.3f" % (k, mean(kinds["old"][k]), mean(kinds["new"][k])) for k in kinds["old"]))
PY
if [ "$JFR" != 0 ]; then
  profile "$PA" "$A" old
  profile "$PB" "$B" new
fi
if [ "$ASYNC" != 0 ]; then
  # async-profiler (Maven Central: tools.profiler:async-profiler), loaded into the running server:
  # CPU samples of every thread, Java and native frames, at a cost the server hardly notices
  AP=$WORK/async-profiler/linux-x64/libasyncProfiler.so
  if [ ! -f "$AP" ]; then
    (cd "$ROOT" && mvn -q -f bench/pom.xml dependency:copy -Dartifact=tools.profiler:async-profiler:3.0 \
      -DoutputDirectory="$WORK" >&2)
    unzip -o -q "$WORK/async-profiler-3.0.jar" 'linux-x64/libasyncProfiler.so' -d "$WORK/async-profiler"
  fi
  sampled() { # port pid label
    rm -f "$WORK/$3-async.jfr"
    # the agent's options are one quoted argument, or jcmd reads them as its own name=value pairs
    jcmd "$2" JVMTI.agent_load "$AP" "\"start,event=cpu,interval=1ms,file=$WORK/$3-async.jfr\"" >/dev/null
    window "$1" "$2" "$ASYNC" "$3-async"
    jcmd "$2" JVMTI.agent_load "$AP" "\"stop\"" >/dev/null
    echo "== $3: $WORK/$3-async.jfr"
    python3 "$ROOT/bench/jfr-components.py" "$WORK/$3-async.jfr" "$LAST_UNITS"
  }
  sampled "$PA" "$A" old
  sampled "$PB" "$B" new
fi
