#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests, sourced by scripts/test.sh:
#   source scripts/postgres.sh; postgres_start; trap postgres_stop EXIT
# postgres_start installs Debian's postgresql when it is missing (as root, with apt-get), makes a
# cluster in a temporary folder owned by an unprivileged user (lineage-test, created when run as
# root; initdb refuses root), starts it on a free loopback port, and exports
# LINEAGE_TEST_POSTGRES with its connection string. When it cannot, it says why and exports
# nothing: the PostgreSQL tests then fail with that message. LINEAGE_SKIP_POSTGRES=1 leaves the
# server (and, in test.sh, those tests) out on purpose; a LINEAGE_TEST_POSTGRES already set is
# used as it is.

postgres_dir=""
postgres_user=""

postgres_note() { echo "postgres: $*" >&2; }

postgres_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && echo "$dir"
}

postgres_install() {
  if [[ "$(id -u)" != "0" ]] || ! command -v apt-get >/dev/null 2>&1; then
    postgres_note "PostgreSQL is not installed and installing it needs root and apt-get (sudo apt-get install postgresql)"
    return 1
  fi
  postgres_note "installing Debian's postgresql with apt-get"
  # No 'main' cluster on port 5432: the tests start their own.
  if [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || { postgres_note "apt-get update failed"; return 1; }
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 || { postgres_note "apt-get install postgresql failed"; return 1; }
}

# Runs a command as the cluster's owner.
postgres_as() {
  if [[ -n "$postgres_user" ]]; then runuser -u "$postgres_user" -- "$@"; else "$@"; fi
}

postgres_free_port() {
  local port
  for port in $(seq 54329 54429); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

postgres_start() {
  if [[ "${LINEAGE_SKIP_POSTGRES:-}" == "1" ]]; then
    postgres_note "LINEAGE_SKIP_POSTGRES=1: no server, PostgreSQL tests left out"
    return 0
  fi
  if [[ -n "${LINEAGE_TEST_POSTGRES:-}" ]]; then
    postgres_note "using the server in LINEAGE_TEST_POSTGRES"
    return 0
  fi
  local bin port
  bin=$(postgres_bin) || { postgres_install && bin=$(postgres_bin); } || {
    postgres_note "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql; the PostgreSQL tests will fail"
    return 0
  }
  if [[ "$(id -u)" == "0" ]]; then
    postgres_user="lineage-test"
    id "$postgres_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$postgres_user" || {
      postgres_note "cannot create the unprivileged user $postgres_user; the PostgreSQL tests will fail"
      postgres_user=""
      return 0
    }
  fi
  postgres_dir=$(mktemp -d "${TMPDIR:-/tmp}/lineage-pg.XXXXXX")
  [[ -n "$postgres_user" ]] && chown "$postgres_user" "$postgres_dir"
  port=$(postgres_free_port) || { postgres_note "no free loopback port in 54329-54429; the PostgreSQL tests will fail"; return 0; }
  if ! postgres_as "$bin/initdb" -D "$postgres_dir/data" -U lineage -A trust -E UTF8 --no-sync >"$postgres_dir/initdb.log" 2>&1; then
    postgres_note "initdb failed ($(tail -n 1 "$postgres_dir/initdb.log")); the PostgreSQL tests will fail"
    return 0
  fi
  # fsync off: a test cluster is thrown away, durability is not what is tested against it.
  if ! postgres_as "$bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/server.log" -w -t 60 \
      -o "-k $postgres_dir -p $port -h 127.0.0.1 -F" start >/dev/null 2>&1; then
    postgres_note "the server did not start ($(tail -n 2 "$postgres_dir/server.log" 2>/dev/null | tr '\n' ' ')); the PostgreSQL tests will fail"
    return 0
  fi
  if ! postgres_as "$bin/psql" -h 127.0.0.1 -p "$port" -U lineage -d postgres -qc "CREATE DATABASE lineage_test" >/dev/null 2>&1; then
    postgres_note "cannot create the test database; the PostgreSQL tests will fail"
    return 0
  fi
  export LINEAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=lineage;Database=lineage_test"
  postgres_note "throwaway server on 127.0.0.1:$port ($("$bin/postgres" --version 2>/dev/null))"
}

postgres_stop() {
  [[ -z "$postgres_dir" ]] && return 0
  local bin
  if bin=$(postgres_bin) && [[ -f "$postgres_dir/data/postmaster.pid" ]]; then
    postgres_as "$bin/pg_ctl" -D "$postgres_dir/data" -m immediate -w stop >/dev/null 2>&1
  fi
  rm -rf "$postgres_dir"
  postgres_dir=""
}
