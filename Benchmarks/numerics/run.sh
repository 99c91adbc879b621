#!/usr/bin/env bash
# Folio against NumPy, in one run: builds the FolioNumerics benchmark in release, runs it and
# the same workloads in NumPy, and prints Folio time / NumPy time (medians of REPS runs), for wall
# time and for CPU time of all threads (the steadier figure on a loaded machine).
# Usage: Benchmarks/numerics/run.sh [REPS]   (default 7)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
reps="${1:-7}"
cd "$here"
swift build -c release --scratch-path "$here/.build" >&2
folio="$("$here/.build/release/NumericsBenchmark" "$reps" 2>/dev/null)"
# NumPy's OpenBLAS picks its own kernels: don't let tuning variables meant for others leak in.
numpy="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$here/bench_numpy.py" "$reps")"
python3 - "$folio" "$numpy" <<'PY'
import sys
def table(text):
    rows = [l.split("\t") for l in text.splitlines() if l.count("\t") >= 2]
    return {r[0]: (float(r[1]), float(r[2])) for r in rows}
folio, numpy = table(sys.argv[1]), table(sys.argv[2])
print(f"| {'workload':<30} | {'Folio ms':>9} | {'NumPy ms':>9} | {'ratio':>6} | {'CPU ratio':>9} |")
print(f"|{'-' * 32}|{'-' * 11}|{'-' * 11}|{'-' * 8}|{'-' * 11}|")
nan = (float("nan"), float("nan"))
for name, (t, c) in folio.items():
    u, d = numpy.get(name, nan)
    print(f"| {name:<30} | {t * 1e3:9.2f} | {u * 1e3:9.2f} | {t / u:6.2f} | {c / d if d > 0 else float('nan'):9.2f} |")
PY
