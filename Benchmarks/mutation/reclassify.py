#!/usr/bin/env python3
"""Re-applies the flags of `folio mutate --list` (the current classifier) to the outcomes of an
earlier `folio mutate --format json` run of the same notes. A run's outcome — the note failed,
printed the same, or passed with other output — does not depend on the flags, so a survivor whose
token the current dataflow proves cannot reach a check becomes `doesNotReachCheck` without
running it again (the same for the check, display and free-parameter flags).

    python3 Benchmarks/mutation/reclassify.py run.json list.json > reclassified.json
"""
import json
import sys


def outcome(run_outcome, flags):
    if run_outcome in ("caught", "noEffect"):
        return run_outcome
    if flags["inCheck"]:
        return "loosenedCheck"
    if flags["inDisplay"]:
        return "displayOnly"
    if not flags["reachesCheck"]:
        return "doesNotReachCheck"
    return "declaredFree" if flags.get("declaredFree") else "survived"


def main(run_path, list_path):
    run = json.load(open(run_path, encoding="utf-8"))["results"]
    current = {}
    for m in json.load(open(list_path, encoding="utf-8")):
        current[(m["file"], m["line"], m["column"], m["original"], m["replacement"])] = m
    results = []
    for r in run:
        m = r["mutant"]
        key = (m["file"], m["line"], m["column"], m["original"], m["replacement"])
        flags = current.get(key)
        if flags is None:
            sys.exit(f"{key} is not a mutant of the current notes: re-run folio mutate")
        results.append({"mutant": flags, "outcome": outcome(r["outcome"], flags)})
    json.dump({"results": results}, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
