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
            // A string's index is a character offset in notes (`s[i]`, `index(after:)`, `<`).
            if member.trimmedDescription == "String.Index" { return .int }
            // `C.Item` for a generic parameter bound to a type with that member type,
            // `Indices.Iterator.Element` for an array.
            if let base = try? type(member.baseType), let found = memberType(of: base, member.name.text) {
                return found
            }
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
        case .compositionType(let composition):
            return .named(try compositionType(composition))
        case .metatypeType(let metatype) where metatype.metatypeSpecifier.text == "Type":
            // `T.Type`: its values are the type's name at run time (see `Metatypes.swift`).
            return .metatype(try type(metatype.baseType))
        case .classRestrictionType, .metatypeType, .namedOpaqueReturnType, .packElementType,
            .packExpansionType, .suppressedType, .inlineArrayType, .missingType:
            throw unsupported(.type(text: syntax.trimmedDescription), syntax)
        }
    }

    /// `Int`, `Array<T>`, a type of the note, a builtin type, an alias.
    private func identifierType(_ identifier: IdentifierTypeSyntax) throws -> ScriptType {
        let name = identifier.name.text
        if identifier.genericArgumentClause == nil, let bound = genericBindings[name] { return bound }
        if let arguments = identifier.genericArgumentClause?.arguments {
            let types = try arguments.map { argument -> ScriptType in
                guard case .type(let element) = argument.argument else {
                    throw ScriptError("unsupported generic argument", id: .unsupportedGenerics, at: loc(argument))
                }
                return try type(element)
            }
            declareStandardSequence(name)
            if let template = globals.genericTypes[name] {
                return .named(try instantiate(template, arguments: types, node: identifier))
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
        if let scalar = ScriptType.standardScalar(named: name) { return scalar }
        switch name {
        case "Void": return .void
        case "Error": return .error
        case _ where IntegerKind.named(name) != nil: return IntegerKind.named(name).map { .fixedInt($0) } ?? .int
        case "Any", "AnyObject": return .named(globals.universalProtocol(name))
        case "Element" where currentType?.extendedBuiltin?.sequenceElement != nil:
            // Inside an extension of arrays (`extension Array`, `where Element == T`).
            return currentType?.extendedBuiltin?.sequenceElement ?? .void
        case "Index" where currentType?.extendedBuiltin?.isArray == true:
            return .int  // An array's index, in an extension of arrays.
        case _ where try protocolSelfAlias(name) != nil:
            // `Edge` in a type conforming to a protocol with `typealias Edge = GraphEdge<Self>`.
            return try protocolSelfAlias(name) ?? .void
        case _ where currentType?.memberTypes[name] != nil:
            // `Item` inside a protocol (its placeholder) or a type that names its witness.
            return currentType?.memberTypes[name] ?? .void
        case "Array" where currentType?.extendedBuiltin?.isArray == true:
            // `-> Array` inside `extension Array`: the extended array type.
            return currentType?.extendedBuiltin ?? .void
        case "Self":
            if let currentType { return currentType.selfType }
            throw error("'Self' is only available in a type", identifier, id: .invalidExpression)
        case _ where UnsupportedSyntax.numericTypeNames.contains(name):
            throw unsupported(.numericType(name: name), identifier)
        default:
            if let info = globals.types[name] ?? bindings.registry.types[name] { return .named(info) }
            if let alias = globals.typeAliases[name] { return alias }
            throw ScriptError(.cannotFindInScope(name, kind: "type"), at: loc(identifier))
        }
    }
}

extension Lowerer {
    /// `Named & Aged`: a protocol of the note's made of others, with all their requirements;
    /// a value converts to it when its type conforms to each (`TypeInfo.conforms`).
    func compositionType(_ composition: CompositionTypeSyntax) throws -> TypeInfo {
        let parts = try composition.elements.map { element -> TypeInfo in
            guard case .named(let info) = try type(element.type), info.kind == .protocolType || info.kind == .classType
            else {
                throw error(
                    "non-protocol, non-class type '\(element.type.trimmedDescription)' cannot be used within a protocol-constrained type",
                    element.type, id: .invalidDeclaration)
            }
            return info
        }
        let name = parts.map(\.name).joined(separator: " & ")
        if let known = globals.types[name] { return known }
        let info = TypeInfo(name: name, kind: .protocolType)
        for part in parts {
            info.conformances.insert(part.name)
            info.conformances.formUnion(part.conformances)
            info.methods.merge(part.methods) { $0 + $1 }
            info.computed.merge(part.computed) { first, _ in first }
            info.requirements.formUnion(part.requirements)
            info.requiredProperties.merge(part.requiredProperties) { first, _ in first }
        }
        globals.types[name] = info
        return info
    }
}
