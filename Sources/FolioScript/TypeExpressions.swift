import SwiftSyntax

extension Lowerer {
    /// The type an element of a type expression names (`Edge` in `[Edge]()`, `Point` in
    /// `[String: Point]()`): a standard type as `typeExpression` reads it, or a type of the note
    /// (`Outer.Inner` included) that no variable shadows.
    func elementTypeExpression(_ expr: ExprSyntax) -> ScriptType? {
        if let known = typeExpression(expr) { return known }
        if let optional = expr.as(OptionalChainingExprSyntax.self),
            let wrapped = elementTypeExpression(optional.expression)
        {
            return .optional(wrapped)  // `[T?](repeating: nil, count: n)`
        }
        if let reference = expr.as(DeclReferenceExprSyntax.self), lookup(reference.baseName.text) == nil,
            let info = globals.types[reference.baseName.text], info.kind != .protocolType
        {
            return .named(info)
        }
        if let reference = expr.as(DeclReferenceExprSyntax.self), reference.baseName.text == "Element",
            lookup("Element") == nil, let element = currentType?.extendedBuiltin?.sequenceElement
        {
            return element  // `[Element](repeating: x, count: n)` in an extension of arrays
        }
        if expr.is(MemberAccessExprSyntax.self), let nested = globals.typeAliases[expr.trimmedDescription] {
            return nested
        }
        return nil
    }
}

extension Lowerer {
    /// The type of the note a `typealias` names, for a call of the alias (`Edge(from: a, to: b)`
    /// with a protocol's `typealias Edge = GraphEdge<Self>` in a conforming type).
    func aliasedType(_ name: String) throws -> TypeInfo? {
        guard lookup(name) == nil, globals.typeAliases[name] != nil || currentType?.memberTypes[name] != nil,
            case .named(let info) = try type(TypeSyntax(IdentifierTypeSyntax(name: .identifier(name)))),
            info.kind == .structType || info.kind == .classType
        else { return nil }
        return info
    }
}

extension Lowerer {
    /// The standard type a generic parameter stands for in the specialization being lowered,
    /// or a type alias names (`typealias Word = UInt64` in a struct), when it is one whose
    /// initializers are builtin (`T(x)` with `T` bound to `Int` is `Int(x)`, `Word()` is
    /// `UInt64()`); nil otherwise.
    func genericScalarName(_ name: String) -> String? {
        guard lookup(name) == nil, let bound = genericBindings[name] ?? globals.typeAliases[name] else { return nil }
        switch bound {
        case .int, .double, .float, .bool, .string, .character, .fixedInt: return bound.description
        default: return nil
        }
    }
}
