"""nbconvert served from jupyter-cache: the warm path of a Jupyter build (what MyST-NB and
Jupyter Book do with `execution_mode: cache`).

Usage: python jupyter_cached.py CACHE_DIR NOTEBOOK OUT.html
If the cache holds an execution of NOTEBOOK's code cells, their outputs are merged in without
running anything; otherwise the notebook is executed once (fresh kernel) and stored. The merged
notebook is then converted to HTML by nbconvert's HTMLExporter. Exit 3 when it had to execute,
so the benchmark can tell a warm run from a cold one.
"""
import os
import sys

from jupyter_cache import get_cache
from nbconvert import HTMLExporter


def main():
    cache_dir, path, out = sys.argv[1:4]
    path = os.path.abspath(path)
    cache = get_cache(cache_dir)
    executed = False
    try:
        _, nb = cache.merge_match_into_file(path)
    except KeyError:
        from jupyter_cache.executors import load_executor
        cache.add_nb_to_project(path)
        result = load_executor("local-serial", cache=cache).run_and_cache(filter_uris=[path], timeout=600)
        if result.errored:
            sys.exit(f"{path}: execution failed")
        _, nb = cache.merge_match_into_file(path)
        executed = True
    body, _ = HTMLExporter().from_notebook_node(nb)
    with open(out, "w", encoding="utf-8") as f:
        f.write(body)
    sys.exit(3 if executed else 0)


if __name__ == "__main__":
    main()
