#!/usr/bin/env python3
"""Counts the public symbols of Folio's library targets that have no `///` doc comment.

A source scan, not a compiler: it needs no build, so CI can run it first. What counts as a
public symbol:
  - a declaration written with `public` or `open` (func, init, subscript, var, let, struct,
    enum, class, protocol, typealias, associatedtype, case, operator, actor);
  - a member declared without an access modifier inside a `public extension` or a public
    protocol (both make their members public);
  - the `case` lines of a public enum (one doc comment covers a line listing several cases).
A symbol is documented when the line above it (skipping attributes such as `@inlinable`) ends a
`///` comment or a `/** … */` block.

Usage: scripts/doc-coverage.py [--list] [--require-zero TARGET ...] [TARGET ...]
Prints `TARGET: N public symbols, M undocumented` per target and the total; `--list` also
prints each undocumented symbol as `path:line: declaration`. With `--require-zero`, exits 1
when one of the named targets has an undocumented symbol.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGETS = ["FolioNumerics", "FolioCharts", "FolioScript", "FolioMarkdown", "FolioRender", "FolioRuntime", "FolioCompiled", "FolioSite"]

DECL = re.compile(
    r"^(?P<mods>(?:(?:public|open|internal|private|fileprivate|package|static|class|final|"
    r"override|mutating|nonmutating|nonisolated|indirect|convenience|required|lazy|weak|"
    r"unowned|dynamic|prefix|postfix|infix|consuming|borrowing|__consuming)(?:\([a-z]+\))?\s+)*)"
    r"(?P<kind>func|init[?!]?|subscript|var|let|struct|enum|class|protocol|typealias|"
    r"associatedtype|case|operator|actor|extension|deinit)\b"
)
ATTRIBUTE = re.compile(r"^(@\w+(\([^)]*\))?\s*)+$")
INLINE_ATTRIBUTES = re.compile(r"^(@\w+(\([^)]*\))?\s+)+")


def strip_code(line, state):
    """The line without string contents and comments; `state` tracks `/* */` and `\"\"\"`."""
    out = []
    i = 0
    while i < len(line):
        if state["block"]:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out)
            state["block"] = False
            i = end + 2
            continue
        if state["multiline"]:
            end = line.find('"""', i)
            if end < 0:
                return "".join(out)
            state["multiline"] = False
            i = end + 3
            continue
        if line.startswith("//", i):
            break
        if line.startswith("/*", i):
            state["block"] = True
            i += 2
            continue
        if line.startswith('"""', i):
            state["multiline"] = True
            i += 3
            continue
        c = line[i]
        if c == '"':
            j = i + 1
            while j < len(line) and line[j] != '"':
                j += 2 if line[j] == "\\" else 1
            out.append('""')
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def documented(lines, index):
    j = index - 1
    while j >= 0:
        text = lines[j].strip()
        if ATTRIBUTE.match(text):
            j -= 1
            continue
        return text.startswith("///") or text.endswith("*/") and "/**" in "".join(lines[max(0, j - 200):j + 1])
    return False


def scan(path):
    """(symbols, undocumented) of one file; undocumented as (line number, text)."""
    lines = open(path, encoding="utf-8").read().split("\n")
    state = {"block": False, "multiline": False}
    depth = 0
    # Stack of (depth of the body, kind) for bodies whose members are public by default
    # ("extension", "protocol") or whose cases are public ("enum").
    scopes = []
    pending = None  # a scope kind waiting for its opening brace
    symbols = 0
    missing = []
    for number, raw in enumerate(lines):
        code = strip_code(raw, state).strip()
        declaration = INLINE_ATTRIBUTES.sub("", code)
        match = DECL.match(declaration)
        if match:
            mods = match.group("mods").split()
            kind = match.group("kind")
            explicit = any(m.startswith(("public", "open")) for m in mods)
            hidden = any(m.startswith(("private", "fileprivate", "internal", "package")) for m in mods)
            inner = scopes[-1] if scopes and scopes[-1][0] == depth else None
            public = False
            if kind == "extension":
                if explicit:
                    pending = "extension"
            elif kind == "deinit":
                pass
            elif explicit:
                public = True
            elif inner and not hidden:
                if inner[1] in ("extension", "protocol") and kind != "case":
                    public = True
                elif inner[1] == "enum" and kind == "case":
                    public = True
            if public:
                symbols += 1
                if not documented(lines, number):
                    missing.append((number + 1, raw.strip()))
                if kind in ("enum", "protocol"):
                    pending = kind
                elif kind in ("struct", "class", "actor"):
                    pending = "type"
        for c in code:
            if c == "{":
                depth += 1
                if pending:
                    scopes.append((depth, pending))
                    pending = None
            elif c == "}":
                if scopes and scopes[-1][0] == depth:
                    scopes.pop()
                depth -= 1
    return symbols, missing


def main(argv):
    listing = "--list" in argv
    args = [a for a in argv if a != "--list"]
    required = []
    if "--require-zero" in args:
        k = args.index("--require-zero")
        required = [a for a in args[k + 1:] if not a.startswith("-")]
        args = args[:k]
    targets = args or TARGETS
    # A target named after --require-zero is always counted (else it would pass unexamined).
    targets = targets + [t for t in required if t not in targets]
    total_symbols = total_missing = 0
    failed = []
    for target in targets:
        folder = os.path.join(ROOT, "Sources", target)
        symbols = 0
        missing = []
        for base, _, files in sorted(os.walk(folder)):
            for name in sorted(files):
                if name.endswith(".swift"):
                    path = os.path.join(base, name)
                    s, m = scan(path)
                    symbols += s
                    missing += [(os.path.relpath(path, ROOT), n, t) for n, t in m]
        total_symbols += symbols
        total_missing += len(missing)
        print(f"{target}: {symbols} public symbols, {len(missing)} undocumented")
        if listing:
            for path, n, text in missing:
                print(f"  {path}:{n}: {text}")
        if target in required and missing:
            failed.append(target)
    print(f"total: {total_symbols} public symbols, {total_missing} undocumented")
    if failed:
        print("undocumented public symbols in: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
