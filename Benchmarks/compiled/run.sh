#!/usr/bin/env bash
# Interpreted against compiled (`engine: compiled`, cold: the note's program built, the Folio
# libraries already built in .folio-cache/compiled; warm: the cached executable) against
# CPython/NumPy, for the two notes here. Prints one line per measurement (seconds, wall clock).
set -euo pipefail
cd "$(dirname "$0")/../.."
folio="${FOLIO:-./folio}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
for name in floatloop montecarlo; do
    cp "Benchmarks/compiled/$name.md" "$work/$name.md"
    sed 's/^timeout: 10m$/timeout: 10m\nengine: compiled/' "Benchmarks/compiled/$name.md" > "$work/$name-compiled.md"
    echo "$name interpreted: $(seconds "$folio" check "$work/$name.md") s"
    # Cold: a comment in the block makes the program new, so SwiftPM compiles it (the Folio
    # libraries are already built in the package).
    sed -i "s|^\`\`\`swift\$|\`\`\`swift\\n// run $(date +%s%N)|" "$work/$name-compiled.md"
    echo "$name compiled, cold: $(seconds "$folio" check "$work/$name-compiled.md") s"
    echo "$name compiled, warm: $(seconds "$folio" check "$work/$name-compiled.md") s"
    echo "$name python: $(seconds python3 "Benchmarks/compiled/$name.py") s"
done
