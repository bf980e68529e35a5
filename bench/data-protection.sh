#!/usr/bin/env bash
# The data-protection benchmark of issue 11: 1,000,000 tickets and 1,000,000 assets (the other benchmarks'
# seeds), 10,000 open breaches; then the clock standing of every open breach and of 10,000 rights requests,
# and one person's export, timed in the process. Usage: bench/data-protection.sh [sqlite|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/engine.sh "${1:-sqlite}" 55435
echo "engine=$engine tickets=${TICKETS:-1000000} assets=${ASSETS:-1000000} breaches=${BREACHES:-10000}"
/usr/bin/time -f "seed tickets: %e s" "$bin" bench seed --tickets "${TICKETS:-1000000}" --establishments 2000
/usr/bin/time -f "seed assets: %e s" "$bin" bench inventory --assets "${ASSETS:-1000000}"
"$bin" bench data-protection --breaches "${BREACHES:-10000}"
