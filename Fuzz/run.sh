#!/usr/bin/env bash
# Builds the libFuzzer target for the Markdown layer and runs it on the seed corpus.
#   Fuzz/run.sh [seconds]      (default 600)
# New interesting inputs go to Fuzz/.corpus-work/markdown (git-ignored, kept between runs);
# crashes, leaks and timeouts are written to Fuzz/artifacts/ as crash-<sha1> files: add each
# to Fuzz/corpus/markdown/ and as a regression test in Tests/FolioMarkdownTests/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"

# SwiftPM's usual fuzzing incantation; a scratch path of its own so the root package's build
# is never instrumented. See README.md for why the target defines FuzzMarkdown_main.
swift build -c debug --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
binary=".build-fuzz/debug/FuzzMarkdown"

mkdir -p .corpus-work/markdown artifacts
# -timeout: one input taking longer than 10 s is a finding (a hang guard; real notes take ms).
# -rss_limit_mb: a blow-up in memory is a finding too. -max_len: notes are small, but let the
# fuzzer grow inputs enough to nest deeply.
exec "$binary" .corpus-work/markdown corpus/markdown \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix=artifacts/ -print_final_stats=1
