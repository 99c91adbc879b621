#!/usr/bin/env bash
# Folio against NumPy, CPython, Jupyter and Quarto, side by side, in one run (issue 13).
#
# Builds Folio in release, makes a Python venv (Benchmarks/.venv, git-ignored) with NumPy, SciPy,
# matplotlib, nbconvert, nbclient, ipykernel and jupyter-cache (and quarto-cli if it installs),
# runs the numerics and interpreter benchmarks, renders the three documents of Benchmarks/render
# with every tool cold and warm, renders the showcase copied at several scales, prints the tables
# and writes Benchmarks/RESULTS.md.
#
# Usage: Benchmarks/run.sh
# Environment: REPS (best of, default 3), SCALES (showcase copies, default "1,10"; "1,10,100"
#   for the full run, which renders 1200 notes cold once), COLD_REPS_LARGE (cold repetitions above
#   1×, default 1), NUMERICS_REPS (default 5), SKIP (comma list of numerics,interpreter,render,
#   grown,scaling), FOLIO_BIN (an already built release folio: skip the build), NUMERICS_OUT
#   (reuse the output of an earlier numerics/run.sh), BENCH_JSON (reuse an earlier results.json:
#   only rebuild the report). The raw measurements of the run are kept in Benchmarks/results.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
reps="${REPS:-3}"
scales="${SCALES:-1,10}"
skip=",${SKIP:-},"
cd "$root"

if [ -n "${FOLIO_BIN:-}" ]; then
    folio="$(cd "$(dirname "$FOLIO_BIN")" && pwd)/$(basename "$FOLIO_BIN")"
    echo "== using the release folio at $folio (FOLIO_BIN; not building)" >&2
else
    echo "== building folio (release)" >&2
    folio="$(FOLIO_PRINT_BINARY=1 "$root/folio")"
fi

venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
    echo "== creating $venv" >&2
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check \
    numpy scipy matplotlib nbconvert nbclient ipykernel jupyter-cache >&2
quarto_reason=""
if ! command -v quarto >/dev/null && [ ! -x "$venv/bin/quarto" ]; then
    if ! "$venv/bin/python" -m pip install -q --disable-pip-version-check quarto-cli >/dev/null 2>&1; then
        quarto_reason="Quarto not run: \`pip install quarto-cli\` fails offline — its setup.py downloads the Quarto binary from github.com/quarto-dev/quarto-cli/releases at install time (no network here), and no \`quarto\` is on PATH. The .qmd documents are in Benchmarks/render/quarto/; with \`quarto\` installed the script measures them (cold and with \`freeze\`)."
    fi
fi
"$venv/bin/python" "$here/render/make_documents.py"
PATH="$venv/bin:$PATH"
export PATH

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if [ -n "${NUMERICS_OUT:-}" ]; then
    cp "$NUMERICS_OUT" "$out/numerics.txt"
elif [[ "$skip" != *,numerics,* ]]; then
    echo "== engine vs NumPy (Benchmarks/numerics/run.sh)" >&2
    "$here/numerics/run.sh" "${NUMERICS_REPS:-5}" > "$out/numerics.txt"
else
    echo "(skipped)" > "$out/numerics.txt"
fi
# The interpreter suite: folio run, swiftc -O, CPython and Lua 5.4, interleaved, outputs checked
# equal; it writes its own section of RESULTS.md (a mismatch is shown there, and does not stop
# the other benchmarks).
if [[ "$skip" != *,interpreter,* ]]; then
    echo "== interpreter vs swiftc -O, CPython and Lua (Benchmarks/interpreter/run.sh)" >&2
    FOLIO="$folio" PYTHON="$venv/bin/python" ROUNDS="$reps" "$here/interpreter/run.sh" \
        --markdown "$out/interpreter.txt" --json "$here/interpreter/results.json" \
        || echo "== the interpreter suite reported a failure or a mismatch (see its section)" >&2
    [ -s "$out/interpreter.txt" ] || echo "(skipped)" > "$out/interpreter.txt"
else
    echo "(skipped)" > "$out/interpreter.txt"
fi

echo "== rendering and scaling" >&2
skip_bench="$(echo "$skip" | tr ',' '\n' | grep -E '^(render|grown|scaling)$' | paste -sd, || true)"
if [ -n "${BENCH_JSON:-}" ]; then
    cp "$BENCH_JSON" "$out/bench.json"
else
"$venv/bin/python" "$here/bench.py" --folio "$folio" --root "$root" --reps "$reps" --scales "$scales" \
    --cold-reps-large "${COLD_REPS_LARGE:-1}" --skip "$skip_bench" --json "$out/bench.json"
fi
cp "$out/bench.json" "$here/results.json"
if [ -n "$quarto_reason" ]; then
    "$venv/bin/python" - "$out/bench.json" "$quarto_reason" <<'PY'
import json, sys
data = json.load(open(sys.argv[1])); data["quarto_reason"] = sys.argv[2]
json.dump(data, open(sys.argv[1], "w"))
PY
fi

py="$venv/bin/python"
version() { "$py" -c "import importlib.metadata as m; print(m.version('$1'))" 2>/dev/null || echo "not installed"; }
{
    echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc = $(nproc)"
    echo "- RAM: $(awk "/MemTotal/ {printf \"%.1f GiB\", \$2 / 1048576}" /proc/meminfo)"
    echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "- Swift: $(swift --version 2>/dev/null | head -1)"
    echo "- Folio: release build \`$folio\` (modified $(date -u -r "$folio" '+%Y-%m-%d %H:%M UTC')); benchmark sources at $(git -C "$root" rev-parse --short HEAD)"
    echo "- Python $("$py" -c 'import platform; print(platform.python_version())'); NumPy $(version numpy); SciPy $(version scipy); matplotlib $(version matplotlib)"
    echo "- Jupyter: nbconvert $(version nbconvert), nbclient $(version nbclient), ipykernel $(version ipykernel), jupyter-cache $(version jupyter-cache)"
    if command -v quarto >/dev/null; then echo "- Quarto $(quarto --version)"; else echo "- Quarto: not available (see the rendering section)"; fi
    echo "- Repetitions: best of $reps; showcase scales: $scales"
    if [ -n "${NUMERICS_OUT:-}" ]; then echo "- Engine against NumPy: output of an earlier \`numerics/run.sh\` in the same session (NUMERICS_OUT)"; fi
    if [ -n "${BENCH_JSON:-}" ]; then echo "- Rendering and scaling: measurements of an earlier run (BENCH_JSON), report regenerated"; fi
} > "$out/versions.md"

"$py" "$here/report.py" "$out/bench.json" "$out/numerics.txt" "$out/interpreter.txt" "$out/versions.md" "$here/RESULTS.md"
