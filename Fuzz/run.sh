#!/usr/bin/env bash
# Builds Folio's libFuzzer targets and runs them on their seed corpora.
#   Fuzz/run.sh [seconds] [target]   seconds per target (default 600);
#                                    target: markdown, block, or both (default, one after the other)
# New interesting inputs go to Fuzz/.corpus-work/<target> (git-ignored, kept between runs);
# crashes, leaks and timeouts are written to Fuzz/artifacts/<target>/ as crash-<sha1> files: add
# each to Fuzz/corpus/<target>/ and as a regression test of the hostile corpus.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
which="${2:-both}"

# SwiftPM's usual fuzzing incantation; a scratch path of its own so the root package's build
# is never instrumented. See README.md for why each target defines <Target>_main.
swift build -c debug --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

run_markdown() {
    mkdir -p .corpus-work/markdown artifacts/markdown
    # -timeout: one input taking longer than 10 s is a finding (a hang guard; real notes take
    # ms). -rss_limit_mb: a blow-up in memory is a finding too. -max_len: notes are small, but
    # let the fuzzer grow inputs enough to nest deeply.
    .build-fuzz/debug/FuzzMarkdown .corpus-work/markdown corpus/markdown \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix=artifacts/markdown/ -print_final_stats=1
}

run_block() {
    mkdir -p .corpus-work/block artifacts/block
    # The conformance programs seed the block corpus from where they live (not copied into git).
    # They sit in chapter folders (Conformance/<Chapter>/NNN_name.swift).
    find ../Tests/FolioScriptTests/Conformance -name '*.swift' | while read -r program; do
        cp "$program" ".corpus-work/block/conf-$(basename "$program")"
    done
    # The interpreter's one-time binding table is not a leak (see lsan.supp). Leak checking is
    # on: a session breaks the reference cycles a block makes (closures stored in the frames
    # they capture, recursive functions, types that refer to themselves) when it is released,
    # so memory an input leaves behind is a finding (README.md, "Findings").
    export LSAN_OPTIONS="suppressions=$PWD/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    # Each input runs under a 50 ms budget, so -timeout=10 means the budget failed to stop it
    # (10 s, not less: parsing is not interruptible, and on a loaded machine a large seed block
    # waits seconds for a core under ASan and coverage instrumentation).
    # -rss_limit_mb / -malloc_limit_mb: a block must not allocate its way past its limits
    # (16 MiB per string or array in FuzzBlock; one tensor may take 1 GiB, its fixed cap).
    .build-fuzz/debug/FuzzBlock .corpus-work/block corpus/block \
        -dict=block.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 \
        -malloc_limit_mb=2048 -max_len=4096 -detect_leaks=1 \
        -artifact_prefix=artifacts/block/ -print_final_stats=1
}

case "$which" in
    markdown) run_markdown ;;
    block) run_block ;;
    both) run_markdown; run_block ;;
    *) echo "usage: run.sh [seconds] [markdown|block|both]" >&2; exit 2 ;;
esac
