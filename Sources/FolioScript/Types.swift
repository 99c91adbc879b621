/// The static type of a lowered expression.
///
/// Folio types every expression once, at lowering, so that the evaluator never guesses:
/// integer literals take the type their context asks for and `Int`/`Double` never mix
/// without an explicit conversion, as in Swift.
indirect enum ScriptType: Equatable, CustomStringConvertible {
    case int
    /// `Int8`…`Int64`, `UInt`, `UInt8`…`UInt64` (see `IntegerKind`).
    case fixedInt(IntegerKind)
    case double
    /// `Float` (binary32; see `Float32Box`).
    case float
    case bool
    case string
    case character
    case void
    case array(ScriptType)
    /// `Range<T>` (half-open) or `ClosedRange<T>`.
    case range(ScriptType, closed: Bool)
    /// `StrideTo<T>` or `StrideThrough<T>`.
    case stride(ScriptType, through: Bool)
    /// `T?`.
    case optional(ScriptType)
    /// `(T, U)` or `(a: T, b: U)`; labels are `nil` where absent.
    case tuple([ScriptType], labels: [String?])
    /// `[K: V]`.
    case dictionary(ScriptType, ScriptType)
    /// `Set<T>`.
    case set(ScriptType)
    /// `(T, U) -> R` (`throws` is not tracked).
    case function([ScriptType], ScriptType)
    /// A struct, enum, class or protocol declared in the note, or a builtin type registered in
    /// `BuiltinRegistry`.
    case named(TypeInfo)
    /// `any Error`.
    case error
    /// `nil` before the context gives it a type.
    case nilLiteral
    /// `T.Type`, `any P.Type`: a metatype, whose values are the type's name at run time
    /// (`Metatypes.swift`).
    case metatype(ScriptType)

    static func == (lhs: ScriptType, rhs: ScriptType) -> Bool {
        switch (lhs, rhs) {
        case (.int, .int), (.double, .double), (.float, .float), (.bool, .bool), (.string, .string),
            (.character, .character),
            (.void, .void), (.error, .error), (.nilLiteral, .nilLiteral):
            return true
        case (.fixedInt(let a), .fixedInt(let b)): return a == b
        case (.array(let a), .array(let b)), (.optional(let a), .optional(let b)), (.set(let a), .set(let b)),
            (.metatype(let a), .metatype(let b)):
            return a == b
        case (.range(let a, let c), .range(let b, let d)): return a == b && c == d
        case (.stride(let a, let c), .stride(let b, let d)): return a == b && c == d
        case (.tuple(let a, _), .tuple(let b, _)): return a == b
        case (.dictionary(let a, let c), .dictionary(let b, let d)): return a == b && c == d
        case (.function(let a, let c), .function(let b, let d)): return a == b && c == d
        case (.named(let a), .named(let b)): return a === b
        default: return false
        }
    }

    var description: String {
        switch self {
        case .int: "Int"
        case .fixedInt(let kind): kind.rawValue
        case .double: "Double"
        case .float: "Float"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .void: "()"
        case .array(let element): "[\(element)]"
        case .range(let bound, let closed): closed ? "ClosedRange<\(bound)>" : "Range<\(bound)>"
        case .stride(let bound, let through): through ? "StrideThrough<\(bound)>" : "StrideTo<\(bound)>"
        case .optional(let wrapped):
            if case .function = wrapped { "(\(wrapped))?" } else { "\(wrapped)?" }
        case .tuple(let elements, let labels):
            "(" + zip(elements, labels).map { ($1.map { "\($0): " } ?? "") + $0.description }.joined(separator: ", ")
                + ")"
        case .dictionary(let key, let value): "[\(key): \(value)]"
        case .set(let element): "Set<\(element)>"
        case .function(let parameters, let result):
            "(" + parameters.map(\.description).joined(separator: ", ") + ") -> \(result)"
        case .named(let info): info.name
        case .error: "any Error"
        case .nilLiteral: "nil"
        case .metatype(let base): "\(base).Type"
        }
    }

    var isNumeric: Bool { self == .int || self == .double }

    /// Whether values of the type can be compared with `<`.
    var isComparable: Bool {
        switch self {
        case .int, .double, .float, .string, .character, .fixedInt: true
        case .tuple(let elements, _): elements.allSatisfy(\.isComparable)
        case .named(let info): info.kind == .enumType && info.conforms("Comparable")
        default: false
        }
    }

    /// Whether values of the type can be compared with `==`.
    var isEquatable: Bool {
        switch self {
        case .int, .double, .float, .bool, .string, .character, .fixedInt, .metatype: true
        case .array(let element), .set(let element), .optional(let element): element.isEquatable
        case .range(let bound, _): bound.isEquatable
        case .tuple(let elements, _): elements.allSatisfy(\.isEquatable)
        case .dictionary(let key, let value): key.isEquatable && value.isEquatable
        case .named(let info):
            info.kind == .enumType
                ? (info.cases.allSatisfy { $0.payload.isEmpty } || info.conforms("Equatable"))
                : info.kind == .structType && (info.conforms("Equatable") || info.conforms("Hashable"))
        case .void, .stride, .function, .error, .nilLiteral: false
        }
    }

    var isHashable: Bool {
        switch self {
        case .int, .double, .float, .bool, .string, .character, .fixedInt: true
        case .tuple: false
        case .named: isEquatable
        case .optional(let wrapped): wrapped.isHashable
        default: isEquatable
        }
    }

    /// Whether the type is an array (slices of arrays are arrays in notes).
    var isArray: Bool {
        if case .array = self { return true }
        return false
    }

    var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The element type when the type can be iterated with `for-in`.
    var sequenceElement: ScriptType? {
        switch self {
        case .array(let element), .set(let element): element
        case .range(.int, _): .int
        case .stride(let bound, _): bound
        case .string: .character
        case .dictionary(let key, let value): .tuple([key, value], labels: ["key", "value"])
        case .named: arraySliceElement
        default: nil
        }
    }

    /// Whether a value of this type can be used where `target` is expected, as is.
    func isConvertible(to target: ScriptType) -> Bool {
        if self == target { return true }
        if case .named(let proto) = target, proto.kind == .protocolType, proto.name == "Any" {
            return self != .void && self != .nilLiteral
        }
        if case .named(let info) = self, case .named(let proto) = target, proto.kind == .protocolType {
            return info.conforms(proto.name)
        }
        if case .named(let info) = self, target == .error { return info.conforms("Error") }
        if case .metatype(let from) = self, case .metatype(let to) = target { return from.isConvertible(to: to) }
        if case .named(let info) = self, case .named(let base) = target, info.kind == .classType {
            return info.isSubclass(of: base)
        }
        return false
    }
}

extension ScriptType {
    /// The standard scalar type a note names `name` (`Int`, `Double`, `Float`/`Float32`, `Bool`,
    /// `String`, `Character`): one table for type annotations and for type expressions (`Int(x)`,
    /// `[Double]()`).
    static func standardScalar(named name: String) -> ScriptType? {
        switch name {
        case "Int": .int
        case "Double": .double
        case "Float", "Float32": .float
        case "Bool": .bool
        case "String": .string
        case "Character": .character
        default: nil
        }
    }
}
