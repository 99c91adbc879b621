import SwiftSyntax

/// `type(of: x)`, as it is used in notes: printed or interpolated (`Int`, `Array<String>`,
/// `Optional<Double>`, `Circle`), or compared with another `type(of:)`.
///
/// Folio has no metatype values: the result is the type's name as Swift prints the metatype
/// (generic spelling, `Array<Int>` rather than `[Int]`). A statically known type is named at
/// lowering; a class instance, an existential (`any Shape`, `Any`) or an error is named by
/// the value's dynamic type when the program runs, as Swift does.
extension Lowerer {
    func typeOf(_ call: FunctionCallExprSyntax) throws -> Typed {
        guard call.arguments.count == 1, let only = call.arguments.first, only.label?.text == "of" else {
            throw error(.missingArgumentLabel("of", callee: "type"), call)
        }
        let operand = try lower(only.expression, expected: nil)
        let eval = operand.eval
        let staticName = Self.metatypeName(operand.type)
        let isDynamic: Bool =
            switch operand.type {
            case .named(let info): info.kind == .classType || info.kind == .protocolType
            case .error: true
            default: false
            }
        guard isDynamic else {
            return Typed(type: .metatype(operand.type)) { frame in
                _ = try eval(frame)
                return .string(staticName)
            }
        }
        return Typed(type: .metatype(operand.type)) { frame in
            let value = try eval(frame)
            return .string(typeInfo(of: value)?.name ?? Self.dynamicName(of: value) ?? staticName)
        }
    }

    /// The name Swift prints for the metatype of `type`.
    static func metatypeName(_ type: ScriptType) -> String {
        switch type {
        case .array(let element): "Array<\(metatypeName(element))>"
        case .set(let element): "Set<\(metatypeName(element))>"
        case .optional(let wrapped): "Optional<\(metatypeName(wrapped))>"
        case .dictionary(let key, let value): "Dictionary<\(metatypeName(key)), \(metatypeName(value))>"
        case .range(let bound, let closed): (closed ? "ClosedRange<" : "Range<") + metatypeName(bound) + ">"
        case .stride(let bound, let through): (through ? "StrideThrough<" : "StrideTo<") + metatypeName(bound) + ">"
        case .tuple(let elements, let labels):
            "(" + zip(elements, labels).map { ($1.map { "\($0): " } ?? "") + metatypeName($0) }.joined(separator: ", ")
                + ")"
        case .function(let parameters, let result):
            "(" + parameters.map(metatypeName).joined(separator: ", ") + ") -> " + metatypeName(result)
        case .named(let info): info.name
        case .metatype(let base): metatypeName(base) + ".Type"
        case .void: "()"
        default: type.description
        }
    }

    /// The dynamic type of a value held as `Any` that is not one of the note's types.
    static func dynamicName(of value: Value) -> String? {
        switch value {
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        default: nil
        }
    }

    /// `Int.self`, `[String].self`, `Void.self`, `T.self` in a generic body: the metatype as
    /// `type(of:)` gives it in notes, the type's name (so `type(of: x) == Int.self` compares
    /// and `print(Int.self)` prints `Int`); nil when `base` names no type.
    func metatypeValue(_ base: ExprSyntax) -> Typed? {
        let type: ScriptType
        if let reference = base.as(DeclReferenceExprSyntax.self), reference.baseName.text == "Void",
            lookup("Void") == nil, globals.types["Void"] == nil
        {
            type = .void
        } else if let reference = base.as(DeclReferenceExprSyntax.self), lookup(reference.baseName.text) != nil {
            return nil  // `x.self` of a value is the value
        } else if let named = elementTypeExpression(base) {
            type = named
        } else {
            return nil
        }
        let name = Value.string(Self.metatypeName(type))
        return Typed(type: .metatype(type), eval: { _ in name }, constant: name)
    }

    /// The type `Name.self` names, for inferring `T` from a `T.Type` argument.
    func metatypeArgument(_ expr: ExprSyntax) -> ScriptType? {
        guard let member = expr.as(MemberAccessExprSyntax.self), member.declName.baseName.text == "self",
            let base = member.base
        else { return nil }
        if base.as(DeclReferenceExprSyntax.self)?.baseName.text == "Void", lookup("Void") == nil { return .void }
        if let reference = base.as(DeclReferenceExprSyntax.self), lookup(reference.baseName.text) != nil { return nil }
        return elementTypeExpression(base)
    }
}
