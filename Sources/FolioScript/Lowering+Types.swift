import SwiftSyntax

extension Lowerer {
    /// The static type a type annotation names.
    ///
    /// The switch names every type kind of swift-syntax, so a new kind is a compile error here.
    func type(_ syntax: TypeSyntax) throws -> ScriptType {
        switch syntax.as(TypeSyntaxEnum.self) {
        case .identifierType(let identifier):
            return try identifierType(identifier)
        case .memberType(let member):
            // `Outer.Inner`, registered under its qualified name by `registerNestedTypeNames`.
            if let nested = globals.typeAliases[member.trimmedDescription] { return nested }
            throw unsupported(.type(text: syntax.trimmedDescription), syntax)
        case .someOrAnyType(let someOrAny):
            return try type(someOrAny.constraint)
        case .arrayType(let array):
            return .array(try type(array.element))
        case .dictionaryType(let dictionary):
            return .dictionary(try type(dictionary.key), try type(dictionary.value))
        case .optionalType(let optional):
            return .optional(try type(optional.wrappedType))
        case .implicitlyUnwrappedOptionalType(let optional):
            return .optional(try type(optional.wrappedType))
        case .tupleType(let tuple):
            if tuple.elements.isEmpty { return .void }
            if tuple.elements.count == 1, let only = tuple.elements.first, only.firstName == nil {
                return try type(only.type)
            }
            return .tuple(
                try tuple.elements.map { try type($0.type) },
                labels: tuple.elements.map { $0.firstName.map(\.text) })
        case .functionType(let function):
            if function.effectSpecifiers?.asyncSpecifier != nil {
                throw unsupported(.concurrency(keyword: "async"), function)
            }
            return .function(try function.parameters.map { try type($0.type) }, try type(function.returnClause.type))
        case .attributedType(let attributed):
            return try type(attributed.baseType)
        case .compositionType, .classRestrictionType, .metatypeType, .namedOpaqueReturnType, .packElementType,
            .packExpansionType, .suppressedType, .inlineArrayType, .missingType:
            throw unsupported(.type(text: syntax.trimmedDescription), syntax)
        }
    }

    /// `Int`, `Array<T>`, a type of the note, a builtin type, an alias.
    private func identifierType(_ identifier: IdentifierTypeSyntax) throws -> ScriptType {
        let name = identifier.name.text
        if let arguments = identifier.genericArgumentClause?.arguments {
            let types = try arguments.map { argument -> ScriptType in
                guard case .type(let element) = argument.argument else {
                    throw ScriptError("unsupported generic argument", id: .unsupportedGenerics, at: loc(argument))
                }
                return try type(element)
            }
            switch (name, types.count) {
            case ("Array", 1): return .array(types[0])
            case ("Set", 1): return .set(types[0])
            case ("Optional", 1): return .optional(types[0])
            case ("Dictionary", 2): return .dictionary(types[0], types[1])
            case ("Range", 1): return .range(types[0], closed: false)
            case ("ClosedRange", 1): return .range(types[0], closed: true)
            default:
                throw ScriptError(
                    "generic type '\(identifier.trimmedDescription)' is not supported in notes",
                    id: .unsupportedGenerics,
                    at: loc(identifier))
            }
        }
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "Bool": return .bool
        case "String": return .string
        case "Character": return .character
        case "Void": return .void
        case "Error": return .error
        case "Element" where currentType?.extendedBuiltin?.sequenceElement != nil:
            // Inside an extension of arrays (`extension Array`, `where Element == T`).
            return currentType?.extendedBuiltin?.sequenceElement ?? .void
        case "Self":
            if let currentType { return currentType.selfType }
            throw error("'Self' is only available in a type", identifier)
        case _ where UnsupportedSyntax.numericTypeNames.contains(name):
            throw unsupported(.numericType(name: name), identifier)
        default:
            if let info = globals.types[name] ?? bindings.registry.types[name] { return .named(info) }
            if let alias = globals.typeAliases[name] { return alias }
            throw ScriptError("cannot find type '\(name)' in scope", id: .cannotFindInScope, at: loc(identifier))
        }
    }
}
