/// Sorts an array of `Double`s or `Int`s as what they are (8-byte values that copy without a
/// case test), with the note's comparator `function`: the comparisons, and so the order, are
/// exactly the ones sorting the array of `Value`s makes; moving 24-byte enums cost a fifth of
/// `sort`'s time, and a one-expression comparator is asked for its unboxed `Bool`.
func sortScalars(
    _ values: inout [Value], _ element: ScriptType, by function: Value, invoke: ClosureCaller, at: SourceLoc
) throws {
    let hoisted = invoke.hoisted(function)
    switch element {
    case .double:
        var scalars = try values.map { try doubleValue($0, at) }
        if let hoisted {
            try scalars.sort { try hoisted.orders($0, $1) }
        } else {
            let areInIncreasingOrder = try invoke.comparator(function)
            try scalars.sort { try areInIncreasingOrder(.double($0), .double($1)) }
        }
        values = scalars.map(Value.double)
    case .int:
        var scalars = try values.map { try intValue($0, at) }
        if let hoisted {
            try scalars.sort { try hoisted.orders($0, $1) }
        } else {
            let areInIncreasingOrder = try invoke.comparator(function)
            try scalars.sort { try areInIncreasingOrder(.int($0), .int($1)) }
        }
        values = scalars.map(Value.int)
    default:
        try values.sort(by: try invoke.comparator(function))
    }
}
