#!/bin/sh
# Folio (release `folio run`) against CPython on the same algorithms; prints times and ratios
# measured in this run. Not a test. Each program runs ROUNDS times (default 3), alternating
# Folio and CPython; the table shows the best wall time and the mean CPU time (user + system,
# which a loaded machine disturbs less), and CPython's time over Folio's for both.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
folio=$(FOLIO_PRINT_BINARY=1 "$root/folio" 2>/dev/null)
ROUNDS="${ROUNDS:-3}" python3 - "$folio" "$here" <<'PY'
import os, resource, subprocess, sys, time
folio, here = sys.argv[1], sys.argv[2]
rounds = int(os.environ["ROUNDS"])

def measure(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu

print("%-10s %9s %9s %7s %9s %9s %7s" % ("benchmark", "folio_s", "python_s", "wall", "folio_cpu", "py_cpu", "cpu"))
for name in ["fib", "floatloop", "matmul", "build"]:
    f_runs, p_runs = [], []
    for _ in range(rounds):
        f_runs.append(measure([folio, "run", os.path.join(here, name + ".swift")]))
        p_runs.append(measure([sys.executable, os.path.join(here, name + ".py")]))
    f_wall = min(w for w, _ in f_runs); p_wall = min(w for w, _ in p_runs)
    f_cpu = sum(c for _, c in f_runs) / rounds; p_cpu = sum(c for _, c in p_runs) / rounds
    print("%-10s %9.3f %9.3f %7.2f %9.3f %9.3f %7.2f" % (name, f_wall, p_wall, p_wall / f_wall, f_cpu, p_cpu, p_cpu / f_cpu))
PY
