#!/usr/bin/env bash
# The service desk benchmark of issue 4: 100,000 tickets over 500 establishments, load from wrk
# in a second process on loopback. Usage: bench/service-desk.sh [sqlite|postgres]
# Prints one line per measure; docs/PERFORMANCE.md records the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
tickets=${TICKETS:-100000}
duration=${DURATION:-10s}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
. bench/engine.sh "${1:-sqlite}" 55433
# The SLA watcher is off: its first pass over a year of seeded tickets would record thousands of
# breaches while the load runs, which is a one-off cost, not the steady state being measured.
export ENTENTE_SLA_WATCH_SECONDS=0
echo "engine=$engine tickets=$tickets"
/usr/bin/time -f "seed: %e s, %M KB" "$bin" bench seed --tickets "$tickets" --establishments 500
token=$("$bin" token create --email dsi@cd35.demo.entente.fr --name benchmark 2>/dev/null)
port=8799
"$bin" serve --port $port > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
base="http://127.0.0.1:$port"
csrf=$(curl -fsS -c "$work/jar" "$base/sign-in" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -b "$work/jar" -c "$work/jar" -o /dev/null --data-urlencode "csrf_token=$csrf" \
  --data-urlencode "email=dsi@cd35.demo.entente.fr" --data-urlencode "password=demo-entente-2026" "$base/sign-in"
cookie="Cookie: entente-session=$(awk '$6 == "entente-session" {print $7}' "$work/jar")"
month=$(date +%Y-%m)
filter="status=open&q=Bornes"
# Each read is measured twice: one client at a time (a request's own latency on a server that is
# otherwise idle) and ten at once (the server saturated: throughput, and latency under queueing).
measure() {
  local label=$1 header=$2 url=$3
  for clients in 1 10; do
    printf '%s, %s client(s): ' "$label" "$clients"
    wrk -t"$(( clients < 2 ? 1 : 2 ))" -c"$clients" -d"$duration" -s bench/report.lua -H "$header" "$url" | tail -1
  done
}
measure "queue page (50 rows, $filter)" "$cookie" "$base/tickets?$filter"
measure "API list (per_page=50, $filter)" "Authorization: Bearer $token" "$base/api/v1/tickets?$filter&per_page=50"
measure "statistics page ($month)" "$cookie" "$base/statistics?month=$month"
printf 'API creation, 2 clients: '
wrk -t2 -c2 -d"$duration" -s bench/create.lua -H "Authorization: Bearer $token" "$base/api/v1/tickets" | tail -1
