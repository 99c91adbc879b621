import SwiftSyntax

/// Sorts an array of `Double`s or `Int`s as what they are (8-byte values that copy without a
/// case test), with the note's comparator `function`: the comparisons, and so the order, are
/// exactly the ones sorting the array of `Value`s makes; moving 24-byte enums cost a fifth of
/// `sort`'s time, and a one-expression comparator is asked for its unboxed `Bool`.
///
/// A comparator that is one standard comparison of its two parameters (`order`) is not called:
/// the standard library's sort with that operator makes the same comparisons, in the same
/// order, and so gives the same result (sort 0.5×).
func sortScalars(
    _ values: inout [Value], _ element: ScriptType, by function: Value, order: ScalarOrder? = nil,
    invoke: ClosureCaller, at: SourceLoc
) throws {
    switch (element, order) {
    case (.double, let order?):
        var scalars = try values.map { try doubleValue($0, at) }
        order.sort(&scalars)
        values = scalars.map { .double($0) }
    case (.int, let order?):
        var scalars = try values.map { try intValue($0, at) }
        order.sort(&scalars)
        values = scalars.map { .int($0) }
    case (.double, nil): try sortUnboxed(&values, as: Double.self, by: function, invoke: invoke, at: at)
    case (.int, nil): try sortUnboxed(&values, as: Int.self, by: function, invoke: invoke, at: at)
    default: try values.sort(by: try invoke.comparator(function))
    }
}

/// One of the standard comparisons a comparator can be: `{ $0 > $1 }`, `{ a, b in a < b }`, `>`.
enum ScalarOrder {
    case less, greater, lessOrEqual, greaterOrEqual

    /// The order of comparison operator `op`, or nil.
    init?(_ op: String) {
        switch op {
        case "<": self = .less
        case ">": self = .greater
        case "<=": self = .lessOrEqual
        case ">=": self = .greaterOrEqual
        default: return nil
        }
    }

    /// The order with the operands swapped (`$1 < $0` is `$0 > $1`).
    var reversed: ScalarOrder {
        switch self {
        case .less: .greater
        case .greater: .less
        case .lessOrEqual: .greaterOrEqual
        case .greaterOrEqual: .lessOrEqual
        }
    }

    /// `scalars` sorted by this comparison, by the standard library's sort.
    func sort<Scalar: Comparable>(_ scalars: inout [Scalar]) {
        switch self {
        case .less: scalars.sort(by: <)
        case .greater: scalars.sort(by: >)
        case .lessOrEqual: scalars.sort(by: <=)
        case .greaterOrEqual: scalars.sort(by: >=)
        }
    }
}

extension Lowerer {
    /// The standard comparison the comparator `expr` is nothing but, on `Int`s or `Double`s:
    /// an operator (`sorted(by: >)`) or a closure whose one expression compares its two
    /// parameters (`{ $0 > $1 }`, `{ a, b in b < a }`), where the note declares no operator of
    /// that name. Nil for any other comparator.
    func standardOrder(of expr: ExprSyntax, element: ScriptType) -> ScalarOrder? {
        guard element == .int || element == .double else { return nil }
        let isStandard: (String) -> Bool = { op in
            self.globals.functions[op] == nil
                && self.globals.extensions.values.allSatisfy { $0.methods[op] == nil && $0.staticMethods[op] == nil }
        }
        if let reference = expr.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil {
            let op = reference.baseName.text
            return isStandard(op) ? ScalarOrder(op) : nil
        }
        guard let closure = expr.as(ClosureExprSyntax.self), closure.statements.count == 1,
            let only = closure.statements.first, case .expr(let body) = only.item,
            let infix = body.as(InfixOperatorExprSyntax.self),
            let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, isStandard(op),
            let order = ScalarOrder(op),
            let left = infix.leftOperand.as(DeclReferenceExprSyntax.self)?.baseName.text,
            let right = infix.rightOperand.as(DeclReferenceExprSyntax.self)?.baseName.text
        else { return nil }
        var names = ["$0", "$1"]
        if let signature = closure.signature {
            guard signature.capture == nil, signature.attributes.isEmpty, signature.effectSpecifiers == nil,
                signature.returnClause == nil, case .simpleInput(let list)? = signature.parameterClause,
                list.count == 2
            else { return nil }
            names = list.map(\.name.text)
        }
        if [left, right] == names { return order }
        if [right, left] == names { return order.reversed }
        return nil
    }
}

/// A scalar an array of `Value`s can be sorted as: taken out of its case, and put back in a case
/// that holds no reference (a hoisted comparator's arguments are overwritten without being
/// released: ``HoistedCall/orders(scalars:_:)``).
private protocol UnboxedScalar {
    /// The scalar `value` holds (another case is an internal error at `at`).
    static func unboxed(_ value: Value, at: SourceLoc) throws -> Self
    /// The scalar as a `Value`.
    var boxed: Value { get }
}

extension Double: UnboxedScalar {
    fileprivate static func unboxed(_ value: Value, at: SourceLoc) throws -> Double { try doubleValue(value, at) }
    fileprivate var boxed: Value { .double(self) }
}

extension Int: UnboxedScalar {
    fileprivate static func unboxed(_ value: Value, at: SourceLoc) throws -> Int { try intValue(value, at) }
    fileprivate var boxed: Value { .int(self) }
}

/// Sorts `values` as `Scalar`s, boxing each back for the comparator and the result; specialised
/// for each scalar type (a version taking the boxing as closures called them per comparison:
/// `sort` 1.43× slower).
private func sortUnboxed<Scalar: UnboxedScalar>(
    _ values: inout [Value], as _: Scalar.Type, by function: Value, invoke: ClosureCaller, at: SourceLoc
) throws {
    var scalars = try values.map { try Scalar.unboxed($0, at: at) }
    if let hoisted = invoke.hoisted(function) {
        try scalars.sort { try hoisted.orders(scalars: $0.boxed, $1.boxed) }
    } else {
        let areInIncreasingOrder = try invoke.comparator(function)
        try scalars.sort { try areInIncreasingOrder($0.boxed, $1.boxed) }
    }
    values = scalars.map(\.boxed)
}
