# Sourced by the benchmark scripts: builds the release binary (`bin`), makes a scratch folder (`work`,
# removed on exit, with the server `server` a script starts) and, for `postgres`, starts a PostgreSQL of its own on PORT and sets DATABASE_URL.
# Usage: . bench/engine.sh ENGINE PORT
engine=${1:-sqlite}
port=${2:-55434}
swift build -c release --scratch-path .build-release --product entente >/dev/null
bin=$(pwd)/.build-release/release/entente
work=$(mktemp -d); chmod 755 "$work"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -f "$work/pg/postmaster.pid" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null || true
  [ -n "${KEEP_LOG:-}" ] && [ -f "$work/server.log" ] && cp "$work/server.log" /tmp/bench-server.log || true
  rm -rf "$work"
}
trap cleanup EXIT
export ENTENTE_DATA_DIR="$work/data" ENTENTE_DEMO=1 ENTENTE_DEMO_HISTORY=0
if [ "$engine" = postgres ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" --auth=trust -U postgres >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$port" entente_bench
  export DATABASE_URL="postgres://postgres@127.0.0.1:$port/entente_bench?sslmode=disable"
fi
