#!/usr/bin/env python3
"""The interpreter benchmark suite: every workload of this folder run four ways, side by side.

Each workload is one algorithm written four times, at the same problem size: `X.swift` run by
`folio run` (the interpreter), the same `X.swift` compiled with `swiftc -O` (the physical limit),
`X.py` under CPython 3 and `X.lua` under Lua 5.4. Every repetition runs every workload once
with each tool, in an order that rotates from one repetition to the next, so that the load of a
shared machine falls on all four alike. Each run is a whole process: wall time, and CPU time
(user + system of that process, from wait4).

The four must print the same line (a checksum the programs print, floats formatted with the
same printf format): a mismatch is shown in the table and makes the exit status 1. A workload
that Folio refuses (generics, say) is reported as unsupported with Folio's diagnostic, and the
other tools still run.

Usage: suite.py --folio PATH [--rounds N] [--only a,b] [--markdown OUT] [--results RESULTS.md]
       [--json OUT]
--results replaces the interpreter section of Benchmarks/RESULTS.md with the tables.
"""
import argparse
import hashlib
import json
import math
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent

# The workloads, in the order of the table; each has X.swift, X.py and X.lua here.
WORKLOADS = [
    "fib",
    "floatloop", "floatloop_fn",
    "robbins", "robbins_fn",
    "matmul", "matmul_fn",
    "nbody",
    "spectralnorm",
    "strings",
    "build",
    "wordcount",
    "mapfilter",
    "bintree",
    "sort",
    "generic",
    "methods",
]
TOOLS = ["folio", "swiftc", "python", "lua"]
TITLES = {"folio": "Folio", "swiftc": "swiftc -O", "python": "CPython", "lua": "Lua 5.4"}
SECTION = re.compile(r"^## Interpreter", re.M)


def describe(name, ext="swift"):
    """The comment lines that open a workload's file: what it measures (the Swift), or how the
    Python or Lua version departs from a line-by-line translation."""
    prefix = {"swift": "//", "py": "#", "lua": "--"}[ext]
    lines = []
    for line in (HERE / f"{name}.{ext}").read_text().splitlines():
        if not line.startswith(prefix):
            break
        lines.append(line[len(prefix):].strip())
    return " ".join(lines)


def run_measured(command, timeout):
    """Runs one whole process: (wall, cpu, exit status, stdout, stderr), the CPU time being that
    process's user + system time, from wait4."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=HERE)
    # The programs print a line or two: the pipes cannot fill, so waiting first is safe.
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            process.returncode = -9
            return None, None, "timeout", "", f"timed out after {timeout} s"
        time.sleep(0.0005)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    out = process.stdout.read().decode(errors="replace")
    err = process.stderr.read().decode(errors="replace")
    process.stdout.close()
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, process.returncode, out, err


def compile_swift(swiftc, name, build):
    """`swiftc -O X.swift`, cached in .build/ by a hash of the source and the compiler."""
    source = HERE / f"{name}.swift"
    version = subprocess.run([swiftc, "--version"], capture_output=True, text=True).stdout
    key = hashlib.sha256(source.read_bytes() + version.encode()).hexdigest()[:16]
    binary = build / f"{name}-{key}"
    if binary.exists():
        return binary, None
    build.mkdir(parents=True, exist_ok=True)
    print(f"  swiftc -O {name}.swift", file=sys.stderr, flush=True)
    result = subprocess.run([swiftc, "-O", str(source), "-o", str(binary) + ".tmp"],
                            capture_output=True, text=True, cwd=build)
    if result.returncode != 0:
        return None, first_error(result.stderr + result.stdout)
    os.replace(str(binary) + ".tmp", binary)
    return binary, None


def first_error(text):
    """The diagnostic line of an error output (`file:line:col: error: …`), else its first line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if "error:" in line:
            return line
    return lines[0] if lines else "(no output)"


def tool_version(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except OSError:
        return "not found"
    return (result.stdout or result.stderr).strip().splitlines()[0]


def fmt(seconds):
    return "—" if seconds is None else (f"{seconds:.3f}" if seconds < 10 else f"{seconds:.2f}")


def ratio(a, b):
    return None if a is None or b is None or b <= 0 else a / b


def fmt_ratio(r):
    return "—" if r is None else (f"{r:.2f}" if r < 10 else f"{r:.1f}")


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folio", help="the release folio executable (required unless --from-json)")
    parser.add_argument("--python", default=os.environ.get("PYTHON", sys.executable))
    parser.add_argument("--lua", default=os.environ.get("LUA", shutil.which("lua5.4") or "lua5.4"))
    parser.add_argument("--swiftc", default=os.environ.get("SWIFTC", shutil.which("swiftc") or "swiftc"))
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("ROUNDS", "5")))
    parser.add_argument("--only", default=os.environ.get("ONLY", ""), help="comma-separated workloads")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--markdown", help="write the tables (Markdown) here; default: stdout")
    parser.add_argument("--results", help="replace the interpreter section of this RESULTS.md")
    parser.add_argument("--json", help="write the raw measurements here")
    parser.add_argument("--from-json", help="no measuring: the tables of the measurements in this file")
    parser.add_argument("--note", default=os.environ.get("NOTE"),
                        help="a sentence about the conditions of the run, printed above the tables")
    args = parser.parse_args()

    if args.from_json:
        data = json.loads(pathlib.Path(args.from_json).read_text())
    elif args.folio:
        data = measure(args)
    else:
        parser.error("--folio is required (or --from-json)")
    if args.note is not None:
        data["note"] = args.note
    text = markdown(data)
    if args.markdown:
        pathlib.Path(args.markdown).write_text(text)
    else:
        print(text)
    if args.results:
        replace_section(pathlib.Path(args.results), text)
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(data, indent=1, ensure_ascii=False))
    # Only a wrong answer fails the run; a construct Folio does not support yet is a finding.
    wrong = [f for f in data["failures"] if f["tool"] != "folio"]
    return 1 if data["mismatches"] or wrong else 0


def measure(args):
    """Compiles, runs every workload with every tool ROUNDS times, and summarises."""
    names = [n for n in WORKLOADS if not args.only or n in args.only.split(",")]
    for name in names:
        for ext in ("swift", "py", "lua"):
            if not (HERE / f"{name}.{ext}").exists():
                sys.exit(f"missing {name}.{ext} in {HERE}")
    if shutil.which(args.lua) is None:
        sys.exit(f"no Lua 5.4 ({args.lua}): apt-get install lua5.4")

    print("compiling the Swift with swiftc -O (cached in interpreter/.build)", file=sys.stderr, flush=True)
    commands = {}
    failures = {}  # (name, tool) -> diagnostic: a tool that cannot run this workload
    for name in names:
        binary, error = compile_swift(args.swiftc, name, HERE / ".build")
        commands[name] = {
            "folio": [args.folio, "run", f"{name}.swift"],
            "swiftc": [str(binary)] if binary else None,
            "python": [args.python, f"{name}.py"],
            "lua": [args.lua, f"{name}.lua"],
        }
        if error:
            failures[(name, "swiftc")] = error

    load_start = os.getloadavg()
    started = time.time()
    times = {n: {t: [] for t in TOOLS} for n in names}
    outputs = {n: {} for n in names}
    for rep in range(args.rounds):
        for index, name in enumerate(names):
            shift = (rep + index) % len(TOOLS)
            for tool in TOOLS[shift:] + TOOLS[:shift]:
                if (name, tool) in failures:
                    continue
                wall, cpu, code, out, err = run_measured(commands[name][tool], args.timeout)
                if code != 0:
                    failures[(name, tool)] = first_error(err) if err.strip() else f"exit status {code}"
                    continue
                times[name][tool].append((wall, cpu))
                outputs[name].setdefault(tool, out.strip())
        print(f"  repetition {rep + 1}/{args.rounds} done", file=sys.stderr, flush=True)
    load_end = os.getloadavg()

    stats = {}
    for name in names:
        stats[name] = {}
        for tool in TOOLS:
            runs = times[name][tool]
            if runs:
                walls = [w for w, _ in runs]
                cpus = [c for _, c in runs]
                stats[name][tool] = {"wall_min": min(walls), "wall_median": statistics.median(walls),
                                     "cpu_min": min(cpus), "cpu_median": statistics.median(cpus),
                                     "runs": runs}
    return {
        "names": names, "rounds": args.rounds, "started": started,
        "load_start": load_start, "load_end": load_end, "note": "",
        "versions": {
            "folio": f"`{args.folio}` ({tool_version([args.folio, '--version'])})",
            "swiftc": tool_version([args.swiftc, "--version"]),
            "python": f"CPython {tool_version([args.python, '-c', 'import platform; print(platform.python_version())'])}",
            "lua": " ".join(tool_version([args.lua, "-v"]).split()[:2]),
        },
        "stats": stats,
        "outputs": outputs,
        "mismatches": [n for n in names if len(set(outputs[n].values())) > 1],
        "failures": [{"name": n, "tool": t, "error": e} for (n, t), e in failures.items()],
    }


def markdown(data):
    """The section of RESULTS.md: conditions, the tables of minima and medians, what did not run."""
    names, stats, outputs, versions = data["names"], data["stats"], data["outputs"], data["versions"]
    rounds, note, started = data["rounds"], data["note"], data["started"]
    load_start, load_end, mismatches = data["load_start"], data["load_end"], data["mismatches"]
    failures = {(f["name"], f["tool"]): f["error"] for f in data["failures"]}
    out = ["## Interpreter against swiftc -O, CPython and Lua (the workloads of `Benchmarks/interpreter`)", ""]
    out.append(
        f"`Benchmarks/interpreter/run.sh` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}): "
        f"each workload is one algorithm at one problem size, written in Swift (run by `folio run`, "
        f"and compiled with `swiftc -O`: the physical limit), in Python and in Lua. {rounds} repetition{'s' if rounds != 1 else ''}; "
        "in each, every workload runs once with each tool, in an order that rotates, so that the machine's "
        "load falls on all four alike. Times are whole processes in seconds: wall, with the CPU time of "
        "the process (user + system) in parentheses. Ratios are Folio's time over the other's: "
        "below 1 Folio is faster (the interpreter issue's goal: Folio / CPython ≤ 0.33 on every workload "
        "and ≤ 0.2 in geometric mean, Folio / Lua < 1 in geometric mean). ✓ means the four printed the same checksum line.")
    out.append("")
    if note:
        out += [note, ""]
    out.append(f"- Folio: {versions['folio']}")
    out.append(f"- swiftc: {versions['swiftc']}")
    out.append(f"- {versions['python']}; {versions['lua']}")
    out.append(f"- Load average (1, 5, 15 min) at the start: {', '.join(f'{x:.1f}' for x in load_start)}; "
               f"at the end: {', '.join(f'{x:.1f}' for x in load_end)} (2 cores)")
    out.append("")
    for stat, label in (("min", "Best (minimum) of the repetitions"), ("median", "Median of the repetitions")):
        out.append(f"### {label}")
        out.append("")
        out.append("| workload | Folio | swiftc -O | CPython | Lua 5.4 | Folio / CPython | Folio / Lua | Folio / swiftc | same output |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|:-:|")
        ratios = {"python": ([], []), "lua": ([], []), "swiftc": ([], [])}
        for name in names:
            cells = []
            for tool in TOOLS:
                s = stats[name].get(tool)
                if s is None:
                    cells.append("unsupported" if tool == "folio" else "failed")
                else:
                    cells.append(f"{fmt(s['wall_' + stat])} ({fmt(s['cpu_' + stat])})")
            f = stats[name].get("folio")
            for other in ("python", "lua", "swiftc"):
                o = stats[name].get(other)
                if f and o:
                    rw = ratio(f["wall_" + stat], o["wall_" + stat])
                    rc = ratio(f["cpu_" + stat], o["cpu_" + stat])
                    ratios[other][0].append(rw)
                    ratios[other][1].append(rc)
                    cells.append(f"{fmt_ratio(rw)} ({fmt_ratio(rc)})")
                else:
                    cells.append("—")
            same = "✗" if name in mismatches else ("✓" if len(outputs[name]) == len(TOOLS) else f"✓ ({len(outputs[name])} of 4)")
            out.append(f"| {name} | " + " | ".join(cells) + f" | {same} |")
        gm = [f"{fmt_ratio(geomean(ratios[o][0]))} ({fmt_ratio(geomean(ratios[o][1]))})" for o in ("python", "lua", "swiftc")]
        counted = len(ratios["python"][0])
        out.append(f"| **geometric mean** ({counted} workload{'s' if counted != 1 else ''} Folio runs) | | | | | **{gm[0]}** | **{gm[1]}** | {gm[2]} | |")
        out.append("")
    unsupported = [(n, t, e) for (n, t), e in failures.items()]
    if unsupported:
        out.append("### Workloads that did not run")
        out.append("")
        for name, tool, error in sorted(unsupported, key=lambda x: (names.index(x[0]), TOOLS.index(x[1]))):
            out.append(f"- **{name}** under {TITLES[tool]}: `{error}`")
        out.append("")
    if mismatches:
        out.append("### Outputs that differ")
        out.append("")
        for name in mismatches:
            for tool, text in outputs[name].items():
                out.append(f"- {name}, {TITLES[tool]}: `{text}`")
        out.append("")
    out.append("### The workloads")
    out.append("")
    for name in names:
        text = describe(name)
        for ext, language in (("py", "Python"), ("lua", "Lua")):
            if describe(name, ext):
                text += f" *{language}:* {describe(name, ext)}"
        out.append(f"- **{name}** — {text}")
    out.append("")
    return "\n".join(out) + "\n"


def replace_section(results, text):
    """Puts `text` in place of RESULTS.md's interpreter section (up to the next `## `)."""
    old = results.read_text()
    match = SECTION.search(old)
    if match is None:
        results.write_text(old.rstrip("\n") + "\n\n" + text)
        return
    end = re.compile(r"^## ", re.M).search(old, match.end())
    tail = old[end.start():] if end else ""
    results.write_text(old[:match.start()] + text.rstrip("\n") + "\n" + ("\n" + tail if tail else ""))


if __name__ == "__main__":
    sys.exit(main())
