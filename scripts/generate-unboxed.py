#!/usr/bin/env python3
"""Writes Sources/FolioScript/Unboxed+Generated.swift: the unboxed `Int`, `Double` and `Bool` paths.

Each scalar type gets the same closures: a variable's slot read as a plain scalar, an
expression's value unwrapped into one, arithmetic and comparisons passing plain scalars between
operators, and `x op= e` updating a slot. They differ only in the type, so they are generated from
one template here instead of being copied by hand. They cannot be one generic function instead: a
closure made in a function generic over its result type is stored in the generic representation
and called through a reabstraction thunk, even after specialisation (measured: `spectralnorm`
twice as slow). The operators themselves are generic (`Op.apply`, `Op.test` in FastPaths.swift)
because they produce no closure. Run `python3 scripts/generate-unboxed.py` after changing the
template; `.ci/run` fails when the committed file differs from what this script writes.
"""
import pathlib
import sys

# (Swift type, Value case and `Typed` field, alias of the unboxed closure type, arithmetic?)
SCALARS = [
    ("Int", "int", "IntEval", True),
    ("Double", "double", "DoubleEval", True),
    ("Bool", "bool", "BoolEval", False),
]


def read(case: str, place: str) -> str:
    """An expression reading the `case` payload of the Value at `place`, or throwing."""
    return f"try {case}Value({place}, at)"


def paths(swift: str, case: str, alias: str) -> str:
    return f"""
extension Typed {{
    /// The expression's `{swift}` value: its own path, its constant, or its value unwrapped.
    func {case}Path(_ at: SourceLoc) -> {alias} {{
        if let {case} {{ return {case} }}
        if case .{case}(let c)? = constant {{ return {{ _ in c }} }}
        let eval = self.eval
        return {{ frame in {read(case, "eval(frame)")} }}
    }}
}}

extension Lowerer {{
    /// Reads a `{swift}` variable's slot as a plain `{swift}` (see `{alias}`).
    func {case}Reader(_ variable: Variable, at: SourceLoc) -> {alias} {{
        if variable.isGlobal {{
            let pointer = globals.frame.slots + variable.slot
            return {{ _ in
                if case .{case}(let x) = pointer.pointee {{ return x }}
                throw mismatch(pointer.pointee, "{swift}", at)
            }}
        }}
        let slot = variable.slot
        if currentLevel == variable.level {{
            return {{ frame in
                if case .{case}(let x) = frame.slots[slot] {{ return x }}
                throw mismatch(frame.slots[slot], "{swift}", at)
            }}
        }}
        let address = self.address(variable)
        return {{ frame in
            let pointer = address(frame)
            if case .{case}(let x) = pointer.pointee {{ return x }}
            throw mismatch(pointer.pointee, "{swift}", at)
        }}
    }}
}}
"""


def operand_forms(case: str, type_expr: str, apply: str, box: str, field: str) -> str:
    """The body of a binary operator's lowering: one closure pair per form of its operands.

    Each operand is a constant (`c`), a slot of the current frame (`slot`) or any expression
    (its unboxed path); the operands are read left to right, as Swift evaluates them.
    """
    forms = {
        "const": (lambda side: f"case .{case}(let {side}Constant)? = {side}.constant", lambda side: f"{side}Constant"),
        "slot": (lambda side: f"let {side}Slot = {side}.localSlot", lambda side: f"try {case}Slot(f, {side}Slot, at)"),
    }
    out = []
    def pair(indent: str, l: str, r: str) -> str:
        expr = apply.format(l=l, r=r)
        return (
            f"{indent}return Typed(\n"
            f"{indent}    type: {type_expr}, eval: {{ f in {box}({expr}) }},\n"
            f"{indent}    {field}: {{ f in {expr} }})\n"
        )
    order = [("slot", "slot"), ("slot", "const"), ("const", "slot"), (None, "const"), ("const", None),
             (None, "slot"), ("slot", None)]
    for left_form, right_form in order:
        conditions = []
        bindings = []
        if left_form:
            conditions.append(forms[left_form][0]("left"))
            l = forms[left_form][1]("left")
        else:
            bindings.append(f"        let l = left.{case}Path(at)\n")
            l = "try l(f)"
        if right_form:
            conditions.append(forms[right_form][0]("right"))
            r = forms[right_form][1]("right")
        else:
            bindings.append(f"        let r = right.{case}Path(at)\n")
            r = "try r(f)"
        out.append(f"        if {', '.join(conditions)} {{\n")
        out.append("".join("    " + b for b in bindings))
        out.append(pair("            ", l, r))
        out.append("        }\n")
    out.append(f"        let l = left.{case}Path(at)\n")
    out.append(f"        let r = right.{case}Path(at)\n")
    out.append(pair("        ", "try l(f)", "try r(f)"))
    return "".join(out)


def operators(swift: str, case: str, alias: str) -> str:
    slot = f"try {case}Slot(f, slot, at)"
    return f"""
extension Operators {{
    /// Reads a `{swift}` slot of the current frame.
    @inline(__always)
    static func {case}Slot(_ frame: Frame, _ slot: Int, _ at: SourceLoc) throws -> {swift} {{
        if case .{case}(let x) = frame.slots[slot] {{ return x }}
        throw mismatch(frame.slots[slot], "{swift}", at)
    }}

    /// `left op right` on `{swift}`s, as a `Value` closure and an unboxed one (each calling the
    /// operands' unboxed paths; a variable of the current frame and a constant are read inline,
    /// on either side: `dx * dx`, `i + 1`, `2 * x` call no operand closure).
    static func {case}Arithmetic<Op: UnboxedArithmetic>(_: Op.Type, _ left: Typed, _ right: Typed, _ at: SourceLoc)
        -> Typed where Op.Scalar == {swift}
    {{
{operand_forms(case, "left.type", "try Op.apply({l}, {r}, at)", f".{case}", case)}    }}

    /// A comparison of `{swift}`s, as a `Value` closure and a `Bool` one (operands read as in
    /// `{case}Arithmetic`).
    static func {case}Comparison<Op: UnboxedComparison>(_: Op.Type, _ left: Typed, _ right: Typed, _ at: SourceLoc)
        -> Typed where Op.Scalar == {swift}
    {{
{operand_forms(case, ".bool", "Op.test({l}, {r})", ".bool", "bool")}    }}

    /// `x op= e` and `a[i].x op= e` on a `{swift}` variable or place: subscripts first, then
    /// the operand (Swift's `op=` takes its left side inout, so the access begins after its
    /// operands are evaluated), then one read and one write where the value is stored. The
    /// result also runs as a statement without producing a value.
    static func {case}Compound<Op: UnboxedArithmetic>(
        _: Op.Type, _ target: CompoundTarget, _ value: Typed, _ at: SourceLoc
    ) -> Typed where Op.Scalar == {swift} {{
        let r = value.{case}Path(at)
        var typed: Typed
        switch target {{
        case .variable(_, localSlot: let slot?):
            // The slot's old value was read as a `{swift}`, which holds nothing to release: the
            // new one is written over it without the release a Value assignment makes.
            if case .{case}(let b)? = value.constant {{
                // `x += 0.5`, `i += 1`: the operand is read inline, not through a closure.
                typed = Typed(type: .void) {{ f in
                    (f.slots + slot).initialize(to: .{case}(try Op.apply({slot}, b, at)))
                    return .void
                }}
                typed.exec = {{ f in
                    (f.slots + slot).initialize(to: .{case}(try Op.apply({slot}, b, at)))
                    return .normal
                }}
                return typed
            }}
            typed = Typed(type: .void) {{ f in
                let b = try r(f)
                (f.slots + slot).initialize(to: .{case}(try Op.apply({slot}, b, at)))
                return .void
            }}
            typed.exec = {{ f in
                let b = try r(f)
                (f.slots + slot).initialize(to: .{case}(try Op.apply({slot}, b, at)))
                return .normal
            }}
        case .variable(let address, localSlot: nil):
            // A global or an enclosing frame's variable, written as a local one is (above).
            if case .{case}(let b)? = value.constant {{
                typed = Typed(type: .void) {{ f in
                    let p = address(f)
                    p.initialize(to: .{case}(try Op.apply({read(case, "p.pointee")}, b, at)))
                    return .void
                }}
                typed.exec = {{ f in
                    let p = address(f)
                    p.initialize(to: .{case}(try Op.apply({read(case, "p.pointee")}, b, at)))
                    return .normal
                }}
                return typed
            }}
            typed = Typed(type: .void) {{ f in
                let b = try r(f)
                let p = address(f)
                p.initialize(to: .{case}(try Op.apply({read(case, "p.pointee")}, b, at)))
                return .void
            }}
            typed.exec = {{ f in
                let b = try r(f)
                let p = address(f)
                p.initialize(to: .{case}(try Op.apply({read(case, "p.pointee")}, b, at)))
                return .normal
            }}
        case .place(let place, let address):
            typed = Typed(type: .void) {{ f in
                let indices = try place.indices(f, at: at)
                let b = try r(f)
                try place.updateScalar(&address(f).pointee, indices, at: at) {{ x in
                    x = .{case}(try Op.apply({read(case, "x")}, b, at))
                }}
                return .void
            }}
            typed.exec = {{ f in
                let indices = try place.indices(f, at: at)
                let b = try r(f)
                try place.updateScalar(&address(f).pointee, indices, at: at) {{ x in
                    x = .{case}(try Op.apply({read(case, "x")}, b, at))
                }}
                return .normal
            }}
        case .objectField(let root, let index):
            typed = Typed(type: .void) {{ f in
                let object = try root(f)
                let b = try r(f)
                guard case .object(let instance) = object else {{ throw mismatch(object, "object", at) }}
                instance[field: index] = .{case}(try Op.apply({read(case, "instance[field: index]")}, b, at))
                return .void
            }}
            typed.exec = {{ f in
                let object = try root(f)
                let b = try r(f)
                guard case .object(let instance) = object else {{ throw mismatch(object, "object", at) }}
                instance[field: index] = .{case}(try Op.apply({read(case, "instance[field: index]")}, b, at))
                return .normal
            }}
        }}
        return typed
    }}
}}
"""


def generate() -> str:
    parts = ["// Generated by scripts/generate-unboxed.py: do not edit by hand.\n"]
    for swift, case, alias, arithmetic in SCALARS:
        parts.append(paths(swift, case, alias))
        if arithmetic:
            parts.append(operators(swift, case, alias))
    return "".join(parts)


def main() -> None:
    root = pathlib.Path(__file__).resolve().parent.parent
    target = root / "Sources" / "FolioScript" / "Unboxed+Generated.swift"
    text = generate()
    if "--check" in sys.argv:
        if target.read_text() != text:
            sys.exit(f"{target} is out of date: run scripts/generate-unboxed.py")
        return
    target.write_text(text)


if __name__ == "__main__":
    main()
