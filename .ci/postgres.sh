#!/usr/bin/env bash
# PostgreSQL for the corpus store's tests: Debian's package, a cluster started on 127.0.0.1,
# a fresh database. Prints the URL to stdout (`export COPYDESK_TEST_PG_URL=$(.ci/postgres.sh)`).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start -- -o "-c listen_addresses=127.0.0.1" >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
psql_() { su postgres -c "psql -p $port -qAt -v ON_ERROR_STOP=1 -c \"$1\"" >&2; }
psql_ "DROP DATABASE IF EXISTS copydesk_test"
psql_ "DROP ROLE IF EXISTS copydesk"
psql_ "CREATE ROLE copydesk LOGIN PASSWORD 'copydesk'"
psql_ "CREATE DATABASE copydesk_test OWNER copydesk"
echo "postgresql+psycopg://copydesk:copydesk@127.0.0.1:$port/copydesk_test"
