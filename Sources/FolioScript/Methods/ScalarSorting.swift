/// Sorts an array of `Double`s or `Int`s as what they are (8-byte values that copy without a
/// case test), with the note's comparator: the comparisons, and so the order, are exactly the
/// ones sorting the array of `Value`s makes; moving 24-byte enums cost a fifth of `sort`'s time.
func sortScalars(
    _ values: inout [Value], _ element: ScriptType, by areInIncreasingOrder: (Value, Value) throws -> Bool,
    at: SourceLoc
) throws {
    switch element {
    case .double:
        var scalars = try values.map { try doubleValue($0, at) }
        try scalars.sort { try areInIncreasingOrder(.double($0), .double($1)) }
        values = scalars.map(Value.double)
    case .int:
        var scalars = try values.map { try intValue($0, at) }
        try scalars.sort { try areInIncreasingOrder(.int($0), .int($1)) }
        values = scalars.map(Value.int)
    default:
        try values.sort(by: areInIncreasingOrder)
    }
}
