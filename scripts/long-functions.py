#!/usr/bin/env python3
"""Lists Swift functions longer than a limit (default 150 lines), longest first.

    scripts/long-functions.py                 # every function over 150 lines under Sources/
    scripts/long-functions.py --limit 100 Sources/FolioRender
    scripts/long-functions.py --check         # exit 1 when any is found

A function is a `func`, `init`, `deinit`, `subscript` or a computed property's/accessor's body,
counted from the line of its keyword to the line of its closing brace. Nested functions and
closures count toward the function that holds them (and, when long, are listed themselves).
Comments, string literals (plain, multi-line, raw, with interpolations) and character counts are
skipped by a small tokenizer, so braces inside them do not count. Files under a `generated/`
folder or named `*+Generated.swift` are left out (they are written by scripts).
"""
import argparse
import os
import re
import sys

KEYWORD = re.compile(r"\b(func|init|deinit|subscript)\b")


def code_mask(text):
    """`text` with comments and string literal contents replaced by spaces (newlines kept),
    so that braces and keywords are only seen in code."""
    out = list(text)
    n = len(text)
    i = 0
    # Stack of contexts: ("code", depth of parens) for interpolations inside strings.
    stack = []  # entries: (kind, hashes, multiline, paren_depth)

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    def skip_string(i, hashes, multiline):
        """Skips a string body starting at i (after the opening quotes); returns the index
        after the closing delimiter. Interpolations are scanned as code recursively."""
        close = ('"""' if multiline else '"') + "#" * hashes
        escape = "\\" + "#" * hashes
        while i < n:
            if text.startswith(escape, i):
                j = i + len(escape)
                if j < n and text[j] == "(":
                    # Interpolation: scan code until the matching paren.
                    blank(i, j + 1)
                    i = scan_code(j + 1, stop_at_paren=True)
                    continue
                blank(i, min(j + 1, n))
                i = j + 1
                continue
            if text.startswith(close, i):
                blank(i, i + len(close))
                return i + len(close)
            if not multiline and text[i] == "\n":
                return i + 1  # unterminated: give up at the line end
            blank(i, i + 1)
            i += 1
        return i

    def scan_code(i, stop_at_paren=False):
        depth = 0
        while i < n:
            c = text[i]
            if text.startswith("//", i):
                j = text.find("\n", i)
                j = n if j < 0 else j
                blank(i, j)
                i = j
                continue
            if text.startswith("/*", i):
                level = 0
                j = i
                while j < n:
                    if text.startswith("/*", j):
                        level += 1
                        j += 2
                    elif text.startswith("*/", j):
                        level -= 1
                        j += 2
                        if level == 0:
                            break
                    else:
                        j += 1
                blank(i, j)
                i = j
                continue
            if c == "#" or c == '"':
                m = re.compile(r'(#*)("""|")').match(text, i)
                if m:
                    hashes = len(m.group(1))
                    multiline = m.group(2) == '"""'
                    start = m.end()
                    blank(i, start)
                    i = skip_string(start, hashes, multiline)
                    continue
            if stop_at_paren:
                if c == "(":
                    depth += 1
                elif c == ")":
                    if depth == 0:
                        blank(i, i + 1)
                        return i + 1
                    depth -= 1
                # Inside an interpolation everything is part of a string: blank it.
                if c != "\n":
                    out[i] = " "
            i += 1
        return i

    scan_code(0)
    return "".join(out)


def functions(path):
    text = open(path, encoding="utf-8").read()
    code = code_mask(text)
    line_starts = [0]
    for k, ch in enumerate(code):
        if ch == "\n":
            line_starts.append(k + 1)

    def line_of(offset):
        lo, hi = 0, len(line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    # Matching braces.
    match = {}
    stack = []
    for k, ch in enumerate(code):
        if ch == "{":
            stack.append(k)
        elif ch == "}" and stack:
            match[stack.pop()] = k

    found = []
    for m in KEYWORD.finditer(code):
        # `init` used as a member (`.init(`) or `self.init` is not a declaration.
        before = code[max(0, m.start() - 1) : m.start()]
        if before == ".":
            continue
        # The body: the first `{` after the signature, before any `}` or a line that ends
        # the declaration without a body (protocol requirements).
        k = m.end()
        paren = 0
        body = None
        while k < len(code):
            ch = code[k]
            if code.startswith("->", k):
                k += 2
                continue
            if ch in "([<":
                paren += 1
            elif ch in ")]>":
                paren = max(0, paren - 1)
            elif ch == "{" and paren == 0:
                body = k
                break
            elif ch == "}" and paren == 0:
                break
            elif ch == "\n" and paren == 0:
                # A declaration continues on the next line only if this one is unfinished.
                rest = code[k + 1 :].lstrip(" \t")
                line = code[code.rfind("\n", 0, k) + 1 : k].strip()
                if not line.endswith((",", "->", "(", "throws", "async", "where", ":", "&")) and not rest.startswith(
                    ("->", "where", "throws", "rethrows", "async", "{", ")", ":", "&", ".")
                ):
                    break
            k += 1
        if body is None or body not in match:
            continue
        name_match = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*|[^\s(<]+)?").match(code, m.end())
        name = m.group(1)
        if m.group(1) == "func" and name_match and name_match.group(1):
            name = name_match.group(1)
        first = line_of(m.start())
        last = line_of(match[body])
        found.append((last - first + 1, path, first, name))
    return found


def swift_files(roots):
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "generated" and not d.startswith("."))
            for name in sorted(files):
                if name.endswith(".swift") and not name.endswith("+Generated.swift"):
                    yield os.path.join(folder, name)


def is_binding_table(path, name):
    """The declarative binding tables (`installTensor`, …: one entry per bound name), which the
    150-line rule leaves aside."""
    return "/Bindings/" in path.replace(os.sep, "/") and name.startswith("install")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["Sources"])
    parser.add_argument("--limit", type=int, default=150, help="report functions longer than this (lines)")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a function other than a binding table is over the limit"
    )
    args = parser.parse_args()
    long = []
    for path in swift_files(args.paths):
        long += [f for f in functions(path) if f[0] > args.limit]
    long.sort(key=lambda f: (-f[0], f[1], f[2]))
    failing = [f for f in long if not is_binding_table(f[1], f[3])]
    for lines, path, line, name in long:
        note = "  (binding table)" if is_binding_table(path, name) else ""
        print(f"{lines:5d}  {path}:{line}  {name}{note}")
    if not failing:
        print(f"no function over {args.limit} lines (binding tables aside)", file=sys.stderr)
    return 1 if args.check and failing else 0


if __name__ == "__main__":
    sys.exit(main())
