"""Grows a note to N times its blocks: the body (everything after the front matter) is repeated
N times, and in copy i every top-level name the note declares (let, var, func, struct, enum,
class, tuple bindings) and every label (eq-, fig-, tbl-, sec-) gets the suffix _i / -i, so the
copies live side by side in the note's one scope without redeclaring anything.

Usage: python grow_note.py NOTE.md N OUT.md
"""
import re
import sys

FENCE = re.compile(r"^```swift[^\n]*\n(.*?)^```", re.S | re.M)
DECL = re.compile(r"^(?:let|var|func|struct|enum|class)\s+([A-Za-z_]\w*)", re.M)
TUPLE = re.compile(r"^(?:let|var)\s+\(([^)]*)\)", re.M)
LABEL = re.compile(r"\b((?:eq|fig|tbl|sec)-[A-Za-z0-9_-]*[A-Za-z0-9])")


def declared_names(body):
    names = set()
    for block in FENCE.findall(body):
        names.update(DECL.findall(block))
        for group in TUPLE.findall(block):
            names.update(n.strip() for n in group.split(",") if re.fullmatch(r"[A-Za-z_]\w*", n.strip()))
    return names


def rename(body, names, i):
    if not names:
        return LABEL.sub(lambda m: f"{m.group(1)}-{i}", body)
    # a name, not a member (`.name`), not part of a label (`eq-name`), and not an argument label
    # of a call (`f(name: 1)`, `, name: 1`); parameters in a `func` line are renamed with their uses
    ident = re.compile(r"(?<![.\w-])(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?!\w)")

    def code(text):
        lines = []
        for line in text.split("\n"):
            def sub(m):
                after = line[m.end():].lstrip()
                before = line[:m.start()].rstrip()
                is_label = after.startswith(":") and not after.startswith("::") and before.endswith(("(", ","))
                if is_label and not line.lstrip().startswith("func "):
                    return m.group(1)
                return f"{m.group(1)}_{i}"
            lines.append(ident.sub(sub, line))
        return "\n".join(lines)

    out = FENCE.sub(lambda m: m.group(0).replace(m.group(1), code(m.group(1))), body)
    out = re.sub(r"`\{swift\}([^`]*)`", lambda m: "`{swift}" + code(m.group(1)) + "`", out)
    return LABEL.sub(lambda m: f"{m.group(1)}-{i}", out)


def main():
    path, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    text = open(path, encoding="utf-8").read()
    _, front, body = text.split("---\n", 2)
    names = declared_names(body)
    copies = [body] + [rename(body, names, i) for i in range(2, count + 1)]
    with open(out, "w", encoding="utf-8") as f:
        f.write("---\n" + front + "---\n" + "\n".join(copies))


if __name__ == "__main__":
    main()
