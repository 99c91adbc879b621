"""Writes the Jupyter (.ipynb) and Quarto (.qmd) forms of the benchmark documents from the plain
Python scripts in python/, so the three forms run exactly the same code.

Cells are separated by `# %%` lines (`# %% [markdown]` for prose). The notebook and the Quarto
document show figures inline as SVG instead of saving them (`fig.savefig(...)` lines are dropped),
which is what a notebook author would write. Usage: python make_documents.py (from anywhere).
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SVG_INLINE = "%config InlineBackend.figure_formats = ['svg']"


def cells(source):
    """The script as a list of (kind, text) cells."""
    out = []
    for chunk in re.split(r"^# %%", source, flags=re.M)[1:]:
        header, _, body = chunk.partition("\n")
        if "[markdown]" in header:
            text = "\n".join(line[2:] if line.startswith("# ") else line.lstrip("#") for line in body.strip().splitlines())
            out.append(("markdown", text))
        else:
            code = "\n".join(line for line in body.strip().splitlines() if "savefig(" not in line)
            out.append(("code", code))
    return out


def notebook(parts):
    nb_cells = []
    first_code = True
    for number, (kind, text) in enumerate(parts):
        if kind == "code" and first_code:
            text = SVG_INLINE + "\n" + text
            first_code = False
        cell = {"cell_type": kind, "id": f"cell-{number}", "metadata": {}, "source": text.splitlines(keepends=True)}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        nb_cells.append(cell)
    return {
        "cells": nb_cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def quarto(parts):
    title = next((t.splitlines()[0].lstrip("# ").strip() for k, t in parts if k == "markdown"), "Document")
    lines = ["---", f'title: "{title}"', "format: html", "jupyter: python3",
             "fig-format: svg", "execute:", "  freeze: auto", "  cache: true", "---", ""]
    for kind, text in parts:
        if kind == "markdown":
            body = "\n".join(l for l in text.splitlines() if not l.startswith("# "))
            lines += [body, ""]
        else:
            lines += ["```{python}", text, "```", ""]
    return "\n".join(lines)


def main():
    (HERE / "jupyter").mkdir(exist_ok=True)
    (HERE / "quarto").mkdir(exist_ok=True)
    for script in sorted((HERE / "python").glob("*.py")):
        parts = cells(script.read_text())
        stem = script.stem.replace("_", "-")
        (HERE / "jupyter" / f"{stem}.ipynb").write_text(json.dumps(notebook(parts), indent=1, ensure_ascii=False) + "\n")
        (HERE / "quarto" / f"{stem}.qmd").write_text(quarto(parts))


if __name__ == "__main__":
    main()
