#!/usr/bin/env bash
# Starts a private PostgreSQL cluster on 127.0.0.1 for the storage integration tests and prints the connection
# string on stdout (last line). Installs Debian's postgresql when it is missing. Usage:
#   conn=$(.ci/postgres.sh start DIR)   ...   .ci/postgres.sh stop DIR
set -euo pipefail
action="${1:?start|stop}"; dir="${2:?data directory}"; port="${CAIRN_TEST_PG_PORT:-54329}"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

if [ "$action" = stop ]; then
  [ -n "$pgbin" ] && [ -d "$dir/data" ] && su postgres -c "$pgbin/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true
  exit 0
fi

if [ -z "$pgbin" ]; then
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq postgresql) >&2
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

mkdir -p "$dir/data"
chown -R postgres:postgres "$dir"
su postgres -c "$pgbin/initdb -D $dir/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
su postgres -c "$pgbin/pg_ctl -D $dir/data -l $dir/server.log -w -o '-c listen_addresses=127.0.0.1 -p $port -k $dir' start" >&2
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
