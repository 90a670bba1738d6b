#!/usr/bin/env bash
# Crash safety, measured: N trials per backend of `lineage index add` killed with SIGKILL at a
# random moment, each followed by `lineage index check` and the same add run again to its end.
#
#   scripts/kill-test.sh N [--backend sqlite|postgres|both] [--docs D] [--batch B] [--seed S]
#
# Builds the CLI and the bench into a scratch folder, generates a small corpus (bench
# `generate`), adds it once uncut to learn how long an add takes and how many documents it
# stores, then per trial: a fresh store, the add killed after a random delay within that time,
# `index check` (a non-zero exit is a corrupt store), the add again, `index check` again, and the
# documents counted: lost (a file of the corpus missing) and doubled (a file stored twice).
# PostgreSQL runs on a throwaway server from scripts/postgres.sh, a schema per trial.
# Ends with one line per backend: "BACKEND: T trials, C corrupt stores, L lost documents, D doubled documents".
# Exits non-zero when any trial found a corrupt store, a lost or a doubled document.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() { echo "usage: scripts/kill-test.sh N [--backend sqlite|postgres|both] [--docs D] [--batch B] [--seed S]" >&2; exit 2; }
[[ $# -ge 1 && "$1" =~ ^[0-9]+$ && "$1" -ge 1 ]] || usage
trials=$1
shift
backend=sqlite
docs=300
batch=20
seed=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --backend) backend=${2:-}; shift 2 ;;
    --docs) docs=${2:-}; shift 2 ;;
    --batch) batch=${2:-}; shift 2 ;;
    --seed) seed=${2:-}; shift 2 ;;
    *) usage ;;
  esac
done
case "$backend" in sqlite) backends=(sqlite) ;; postgres) backends=(postgres) ;; both) backends=(sqlite postgres) ;; *) usage ;; esac
[[ "$docs" =~ ^[0-9]+$ && "$batch" =~ ^[0-9]+$ && "$seed" =~ ^[0-9]+$ ]] || usage
RANDOM=$seed

work=$(mktemp -d "${TMPDIR:-/tmp}/lineage-kill.XXXXXX")
child=""
cleanup() {
  [[ -n "$child" ]] && kill -9 "$child" 2>/dev/null
  declare -F postgres_stop >/dev/null && postgres_stop
  rm -rf "$work"
}
trap cleanup EXIT

note() { echo "kill-test: $*" >&2; }

note "building the CLI and the bench into $work"
dotnet build "$root/src/Lineage.Cli" -c Release -o "$work/cli" -v q -nologo >"$work/build.log" 2>&1 \
  && dotnet build "$root/bench/Lineage.Bench" -c Release -o "$work/bench" -v q -nologo >>"$work/build.log" 2>&1 \
  || { tail -n 20 "$work/build.log" >&2; note "build failed"; exit 1; }
lineage() { CI=true dotnet "$work/cli/lineage.dll" "$@"; }
dotnet "$work/bench/Lineage.Bench.dll" generate --docs "$docs" --out "$work/corpus" --seed "$seed" >&2 || exit 1

# A query on a store, for counting behind Lineage's back.
sqlite_query() {
  if command -v sqlite3 >/dev/null 2>&1; then sqlite3 "$1" "$2"
  else python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$1" "$2"; fi
}

pg_psql() { PGOPTIONS='-c client_min_messages=warning' psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_database" -qtAX "$@"; }

# Sets `store` to a fresh, empty place for trial $1 of backend $2.
new_store() {
  if [[ "$2" == sqlite ]]; then
    store="$work/t$1.db"
  else
    pg_psql -c "DROP SCHEMA IF EXISTS kill_t$1 CASCADE; CREATE SCHEMA kill_t$1" >/dev/null || exit 1
    store="Host=$pg_host;Port=$pg_port;Username=$pg_user;Database=$pg_database;Search Path=kill_t$1"
  fi
}

drop_store() {
  if [[ "$2" == sqlite ]]; then rm -f "$work/t$1.db" "$work/t$1.db-wal" "$work/t$1.db-shm"
  else pg_psql -c "DROP SCHEMA IF EXISTS kill_t$1 CASCADE" >/dev/null; fi
}

# "documents distinct-paths" of trial $1's store.
count_documents() {
  local sql="SELECT COUNT(*) || ' ' || COUNT(DISTINCT path) FROM documents"
  if [[ "$2" == sqlite ]]; then sqlite_query "$work/t$1.db" "$sql"
  else pg_psql -c "SET search_path = kill_t$1; $sql"; fi
}

now_ms() { date +%s%3N; }

summary=()
failed=0
for b in "${backends[@]}"; do
  if [[ "$b" == postgres ]]; then
    source "$root/scripts/postgres.sh"
    postgres_start
    [[ -n "${LINEAGE_TEST_POSTGRES:-}" ]] || { note "no PostgreSQL server: PostgreSQL trials not run"; failed=1; summary+=("postgres: not run (no server)"); continue; }
    field() { tr ';' '\n' <<<"$LINEAGE_TEST_POSTGRES" | grep -i "^$1=" | head -n 1 | cut -d= -f2-; }
    pg_host=$(field Host); pg_port=$(field Port); pg_user=$(field Username); pg_database=$(field Database)
    pg_port=${pg_port:-5432}
  fi

  # One uncut add: how long it takes and what a whole add stores.
  new_store 0 "$b"
  start=$(now_ms)
  lineage index add "$work/corpus" --store "$store" --batch "$batch" -q >/dev/null 2>"$work/reference.err" \
    || { cat "$work/reference.err" >&2; note "$b: the uncut add failed"; exit 1; }
  span=$(( $(now_ms) - start ))
  read -r expected _ <<<"$(count_documents 0 "$b")"
  drop_store 0 "$b"
  note "$b: an uncut add of $docs files stores $expected documents in $span ms; killing $trials adds within that time"

  corrupt=0 lost=0 doubled=0 finished=0 uncreated=0
  for ((t = 1; t <= trials; t++)); do
    new_store "$t" "$b"
    # Uniform over the add, .NET start-up included: some kills land before the store exists.
    delay=$(( (RANDOM * 32768 + RANDOM) % span ))
    lineage index add "$work/corpus" --store "$store" --batch "$batch" -q >/dev/null 2>&1 &
    child=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -0 "$child" 2>/dev/null; then kill -9 "$child" 2>/dev/null; else finished=$((finished + 1)); fi
    wait "$child" 2>/dev/null
    child=""

    lineage index check --store "$store" >"$work/check.out" 2>&1
    code=$?
    state="killed after ${delay} ms"
    if (( code == 0 )); then read -r at_kill _ <<<"$(count_documents "$t" "$b")"; state="$state with $at_kill documents stored"; fi
    if (( code == 2 )) && grep -qE "no such store|holds no Lineage store yet" "$work/check.out"; then
      uncreated=$((uncreated + 1))
      state="$state, before the store existed"
    elif (( code != 0 )); then
      corrupt=$((corrupt + 1))
      note "$b trial $t: corrupt after the kill (index check exit $code):"
      head -n 20 "$work/check.out" >&2
    fi
    if ! lineage index add "$work/corpus" --store "$store" --batch "$batch" -q >/dev/null 2>"$work/rerun.err"; then
      note "$b trial $t: the re-run failed:"; head -n 20 "$work/rerun.err" >&2
      corrupt=$((corrupt + 1))
    elif ! lineage index check --store "$store" >"$work/check.out" 2>&1; then
      corrupt=$((corrupt + 1))
      note "$b trial $t: corrupt after the re-run:"; head -n 20 "$work/check.out" >&2
    fi
    read -r stored distinct <<<"$(count_documents "$t" "$b" 2>/dev/null || echo "0 0")"
    stored=${stored:-0}; distinct=${distinct:-0}
    (( distinct < expected )) && lost=$((lost + expected - distinct))
    (( stored > distinct )) && doubled=$((doubled + stored - distinct))
    echo "$b trial $t: $state; $stored documents after the re-run (expected $expected)"
    drop_store "$t" "$b"
  done
  line="$b: $trials trials, $corrupt corrupt stores, $lost lost documents, $doubled doubled documents ($finished adds finished before their kill, $uncreated killed before the store existed; $docs files, batch $batch)"
  summary+=("$line")
  (( corrupt + lost + doubled > 0 )) && failed=1
done

printf '%s\n' "${summary[@]}"
exit "$failed"
