"""Turns the measurements of one Benchmarks/run.sh run into tables: prints them and writes
Benchmarks/RESULTS.md. Usage: python report.py JSON NUMERICS_OUT INTERPRETER_OUT VERSIONS RESULTS.md
"""
import json
import math
import pathlib
import sys

DOC_TITLES = {
    "gumbel-max": "(a) Gumbel-max sampler, bar chart, table",
    "activations": "(b) five activations, checks, plot",
    "robbins-monro": "(c) 10⁵-step Robbins–Monro, log-log plot",
}


def ratio(a, b):
    return a / b if b and not math.isnan(a) and not math.isnan(b) else float("nan")


def fmt_ratio(x, target=None, more_is_better=True):
    if math.isnan(x):
        return "—"
    text = f"{x:.1f}×" if x >= 10 else f"{x:.2f}×"
    if target is not None:
        text += " ✓" if (x >= target if more_is_better else x <= target) else " ✗"
    return text


def cell(t):
    """`wall (CPU)` in seconds."""
    if not t or math.isnan(t.get("wall", float("nan"))):
        return "not run¹"
    return f"{t['wall']:.2f} ({t['cpu']:.2f})"


def ratios(t, base, target):
    """Wall ratio with its target mark, then the CPU ratio."""
    if not t:
        return "—"
    return f"{fmt_ratio(ratio(t['wall'], base['wall']), target)} ({fmt_ratio(ratio(t['cpu'], base['cpu']))})"


def render_tables(r, quarto_reason):
    out = ["Cells are wall seconds with CPU seconds (user + system, children included) in parentheses; "
           "ratios likewise: wall ratio, then CPU ratio. The targets are judged on wall time.", ""]
    out.append("### Cold: fresh output folder and no `.folio-cache` (Folio), fresh kernel (Jupyter)\n")
    out += ["| document | Folio | plain Python | nbconvert --execute | Quarto | nbconvert / Folio (target ≥ 20×) | Python / Folio (target > 1×) | Quarto / Folio |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for doc, t in r.items():
        f = t["folio_cold"]
        out.append(f"| {DOC_TITLES[doc]} | {cell(f)} | {cell(t['python'])} | {cell(t['jupyter_cold'])} | {cell(t.get('quarto_cold'))} | "
                   f"{ratios(t['jupyter_cold'], f, 20)} | {ratios(t['python'], f, 1.0000001)} | {ratios(t.get('quarto_cold'), f, None)} |")
    out.append("\n### Warm: Folio's cache; nbconvert served from jupyter-cache; Quarto `freeze`\n")
    out += ["| document | Folio | nbconvert from jupyter-cache | Quarto (freeze) | Jupyter / Folio (target ≥ 50×) | Quarto / Folio |",
            "|---|---:|---:|---:|---:|---:|"]
    for doc, t in r.items():
        f = t["folio_warm"]
        out.append(f"| {DOC_TITLES[doc]} | {cell(f)} | {cell(t['jupyter_warm'])} | {cell(t.get('quarto_warm'))} | "
                   f"{ratios(t['jupyter_warm'], f, 50)} | {ratios(t.get('quarto_warm'), f, None)} |")
    out.append("\n### Peak memory (MB, largest resident set in the process tree)\n")
    out += ["| document | Folio cold | Folio warm | plain Python | nbconvert --execute | nbconvert from jupyter-cache |",
            "|---|---:|---:|---:|---:|---:|"]
    for doc, t in r.items():
        out.append(f"| {DOC_TITLES[doc]} | {t['folio_cold']['rss']:.0f} | {t['folio_warm']['rss']:.0f} | {t['python']['rss']:.0f} | "
                   f"{t['jupyter_cold']['rss']:.0f} | {t['jupyter_warm']['rss']:.0f} |")
    if quarto_reason:
        out.append(f"\n¹ {quarto_reason}")
    return out


def scaling_tables(rows, grown):
    out = []
    if rows:
        base = rows[0]
        out += ["| showcase copies | notes | cold s (CPU) | cold s / note | cold vs linear (CPU) | cold peak MB | warm s (CPU) | warm s / note | warm vs linear (CPU) | warm peak MB |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for row in rows:
            k = row["notes"] / base["notes"]
            cold_lin = row["cold"]["wall"] / (k * base["cold"]["wall"])
            warm_lin = row["warm"]["wall"] / (k * base["warm"]["wall"])
            cold_cpu = row["cold"]["cpu"] / (k * base["cold"]["cpu"])
            warm_cpu = row["warm"]["cpu"] / (k * base["warm"]["cpu"])
            out.append(f"| {row['scale']}×{' †' if row.get('separate_run') else ''} | {row['notes']} | {cell(row['cold'])} | {row['cold']['wall'] / row['notes']:.3f} | "
                       f"{cold_lin:.2f} ({cold_cpu:.2f}) | {row['cold']['rss']:.0f} | {cell(row['warm'])} | {row['warm']['wall'] / row['notes']:.4f} | "
                       f"{warm_lin:.2f} ({warm_cpu:.2f}) | {row['warm']['rss']:.0f} |")
        out.append("\n\"vs linear\" is time / (copies × the 1× time), wall and (CPU): 1.00 is linear, below 1 is better than linear.")
        if any(row.get("separate_run") for row in rows):
            out.append("Rows marked † were measured by a separate `bench.py --scales` run in the same session "
                       "(the 100× cold render takes about half an hour on this machine).")
        out.append(f"Cold runs at 1×: best of {base['cold']['runs']}; larger scales: best of "
                   f"{rows[-1]['cold']['runs']}. Warm: best of {base['warm']['runs']}.\n")
    if grown:
        one, ten = grown["1"], grown["10"]
        out += ["| one note (stochastic-approximation), grown | blocks | cold s (CPU) | cold peak MB | warm s (CPU) | warm peak MB |", "|---|---:|---:|---:|---:|---:|"]
        for label, g in (("1× (as in notes/)", one), ("10× its blocks", ten)):
            out.append(f"| {label} | {g['blocks']} | {cell(g['cold'])} | {g['cold']['rss']:.0f} | {cell(g['warm'])} | {g['warm']['rss']:.0f} |")
        out.append(f"\nCold 10× / 1× = {ten['cold']['wall'] / one['cold']['wall']:.2f} (linear: 10); "
                   f"warm 10× / 1× = {ten['warm']['wall'] / one['warm']['wall']:.2f}; CPU cold 10× / 1× = "
                   f"{ten['cold']['cpu'] / one['cold']['cpu']:.2f}.")
    return out


def main():
    data = json.loads(pathlib.Path(sys.argv[1]).read_text())
    numerics = pathlib.Path(sys.argv[2]).read_text().strip()
    interpreter = pathlib.Path(sys.argv[3]).read_text().strip()
    versions = pathlib.Path(sys.argv[4]).read_text().strip()
    lines = ["# Folio benchmarks", "",
             "Generated by `Benchmarks/run.sh` on the machine described here, with the tools measured side by side "
             "(interleaved, best of the repetitions: the machine is shared and noisy). "
             "Times are wall clock of whole processes, as a user would see them.", "",
             "## Machine and versions", "", versions]
    if "load_start" in data:
        lines.append("- Load average (1, 5, 15 min) when the side-by-side measurements started: "
                     + ", ".join(f"{x:.1f}" for x in data["load_start"]) + "; when they ended: "
                     + ", ".join(f"{x:.1f}" for x in data["load_end"]))
    lines += ["",
             "## Engine against NumPy (`Benchmarks/numerics/run.sh`; ratio = Folio time / NumPy time, lower is better)", "",
             numerics, "",
             "Goals (the numerics issue): within 1.5× of NumPy for elementwise ops and reductions, 2× for matmul. "
             "Where NumPy stays ahead, on large matmul, the limit is explained in `numerics/README.md`: "
             "Folio's kernel keeps multiplies and adds separate (no FMA), so that results are the same bits on every machine.", "",
             ]
    # The interpreter suite (interpreter/run.sh) writes its whole section, tables and notes.
    if interpreter and interpreter != "(skipped)":
        lines += [interpreter, ""]
    elif "interpreter" in data:
        # results.json of a run before the suite: folio run against CPython only.
        lines += ["## Interpreter against CPython (the workloads of `Benchmarks/interpreter`)", "",
                  "| workload | Folio | CPython | CPython / Folio |", "|---|---:|---:|---:|"]
        for name, row in data["interpreter"].items():
            lines.append(f"| {name} | {cell(row['folio'])} | {cell(row['python'])} | {ratios(row['python'], row['folio'], 1.0000001)} |")
        lines.append("")
    if "render" in data:
        reason = None if data.get("quarto") else data.get("quarto_reason", "Quarto was not available.")
        lines += ["## Rendering the same three documents", "",
                  "Sources: `Benchmarks/render/folio/*.md` (Folio), `Benchmarks/render/python/*.py` (plain script, saves SVGs), "
                  "`Benchmarks/render/jupyter/*.ipynb` and `Benchmarks/render/quarto/*.qmd` (generated from the scripts by "
                  "`make_documents.py`, figures inline as SVG). Same computation, same checks, same plots.", ""]
        lines += render_tables(data["render"], reason)
        lines.append("")
    if "scaling" in data or "grown" in data:
        lines += ["## Scaling: the showcase (`notes/`) copied 1×, 10×, … with unique slugs", ""]
        lines += scaling_tables(data.get("scaling"), data.get("grown"))
        lines.append("")
    # Shards and the shared cache are measured by their own script (Benchmarks/scale-out/run.sh).
    scale_out = pathlib.Path(__file__).parent / "scale-out" / "RESULTS.md"
    if scale_out.exists():
        lines += [scale_out.read_text().rstrip("\n"), ""]
    # Compiled notes are measured by their own script too (Benchmarks/compiled/run.sh).
    compiled = pathlib.Path(__file__).parent / "compiled" / "RESULTS.md"
    if compiled.exists():
        lines += [compiled.read_text().rstrip("\n").replace("# Compiled notes", "## Compiled notes", 1), ""]
    text = "\n".join(lines) + "\n"
    pathlib.Path(sys.argv[5]).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
