/// Sorts an array of `Double`s or `Int`s as what they are (8-byte values that copy without a
/// case test), with the note's comparator `function`: the comparisons, and so the order, are
/// exactly the ones sorting the array of `Value`s makes; moving 24-byte enums cost a fifth of
/// `sort`'s time, and a one-expression comparator is asked for its unboxed `Bool`.
func sortScalars(
    _ values: inout [Value], _ element: ScriptType, by function: Value, invoke: ClosureCaller, at: SourceLoc
) throws {
    switch element {
    case .double: try sortUnboxed(&values, as: Double.self, by: function, invoke: invoke, at: at)
    case .int: try sortUnboxed(&values, as: Int.self, by: function, invoke: invoke, at: at)
    default: try values.sort(by: try invoke.comparator(function))
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
