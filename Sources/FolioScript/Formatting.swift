/// Formatting of values exactly as compiled Swift prints them.
///
/// `Double` uses Swift's own `description` (shortest round-trip: `0.30000000000000004`,
/// `1e-05`, `100.0`); collections format their elements with `debugDescription`, so strings
/// inside arrays are quoted and escaped, as `print(["a"])` does.
extension Value {
    /// `String(describing:)`: what `print` and string interpolation write.
    var formatted: String {
        switch self {
        case .void: "()"
        case .int(let x): x.description
        case .double(let x): x.description
        case .bool(let x): x.description
        case .string(let x): x
        case .array(let elements): "[" + elements.map(\.debugFormatted).joined(separator: ", ") + "]"
        case .range(let box):
            box.lower.formatted + (box.closed ? "..." : "..<") + box.upper.formatted
        case .stride(let box):
            (box.through ? "StrideThrough" : "StrideTo") + "<\(box.start.typeName)>(_start: "
                + box.start.formatted + ", _end: " + box.end.formatted + ", _stride: "
                + box.step.formatted + ")"
        }
    }

    /// `String(reflecting:)`: how a value appears inside a collection.
    var debugFormatted: String {
        switch self {
        case .string(let x): x.debugDescription
        case .range(let box):
            box.lower.debugFormatted + (box.closed ? "..." : "..<") + box.upper.debugFormatted
        default: formatted
        }
    }

    /// How a check shows a sub-expression's value: like `debugFormatted`, so that an empty or
    /// blank string is visible.
    var checkFormatted: String { debugFormatted }

    private var typeName: String {
        switch self {
        case .int: "Int"
        case .double: "Double"
        default: "?"
        }
    }
}
