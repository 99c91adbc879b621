import SwiftSyntax

extension Lowerer {
    /// Methods of `Int` and `Double` (`squareRoot`, `rounded(_:)`, `isMultiple(of:)`, the
    /// overflow-reporting arithmetic), and the first methods of strings, arrays and ranges,
    /// which predate their families' tables and are tried after them. The last resort of
    /// `instanceMethodCall`: a method that is not here is reported, with a suggestion.
    func scalarMethod(_ site: MethodCallSite) throws -> Typed {
        let name = site.name
        let labels = site.labels
        let exprs = site.exprs
        let at = site.at
        let node = site.node
        let base = site.base
        if base.type == .double, let method = try floatingPointMethod(site, Double.self) { return method }
        if base.type == .float, let method = try floatingPointMethod(site, Float.self) { return method }
        if let method = try comparableMethod(site) { return method }
        switch (base.type, name, labels) {
        case (.double, "isApproximatelyEqual", ["to"]):
            return site.method(.bool, try argument(exprs[0], .double)) {
                .bool(Operators.approximatelyEqual(try doubleValue($0, at), try doubleValue($1, at)))
            }
        case (.int, "isMultiple", ["of"]):
            return site.method(.bool, try argument(exprs[0], .int)) {
                .bool(try intValue($0, at).isMultiple(of: intValue($1, at)))
            }
        case (.int, "signum", []):
            return site.method(.int) { .int(try intValue($0, at).signum()) }
        case (.int, "quotientAndRemainder", ["dividingBy"]):
            let result = ScriptType.tuple([.int, .int], labels: ["quotient", "remainder"])
            return site.method(result, try argument(exprs[0], .int)) { receiver, operand in
                let a = try intValue(receiver, at)
                let b = try intValue(operand, at)
                if b == 0 { throw ScriptError(.divisionByZero, at: at) }
                if a == .min && b == -1 { throw ScriptError(.arithmeticOverflow, at: at) }
                let (q, r) = a.quotientAndRemainder(dividingBy: b)
                return .tuple([.int(q), .int(r)], labels: ["quotient", "remainder"])
            }
        case (.range(.int, let closed), "reversed", []):
            return site.method(.array(.int)) { value in
                guard case .range(let box) = value else { throw mismatch(value, "Range", at) }
                let lower = try intValue(box.lower, at)
                let upper = try intValue(box.upper, at) - (closed ? 0 : 1)
                return .array(upper < lower ? [] : (lower...upper).reversed().map { .int($0) })
            }
        case (.int, "addingReportingOverflow", [nil]), (.int, "subtractingReportingOverflow", [nil]),
            (.int, "multipliedReportingOverflow", ["by"]), (.int, "dividedReportingOverflow", ["by"]),
            (.int, "remainderReportingOverflow", ["dividingBy"]):
            let result = ScriptType.tuple([.int, .bool], labels: ["partialValue", "overflow"])
            return site.method(result, try argument(exprs[0], .int)) { receiver, operand in
                let a = try intValue(receiver, at)
                let b = try intValue(operand, at)
                let (value, overflow): (Int, Bool)
                switch name {
                case "addingReportingOverflow": (value, overflow) = a.addingReportingOverflow(b)
                case "subtractingReportingOverflow": (value, overflow) = a.subtractingReportingOverflow(b)
                case "multipliedReportingOverflow": (value, overflow) = a.multipliedReportingOverflow(by: b)
                case "dividedReportingOverflow": (value, overflow) = a.dividedReportingOverflow(by: b)
                default: (value, overflow) = a.remainderReportingOverflow(dividingBy: b)
                }
                return .tuple([.int(value), .bool(overflow)], labels: ["partialValue", "overflow"])
            }
        case (.string, "uppercased", []):
            return site.method(.string) { .string(try stringValue($0, at).uppercased()) }
        case (.string, "lowercased", []):
            return site.method(.string) { .string(try stringValue($0, at).lowercased()) }
        case (.string, "hasPrefix", [nil]):
            return site.method(.bool, try argument(exprs[0], .string)) {
                .bool(try stringValue($0, at).hasPrefix(stringValue($1, at)))
            }
        case (.string, "hasSuffix", [nil]):
            return site.method(.bool, try argument(exprs[0], .string)) {
                .bool(try stringValue($0, at).hasSuffix(stringValue($1, at)))
            }
        case (.array(let element), "contains", [nil]) where element.isEquatable:
            return site.method(.bool, try argument(exprs[0], element)) { array, value in
                .bool(try arrayValue(array, at).contains { $0.isEqual(to: value) })
            }
        case (.array(let element), "sorted", []) where element.isComparable:
            return site.method(base.type) { .array(try arrayValue($0, at).sorted(by: Builtins.less)) }
        case (.array, "reversed", []):
            return site.method(base.type) { .array(try arrayValue($0, at).reversed()) }
        case (.array, "shuffled", []):
            let context = self.context
            return site.method(base.type) { .array(try arrayValue($0, at).shuffled(using: &context.stream)) }
        case (.array(.string), "joined", _) where labels == [] || labels == ["separator"]:
            let separator =
                try labels.isEmpty ? Typed(type: .string, eval: { _ in .string("") }) : argument(exprs[0], .string)
            return site.method(.string, separator) { array, separator in
                .string(
                    try arrayValue(array, at).map { try stringValue($0, at) }.joined(
                        separator: stringValue(separator, at)))
            }
        case (.range(let bound, _), "contains", [nil]):
            return site.method(.bool, try argument(exprs[0], bound)) { range, value in
                guard case .range(let box) = range else { throw mismatch(range, "Range", at) }
                let above = Operators.lessOrEqual(box.lower, value)
                let below = box.closed ? Operators.lessOrEqual(value, box.upper) : Builtins.less(value, box.upper)
                return .bool(above && below)
            }
        case (.array, "min", []), (.array, "max", []), (.array, "randomElement", []), (.array, "firstIndex", _):
            throw error("'\(name)' returns an optional; optionals are not supported yet", node, id: .unsupportedFeature)
        case (.array, "map", _), (.array, "filter", _), (.array, "reduce", _), (.array, "forEach", _):
            throw error("'\(name)' needs a closure; closures are not supported yet", node, id: .unsupportedFeature)
        default:
            throw error(noMethod(of: base.type, name, labels, inNotesYet: true), node)
        }
    }
}

extension Lowerer {
    /// The methods `Double` and `Float` share, one table for both: `squareRoot()`, `rounded()`,
    /// `rounded(.down)`, `truncatingRemainder(dividingBy:)`, `remainder(dividingBy:)` on a value
    /// of static type `F` (nil for another method). Each is done by Swift's own type of that
    /// width. `F`'s `read` and `scriptValue` are static requirements, not closures passed in, so the
    /// specialisation for each type calls them directly.
    func floatingPointMethod<F: ScriptFloatingPoint>(_ site: MethodCallSite, _: F.Type) throws -> Typed? {
        let at = site.at
        let exprs = site.exprs
        switch (site.name, site.labels) {
        case ("squareRoot", []):
            return site.method(F.scriptType) { try F.read($0, at).squareRoot().scriptValue }
        case ("rounded", []):
            return site.method(F.scriptType) { try F.read($0, at).rounded().scriptValue }
        case ("rounded", [nil]):
            let rule = try roundingRule(exprs[0])
            return site.method(F.scriptType) { try F.read($0, at).rounded(rule).scriptValue }
        case ("truncatingRemainder", ["dividingBy"]):
            return site.method(F.scriptType, try argument(exprs[0], F.scriptType)) {
                try F.read($0, at).truncatingRemainder(dividingBy: F.read($1, at)).scriptValue
            }
        case ("remainder", ["dividingBy"]):
            return site.method(F.scriptType, try argument(exprs[0], F.scriptType)) {
                try F.read($0, at).remainder(dividingBy: F.read($1, at)).scriptValue
            }
        default:
            return nil
        }
    }

    /// The rounding rule written as `rounded(.down)`'s argument (`Double` and `Float` alike).
    func roundingRule(_ expr: ExprSyntax) throws -> FloatingPointRoundingRule {
        switch expr.as(MemberAccessExprSyntax.self)?.declName.baseName.text {
        case "up": .up
        case "down": .down
        case "towardZero": .towardZero
        case "awayFromZero": .awayFromZero
        case "toNearestOrEven": .toNearestOrEven
        case "toNearestOrAwayFromZero": .toNearestOrAwayFromZero
        default: throw error("expected a rounding rule such as .down", expr, id: .invalidArgument)
        }
    }
}

/// A floating-point type of notes (`Double`, `Float`): its static type and how its values are
/// stored in a `Value`, for the methods they share (``Lowerer/floatingPointMethod(_:_:)``).
protocol ScriptFloatingPoint: FloatingPoint {
    /// The type notes see.
    static var scriptType: ScriptType { get }
    /// The value a `Value` of this static type holds.
    static func read(_ value: Value, _ loc: SourceLoc) throws -> Self
    /// The value as a `Value`.
    var scriptValue: Value { get }
}

extension Double: ScriptFloatingPoint {
    static var scriptType: ScriptType { .double }
    @inline(__always) static func read(_ value: Value, _ loc: SourceLoc) throws -> Double {
        try doubleValue(value, loc)
    }
    var scriptValue: Value { .double(self) }
}

extension Float: ScriptFloatingPoint {
    static var scriptType: ScriptType { .float }
    @inline(__always) static func read(_ value: Value, _ loc: SourceLoc) throws -> Float { try floatValue(value, loc) }
    var scriptValue: Value { .float32(self) }
}
