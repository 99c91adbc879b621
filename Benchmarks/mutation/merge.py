#!/usr/bin/env python3
"""Merges `folio mutate --format json` runs note by note: a note's results come from the last
file that holds it. A full run takes about 40 minutes on a loaded machine, so after changing a
few notes one re-runs only those and merges them over the last full run:

    ./folio mutate notes/bias.md notes/infonce.md --format json > /tmp/changed.json
    python3 Benchmarks/mutation/merge.py <(gunzip -c Benchmarks/mutation/last-run.json.gz) /tmp/changed.json > /tmp/all.json
    (cat Benchmarks/mutation/header.md; python3 Benchmarks/mutation/report.py /tmp/all.json) > Benchmarks/MUTATION.md
    gzip -9n -c /tmp/all.json > Benchmarks/mutation/last-run.json.gz

The notes keep the order of their first appearance.
"""
import collections
import json
import sys


def main(paths):
    by_note = collections.OrderedDict()
    for path in paths:
        latest = collections.OrderedDict()
        with open(path, encoding="utf-8") as handle:
            for result in json.load(handle)["results"]:
                latest.setdefault(result["mutant"]["file"], []).append(result)
        for note, results in latest.items():
            by_note[note] = results
    merged = [result for results in by_note.values() for result in results]
    json.dump({"results": merged}, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
