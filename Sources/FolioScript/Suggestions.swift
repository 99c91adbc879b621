import Foundation
import SwiftSyntax

/// What a user probably meant, appended to a "not found" or "no overload" diagnostic.
///
/// Notes are often written by people who think in NumPy or PyTorch: `np.zeros(5)`,
/// `Tensor.random(…)`, `t.reshape(2, 3)`, `t.mean(axis=0)`, `f"{x}"`. A bare "cannot find
/// 'Tensor' in scope" sends them looking in the wrong place; each hint names Folio's spelling,
/// and only when that spelling exists in the bindings.
enum Suggestions {
    /// NumPy/PyTorch names of Tensor's static functions → Folio's member.
    static let tensorStatics: [String: String] = [
        "random": "uniform", "rand": "uniform", "randomUniform": "uniform", "random_sample": "uniform",
        "randint": "uniform", "randn": "normal", "gaussian": "normal", "randomNormal": "normal",
        "standard_normal": "normal", "empty": "zeros", "zeros_like": "zeros", "ones_like": "ones",
        "full_like": "full", "identity": "eye", "concatenate": "concatenated", "concat": "concatenated",
        "cat": "concatenated", "stack": "stacked", "range": "arange", "linspaced": "linspace",
    ]

    /// NumPy/PyTorch names of Tensor members → Folio's member (or free function, `()` suffix
    /// meaning "called as f(t)").
    static let tensorMembers: [String: String] = [
        "reshape": "reshaped", "view": "reshaped", "T": "transposed", "transpose": "transposed",
        "permute": "transposed", "size": "count", "numel": "count", "flatten": "flattened",
        "ravel": "flattened", "unsqueeze": "expandedDimensions", "expand_dims": "expandedDimensions",
        "squeeze": "squeezed", "std": "standardDeviation", "var": "variance", "numpy": "scalars",
        "tolist": "scalars", "item": "scalar", "dot": "matmul()", "mm": "matmul()", "matmul": "matmul()",
        "abs": "abs()", "exp": "exp()", "log": "log()", "sqrt": "sqrt()", "softmax": "softmax()",
        "cumulativeSum": "cumsum", "len": "count",
    ]

    /// Python names that are not in scope → what a note writes instead.
    static let pythonNames: [String: String] = [
        "np": numpyHint, "numpy": numpyHint, "torch": numpyHint, "jnp": numpyHint, "jax": numpyHint,
        "tf": numpyHint, "scipy": numpyHint,
        "len": "use '.count' (arrays, strings, tensors) or 't.shape[0]'",
        "range": "write a range: 'for i in 0..<n'",
        "str": "use 'String(x)' or interpolation \"\\(x)\"", "int": "use 'Int(x)'", "float": "use 'Double(x)'",
        "list": "use an array literal or 'Array(x)'", "dict": "use a dictionary literal '[key: value]'",
        "True": "Swift writes 'true'", "False": "Swift writes 'false'", "None": "Swift writes 'nil'",
        "plt": "charts are written 'Chart { LineMark(x: …, y: …) }'",
        "math": "'sqrt', 'exp', 'log', 'sin' … are free functions: sqrt(x)",
        "printf": "use 'print(…)' with interpolation \"\\(x)\"", "println": "use 'print(…)'",
    ]

    static let numpyHint =
        "notes are Swift and there is no NumPy: NumPy's arrays are Tensor (Tensor.zeros(shape: [3]), "
        + "Tensor.normal(shape: [2, 3]), t.sum(axis: 0), matmul(a, b))"

    /// `; did you mean …?` for a member `name` that type `typeName` lacks, or "".
    static func memberHint(_ type: ScriptType, _ name: String, isStatic: Bool, bindings table: BindingTable) -> String {
        let bound = table.members(of: type)
        if isStatic {
            let members = Set(bound.staticMethods.keys).union(bound.staticProperties.keys)
            guard !members.isEmpty else { return "" }
            var hint = ""
            if type == table.tensor, let target = tensorStatics[name], members.contains(target) {
                if target == "uniform" || target == "normal" {
                    let samplers = ["uniform", "normal", "bernoulli", "exponential", "gumbel"].filter(members.contains)
                    hint =
                        "; random tensors come from the samplers "
                        + samplers.map { "Tensor.\($0)(\(labelsOf(bound.staticMethods[$0])))" }.joined(separator: ", ")
                } else {
                    hint = "; did you mean 'Tensor.\(target)(\(labelsOf(bound.staticMethods[target])))'?"
                }
            } else if let near = nearest(name, in: members) {
                hint = "; did you mean '\(type).\(near)'?"
            }
            if hint.isEmpty, members.count <= 24 {
                hint = "; it has " + members.sorted().joined(separator: ", ")
            }
            return hint
        }
        if type == .array(.double) || type == .array(.int), table.members(of: table.tensor).methods[name] != nil {
            return "; arrays have none, tensors do: Tensor(x).\(name)(…)"
        }
        var members = Set(bound.methods.keys)
        if case .named(let info) = type {
            members.formUnion((table.registry.properties[ObjectIdentifier(info)] ?? [:]).keys)
        }
        guard !members.isEmpty else { return "" }
        if type == table.tensor, let target = tensorMembers[name] {
            if target.hasSuffix("()") {
                let function = String(target.dropLast(2))
                if table.functions[function] != nil || Builtins.freeFunctions.contains(function) {
                    return "; it is a free function: '\(function)(t…)'"
                }
            } else if members.contains(target) {
                let labels = bound.methods[target].map { "(\(labelsOf($0, receiver: true)))" } ?? ""
                return "; did you mean '\(target)\(labels)'?"
            }
        }
        if let near = nearest(name, in: members) { return "; did you mean '\(near)'?" }
        return ""
    }

    /// `; it takes (shape:) or (shape:key:)` for a call whose labels match no overload, and a
    /// note on Python's `axis=0` when an argument is written that way.
    /// `receiver`: the overloads are methods, whose first parameter is the receiver.
    static func overloadHint(
        _ overloads: [Overload]?, arguments: [(label: String?, expr: ExprSyntax)], receiver: Bool = false
    ) -> String {
        var hint = ""
        if let keyword = arguments.lazy.compactMap({ pythonKeyword($0.expr) }).first {
            hint += "; Swift labels take a colon: write '\(keyword): …', not '\(keyword)=…'"
        }
        if let overloads, !overloads.isEmpty {
            // Overloads that only leave out defaulted arguments of a wider one are not listed.
            let all = overloads.map { Array($0.labels.dropFirst(receiver ? 1 : 0)) }
            var lists: [[String?]] = []
            for labels in all.sorted(by: { $0.count > $1.count })
            where !lists.contains(where: { isSubsequence(labels, of: $0) }) {
                lists.append(labels)
            }
            hint +=
                "; it takes " + lists.prefix(4).map { "(\(labelList($0)))" }.joined(separator: " or ")
                + (lists.count > 4 ? " or …" : "")
            if lists.count < Set(all.map { labelList($0) }).count {
                hint += " (arguments with defaults may be left out)"
            }
        }
        return hint
    }

    /// The hint for a name not in scope, or "".
    static func nameHint(_ name: String, bindings: BindingTable) -> String {
        if let python = pythonNames[name] { return "; \(python)" }
        guard name.count > 2 else { return "" }
        let functions = Set(bindings.functions.keys).union(Builtins.freeFunctions)
        return nearest(name, in: functions).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// A hint for a syntax error on `line` that comes from another language, or nil.
    static func syntaxHint(_ line: Substring) -> String? {
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("import ") && text.contains(" as ") || text.hasPrefix("from ") && text.contains(" import ") {
            return "Python imports do not exist in notes (Swift 'import' lines are ignored); " + numpyHint
        }
        if text.range(of: #"(^|[^A-Za-z0-9_])[fF]""#, options: .regularExpression) != nil {
            return "Swift strings interpolate with \"\\(x)\", not Python's f\"{x}\""
        }
        if text.range(of: #"[A-Za-z0-9_)\]] *@ *[A-Za-z0-9_(]"#, options: .regularExpression) != nil {
            return "the matrix product is written matmul(a, b)"
        }
        if text.range(of: #"\[[^\]]*(^|[\[,]) *:"#, options: .regularExpression) != nil
            || text.range(of: #"\[[^\]]*[0-9] *: *[0-9]"#, options: .regularExpression) != nil
        {
            return "Python slices are not Swift: index with a range, a[1..<3]"
        }
        if text.hasPrefix("def ") { return "functions are declared with 'func name(_ x: Double) -> Double { … }'" }
        if text.contains("**") { return "Swift has no '**': use pow(x, y)" }
        if text.hasPrefix("lambda") || text.contains(" lambda ") { return "closures are written { x in … }" }
        return nil
    }

    /// `axis` when `expr` is Python's keyword argument `axis=0`.
    static func pythonKeyword(_ expr: ExprSyntax) -> String? {
        if let sequence = expr.as(SequenceExprSyntax.self) {
            let elements = Array(sequence.elements)
            if elements.count == 3, elements[1].is(AssignmentExprSyntax.self),
                let name = elements[0].as(DeclReferenceExprSyntax.self)
            {
                return name.baseName.text
            }
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self), infix.operator.is(AssignmentExprSyntax.self),
            let name = infix.leftOperand.as(DeclReferenceExprSyntax.self)
        {
            return name.baseName.text
        }
        return nil
    }

    /// The closest of `candidates` to `name` (edit distance 1 for short names, 2 for longer
    /// ones, ignoring case), or nil.
    static func nearest(_ name: String, in candidates: some Sequence<String>) -> String? {
        let limit = name.count <= 4 ? 1 : 2
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(name.lowercased(), candidate.lowercased())
            if distance <= limit, best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
        }
        return best?.name
    }

    /// The labels of the narrowest of `overloads` (`shape:` for `zeros`, `` for `transposed()`).
    private static func labelsOf(_ overloads: [Overload]?, receiver: Bool = false) -> String {
        guard let overloads, let narrowest = overloads.min(by: { $0.labels.count < $1.labels.count }) else { return "" }
        return labelList(Array(narrowest.labels.dropFirst(receiver ? 1 : 0)))
    }

    private static func isSubsequence(_ small: [String?], of large: [String?]) -> Bool {
        var index = large.startIndex
        for label in small {
            guard let found = large[index...].firstIndex(where: { $0 == label }) else { return false }
            index = found + 1
        }
        return true
    }

    private static func labelList(_ labels: [String?]) -> String {
        labels.map { ($0 ?? "_") + ":" }.joined()
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
