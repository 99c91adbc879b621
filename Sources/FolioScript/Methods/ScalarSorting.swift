/// Sorts an array of `Double`s or `Int`s as what they are (8-byte values that copy without a
/// case test), with the note's comparator `function`: the comparisons, and so the order, are
/// exactly the ones sorting the array of `Value`s makes; moving 24-byte enums cost a fifth of
/// `sort`'s time, and a one-expression comparator is asked for its unboxed `Bool`.
func sortScalars(
    _ values: inout [Value], _ element: ScriptType, by function: Value, invoke: ClosureCaller, at: SourceLoc
) throws {
    switch element {
    case .double:
        try sortUnboxed(&values, unbox: { try doubleValue($0, at) }, box: Value.double, by: function, invoke: invoke)
    case .int:
        try sortUnboxed(&values, unbox: { try intValue($0, at) }, box: Value.int, by: function, invoke: invoke)
    default:
        try values.sort(by: try invoke.comparator(function))
    }
}

/// Sorts `values` as the scalars `unbox` takes out of them, boxing each back with `box` for the
/// comparator and the result. `box` must make a value that holds no reference: a hoisted
/// comparator's arguments are overwritten without being released (``HoistedCall/orders(scalars:_:)``).
/// Inlined into each case, so that every scalar type gets its own specialised sort.
@inline(__always)
private func sortUnboxed<Scalar>(
    _ values: inout [Value], unbox: (Value) throws -> Scalar, box: (Scalar) -> Value, by function: Value,
    invoke: ClosureCaller
) throws {
    var scalars = try values.map(unbox)
    if let hoisted = invoke.hoisted(function) {
        try scalars.sort { try hoisted.orders(scalars: box($0), box($1)) }
    } else {
        let areInIncreasingOrder = try invoke.comparator(function)
        try scalars.sort { try areInIncreasingOrder(box($0), box($1)) }
    }
    values = scalars.map(box)
}
