#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the test suite's second pass.
# Prints the SQLAlchemy URL of its maintenance database on stdout; logs go to stderr.
# Usage: eval "$(.ci/start-postgres.sh DIR)"  -> sets PG_TEST_URL and PG_TEST_DIR
set -euo pipefail

dir=${1:?usage: start-postgres.sh DIR}

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bindir=$candidate
done
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then
  bindir=$(dirname "$(command -v initdb)")
fi
if [ -z "$bindir" ]; then
  echo "ERROR: PostgreSQL server binaries (initdb, pg_ctl) were not found." >&2
  echo "       Install PostgreSQL 15 (Debian: apt-get install -y postgresql) and run again." >&2
  exit 3
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$dir"
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root: run it as the postgres account.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
fi
as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync >&2
as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >&2
echo "PG_TEST_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "PG_TEST_STOP='$bindir/pg_ctl -D $dir/data -m immediate stop'"
