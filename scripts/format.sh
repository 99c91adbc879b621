#!/usr/bin/env bash
# Formats (default) or lints (--lint) Folio's Swift sources with `swift format` and the
# repository's .swift-format (4 spaces, lines of 120). The conformance programs and the fuzz
# corpus are inputs written as users write them, not Folio's code: they are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find Package.swift Sources Tests Fuzz/Package.swift Fuzz/Sources -name '*.swift' \
    -not -path 'Tests/FolioScriptTests/Conformance/*' -not -name '*+Generated.swift' | sort)
if [ "${1:-}" = "--lint" ]; then
    swift format lint --strict --parallel "${files[@]}"
else
    swift format --in-place --parallel "${files[@]}"
fi
