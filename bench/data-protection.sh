#!/usr/bin/env bash
# The data-protection benchmark of issue 11: 1,000,000 tickets and 1,000,000 assets (the other benchmarks'
# seeds), 10,000 open breaches; then the clock standing of every open breach and of 10,000 rights requests,
# and one person's export, timed in the process. Usage: bench/data-protection.sh [sqlite|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${1:-sqlite}
swift build -c release --scratch-path .build-release --product entente >/dev/null
bin=$(pwd)/.build-release/release/entente
work=$(mktemp -d); chmod 755 "$work"
cleanup() {
  [ -f "$work/pg/postmaster.pid" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export ENTENTE_DATA_DIR="$work/data" ENTENTE_DEMO=1 ENTENTE_DEMO_HISTORY=0
if [ "$engine" = postgres ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" --auth=trust -U postgres >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w -o "-p 55435 -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p 55435 entente_bench
  export DATABASE_URL="postgres://postgres@127.0.0.1:55435/entente_bench?sslmode=disable"
fi
echo "engine=$engine tickets=${TICKETS:-1000000} assets=${ASSETS:-1000000} breaches=${BREACHES:-10000}"
/usr/bin/time -f "seed tickets: %e s" "$bin" bench seed --tickets "${TICKETS:-1000000}" --establishments 2000
/usr/bin/time -f "seed assets: %e s" "$bin" bench inventory --assets "${ASSETS:-1000000}"
"$bin" bench data-protection --breaches "${BREACHES:-10000}"
