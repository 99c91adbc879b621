/// The static type of a lowered expression.
///
/// Folio types every expression once, at lowering, so that the evaluator never guesses:
/// integer literals take the type their context asks for and `Int`/`Double` never mix
/// without an explicit conversion, as in Swift.
indirect enum ScriptType: Equatable, CustomStringConvertible {
    case int
    case double
    case bool
    case string
    case void
    case array(ScriptType)
    /// `Range<T>` (half-open) or `ClosedRange<T>`.
    case range(ScriptType, closed: Bool)
    /// `StrideTo<T>` or `StrideThrough<T>`.
    case stride(ScriptType, through: Bool)

    var description: String {
        switch self {
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .void: "()"
        case .array(let element): "[\(element)]"
        case .range(let bound, let closed): closed ? "ClosedRange<\(bound)>" : "Range<\(bound)>"
        case .stride(let bound, let through): through ? "StrideThrough<\(bound)>" : "StrideTo<\(bound)>"
        }
    }

    var isNumeric: Bool { self == .int || self == .double }

    /// Whether values of the type can be compared with `<`.
    var isComparable: Bool { self == .int || self == .double || self == .string }

    /// Whether values of the type can be compared with `==`.
    var isEquatable: Bool {
        switch self {
        case .int, .double, .bool, .string: true
        case .array(let element): element.isEquatable
        case .range(let bound, _): bound.isEquatable
        case .void, .stride: false
        }
    }

    /// The element type when the type can be iterated with `for-in`.
    var sequenceElement: ScriptType? {
        switch self {
        case .array(let element): element
        case .range(.int, _): .int
        case .stride(let bound, _): bound
        default: nil
        }
    }
}
