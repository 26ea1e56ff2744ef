#!/usr/bin/env bash
# Runs a command (the test suite) with the services the tests need available.
#
# PostgreSQL: the storage tests run against SQLite and a real PostgreSQL. Unless
# FRONTLINES_TEST_PG_URL already points at a server, this installs Debian's PostgreSQL 15
# when it is missing (apt-get, non-interactive, only then), starts a throwaway server in a
# temporary directory (as an unprivileged user when run as root: PostgreSQL refuses root),
# exports FRONTLINES_TEST_PG_URL for the tests, runs the command and stops the server.
set -euo pipefail

pg_bindir() {
  local d
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

if [ -n "${FRONTLINES_TEST_PG_URL:-}" ]; then
  exec "$@"
fi

if ! bindir=$(pg_bindir); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test-services: installing PostgreSQL 15 (apt-get)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql-15 >&2 \
      || apt-get install -y -qq --no-install-recommends postgresql >&2
  fi
  bindir=$(pg_bindir) || bindir=""
fi
if [ -z "$bindir" ]; then
  echo "test-services: no PostgreSQL available; PostgreSQL tests skip (and fail under CI)" >&2
  exec "$@"
fi

tmp=$(mktemp -d -t frontlines-pg.XXXXXX)
run_pg=()
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL will not run as root: use an unprivileged system user.
  pg_user=frontlines-pg
  id "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
  chown "$pg_user" "$tmp"
  chmod 700 "$tmp"
  run_pg=(runuser -u "$pg_user" --)
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop_pg() {
  "${run_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap stop_pg EXIT

"${run_pg[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres --auth=trust --encoding=UTF8 \
  --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
  || { cat "$tmp/initdb.log" >&2; exit 1; }
"${run_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
  -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
  || { cat "$tmp/server.log" >&2; exit 1; }
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres frontlines_test

export FRONTLINES_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/frontlines_test"
status=0
"$@" || status=$?
exit "$status"
