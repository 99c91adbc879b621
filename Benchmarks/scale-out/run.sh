#!/usr/bin/env bash
# Shards and the shared render cache (issue 26): the showcase copied COPIES times, rendered by 1,
# 2 and 4 shard processes (standing in for CI runners, each with its own project folder and
# local cache, each running one note at a time) and merged, cold and warm, with the remote cache
# (a local nginx with WebDAV) and with the local cache alone. Writes the table to
# Benchmarks/scale-out/RESULTS.md (which Benchmarks/report.py appends to Benchmarks/RESULTS.md).
#
# Usage: Benchmarks/scale-out/run.sh
# Environment: COPIES (default 10), SHARDS (default "1 2 4"), FOLIO_BIN (default: ./folio's
#   release build; e.g. a prebuilt binary, to skip the build), COLD (default 1; 0 measures only the
#   warm runs, after one cold populating run), ORDER (default "rows": each shard count's four
#   cells in turn; "remote-first": the remote cache's three cells for every shard count, then the
#   cold local-cache cells, so that an interrupted run still compares the shard counts), WORK (a
#   folder to work in and keep, instead of a temporary one: a run interrupted after the reference
#   render can be started again there without repeating it).
# The table is rewritten after every cell, so an interrupted run leaves the cells it finished.
# Each cell reports wall time and CPU time (user + system of the shard and merge processes, from
# the shell's `times`; nginx's own CPU is not included): on a shared machine the CPU time is the
# steadier figure. The load average at the start and the end is written beside the table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
copies="${COPIES:-10}"
shard_counts="${SHARDS:-1 2 4}"
cold="${COLD:-1}"
folio="${FOLIO_BIN:-$(FOLIO_PRINT_BINARY=1 "$root/folio")}"
folio="$(cd "$(dirname "$folio")" && pwd)/$(basename "$folio")"
nginx="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx" ] || { echo "nginx is not installed (apt-get install nginx-core)" >&2; exit 2; }

order="${ORDER:-rows}"
if [ -n "${WORK:-}" ]; then
    mkdir -p "$WORK"
    work="$(cd "$WORK" && pwd)"
    keep_work=1
else
    work="$(mktemp -d /tmp/folio-scale-out.XXXXXX)"
    keep_work=0
fi
nginx_pid=""
cleanup() {
    if [ -n "$nginx_pid" ]; then kill -9 "$nginx_pid" 2>/dev/null || true; fi
    [ "$keep_work" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

# children_cpu VAR: sets VAR to the CPU seconds (user + system) of this shell's reaped children
# so far. `times` must run in this shell itself (a pipeline or $(…) forks a subshell with no
# children of its own), hence the variable rather than output.
children_cpu() {
    times >"$work/times.txt"
    read -r "$1" < <(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$work/times.txt")
}
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
load_start="$(load_average)"

# The notes: the showcase copied with unique slugs, beside its bibliography.
expected=$((copies * $(ls "$root"/notes/*.md | wc -l)))
if [ "$(ls "$work"/notes/*.md 2>/dev/null | wc -l)" -ne "$expected" ]; then
    rm -rf "$work/notes" "$work/reference"
    mkdir -p "$work/notes"
    cp "$root"/notes/*.bib "$work/notes/" 2>/dev/null || true
    for note in "$root"/notes/*.md; do
        name="$(basename "$note" .md)"
        for ((i = 1; i <= copies; i++)); do cp "$note" "$work/notes/$name-$i.md"; done
    done
fi
notes_count="$(ls "$work"/notes/*.md | wc -l)"

# The shared cache: nginx with WebDAV on a free port, storing under $work/store.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$work/store" "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    client_max_body_size 64m;
    server {
        listen 127.0.0.1:$port;
        root $work/store;
        location /cache/ {
            dav_methods PUT;
            create_full_put_path on;
        }
    }
}
EOF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 100); do python3 -c "import socket; socket.create_connection(('127.0.0.1',$port),1)" 2>/dev/null && break; sleep 0.1; done
url="http://127.0.0.1:$port/cache"

# A reference: one whole render, which also records the timings the shards balance by.
reference_done() {
    [ -e "$work/reference/.folio-cache/timings.json" ] \
        && [ "$(ls "$work"/reference/site/*.html 2>/dev/null | wc -l)" -gt "$notes_count" ]
}
reference_figure="(made by an earlier run in $work)"
if ! reference_done; then
    echo "== reference: one whole render of $notes_count notes" >&2
    rm -rf "$work/reference"
    mkdir -p "$work/reference"
    cp -r "$work/notes" "$work/reference/notes"  # (a copy: a folder link is not walked into)
    children_cpu ref_cpu; ref_start="$(date +%s.%N)"
    (cd "$work/reference" && "$folio" render notes --output site -q) || true
    ref_end="$(date +%s.%N)"; children_cpu ref_cpu_end
    reference_figure="$(python3 -c "print(f'{$ref_end - $ref_start:.2f} s (CPU {$ref_cpu_end - $ref_cpu:.2f} s)')")"
    echo "   $reference_figure, default --jobs; load $(load_average)" >&2
    reference_done || { echo "the reference render failed" >&2; exit 1; }
fi

# run S MODE: S shard processes at once, then the merge; prints
# "wall notes_run remote_hits merged=single cpu".
run() {
    local s="$1" mode="$2" k flags=()
    case "$mode" in
        *remote*) flags=(--cache-url "$url") ;;
    esac
    for ((k = 1; k <= s; k++)); do
        local r="$work/runner-$k"
        mkdir -p "$r/.folio-cache"
        [ -e "$r/notes" ] || cp -r "$work/notes" "$r/notes"
        case "$mode" in
            cold-*|warm-remote) rm -rf "$r/.folio-cache/notes" "$r/shard-$k" ;;
        esac
        # Every runner gets the same timings, as the CI workflow's build job hands them out.
        cp "$work/reference/.folio-cache/timings.json" "$r/.folio-cache/timings.json" 2>/dev/null || true
    done
    [ "$mode" = cold-remote ] && rm -rf "$work/store/cache"
    local start end cpu_start cpu_end
    children_cpu cpu_start
    start="$(date +%s.%N)"
    for ((k = 1; k <= s; k++)); do
        (cd "$work/runner-$k" && "$folio" render notes --shard "$k/$s" --output "shard-$k" --jobs 1 "${flags[@]}" \
            >"$work/runner-$k.out" 2>"$work/runner-$k.err" || true) &
    done
    wait  # (run is called in a subshell: only the shards are its children)
    local dirs=()
    for ((k = 1; k <= s; k++)); do dirs+=("$work/runner-$k/shard-$k"); done
    rm -rf "$work/merged"
    "$folio" render --merge "${dirs[@]}" --output "$work/merged" -q || true
    end="$(date +%s.%N)"
    children_cpu cpu_end
    local ran=0 hits=0
    for ((k = 1; k <= s; k++)); do
        ran=$((ran + $(grep -cE ' [0-9]+ ms$' "$work/runner-$k.err" || true)))
        hits=$((hits + $(grep -c ' remote cache$' "$work/runner-$k.err" || true)))
    done
    local same="✓"
    diff -rq "$work/reference/site" "$work/merged" >/dev/null || same="✗"
    python3 -c "print(f'{$end - $start:.2f} $ran $hits $same {$cpu_end - $cpu_start:.2f}')"
}

modes=(cold-local cold-remote warm-remote warm-local)
titles=("cold, local cache" "cold, filling the remote cache" "warm from the remote cache alone (clean local caches)" "warm, local cache")
declare -A cell=()

# The table as far as it goes; a cell not (yet) measured says so.
write_table() {
    {
        echo "## Shards and the shared render cache (\`Benchmarks/scale-out/run.sh\`)"
        echo
        echo "The showcase copied ${copies}× ($notes_count notes). Each shard is a separate \`folio render --shard K/N --jobs 1\` process with its own project folder and local cache (standing in for a CI runner), all shards at once, then \`folio render --merge\`; the time is wall clock from the first shard's start to the merge's end. The shared cache is nginx 1.22 with WebDAV on localhost. This machine has $(nproc) cores shared with other work, so 4 shards cannot run faster than 2 here: on real runners each shard has its own cores. \"ran\" counts the notes that were run (not served from a cache); \"merged = single\" compares the merged site with a single render, file by file."
        echo
        local header="| shards |" rule="|---:|" s m
        for m in "${titles[@]}"; do header="$header $m |"; rule="$rule---:|"; done
        echo "$header"
        echo "$rule"
        for s in $shard_counts; do
            local row="| $s |"
            for m in "${modes[@]}"; do row="$row ${cell["$s $m"]:-not measured} |"; done
            echo "$row"
        done
        echo
        echo "Each cell: wall seconds (CPU seconds, user + system, of the shard and merge processes; nginx not included) · notes run · hits in the remote cache · merged = single (✓: the merged site is byte for byte the single render's). The reference, one whole \`folio render\` with the default jobs: $reference_figure. Machine: $(nproc) cores, $(uname -r); Folio release build ($("$folio" --version 2>&1 | head -1)); $(date -u +%Y-%m-%d). Load average (1, 5, 15 min) at the start: $load_start; at the last cell's end: $(load_average)."
    } >"$here/RESULTS.md"
}

# The cells in the order they are measured: "S MODE" per line.
sequence() {
    local s m first=1
    if [ "$order" = remote-first ]; then
        for s in $shard_counts; do
            for m in cold-remote warm-remote warm-local; do echo "$s $m"; done
        done
        for s in $shard_counts; do echo "$s cold-local"; done
        return
    fi
    for s in $shard_counts; do
        for m in "${modes[@]}"; do
            # COLD=0: only the first shard count fills the remote cache cold; the rest is warm.
            if [ "$cold" = 0 ]; then
                case "$m" in
                    cold-local) continue ;;
                    cold-remote) [ "$first" = 1 ] || continue ;;
                esac
            fi
            echo "$s $m"
        done
        first=0
    done
}

write_table
while read -r s mode <&3; do
    echo "== $s shard(s), $mode" >&2
    read -r seconds ran hits same cpu < <(run "$s" "$mode")
    echo "   $seconds s (CPU $cpu s), $ran notes ran, $hits from the remote cache, merged = single: $same; load $(load_average) at $(date -u +%H:%M:%S)" >&2
    extra=""
    [ "$hits" = 0 ] || extra=" · $hits remote hits"
    cell["$s $mode"]="$seconds s (CPU $cpu s) · ran $ran$extra · $same"
    write_table
done 3< <(sequence)
cat "$here/RESULTS.md"
