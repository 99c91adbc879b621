#!/usr/bin/env bash
# Counts public symbols without a `///` doc comment per library target (see doc-coverage.py).
#   scripts/doc-coverage.sh                 # counts per target
#   scripts/doc-coverage.sh --list          # and each undocumented symbol, path:line
#   scripts/doc-coverage.sh --require-zero FolioCharts FolioMarkdown FolioRender   # exit 1 if not
set -euo pipefail
exec python3 "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/doc-coverage.py" "$@"
