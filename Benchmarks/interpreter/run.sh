#!/bin/sh
# Folio (release `folio run`) against CPython on the same algorithms; prints times and ratios
# measured in this run. Not a test.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
(cd "$root" && swift build -c release --product folio >/dev/null)
folio="$root/.build/release/folio"
now() { python3 -c 'import time; print(time.perf_counter())'; }
printf "%-10s %10s %10s %8s\n" benchmark folio_s python_s py/folio
for name in fib floatloop matmul build; do
    t0=$(now); "$folio" run "$here/$name.swift" >/dev/null; t1=$(now)
    python3 "$here/$name.py" >/dev/null; t2=$(now)
    python3 -c "f=$t1-$t0; p=$t2-$t1; print('%-10s %10.3f %10.3f %8.2f' % ('$name', f, p, p/f))"
done
