"""The side-by-side part of Benchmarks/run.sh: rendering and scaling, measured in one run.

Every timing is a whole process, wall clock, best of --reps (the machine is shared and noisy),
with peak RSS and CPU time from wait4(2). Tools are interleaved within each repetition so that load
affects them alike. Prints Markdown tables and writes them as JSON for run.sh.

Usage: python bench.py --folio PATH --root REPO [--reps N] [--scales 1,10] [--cold-reps-large 1]
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
RENDER = HERE / "render"
DOCUMENTS = ["gumbel-max", "activations", "robbins-monro"]
GROWN_NOTE = "stochastic-approximation"
VENV_BIN = pathlib.Path(sys.executable).parent


class Failed(Exception):
    pass


def timed(cmd, cwd, ok=(0,), env=None):
    """Runs cmd in cwd; returns (wall seconds, peak RSS in MB, CPU seconds, exit status, stderr).

    CPU is user + system time of the process and the children it waited for (a Jupyter kernel
    included): on a loaded machine it shows the work apart from the wait for a core. Measured
    with wait4(2), as /usr/bin/time does, but to the microsecond (time(1) prints hundredths,
    which a cached Folio render rounds to zero) and without an extra process in between."""
    environment = dict(os.environ, **(env or {}))
    with tempfile.TemporaryFile(mode="w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen([str(c) for c in cmd], cwd=cwd, env=environment,
                                 stdout=subprocess.DEVNULL, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    if child.returncode not in ok:
        raise Failed(f"{' '.join(map(str, cmd))} (in {cwd}) exited {child.returncode}:\n{stderr[-3000:]}")
    # ru_maxrss is in kB on Linux: the largest resident set of the child and its descendants.
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, child.returncode, stderr


def fresh(work, name):
    path = pathlib.Path(tempfile.mkdtemp(prefix=name + "-", dir=work))
    return path


class Best:
    """Best (smallest) wall time of several runs, and the peak RSS of that run."""

    def __init__(self):
        self.runs = []

    def add(self, wall, rss, cpu, *_):
        self.runs.append((wall, rss, cpu))

    @property
    def wall(self):
        return min(self.runs)[0] if self.runs else float("nan")

    @property
    def rss(self):
        return min(self.runs)[1] if self.runs else float("nan")

    @property
    def cpu(self):
        """The smallest CPU time of the runs (not necessarily the fastest run's)."""
        return min(r[2] for r in self.runs) if self.runs else float("nan")

    def summary(self):
        return {"wall": self.wall, "rss": self.rss, "cpu": self.cpu, "runs": len(self.runs)}


def quarto_command():
    for candidate in [shutil.which("quarto"), str(VENV_BIN / "quarto")]:
        if candidate and os.access(candidate, os.X_OK):
            try:
                subprocess.run([candidate, "--version"], check=True, capture_output=True, timeout=60)
                return candidate
            except (subprocess.SubprocessError, OSError):
                pass
    return None


def render_documents(folio, work, reps, quarto):
    jupyter = VENV_BIN / "jupyter"
    python = VENV_BIN / "python"
    tools = ["folio_cold", "folio_warm", "python", "jupyter_cold", "jupyter_warm"]
    if quarto:
        tools += ["quarto_cold", "quarto_warm"]
    results = {doc: {tool: Best() for tool in tools} for doc in DOCUMENTS}
    warm_dirs = {}
    # Prime the warm paths once: Folio's cache, jupyter-cache, Quarto's freeze.
    for doc in DOCUMENTS:
        d = fresh(work, f"warm-{doc}")
        (d / "notes").mkdir()
        shutil.copy(RENDER / "folio" / f"{doc}.md", d / "notes")
        shutil.copy(RENDER / "jupyter" / f"{doc}.ipynb", d)
        shutil.copy(RENDER / "quarto" / f"{doc}.qmd", d)
        timed([folio, "render", f"notes/{doc}.md", "--output", "out"], d)
        timed([python, RENDER / "jupyter_cached.py", d / "jcache", f"{doc}.ipynb", f"{doc}.html"], d, ok=(3,))
        if quarto:
            timed([quarto, "render", f"{doc}.qmd"], d)
        warm_dirs[doc] = d
    for rep in range(reps):
        for doc in DOCUMENTS:
            r = results[doc]
            d = fresh(work, f"folio-{doc}")
            (d / "notes").mkdir()
            shutil.copy(RENDER / "folio" / f"{doc}.md", d / "notes")
            run = timed([folio, "render", f"notes/{doc}.md", "--output", "out"], d)
            if "cached" in run[4]:
                raise Failed(f"cold Folio run of {doc} hit a cache:\n{run[4]}")
            r["folio_cold"].add(*run)

            run = timed([folio, "render", f"notes/{doc}.md", "--output", "out"], warm_dirs[doc])
            if "cached" not in run[4]:
                raise Failed(f"warm Folio run of {doc} did not hit the cache:\n{run[4]}")
            r["folio_warm"].add(*run)

            d = fresh(work, f"python-{doc}")
            r["python"].add(*timed([python, RENDER / "python" / f"{doc.replace('-', '_')}.py"], d,
                                   env={"MPLBACKEND": "Agg"})[:3])

            d = fresh(work, f"jupyter-{doc}")
            shutil.copy(RENDER / "jupyter" / f"{doc}.ipynb", d)
            r["jupyter_cold"].add(*timed([jupyter, "nbconvert", "--execute", "--to", "html", f"{doc}.ipynb"], d)[:3])

            r["jupyter_warm"].add(*timed([python, RENDER / "jupyter_cached.py", warm_dirs[doc] / "jcache",
                                          f"{doc}.ipynb", f"{doc}.html"], warm_dirs[doc])[:3])
            if quarto:
                d = fresh(work, f"quarto-{doc}")
                shutil.copy(RENDER / "quarto" / f"{doc}.qmd", d)
                r["quarto_cold"].add(*timed([quarto, "render", f"{doc}.qmd"], d)[:3])
                r["quarto_warm"].add(*timed([quarto, "render", f"{doc}.qmd"], warm_dirs[doc])[:3])
        print(f"  rendering: repetition {rep + 1}/{reps} done", file=sys.stderr, flush=True)
    return {doc: {tool: b.summary() for tool, b in tools_.items()}
            for doc, tools_ in results.items()}


def showcase_copy(root, scale, work):
    d = fresh(work, f"showcase-x{scale}")
    notes = d / "notes"
    notes.mkdir()
    sources = sorted((root / "notes").glob("*.md"))
    data = root / "notes" / "data"
    if data.is_dir():
        shutil.copytree(data, notes / "data")
    for i in range(1, scale + 1):
        for src in sources:
            name = src.name if scale == 1 else f"{src.stem}-{i}.md"
            shutil.copy(src, notes / name)
    return d, len(sources) * scale


def scaling(folio, root, work, scales, reps, cold_reps_large):
    rows = []
    for scale in scales:
        cold = Best()
        cold_reps = reps if scale == 1 else cold_reps_large
        last = None
        count = 0
        for _ in range(cold_reps):
            last, count = showcase_copy(root, scale, work)
            run = timed([folio, "render", "notes", "--output", "out"], last)
            if "cached" in run[4]:
                raise Failed(f"cold showcase x{scale} hit a cache")
            cold.add(*run)
        warm = Best()
        for _ in range(reps):
            run = timed([folio, "render", "notes", "--output", "out"], last)
            if run[4].count("cached") < count:
                raise Failed(f"warm showcase x{scale} re-ran notes:\n{run[4][-2000:]}")
            warm.add(*run)
        rows.append({"scale": scale, "notes": count,
                     "cold": cold.summary(), "warm": warm.summary()})
        print(f"  scaling x{scale}: cold {cold.wall:.2f} s, warm {warm.wall:.2f} s", file=sys.stderr, flush=True)
        if scale != scales[-1]:
            shutil.rmtree(last, ignore_errors=True)
    return rows


def grown(folio, root, work, reps):
    out = {}
    for factor in (1, 10):
        cold = Best()
        d = None
        for _ in range(reps):
            d = fresh(work, f"grown-x{factor}")
            (d / "notes").mkdir()
            target = d / "notes" / f"{GROWN_NOTE}.md"
            subprocess.run([sys.executable, HERE / "scaling" / "grow_note.py", root / "notes" / f"{GROWN_NOTE}.md",
                            str(factor), target], check=True)
            cold.add(*timed([folio, "render", "notes", "--output", "out"], d))
        warm = Best()
        for _ in range(reps):
            warm.add(*timed([folio, "render", "notes", "--output", "out"], d)[:3])
        blocks = (d / "notes" / f"{GROWN_NOTE}.md").read_text().count("```swift")
        out[factor] = {"blocks": blocks, "cold": cold.summary(), "warm": warm.summary()}
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--scales", default="1,10")
    parser.add_argument("--cold-reps-large", type=int, default=1)
    parser.add_argument("--json", required=True)
    parser.add_argument("--skip", default="", help="comma-separated: render,scaling,grown")
    args = parser.parse_args()
    folio = pathlib.Path(args.folio).resolve()
    root = pathlib.Path(args.root).resolve()
    skip = set(filter(None, args.skip.split(",")))
    work = pathlib.Path(tempfile.mkdtemp(prefix="folio-bench-"))
    quarto = quarto_command()
    result = {"quarto": quarto, "load_start": os.getloadavg()}
    try:
        if "render" not in skip:
            print("rendering the three documents with each tool...", file=sys.stderr, flush=True)
            result["render"] = render_documents(folio, work, args.reps, quarto)
        if "grown" not in skip:
            print(f"one note grown to 10x its blocks ({GROWN_NOTE})...", file=sys.stderr, flush=True)
            result["grown"] = grown(folio, root, work, args.reps)
        if "scaling" not in skip:
            print("showcase scaling...", file=sys.stderr, flush=True)
            scales = [int(s) for s in args.scales.split(",")]
            result["scaling"] = scaling(folio, root, work, scales, args.reps, args.cold_reps_large)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["load_end"] = os.getloadavg()
    pathlib.Path(args.json).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
