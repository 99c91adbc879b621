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
        case .character(let x): String(x)
        case .array(let elements): "[" + elements.map(\.debugFormatted).joined(separator: ", ") + "]"
        case .range(let box):
            box.lower.formatted + (box.closed ? "..." : "..<") + box.upper.formatted
        case .stride(let box):
            (box.through ? "StrideThrough" : "StrideTo") + "<\(box.start.typeName)>(_start: "
                + box.start.formatted + ", _end: " + box.end.formatted + ", _stride: "
                + box.step.formatted + ")"
        case .null: "nil"
        case .someBoxed, .someObject, .someInt, .someDouble:
            "Optional(" + (wrapped?.debugFormatted ?? "") + ")"
        case .tuple(let elements, let labels):
            "("
                + elements.enumerated().map { index, element in
                    (labels?[index].map { "\($0): " } ?? "") + element.debugFormatted
                }.joined(separator: ", ") + ")"
        case .dictionary(let box):
            box.count == 0
                ? "[:]"
                : "["
                    + zip(box.keys, box.values).map { $0.debugFormatted + ": " + $1.debugFormatted }.joined(
                        separator: ", ") + "]"
        case .set(let box): "[" + box.elements.map(\.debugFormatted).joined(separator: ", ") + "]"
        case .function: "(Function)"
        case .record(let record, let fields):
            if let hook = record.info.printHook, let text = try? hook(self) {
                text
            } else {
                record.info.name + "("
                    + zip(record.info.fields, fields).map { "\($0.name): \($1.debugFormatted)" }.joined(separator: ", ")
                    + ")"
            }
        case .object(let object):
            if let hook = object.type.printHook, let text = try? hook(self) {
                text
            } else {
                Value.moduleName + "." + object.type.reflectedName
            }
        case .enumCase(let box):
            if let hook = box.type.printHook, let text = try? hook(self) { text } else { box.defaultDescription }
        case .native(let object): (object as? CustomStringConvertible)?.description ?? "\(object)"
        }
    }

    /// The module name compiled Swift prefixes to type names in `String(reflecting:)` (the
    /// conformance suite compiles with `-module-name Conformance`).
    static let moduleName = "Conformance"

    /// `String(reflecting:)`: how a value appears inside a collection.
    var debugFormatted: String {
        switch self {
        case .string(let x): x.debugDescription
        case .character(let x): x.debugDescription
        case .range(let box):
            box.lower.debugFormatted + (box.closed ? "..." : "..<") + box.upper.debugFormatted
        case .enumCase(let box):
            if let hook = box.type.reflectingHook, let text = try? hook(self) {
                text
            } else {
                Value.moduleName + "." + box.type.reflectedName + "." + box.defaultDescription
            }
        case .record(let record, _):
            if let hook = record.info.reflectingHook, let text = try? hook(self) {
                text
            } else {
                Value.moduleName + "."
                    + (record.info.qualifiedName.map { String($0.dropLast(record.info.name.count)) } ?? "")
                    + formatted
            }
        case .object(let object):
            if let hook = object.type.reflectingHook, let text = try? hook(self) { text } else { formatted }
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

extension EnumBox {
    var defaultDescription: String {
        let info = type.cases[tag]
        if payload.isEmpty { return info.name }
        return info.name + "("
            + payload.enumerated().map { index, value in
                (info.labels[index].map { "\($0): " } ?? "") + value.debugFormatted
            }.joined(separator: ", ") + ")"
    }
}
