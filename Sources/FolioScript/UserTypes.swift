import SwiftSyntax

/// `struct`, `enum`, `class`, `protocol` and `extension`: declared before the block's
/// statements are lowered (so functions can use them), members resolved to indices.
extension Lowerer {
    private struct TypeDecl {
        let info: TypeInfo
        let members: MemberBlockItemListSyntax
        let node: DeclSyntax
    }

    /// Declares the block's types: names first, then stored properties, cases and member
    /// signatures. Returns the initializers of static stored properties (run in order).
    func declareTypes(_ topLevel: [DeclSyntax]) throws -> [Exec] {
        let (decls, qualifiedNames) = try includingNestedTypes(topLevel)
        var typeDecls: [TypeDecl] = []
        for decl in decls {
            if let typeDecl = try declareTypeName(decl) { typeDecls.append(typeDecl) }
        }
        registerNestedTypeNames(qualifiedNames)
        for decl in decls {
            if let alias = decl.as(TypeAliasDeclSyntax.self) { try declareTypeAlias(alias) }
        }
        try declareExtensions(decls, into: &typeDecls)
        // Inheritance first (superclass fields come first), then members.
        try resolveInheritance(typeDecls)
        let execs = try declareMembers(of: orderedBySuperclass(typeDecls))
        assignEnumCaseValues(typeDecls)
        for typeDecl in typeDecls where typeDecl.info.kind != .protocolType { inferAssociatedTypes(typeDecl.info) }
        // Protocol extensions reach the types of this block, and this block's protocol
        // extensions reach the types declared before it.
        try applyProtocolExtensions(reaching: typeDecls)
        try checkPropertyWrappers(typeDecls)
        // Protocol default implementations fill in what a conforming type does not declare.
        adoptProtocolDefaults(typeDecls)
        pendingTypeDecls = typeDecls.map { ($0.info, $0.members) }
        return execs
    }

    /// Declares a struct, class, enum or protocol by name (a generic one is only recorded).
    private func declareTypeName(_ decl: DeclSyntax) throws -> TypeDecl? {
        let name: TokenSyntax
        let kind: TypeInfo.Kind
        if let s = decl.as(StructDeclSyntax.self) {
            name = s.name
            kind = .structType
            if try recordGenericType(decl, name: s.name, clause: s.genericParameterClause) { return nil }
        } else if let c = decl.as(ClassDeclSyntax.self) {
            name = c.name
            kind = .classType
            if try recordGenericType(decl, name: c.name, clause: c.genericParameterClause) { return nil }
        } else if let e = decl.as(EnumDeclSyntax.self) {
            name = e.name
            kind = .enumType
            if try recordGenericType(decl, name: e.name, clause: e.genericParameterClause) { return nil }
        } else if let p = decl.as(ProtocolDeclSyntax.self) {
            name = p.name
            kind = .protocolType
        } else {
            return nil
        }
        var isPropertyWrapper = false
        var isResultBuilder = false
        for attribute in decl.asProtocol(WithAttributesSyntax.self)?.attributes ?? [] {
            if attribute.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "propertyWrapper" {
                isPropertyWrapper = true
                continue
            }
            if attribute.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "resultBuilder" {
                isResultBuilder = true
                continue
            }
            // `@available(macOS 10.12, *)`: every declaration is available where notes run.
            if attribute.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "available" { continue }
            throw error(
                "attribute '\(attribute.trimmedDescription)' is not supported in notes", attribute,
                id: .unsupportedAttribute)
        }
        var typeName = name.text
        if let instantiation, instantiation.template == typeName { typeName = instantiation.instance }
        if globals.types[typeName] != nil || globals.variables[typeName] != nil
            || (instantiation == nil && globals.genericTypes[typeName] != nil)
        {
            throw error(.invalidRedeclaration(name.text), name)
        }
        let info = TypeInfo(name: typeName, kind: kind)
        info.isPropertyWrapper = isPropertyWrapper
        info.isResultBuilder = isResultBuilder
        info.isFinal =
            decl.as(ClassDeclSyntax.self)?.modifiers.contains { $0.name.tokenKind == .keyword(.final) } ?? false
        if let instantiation, instantiation.instance == typeName {
            info.genericOrigin = instantiation.template
            info.genericArguments = instantiation.arguments
            genericBindings[instantiation.template] = .named(info)
            // Known before its members are declared: they may name it (`-> Pair<B, A>`).
            globals.genericTypes[instantiation.template]?.instances[typeName] = info
        }
        globals.types[typeName] = info
        let members = decl.asProtocol(DeclGroupSyntax.self)!.memberBlock.members
        return TypeDecl(info: info, members: members, node: decl)
    }

    /// Declares the block's extensions: of its own types, of builtin types, of arrays.
    private func declareExtensions(_ decls: [DeclSyntax], into typeDecls: inout [TypeDecl]) throws {
        var builtinExtensionsOfBlock: [String: TypeInfo] = [:]
        for decl in decls {
            guard let ext = decl.as(ExtensionDeclSyntax.self) else { continue }
            try recordArrayConformances(ext)
            if try recordGenericArrayExtension(ext) { continue }
            if try recordGenericTypeExtension(ext) { continue }
            var name = ext.extendedType.trimmedDescription
            if let instantiation, name == instantiation.template { name = instantiation.instance }
            var extended = globals.types[name] == nil ? try arrayExtensionType(ext) : nil
            if let extended { name = extended.description }
            if globals.types[name] == nil,
                extended != nil || ["Int", "Double", "Float", "String", "Bool", "Character"].contains(name)
                    || IntegerKind.named(name) != nil
            {
                // A fresh copy per block, so that a block that fails to lower leaves no members behind
                // (one per block: a second `extension Int` of the block adds to the first's).
                let info = builtinExtensionsOfBlock[name] ?? TypeInfo(name: name, kind: .structType)
                if builtinExtensionsOfBlock[name] == nil, let previous = globals.extensions[name] {
                    info.copyExtensionMembers(from: previous)
                    info.instantiatedExtensions = previous.instantiatedExtensions
                }
                if extended == nil { extended = try type(ext.extendedType) }
                info.extendedBuiltin = extended
                globals.extensions[name] = info
                builtinExtensionsOfBlock[name] = info
                for member in ext.memberBlock.members {
                    if let variable = member.decl.as(VariableDeclSyntax.self),
                        variable.bindings.contains(where: { $0.accessorBlock == nil })
                    {
                        throw error("extensions must not contain stored properties", variable, id: .invalidDeclaration)
                    }
                }
                typeDecls.append(TypeDecl(info: info, members: ext.memberBlock.members, node: decl))
                continue
            }
            guard let info = globals.types[name] else {
                throw error(
                    "extensions of '\(name)' are not supported in notes (only of types declared in the note, of Int, Double, String, Bool, Character, and of arrays, dictionaries and sets)",
                    ext.extendedType, id: .unsupportedFeature)
            }
            if info.kind == .protocolType, instantiation == nil {
                info.protocolExtensions.append((ext, mapper))  // See `ProtocolExtensions.swift`.
            }
            typeDecls.append(TypeDecl(info: info, members: ext.memberBlock.members, node: decl))
        }
    }

    /// Records superclasses, conformances and enum raw types from the inheritance clauses.
    private func resolveInheritance(_ typeDecls: [TypeDecl]) throws {
        for typeDecl in typeDecls {
            let inherited = typeDecl.node.asProtocol(DeclGroupSyntax.self)?.inheritanceClause?.inheritedTypes ?? []
            for (index, inheritedType) in inherited.enumerated() {
                let name = inheritedType.type.trimmedDescription
                if index == 0, typeDecl.info.kind == .enumType, ["Int", "String", "Double", "Character"].contains(name)
                {
                    typeDecl.info.rawType = try type(inheritedType.type)
                    continue
                }
                if let other = globals.types[name] {
                    if other.kind == .classType {
                        guard typeDecl.info.kind == .classType, index == 0 else {
                            throw error(
                                "inheritance from a class must come first and only for classes", inheritedType,
                                id: .invalidDeclaration)
                        }
                        typeDecl.info.superclass = other
                        continue
                    }
                    if other.kind == .protocolType {
                        typeDecl.info.conformances.insert(name)
                        typeDecl.info.conformances.formUnion(other.conformances)
                        continue
                    }
                }
                typeDecl.info.conformances.insert(name)
            }
        }
    }

    /// The type declarations with each superclass before its subclasses, each member block once.
    private func orderedBySuperclass(_ typeDecls: [TypeDecl]) -> [TypeDecl] {
        var ordered: [TypeDecl] = []
        var placed: Set<ObjectIdentifier> = []
        func place(_ typeDecl: TypeDecl) {
            if let superclass = typeDecl.info.superclass, !placed.contains(ObjectIdentifier(superclass)) {
                for other in typeDecls where other.info === superclass { place(other) }
            }
            if !placed.contains(ObjectIdentifier(typeDecl.info))
                || !ordered.contains(where: { $0.members.id == typeDecl.members.id })
            {
                placed.insert(ObjectIdentifier(typeDecl.info))
                if !ordered.contains(where: { $0.members.id == typeDecl.members.id }) { ordered.append(typeDecl) }
            }
        }
        for typeDecl in typeDecls { place(typeDecl) }
        return ordered
    }

    /// Declares the members of each type, in order; returns the static stored properties' initializers.
    private func declareMembers(of ordered: [TypeDecl]) throws -> [Exec] {
        var execs: [Exec] = []
        var inheritedFields: Set<ObjectIdentifier> = []
        for typeDecl in ordered {
            let info = typeDecl.info
            // A class's declaration (not an extension of it) takes its superclass's fields first.
            if let superclass = info.superclass, !typeDecl.node.is(ExtensionDeclSyntax.self),
                !inheritedFields.contains(ObjectIdentifier(info))
            {
                inheritedFields.insert(ObjectIdentifier(info))
                info.fields = superclass.fields + info.fields
                info.fieldIndex = [:]
                for (index, field) in info.fields.enumerated() { info.fieldIndex[field.name] = index }
            }
            currentType = info
            defer { currentType = nil }
            if info.kind == .protocolType, instantiation == nil, typeDecl.node.is(ExtensionDeclSyntax.self) {
                for member in typeDecl.members { try declareProtocolExtensionMember(member.decl, in: info) }
                continue
            }
            // A protocol's associated types first: its other members may name them before
            // their declaration (`typealias Edge = GraphEdge<Self>` above `associatedtype Node`).
            let members =
                info.kind == .protocolType
                ? typeDecl.members.filter { $0.decl.is(AssociatedTypeDeclSyntax.self) }
                    + typeDecl.members.filter { !$0.decl.is(AssociatedTypeDeclSyntax.self) }
                : Array(typeDecl.members)
            for member in members {
                execs.append(contentsOf: try declareMember(member.decl, in: info))
            }
        }
        return execs
    }

    /// Raw values of enums without explicit ones, and payload-free case values.
    private func assignEnumCaseValues(_ typeDecls: [TypeDecl]) {
        for typeDecl in typeDecls where typeDecl.info.kind == .enumType {
            let info = typeDecl.info
            var next = 0
            for index in info.cases.indices {
                if info.rawType == .int {
                    if case .int(let explicit)? = info.cases[index].rawValue { next = explicit }
                    info.cases[index].rawValue = .int(next)
                    next += 1
                } else if info.rawType == .string, info.cases[index].rawValue == nil {
                    info.cases[index].rawValue = .string(info.cases[index].name)
                }
            }
            info.caseValues = info.cases.indices.map { .enumCase(EnumBox(type: info, tag: $0, payload: [])) }
        }
    }

    /// Protocol extensions reach the types of this block, and this block's protocol
    /// extensions reach the types declared before it.
    private func applyProtocolExtensions(reaching typeDecls: [TypeDecl]) throws {
        let extendsProtocols = typeDecls.contains {
            $0.info.kind == .protocolType && $0.node.is(ExtensionDeclSyntax.self)
        }
        var receivers = typeDecls.map(\.info).filter { $0.kind != .protocolType }
        if extendsProtocols, instantiation == nil {
            receivers += globals.types.values.filter { $0.kind != .protocolType }.sorted { $0.name < $1.name }
        }
        var seen: Set<ObjectIdentifier> = []
        for info in receivers where seen.insert(ObjectIdentifier(info)).inserted {
            try applyProtocolExtensions(to: info)
        }
    }

    /// A property wrapper type must declare `wrappedValue`.
    private func checkPropertyWrappers(_ typeDecls: [TypeDecl]) throws {
        for typeDecl in typeDecls where typeDecl.info.isPropertyWrapper {
            let info = typeDecl.info
            if info.fieldIndex["wrappedValue"] == nil && info.computedProperty("wrappedValue") == nil {
                let message =
                    "property wrapper type '\(info.genericOrigin ?? info.name)' does not contain a non-static property named 'wrappedValue'"
                if let name = typeDecl.node.as(StructDeclSyntax.self)?.name
                    ?? typeDecl.node.as(ClassDeclSyntax.self)?.name
                {
                    throw error(message, name, id: .invalidPropertyWrapper)
                }
                throw error(message, typeDecl.node, id: .invalidPropertyWrapper)
            }
        }
    }

    /// Protocol default implementations fill in what a conforming type does not declare.
    private func adoptProtocolDefaults(_ typeDecls: [TypeDecl]) {
        for typeDecl in typeDecls where typeDecl.info.kind != .protocolType {
            for name in typeDecl.info.conformances {
                guard let proto = globals.types[name], proto.kind == .protocolType else { continue }
                for (method, overloads) in proto.methods where typeDecl.info.method(method) == nil {
                    let defaults = overloads.filter { !$0.isRequirement }
                    if !defaults.isEmpty { typeDecl.info.methods[method] = defaults }
                }
                for (property, computed) in proto.computed
                where typeDecl.info.computedProperty(property) == nil && typeDecl.info.fieldIndex[property] == nil {
                    typeDecl.info.computed[property] = computed
                }
            }
        }
    }

    func declareMember(_ decl: DeclSyntax, in info: TypeInfo) throws -> [Exec] {
        if keepsExistingMembers, declares(decl, in: info) { return [] }
        // A generic type's member with a `where` clause exists only in the instances that meet it.
        if keepsExistingMembers || instantiation != nil, let function = decl.as(FunctionDeclSyntax.self),
            function.genericParameterClause == nil,
            !holds(function.genericWhereClause, for: info)
        {
            return []  // `func average() -> Double where Item == Int` of a protocol extension, for another `Item`
        }
        if let variable = decl.as(VariableDeclSyntax.self), let ownership = referenceOwnership(variable) {
            return try declareReferenceProperty(variable, ownership: ownership, in: info)
        }
        if let variable = decl.as(VariableDeclSyntax.self), isLazy(variable) {
            return try declareLazyProperty(variable, in: info)
        }
        if let variable = decl.as(VariableDeclSyntax.self), let wrapper = propertyWrapperAttribute(variable) {
            return try declareWrappedProperty(variable, attribute: wrapper, in: info)
        }
        if let variable = decl.as(VariableDeclSyntax.self) {
            return try declareStoredOrComputedProperties(variable, in: info)
        }
        if let enumCase = decl.as(EnumCaseDeclSyntax.self) {
            try declareEnumCase(enumCase, in: info)
            return []
        }
        if let function = decl.as(FunctionDeclSyntax.self) {
            try declareMethod(function, in: info)
            return []
        }
        if let initializer = decl.as(InitializerDeclSyntax.self) {
            try declareInitializer(initializer, in: info)
            return []
        }
        if let alias = decl.as(TypeAliasDeclSyntax.self) {
            // A member type alias is visible note-wide (types nest no further in notes), and
            // as the type's member (`IntStack.Item`, an associated type's witness).
            try declareTypeAlias(alias)
            info.memberTypes[alias.name.text] = globals.typeAliases[alias.name.text]
            if info.kind == .protocolType, mentionsSelf(alias.initializer.value) {
                info.selfTypeAliases[alias.name.text] = (alias, mapper)
            }
            return []
        }
        if let associated = decl.as(AssociatedTypeDeclSyntax.self) {
            guard info.kind == .protocolType else {
                throw error("associated types can only be defined in a protocol", decl, id: .invalidDeclaration)
            }
            // Stands for the conforming type's witness (see `inferAssociatedTypes`).
            let placeholder = TypeInfo(name: "\(info.name).\(associated.name.text)", kind: .protocolType)
            info.memberTypes[associated.name.text] = .named(placeholder)
            info.associatedTypeNames.append(associated.name.text)
            return []
        }
        if let sub = decl.as(SubscriptDeclSyntax.self) {
            try declareSubscript(sub, in: info)
            return []
        }
        if let deinitializer = decl.as(DeinitializerDeclSyntax.self) {
            try declareDeinitializer(deinitializer, in: info)
            return []
        }
        // Nested types were declared with the block's types (see `NestedTypes.swift`).
        if decl.is(StructDeclSyntax.self) || decl.is(ClassDeclSyntax.self) || decl.is(EnumDeclSyntax.self) { return [] }
        throw error("this member is not supported in notes", decl, id: .unsupportedFeature)
    }

    /// A `var` or `let` member: each binding is a computed property, a requirement, a static
    /// variable or a stored field. Returns the initializers of static stored properties.
    private func declareStoredOrComputedProperties(_ variable: VariableDeclSyntax, in info: TypeInfo) throws -> [Exec] {
        let isStatic = variable.modifiers.contains {
            $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
        }
        let mutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
        var execs: [Exec] = []
        for binding in variable.bindings {
            if let exec = try declareProperty(binding, of: variable, isStatic: isStatic, mutable: mutable, in: info) {
                execs.append(exec)
            }
        }
        return execs
    }

    /// One binding of a property declaration; returns the initializer of a static stored property.
    private func declareProperty(
        _ binding: PatternBindingSyntax, of variable: VariableDeclSyntax, isStatic: Bool, mutable: Bool,
        in info: TypeInfo
    ) throws -> Exec? {
        guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else {
            throw error("this property pattern is not supported in notes", binding.pattern, id: .unsupportedFeature)
        }
        var annotated = try sharedAnnotation(binding).map { try type($0) }
        var observers: [AccessorDeclSyntax] = []
        if case .accessors(let list)? = binding.accessorBlock?.accessors,
            list.allSatisfy({
                [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind)
            })
        {
            observers = Array(list)  // A stored property with observers.
        }
        if let accessors = binding.accessorBlock, observers.isEmpty {
            try declareComputedProperty(
                binding, name: name, accessors: accessors, annotated: annotated, isStatic: isStatic, in: info)
            return nil
        }
        if info.kind == .protocolType { return nil }
        if info.kind == .enumType && !isStatic {
            throw error("enums must not contain stored properties", binding, id: .invalidDeclaration)
        }
        var initial: Eval?
        if let value = binding.initializer?.value {
            let saved = lexical
            lexical = LexicalContext()
            defer { lexical = saved }
            var typed = try lower(value, expected: annotated)
            if let annotated {
                typed = try convert(
                    typed, to: annotated, "cannot convert value of type $A to specified type $E", value)
            }
            annotated = annotated ?? typed.type
            initial = typed.eval
        }
        guard let fieldType = annotated else { throw error(.typeAnnotationMissing, binding) }
        if isStatic {
            return try declareStaticStoredProperty(
                binding, name: name, type: fieldType, mutable: mutable, initial: initial, in: info)
        }
        if let inherited = info.fieldIndex[name], !observers.isEmpty, info.superclass != nil,
            variable.modifiers.contains(where: { $0.name.tokenKind == .keyword(.override) })
        {
            // `override var speed: Double { didSet { … } }`: observers added to an
            // inherited stored property, for this class's instances.
            declareInheritedObservers(observers, field: inherited, in: info)
            return nil
        }
        if info.fieldIndex[name] != nil { throw error(.invalidRedeclaration(name), binding) }
        let startsNil = fieldType.isOptional && initial == nil && mutable
        if startsNil { initial = { _ in .null } }
        info.fieldIndex[name] = info.fields.count
        if sharedAnnotation(binding)?.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) == true {
            info.implicitlyUnwrappedFields.insert(name)
        }
        var field = TypeInfo.Field(name: name, type: fieldType, mutable: mutable, initial: initial)
        field.initialIsImplicitNil = startsNil
        attachObservers(observers, to: &field, at: info.fields.count, in: info)
        info.fields.append(field)
        return nil
    }

    /// A computed property (or a protocol's property requirement) with its getter and setter.
    private func declareComputedProperty(
        _ binding: PatternBindingSyntax, name: String, accessors: AccessorBlockSyntax, annotated: ScriptType?,
        isStatic: Bool, in info: TypeInfo
    ) throws {
        guard let annotated else {
            throw error("computed property must have an explicit type", binding, id: .cannotInferType)
        }
        var isRequirement = false
        if case .accessors(let list) = accessors.accessors {
            isRequirement = list.allSatisfy { $0.body == nil }
        }
        if info.kind == .protocolType, isRequirement {
            info.requirements.insert(name)
            info.requiredProperties[name] = annotated
            return
        }
        let getter = FunctionInfo(
            name: name, labels: [], parameterTypes: [], returnType: annotated, loc: loc(binding))
        getter.owner = info
        getter.isStatic = isStatic
        var computed = TypeInfo.Computed(type: annotated, getter: getter)
        if case .accessors(let list) = accessors.accessors,
            list.contains(where: { $0.accessorSpecifier.tokenKind == .keyword(.set) })
        {
            let setter = FunctionInfo(
                name: name, labels: [nil], parameterTypes: [annotated], returnType: .void, loc: loc(binding)
            )
            setter.owner = info
            setter.isMutating = info.kind == .structType
            setter.isStatic = isStatic
            computed.setter = setter
        }
        if isStatic { info.staticComputed[name] = computed } else { info.computed[name] = computed }
        pendingAccessors.append((info, binding, computed))
    }

    /// A static stored property: a global slot, and its initializer run with the block's statements.
    private func declareStaticStoredProperty(
        _ binding: PatternBindingSyntax, name: String, type fieldType: ScriptType, mutable: Bool, initial: Eval?,
        in info: TypeInfo
    ) throws -> Exec? {
        guard globals.slotCount < GlobalScope.capacity else {
            throw error("too many variables", binding, id: .variableLimit)
        }
        let variable = Variable(slot: globals.slotCount, type: fieldType, mutable: mutable, isGlobal: true)
        globals.slotCount += 1
        info.staticVariables[name] = variable
        let address = globals.frame.slots + variable.slot
        if let initial {
            return { frame in
                address.pointee = try initial(frame)
                return .normal
            }
        }
        return nil
    }

    /// Observers an overriding class adds to an inherited stored property.
    private func declareInheritedObservers(_ observers: [AccessorDeclSyntax], field inherited: Int, in info: TypeInfo) {
        var field = info.fields[inherited]
        attachObservers(observers, to: &field, at: inherited, in: info)
        info.fields[inherited] = field
    }

    /// The `willSet`/`didSet` of `field`, stored property `index` of `info`: functions of the
    /// type whose bodies are lowered with the type's other bodies (`pendingObservers`).
    private func attachObservers(
        _ observers: [AccessorDeclSyntax], to field: inout TypeInfo.Field, at index: Int, in info: TypeInfo
    ) {
        for accessor in observers {
            let isWill = accessor.accessorSpecifier.tokenKind == .keyword(.willSet)
            let observer = FunctionInfo(
                name: isWill ? "willSet" : "didSet", labels: [nil], parameterTypes: [field.type],
                returnType: .void, loc: loc(accessor))
            observer.owner = info
            observer.isMutating = info.kind == .structType
            if isWill { field.willSet = observer } else { field.didSet = observer }
            pendingObservers.append((info, index, accessor, observer))
        }
    }

    /// An enum `case` declaration: its elements, their payloads and raw values.
    private func declareEnumCase(_ enumCase: EnumCaseDeclSyntax, in info: TypeInfo) throws {
        for element in enumCase.elements {
            var payload: [ScriptType] = []
            var labels: [String?] = []
            for parameter in element.parameterClause?.parameters ?? [] {
                payload.append(try type(parameter.type))
                labels.append(parameter.firstName.map(\.text).flatMap { $0 == "_" ? nil : $0 })
            }
            var raw: Value?
            if let rawExpr = element.rawValue?.value {
                raw = try lower(rawExpr, expected: info.rawType).constant
            }
            info.caseIndex[element.name.text] = info.cases.count
            info.cases.append(
                TypeInfo.Case(name: element.name.text, payload: payload, labels: labels, rawValue: raw))
        }
    }

    /// A method: a generic template, a protocol requirement, or a signature whose body is lowered later.
    private func declareMethod(_ function: FunctionDeclSyntax, in info: TypeInfo) throws {
        if function.genericParameterClause != nil {
            // Specialized per substitution when called (see `GenericFunction`).
            let template = GenericFunction(decl: function, mapper: mapper)
            template.owner = info
            template.outerBindings = genericBindings
            info.genericMethods[function.name.text, default: []].append(template)
            return
        }
        let isStatic = function.modifiers.contains {
            $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
        }
        let method = try methodInfo(function, of: info)
        method.isStatic = isStatic
        if info.kind == .protocolType, function.body == nil {
            info.requirements.insert(function.name.text)
            method.isRequirement = true
            if info.method(method.name)?.contains(where: { $0.labels == method.labels }) != true {
                info.methods[method.name, default: []].append(method)
            }
            return
        }
        if isStatic {
            info.staticMethods[method.name, default: []].append(method)
        } else {
            var overloads = info.methods[method.name] ?? []
            overloads.removeAll { $0.labels == method.labels }
            overloads.append(method)
            info.methods[method.name] = overloads
        }
        pendingMethods.append((info, function, method))
    }

    /// An initializer's signature; its body is lowered with the other members.
    private func declareInitializer(_ initializer: InitializerDeclSyntax, in info: TypeInfo) throws {
        let sig = try signature(
            initializer.signature.parameterClause, returnClause: nil,
            effects: initializer.signature.effectSpecifiers)
        let method = makeInfo("init", sig, loc: loc(initializer.initKeyword))
        method.owner = info
        method.isInitializer = true
        method.returnType = .named(info)
        method.isFailable = initializer.optionalMark != nil
        method.isConvenience = initializer.modifiers.contains { $0.name.tokenKind == .keyword(.convenience) }
        if info.kind == .protocolType { return }
        if initializer.parent?.parent?.parent?.parent?.is(ExtensionDeclSyntax.self) == true {
            info.extensionInitializers.insert(ObjectIdentifier(method))
        }
        info.initializers.append(method)
        pendingInitializers.append((info, initializer, method))
    }

    /// A subscript: a protocol requirement, a generic subscript, or a getter with an optional setter.
    private func declareSubscript(_ sub: SubscriptDeclSyntax, in info: TypeInfo) throws {
        // A subscript requirement: each conforming type declares its own (it witnesses the
        // associated types its result names, see `inferAssociatedTypes`).
        if info.kind == .protocolType {
            if let result = try? type(sub.returnClause.type) {
                let labels = sub.parameterClause.parameters.map {
                    $0.secondName != nil && $0.firstName.text != "_" ? $0.firstName.text : nil
                }
                info.subscriptRequirements.append((labels, result))
            }
            return
        }
        if sub.genericParameterClause != nil {
            try declareGenericSubscript(sub, in: info)  // See `GenericSubscripts.swift`.
            return
        }
        var sig = try signature(sub.parameterClause, returnClause: sub.returnClause, effects: nil)
        // A subscript's parameters have no argument labels unless they declare two names.
        sig.labels = sub.parameterClause.parameters.map {
            $0.secondName == nil ? nil : ($0.firstName.text == "_" ? nil : $0.firstName.text)
        }
        let getter = makeInfo("subscript", sig, loc: loc(sub.subscriptKeyword))
        getter.owner = info
        var declared = TypeInfo.Subscript(labels: sig.labels, type: sig.returnType, getter: getter)
        if case .accessors(let list)? = sub.accessorBlock?.accessors,
            list.contains(where: { $0.accessorSpecifier.tokenKind == .keyword(.set) })
        {
            let setter = makeInfo("subscript", sig.subscriptSetter, loc: loc(sub.subscriptKeyword))
            setter.owner = info
            setter.isMutating = info.kind == .structType
            declared.setter = setter
        }
        if sub.modifiers.contains(where: {
            $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
        }) {
            getter.isStatic = true
            declared.setter?.isStatic = true
            info.staticSubscripts.append(declared)  // `Planet[4]`
        } else {
            info.subscripts.append(declared)
        }
        pendingSubscripts.append((info, sub, declared))
    }

    /// A class's `deinit`, lowered with the other members.
    private func declareDeinitializer(_ deinitializer: DeinitializerDeclSyntax, in info: TypeInfo) throws {
        guard info.kind == .classType else {
            throw error(
                "deinitializers may only be declared within a class, actor, or noncopyable type", deinitializer,
                id: .invalidDeclaration)
        }
        let body = FunctionInfo(
            name: "deinit", labels: [], parameterTypes: [], returnType: .void,
            loc: loc(deinitializer.deinitKeyword))
        body.owner = info
        info.deinitializer = body
        info.deinitContext = context
        pendingDeinitializers.append((info, deinitializer, body))
    }

    /// Lowers the bodies of the block's deinitializers.
    private func lowerDeinitializers() throws {
        let deinitializers = pendingDeinitializers
        pendingDeinitializers = []
        for (info, decl, body) in deinitializers {
            currentType = info
            defer { currentType = nil }
            guard let block = decl.body else { throw error(.expectedBody("deinitializer"), decl) }
            try lowerBody(
                info: body, parameterNames: [], parameterNodes: [], statements: block.statements,
                end: block.rightBrace, selfType: info.selfType)
        }
    }

    /// Lowers the bodies of the block's methods, initializers and computed properties; a method
    /// of a struct of scalars runs in register form when it qualifies (RegisterCompiler.swift).
    func lowerTypeMembers(_ decls: [DeclSyntax]) throws {
        try lowerDeinitializers()
        let methods = pendingMethods
        let initializers = pendingInitializers
        let accessors = pendingAccessors
        pendingMethods = []
        pendingInitializers = []
        pendingAccessors = []
        for (info, decl, method) in methods {
            currentType = info
            defer { currentType = nil }
            guard let body = decl.body else { throw error(.expectedBody("body of method"), decl) }
            let names = decl.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text }
            shiftForSelf(method)
            try lowerBody(
                info: method, parameterNames: names,
                parameterNodes: decl.signature.parameterClause.parameters.map { Syntax($0) },
                statements: body.statements, end: body.rightBrace, selfType: method.isStatic ? nil : info.selfType,
                selfMutable: method.isMutating)
            if let compiled = RegisterCompiler.compile(decl, info: method, lowerer: self) {
                method.runInRegisterForm(compiled)
            }
        }
        for (info, decl, method) in initializers {
            currentType = info
            defer { currentType = nil }
            guard let body = decl.body else { throw error(.expectedBody("body of initializer"), decl) }
            let names = decl.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text }
            shiftForSelf(method)
            method.returnType = .void
            try lowerBody(
                info: method, parameterNames: names,
                parameterNodes: decl.signature.parameterClause.parameters.map { Syntax($0) },
                statements: body.statements, end: body.rightBrace, selfType: info.selfType,
                selfMutable: info.kind != .classType)
            method.returnType = .named(info)
            method.storedParameterFields = storedParameterFields(decl, of: info, method: method)
        }
        let observers = pendingObservers
        pendingObservers = []
        for (info, index, accessor, observer) in observers {
            currentType = info
            observedField = (info, index)
            defer {
                currentType = nil
                observedField = nil
            }
            guard let body = accessor.body else { throw error(.expectedBody("\(observer.name)"), accessor) }
            let isWill = observer.name == "willSet"
            let name = accessor.parameters?.name.text ?? (isWill ? "newValue" : "oldValue")
            try lowerBody(
                info: observer, parameterNames: [name], parameterNodes: [Syntax(accessor)], statements: body.statements,
                end: body.rightBrace, selfType: info.selfType, selfMutable: observer.isMutating)
        }
        let subscripts = pendingSubscripts
        pendingSubscripts = []
        for (info, decl, declared) in subscripts {
            currentType = info
            defer { currentType = nil }
            guard let block = decl.accessorBlock else { throw error(.expectedBody("subscript"), decl) }
            let names = decl.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text }
            let nodes = decl.parameterClause.parameters.map { Syntax($0) }
            shiftForSelf(declared.getter)
            switch block.accessors {
            case .getter(let statements):
                try lowerBody(
                    info: declared.getter, parameterNames: names, parameterNodes: nodes, statements: statements,
                    end: block.rightBrace,
                    selfType: declared.getter.isStatic ? nil : info.selfType)
            case .accessors(let list):
                for accessor in list {
                    guard let body = accessor.body else { continue }
                    if accessor.accessorSpecifier.tokenKind == .keyword(.get) {
                        try lowerBody(
                            info: declared.getter, parameterNames: names, parameterNodes: nodes,
                            statements: body.statements,
                            end: body.rightBrace, selfType: declared.getter.isStatic ? nil : info.selfType)
                    } else if accessor.accessorSpecifier.tokenKind == .keyword(.set), let setter = declared.setter {
                        shiftForSelf(setter)
                        let name = accessor.parameters?.name.text ?? "newValue"
                        try lowerBody(
                            info: setter, parameterNames: names + [name], parameterNodes: nodes + [Syntax(accessor)],
                            statements: body.statements, end: body.rightBrace, selfType: info.selfType,
                            selfMutable: setter.isMutating)
                    } else {
                        throw error(
                            .unsupportedAccessor(accessor.accessorSpecifier.text), accessor)
                    }
                }
            }
        }
        for (info, binding, computed) in accessors {
            currentType = info
            defer { currentType = nil }
            guard let block = binding.accessorBlock else { continue }
            switch block.accessors {
            case .getter(let statements):
                try lowerBody(
                    info: computed.getter, parameterNames: [], parameterNodes: [], statements: statements,
                    end: block.rightBrace,
                    selfType: computed.getter.isStatic ? nil : info.selfType)
            case .accessors(let list):
                for accessor in list {
                    guard let body = accessor.body else { continue }
                    if accessor.accessorSpecifier.tokenKind == .keyword(.get) {
                        try lowerBody(
                            info: computed.getter, parameterNames: [], parameterNodes: [], statements: body.statements,
                            end: body.rightBrace, selfType: computed.getter.isStatic ? nil : info.selfType)
                    } else if accessor.accessorSpecifier.tokenKind == .keyword(.set), let setter = computed.setter {
                        let name = accessor.parameters?.name.text ?? "newValue"
                        try lowerBody(
                            info: setter, parameterNames: [name], parameterNodes: [Syntax(accessor)],
                            statements: body.statements,
                            end: body.rightBrace, selfType: setter.isStatic ? nil : info.selfType,
                            selfMutable: setter.isMutating)
                    } else {
                        throw error(
                            .unsupportedAccessor(accessor.accessorSpecifier.text), accessor)
                    }
                }
            }
            if computed.getter.name == "description" || computed.getter.name == "debugDescription",
                computed.type == .string, !computed.getter.isStatic
            {
                let getter = computed.getter
                let context = self.context
                let at = computed.getter.loc
                let hook: (Value) throws -> String = { value in
                    guard
                        case .string(let text) = try callFunction(
                            getter, parent: nil, arguments: [value], context: context, at: at)
                    else {
                        return ""
                    }
                    return text
                }
                if getter.name == "description" { info.describe = hook } else { info.debugDescribe = hook }
            }
        }
        let auxiliary = auxiliaryLowerers
        auxiliaryLowerers = []
        for lowerer in auxiliary { try lowerer.lowerTypeMembers([]) }
        _ = decls
    }

    /// Methods take `self` in slot 0: labels and parameter types stay as declared, the body
    /// sees parameters from slot 1.
    private func shiftForSelf(_ method: FunctionInfo) {}

    // MARK: - Using types

    /// `x` inside a method: a stored or computed property of `self`.
    func implicitSelfMember(_ name: String, type info: TypeInfo, selfVariable: Variable, node: some SyntaxProtocol)
        throws -> Typed?
    {
        if selfVariable.accessed { return nil }  // `[unowned self]`: Swift asks for `self.` there
        let selfRead = reader(selfVariable)
        if let index = info.fieldIndex[name] {
            var typed = fieldRead(of: selfVariable, field: index, type: info.fields[index].type, at: loc(node))
            if info.implicitlyUnwrappedFields.contains(name) { typed.implicitlyUnwrapped = loc(node) }
            return typed
        }
        if let computed = info.computedProperty(name) {
            return computedGet(computed, base: Typed(type: .named(info), eval: selfRead), name: name, at: loc(node))
        }
        if let type = info.requiredProperties[name] {
            return dynamicProperty(name, type: type, base: Typed(type: .named(info), eval: selfRead), at: loc(node))
        }
        return nil
    }

    /// A protocol's required property read on a value of the protocol type: the conforming
    /// type's stored or computed property, found by name (protocol access only).
    func dynamicProperty(_ name: String, type: ScriptType, base: Typed, at: SourceLoc) -> Typed {
        let eval = base.eval
        let context = self.context
        return Typed(type: type) { frame in
            let receiver = try eval(frame)
            guard let info = typeInfo(of: receiver) else { throw ScriptError(.internalError("no type"), at: at) }
            if let index = info.fieldIndex[name] { return try fieldValue(receiver, index, at) }
            if let getter = info.computedProperty(name)?.getter {
                return try callFunction(getter, parent: nil, arguments: [receiver], context: context, at: at)
            }
            throw ScriptError("'\(info.name)' does not implement '\(name)'", id: .missingConformance, at: at)
        }
    }

    func computedGet(_ computed: TypeInfo.Computed, base: Typed, name: String, at: SourceLoc) -> Typed {
        let getter = computed.getter
        let context = self.context
        let eval = base.eval
        return Typed(type: computed.type) { frame in
            let receiver = try eval(frame)
            // A conforming type's stored property wins over a protocol extension's default.
            switch receiver {
            case .object(let object):
                if let index = object.type.fieldIndex[name] { return object[field: index] }
            case .record(let type, let fields):
                if let index = type.info.fieldIndex[name] { return fields[index] }
            default: break
            }
            let target = dynamicComputed(receiver, name) ?? getter
            return try callFunction(target, parent: nil, arguments: [receiver], context: context, at: at)
        }
    }

    /// A property of a value of a declared type: stored (by index) or computed.
    func namedMember(_ info: TypeInfo, base: Typed, name: String, node: some SyntaxProtocol) throws -> Typed? {
        let at = loc(node)
        let eval = base.eval
        if info.kind == .enumType, name == "rawValue", let rawType = info.rawType {
            return Typed(type: rawType) { frame in
                guard case .enumCase(let box) = try eval(frame) else {
                    throw ScriptError(.internalError("not an enum"), at: at)
                }
                return box.type.cases[box.tag].rawValue ?? .void
            }
        }
        if let index = info.fieldIndex[name] {
            return Typed(type: info.fields[index].type) { frame in try fieldValue(eval(frame), index, at) }
        }
        if let computed = info.computedProperty(name) {
            return computedGet(computed, base: base, name: name, at: at)
        }
        if info.kind == .protocolType, let type = info.requiredProperties[name] {
            return dynamicProperty(name, type: type, base: base, at: at)
        }
        return nil
    }

    /// `Type.member`: static property, payload-free enum case, static computed property.
    func staticNamedMember(_ info: TypeInfo, _ name: String, node: some SyntaxProtocol) throws -> Typed? {
        if let tag = info.caseIndex[name], info.cases[tag].payload.isEmpty {
            let value = Value.enumCase(EnumBox(type: info, tag: tag, payload: []))
            return Typed(type: .named(info), eval: { _ in value })
        }
        if let variable = info.staticVariables[name] { return Typed(type: variable.type, eval: reader(variable)) }
        if let computed = info.staticComputed[name] {
            let getter = computed.getter
            let context = self.context
            let at = loc(node)
            return Typed(type: computed.type) { _ in
                try callFunction(getter, parent: nil, arguments: [], context: context, at: at)
            }
        }
        if name == "allCases", info.kind == .enumType {
            let values = Value.array(info.cases.indices.map { .enumCase(EnumBox(type: info, tag: $0, payload: [])) })
            return Typed(type: .array(.named(info)), eval: { _ in values })
        }
        return nil
    }

    /// `Type(args)`: an initializer, the memberwise initializer of a struct, `Enum(rawValue:)`.
    func construct(_ info: TypeInfo, arguments: [(label: String?, expr: ExprSyntax)], node: some SyntaxProtocol) throws
        -> Typed
    {
        let at = loc(node)
        let context = self.context
        let labels = arguments.map(\.label)
        if info.kind == .enumType, !info.initializers.isEmpty, labels != ["rawValue"] || info.rawType == nil {
            // An enum's own initializer (`init?(symbol:)`) assigns `self`; it starts with no value.
            let (initializer, evals) = try resolveCall(
                info.initializers, arguments: arguments, name: "init", node: node)
            return Typed(type: initializer.isFailable ? .optional(.named(info)) : .named(info)) { frame in
                var values: [Value] = [.void]
                for eval in evals { values.append(try eval.run(frame)) }
                return try runInitializer(initializer, values, context: context, at: at)
            }
        }
        if info.kind == .enumType {
            guard labels == ["rawValue"], let rawType = info.rawType else {
                throw error(
                    "'\(info.name)' cannot be constructed because it has no accessible initializers", node,
                    id: .notConstructible)
            }
            let raw = try argument(arguments[0].expr, rawType).eval
            return Typed(type: .optional(.named(info))) { frame in
                let value = try raw(frame)
                guard let tag = info.cases.firstIndex(where: { $0.rawValue?.isEqual(to: value) == true }) else {
                    return .null
                }
                return .some(.enumCase(EnumBox(type: info, tag: tag, payload: [])))
            }
        }
        if info.kind == .protocolType {
            throw error(
                "'any \(info.name)' cannot be constructed because it has no accessible initializers", node,
                id: .notConstructible)
        }
        if info.kind == .builtin {
            let candidates = bindings.registry.initializers[ObjectIdentifier(info)] ?? []
            guard let match = candidates.first(where: { $0.labels == labels }) else {
                throw error(
                    "no initializer of '\(info.name)' takes (\(labelList(labels)))", node, id: .noMatchingOverload)
            }
            let evals = try zip(arguments, match.parameters).map { EvalBox(try argument($0.0.expr, $0.1).eval) }
            return Typed(type: .named(info)) { frame in try match.body(try evals.values(frame)) }
        }
        let fields = info.fields
        let initials = FieldInitials(fields)
        let blank: (Frame) throws -> Value = { frame in try makeValue(info, initials: initials, frame: frame) { _ in } }
        let initializers = info.kind == .classType ? info.availableInitializers : info.initializers
        if initializers.isEmpty
            || (info.keepsMemberwiseInitializer
                && (try? resolveCall(initializers, arguments: arguments, name: "init", node: node)) == nil)
        {
            // Memberwise (structs) or `init()` (classes with defaults).
            var parameterFields: [Int] = []
            for (index, field) in fields.enumerated() where !(field.initial != nil && !field.mutable) {
                if info.kind == .classType { break }
                parameterFields.append(index)
            }
            var evals: [(Int, EvalBox)] = []
            var position = 0
            for index in parameterFields {
                let field = fields[index]
                if position < arguments.count, arguments[position].label == field.name {
                    evals.append((index, EvalBox(try argument(arguments[position].expr, field.type).eval)))
                    position += 1
                } else if field.initial == nil {
                    throw error("missing argument for parameter '\(field.name)' in call", node, id: .wrongArgumentCount)
                }
            }
            guard position == arguments.count else {
                throw error(
                    "extra argument '\(arguments[position].label ?? "_")' in call", arguments[position].expr,
                    id: .wrongArgumentCount)
            }
            if info.kind == .structType, evals.map(\.0) == Array(fields.indices) {
                // Every property is an argument, in order (`Vec(x: 1, y: 2)`): no defaults to
                // evaluate, the values are the arguments.
                let arguments = evals.map(\.1)
                return Typed(type: .named(info)) { frame in
                    var values: [Value] = []
                    values.reserveCapacity(arguments.count)
                    for argument in arguments { values.append(try argument.run(frame)) }
                    return .record(RecordType(info), values)
                }
            }
            return Typed(type: .named(info)) { frame in
                var value = try blank(frame)
                guard case .record(_, var values) = value else { return value }
                value = .void
                for (index, eval) in evals { values[index] = try eval.run(frame) }
                return .record(RecordType(info), values)
            }
        }
        let (initializer, evals) = try resolveCall(initializers, arguments: arguments, name: "init", node: node)
        let boxes = evals
        let storing = StoringFill()
        return Typed(type: initializer.isFailable ? .optional(.named(info)) : .named(info)) { frame in
            if storing.applies(initializer, of: info, boxes) {
                return try constructStoring(info, storing, arguments: boxes, initials: initials, frame: frame, at: at)
            }
            let instance = try blank(frame)
            return try runInitializer(initializer, context: context, at: at) { callee in
                callee.slots[0] = instance
                for index in evals.indices { callee.slots[index + 1] = try evals[index].run(frame) }
            }
        }
    }
}

/// Runs an initializer whose `self` (slot 0) is the blank instance; returns `self`.
func runInitializer(_ initializer: FunctionInfo, _ arguments: [Value], context: RuntimeContext, at: SourceLoc) throws
    -> Value
{
    try runInitializer(initializer, context: context, at: at) { callee in
        for index in arguments.indices { callee.slots[index] = arguments[index] }
    }
}

/// `runInitializer` whose caller writes `self` and the arguments into the callee's frame.
func runInitializer(
    _ initializer: FunctionInfo, context: RuntimeContext, at: SourceLoc, arguments: (Frame) throws -> Void
) throws -> Value {
    if initializer.isFailable {
        do {
            return try runWithSelf(initializer, name: "init", context: context, at: at, arguments: arguments) {
                callee in
                if case .null = callee.returnValue { return .null }
                return .some(callee.slots[0])
            }
        } catch is FailedSuperInitializer {
            return .null  // `super.init(…)` failed: so does this initializer
        }
    }
    return try runWithSelf(initializer, name: "init", context: context, at: at, arguments: arguments) { callee in
        if initializer.isFailable, case .null = callee.returnValue { return .null }
        // Copied, not moved: a closure made in the initializer (`self.f = { self.x }` in a
        // class) may still read `self` from the frame.
        return initializer.isFailable ? .some(callee.slots[0]) : callee.slots[0]
    }
}

@inline(__always)
func fieldValue(_ value: Value, _ index: Int, _ at: SourceLoc) throws -> Value {
    switch value {
    case .record(_, let fields): return fields[index]
    case .object(let object): return object[field: index]
    default: throw mismatch(value, "struct", at)
    }
}

/// `fieldValue` of the value in `slot`, read without copying the value out first.
@inline(__always)
func fieldValue(in slot: UnsafeMutablePointer<Value>, _ index: Int, _ at: SourceLoc) throws -> Value {
    if ValuePayload.isAvailable {
        if case .record = slot.pointee { return slot.recordFieldsPayload.pointee[index] }
        if case .object = slot.pointee { return slot.objectPayload._withUnsafeGuaranteedRef { $0[field: index] } }
    }
    switch slot.pointee {
    case .record(_, let fields): return fields[index]
    case .object(let object): return object[field: index]
    default: throw mismatch(slot.pointee, "struct", at)
    }
}

/// The override of a computed property for a subclass or a protocol's conforming type.
func dynamicComputed(_ receiver: Value, _ name: String) -> FunctionInfo? {
    switch receiver {
    case .object(let object): object.type.computedProperty(name)?.getter
    case .record(let type, _): type.info.computedProperty(name)?.getter
    case .enumCase(let box): box.type.computedProperty(name)?.getter
    default: nil
    }
}

/// The type of a value of a declared type.
func typeInfo(of value: Value) -> TypeInfo? {
    switch value {
    case .object(let object): object.type
    case .record(let type, _): type.info
    case .enumCase(let box): box.type
    default: nil
    }
}
