#!/bin/sh
# Records the expected stdout of each conformance program by compiling it with swiftc.
# Usage: Tests/FolioScriptTests/Conformance/record.sh [program.swift ...] (default: every program,
# chapter folders included)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"
if [ "$#" -eq 0 ]; then set -- $(find . -name "*.swift" | sort); fi
status=0
for program in "$@"; do
    name=${program%.swift}
    binary="$work/$(basename "$name")"
    if swiftc -O -module-name Conformance -Xlinker -lm -o "$binary" "$program"; then
        "$binary" > "$name.expected"
        echo "recorded $name.expected"
    else
        echo "FAILED to compile $program" >&2
        status=1
    fi
done
exit "$status"
