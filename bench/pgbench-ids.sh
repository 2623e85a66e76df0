#!/usr/bin/env bash
# The database alone: how fast PostgreSQL takes Provisio's POST /Users statements with random
# (version 4) against time-ordered (version 7) ids, in tables already holding --users users.
# No server, no JVM: pgbench runs the statements a POST commits (the audit row, the user, the
# email; one transaction each) and the two arms differ only in the function that makes the ids.
#
#   bench/pgbench-ids.sh [--users N] [--rounds R] [--seconds S] [--clients C]
#
# Defaults: 1,000,000 users (each with one email, 400,000 audit rows beside them, all with random
# ids as a database that predates version 7 ids has), 4 rounds of 30 s per arm, 8 clients (the
# bench's concurrency). The arms alternate, and swap which goes first each round, so both see the
# same stretch of the database's checkpoints. Per window it prints transactions per second, and
# WAL kilobytes and full-page images per transaction (pg_stat_wal); then the means, v7/v4, and in
# how many rounds v7 was faster. The database provisio_ids_<random> on 127.0.0.1:5432 (trust
# auth, user postgres) is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
USERS=1000000; ROUNDS=4; SECONDS_PER=30; CLIENTS=8
while [ $# -gt 0 ]; do
  case $1 in
    --users) USERS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --seconds) SECONDS_PER=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
for n in "$USERS" "$ROUNDS" "$SECONDS_PER" "$CLIENTS"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "--users, --rounds, --seconds and --clients take a positive number, not '$n'" >&2; exit 2; }
done
command -v pgbench >/dev/null || { echo "needs pgbench (apt-get install postgresql-client)" >&2; exit 2; }

DB=provisio_ids_$RANDOM$RANDOM
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
WORK=$(mktemp -d)
cleanup() {
  if [ -s "$WORK/pgbench.err" ]; then tail -5 "$WORK/pgbench.err" >&2; fi
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
for f in "$ROOT"/src/main/resources/db/migration/V*.sql; do "${PSQL[@]}" -d "$DB" -f "$f"; done

echo "loading $USERS users, their emails and $((USERS * 2 / 5)) audit rows (random ids) ..."
"${PSQL[@]}" -d "$DB" <<SQL
-- v7 is gen_random_uuid() with its first 48 bits replaced by the millisecond and its version set
-- to 7 (RFC 9562); it does more work than v4, so any gain it shows is not the function's
CREATE FUNCTION id_v4() RETURNS text LANGUAGE sql VOLATILE AS \$\$ SELECT gen_random_uuid()::text \$\$;
CREATE FUNCTION id_v7() RETURNS text LANGUAGE sql VOLATILE AS \$\$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
    placing substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
    FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid::text \$\$;
INSERT INTO scim_user (id, user_name, user_name_lower, external_id, display_name, given_name,
    family_name, active, department, created_at, last_modified, version, provisioned_by, provisioned_idp)
  SELECT gen_random_uuid()::text, 'seed' || i || '@example.com', 'seed' || i || '@example.com',
    'ext-' || i, 'Seed ' || i, 'Seed', 'User ' || i, true, 'Bench', now(), now(), 1, 'bench', 'ENTRA_ID'
  FROM generate_series(1, $USERS) i;
INSERT INTO user_email (user_id, position, email, email_lower, email_type, is_primary)
  SELECT id, 0, user_name, user_name_lower, 'work', true FROM scim_user;
INSERT INTO audit_event (id, occurred_at, event_type, actor, target, details)
  SELECT gen_random_uuid()::text, now(), 'USER_CREATED', 'bench', 'seed' || i, NULL
  FROM generate_series(1, $USERS * 2 / 5) i;
VACUUM ANALYZE;
CHECKPOINT;
SQL

for arm in v4 v7; do
  cat >"$WORK/$arm.sql" <<SQL
SELECT id_$arm() AS uid, id_$arm() AS aid \gset
BEGIN;
INSERT INTO audit_event (id, occurred_at, event_type, actor, target, details) VALUES (:aid, now(), 'USER_CREATED', 'bench', :uid, NULL);
INSERT INTO scim_user (id, user_name, user_name_lower, external_id, display_name, given_name, family_name, active, department, created_at, last_modified, version, provisioned_by, provisioned_idp) VALUES (:uid, :uid::text || '@example.com', :uid::text || '@example.com', 'ext-' || :uid, 'Bench User', 'Bench', 'User', true, 'Bench', now(), now(), 1, 'bench', 'ENTRA_ID');
INSERT INTO user_email (user_id, position, email, email_lower, email_type, is_primary) VALUES (:uid, 0, :uid::text || '@example.com', :uid::text || '@example.com', 'work', true);
COMMIT;
SQL
done

wal() { "${PSQL[@]}" -d "$DB" -Atc "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn, wal_fpi FROM pg_stat_wal"; }
window() { # arm -> "tps kB/tx fpi/tx"
  local before after tps tx
  before=$(wal)
  tps=$(pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_PER" -f "$WORK/$1.sql" "$DB" 2>"$WORK/pgbench.err" \
    | awk '/^tps = / { print $3; exit }')
  after=$(wal)
  tx=$(awk -v t="$tps" -v s="$SECONDS_PER" 'BEGIN { print t * s }')
  awk -v b="$before" -v a="$after" -v t="$tps" -v n="$tx" 'BEGIN {
    split(b, x, "|"); split(a, y, "|");
    printf "%.1f %.2f %.3f\n", t, (y[1] - x[1]) / 1024 / n, (y[2] - x[2]) / n }'
}

printf '%-6s %-4s %10s %10s %10s\n' round arm tps 'WAL kB/tx' 'FPI/tx'
: >"$WORK/results"
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then order="v4 v7"; else order="v7 v4"; fi
  for arm in $order; do
    read -r tps kb fpi < <(window "$arm")
    printf '%-6s %-4s %10s %10s %10s\n' "$r" "$arm" "$tps" "$kb" "$fpi"
    echo "$r $arm $tps" >>"$WORK/results"
  done
done
awk '
  $2 == "v4" { v4[$1] = $3; s4 += $3; n++ } $2 == "v7" { v7[$1] = $3; s7 += $3 }
  END {
    for (r in v4) if (v7[r] > v4[r]) faster++
    printf "mean tps: v4 %.1f, v7 %.1f; v7/v4 %.3f; v7 faster in %d of %d rounds\n", s4 / n, s7 / n, s7 / s4, faster, n
  }' "$WORK/results"
