import SwiftSyntax

/// One-sided ranges of any comparable type as values (`..<"n"`, `...15.5` of a `Float`,
/// `20.5...`), and `range ~= value`. An `Int` or `Double` `..<n` is a `Range` from the type's
/// smallest value, as before; the others are Swift's `PartialRangeUpTo` and
/// `PartialRangeThrough`, written in Swift (`StandardSequences.swift` declares them the first
/// time a note makes one); `n...` is a `PartialRangeFrom`, which counts only for integers.
extension Lowerer {
    /// `PartialRangeUpTo`, as the standard library defines it (less its `relative(to:)`).
    static let partialRangeUpToSource = """
        struct PartialRangeUpTo<Bound>: CustomStringConvertible {
            let upperBound: Bound
            init(__upperBound: Bound) {
                upperBound = __upperBound
            }
            func contains(_ element: Bound) -> Bool { element < upperBound }
            var description: String {
                "PartialRangeUpTo<\\(Bound.self)>(upperBound: \\(String("\\([upperBound])".dropFirst().dropLast())))"
            }
        }
        """

    /// `PartialRangeThrough`, as the standard library defines it.
    static let partialRangeThroughSource = """
        struct PartialRangeThrough<Bound>: CustomStringConvertible {
            let upperBound: Bound
            init(__upperBound: Bound) {
                upperBound = __upperBound
            }
            func contains(_ element: Bound) -> Bool { element <= upperBound }
            var description: String {
                "PartialRangeThrough<\\(Bound.self)>(upperBound: \\(String("\\([upperBound])".dropFirst().dropLast())))"
            }
        }
        """

    /// `..<x` or `...x` as a value when `x` is comparable but not an `Int` or a `Double`.
    func partialRangeTo(_ prefix: PrefixOperatorExprSyntax, bound: ScriptType) throws -> Typed? {
        guard bound.isComparable || conforms(bound, to: "Comparable") else { return nil }
        let name = prefix.operator.text == "..." ? "PartialRangeThrough" : "PartialRangeUpTo"
        declareStandardSequence(name)
        var source = MappedSource()
        source.append("{ \(name)<\(bound)>(__upperBound: ", standingFor: prefix)
        source.append(copying: prefix.expression)
        source.append(") }", standingFor: prefix)
        return try invokedSynthesized(source, call: prefix)
    }

    /// `range ~= value`: whether a range (closed, half-open or one-sided) contains the value.
    func patternMatchOperator(_ infix: InfixOperatorExprSyntax) throws -> Typed? {
        let range = try lower(infix.leftOperand, expected: nil)
        let bound: ScriptType
        switch range.type {
        case .range(let type, _): bound = type
        case .named(let info)
        where ["PartialRangeFrom", "PartialRangeUpTo", "PartialRangeThrough"].contains(info.genericOrigin ?? ""):
            guard let type = info.genericArguments.first else { return nil }
            bound = type
        default: return nil
        }
        let value = try convert(
            try lower(infix.rightOperand, expected: bound), to: bound,
            "cannot convert value of type $A to expected argument type $E", infix.rightOperand)
        let source = "{ (__range: \(range.type), __value: \(bound)) -> Bool in __range.contains(__value) }"
        guard let test = try lowerSynthesizedClosure(source, expected: nil, at: loc(infix)) else { return nil }
        let (testEval, rangeEval, valueEval) = (test.eval, range.eval, value.eval)
        let at = loc(infix)
        return Typed(type: .bool) { frame in
            guard case .function(let closure) = try testEval(frame) else {
                throw ScriptError(.internalError("no range test"), at: at)
            }
            return try closure.invoke([try rangeEval(frame), try valueEval(frame)])
        }
    }
}
