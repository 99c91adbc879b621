#!/usr/bin/env python3
"""Lists imports a target makes without declaring the dependency in Package.swift.

    scripts/check-imports.py            # every target under Sources/ and Tests/

SwiftPM lets a target import any module already in the build graph (a dependency of a
dependency, or a package's internal C module), so an undeclared import compiles until the graph
changes; SwiftPM's own `--explicit-target-dependency-import-check` does not catch these on Linux.
A target may import the targets and products it lists, the modules a listed product is made of
(a product named like its module), and the toolchain's modules. Only imports at the start of a
line count: an indented `import` is in a string (generated code) or under `#if canImport`.
Exit status 1 when something is undeclared, except the imports listed in KNOWN (printed).
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLCHAIN = {
    "Foundation", "FoundationEssentials", "FoundationNetworking", "FoundationXML", "Glibc", "Darwin",
    "Dispatch", "Testing", "XCTest", "Synchronization", "Swift", "_Concurrency", "os", "Musl",
}
# Undeclared imports known and accepted for now, each with its reason: printed, not failed.
KNOWN = {
    ("FolioMarkdown", "CYaml"): "Yams exports no product for its libyaml module, and the front matter's safety "
    "check needs libyaml's event API, which Yams keeps private (why the alternatives fall short: ARCHITECTURE.md)",
}
IMPORT = re.compile(r"^(?:@testable |@_implementationOnly |@preconcurrency |internal |public |private )*import (?:struct |class |enum |func |protocol |typealias |var |let )?([A-Za-z_][A-Za-z0-9_]*)")


def declared(target):
    names = set()
    for dependency in target["dependencies"]:
        for kind in ("byName", "target", "product"):
            if kind in dependency:
                names.add(dependency[kind][0])
    return names


def main():
    package = json.loads(
        subprocess.run(
            ["swift", "package", "--package-path", ROOT, "dump-package"], check=True, capture_output=True, text=True
        ).stdout
    )
    problems = []
    known = set()
    for target in package["targets"]:
        name = target["name"]
        if target["type"] == "system":
            continue
        folder = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", name)
        folder = os.path.join(ROOT, folder)
        excluded = [os.path.join(folder, e) for e in target.get("exclude", [])]
        allowed = declared(target) | TOOLCHAIN | {name}
        for base, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if os.path.join(base, d) not in excluded]
            for file in sorted(files):
                if not file.endswith(".swift"):
                    continue
                path = os.path.join(base, file)
                with open(path, encoding="utf-8") as handle:
                    for number, line in enumerate(handle, 1):
                        match = IMPORT.match(line)
                        if match and (name, match.group(1)) in KNOWN:
                            known.add(f"{name} imports {match.group(1)}: {KNOWN[(name, match.group(1))]}")
                        elif match and match.group(1) not in allowed:
                            problems.append(f"{os.path.relpath(path, ROOT)}:{number}: {name} imports {match.group(1)}, "
                                            "which Package.swift does not list for it")
    for note in sorted(known):
        print(f"known: {note}", file=sys.stderr)
    for problem in problems:
        print(problem)
    if not problems:
        print("every target declares what it imports", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
