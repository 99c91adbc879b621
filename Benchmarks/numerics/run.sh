#!/usr/bin/env bash
# Folio against NumPy, in one run: builds the FolioNumerics benchmark in release, runs it and
# the same workloads in NumPy, and prints Folio time / NumPy time (medians of REPS runs).
# Usage: Benchmarks/numerics/run.sh [REPS]   (default 7)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
reps="${1:-7}"
cd "$here"
swift build -c release --scratch-path "$here/.build" >&2
folio="$("$here/.build/release/NumericsBenchmark" "$reps")"
# NumPy's OpenBLAS picks its own kernels: don't let tuning variables meant for others leak in.
numpy="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$here/bench_numpy.py" "$reps")"
python3 - "$folio" "$numpy" <<'PY'
import sys
folio = dict((l.split("\t")[0], float(l.split("\t")[1])) for l in sys.argv[1].splitlines() if "\t" in l)
numpy = dict((l.split("\t")[0], float(l.split("\t")[1])) for l in sys.argv[2].splitlines() if "\t" in l)
print(f"| {'workload':<30} | {'Folio ms':>9} | {'NumPy ms':>9} | {'ratio':>6} |")
print(f"|{'-' * 32}|{'-' * 11}|{'-' * 11}|{'-' * 8}|")
for name, t in folio.items():
    u = numpy.get(name, float("nan"))
    print(f"| {name:<30} | {t * 1e3:9.2f} | {u * 1e3:9.2f} | {t / u:6.2f} |")
PY
