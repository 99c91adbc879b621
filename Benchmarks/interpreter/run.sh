#!/bin/sh
# The interpreter suite: every workload of this folder under `folio run`, compiled with
# `swiftc -O`, under CPython 3 and under Lua 5.4, side by side in one run (interleaved
# repetitions), outputs checked equal; prints the tables (Markdown). Not a test.
#   Benchmarks/interpreter/run.sh                      # builds ./folio in release if needed
#   FOLIO=/path/to/folio ROUNDS=3 ONLY=fib,sort Benchmarks/interpreter/run.sh
#   Benchmarks/interpreter/run.sh --results Benchmarks/RESULTS.md   # replace its interpreter section
# Environment: FOLIO (a release folio; default: the repository's ./folio, built on demand),
# ROUNDS (repetitions, default 5), ONLY (comma-separated workloads), PYTHON, LUA, SWIFTC, NOTE
# (a sentence about the run's conditions, printed above the tables). Other options: suite.py --help.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
folio="${FOLIO:-$(FOLIO_PRINT_BINARY=1 "$root/folio")}"
exec "${PYTHON:-python3}" "$here/suite.py" --folio "$folio" "$@"
