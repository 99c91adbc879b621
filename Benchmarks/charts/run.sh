#!/usr/bin/env bash
# FolioCharts against matplotlib, in one run: builds the chart benchmark in release, runs it and
# the same charts in matplotlib (SVG backend), and prints Folio time / matplotlib time (medians).
# Usage: Benchmarks/charts/run.sh [REPS]   (default 5). Needs python3 with numpy and matplotlib
# (Benchmarks/run.sh makes a venv with both; PYTHON=path/to/python overrides).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
reps="${1:-5}"
python="${PYTHON:-python3}"
cd "$here"
swift build -c release --scratch-path "$here/.build" >&2
folio="$("$here/.build/release/ChartsBenchmark" "$reps")"
mpl="$("$python" "$here/bench_matplotlib.py" "$reps")"
"$python" - "$folio" "$mpl" <<'PY'
import sys
def table(text):
    rows = [l.split("\t") for l in text.splitlines() if "\t" in l]
    return {r[0]: (float(r[1]), int(r[2])) for r in rows}
folio, mpl = table(sys.argv[1]), table(sys.argv[2])
print(f"| {'chart → SVG':<28} | {'Folio ms':>9} | {'matplotlib ms':>13} | {'ratio':>6} | {'Folio KB':>8} | {'mpl KB':>8} |")
print(f"|{'-' * 30}|{'-' * 11}|{'-' * 15}|{'-' * 8}|{'-' * 10}|{'-' * 10}|")
for name, (t, size) in folio.items():
    u, usize = mpl.get(name, (float("nan"), 0))
    print(f"| {name:<28} | {t * 1e3:9.1f} | {u * 1e3:13.1f} | {t / u:6.3f} | {size / 1024:8.0f} | {usize / 1024:8.0f} |")
PY
