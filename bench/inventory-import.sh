#!/usr/bin/env bash
# The inventory import benchmark of issue 10: a CSV of ROWS rows (100,000 by default) over the
# establishments of `bench seed`, imported with the command line: dry run, import, the same file
# again (all unchanged). Usage: bench/inventory-import.sh [sqlite|postgres]
# Prints elapsed seconds and peak memory per step, then the list and indicators timings at
# ASSETS devices; docs/PERFORMANCE.md records the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/engine.sh "${1:-sqlite}" 55434
rows=${ROWS:-100000}
establishments=${ESTABLISHMENTS:-2000}
echo "engine=$engine rows=$rows establishments=$establishments"
"$bin" bench seed --tickets 0 --establishments "$establishments" >/dev/null
python3 - "$establishments" "$rows" > "$work/parc.csv" <<'PY'
import sys
# The UAIs `bench seed` gives its establishments: 0358000 onwards with their check letter.
uais = [f"0{358000 + i}" + "ABCDEFGHJKLMNPRSTUVWXYZ"[(358000 + i) % 23] for i in range(int(sys.argv[1]))]
rows = int(sys.argv[2])
components = ["stations-travail-pedagogiques", "tablettes", "videoprojecteurs", "bornes-wifi"]
print("UAI;N° d'inventaire;Numéro de série;Composant;Financement;Réseau;Date d'acquisition;Prix;Salle")
for n in range(rows):
    print(f"{uais[n % len(uais)]};B-{n:07d};SN{n:09d};{components[n % 4]};{'Fonds propres' if n % 10 == 0 else 'Département'};"
          f"Pédagogique;{1 + n % 28:02d}/{1 + n % 12:02d}/20{18 + n % 7};{100 + n % 900},{n % 100:02d} €;B{n % 40}")
PY
ls -la "$work/parc.csv" | awk '{print "file: " $5 " bytes"}'
/usr/bin/time -f "dry run: %e s, %M KB" "$bin" inventory import "$work/parc.csv" 2>&1 >/dev/null | grep -v "^$work" | tail -1
/usr/bin/time -f "import: %e s, %M KB" "$bin" inventory import "$work/parc.csv" --apply 2>&1 >/dev/null | grep -v "^$work" | tail -1
/usr/bin/time -f "same file again: %e s, %M KB" "$bin" inventory import "$work/parc.csv" --apply 2>&1 >/dev/null | grep -v "^$work" | tail -1
# The park at scale: devices up to ASSETS (1,000,000 by default) over the same establishments, then
# the filtered list and the territory indicators timed in the process.
"$bin" bench inventory --assets "${ASSETS:-1000000}"
